"""The exercises of 02_calculus/01_derivatives_and_gradients.ipynb: wrong answers every checker must reject, and right answers in other forms."""
from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from . import Answers

if TYPE_CHECKING:  # defined by the notebook; tests/probe.py runs these functions in its namespace
    from notebook import log_sum_exp, partial_derivative

ANSWERS = Answers("02_calculus/01_derivatives_and_gradients.ipynb")
EPS = np.finfo(float).eps


def _checked(f_abs, deriv_abs, method):
    if method not in ("forward", "central"):
        raise ValueError("method")
    f_abs, deriv_abs = float(f_abs), float(deriv_abs)
    if not (np.isfinite(f_abs) and np.isfinite(deriv_abs) and f_abs > 0 and deriv_abs > 0):
        raise ValueError("sizes")
    return f_abs, deriv_abs


# ── best_step ───────────────────────────────────────────────────────────────────────────────────

@ANSWERS.wrong("best_step", "forward step without the factor 2")
def _(f_abs, deriv_abs, method):
    f, d = _checked(f_abs, deriv_abs, method)
    if method == "forward":
        h = np.sqrt(EPS * f / d)
        return h, d * h / 2 + 2 * EPS * f / h
    h = (3 * EPS * f / d) ** (1 / 3)
    return h, 1.5 * EPS * f / h


@ANSWERS.wrong("best_step", "central step with a square root instead of a cube root")
def _(f_abs, deriv_abs, method):
    f, d = _checked(f_abs, deriv_abs, method)
    if method == "forward":
        return 2 * np.sqrt(EPS * f / d), 2 * np.sqrt(EPS * f * d)
    h = np.sqrt(3 * EPS * f / d)
    return h, d * h**2 / 6 + EPS * f / h


@ANSWERS.wrong("best_step", "central step without the 3")
def _(f_abs, deriv_abs, method):
    f, d = _checked(f_abs, deriv_abs, method)
    if method == "forward":
        return 2 * np.sqrt(EPS * f / d), 2 * np.sqrt(EPS * f * d)
    h = np.cbrt(EPS * f / d)
    return h, d * h**2 / 6 + EPS * f / h


@ANSWERS.wrong("best_step", "the two methods swapped")
def _(f_abs, deriv_abs, method):
    f, d = _checked(f_abs, deriv_abs, method)
    if method == "central":
        return 2 * np.sqrt(EPS * f / d), 2 * np.sqrt(EPS * f * d)
    h = (3 * EPS * f / d) ** (1 / 3)
    return h, 1.5 * EPS * f / h


@ANSWERS.wrong("best_step", "the error is the truncation part only")
def _(f_abs, deriv_abs, method):
    f, d = _checked(f_abs, deriv_abs, method)
    if method == "forward":
        h = 2 * np.sqrt(EPS * f / d)
        return h, d * h / 2
    h = (3 * EPS * f / d) ** (1 / 3)
    return h, d * h**2 / 6


@ANSWERS.wrong("best_step", "the rule of thumb sqrt(eps) and eps**(1/3), ignoring |f| and the derivative")
def _(f_abs, deriv_abs, method):
    f, d = _checked(f_abs, deriv_abs, method)
    if method == "forward":
        h = np.sqrt(EPS)
        return h, d * h / 2 + 2 * EPS * f / h
    h = EPS ** (1 / 3)
    return h, d * h**2 / 6 + EPS * f / h


@ANSWERS.wrong("best_step", "the unit round-off eps/2 instead of machine epsilon")
def _(f_abs, deriv_abs, method):
    f, d = _checked(f_abs, deriv_abs, method)
    u = EPS / 2
    if method == "forward":
        return 2 * np.sqrt(u * f / d), 2 * np.sqrt(u * f * d)
    h = (3 * u * f / d) ** (1 / 3)
    return h, 1.5 * u * f / h


@ANSWERS.wrong("best_step", "no check of the method: anything but 'forward' is treated as central")
def _(f_abs, deriv_abs, method):
    f, d = float(f_abs), float(deriv_abs)
    if not (f > 0 and d > 0 and np.isfinite(f) and np.isfinite(d)):
        raise ValueError("sizes")
    if method == "forward":
        return 2 * np.sqrt(EPS * f / d), 2 * np.sqrt(EPS * f * d)
    h = (3 * EPS * f / d) ** (1 / 3)
    return h, 1.5 * EPS * f / h


@ANSWERS.right("best_step", "a list [h, E] and np.cbrt, with the closed-form errors")
def _(f_abs, deriv_abs, method):
    f, d = _checked(f_abs, deriv_abs, method)
    if method == "forward":
        return [2 * np.sqrt(EPS * f / d), 2 * np.sqrt(EPS * f * d)]
    h = np.cbrt(3 * EPS * f / d)
    return [h, 1.5 * np.cbrt(EPS * f) ** 2 * np.cbrt(d / 3)]


# ── ridge_gradient ──────────────────────────────────────────────────────────────────────────────

def _ridge_inputs(X, y, w, lam):
    X, y, w = (np.asarray(v, dtype=float) for v in (X, y, w))
    if X.ndim != 2 or y.shape != (X.shape[0],) or w.shape != (X.shape[1],) or lam < 0:
        raise ValueError("input")
    return X, y, w


@ANSWERS.wrong("ridge_gradient", "a sum over samples instead of the mean (no 1/n)")
def _(X, y, w, lam):
    X, y, w = _ridge_inputs(X, y, w, lam)
    return 2 * X.T @ (X @ w - y) + 2 * lam * w


@ANSWERS.wrong("ridge_gradient", "forgot the 2 of the square in the data term")
def _(X, y, w, lam):
    X, y, w = _ridge_inputs(X, y, w, lam)
    return X.T @ (X @ w - y) / len(y) + 2 * lam * w


@ANSWERS.wrong("ridge_gradient", "lam * w instead of 2 lam w")
def _(X, y, w, lam):
    X, y, w = _ridge_inputs(X, y, w, lam)
    return 2 * X.T @ (X @ w - y) / len(y) + lam * w


@ANSWERS.wrong("ridge_gradient", "forgot the penalty term")
def _(X, y, w, lam):
    X, y, w = _ridge_inputs(X, y, w, lam)
    return 2 * X.T @ (X @ w - y) / len(y)


@ANSWERS.wrong("ridge_gradient", "residual y - Xw: the data term with the wrong sign")
def _(X, y, w, lam):
    X, y, w = _ridge_inputs(X, y, w, lam)
    return 2 * X.T @ (y - X @ w) / len(y) + 2 * lam * w


@ANSWERS.wrong("ridge_gradient", "divided by the number of features d")
def _(X, y, w, lam):
    X, y, w = _ridge_inputs(X, y, w, lam)
    return 2 * X.T @ (X @ w - y) / X.shape[1] + 2 * lam * w


@ANSWERS.wrong("ridge_gradient", "the whole gradient negated (a descent direction)")
def _(X, y, w, lam):
    X, y, w = _ridge_inputs(X, y, w, lam)
    return -(2 * X.T @ (X @ w - y) / len(y) + 2 * lam * w)


@ANSWERS.right("ridge_gradient", "sums over samples written with einsum")
def _(X, y, w, lam):
    X, y, w = _ridge_inputs(X, y, w, lam)
    r = np.einsum("ij,j->i", X, w) - y
    return 2 * np.einsum("ij,i->j", X, r) / X.shape[0] + 2 * lam * w


@ANSWERS.right("ridge_gradient", "expanded: (2/n)(X^T X w - X^T y) + 2 lam w")
def _(X, y, w, lam):
    X, y, w = _ridge_inputs(X, y, w, lam)
    n = X.shape[0]
    return 2 / n * (X.T @ X @ w - X.T @ y) + 2 * lam * w


# ── lse_numerical_gradient ──────────────────────────────────────────────────────────────────────

def _lse_inputs(x, h):
    x = np.array(x, dtype=float)
    if x.ndim != 1 or not np.all(np.isfinite(x)) or not h > 0:
        raise ValueError("input")
    return x


@ANSWERS.wrong("lse_numerical_gradient", "forward difference")
def _(x, h):
    x = _lse_inputs(x, h)
    g = np.empty_like(x)
    for i in range(x.size):
        s = h * max(1.0, abs(x[i]))
        xp = x.copy()
        xp[i] += s
        g[i] = (log_sum_exp(xp) - log_sum_exp(x)) / s
    return g


@ANSWERS.wrong("lse_numerical_gradient", "a fixed step h for every coordinate")
def _(x, h):
    x = _lse_inputs(x, h)
    g = np.empty_like(x)
    for i in range(x.size):
        e = np.zeros_like(x)
        e[i] = h
        g[i] = (log_sum_exp(x + e) - log_sum_exp(x - e)) / (2 * h)
    return g


@ANSWERS.wrong("lse_numerical_gradient", "x[i] += s and x[i] -= 2s on the caller's array, never restored")
def _(x, h):
    x = np.asarray(x, dtype=float)              # no copy for a float array: the caller's x
    if x.ndim != 1 or not h > 0 or not np.all(np.isfinite(x)):
        raise ValueError("input")
    g = np.empty_like(x)
    for i in range(x.size):
        s = h * max(1.0, abs(x[i]))
        x[i] += s
        f_plus = log_sum_exp(x)
        x[i] -= 2 * s
        g[i] = (f_plus - log_sum_exp(x)) / (2 * s)
    return g


@ANSWERS.wrong("lse_numerical_gradient", "step h * |x_i| without max(1, ...): zero at x_i = 0")
def _(x, h):
    x = _lse_inputs(x, h)
    g = np.empty_like(x)
    for i in range(x.size):
        s = h * abs(x[i])
        e = np.zeros_like(x)
        e[i] = s
        with np.errstate(all="ignore"):
            g[i] = (log_sum_exp(x + e) - log_sum_exp(x - e)) / (2 * s)
    return g


@ANSWERS.wrong("lse_numerical_gradient", "divided by s instead of 2s")
def _(x, h):
    x = _lse_inputs(x, h)
    g = np.empty_like(x)
    for i in range(x.size):
        s = h * max(1.0, abs(x[i]))
        e = np.zeros_like(x)
        e[i] = s
        g[i] = (log_sum_exp(x + e) - log_sum_exp(x - e)) / s
    return g


@ANSWERS.wrong("lse_numerical_gradient", "the exact gradient softmax(x), computed by hand")
def _(x, h):
    x = _lse_inputs(x, h)
    w = np.exp(x - x.max())
    return w / w.sum()


@ANSWERS.wrong("lse_numerical_gradient", "forgot to convert an integer x to float (the step is truncated away)")
def _(x, h):
    x = np.array(x)                              # a copy, but an integer array stays integer
    if x.ndim != 1 or not h > 0 or not np.all(np.isfinite(x)):
        raise ValueError("input")
    g = np.empty(x.shape)
    for i in range(x.size):
        s = h * max(1.0, abs(x[i]))
        xp, xm = x.copy(), x.copy()
        xp[i] += s
        xm[i] -= s
        with np.errstate(all="ignore"):
            g[i] = (log_sum_exp(xp) - log_sum_exp(xm)) / (2 * s)
    return g


@ANSWERS.wrong("lse_numerical_gradient", "no check of h: a zero or negative step is used as it is")
def _(x, h):
    x = np.array(x, dtype=float)
    if x.ndim != 1 or not np.all(np.isfinite(x)):
        raise ValueError("input")
    g = np.empty_like(x)
    for i in range(x.size):
        s = h * max(1.0, abs(x[i]))
        xp, xm = x.copy(), x.copy()
        xp[i] += s
        xm[i] -= s
        with np.errstate(all="ignore"):
            g[i] = (log_sum_exp(xp) - log_sum_exp(xm)) / (2 * s)
    return g


@ANSWERS.right("lse_numerical_gradient", "vectorized: all steps at once, with scipy's logsumexp, dividing by 2s")
def _(x, h):
    import scipy.special
    x = _lse_inputs(x, h)
    S = np.diag(h * np.maximum(1.0, np.abs(x)))
    plus = scipy.special.logsumexp(x + S, axis=1)      # row i is x + s_i e_i
    minus = scipy.special.logsumexp(x - S, axis=1)
    return (plus - minus) / (2 * np.diag(S))


@ANSWERS.right("lse_numerical_gradient", "the notebook's partial_derivative, with the relative step")
def _(x, h):
    x = _lse_inputs(x, h)
    return np.array([partial_derivative(log_sum_exp, x, i, h * max(1.0, abs(x[i]))) for i in range(x.size)])


# ── gated_jacobian ──────────────────────────────────────────────────────────────────────────────

def _gated_inputs(A, B, x, h):
    A, B, x = np.asarray(A, dtype=float), np.asarray(B, dtype=float), np.array(x, dtype=float)
    if A.ndim != 2 or B.shape != A.shape or x.shape != (A.shape[1],) or not h > 0:
        raise ValueError("input")
    return A, B, x, (lambda z: (A @ z) * np.tanh(B @ z))


def _columns(F, x, step, forward=False, denominator=2.0):
    J = np.empty((F(x).size, x.size))
    for j in range(x.size):
        e = np.zeros_like(x)
        e[j] = step(x[j])
        with np.errstate(all="ignore"):
            J[:, j] = (F(x + e) - F(x)) / e[j] if forward else (F(x + e) - F(x - e)) / (denominator * e[j])
    return J


@ANSWERS.wrong("gated_jacobian", "transposed: one row per input")
def _(A, B, x, h):
    A, B, x, F = _gated_inputs(A, B, x, h)
    return _columns(F, x, lambda t: h * max(1.0, abs(t))).T


@ANSWERS.wrong("gated_jacobian", "forward difference")
def _(A, B, x, h):
    A, B, x, F = _gated_inputs(A, B, x, h)
    return _columns(F, x, lambda t: h * max(1.0, abs(t)), forward=True)


@ANSWERS.wrong("gated_jacobian", "a fixed step h")
def _(A, B, x, h):
    A, B, x, F = _gated_inputs(A, B, x, h)
    return _columns(F, x, lambda t: h)


@ANSWERS.wrong("gated_jacobian", "step h * |x_j| without max(1, ...)")
def _(A, B, x, h):
    A, B, x, F = _gated_inputs(A, B, x, h)
    return _columns(F, x, lambda t: h * abs(t))


@ANSWERS.wrong("gated_jacobian", "divided by s instead of 2s")
def _(A, B, x, h):
    A, B, x, F = _gated_inputs(A, B, x, h)
    return _columns(F, x, lambda t: h * max(1.0, abs(t)), denominator=1.0)


@ANSWERS.wrong("gated_jacobian", "the exact Jacobian instead of the numerical one")
def _(A, B, x, h):
    A, B, x, F = _gated_inputs(A, B, x, h)
    return np.tanh(B @ x)[:, None] * A + ((A @ x) / np.cosh(B @ x) ** 2)[:, None] * B


@ANSWERS.wrong("gated_jacobian", "x[j] += s on the caller's array, restored only by -= 2s")
def _(A, B, x, h):
    A, B = np.asarray(A, dtype=float), np.asarray(B, dtype=float)
    x = np.asarray(x, dtype=float)
    if A.ndim != 2 or B.shape != A.shape or x.shape != (A.shape[1],) or not h > 0:
        raise ValueError("input")
    J = np.empty(A.shape)
    for j in range(x.size):
        s = h * max(1.0, abs(x[j]))
        x[j] += s
        f_plus = (A @ x) * np.tanh(B @ x)
        x[j] -= 2 * s
        J[:, j] = (f_plus - (A @ x) * np.tanh(B @ x)) / (2 * s)
    return J


@ANSWERS.wrong("gated_jacobian", "the gradient of sum(F): a vector instead of the matrix")
def _(A, B, x, h):
    A, B, x, F = _gated_inputs(A, B, x, h)
    return _columns(F, x, lambda t: h * max(1.0, abs(t))).sum(axis=0)


@ANSWERS.right("gated_jacobian", "all columns at once: F applied to the matrix of shifted points")
def _(A, B, x, h):
    A, B, x, F = _gated_inputs(A, B, x, h)
    S = np.diag(h * np.maximum(1.0, np.abs(x)))
    plus, minus = x[:, None] + S, x[:, None] - S          # column j is x ± s_j e_j
    return ((A @ plus) * np.tanh(B @ plus) - (A @ minus) * np.tanh(B @ minus)) / (2 * np.diag(S))


@ANSWERS.right("gated_jacobian", "the notebook's partial_derivative per column, with the relative step")
def _(A, B, x, h):
    A, B, x, F = _gated_inputs(A, B, x, h)
    return np.column_stack([partial_derivative(F, x, j, h * max(1.0, abs(x[j]))) for j in range(x.size)])
