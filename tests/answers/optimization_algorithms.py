"""The exercises of 04_ml_applications/04_optimization_algorithms.ipynb: wrong answers every checker must reject, and right answers in other forms."""
from __future__ import annotations

import numpy as np

from . import Answers

ANSWERS = Answers("04_ml_applications/04_optimization_algorithms.ipynb")


def _check_clip_args(g, max_norm):
    g = np.array(g, dtype=float)
    if g.ndim != 1 or not np.all(np.isfinite(g)):
        raise ValueError("g")
    if not max_norm > 0:
        raise ValueError("max_norm")
    return g


# ── clip_by_norm ────────────────────────────────────────────────────────────────────────────────


@ANSWERS.wrong("clip_by_norm", "clips each coordinate (clipping by value)")
def _(g, max_norm):
    g = _check_clip_args(g, max_norm)
    return np.clip(g, -max_norm, max_norm)


@ANSWERS.wrong("clip_by_norm", "always rescales to max_norm, even a short gradient")
def _(g, max_norm):
    g = _check_clip_args(g, max_norm)
    norm = np.linalg.norm(g)
    return g * (max_norm / norm) if norm > 0 else g


@ANSWERS.wrong("clip_by_norm", "max instead of min in the factor")
def _(g, max_norm):
    g = _check_clip_args(g, max_norm)
    norm = np.linalg.norm(g)
    return g * max(1.0, max_norm / norm) if norm > 0 else g


@ANSWERS.wrong("clip_by_norm", "divides by the squared norm")
def _(g, max_norm):
    g = _check_clip_args(g, max_norm)
    norm = np.linalg.norm(g)
    return g * (max_norm / norm**2) if norm > max_norm else g


@ANSWERS.wrong("clip_by_norm", "rescales the caller's array in place")
def _(g, max_norm):
    if not max_norm > 0 or g.ndim != 1 or not np.all(np.isfinite(g)):
        raise ValueError("bad input")
    norm = np.linalg.norm(g)
    if norm > max_norm:
        g *= max_norm / norm
    return g


@ANSWERS.wrong("clip_by_norm", "no ValueError for a non-positive max_norm")
def _(g, max_norm):
    g = np.array(g, dtype=float)
    if g.ndim != 1 or not np.all(np.isfinite(g)):
        raise ValueError("g")
    norm = np.linalg.norm(g)
    return g * (max_norm / norm) if norm > max_norm else g


@ANSWERS.wrong("clip_by_norm", "divides by the norm plus a small epsilon (off by a relative 1e-6 at tiny scale)")
def _(g, max_norm):
    g = _check_clip_args(g, max_norm)
    norm = np.linalg.norm(g)
    return g * min(1.0, max_norm / (norm + 1e-6))


@ANSWERS.wrong("clip_by_norm", "returns a list")
def _(g, max_norm):
    g = _check_clip_args(g, max_norm)
    norm = np.linalg.norm(g)
    return list(g * (max_norm / norm)) if norm > max_norm else list(g)


@ANSWERS.right("clip_by_norm", "the factor min(1, c / ||g||) with the norm from np.sqrt(g @ g), guarded for g = 0")
def _(g, max_norm):
    g = _check_clip_args(g, max_norm)
    norm = np.sqrt(g @ g)
    return g * min(1.0, max_norm / norm) if norm > 0 else g.copy()


@ANSWERS.right("clip_by_norm", "the unit direction times the clipped length")
def _(g, max_norm):
    g = _check_clip_args(g, max_norm)
    norm = np.linalg.norm(g)
    if norm == 0:
        return g
    return (g / norm) * min(norm, float(max_norm))


# ── batch_size_for_variance ─────────────────────────────────────────────────────────────────────


def _sigma2(G, ddof=0, center=True):
    G = np.asarray(G, dtype=float)
    if G.ndim != 2 or len(G) < 2:
        raise ValueError("G")
    C = G - G.mean(axis=0) if center else G
    return np.sum(C * C) / (len(G) - ddof), len(G)


def _target_ok(target, replace):
    if target < 0 or (replace and target == 0):
        raise ValueError("target")


@ANSWERS.wrong("batch_size_for_variance", "forgot the finite-population correction")
def _(G, target, replace):
    s2, N = _sigma2(G)
    _target_ok(target, replace)
    if target == 0:
        return N
    return int(min(N if not replace else np.inf, max(1, np.ceil(s2 / target))))


@ANSWERS.wrong("batch_size_for_variance", "correction (N - B) / N instead of (N - B) / (N - 1)")
def _(G, target, replace):
    s2, N = _sigma2(G)
    _target_ok(target, replace)
    if replace:
        return int(max(1, np.ceil(s2 / target)))
    return int(min(N, max(1, np.ceil(s2 * N / (target * N + s2)))))


@ANSWERS.wrong("batch_size_for_variance", "sigma^2 with ddof = 1")
def _(G, target, replace):
    s2, N = _sigma2(G, ddof=1)
    _target_ok(target, replace)
    if replace:
        return int(max(1, np.ceil(s2 / target)))
    return int(min(N, max(1, np.ceil(s2 * N / (target * (N - 1) + s2)))))


@ANSWERS.wrong("batch_size_for_variance", "forgot to centre the gradients")
def _(G, target, replace):
    s2, N = _sigma2(G, center=False)
    _target_ok(target, replace)
    if replace:
        return int(max(1, np.ceil(s2 / target)))
    return int(min(N, max(1, np.ceil(s2 * N / (target * (N - 1) + s2)))))


@ANSWERS.wrong("batch_size_for_variance", "rounds down")
def _(G, target, replace):
    s2, N = _sigma2(G)
    _target_ok(target, replace)
    if replace:
        return int(max(1, np.floor(s2 / target)))
    return int(min(N, max(1, np.floor(s2 * N / (target * (N - 1) + s2)))))


@ANSWERS.wrong("batch_size_for_variance", "returns the bound as a float")
def _(G, target, replace):
    s2, N = _sigma2(G)
    _target_ok(target, replace)
    if replace:
        return float(max(1, np.ceil(s2 / target)))
    return float(max(1, np.ceil(s2 * N / (target * (N - 1) + s2))))


@ANSWERS.wrong("batch_size_for_variance", "treats the target as a standard deviation")
def _(G, target, replace):
    s2, N = _sigma2(G)
    _target_ok(target, replace)
    t = target**2
    if replace:
        return int(max(1, np.ceil(s2 / t)))
    return int(min(N, max(1, np.ceil(s2 * N / (t * (N - 1) + s2)))))


@ANSWERS.right("batch_size_for_variance", "a search over B = 1, 2, ... with the variance formula")
def _(G, target, replace):
    s2, N = _sigma2(G)
    _target_ok(target, replace)
    if replace:
        B = max(1, int(s2 // target) - 1)
        while s2 / B > target:
            B += 1
        return B
    for B in range(1, N + 1):
        if s2 / B * (N - B) / (N - 1) <= target:
            return B
    return N


@ANSWERS.right("batch_size_for_variance", "the trace of np.cov(G.T, ddof=0) for sigma^2")
def _(G, target, replace):
    G = np.asarray(G, dtype=float)
    if G.ndim != 2 or len(G) < 2:
        raise ValueError("G")
    _target_ok(target, replace)
    N = len(G)
    s2 = float(np.trace(np.atleast_2d(np.cov(G.T, ddof=0))))
    bound = s2 / target if replace else s2 * N / (target * (N - 1) + s2)
    return int(max(1, np.ceil(bound)))


# ── heavy_ball_parameters ───────────────────────────────────────────────────────────────────────


def _mu_L(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or not np.allclose(A, A.T, rtol=1e-12, atol=0.0):
        raise ValueError("A")
    lams = np.linalg.eigvalsh(A)
    if not lams[0] > 1e-12 * lams[-1]:
        raise ValueError("not positive definite")
    return lams[0], lams[-1]


@ANSWERS.wrong("heavy_ball_parameters", "beta not squared")
def _(A):
    mu, L = _mu_L(A)
    r = (np.sqrt(L / mu) - 1) / (np.sqrt(L / mu) + 1)
    return 4 / (np.sqrt(L) + np.sqrt(mu)) ** 2, r, r


@ANSWERS.wrong("heavy_ball_parameters", "gradient descent's step 2 / (L + mu)")
def _(A):
    mu, L = _mu_L(A)
    r = (np.sqrt(L / mu) - 1) / (np.sqrt(L / mu) + 1)
    return 2 / (L + mu), r**2, r


@ANSWERS.wrong("heavy_ball_parameters", "kappa instead of sqrt(kappa)")
def _(A):
    mu, L = _mu_L(A)
    r = (L / mu - 1) / (L / mu + 1)
    return 4 / (np.sqrt(L) + np.sqrt(mu)) ** 2, r**2, r


@ANSWERS.wrong("heavy_ball_parameters", "rate reported as beta")
def _(A):
    mu, L = _mu_L(A)
    r = (np.sqrt(L / mu) - 1) / (np.sqrt(L / mu) + 1)
    return 4 / (np.sqrt(L) + np.sqrt(mu)) ** 2, r**2, r**2


@ANSWERS.wrong("heavy_ball_parameters", "mu and L swapped (eigenvalues taken in the wrong order)")
def _(A):
    L, mu = _mu_L(A)
    r = (np.sqrt(L / mu) - 1) / (np.sqrt(L / mu) + 1)
    return 4 / (np.sqrt(L) + np.sqrt(mu)) ** 2, r**2, r


@ANSWERS.wrong("heavy_ball_parameters", "an absolute cut-off for positive definiteness")
def _(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or not np.allclose(A, A.T):
        raise ValueError("A")
    lams = np.linalg.eigvalsh(A)
    if lams[0] <= 1e-10:
        raise ValueError("not positive definite")
    mu, L = lams[0], lams[-1]
    r = (np.sqrt(L / mu) - 1) / (np.sqrt(L / mu) + 1)
    return 4 / (np.sqrt(L) + np.sqrt(mu)) ** 2, r**2, r


@ANSWERS.wrong("heavy_ball_parameters", "the diagonal's extremes instead of the eigenvalues")
def _(A):
    A = np.asarray(A, dtype=float)
    _mu_L(A)
    mu, L = np.min(np.diag(A)), np.max(np.diag(A))
    r = (np.sqrt(L / mu) - 1) / (np.sqrt(L / mu) + 1)
    return 4 / (np.sqrt(L) + np.sqrt(mu)) ** 2, r**2, r


@ANSWERS.right("heavy_ball_parameters", "from eta* mu = (1 - sqrt(beta))^2 and eta* L = (1 + sqrt(beta))^2, as a list")
def _(A):
    mu, L = _mu_L(A)
    root = (np.sqrt(L) - np.sqrt(mu)) / (np.sqrt(L) + np.sqrt(mu))
    eta = (1 + root) ** 2 / L
    return [eta, root**2, root]


@ANSWERS.right("heavy_ball_parameters", "eigenvalues from np.linalg.eigvals, NumPy floats")
def _(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or not np.allclose(A, A.T, rtol=1e-12, atol=0.0):
        raise ValueError("A")
    lams = np.sort(np.linalg.eigvals(A).real)
    mu, L = lams[0], lams[-1]
    if not mu > 1e-12 * L:
        raise ValueError("not positive definite")
    sk = np.sqrt(L / mu)
    return np.float64(4 / (np.sqrt(L) + np.sqrt(mu)) ** 2), np.float64(((sk - 1) / (sk + 1)) ** 2), np.float64((sk - 1) / (sk + 1))


# ── adamw_step ──────────────────────────────────────────────────────────────────────────────────


def _adamw_args(theta, grad, m, v, t):
    theta, grad, m, v = (np.asarray(a, dtype=float) for a in (theta, grad, m, v))
    if not theta.shape == grad.shape == m.shape == v.shape or t < 1:
        raise ValueError("bad input")
    return theta, grad, m, v


@ANSWERS.wrong("adamw_step", "weight decay added to the gradient (L2 inside Adam)")
def _(theta, grad, m, v, t, lr, beta1, beta2, eps, weight_decay):
    theta, grad, m, v = _adamw_args(theta, grad, m, v, t)
    g = grad + weight_decay * theta
    m_new = beta1 * m + (1 - beta1) * g
    v_new = beta2 * v + (1 - beta2) * g**2
    step = (m_new / (1 - beta1**t)) / (np.sqrt(v_new / (1 - beta2**t)) + eps)
    return theta - lr * step, m_new, v_new


@ANSWERS.wrong("adamw_step", "no bias correction")
def _(theta, grad, m, v, t, lr, beta1, beta2, eps, weight_decay):
    theta, grad, m, v = _adamw_args(theta, grad, m, v, t)
    m_new = beta1 * m + (1 - beta1) * grad
    v_new = beta2 * v + (1 - beta2) * grad**2
    return theta - lr * (m_new / (np.sqrt(v_new) + eps) + weight_decay * theta), m_new, v_new


@ANSWERS.wrong("adamw_step", "eps inside the square root")
def _(theta, grad, m, v, t, lr, beta1, beta2, eps, weight_decay):
    theta, grad, m, v = _adamw_args(theta, grad, m, v, t)
    m_new = beta1 * m + (1 - beta1) * grad
    v_new = beta2 * v + (1 - beta2) * grad**2
    step = (m_new / (1 - beta1**t)) / np.sqrt(v_new / (1 - beta2**t) + eps)
    return theta - lr * (step + weight_decay * theta), m_new, v_new


@ANSWERS.wrong("adamw_step", "decay applied to the updated weights")
def _(theta, grad, m, v, t, lr, beta1, beta2, eps, weight_decay):
    theta, grad, m, v = _adamw_args(theta, grad, m, v, t)
    m_new = beta1 * m + (1 - beta1) * grad
    v_new = beta2 * v + (1 - beta2) * grad**2
    step = (m_new / (1 - beta1**t)) / (np.sqrt(v_new / (1 - beta2**t)) + eps)
    updated = theta - lr * step
    return updated - lr * weight_decay * updated, m_new, v_new


@ANSWERS.wrong("adamw_step", "decay not multiplied by the learning rate")
def _(theta, grad, m, v, t, lr, beta1, beta2, eps, weight_decay):
    theta, grad, m, v = _adamw_args(theta, grad, m, v, t)
    m_new = beta1 * m + (1 - beta1) * grad
    v_new = beta2 * v + (1 - beta2) * grad**2
    step = (m_new / (1 - beta1**t)) / (np.sqrt(v_new / (1 - beta2**t)) + eps)
    return theta - lr * step - weight_decay * theta, m_new, v_new


@ANSWERS.wrong("adamw_step", "bias correction with t + 1")
def _(theta, grad, m, v, t, lr, beta1, beta2, eps, weight_decay):
    theta, grad, m, v = _adamw_args(theta, grad, m, v, t)
    m_new = beta1 * m + (1 - beta1) * grad
    v_new = beta2 * v + (1 - beta2) * grad**2
    step = (m_new / (1 - beta1 ** (t + 1))) / (np.sqrt(v_new / (1 - beta2 ** (t + 1))) + eps)
    return theta - lr * (step + weight_decay * theta), m_new, v_new


@ANSWERS.wrong("adamw_step", "returns the bias-corrected moments as the new state")
def _(theta, grad, m, v, t, lr, beta1, beta2, eps, weight_decay):
    theta, grad, m, v = _adamw_args(theta, grad, m, v, t)
    m_hat = (beta1 * m + (1 - beta1) * grad) / (1 - beta1**t)
    v_hat = (beta2 * v + (1 - beta2) * grad**2) / (1 - beta2**t)
    return theta - lr * (m_hat / (np.sqrt(v_hat) + eps) + weight_decay * theta), m_hat, v_hat


@ANSWERS.wrong("adamw_step", "updates m and v in place")
def _(theta, grad, m, v, t, lr, beta1, beta2, eps, weight_decay):
    if not theta.shape == grad.shape == m.shape == v.shape or t < 1:
        raise ValueError("bad input")
    m *= beta1
    m += (1 - beta1) * grad
    v *= beta2
    v += (1 - beta2) * grad**2
    step = (m / (1 - beta1**t)) / (np.sqrt(v / (1 - beta2**t)) + eps)
    return theta - lr * (step + weight_decay * theta), m, v


@ANSWERS.wrong("adamw_step", "v averages |g| instead of g squared")
def _(theta, grad, m, v, t, lr, beta1, beta2, eps, weight_decay):
    theta, grad, m, v = _adamw_args(theta, grad, m, v, t)
    m_new = beta1 * m + (1 - beta1) * grad
    v_new = beta2 * v + (1 - beta2) * np.abs(grad)
    step = (m_new / (1 - beta1**t)) / (np.sqrt(v_new / (1 - beta2**t)) + eps)
    return theta - lr * (step + weight_decay * theta), m_new, v_new


@ANSWERS.right("adamw_step", "the decay as a multiplicative factor (1 - lr * weight_decay) on the old theta, as a list")
def _(theta, grad, m, v, t, lr, beta1, beta2, eps, weight_decay):
    theta, grad, m, v = _adamw_args(theta, grad, m, v, t)
    if int(t) != t:
        raise ValueError("t")
    m_new = beta1 * m + (1 - beta1) * grad
    v_new = beta2 * v + (1 - beta2) * grad * grad
    m_hat, v_hat = m_new / (1 - beta1**t), v_new / (1 - beta2**t)
    return [(1 - lr * weight_decay) * theta - lr * m_hat / (np.sqrt(v_hat) + eps), m_new, v_new]


@ANSWERS.right("adamw_step", "the notebook's optimizer_step for the Adam part plus the decoupled decay")
def _(theta, grad, m, v, t, lr, beta1, beta2, eps, weight_decay):
    theta, grad, m, v = _adamw_args(theta, grad, m, v, t)
    if int(t) != t:
        raise ValueError("t")
    state = {"t": int(t) - 1, "m": m.copy(), "v": v.copy()}
    hyper = {"beta1": beta1, "beta2": beta2, "eps": eps}
    new = optimizer_step("Adam", theta, grad, state, lr, hyper) - lr * weight_decay * theta  # noqa: F821 (the notebook's)
    return new, state["m"], state["v"]
