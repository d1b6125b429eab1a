"""The exercises of 01_linear_algebra/04_svd_and_pca.ipynb: wrong answers every checker must reject, and right answers in other forms."""
from __future__ import annotations

import numpy as np

from . import Answers

ANSWERS = Answers("01_linear_algebra/04_svd_and_pca.ipynb")

# ── compression_rank ────────────────────────────────────────────────────────────────────────────


@ANSWERS.wrong('compression_rank', 'energy measured by sigma, not sigma squared')
def _(s, energy):  # energy measured by sigma, not sigma squared
    s = np.asarray(s, float)
    if not 0 < energy <= 1 or s.size == 0 or np.any(s < 0) or not np.any(s > 0): raise ValueError
    kept = np.cumsum(s)
    return int(np.argmax(kept >= energy * kept[-1])) + 1


@ANSWERS.wrong('compression_rank', 'returns the 0-based index instead of a count')
def _(s, energy):  # returns the 0-based index instead of a count
    s = np.asarray(s, float)
    if not 0 < energy <= 1 or s.size == 0 or np.any(s < 0) or not np.any(s > 0): raise ValueError
    kept = np.cumsum(s ** 2)
    return int(np.argmax(kept >= energy * kept[-1]))


@ANSWERS.wrong('compression_rank', 'strict > instead of >=')
def _(s, energy):  # strict > instead of >=
    s = np.asarray(s, float)
    if not 0 < energy <= 1 or s.size == 0 or np.any(s < 0) or not np.any(s > 0): raise ValueError
    kept = np.cumsum(s ** 2)
    return int(np.argmax(kept > energy * kept[-1])) + 1


@ANSWERS.wrong('compression_rank', 'right answer, no input validation')
def _(s, energy):  # right answer, no input validation
    s = np.asarray(s, float)
    kept = np.cumsum(s ** 2)
    return int(np.argmax(kept >= energy * kept[-1])) + 1


@ANSWERS.wrong('compression_rank', 'counts singular values above energy * sigma_1')
def _(s, energy):  # counts singular values above energy * sigma_1
    s = np.asarray(s, float)
    if not 0 < energy <= 1 or s.size == 0 or np.any(s < 0) or not np.any(s > 0): raise ValueError
    return int(np.sum(s >= (1 - energy) * s[0]))


@ANSWERS.wrong('compression_rank', 'returns the energy fractions, not k')
def _(s, energy):  # returns the energy fractions, not k
    s = np.asarray(s, float)
    if not 0 < energy <= 1 or s.size == 0 or np.any(s < 0) or not np.any(s > 0): raise ValueError
    return np.cumsum(s ** 2) / np.sum(s ** 2)


@ANSWERS.wrong('compression_rank', 'all-zero test with a fixed cut-off (s.max() < 1e-10)')
def _(s, energy):
    s = np.asarray(s, float)
    if not 0 < energy <= 1 or s.size == 0 or np.any(s < 0) or s.max() < 1e-10: raise ValueError
    kept = np.cumsum(s ** 2)
    return int(np.argmax(kept >= energy * kept[-1])) + 1


@ANSWERS.wrong('compression_rank', 'all-zero test with np.allclose(s, 0)')
def _(s, energy):
    s = np.asarray(s, float)
    if not 0 < energy <= 1 or s.size == 0 or np.any(s < 0) or np.allclose(s, 0): raise ValueError
    kept = np.cumsum(s ** 2)
    return int(np.argmax(kept >= energy * kept[-1])) + 1


@ANSWERS.wrong('compression_rank', 'squares s in place (s **= 2 on np.asarray(s), which is no copy)')
def _(s, energy):
    s = np.asarray(s)
    if not 0 < energy <= 1 or s.size == 0 or np.any(s < 0) or not np.any(s > 0): raise ValueError
    s **= 2
    kept = np.cumsum(s)
    return int(np.argmax(kept >= energy * kept[-1])) + 1


@ANSWERS.wrong('compression_rank', 'accepts energy = 0 (0 <= energy <= 1)')
def _(s, energy):
    s = np.asarray(s, float)
    if not 0 <= energy <= 1 or s.size == 0 or np.any(s < 0) or not np.any(s > 0): raise ValueError
    kept = np.cumsum(s ** 2)
    return int(np.argmax(kept >= energy * kept[-1])) + 1


@ANSWERS.wrong('compression_rank', 'counts every k that meets the target, not the first')
def _(s, energy):
    s = np.asarray(s, float)
    if not 0 < energy <= 1 or s.size == 0 or np.any(s < 0) or not np.any(s > 0): raise ValueError
    kept = np.cumsum(s ** 2)
    return int(np.sum(kept >= energy * kept[-1]))


@ANSWERS.wrong('compression_rank', 'a fraction of the count, ceil(energy * len(s))')
def _(s, energy):
    s = np.asarray(s, float)
    if not 0 < energy <= 1 or s.size == 0 or np.any(s < 0) or not np.any(s > 0): raise ValueError
    return int(np.ceil(energy * len(s)))


@ANSWERS.wrong('compression_rank', 'energy = 1 answered with len(s), zero singular values included')
def _(s, energy):
    s = np.asarray(s, float)
    if not 0 < energy <= 1 or s.size == 0 or np.any(s < 0) or not np.any(s > 0): raise ValueError
    if energy == 1:
        return len(s)
    kept = np.cumsum(s ** 2)
    return int(np.argmax(kept >= energy * kept[-1])) + 1


@ANSWERS.right('compression_rank', 'np.searchsorted on the running energy')
def _(s, energy):
    s = np.asarray(s, float)
    if not 0 < energy <= 1 or s.size == 0 or np.any(s < 0) or not np.any(s > 0): raise ValueError
    kept = np.cumsum(s ** 2)
    return int(np.searchsorted(kept, energy * kept[-1])) + 1


@ANSWERS.right('compression_rank', 'a loop adding sigma_i^2 until the target is met')
def _(s, energy):
    s = np.asarray(s, float)
    if not 0 < energy <= 1 or s.size == 0 or np.any(s < 0) or not np.any(s > 0): raise ValueError
    total, kept = np.sum(s ** 2), 0.0
    for k, sigma in enumerate(s, start=1):
        kept += sigma ** 2
        if kept >= energy * total:
            return k
    return len(s)


@ANSWERS.right('compression_rank', 'fractions cumsum/sum compared with energy, a NumPy integer returned')
def _(s, energy):
    s = np.asarray(s, float)
    if not 0 < energy <= 1 or s.size == 0 or np.any(s < 0) or not np.any(s > 0): raise ValueError
    fractions = np.cumsum(s ** 2) / np.sum(s ** 2)
    return np.argmax(fractions >= energy) + 1

# ── min_norm_least_squares ──────────────────────────────────────────────────────────────────────


@ANSWERS.wrong('min_norm_least_squares', 'normal equations')
def _(A, b):  # normal equations
    if A.ndim != 2 or len(b) != A.shape[0]: raise ValueError
    return np.linalg.solve(A.T @ A, A.T @ b)


@ANSWERS.wrong('min_norm_least_squares', 'divides by every singular value, no cutoff')
def _(A, b):  # divides by every singular value, no cutoff
    if A.ndim != 2 or len(b) != A.shape[0]: raise ValueError
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    return Vt.T @ ((U.T @ b) / s)


@ANSWERS.wrong('min_norm_least_squares', 'U and V swapped')
def _(A, b):  # U and V swapped
    if A.ndim != 2 or len(b) != A.shape[0]: raise ValueError
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    keep = s > 1e-10 * s[0]
    return U[:, keep] @ ((Vt[keep] @ b) / s[keep])


@ANSWERS.wrong('min_norm_least_squares', 'returns the coordinates y = V^T x instead of x')
def _(A, b):  # returns the coordinates y = V^T x instead of x
    if A.ndim != 2 or len(b) != A.shape[0]: raise ValueError
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    keep = s > 1e-10 * s[0]
    y = np.zeros_like(s); y[keep] = (U.T @ b)[keep] / s[keep]
    return y


@ANSWERS.wrong('min_norm_least_squares', 'full SVD without care for shapes')
def _(A, b):  # full SVD without care for shapes
    if A.ndim != 2 or len(b) != A.shape[0]: raise ValueError
    U, s, Vt = np.linalg.svd(A)
    return Vt.T @ ((U.T @ b) / s)


@ANSWERS.wrong('min_norm_least_squares', 'multiplies by sigma instead of dividing')
def _(A, b):  # multiplies by sigma instead of dividing
    if A.ndim != 2 or len(b) != A.shape[0]: raise ValueError
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    return Vt.T @ ((U.T @ b) * s)


@ANSWERS.wrong('min_norm_least_squares', 'relative cut-off at 5% of sigma_1 (keep = s > 0.05 * s[0])')
def _(A, b):
    if A.ndim != 2 or len(b) != A.shape[0]: raise ValueError
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    keep = s > 0.05 * s[0]
    coeffs = np.zeros_like(s); coeffs[keep] = (U.T @ b)[keep] / s[keep]
    return Vt.T @ coeffs


@ANSWERS.wrong('min_norm_least_squares', 'absolute cut-off (keep = s > 1e-10)')
def _(A, b):
    if A.ndim != 2 or len(b) != A.shape[0]: raise ValueError
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    keep = s > 1e-10
    coeffs = np.zeros_like(s); coeffs[keep] = (U.T @ b)[keep] / s[keep]
    return Vt.T @ coeffs


@ANSWERS.wrong('min_norm_least_squares', 'rank-deficient only if s.min() < 1e-10, else divide by all')
def _(A, b):
    if A.ndim != 2 or len(b) != A.shape[0]: raise ValueError
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    if s.min() < 1e-10:
        r = int(np.sum(s >= 1e-10))
        return Vt[:r].T @ ((U[:, :r].T @ b) / s[:r])
    return Vt.T @ ((U.T @ b) / s)


@ANSWERS.wrong('min_norm_least_squares', 'a basic solution for a wide A (solve the square part, rest zero)')
def _(A, b):
    if A.ndim != 2 or len(b) != A.shape[0]: raise ValueError
    m, n = A.shape
    if m < n:
        x = np.zeros(n)
        x[:m] = np.linalg.solve(A[:, :m], b)
        return x
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    keep = s > max(A.shape) * np.finfo(float).eps * s[0]
    coeffs = np.zeros_like(s); coeffs[keep] = (U.T @ b)[keep] / s[keep]
    return Vt.T @ coeffs


@ANSWERS.wrong('min_norm_least_squares', 'rescales A and b in place first (A /= scale; b /= scale)')
def _(A, b):
    if A.ndim != 2 or len(b) != A.shape[0]: raise ValueError
    scale = np.abs(A).max() or 1.0
    A /= scale
    b /= scale
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    keep = s > max(A.shape) * np.finfo(float).eps * s[0]
    coeffs = np.zeros_like(s); coeffs[keep] = (U.T @ b)[keep] / s[keep]
    return Vt.T @ coeffs


@ANSWERS.wrong('min_norm_least_squares', 'np.linalg.pinv, which the statement forbids')
def _(A, b):
    if A.ndim != 2 or len(b) != A.shape[0]: raise ValueError
    return np.linalg.pinv(A) @ b


@ANSWERS.wrong('min_norm_least_squares', 'scipy.linalg.lstsq imported inside the function')
def _(A, b):
    from scipy.linalg import lstsq
    if A.ndim != 2 or len(b) != A.shape[0]: raise ValueError
    return lstsq(A, b)[0]


@ANSWERS.right('min_norm_least_squares', 'the pseudoinverse matrix V Sigma^+ U^T built first, then applied to b')
def _(A, b):
    if A.ndim != 2 or b.ndim != 1 or len(b) != A.shape[0]: raise ValueError
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    s_plus = np.zeros_like(s)
    keep = s > max(A.shape) * np.finfo(float).eps * s.max()
    s_plus[keep] = 1 / s[keep]
    return (Vt.T * s_plus) @ U.T @ b


@ANSWERS.right('min_norm_least_squares', 'full SVD, sliced to the numerical rank r')
def _(A, b):
    if A.ndim != 2 or b.ndim != 1 or len(b) != A.shape[0]: raise ValueError
    U, s, Vt = np.linalg.svd(A)
    r = int(np.sum(s > max(A.shape) * np.finfo(float).eps * s[0])) if s.size else 0
    return Vt[:r].T @ ((U[:, :r].T @ b) / s[:r])

# ── explained_variance_ratio ────────────────────────────────────────────────────────────────────


@ANSWERS.wrong('explained_variance_ratio', 'forgot to centre')
def _(X):  # forgot to centre
    if X.ndim != 2 or X.shape[0] < 2 or np.all(X.var(0) == 0): raise ValueError
    s = np.linalg.svd(X, compute_uv=False)
    out = np.zeros(X.shape[1]); out[:len(s)] = s ** 2
    return out / out.sum()


@ANSWERS.wrong('explained_variance_ratio', 'eigh order (ascending)')
def _(X):  # eigh order (ascending)
    if X.ndim != 2 or X.shape[0] < 2 or np.all(X.var(0) == 0): raise ValueError
    lam = np.linalg.eigvalsh(np.cov(X, rowvar=False))
    return lam / lam.sum()


@ANSWERS.wrong('explained_variance_ratio', 'singular values instead of their squares')
def _(X):  # singular values instead of their squares
    if X.ndim != 2 or X.shape[0] < 2 or np.all(X.var(0) == 0): raise ValueError
    s = np.linalg.svd(X - X.mean(0), compute_uv=False)
    out = np.zeros(X.shape[1]); out[:len(s)] = s
    return out / out.sum()


@ANSWERS.wrong('explained_variance_ratio', 'cumulative')
def _(X):  # cumulative
    if X.ndim != 2 or X.shape[0] < 2 or np.all(X.var(0) == 0): raise ValueError
    lam = np.linalg.eigvalsh(np.cov(X, rowvar=False))[::-1]
    return np.cumsum(lam) / lam.sum()


@ANSWERS.wrong('explained_variance_ratio', 'variances, not ratios')
def _(X):  # variances, not ratios
    if X.ndim != 2 or X.shape[0] < 2 or np.all(X.var(0) == 0): raise ValueError
    return np.linalg.eigvalsh(np.cov(X, rowvar=False))[::-1]


@ANSWERS.wrong('explained_variance_ratio', 'per-feature variances (ignores correlations)')
def _(X):  # per-feature variances (ignores correlations)
    if X.ndim != 2 or X.shape[0] < 2 or np.all(X.var(0) == 0): raise ValueError
    v = X.var(axis=0, ddof=1)
    return np.sort(v)[::-1] / v.sum()


@ANSWERS.wrong('explained_variance_ratio', 'right, but no error for constant data')
def _(X):  # right, but no error for constant data
    if X.ndim != 2 or X.shape[0] < 2: raise ValueError
    lam = np.clip(np.linalg.eigvalsh(np.cov(X, rowvar=False))[::-1], 0, None)
    return lam / lam.sum()


@ANSWERS.wrong('explained_variance_ratio', 'correlation matrix (standardised features)')
def _(X):  # correlation matrix (standardised features)
    if X.ndim != 2 or X.shape[0] < 2 or np.all(X.var(0) == 0): raise ValueError
    lam = np.clip(np.linalg.eigvalsh(np.corrcoef(X, rowvar=False))[::-1], 0, None)
    return lam / lam.sum()


@ANSWERS.wrong('explained_variance_ratio', 'centres X in place (X -= X.mean(axis=0))')
def _(X):
    if X.ndim != 2 or X.shape[0] < 2: raise ValueError
    X -= X.mean(axis=0)
    s = np.linalg.svd(X, compute_uv=False)
    energy = np.zeros(X.shape[1]); energy[:len(s)] = s ** 2
    if energy.sum() == 0: raise ValueError
    return energy / energy.sum()


@ANSWERS.wrong('explained_variance_ratio', 'SVD without padding when n < d')
def _(X):
    if X.ndim != 2 or X.shape[0] < 2 or np.all(X.var(0) == 0): raise ValueError
    s = np.linalg.svd(X - X.mean(0), compute_uv=False)
    return s ** 2 / np.sum(s ** 2)


@ANSWERS.wrong('explained_variance_ratio', 'no-variance test with a fixed cut-off (total < 1e-10)')
def _(X):
    if X.ndim != 2 or X.shape[0] < 2 or X.var(axis=0).sum() < 1e-10: raise ValueError
    lam = np.clip(np.linalg.eigvalsh(np.cov(X, rowvar=False))[::-1], 0, None)
    return lam / lam.sum()


@ANSWERS.wrong('explained_variance_ratio', 'np.cov(X) without rowvar=False (samples taken as variables)')
def _(X):
    if X.ndim != 2 or X.shape[0] < 2 or np.all(X.var(0) == 0): raise ValueError
    lam = np.clip(np.linalg.eigvalsh(np.cov(X))[::-1], 0, None)
    return lam / lam.sum()


@ANSWERS.wrong('explained_variance_ratio', 'divided by the largest variance, not the sum')
def _(X):
    if X.ndim != 2 or X.shape[0] < 2 or np.all(X.var(0) == 0): raise ValueError
    lam = np.clip(np.linalg.eigvalsh(np.cov(X, rowvar=False))[::-1], 0, None)
    return lam / lam[0]


@ANSWERS.right('explained_variance_ratio', 'eigenvalues of np.cov, largest first, negatives clipped')
def _(X):
    if X.ndim != 2 or X.shape[0] < 2 or np.all(X == X[0]): raise ValueError
    lam = np.clip(np.linalg.eigvalsh(np.cov(X, rowvar=False))[::-1], 0, None)
    return lam / lam.sum()


@ANSWERS.right('explained_variance_ratio', 'eigenvalues of the scatter matrix, tiny negative rounding left in')
def _(X):
    if X.ndim != 2 or X.shape[0] < 2: raise ValueError
    Xc = X - X.mean(axis=0)
    lam = np.sort(np.linalg.eigvalsh(Xc.T @ Xc))[::-1]
    if lam.sum() <= 0: raise ValueError("no variance")
    return lam / lam.sum()


@ANSWERS.right('explained_variance_ratio', 'SVD variances with divisor n - 1, padded with zeros')
def _(X):
    if X.ndim != 2 or X.shape[0] < 2: raise ValueError
    s = np.linalg.svd(X - X.mean(axis=0), compute_uv=False)
    lam = np.concatenate([s ** 2 / (len(X) - 1), np.zeros(X.shape[1] - len(s))])
    if lam.sum() == 0: raise ValueError
    return lam / lam.sum()

# ── pca_project ─────────────────────────────────────────────────────────────────────────────────


@ANSWERS.wrong('pca_project', 'forgot to centre')
def _(X, k):  # forgot to centre
    if X.ndim != 2 or not 1 <= k <= X.shape[1]: raise ValueError
    Vt = np.linalg.svd(X, full_matrices=False)[2]
    return X @ Vt[:k].T


@ANSWERS.wrong('pca_project', 'forgot to centre the data it projects (directions from centred data)')
def _(X, k):  # forgot to centre the data it projects (directions from centred data)
    if X.ndim != 2 or not 1 <= k <= X.shape[1]: raise ValueError
    Vt = np.linalg.svd(X - X.mean(0), full_matrices=False)[2]
    return X @ Vt[:k].T


@ANSWERS.wrong('pca_project', 'used U instead of the scores')
def _(X, k):  # used U instead of the scores
    if X.ndim != 2 or not 1 <= k <= X.shape[1]: raise ValueError
    U = np.linalg.svd(X - X.mean(0), full_matrices=False)[0]
    return U[:, :k]


@ANSWERS.wrong('pca_project', 'transposed Vt')
def _(X, k):  # transposed Vt
    if X.ndim != 2 or not 1 <= k <= X.shape[1]: raise ValueError
    Xc = X - X.mean(0)
    Vt = np.linalg.svd(Xc, full_matrices=False)[2]
    return Xc @ Vt.T[:k].T


@ANSWERS.wrong('pca_project', 'eigh order: the k smallest')
def _(X, k):  # eigh order: the k smallest
    if X.ndim != 2 or not 1 <= k <= X.shape[1]: raise ValueError
    Xc = X - X.mean(0)
    W = np.linalg.eigh(np.cov(X, rowvar=False))[1]
    return Xc @ W[:, :k]


@ANSWERS.wrong('pca_project', 'kept k + 1 components')
def _(X, k):  # kept k + 1 components
    if X.ndim != 2 or not 1 <= k <= X.shape[1]: raise ValueError
    Xc = X - X.mean(0)
    Vt = np.linalg.svd(Xc, full_matrices=False)[2]
    return Xc @ Vt[:k + 1].T


@ANSWERS.wrong('pca_project', 'whitened scores')
def _(X, k):  # whitened scores
    if X.ndim != 2 or not 1 <= k <= X.shape[1]: raise ValueError
    Xc = X - X.mean(0)
    U = np.linalg.svd(Xc, full_matrices=False)[0]
    return U[:, :k] * np.sqrt(len(X) - 1)


@ANSWERS.wrong('pca_project', 'standardised features first')
def _(X, k):  # standardised features first
    if X.ndim != 2 or not 1 <= k <= X.shape[1]: raise ValueError
    Xs = (X - X.mean(0)) / X.std(0)
    Vt = np.linalg.svd(Xs, full_matrices=False)[2]
    return Xs @ Vt[:k].T


@ANSWERS.wrong('pca_project', 'returns the reconstruction')
def _(X, k):  # returns the reconstruction
    if X.ndim != 2 or not 1 <= k <= X.shape[1]: raise ValueError
    Xc = X - X.mean(0)
    Vt = np.linalg.svd(Xc, full_matrices=False)[2]
    return Xc @ Vt[:k].T @ Vt[:k] + X.mean(0)


@ANSWERS.wrong('pca_project', 'right, but no check of k')
def _(X, k):  # right, but no check of k
    Xc = X - X.mean(0)
    Vt = np.linalg.svd(Xc, full_matrices=False)[2]
    return Xc @ Vt[:k].T


@ANSWERS.wrong('pca_project', 'centres X in place (X -= X.mean(axis=0))')
def _(X, k):
    if X.ndim != 2 or not isinstance(k, (int, np.integer)) or not 1 <= k <= X.shape[1]: raise ValueError
    X -= X.mean(axis=0)
    Vt = np.linalg.svd(X, full_matrices=False)[2]
    return X @ Vt[:k].T


@ANSWERS.wrong('pca_project', 'top k directions from eigh, but in increasing order')
def _(X, k):
    if X.ndim != 2 or not isinstance(k, (int, np.integer)) or not 1 <= k <= X.shape[1]: raise ValueError
    Xc = X - X.mean(0)
    W = np.linalg.eigh(np.cov(X, rowvar=False))[1]
    return Xc @ W[:, -k:]


@ANSWERS.wrong('pca_project', 'k = 1.5 truncated with int(k) instead of refused')
def _(X, k):
    if X.ndim != 2 or not 1 <= k <= X.shape[1]: raise ValueError
    k = int(k)
    Xc = X - X.mean(0)
    Vt = np.linalg.svd(Xc, full_matrices=False)[2]
    return Xc @ Vt[:k].T


@ANSWERS.right('pca_project', 'eigh of the covariance, sorted decreasingly')
def _(X, k):
    if X.ndim != 2 or not isinstance(k, (int, np.integer)) or not 1 <= k <= X.shape[1]: raise ValueError
    Xc = X - X.mean(axis=0)
    lam, W = np.linalg.eigh(np.cov(X, rowvar=False))
    return Xc @ W[:, np.argsort(lam)[::-1][:k]]


@ANSWERS.right('pca_project', 'U_k Sigma_k from the SVD of the centred data')
def _(X, k):
    if X.ndim != 2 or not isinstance(k, (int, np.integer)) or not 1 <= k <= X.shape[1]: raise ValueError
    U, s, _ = np.linalg.svd(X - X.mean(axis=0), full_matrices=False)
    return U[:, :k] * s[:k]


@ANSWERS.right('pca_project', 'signs fixed so that each direction has its largest |entry| positive')
def _(X, k):
    if X.ndim != 2 or not isinstance(k, (int, np.integer)) or not 1 <= k <= X.shape[1]: raise ValueError
    Xc = X - X.mean(axis=0)
    V = np.linalg.svd(Xc, full_matrices=False)[2][:k].T
    V = V * np.sign(V[np.argmax(np.abs(V), axis=0), np.arange(k)])
    return Xc @ V


@ANSWERS.right('pca_project', 'only the first column flipped (each column has its own free sign)')
def _(X, k):
    if X.ndim != 2 or not isinstance(k, (int, np.integer)) or not 1 <= k <= X.shape[1]: raise ValueError
    Xc = X - X.mean(axis=0)
    Z = Xc @ np.linalg.svd(Xc, full_matrices=False)[2][:k].T
    Z[:, 0] *= -1
    return Z


ANSWERS.accept('pca_project', 'negated',
               'each principal direction, and so each column of scores, is defined only up to its sign')

# ── zca_whitening_matrix ────────────────────────────────────────────────────────────────────────


@ANSWERS.wrong('zca_whitening_matrix', 'divides by n')
def _(X, alpha=0.0):  # divides by n
    if X.ndim != 2 or X.shape[0] < 2 or alpha < 0: raise ValueError
    Xc = X - X.mean(0); lam, V = np.linalg.eigh(Xc.T @ Xc / len(X)); lam = np.clip(lam, 0, None)
    if alpha == 0 and lam[0] <= 1e-10 * lam[-1]: raise ValueError
    return (V / np.sqrt(lam + alpha)) @ V.T


@ANSWERS.wrong('zca_whitening_matrix', 'PCA whitening (no rotation back)')
def _(X, alpha=0.0):  # PCA whitening (no rotation back)
    if X.ndim != 2 or X.shape[0] < 2 or alpha < 0: raise ValueError
    Xc = X - X.mean(0); lam, V = np.linalg.eigh(Xc.T @ Xc / (len(X) - 1)); lam = np.clip(lam, 0, None)
    if alpha == 0 and lam[0] <= 1e-10 * lam[-1]: raise ValueError
    return V / np.sqrt(lam + alpha)


@ANSWERS.wrong('zca_whitening_matrix', 'forgot to centre')
def _(X, alpha=0.0):  # forgot to centre
    if X.ndim != 2 or X.shape[0] < 2 or alpha < 0: raise ValueError
    lam, V = np.linalg.eigh(X.T @ X / (len(X) - 1)); lam = np.clip(lam, 0, None)
    if alpha == 0 and lam[0] <= 1e-10 * lam[-1]: raise ValueError
    return (V / np.sqrt(lam + alpha)) @ V.T


@ANSWERS.wrong('zca_whitening_matrix', 'inverse covariance instead of its inverse square root')
def _(X, alpha=0.0):  # inverse covariance instead of its inverse square root
    if X.ndim != 2 or X.shape[0] < 2 or alpha < 0: raise ValueError
    Xc = X - X.mean(0); lam, V = np.linalg.eigh(Xc.T @ Xc / (len(X) - 1)); lam = np.clip(lam, 0, None)
    if alpha == 0 and lam[0] <= 1e-10 * lam[-1]: raise ValueError
    return (V / (lam + alpha)) @ V.T


@ANSWERS.wrong('zca_whitening_matrix', 'square root instead of inverse square root')
def _(X, alpha=0.0):  # square root instead of inverse square root
    if X.ndim != 2 or X.shape[0] < 2 or alpha < 0: raise ValueError
    Xc = X - X.mean(0); lam, V = np.linalg.eigh(Xc.T @ Xc / (len(X) - 1)); lam = np.clip(lam, 0, None)
    if alpha == 0 and lam[0] <= 1e-10 * lam[-1]: raise ValueError
    return (V * np.sqrt(lam + alpha)) @ V.T


@ANSWERS.wrong('zca_whitening_matrix', 'alpha added after the inverse square root')
def _(X, alpha=0.0):  # alpha added after the inverse square root
    if X.ndim != 2 or X.shape[0] < 2 or alpha < 0: raise ValueError
    Xc = X - X.mean(0); lam, V = np.linalg.eigh(Xc.T @ Xc / (len(X) - 1)); lam = np.clip(lam, 0, None)
    if alpha == 0 and lam[0] <= 1e-10 * lam[-1]: raise ValueError
    with np.errstate(divide="ignore"):
        return (V * (1 / np.sqrt(lam) + alpha)) @ V.T


@ANSWERS.wrong('zca_whitening_matrix', 'Cholesky whitening (whitens, but is not ZCA)')
def _(X, alpha=0.0):  # Cholesky whitening (whitens, but is not ZCA)
    if X.ndim != 2 or X.shape[0] < 2 or alpha < 0: raise ValueError
    Xc = X - X.mean(0); S = Xc.T @ Xc / (len(X) - 1) + alpha * np.eye(X.shape[1])
    return np.linalg.inv(np.linalg.cholesky(S)).T


@ANSWERS.wrong('zca_whitening_matrix', 'no ValueError for a singular covariance')
def _(X, alpha=0.0):  # no ValueError for a singular covariance
    if X.ndim != 2 or X.shape[0] < 2 or alpha < 0: raise ValueError
    Xc = X - X.mean(0); lam, V = np.linalg.eigh(Xc.T @ Xc / (len(X) - 1)); lam = np.abs(lam)
    return (V / np.sqrt(lam + alpha)) @ V.T


@ANSWERS.wrong('zca_whitening_matrix', 'ignores alpha')
def _(X, alpha=0.0):  # ignores alpha
    if X.ndim != 2 or X.shape[0] < 2 or alpha < 0: raise ValueError
    Xc = X - X.mean(0); lam, V = np.linalg.eigh(Xc.T @ Xc / (len(X) - 1)); lam = np.clip(lam, 0, None)
    if lam[0] <= 1e-10 * lam[-1]: raise ValueError
    return (V / np.sqrt(lam)) @ V.T


@ANSWERS.wrong('zca_whitening_matrix', 'thin SVD of the data: misses the null directions when n < d')
def _(X, alpha=0.0):  # thin SVD of the data: misses the null directions when n < d
    if X.ndim != 2 or X.shape[0] < 2 or alpha < 0: raise ValueError
    Xc = X - X.mean(0); _, s, Vt = np.linalg.svd(Xc, full_matrices=False); lam = s ** 2 / (len(X) - 1)
    if alpha == 0 and (len(s) < X.shape[1] or lam[-1] <= 1e-10 * lam[0]): raise ValueError
    return (Vt.T / np.sqrt(lam + alpha)) @ Vt


@ANSWERS.wrong('zca_whitening_matrix', 'centres X in place (X -= X.mean(axis=0))')
def _(X, alpha=0.0):
    if X.ndim != 2 or X.shape[0] < 2 or alpha < 0: raise ValueError
    X -= X.mean(axis=0)
    lam, V = np.linalg.eigh(X.T @ X / (len(X) - 1)); lam = np.clip(lam, 0, None)
    if alpha == 0 and lam[0] <= 1e-10 * lam[-1]: raise ValueError
    return (V / np.sqrt(lam + alpha)) @ V.T


@ANSWERS.wrong('zca_whitening_matrix', 'singular when lambda_min < 1e-10 (a fixed cut-off)')
def _(X, alpha=0.0):
    if X.ndim != 2 or X.shape[0] < 2 or alpha < 0: raise ValueError
    Xc = X - X.mean(0); lam, V = np.linalg.eigh(Xc.T @ Xc / (len(X) - 1)); lam = np.clip(lam, 0, None)
    if alpha == 0 and lam[0] < 1e-10: raise ValueError
    return (V / np.sqrt(lam + alpha)) @ V.T


@ANSWERS.wrong('zca_whitening_matrix', 'calls an ill-conditioned covariance singular (cond(S) > 1e6)')
def _(X, alpha=0.0):
    if X.ndim != 2 or X.shape[0] < 2 or alpha < 0: raise ValueError
    Xc = X - X.mean(0); S = Xc.T @ Xc / (len(X) - 1)
    if alpha == 0 and np.linalg.cond(S) > 1e6: raise ValueError
    lam, V = np.linalg.eigh(S); lam = np.clip(lam, 0, None)
    return (V / np.sqrt(lam + alpha)) @ V.T


@ANSWERS.wrong('zca_whitening_matrix', 'inverse square root of each entry of S (S ** -0.5)')
def _(X, alpha=0.0):
    if X.ndim != 2 or X.shape[0] < 2 or alpha < 0: raise ValueError
    Xc = X - X.mean(0); S = Xc.T @ Xc / (len(X) - 1) + alpha * np.eye(X.shape[1])
    lam = np.clip(np.linalg.eigvalsh(S - alpha * np.eye(X.shape[1])), 0, None)
    if alpha == 0 and lam[0] <= 1e-10 * lam[-1]: raise ValueError
    with np.errstate(invalid="ignore"):
        return np.abs(S) ** -0.5 * np.sign(S)


@ANSWERS.right('zca_whitening_matrix', 'eigh of S + alpha I')
def _(X, alpha=0.0):
    if X.ndim != 2 or X.shape[0] < 2 or alpha < 0: raise ValueError
    S = np.cov(X, rowvar=False)
    lam = np.linalg.eigvalsh(S)
    if alpha == 0 and max(lam[0], 0) <= 1e-10 * lam[-1]: raise ValueError
    mu, V = np.linalg.eigh(S + alpha * np.eye(len(S)))
    return V @ np.diag(1 / np.sqrt(np.clip(mu, alpha, None) if alpha > 0 else mu)) @ V.T


@ANSWERS.right('zca_whitening_matrix', 'full SVD of the centred data, eigenvalues padded with zeros')
def _(X, alpha=0.0):
    if X.ndim != 2 or X.shape[0] < 2 or alpha < 0: raise ValueError
    n, d = X.shape
    _, s, Vt = np.linalg.svd(X - X.mean(axis=0))
    lam = np.zeros(d); lam[:len(s)] = s ** 2 / (n - 1)
    if alpha == 0 and lam.min() <= 1e-10 * lam.max(): raise ValueError
    return (Vt.T / np.sqrt(lam + alpha)) @ Vt


@ANSWERS.right('zca_whitening_matrix', 'singularity tested with np.linalg.cond(S) >= 1e10')
def _(X, alpha=0.0):
    if X.ndim != 2 or X.shape[0] < 2 or alpha < 0: raise ValueError
    Xc = X - X.mean(0); S = Xc.T @ Xc / (len(X) - 1)
    if alpha == 0 and np.linalg.cond(S) >= 1e10: raise ValueError
    lam, V = np.linalg.eigh(S); lam = np.clip(lam, 0, None)
    return (V / np.sqrt(lam + alpha)) @ V.T


ANSWERS.accept('zca_whitening_matrix', 'transposed',
               'W = V (Lambda + alpha I)^(-1/2) V^T is symmetric, so its transpose is the same matrix')
