"""The exercises of 02_calculus/03_optimization_methods.ipynb: wrong answers every checker must reject, and right answers in other forms."""
from __future__ import annotations

import numpy as np
import scipy.linalg
import scipy.optimize

from . import Answers

ANSWERS = Answers("02_calculus/03_optimization_methods.ipynb")


def _checked_symmetric(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("square")
    if np.max(np.abs(A - A.T)) > 1e-10 * np.max(np.abs(A)):
        raise ValueError("symmetric")
    return A


# ── largest_stable_learning_rate ─────────────────────────────────────────────────────────────


def _stable(A, value, negative_cut=lambda lam: -1e-10 * lam[-1]):
    A = _checked_symmetric(A)
    lam = np.linalg.eigvalsh(A)
    if lam[-1] <= 0:
        raise ValueError("no curvature")
    if lam[0] < negative_cut(lam):
        raise ValueError("negative eigenvalue")
    return float(value(lam, A))


@ANSWERS.wrong("largest_stable_learning_rate", "1/L instead of 2/L")
def _(A):
    return _stable(A, lambda lam, A: 1 / lam[-1])


@ANSWERS.wrong("largest_stable_learning_rate", "uses the minimum eigenvalue")
def _(A):
    return _stable(A, lambda lam, A: 2 / lam[0] if lam[0] > 0 else 2 / lam[-1] * 1e6)


@ANSWERS.wrong("largest_stable_learning_rate", "2/(mu + L), the best step, not the largest stable one")
def _(A):
    return _stable(A, lambda lam, A: 2 / (lam[0] + lam[-1]))


@ANSWERS.wrong("largest_stable_learning_rate", "the Frobenius norm for L")
def _(A):
    return _stable(A, lambda lam, A: 2 / np.linalg.norm(A))


@ANSWERS.wrong("largest_stable_learning_rate", "the largest diagonal entry for L")
def _(A):
    return _stable(A, lambda lam, A: 2 / np.max(np.diag(A)))


@ANSWERS.wrong("largest_stable_learning_rate", "the trace for L")
def _(A):
    return _stable(A, lambda lam, A: 2 / np.trace(A))


@ANSWERS.wrong("largest_stable_learning_rate", "absolute cut-off 1e-10 for a negative eigenvalue (fails at scale 1e8)")
def _(A):
    return _stable(A, lambda lam, A: 2 / lam[-1], negative_cut=lambda lam: -1e-10)


@ANSWERS.wrong("largest_stable_learning_rate", "no tolerance at all: lambda_min < 0 rejects a semidefinite matrix")
def _(A):
    return _stable(A, lambda lam, A: 2 / lam[-1], negative_cut=lambda lam: 0.0)


@ANSWERS.wrong("largest_stable_learning_rate", "never checks symmetry or the sign of the eigenvalues")
def _(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("square")
    lam = np.linalg.eigvals(A).real
    return float(2 / np.max(np.abs(lam)))


@ANSWERS.wrong("largest_stable_learning_rate", "absolute symmetry test (fails at scale 1e-8)")
def _(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("square")
    if not np.allclose(A, A.T):              # atol=1e-8: a tiny non-symmetric matrix passes
        raise ValueError("symmetric")
    lam = np.linalg.eigvalsh(A)
    if lam[-1] <= 0 or lam[0] < -1e-10 * lam[-1]:
        raise ValueError("not semidefinite")
    return float(2 / lam[-1])


@ANSWERS.wrong("largest_stable_learning_rate", "symmetrizes A in place")
def _(A):
    A += A.T.copy()
    A /= 2
    lam = np.linalg.eigvalsh(A)
    if lam[-1] <= 0 or lam[0] < -1e-10 * lam[-1]:
        raise ValueError("not semidefinite")
    return float(2 / lam[-1])


@ANSWERS.right("largest_stable_learning_rate", "L as the spectral norm ||A||_2 (equal for a semidefinite A)")
def _(A):
    A = _checked_symmetric(A)
    lam_min = np.linalg.eigvalsh(A)[0]
    L = np.linalg.norm(A, 2)
    if L <= 0 or lam_min < -1e-10 * L:
        raise ValueError("not positive semidefinite, or zero")
    return 2 / L


@ANSWERS.right("largest_stable_learning_rate", "returned as a one-element array")
def _(A):
    return np.array([_stable(A, lambda lam, A: 2 / lam[-1])])


# ── armijo_step ──────────────────────────────────────────────────────────────────────────────


def _armijo(A, b, x, t0, c, beta, accept=lambda new, rhs: new <= rhs, shrink=None, start=None,
            slope_of=lambda g: -(g @ g), back=False):
    if not (0 < c < 1 and 0 < beta < 1 and t0 > 0):
        raise ValueError("parameters")
    A, b, x = (np.asarray(a, dtype=float) for a in (A, b, x))
    if A.ndim != 2 or A.shape[0] != A.shape[1] or b.shape != (A.shape[0],) or x.shape != b.shape:
        raise ValueError("shapes")
    f = lambda z: 0.5 * z @ A @ z - b @ z
    g = A @ x - b
    t = t0 if start is None else start
    for _ in range(61):
        if accept(f(x - t * g), f(x) + c * t * slope_of(g)):
            return float(t / beta if back else t)
        t *= beta if shrink is None else shrink
    raise ValueError("no step accepted")


@ANSWERS.wrong("armijo_step", "inequality reversed (accepts when f(x + t d) >= the line)")
def _(A, b, x, t0, c, beta):
    return _armijo(A, b, x, t0, c, beta, accept=lambda new, rhs: new >= rhs)


@ANSWERS.wrong("armijo_step", "plain decrease, c forgotten (f(x + t d) < f(x))")
def _(A, b, x, t0, c, beta):
    return _armijo(A, b, x, t0, c, beta, accept=lambda new, rhs: new < rhs + 1e-300, slope_of=lambda g: 0.0)


@ANSWERS.wrong("armijo_step", "slope -||g|| instead of -||g||^2")
def _(A, b, x, t0, c, beta):
    return _armijo(A, b, x, t0, c, beta, slope_of=lambda g: -np.linalg.norm(g))


@ANSWERS.wrong("armijo_step", "always starts at t = 1")
def _(A, b, x, t0, c, beta):
    return _armijo(A, b, x, t0, c, beta, start=1.0)


@ANSWERS.wrong("armijo_step", "always halves, ignoring beta")
def _(A, b, x, t0, c, beta):
    return _armijo(A, b, x, t0, c, beta, shrink=0.5)


@ANSWERS.wrong("armijo_step", "returns the last rejected step")
def _(A, b, x, t0, c, beta):
    return _armijo(A, b, x, t0, c, beta, back=True)


@ANSWERS.wrong("armijo_step", "moves uphill: d = +g")
def _(A, b, x, t0, c, beta):
    A, b, x = (np.asarray(a, dtype=float) for a in (A, b, x))
    f = lambda z: 0.5 * z @ A @ z - b @ z
    g = A @ x - b
    t = t0
    for _ in range(61):
        if f(x + t * g) <= f(x) + c * t * (g @ g):
            return float(t)
        t *= beta
    raise ValueError("no step accepted")


@ANSWERS.wrong("armijo_step", "updates x in place while backtracking")
def _(A, b, x, t0, c, beta):
    A, b = np.asarray(A, dtype=float), np.asarray(b, dtype=float)
    if not (0 < c < 1 and 0 < beta < 1 and t0 > 0) or x.shape != b.shape:
        raise ValueError("parameters")
    f = lambda z: 0.5 * z @ A @ z - b @ z
    g = A @ x - b
    fx, t = f(x), t0
    for _ in range(61):
        x -= t * g                       # tries the step on the caller's array ...
        if f(x) <= fx - c * t * (g @ g):
            x += t * g                   # ... and undoes it, but round-off may not
            return float(t)
        x += t * g
        t *= beta
    raise ValueError("no step accepted")


@ANSWERS.wrong("armijo_step", "strict inequality (< instead of <=): fails where the gradient is 0")
def _(A, b, x, t0, c, beta):
    return _armijo(A, b, x, t0, c, beta, accept=lambda new, rhs: new < rhs)


@ANSWERS.right("armijo_step", "recursive backtracking with f written as a function of t")
def _(A, b, x, t0, c, beta):
    if not (0 < c < 1 and 0 < beta < 1 and t0 > 0):
        raise ValueError("parameters")
    A, b, x = (np.asarray(a, dtype=float) for a in (A, b, x))
    if A.ndim != 2 or A.shape[0] != A.shape[1] or b.shape != (A.shape[0],) or x.shape != b.shape:
        raise ValueError("shapes")
    g = A @ x - b
    f = lambda z: 0.5 * z @ A @ z - b @ z
    phi0, gg = f(x), g @ g

    def search(t, left):
        if f(x - t * g) <= phi0 - c * t * gg:
            return t
        if left == 0:
            raise ValueError("no step accepted")
        return search(t * beta, left - 1)
    return search(float(t0), 60)


# ── newton_step ──────────────────────────────────────────────────────────────────────────────


def _newton_checks(H, g):
    H = _checked_symmetric(H)
    g = np.asarray(g, dtype=float)
    if g.shape != (H.shape[0],):
        raise ValueError("shapes")
    try:
        np.linalg.cholesky(H)
    except np.linalg.LinAlgError:
        raise ValueError("not positive definite") from None
    return H, g


@ANSWERS.wrong("newton_step", "wrong sign: solves H d = g")
def _(H, g):
    H, g = _newton_checks(H, g)
    return np.linalg.solve(H, g)


@ANSWERS.wrong("newton_step", "the gradient step -g")
def _(H, g):
    H, g = _newton_checks(H, g)
    return -g


@ANSWERS.wrong("newton_step", "multiplies by H instead of solving")
def _(H, g):
    H, g = _newton_checks(H, g)
    return -H @ g


@ANSWERS.wrong("newton_step", "divides by the diagonal of H (Jacobi)")
def _(H, g):
    H, g = _newton_checks(H, g)
    return -g / np.diag(H)


@ANSWERS.wrong("newton_step", "np.linalg.inv (forbidden)")
def _(H, g):
    H, g = _newton_checks(H, g)
    return -np.linalg.inv(H) @ g


@ANSWERS.wrong("newton_step", "absolute determinant test det(H) > 1e-10 (rejects a small, valid H)")
def _(H, g):
    H = _checked_symmetric(H)
    g = np.asarray(g, dtype=float)
    if g.shape != (H.shape[0],):
        raise ValueError("shapes")
    if np.linalg.det(H) <= 1e-10 or np.any(np.diag(H) <= 0):
        raise ValueError("not positive definite")
    return np.linalg.solve(H, -g)


@ANSWERS.wrong("newton_step", "no positive-definiteness check (solves indefinite systems)")
def _(H, g):
    H = _checked_symmetric(H)
    g = np.asarray(g, dtype=float)
    if g.shape != (H.shape[0],):
        raise ValueError("shapes")
    try:
        return np.linalg.solve(H, -g)
    except np.linalg.LinAlgError:
        raise ValueError("singular") from None


@ANSWERS.wrong("newton_step", "negates g in place before solving")
def _(H, g):
    H, _ = _newton_checks(H, g)
    g *= -1
    return np.linalg.solve(H, g)


@ANSWERS.right("newton_step", "np.linalg.solve after a Cholesky test")
def _(H, g):
    H, g = _newton_checks(H, g)
    return np.linalg.solve(H, -g)


@ANSWERS.right("newton_step", "scipy.linalg.cho_factor and cho_solve")
def _(H, g):
    H = _checked_symmetric(H)
    g = np.asarray(g, dtype=float)
    if g.shape != (H.shape[0],):
        raise ValueError("shapes")
    try:
        factor = scipy.linalg.cho_factor(H)
    except np.linalg.LinAlgError:
        raise ValueError("not positive definite") from None
    return scipy.linalg.cho_solve(factor, -g)


@ANSWERS.right("newton_step", "least squares with np.linalg.lstsq")
def _(H, g):
    H, g = _newton_checks(H, g)
    return np.linalg.lstsq(H, -g, rcond=None)[0]


# ── box_qp ───────────────────────────────────────────────────────────────────────────────────


def _box_inputs(A, b, lower, upper):
    A = _checked_symmetric(A)
    b, lower, upper = (np.asarray(a, dtype=float) for a in (b, lower, upper))
    if not (b.shape == lower.shape == upper.shape == (A.shape[0],)):
        raise ValueError("shapes")
    if np.any(lower > upper):
        raise ValueError("empty box")
    lam = np.linalg.eigvalsh(A)
    if lam[0] <= 0:
        raise ValueError("not positive definite")
    return A, b, lower, upper, lam


def _pgd(A, b, lower, upper, eta, x, stop=lambda step, first: step <= 1e-12 * first, project=np.clip, sign=1.0):
    first = None
    for _ in range(100_000):
        x_new = project(x - sign * eta * (A @ x - b), lower, upper)
        step = np.linalg.norm(x_new - x)
        first = step if first is None else first
        x = x_new
        if not np.all(np.isfinite(x)):
            raise ValueError("diverged")
        if stop(step, first):
            return x
    raise ValueError("no convergence")


@ANSWERS.wrong("box_qp", "clips the unconstrained minimizer (projects once, at the end)")
def _(A, b, lower, upper):
    A, b, lower, upper, lam = _box_inputs(A, b, lower, upper)
    return np.clip(np.linalg.solve(A, b), lower, upper)


@ANSWERS.wrong("box_qp", "ignores the box (unconstrained minimizer)")
def _(A, b, lower, upper):
    A, b, lower, upper, lam = _box_inputs(A, b, lower, upper)
    return np.linalg.solve(A, b)


@ANSWERS.wrong("box_qp", "lower and upper swapped in the clip")
def _(A, b, lower, upper):
    A, b, lower, upper, lam = _box_inputs(A, b, lower, upper)
    return _pgd(A, b, lower, upper, 1 / lam[-1], np.clip(np.zeros_like(b), lower, upper),
                project=lambda z, lo, hi: np.minimum(np.maximum(z, hi), lo))


@ANSWERS.wrong("box_qp", "absolute stopping test ||step|| <= 1e-10")
def _(A, b, lower, upper):
    A, b, lower, upper, lam = _box_inputs(A, b, lower, upper)
    return _pgd(A, b, lower, upper, 1 / lam[-1], np.clip(np.zeros_like(b), lower, upper),
                stop=lambda step, first: step <= 1e-10)


@ANSWERS.wrong("box_qp", "step 1/lambda_min (too long: diverges when kappa > 2)")
def _(A, b, lower, upper):
    A, b, lower, upper, lam = _box_inputs(A, b, lower, upper)
    x = np.clip(np.zeros_like(b), lower, upper)
    for _ in range(2000):                # a learner's fixed number of steps
        x = np.clip(x - (A @ x - b) / lam[0], lower, upper)
    return x


@ANSWERS.wrong("box_qp", "gradient ascent (+ instead of -)")
def _(A, b, lower, upper):
    A, b, lower, upper, lam = _box_inputs(A, b, lower, upper)
    x = np.clip(np.zeros_like(b), lower, upper)
    for _ in range(2000):
        x = np.clip(x + (A @ x - b) / lam[-1], lower, upper)
    return x


@ANSWERS.wrong("box_qp", "starts at lower and updates it in place")
def _(A, b, lower, upper):
    A = _checked_symmetric(A)
    lam = np.linalg.eigvalsh(A)
    if np.any(lower > upper) or lam[0] <= 0 or not (b.shape == lower.shape == upper.shape == (A.shape[0],)):
        raise ValueError("invalid")
    x = lower                            # no copy: x IS the caller's lower bound
    x[~np.isfinite(x)] = 0.0
    first = None
    for _ in range(100_000):
        step = np.clip(x - (A @ x - b) / lam[-1], lower, upper) - x
        x += step
        first = np.linalg.norm(step) if first is None else first
        if np.linalg.norm(step) <= 1e-12 * first:
            return x.copy()
    raise ValueError("no convergence")


@ANSWERS.wrong("box_qp", "a fixed 50 iterations, whatever the conditioning")
def _(A, b, lower, upper):
    A, b, lower, upper, lam = _box_inputs(A, b, lower, upper)
    x = np.clip(np.zeros_like(b), lower, upper)
    for _ in range(50):
        x = np.clip(x - (A @ x - b) / lam[-1], lower, upper)
    return x


@ANSWERS.wrong("box_qp", "scipy.optimize.minimize with bounds (forbidden)")
def _(A, b, lower, upper):
    A, b, lower, upper, lam = _box_inputs(A, b, lower, upper)
    res = scipy.optimize.minimize(lambda x: 0.5 * x @ A @ x - b @ x, np.clip(np.zeros_like(b), lower, upper),
                                  jac=lambda x: A @ x - b, method="L-BFGS-B", bounds=list(zip(lower, upper)))
    return res.x


@ANSWERS.right("box_qp", "starts at the upper corner (finite part) with the smaller step 1/trace(A)")
def _(A, b, lower, upper):
    A, b, lower, upper, lam = _box_inputs(A, b, lower, upper)
    x0 = np.clip(np.where(np.isfinite(upper), upper, 0.0), lower, upper)
    return _pgd(A, b, lower, upper, 1 / np.trace(A), x0, stop=lambda step, first: step <= 1e-13 * first)


@ANSWERS.right("box_qp", "exact active-set enumeration (every subset of bounds, checked by KKT)")
def _(A, b, lower, upper):
    import itertools
    A, b, lower, upper, lam = _box_inputs(A, b, lower, upper)
    n = len(b)
    for pattern in itertools.product((0, 1, 2), repeat=n):       # 0 free, 1 at lower, 2 at upper
        fixed = np.array(pattern) > 0
        if any((p == 1 and not np.isfinite(lower[i])) or (p == 2 and not np.isfinite(upper[i]))
               for i, p in enumerate(pattern)):
            continue
        x = np.where(np.array(pattern) == 1, lower, np.where(np.array(pattern) == 2, upper, 0.0))
        free = ~fixed
        if free.any():
            rhs = b[free] - A[np.ix_(free, fixed)] @ x[fixed]
            x[free] = np.linalg.solve(A[np.ix_(free, free)], rhs)
        g = A @ x - b
        size = max(np.abs(b).max(), np.abs(A).max() * np.abs(x).max(), 1e-300)
        tol = 1e-9 * size
        ok = (np.all(x >= lower - tol) and np.all(x <= upper + tol)
              and np.all(np.abs(g[free]) <= tol)
              and np.all(g[np.array(pattern) == 1] >= -tol) and np.all(g[np.array(pattern) == 2] <= tol))
        if ok:
            return np.clip(x, lower, upper)
    raise ValueError("no KKT point found")
