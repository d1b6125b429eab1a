"""The exercises of complete_projects/optimization_comparison.ipynb: wrong answers every checker must reject, and right answers in other forms."""
from __future__ import annotations

import math

import numpy as np

from . import Answers

ANSWERS = Answers("complete_projects/optimization_comparison.ipynb")


def _valid(kappa, eps):
    if not (np.isfinite(kappa) and np.isfinite(eps) and kappa > 1 and 0 < eps < 1):
        raise ValueError("need kappa > 1 and 0 < eps < 1")


def _rates(kappa):
    root = np.sqrt(kappa)
    return 1 - 1 / kappa, (root - 1) / (root + 1)


# ── predicted_iterations ────────────────────────────────────────────────────────────────────────


@ANSWERS.wrong("predicted_iterations", "the approximations kappa ln(1/eps) and sqrt(kappa)/2 ln(1/eps), rounded up")
def _(kappa, eps):
    _valid(kappa, eps)
    return int(np.ceil(kappa * np.log(1 / eps))), int(np.ceil(np.sqrt(kappa) / 2 * np.log(1 / eps)))


@ANSWERS.wrong("predicted_iterations", "floor instead of ceil: one iteration short")
def _(kappa, eps):
    _valid(kappa, eps)
    return tuple(int(np.floor(np.log(eps) / np.log(r))) for r in _rates(kappa))


@ANSWERS.wrong("predicted_iterations", "the heavy ball contracting by beta instead of sqrt(beta)")
def _(kappa, eps):
    _valid(kappa, eps)
    r_gd, r_hb = _rates(kappa)
    return int(np.ceil(np.log(eps) / np.log(r_gd))), int(np.ceil(np.log(eps) / np.log(r_hb**2)))


@ANSWERS.wrong("predicted_iterations", "Nesterov's rate 1 - 1/sqrt(kappa) for the heavy ball")
def _(kappa, eps):
    _valid(kappa, eps)
    r_gd = 1 - 1 / kappa
    return int(np.ceil(np.log(eps) / np.log(r_gd))), int(np.ceil(np.log(eps) / np.log(1 - 1 / np.sqrt(kappa))))


@ANSWERS.wrong("predicted_iterations", "np.ceil without int(): floats")
def _(kappa, eps):
    _valid(kappa, eps)
    return tuple(np.ceil(np.log(eps) / np.log(r)) for r in _rates(kappa))


@ANSWERS.wrong("predicted_iterations", "no check of kappa: kappa <= 1 slips through")
def _(kappa, eps):
    if not 0 < eps < 1:
        raise ValueError("eps")
    with np.errstate(all="ignore"):
        return tuple(int(np.nan_to_num(np.ceil(np.log(eps) / np.log(abs(r) + 1e-300)))) for r in _rates(abs(kappa) + 1e-12))


@ANSWERS.wrong("predicted_iterations", "a loop that counts from k = 1 and stops one step late")
def _(kappa, eps):
    _valid(kappa, eps)
    counts = []
    for r in _rates(kappa):
        k, power = 1, r
        while power > eps:
            power *= r
            k += 1
        counts.append(k + 1)
    return tuple(counts)


@ANSWERS.right("predicted_iterations", "math.log and math.ceil, a tuple of ints")
def _(kappa, eps):
    _valid(kappa, eps)
    return tuple(math.ceil(math.log(eps) / math.log(r)) for r in _rates(kappa))


@ANSWERS.right("predicted_iterations", "a loop: multiply by r until the power is at most eps")
def _(kappa, eps):
    _valid(kappa, eps)
    counts = []
    for r in _rates(kappa):
        k, power = 0, 1.0
        while power > eps:
            power *= r
            k += 1
        counts.append(k)
    return tuple(counts)


@ANSWERS.right("predicted_iterations", "np.log1p for ln(1 - 1/kappa), returned as a list")
def _(kappa, eps):
    _valid(kappa, eps)
    root = np.sqrt(kappa)
    return [int(np.ceil(np.log(eps) / np.log1p(-1 / kappa))), int(np.ceil(np.log(eps) / np.log((root - 1) / (root + 1))))]


# ── iterations_to_tolerance ─────────────────────────────────────────────────────────────────────


def _checked(history, tol):
    h = np.asarray(history, dtype=float)
    if h.ndim != 1 or h.size == 0 or np.any(h[~np.isnan(h)] < 0) or not np.isfinite(h[0]) or not 0 < tol < 1:
        raise ValueError("bad input")
    return h


def _first(mask):
    return int(np.argmax(mask)) if mask.any() else None


@ANSWERS.wrong("iterations_to_tolerance", "an absolute tolerance: history[k] <= tol")
def _(history, tol):
    h = _checked(history, tol)
    if h[0] == 0:
        return "converged", 0
    for k, value in enumerate(h):
        if value <= tol:
            return "converged", k
        if not value <= 1e8 * h[0]:
            return "diverged", k
    return "budget", len(h) - 1


@ANSWERS.wrong("iterations_to_tolerance", "strict < at the tolerance")
def _(history, tol):
    h = _checked(history, tol)
    if h[0] == 0:
        return "converged", 0
    for k, value in enumerate(h):
        if value < tol * h[0]:
            return "converged", k
        if not value <= 1e8 * h[0]:
            return "diverged", k
    return "budget", len(h) - 1


@ANSWERS.wrong("iterations_to_tolerance", "nan not recognized: value > 1e8 h0 is False for nan")
def _(history, tol):
    h = _checked(history, tol)
    if h[0] == 0:
        return "converged", 0
    for k, value in enumerate(h):
        if value <= tol * h[0]:
            return "converged", k
        if value > 1e8 * h[0]:
            return "diverged", k
    return "budget", len(h) - 1


@ANSWERS.wrong("iterations_to_tolerance", "no divergence test at all")
def _(history, tol):
    h = _checked(history, tol)
    if h[0] == 0:
        return "converged", 0
    k = _first(h <= tol * h[0])
    return ("converged", k) if k is not None else ("budget", len(h) - 1)


@ANSWERS.wrong("iterations_to_tolerance", "iterations counted from 1")
def _(history, tol):
    h = _checked(history, tol)
    if h[0] == 0:
        return "converged", 0
    for k, value in enumerate(h, start=1):
        if value <= tol * h[0]:
            return "converged", k
        if not value <= 1e8 * h[0]:
            return "diverged", k
    return "budget", len(h) - 1


@ANSWERS.wrong("iterations_to_tolerance", "convergence tested over the whole history before divergence")
def _(history, tol):
    h = _checked(history, tol)
    if h[0] == 0:
        return "converged", 0
    with np.errstate(invalid="ignore"):
        k = _first(h <= tol * h[0])
        if k is not None:
            return "converged", k
        k = _first(~(h <= 1e8 * h[0]))
    return ("diverged", k) if k is not None else ("budget", len(h) - 1)


@ANSWERS.wrong("iterations_to_tolerance", "the budget case returns len(history)")
def _(history, tol):
    h = _checked(history, tol)
    if h[0] == 0:
        return "converged", 0
    for k, value in enumerate(h):
        if value <= tol * h[0]:
            return "converged", k
        if not value <= 1e8 * h[0]:
            return "diverged", k
    return "budget", len(h)


@ANSWERS.wrong("iterations_to_tolerance", "normalizes history in place (history /= history[0])")
def _(history, tol):
    _checked(history, tol)
    if history[0] == 0:
        return "converged", 0
    history /= history[0]
    for k, value in enumerate(history):
        if value <= tol:
            return "converged", k
        if not value <= 1e8:
            return "diverged", k
    return "budget", len(history) - 1


@ANSWERS.right("iterations_to_tolerance", "a plain loop, k as a Python int")
def _(history, tol):
    h = _checked(history, tol)
    if h[0] == 0:
        return "converged", 0
    for k, value in enumerate(h):
        if value <= tol * h[0]:
            return "converged", k
        if not (np.isfinite(value) and value <= 1e8 * h[0]):
            return "diverged", k
    return "budget", len(h) - 1


@ANSWERS.right("iterations_to_tolerance", "a list [status, k] with k a NumPy integer")
def _(history, tol):
    h = _checked(history, tol)
    if h[0] == 0:
        return ["converged", np.int64(0)]
    with np.errstate(invalid="ignore"):
        done, blown = h <= tol * h[0], ~np.isfinite(h) | (h > 1e8 * h[0])
    ended = np.flatnonzero(done | blown)
    if ended.size == 0:
        return ["budget", np.int64(len(h) - 1)]
    k = ended[0]
    return ["converged" if done[k] else "diverged", k]


# ── adamw ───────────────────────────────────────────────────────────────────────────────────────


def _inputs(A, b, x0, lr, weight_decay, n_steps):
    A, b, x = (np.array(a, dtype=float) for a in (A, b, x0))
    d = len(x)
    if A.shape != (d, d) or b.shape != (d,) or not lr > 0 or weight_decay < 0 or n_steps < 0:
        raise ValueError("bad input")
    return A, b, x


def _adamw(A, b, x0, lr, weight_decay, n_steps, coupled=False, bias=True, eps_inside=False, first_k=1,
           betas=(0.9, 0.999), decay_after=False, lr_on_decay=True):
    A, b, x = _inputs(A, b, x0, lr, weight_decay, n_steps)
    m, v = np.zeros_like(x), np.zeros_like(x)
    b1, b2 = betas
    for k in range(first_k, first_k + n_steps):
        g = A @ x - b + (weight_decay * x if coupled else 0)
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        m_hat, v_hat = (m / (1 - b1**k), v / (1 - b2**k)) if bias else (m, v)
        step = m_hat / (np.sqrt(v_hat + 1e-8) if eps_inside else np.sqrt(v_hat) + 1e-8)
        if coupled:
            x = x - lr * step
        elif decay_after:
            x = x - lr * step
            x = x - lr * weight_decay * x
        else:
            x = x - lr * step - (lr if lr_on_decay else 1.0) * weight_decay * x
    return x


@ANSWERS.wrong("adamw", "Adam with L2: the decay added to the gradient")
def _(A, b, x0, lr, weight_decay, n_steps):
    return _adamw(A, b, x0, lr, weight_decay, n_steps, coupled=True)


@ANSWERS.wrong("adamw", "no bias correction")
def _(A, b, x0, lr, weight_decay, n_steps):
    return _adamw(A, b, x0, lr, weight_decay, n_steps, bias=False)


@ANSWERS.wrong("adamw", "eps inside the square root")
def _(A, b, x0, lr, weight_decay, n_steps):
    return _adamw(A, b, x0, lr, weight_decay, n_steps, eps_inside=True)


@ANSWERS.wrong("adamw", "bias corrections with k counted from 2 (the loop index off by one)")
def _(A, b, x0, lr, weight_decay, n_steps):
    return _adamw(A, b, x0, lr, weight_decay, n_steps, first_k=2)


@ANSWERS.wrong("adamw", "beta1 and beta2 swapped")
def _(A, b, x0, lr, weight_decay, n_steps):
    return _adamw(A, b, x0, lr, weight_decay, n_steps, betas=(0.999, 0.9))


@ANSWERS.wrong("adamw", "decay applied to the updated point")
def _(A, b, x0, lr, weight_decay, n_steps):
    return _adamw(A, b, x0, lr, weight_decay, n_steps, decay_after=True)


@ANSWERS.wrong("adamw", "decay not multiplied by the learning rate")
def _(A, b, x0, lr, weight_decay, n_steps):
    return _adamw(A, b, x0, lr, weight_decay, n_steps, lr_on_decay=False)


@ANSWERS.wrong("adamw", "updates x0 in place")
def _(A, b, x0, lr, weight_decay, n_steps):
    _inputs(A, b, x0, lr, weight_decay, n_steps)
    x = x0
    m, v = np.zeros_like(x), np.zeros_like(x)
    for k in range(1, n_steps + 1):
        g = A @ x - b
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g**2
        x -= lr * (m / (1 - 0.9**k) / (np.sqrt(v / (1 - 0.999**k)) + 1e-8) + weight_decay * x)
    return x.copy()


@ANSWERS.right("adamw", "the decay written as a shrink factor (1 - lr * weight_decay)")
def _(A, b, x0, lr, weight_decay, n_steps):
    A, b, x = _inputs(A, b, x0, lr, weight_decay, n_steps)
    m, v = np.zeros_like(x), np.zeros_like(x)
    for k in range(1, n_steps + 1):
        g = A @ x - b
        m = 0.9 * m + (1 - 0.9) * g
        v = 0.999 * v + (1 - 0.999) * np.square(g)
        step = (m / (1 - np.power(0.9, k))) / (np.sqrt(v / (1 - np.power(0.999, k))) + 1e-8)
        x = (1 - lr * weight_decay) * x - lr * step
    return x


@ANSWERS.right("adamw", "the bias corrections folded into the step size")
def _(A, b, x0, lr, weight_decay, n_steps):
    A, b, x = _inputs(A, b, x0, lr, weight_decay, n_steps)
    m, v = np.zeros_like(x), np.zeros_like(x)
    for k in range(1, n_steps + 1):
        g = A @ x - b
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g**2
        c1, c2 = 1 - 0.9**k, 1 - 0.999**k
        x = x - lr * (m / c1) / (np.sqrt(v) / np.sqrt(c2) + 1e-8) - lr * weight_decay * x
    return x
