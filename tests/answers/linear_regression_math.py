"""The exercises of 04_ml_applications/01_linear_regression_math.ipynb: wrong answers every checker must reject, and right answers in other forms."""
from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from . import Answers

if TYPE_CHECKING:  # defined by the notebook; tests/probe.py runs these functions in its namespace
    from notebook import soft_threshold

ANSWERS = Answers("04_ml_applications/01_linear_regression_math.ipynb")


def _checked(X, y, lam):
    X, y = np.asarray(X, float), np.asarray(y, float)
    if X.ndim != 2 or y.shape != (X.shape[0],) or lam < 0:
        raise ValueError("bad input")
    if lam == 0 and np.linalg.matrix_rank(X) < X.shape[1]:
        raise ValueError("not unique")
    return X, y


# ── ridge_augmented ─────────────────────────────────────────────────────────────────────────────


@ANSWERS.wrong("ridge_augmented", "augmented with lam * I instead of sqrt(lam) * I")
def _(X, y, lam):
    X, y = _checked(X, y, lam)
    d = X.shape[1]
    return np.linalg.lstsq(np.vstack([X, lam * np.eye(d)]), np.concatenate([y, np.zeros(d)]), rcond=None)[0]


@ANSWERS.wrong("ridge_augmented", "forgot the augmentation: plain least squares")
def _(X, y, lam):
    X, y = _checked(X, y, lam)
    return np.linalg.lstsq(X, y, rcond=None)[0]


@ANSWERS.wrong("ridge_augmented", "one extra row sqrt(lam) * ones instead of d rows")
def _(X, y, lam):
    X, y = _checked(X, y, lam)
    return np.linalg.lstsq(np.vstack([X, np.sqrt(lam) * np.ones((1, X.shape[1]))]), np.append(y, 0.0), rcond=None)[0]


@ANSWERS.wrong("ridge_augmented", "np.linalg.solve on the regularized normal equations (forbidden)")
def _(X, y, lam):
    X, y = _checked(X, y, lam)
    return np.linalg.solve(X.T @ X + lam * np.eye(X.shape[1]), X.T @ y)


@ANSWERS.wrong("ridge_augmented", "sqrt(2 lam): the penalty doubled")
def _(X, y, lam):
    X, y = _checked(X, y, lam)
    d = X.shape[1]
    return np.linalg.lstsq(np.vstack([X, np.sqrt(2 * lam) * np.eye(d)]), np.concatenate([y, np.zeros(d)]), rcond=None)[0]


@ANSWERS.wrong("ridge_augmented", "no check of lam < 0 (sqrt of a negative number gives nan)")
def _(X, y, lam):
    X, y = np.asarray(X, float), np.asarray(y, float)
    if X.ndim != 2 or y.shape != (X.shape[0],):
        raise ValueError("bad shapes")
    if lam == 0 and np.linalg.matrix_rank(X) < X.shape[1]:
        raise ValueError("not unique")
    d = X.shape[1]
    with np.errstate(invalid="ignore"):
        root = np.sqrt(lam)
    if not np.isfinite(root):
        return np.full(d, np.nan)                   # what lstsq would give on a nan system
    return np.linalg.lstsq(np.vstack([X, root * np.eye(d)]), np.concatenate([y, np.zeros(d)]), rcond=None)[0]


@ANSWERS.wrong("ridge_augmented", "y padded with ones instead of zeros")
def _(X, y, lam):
    X, y = _checked(X, y, lam)
    d = X.shape[1]
    return np.linalg.lstsq(np.vstack([X, np.sqrt(lam) * np.eye(d)]), np.concatenate([y, np.ones(d)]), rcond=None)[0]


@ANSWERS.right("ridge_augmented", "the SVD shrinkage formula instead of lstsq")
def _(X, y, lam):
    X, y = _checked(X, y, lam)
    U, s, Vt = np.linalg.svd(X, full_matrices=False)
    return Vt.T @ (s / (s**2 + lam) * (U.T @ y))


@ANSWERS.right("ridge_augmented", "a thin QR of the augmented matrix and a triangular solve")
def _(X, y, lam):
    import scipy.linalg
    X, y = _checked(X, y, lam)
    d = X.shape[1]
    A = np.vstack([X, np.sqrt(lam) * np.eye(d)])
    if lam == 0 and A.shape[0] < d:
        raise ValueError("not unique")
    Q, R = np.linalg.qr(A)
    return scipy.linalg.solve_triangular(R, Q.T @ np.concatenate([y, np.zeros(d)]))


# ── loocv_mse ───────────────────────────────────────────────────────────────────────────────────


def _leverages(X, y):
    X, y = np.asarray(X, float), np.asarray(y, float)
    if X.ndim != 2 or y.shape != (X.shape[0],) or X.shape[1] >= X.shape[0]:
        raise ValueError("bad input")
    Q, R = np.linalg.qr(X)
    dg = np.abs(np.diag(R))
    if dg.min() <= 1e-12 * dg.max():
        raise ValueError("rank deficient")
    h = np.sum(Q**2, axis=1)
    if np.any(h > 1 - 1e-10):
        raise ValueError("leverage 1")
    return h, y - Q @ (Q.T @ y)


@ANSWERS.wrong("loocv_mse", "the training MSE (no leave-one-out correction)")
def _(X, y):
    h, r = _leverages(X, y)
    return float(np.mean(r**2))


@ANSWERS.wrong("loocv_mse", "divided r_i^2 by (1 - h_ii) instead of (1 - h_ii)^2")
def _(X, y):
    h, r = _leverages(X, y)
    return float(np.mean(r**2 / (1 - h)))


@ANSWERS.wrong("loocv_mse", "generalized CV: the average leverage d/n for every example")
def _(X, y):
    h, r = _leverages(X, y)
    return float(np.mean((r / (1 - h.mean())) ** 2))


@ANSWERS.wrong("loocv_mse", "divided the sum by n - d")
def _(X, y):
    h, r = _leverages(X, y)
    return float(np.sum((r / (1 - h)) ** 2) / (len(r) - np.asarray(X).shape[1]))


@ANSWERS.wrong("loocv_mse", "hat matrix from np.linalg.inv (forbidden)")
def _(X, y):
    X, y = np.asarray(X, float), np.asarray(y, float)
    H = X @ np.linalg.inv(X.T @ X) @ X.T
    h = np.diag(H)
    return float(np.mean(((y - H @ y) / (1 - h)) ** 2))


@ANSWERS.wrong("loocv_mse", "an absolute rank test: diag(R) < 1e-10 counts as zero")
def _(X, y):
    X, y = np.asarray(X, float), np.asarray(y, float)
    if X.ndim != 2 or y.shape != (X.shape[0],) or X.shape[1] >= X.shape[0]:
        raise ValueError("bad input")
    Q, R = np.linalg.qr(X)
    if np.abs(np.diag(R)).min() < 1e-10:
        raise ValueError("rank deficient")
    h = np.sum(Q**2, axis=1)
    if np.any(h > 1 - 1e-10):
        raise ValueError("leverage 1")
    return float(np.mean(((y - Q @ (Q.T @ y)) / (1 - h)) ** 2))


@ANSWERS.right("loocv_mse", "brute force: n refits with lstsq")
def _(X, y):
    X, y = np.asarray(X, float), np.asarray(y, float)
    if X.ndim != 2 or y.shape != (X.shape[0],) or np.linalg.matrix_rank(X) < X.shape[1]:
        raise ValueError("bad input")
    n, d = X.shape
    errs = []
    for i in range(n):
        keep = np.arange(n) != i
        if np.linalg.matrix_rank(X[keep]) < d:
            raise ValueError("not unique")
        errs.append(y[i] - X[i] @ np.linalg.lstsq(X[keep], y[keep], rcond=None)[0])
    return float(np.mean(np.square(errs)))


@ANSWERS.right("loocv_mse", "leverages from the SVD, returned as a one-element list")
def _(X, y):
    X, y = np.asarray(X, float), np.asarray(y, float)
    if X.ndim != 2 or y.shape != (X.shape[0],) or X.shape[1] >= X.shape[0]:
        raise ValueError("bad input")
    U, s, _ = np.linalg.svd(X, full_matrices=False)
    if s[-1] <= 1e-12 * s[0]:
        raise ValueError("rank deficient")
    h = np.sum(U**2, axis=1)
    if np.any(h > 1 - 1e-10):
        raise ValueError("leverage 1")
    return [float(np.mean(((y - U @ (U.T @ y)) / (1 - h)) ** 2))]


# ── elastic_net_cd ──────────────────────────────────────────────────────────────────────────────


def _enet_variant(X, y, alpha, l1_ratio, *, n_scale=True, l2=1.0, sweeps=100_000, hard=False, rel=True,
                  skip_zero=True):
    X, y = np.asarray(X, float), np.asarray(y, float)
    if X.ndim != 2 or y.shape != (X.shape[0],) or not alpha >= 0 or not 0 <= l1_ratio <= 1:
        raise ValueError("bad input")
    n, d = X.shape
    G, c = (X.T @ X / n, X.T @ y / n) if n_scale else (X.T @ X, X.T @ y)
    w = np.zeros(d)
    for sweep in range(sweeps):
        big = 0.0
        for j in range(d):
            den = G[j, j] + l2 * alpha * (1 - l1_ratio)
            if den == 0 and skip_zero:
                continue
            z = c[j] - G[j] @ w + G[j, j] * w[j]
            if hard:
                new = z * (abs(z) > alpha * l1_ratio) / den
            else:
                new = float(soft_threshold(z, alpha * l1_ratio) / den)
            big = max(big, abs(new - w[j]))
            w[j] = new
        if (rel and big <= 1e-13 * np.max(np.abs(w))) or (not rel and big <= 1e-10) or not np.any(w):
            return w
    if sweeps == 100_000:
        raise ValueError("no convergence")
    return w


@ANSWERS.wrong("elastic_net_cd", "forgot the 1/n in the loss")
def _(X, y, alpha, l1_ratio):
    return _enet_variant(X, y, alpha, l1_ratio, n_scale=False)


@ANSWERS.wrong("elastic_net_cd", "ridge part missing from the denominator")
def _(X, y, alpha, l1_ratio):
    return _enet_variant(X, y, alpha, l1_ratio, l2=0.0)


@ANSWERS.wrong("elastic_net_cd", "ridge part halved in the denominator")
def _(X, y, alpha, l1_ratio):
    return _enet_variant(X, y, alpha, l1_ratio, l2=0.5)


@ANSWERS.wrong("elastic_net_cd", "a single sweep")
def _(X, y, alpha, l1_ratio):
    return _enet_variant(X, y, alpha, l1_ratio, sweeps=1)


@ANSWERS.wrong("elastic_net_cd", "hard thresholding")
def _(X, y, alpha, l1_ratio):
    return _enet_variant(X, y, alpha, l1_ratio, hard=True)


@ANSWERS.wrong("elastic_net_cd", "an absolute stopping test: changes below 1e-10")
def _(X, y, alpha, l1_ratio):
    return _enet_variant(X, y, alpha, l1_ratio, rel=False)


@ANSWERS.wrong("elastic_net_cd", "a zero column divides by zero (nan)")
def _(X, y, alpha, l1_ratio):
    with np.errstate(invalid="ignore", divide="ignore"):
        return _enet_variant(X, y, alpha, l1_ratio, skip_zero=False)


@ANSWERS.wrong("elastic_net_cd", "penalties swapped")
def _(X, y, alpha, l1_ratio):
    return _enet_variant(X, y, alpha, 1.0 - l1_ratio)


@ANSWERS.wrong("elastic_net_cd", "scikit-learn's ElasticNet (forbidden)")
def _(X, y, alpha, l1_ratio):
    from sklearn.linear_model import ElasticNet
    if not alpha >= 0 or not 0 <= l1_ratio <= 1:
        raise ValueError("bad input")
    return ElasticNet(alpha=float(alpha), l1_ratio=l1_ratio, fit_intercept=False, tol=1e-14,
                      max_iter=1_000_000).fit(X, y).coef_


@ANSWERS.right("elastic_net_cd", "residual-updating coordinate descent (no Gram matrix)")
def _(X, y, alpha, l1_ratio):
    X, y = np.asarray(X, float), np.asarray(y, float)
    if X.ndim != 2 or y.shape != (X.shape[0],) or not alpha >= 0 or not 0 <= l1_ratio <= 1:
        raise ValueError("bad input")
    n, d = X.shape
    w, r = np.zeros(d), y.copy()
    sq = np.sum(X**2, axis=0) / n
    for _ in range(100_000):
        big = 0.0
        for j in range(d):
            den = sq[j] + alpha * (1 - l1_ratio)
            if den == 0:
                continue
            z = X[:, j] @ r / n + sq[j] * w[j]
            new = np.sign(z) * max(abs(z) - alpha * l1_ratio, 0.0) / den
            r -= X[:, j] * (new - w[j])
            big = max(big, abs(new - w[j]))
            w[j] = new
        if big <= 1e-13 * np.max(np.abs(w)) or not np.any(w):
            return np.array(w)
    raise ValueError("no convergence")
