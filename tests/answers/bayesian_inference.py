"""The exercises of 03_probability_statistics/03_bayesian_inference.ipynb: wrong answers every checker must reject, and right answers in other forms."""
from __future__ import annotations

import math

import numpy as np

from . import Answers

ANSWERS = Answers("03_probability_statistics/03_bayesian_inference.ipynb")


def _coin_checks(a, b, heads, tails):
    if not all(np.isfinite(v) for v in (a, b, heads, tails)):
        raise ValueError("finite numbers only")
    if a <= 0 or b <= 0 or heads < 0 or tails < 0 or heads != int(heads) or tails != int(tails):
        raise ValueError("bad input")


# ── beta_posterior ──────────────────────────────────────────────────────────────────────────────


@ANSWERS.wrong("beta_posterior", "heads added to b and tails to a")
def _(a, b, heads, tails):
    _coin_checks(a, b, heads, tails)
    return float(a + tails), float(b + heads), float((a + tails) / (a + b + heads + tails))


@ANSWERS.wrong("beta_posterior", "the mean is the MLE heads / n, the prior forgotten")
def _(a, b, heads, tails):
    _coin_checks(a, b, heads, tails)
    n = heads + tails
    return float(a + heads), float(b + tails), float(heads / n) if n else float(a / (a + b))


@ANSWERS.wrong("beta_posterior", "the mode (a' - 1) / (a' + b' - 2) instead of the mean")
def _(a, b, heads, tails):
    _coin_checks(a, b, heads, tails)
    a_n, b_n = a + heads, b + tails
    return float(a_n), float(b_n), float((a_n - 1) / (a_n + b_n - 2)) if a_n + b_n != 2 else 0.5


@ANSWERS.wrong("beta_posterior", "mean a' / b'")
def _(a, b, heads, tails):
    _coin_checks(a, b, heads, tails)
    return float(a + heads), float(b + tails), float((a + heads) / (b + tails))


@ANSWERS.wrong("beta_posterior", "no validation: accepts a = 0 and 2.5 heads")
def _(a, b, heads, tails):
    return float(a + heads), float(b + tails), float((a + heads) / (a + b + heads + tails))


@ANSWERS.wrong("beta_posterior", "refuses float counts such as 2.0 (isinstance int)")
def _(a, b, heads, tails):
    if not isinstance(heads, int) or not isinstance(tails, int) or a <= 0 or b <= 0 or heads < 0 or tails < 0:
        raise ValueError("counts must be ints")
    if not (math.isfinite(a) and math.isfinite(b)):
        raise ValueError("finite")
    a_n, b_n = a + heads, b + tails
    return float(a_n), float(b_n), float(a_n / (a_n + b_n))


@ANSWERS.wrong("beta_posterior", "Laplace-smoothed mean (heads + 1) / (n + 2), whatever the prior")
def _(a, b, heads, tails):
    _coin_checks(a, b, heads, tails)
    return float(a + heads), float(b + tails), float((heads + 1) / (heads + tails + 2))


@ANSWERS.right("beta_posterior", "a list [a', b', mean] with NumPy floats")
def _(a, b, heads, tails):
    _coin_checks(a, b, heads, tails)
    a_n, b_n = np.float64(a) + heads, np.float64(b) + tails
    return [a_n, b_n, a_n / (a_n + b_n)]


@ANSWERS.right("beta_posterior", "the mean written as a weighted average of prior mean and MLE")
def _(a, b, heads, tails):
    _coin_checks(a, b, heads, tails)
    n = heads + tails
    w = (a + b) / (a + b + n)
    mean = w * a / (a + b) + (1 - w) * (heads / n if n else 0.0)
    return a + heads, b + tails, mean


# ── normal_posterior ────────────────────────────────────────────────────────────────────────────


def _np_checks(x, sigma2, tau0_sq):
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or not np.all(np.isfinite(x)) or not (sigma2 > 0 and tau0_sq > 0):
        raise ValueError("bad input")
    return x


@ANSWERS.wrong("normal_posterior", "forgot n: precision 1/tau0^2 + 1/sigma^2")
def _(x, sigma2, mu0, tau0_sq):
    x = _np_checks(x, sigma2, tau0_sq)
    v = 1 / (1 / tau0_sq + 1 / sigma2)
    xbar = x.mean() if len(x) else 0.0
    return float(v * (mu0 / tau0_sq + xbar / sigma2)), float(v)


@ANSWERS.wrong("normal_posterior", "variances add: tau0^2 + sigma^2 / n")
def _(x, sigma2, mu0, tau0_sq):
    x = _np_checks(x, sigma2, tau0_sq)
    n = len(x)
    v_true = 1 / (1 / tau0_sq + n / sigma2)
    mean = v_true * (mu0 / tau0_sq + x.sum() / sigma2)
    return float(mean), float(tau0_sq + sigma2 / n) if n else float(tau0_sq)


@ANSWERS.wrong("normal_posterior", "returns the precision instead of the variance")
def _(x, sigma2, mu0, tau0_sq):
    x = _np_checks(x, sigma2, tau0_sq)
    precision = 1 / tau0_sq + len(x) / sigma2
    return float((mu0 / tau0_sq + x.sum() / sigma2) / precision), float(precision)


@ANSWERS.wrong("normal_posterior", "mean weighted by variances instead of precisions")
def _(x, sigma2, mu0, tau0_sq):
    x = _np_checks(x, sigma2, tau0_sq)
    n = len(x)
    v = 1 / (1 / tau0_sq + n / sigma2)
    if n == 0:
        return float(mu0), float(v)
    w = tau0_sq / (tau0_sq + sigma2 / n)               # the prior gets the weight the data should get
    return float(w * mu0 + (1 - w) * x.mean()), float(v)


@ANSWERS.wrong("normal_posterior", "treats sigma2 and tau0_sq as standard deviations (squares them)")
def _(x, sigma2, mu0, tau0_sq):
    x = _np_checks(x, sigma2, tau0_sq)
    v = 1 / (1 / tau0_sq**2 + len(x) / sigma2**2)
    return float(v * (mu0 / tau0_sq**2 + x.sum() / sigma2**2)), float(v)


@ANSWERS.wrong("normal_posterior", "x.mean() on empty data (nan)")
def _(x, sigma2, mu0, tau0_sq):
    x = _np_checks(x, sigma2, tau0_sq)
    v = 1 / (1 / tau0_sq + len(x) / sigma2)
    xbar = x.sum() / len(x) if len(x) else float("nan")       # what x.mean() gives, without its warning
    return float(v * (mu0 / tau0_sq + len(x) * xbar / sigma2)), float(v)


@ANSWERS.wrong("normal_posterior", "centres x in place (x -= mu0) before the update")
def _(x, sigma2, mu0, tau0_sq):
    _np_checks(x, sigma2, tau0_sq)
    x -= mu0
    v = 1 / (1 / tau0_sq + len(x) / sigma2)
    return float(mu0 + v * x.sum() / sigma2), float(v)


@ANSWERS.wrong("normal_posterior", "a fixed cut-off: treats tau0_sq below 1e-6 as a point-mass prior")
def _(x, sigma2, mu0, tau0_sq):
    x = _np_checks(x, sigma2, tau0_sq)
    if tau0_sq < 1e-6:
        return float(mu0), 0.0
    v = 1 / (1 / tau0_sq + len(x) / sigma2)
    return float(v * (mu0 / tau0_sq + x.sum() / sigma2)), float(v)


@ANSWERS.right("normal_posterior", "sequential updating, one observation at a time")
def _(x, sigma2, mu0, tau0_sq):
    x = _np_checks(x, sigma2, tau0_sq)
    m, v = float(mu0), float(tau0_sq)
    for xi in x:
        v_new = 1 / (1 / v + 1 / sigma2)
        m, v = v_new * (m / v + xi / sigma2), v_new
    return m, v


@ANSWERS.right("normal_posterior", "the shrinkage form mu0 + k (xbar - mu0), returned as a 2-element list")
def _(x, sigma2, mu0, tau0_sq):
    x = _np_checks(x, sigma2, tau0_sq)
    n = len(x)
    if n == 0:
        return [float(mu0), float(tau0_sq)]
    k = n * tau0_sq / (n * tau0_sq + sigma2)
    return [float(mu0 + k * (x.mean() - mu0)), float(tau0_sq * sigma2 / (n * tau0_sq + sigma2))]


# ── mh_accept ───────────────────────────────────────────────────────────────────────────────────


def _mh_checks(log_current, log_proposal, u):
    if not 0 <= u < 1 or not np.isfinite(log_current) or np.isnan(log_proposal) or log_proposal == np.inf:
        raise ValueError("bad input")


@ANSWERS.wrong("mh_accept", "the ratio in linear space: exp(lp) / exp(lc)")
def _(log_current, log_proposal, u):
    _mh_checks(log_current, log_proposal, u)
    with np.errstate(all="ignore"):
        return bool(u < np.exp(log_proposal) / np.exp(log_current))


@ANSWERS.wrong("mh_accept", "u > min(1, exp(lp - lc)): the test reversed")
def _(log_current, log_proposal, u):
    _mh_checks(log_current, log_proposal, u)
    return bool(u > min(1.0, math.exp(min(log_proposal - log_current, 700.0))))


@ANSWERS.wrong("mh_accept", "ratio upside down: log u < lc - lp")
def _(log_current, log_proposal, u):
    _mh_checks(log_current, log_proposal, u)
    return bool(np.log(u) < log_current - log_proposal) if u > 0 else True


@ANSWERS.wrong("mh_accept", "compares u itself with the log-ratio")
def _(log_current, log_proposal, u):
    _mh_checks(log_current, log_proposal, u)
    return bool(u < log_proposal - log_current)


@ANSWERS.wrong("mh_accept", "greedy: accepts only uphill moves")
def _(log_current, log_proposal, u):
    _mh_checks(log_current, log_proposal, u)
    return bool(log_proposal >= log_current)


@ANSWERS.wrong("mh_accept", "returns a NumPy bool")
def _(log_current, log_proposal, u):
    _mh_checks(log_current, log_proposal, u)
    return np.log(u) < log_proposal - log_current if u > 0 else np.True_


@ANSWERS.wrong("mh_accept", "no validation: accepts u = 1.5 and log_current = -inf")
def _(log_current, log_proposal, u):
    with np.errstate(all="ignore"):
        return bool(np.log(u) < log_proposal - log_current) if u > 0 else True


@ANSWERS.right("mh_accept", "math.exp of the difference where it cannot underflow, logs below that")
def _(log_current, log_proposal, u):
    _mh_checks(log_current, log_proposal, u)
    diff = log_proposal - log_current
    if diff >= 0:
        return True                                  # the ratio is at least 1 > u
    if diff > -700:
        return u < math.exp(diff)
    return u == 0 and diff > -math.inf or (u > 0 and math.log(u) < diff)


@ANSWERS.right("mh_accept", "log(u) via math.log, with u == 0 handled first")
def _(log_current, log_proposal, u):
    _mh_checks(log_current, log_proposal, u)
    if u == 0:
        return log_proposal != -math.inf
    return math.log(u) < log_proposal - log_current


# ── blr_predictive ──────────────────────────────────────────────────────────────────────────────


def _blr_checks(Phi, y, Phi_new, sigma2, tau2):
    Phi, y, Phi_new = (np.asarray(v, dtype=float) for v in (Phi, y, Phi_new))
    if Phi.ndim != 2 or y.shape != (Phi.shape[0],) or Phi_new.ndim != 2 or Phi_new.shape[1] != Phi.shape[1]:
        raise ValueError("shapes")
    if not (sigma2 > 0 and tau2 > 0):
        raise ValueError("variances")
    return Phi, y, Phi_new, float(sigma2), float(tau2)


@ANSWERS.wrong("blr_predictive", "forgot the noise in the predictive variance")
def _(Phi, y, Phi_new, sigma2, tau2):
    Phi, y, Phi_new, sigma2, tau2 = _blr_checks(Phi, y, Phi_new, sigma2, tau2)
    S = np.linalg.inv(Phi.T @ Phi / sigma2 + np.eye(Phi.shape[1]) / tau2)
    return Phi_new @ (S @ Phi.T @ y / sigma2), np.einsum("ij,jk,ik->i", Phi_new, S, Phi_new)


@ANSWERS.wrong("blr_predictive", "tau2 used as a precision: tau2 * I added")
def _(Phi, y, Phi_new, sigma2, tau2):
    Phi, y, Phi_new, sigma2, tau2 = _blr_checks(Phi, y, Phi_new, sigma2, tau2)
    S = np.linalg.inv(Phi.T @ Phi / sigma2 + tau2 * np.eye(Phi.shape[1]))
    return Phi_new @ (S @ Phi.T @ y / sigma2), sigma2 + np.einsum("ij,jk,ik->i", Phi_new, S, Phi_new)


@ANSWERS.wrong("blr_predictive", "forgot 1/sigma2 in the posterior mean")
def _(Phi, y, Phi_new, sigma2, tau2):
    Phi, y, Phi_new, sigma2, tau2 = _blr_checks(Phi, y, Phi_new, sigma2, tau2)
    S = np.linalg.inv(Phi.T @ Phi / sigma2 + np.eye(Phi.shape[1]) / tau2)
    return Phi_new @ (S @ Phi.T @ y), sigma2 + np.einsum("ij,jk,ik->i", Phi_new, S, Phi_new)


@ANSWERS.wrong("blr_predictive", "ridge mean with lambda = tau2 / sigma2 (inverted)")
def _(Phi, y, Phi_new, sigma2, tau2):
    Phi, y, Phi_new, sigma2, tau2 = _blr_checks(Phi, y, Phi_new, sigma2, tau2)
    S = np.linalg.inv(Phi.T @ Phi / sigma2 + np.eye(Phi.shape[1]) / tau2)
    w = np.linalg.solve(Phi.T @ Phi + (tau2 / sigma2) * np.eye(Phi.shape[1]), Phi.T @ y)
    return Phi_new @ w, sigma2 + np.einsum("ij,jk,ik->i", Phi_new, S, Phi_new)


@ANSWERS.wrong("blr_predictive", "least squares (no prior) for the mean, via lstsq")
def _(Phi, y, Phi_new, sigma2, tau2):
    Phi, y, Phi_new, sigma2, tau2 = _blr_checks(Phi, y, Phi_new, sigma2, tau2)
    S = np.linalg.inv(Phi.T @ Phi / sigma2 + np.eye(Phi.shape[1]) / tau2)
    w = np.linalg.lstsq(Phi, y, rcond=None)[0] if len(y) else np.zeros(Phi.shape[1])
    return Phi_new @ w, sigma2 + np.einsum("ij,jk,ik->i", Phi_new, S, Phi_new)


@ANSWERS.wrong("blr_predictive", "the full predictive covariance matrix instead of its diagonal")
def _(Phi, y, Phi_new, sigma2, tau2):
    Phi, y, Phi_new, sigma2, tau2 = _blr_checks(Phi, y, Phi_new, sigma2, tau2)
    S = np.linalg.inv(Phi.T @ Phi / sigma2 + np.eye(Phi.shape[1]) / tau2)
    return Phi_new @ (S @ Phi.T @ y / sigma2), sigma2 + Phi_new @ S @ Phi_new.T


@ANSWERS.wrong("blr_predictive", "the prior covariance tau2 I in the variance")
def _(Phi, y, Phi_new, sigma2, tau2):
    Phi, y, Phi_new, sigma2, tau2 = _blr_checks(Phi, y, Phi_new, sigma2, tau2)
    S = np.linalg.inv(Phi.T @ Phi / sigma2 + np.eye(Phi.shape[1]) / tau2)
    return Phi_new @ (S @ Phi.T @ y / sigma2), sigma2 + tau2 * np.sum(Phi_new**2, axis=1)


@ANSWERS.wrong("blr_predictive", "centres y in place before fitting")
def _(Phi, y, Phi_new, sigma2, tau2):
    _blr_checks(Phi, y, Phi_new, sigma2, tau2)
    Phi, Phi_new = np.asarray(Phi, float), np.asarray(Phi_new, float)
    sigma2, tau2 = float(sigma2), float(tau2)
    S = np.linalg.inv(Phi.T @ Phi / sigma2 + np.eye(Phi.shape[1]) / tau2)
    mean = Phi_new @ (S @ Phi.T @ y / sigma2)
    y *= 0.0
    return mean, sigma2 + np.einsum("ij,jk,ik->i", Phi_new, S, Phi_new)


@ANSWERS.right("blr_predictive", "np.linalg.inv and the dual (kernel) form for the mean")
def _(Phi, y, Phi_new, sigma2, tau2):
    Phi, y, Phi_new, sigma2, tau2 = _blr_checks(Phi, y, Phi_new, sigma2, tau2)
    n = Phi.shape[0]
    K = tau2 * Phi @ Phi.T + sigma2 * np.eye(n)          # the Gaussian-process form of the same model
    k_new = tau2 * Phi_new @ Phi.T
    mean = k_new @ np.linalg.solve(K, y) if n else np.zeros(len(Phi_new))
    prior_var = tau2 * np.sum(Phi_new**2, axis=1)
    reduction = np.sum(k_new * np.linalg.solve(K, k_new.T).T, axis=1) if n else 0.0
    return mean, sigma2 + prior_var - reduction


@ANSWERS.right("blr_predictive", "np.linalg.inv for S_N and lists converted back to arrays")
def _(Phi, y, Phi_new, sigma2, tau2):
    Phi, y, Phi_new, sigma2, tau2 = _blr_checks(Phi, y, Phi_new, sigma2, tau2)
    S = np.linalg.inv(Phi.T @ Phi / sigma2 + np.eye(Phi.shape[1]) / tau2)
    mean = Phi_new @ S @ Phi.T @ y / sigma2
    var = np.array([sigma2 + p @ S @ p for p in Phi_new])
    return mean, var
