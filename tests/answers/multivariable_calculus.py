"""The exercises of 02_calculus/04_multivariable_calculus.ipynb: wrong answers every checker must reject, and right answers in other forms."""
from __future__ import annotations

import numpy as np
import scipy.optimize
import scipy.stats

from . import Answers

ANSWERS = Answers("02_calculus/04_multivariable_calculus.ipynb")


# ── classify_critical_point ─────────────────────────────────────────────────────────────────────

def _validated(H):
    H = np.asarray(H, dtype=float)
    if H.ndim != 2 or H.shape[0] != H.shape[1] or H.size == 0 or not np.all(np.isfinite(H)):
        raise ValueError("not a square matrix of finite numbers")
    if np.abs(H - H.T).max() > 1e-9 * np.abs(H).max():
        raise ValueError("not symmetric")
    return H


def _classify(lam, tol):
    pos, neg = np.any(lam > tol), np.any(lam < -tol)
    if pos and neg:
        return "saddle"
    if np.any(np.abs(lam) <= tol):
        return "inconclusive"
    return "minimum" if pos else "maximum"


@ANSWERS.wrong("classify_critical_point", "absolute tolerance 1e-10 for a zero eigenvalue")
def _(H):
    return _classify(np.linalg.eigvalsh(_validated(H)), 1e-10)


@ANSWERS.wrong("classify_critical_point", "exact comparison with zero (rounding decides)")
def _(H):
    return _classify(np.linalg.eigvalsh(_validated(H)), 0.0)


@ANSWERS.wrong("classify_critical_point", "positive semidefinite called a minimum")
def _(H):
    lam = np.linalg.eigvalsh(_validated(H))
    tol = 1e-10 * np.abs(lam).max()
    if np.any(lam > tol) and np.any(lam < -tol):
        return "saddle"
    if np.all(np.abs(lam) <= tol):
        return "inconclusive"
    return "minimum" if np.any(lam > tol) else "maximum"


@ANSWERS.wrong("classify_critical_point", "any zero eigenvalue makes it inconclusive, even with mixed signs")
def _(H):
    lam = np.linalg.eigvalsh(_validated(H))
    tol = 1e-10 * np.abs(lam).max()
    if np.any(np.abs(lam) <= tol):
        return "inconclusive"
    return _classify(lam, tol)


@ANSWERS.wrong("classify_critical_point", "signs of the diagonal entries instead of the eigenvalues")
def _(H):
    return _classify(np.diag(_validated(H)), 1e-10 * np.abs(np.diag(_validated(H))).max())


@ANSWERS.wrong("classify_critical_point", "the 2x2 trace-determinant rule used for every size")
def _(H):
    H = _validated(H)
    det, tr = np.linalg.det(H), np.trace(H)
    size = np.sum(H * H)
    if abs(det) <= 1e-12 * size ** (H.shape[0] / 2):
        return "inconclusive"
    if det < 0:
        return "saddle"
    return "minimum" if tr > 0 else "maximum"


@ANSWERS.wrong("classify_critical_point", "minimum and maximum swapped")
def _(H):
    kind = _classify(np.linalg.eigvalsh(_validated(H)), 1e-10 * np.abs(np.linalg.eigvalsh(_validated(H))).max())
    return {"minimum": "maximum", "maximum": "minimum"}.get(kind, kind)


@ANSWERS.wrong("classify_critical_point", "no symmetry check: a non-symmetric matrix is classified")
def _(H):
    H = np.asarray(H, dtype=float)
    if H.ndim != 2 or H.shape[0] != H.shape[1] or not np.all(np.isfinite(H)):
        raise ValueError("not square")
    lam = np.linalg.eigvalsh((H + H.T) / 2)
    return _classify(lam, 1e-10 * np.abs(lam).max())


@ANSWERS.wrong("classify_critical_point", "symmetry tested with np.allclose (an absolute tolerance)")
def _(H):
    H = np.asarray(H, dtype=float)
    if H.ndim != 2 or H.shape[0] != H.shape[1] or not np.all(np.isfinite(H)) or not np.allclose(H, H.T):
        raise ValueError("not a symmetric square matrix")
    lam = np.linalg.eigvalsh(H)
    return _classify(lam, 1e-10 * np.abs(lam).max())


@ANSWERS.right("classify_critical_point", "np.linalg.eigvals (real parts) instead of eigvalsh")
def _(H):
    lam = np.sort(np.linalg.eigvals(_validated(H)).real)
    return _classify(lam, 1e-10 * np.abs(lam).max())


@ANSWERS.right("classify_critical_point", "counts of positive and negative eigenvalues (the inertia)")
def _(H):
    lam = np.linalg.eigh(_validated(H))[0]
    tol = 1e-10 * np.max(np.abs(lam))
    n_pos, n_neg = int(np.sum(lam > tol)), int(np.sum(lam < -tol))
    if n_pos and n_neg:
        return "saddle"
    if n_pos == len(lam):
        return "minimum"
    if n_neg == len(lam):
        return "maximum"
    return "inconclusive"


# ── softplus_normal_logpdf ──────────────────────────────────────────────────────────────────────

def _check_inputs(y, mu, sigma):
    y = np.asarray(y, dtype=float)
    if not (np.isfinite(sigma) and sigma > 0 and np.isfinite(mu)):
        raise ValueError("sigma must be positive")
    if y.ndim != 1 or not np.all(np.isfinite(y)) or np.any(y <= 0):
        raise ValueError("y must be positive")
    return y


def _logn(x, mu, sigma):
    return -0.5 * ((x - mu) / sigma) ** 2 - np.log(sigma) - 0.5 * np.log(2 * np.pi)


@ANSWERS.wrong("softplus_normal_logpdf", "naive inverse log(exp(y) - 1): overflows for huge y")
def _(y, mu, sigma):
    y = _check_inputs(y, mu, sigma)
    with np.errstate(all="ignore"):
        x = np.log(np.exp(y) - 1)
        return _logn(x, mu, sigma) - np.log(1 - np.exp(-y))


@ANSWERS.wrong("softplus_normal_logpdf", "forgot the log-Jacobian term")
def _(y, mu, sigma):
    y = _check_inputs(y, mu, sigma)
    return _logn(y + np.log(-np.expm1(-y)), mu, sigma)


@ANSWERS.wrong("softplus_normal_logpdf", "log-Jacobian added instead of subtracted")
def _(y, mu, sigma):
    y = _check_inputs(y, mu, sigma)
    s = np.log(-np.expm1(-y))
    return _logn(y + s, mu, sigma) + s


@ANSWERS.wrong("softplus_normal_logpdf", "derivative sigmoid taken at y instead of at x")
def _(y, mu, sigma):
    y = _check_inputs(y, mu, sigma)
    return _logn(y + np.log(-np.expm1(-y)), mu, sigma) + np.log1p(np.exp(-y))


@ANSWERS.wrong("softplus_normal_logpdf", "forgot the -log sigma of the normal density")
def _(y, mu, sigma):
    y = _check_inputs(y, mu, sigma)
    s = np.log(-np.expm1(-y))
    return _logn(y + s, mu, sigma) + np.log(sigma) - s


@ANSWERS.wrong("softplus_normal_logpdf", "normal density evaluated at y, not at the inverse")
def _(y, mu, sigma):
    y = _check_inputs(y, mu, sigma)
    return scipy.stats.norm.logpdf(y, mu, sigma) - np.log(-np.expm1(-y))


@ANSWERS.wrong("softplus_normal_logpdf", "no check of y: returns nan for y <= 0")
def _(y, mu, sigma):
    y = np.asarray(y, dtype=float)
    if not sigma > 0:
        raise ValueError("sigma must be positive")
    with np.errstate(all="ignore"):
        s = np.log(-np.expm1(-y))
        return _logn(y + s, mu, sigma) - s


@ANSWERS.right("softplus_normal_logpdf", "scipy.stats.norm.logpdf for the base density")
def _(y, mu, sigma):
    y = _check_inputs(y, mu, sigma)
    s = np.log(-np.expm1(-y))
    return scipy.stats.norm.logpdf(y + s, loc=mu, scale=sigma) - s


@ANSWERS.right("softplus_normal_logpdf", "log1p(-exp(-y)) for log(1 - e^-y)")
def _(y, mu, sigma):
    y = _check_inputs(y, mu, sigma)
    s = np.log1p(-np.exp(-y))
    return _logn(y + s, mu, sigma) - s


# ── equality_constrained_qp ─────────────────────────────────────────────────────────────────────

def _qp_inputs(Q, c, A, b, null_space_check=True, pd_everywhere=False):
    Q, c, A, b = (np.asarray(t, dtype=float) for t in (Q, c, A, b))
    if Q.ndim != 2 or Q.shape[0] != Q.shape[1] or c.shape != (Q.shape[0],) or A.ndim != 2 \
            or A.shape[1] != Q.shape[0] or b.shape != (A.shape[0],):
        raise ValueError("shapes")
    if not all(np.all(np.isfinite(t)) for t in (Q, c, A, b)):
        raise ValueError("not finite")
    if np.abs(Q - Q.T).max() > 1e-9 * np.abs(Q).max():
        raise ValueError("not symmetric")
    n, m = Q.shape[0], A.shape[0]
    if m > n or np.linalg.matrix_rank(A) < m:
        raise ValueError("dependent constraints")
    if pd_everywhere and np.linalg.eigvalsh(Q)[0] <= 0:
        raise ValueError("Q is not positive definite")
    if null_space_check:
        Z = np.linalg.svd(A)[2][m:].T
        if Z.shape[1] and np.linalg.eigvalsh(Z.T @ Q @ Z)[0] <= 1e-10 * np.abs(Q).max():
            raise ValueError("no unique minimum")
    return Q, c, A, b, n, m


def _kkt(Q, c, A, b, n, m):
    K = np.block([[Q, -A.T], [A, np.zeros((m, m))]])
    z = np.linalg.solve(K, np.concatenate([-c, b]))
    return z[:n], z[n:]


@ANSWERS.wrong("equality_constrained_qp", "multipliers with the opposite sign convention")
def _(Q, c, A, b):
    x, lam = _kkt(*_qp_inputs(Q, c, A, b))
    return x, -lam


@ANSWERS.wrong("equality_constrained_qp", "gradient 2Qx + c (forgot the 1/2)")
def _(Q, c, A, b):
    Q, c, A, b, n, m = _qp_inputs(Q, c, A, b)
    return _kkt(2 * Q, c, A, b, n, m)


@ANSWERS.wrong("equality_constrained_qp", "unconstrained minimum projected onto Ax = b")
def _(Q, c, A, b):
    Q, c, A, b, n, m = _qp_inputs(Q, c, A, b)
    x_free = np.linalg.lstsq(Q, -c, rcond=None)[0]
    x = x_free - A.T @ np.linalg.solve(A @ A.T, A @ x_free - b)
    return x, np.linalg.lstsq(A.T, Q @ x + c, rcond=None)[0]


@ANSWERS.wrong("equality_constrained_qp", "no check of Q on the null space (returns a saddle)")
def _(Q, c, A, b):
    Q, c, A, b, n, m = _qp_inputs(Q, c, A, b, null_space_check=False)
    K = np.block([[Q, -A.T], [A, np.zeros((m, m))]])
    z = np.linalg.lstsq(K, np.concatenate([-c, b]), rcond=None)[0]
    return z[:n], z[n:]


@ANSWERS.wrong("equality_constrained_qp", "requires Q positive definite everywhere")
def _(Q, c, A, b):
    return _kkt(*_qp_inputs(Q, c, A, b, pd_everywhere=True))


@ANSWERS.wrong("equality_constrained_qp", "singularity judged by |det K| < 1e-10 (absolute)")
def _(Q, c, A, b):
    Q, c, A, b, n, m = _qp_inputs(Q, c, A, b, null_space_check=False)
    K = np.block([[Q, -A.T], [A, np.zeros((m, m))]])
    if abs(np.linalg.det(K)) < 1e-10:
        raise ValueError("singular KKT matrix")
    z = np.linalg.solve(K, np.concatenate([-c, b]))
    return z[:n], z[n:]


@ANSWERS.wrong("equality_constrained_qp", "scipy.optimize.minimize with SLSQP (forbidden)")
def _(Q, c, A, b):
    Q, c, A, b, n, m = _qp_inputs(Q, c, A, b)
    res = scipy.optimize.minimize(lambda x: 0.5 * x @ Q @ x + c @ x, np.zeros(n), method="SLSQP",
                                  constraints=[{"type": "eq", "fun": lambda x: A @ x - b}])
    return res.x, np.linalg.lstsq(A.T, Q @ res.x + c, rcond=None)[0]


@ANSWERS.right("equality_constrained_qp", "symmetric KKT matrix [[Q, A^T], [A, 0]] with lam = -z")
def _(Q, c, A, b):
    Q, c, A, b, n, m = _qp_inputs(Q, c, A, b)
    K = np.block([[Q, A.T], [A, np.zeros((m, m))]])
    z = np.linalg.solve(K, np.concatenate([-c, b]))
    return z[:n], -z[n:]


@ANSWERS.right("equality_constrained_qp", "the null-space method: x = x_p + Z y, reduced system")
def _(Q, c, A, b):
    Q, c, A, b, n, m = _qp_inputs(Q, c, A, b)
    x_p = np.linalg.lstsq(A, b, rcond=None)[0]
    Z = np.linalg.svd(A)[2][m:].T
    if Z.shape[1]:
        y = np.linalg.solve(Z.T @ Q @ Z, -Z.T @ (Q @ x_p + c))
        x = x_p + Z @ y
    else:
        x = x_p
    lam = np.linalg.lstsq(A.T, Q @ x + c, rcond=None)[0]
    return x, lam
