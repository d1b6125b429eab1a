"""The exercises of 03_probability_statistics/02_distributions_sampling.ipynb: wrong answers every checker must reject, and right answers in other forms."""
from __future__ import annotations

import math

import numpy as np
from scipy import special, stats

from . import Answers

ANSWERS = Answers("03_probability_statistics/02_distributions_sampling.ipynb")

# ── poisson_pmf ─────────────────────────────────────────────────────────────────────────────────


def _check_lam(lam):
    if lam is None or not np.isfinite(lam) or lam <= 0:
        raise ValueError("lam must be positive")


@ANSWERS.wrong("poisson_pmf", "factorial off by one: gammaln(k) instead of gammaln(k + 1)")
def _(k, lam):
    _check_lam(lam)
    k = np.asarray(k)
    kk = np.where(k >= 0, k, 0).astype(float)
    return np.where(k >= 0, np.exp(kk * np.log(lam) - lam - special.gammaln(kk)), 0.0)


@ANSWERS.wrong("poisson_pmf", "forgot the factor exp(-lam)")
def _(k, lam):
    _check_lam(lam)
    k = np.asarray(k)
    kk = np.where(k >= 0, k, 0).astype(float)
    return np.where(k >= 0, np.exp(kk * np.log(lam) - special.gammaln(kk + 1)), 0.0)


@ANSWERS.wrong("poisson_pmf", "the naive formula lam**k * exp(-lam) / k!, which overflows for large k")
def _(k, lam):
    _check_lam(lam)
    k = np.asarray(k)
    kk = np.where(k >= 0, k, 0).astype(float)
    with np.errstate(all="ignore"):
        return np.where(k >= 0, lam**kk * np.exp(-lam) / special.factorial(kk), 0.0)


@ANSWERS.wrong("poisson_pmf", "lam**(k - 1) instead of lam**k")
def _(k, lam):
    _check_lam(lam)
    k = np.asarray(k)
    kk = np.where(k >= 0, k, 0).astype(float)
    return np.where(k >= 0, np.exp((kk - 1) * np.log(lam) - lam - special.gammaln(kk + 1)), 0.0)


@ANSWERS.wrong("poisson_pmf", "negative k not set to zero (the formula evaluated at |k|)")
def _(k, lam):
    _check_lam(lam)
    kk = np.abs(np.asarray(k)).astype(float)
    return np.exp(kk * np.log(lam) - lam - special.gammaln(kk + 1))


@ANSWERS.wrong("poisson_pmf", "scipy.stats.poisson (forbidden)")
def _(k, lam):
    _check_lam(lam)
    return stats.poisson(lam).pmf(k)


@ANSWERS.wrong("poisson_pmf", "k clipped in place (k[k < 0] = 0 changes the caller's array)")
def _(k, lam):
    _check_lam(lam)
    negative = k < 0
    k[negative] = 0
    out = np.exp(k * np.log(lam) - lam - special.gammaln(k + 1.0))
    out[negative] = 0.0
    return out


@ANSWERS.wrong("poisson_pmf", "no ValueError for lam <= 0")
def _(k, lam):
    k = np.asarray(k)
    kk = np.where(k >= 0, k, 0).astype(float)
    with np.errstate(all="ignore"):
        return np.where(k >= 0, np.exp(kk * np.log(abs(lam) + 1e-300) - lam - special.gammaln(kk + 1)), 0.0)


@ANSWERS.wrong("poisson_pmf", "a list instead of an array")
def _(k, lam):
    _check_lam(lam)
    k = np.asarray(k)
    kk = np.where(k >= 0, k, 0).astype(float)
    return np.where(k >= 0, np.exp(kk * np.log(lam) - lam - special.gammaln(kk + 1)), 0.0).tolist()


@ANSWERS.right("poisson_pmf", "scipy.special.xlogy and math.lgamma, elementwise with np.vectorize")
def _(k, lam):
    _check_lam(lam)
    lgamma = np.vectorize(lambda j: math.lgamma(j + 1.0) if j >= 0 else 0.0)
    k = np.asarray(k)
    log_pmf = special.xlogy(np.maximum(k, 0), lam) - lam - lgamma(k)
    return np.where(k >= 0, np.exp(log_pmf), 0.0)


@ANSWERS.right("poisson_pmf", "the recursion p(k) = p(k - 1) lam / k in log space, via cumulative sums")
def _(k, lam):
    _check_lam(lam)
    k = np.asarray(k)
    top = int(max(np.max(k), 0))
    logs = np.concatenate([[-lam], -lam + np.cumsum(np.log(lam) - np.log(np.arange(1, top + 1)))])
    return np.where(k >= 0, np.exp(logs[np.clip(k, 0, top)]), 0.0)


# ── exponential_from_uniform ────────────────────────────────────────────────────────────────────


def _valid(u, rate):
    if rate is None or not np.isfinite(rate) or rate <= 0:
        raise ValueError("rate")
    u = np.asarray(u, dtype=float)
    if not np.all(np.isfinite(u)) or np.any(u < 0) or np.any(u >= 1):
        raise ValueError("u")
    return u


@ANSWERS.wrong("exponential_from_uniform", "-ln(u)/rate: exponential too, but not F^-1(u)")
def _(u, rate):
    u = _valid(u, rate)
    with np.errstate(divide="ignore"):
        return -np.log(u) / rate


@ANSWERS.wrong("exponential_from_uniform", "multiplied by the rate (rate used as a scale)")
def _(u, rate):
    return -np.log1p(-_valid(u, rate)) * rate


@ANSWERS.wrong("exponential_from_uniform", "wrong sign: ln(1 - u)/rate")
def _(u, rate):
    return np.log1p(-_valid(u, rate)) / rate


@ANSWERS.wrong("exponential_from_uniform", "np.log(1 - u), which loses digits for tiny u")
def _(u, rate):
    return -np.log(1 - _valid(u, rate)) / rate


@ANSWERS.wrong("exponential_from_uniform", "scipy.stats.expon(scale=1/rate).ppf (forbidden)")
def _(u, rate):
    return stats.expon(scale=1 / rate).ppf(_valid(u, rate))


@ANSWERS.wrong("exponential_from_uniform", "no check of u: u = 1 gives inf instead of a ValueError")
def _(u, rate):
    if rate <= 0:
        raise ValueError("rate")
    with np.errstate(divide="ignore", invalid="ignore"):
        return -np.log1p(-np.asarray(u, dtype=float)) / rate


@ANSWERS.wrong("exponential_from_uniform", "u overwritten in place (u *= -1; np.log1p(u, out=u))")
def _(u, rate):
    _valid(u, rate)
    np.negative(u, out=u)
    np.log1p(u, out=u)
    u /= -rate
    return u.copy()


@ANSWERS.wrong("exponential_from_uniform", "no check of the rate: rate 0 gives inf")
def _(u, rate):
    u = np.asarray(u, dtype=float)
    if np.any(u < 0) or np.any(u >= 1) or not np.all(np.isfinite(u)):
        raise ValueError("u")
    with np.errstate(all="ignore"):
        return -np.log1p(-u) / rate


@ANSWERS.right("exponential_from_uniform", "times 1/rate, with the checks written differently")
def _(u, rate):
    if not (isinstance(rate, (int, float, np.number)) and math.isfinite(rate) and rate > 0):
        raise ValueError("rate must be positive")
    u = np.array(u, dtype=float, copy=True)
    if not ((u >= 0) & (u < 1)).all():                  # nan fails both comparisons
        raise ValueError("u must be in [0, 1)")
    return (1.0 / rate) * -np.log1p(-u)


# ── importance_estimate ─────────────────────────────────────────────────────────────────────────


def _arrays(log_w, fx):
    log_w, fx = np.asarray(log_w, dtype=float), np.asarray(fx, dtype=float)
    if log_w.ndim != 1 or log_w.size == 0 or fx.shape != log_w.shape:
        raise ValueError("shapes")
    if not (np.all(np.isfinite(log_w)) and np.all(np.isfinite(fx))):
        raise ValueError("finite")
    return log_w, fx


@ANSWERS.wrong("importance_estimate", "not self-normalized: mean of w f")
def _(log_w, fx):
    log_w, fx = _arrays(log_w, fx)
    w = np.exp(log_w - log_w.max())
    return float(np.mean(w * fx)), float(w.sum() ** 2 / np.sum(w**2))


@ANSWERS.wrong("importance_estimate", "ESS upside down: sum w^2 / (sum w)^2")
def _(log_w, fx):
    log_w, fx = _arrays(log_w, fx)
    w = np.exp(log_w - log_w.max())
    return float(np.sum(w * fx) / w.sum()), float(np.sum(w**2) / w.sum() ** 2)


@ANSWERS.wrong("importance_estimate", "ESS as a fraction of n")
def _(log_w, fx):
    log_w, fx = _arrays(log_w, fx)
    w = np.exp(log_w - log_w.max())
    return float(np.sum(w * fx) / w.sum()), float(w.sum() ** 2 / np.sum(w**2) / w.size)


@ANSWERS.wrong("importance_estimate", "no max subtracted: exp overflows or underflows near +-1000")
def _(log_w, fx):
    log_w, fx = _arrays(log_w, fx)
    with np.errstate(all="ignore"):
        w = np.exp(log_w)
        return float(np.sum(w * fx) / w.sum()), float(w.sum() ** 2 / np.sum(w**2))


@ANSWERS.wrong("importance_estimate", "the log-weights used as weights")
def _(log_w, fx):
    log_w, fx = _arrays(log_w, fx)
    with np.errstate(all="ignore"):
        return float(np.sum(log_w * fx) / log_w.sum()), float(log_w.sum() ** 2 / np.sum(log_w**2))


@ANSWERS.wrong("importance_estimate", "the minimum subtracted instead of the maximum (overflow for a wide spread)")
def _(log_w, fx):
    log_w, fx = _arrays(log_w, fx)
    with np.errstate(all="ignore"):
        w = np.exp(log_w - log_w.min())
        return float(np.sum(w * fx) / w.sum()), float(w.sum() ** 2 / np.sum(w**2))


@ANSWERS.wrong("importance_estimate", "log_w shifted in place (log_w -= log_w.max())")
def _(log_w, fx):
    _arrays(log_w, fx)
    log_w -= log_w.max()
    w = np.exp(log_w)
    return float(np.sum(w * fx) / w.sum()), float(w.sum() ** 2 / np.sum(w**2))


@ANSWERS.wrong("importance_estimate", "plain mean of fx, ignoring the weights")
def _(log_w, fx):
    log_w, fx = _arrays(log_w, fx)
    return float(fx.mean()), float(fx.size)


@ANSWERS.right("importance_estimate", "normalized weights via scipy.special.softmax; ESS = 1 / sum of their squares")
def _(log_w, fx):
    log_w, fx = _arrays(log_w, fx)
    p = special.softmax(log_w)
    return float(p @ fx), float(1.0 / np.sum(p**2))


@ANSWERS.right("importance_estimate", "log-sum-exp throughout: exp(logsumexp(log_w)*2 - logsumexp(2 log_w))")
def _(log_w, fx):
    log_w, fx = _arrays(log_w, fx)
    lse = special.logsumexp(log_w)
    return float(np.sum(np.exp(log_w - lse) * fx)), float(np.exp(2 * lse - special.logsumexp(2 * log_w)))


# ── bootstrap_ci ────────────────────────────────────────────────────────────────────────────────


def _boot_inputs(x, idx, level, method):
    x, idx = np.asarray(x, dtype=float), np.asarray(idx)
    if x.ndim != 1 or x.size == 0 or idx.ndim != 2 or idx.shape[0] == 0 or idx.shape[1] != x.size:
        raise ValueError("shapes")
    if idx.dtype.kind not in "iu" or np.any(idx < 0) or np.any(idx >= x.size):
        raise ValueError("indices")
    if not 0 < level < 1 or method not in ("percentile", "basic"):
        raise ValueError("level or method")
    return x, idx


def _finish(x, means, level, method):
    lo, hi = np.quantile(means, [(1 - level) / 2, (1 + level) / 2])
    if method == "basic":
        t = x.mean()
        return float(2 * t - hi), float(2 * t - lo)
    return float(lo), float(hi)


@ANSWERS.wrong("bootstrap_ci", "quantiles of the data instead of the resample means")
def _(x, idx, level, method):
    x, idx = _boot_inputs(x, idx, level, method)
    return _finish(x, x, level, method)


@ANSWERS.wrong("bootstrap_ci", "quantiles at (1 - level, level) instead of splitting alpha between the tails")
def _(x, idx, level, method):
    x, idx = _boot_inputs(x, idx, level, method)
    means = x[idx].mean(axis=1)
    lo, hi = np.quantile(means, [1 - level, level]) if level > 0.5 else np.quantile(means, [level, 1 - level])
    if method == "basic":
        return float(2 * x.mean() - hi), float(2 * x.mean() - lo)
    return float(lo), float(hi)


@ANSWERS.wrong("bootstrap_ci", "basic interval = percentile interval (no reflection)")
def _(x, idx, level, method):
    x, idx = _boot_inputs(x, idx, level, method)
    return _finish(x, x[idx].mean(axis=1), level, "percentile")


@ANSWERS.wrong("bootstrap_ci", "basic interval with its ends swapped (lower above upper)")
def _(x, idx, level, method):
    x, idx = _boot_inputs(x, idx, level, method)
    lo, hi = _finish(x, x[idx].mean(axis=1), level, method)
    return (hi, lo) if method == "basic" else (lo, hi)


@ANSWERS.wrong("bootstrap_ci", "means over axis 0 (across resamples) instead of axis 1")
def _(x, idx, level, method):
    x, idx = _boot_inputs(x, idx, level, method)
    return _finish(x, x[idx].mean(axis=0), level, method)


@ANSWERS.wrong("bootstrap_ci", "a hard-coded 90 % interval: np.percentile(means, [5, 95])")
def _(x, idx, level, method):
    x, idx = _boot_inputs(x, idx, level, method)
    return _finish(x, x[idx].mean(axis=1), 0.9, method)


@ANSWERS.wrong("bootstrap_ci", "no range check on idx: negative indices silently accepted")
def _(x, idx, level, method):
    x, idx = np.asarray(x, dtype=float), np.asarray(idx)
    if idx.ndim != 2 or idx.shape[1] != x.size or not 0 < level < 1 or method not in ("percentile", "basic"):
        raise ValueError("bad input")
    return _finish(x, x[idx].mean(axis=1), level, method)


@ANSWERS.wrong("bootstrap_ci", "the normal interval mean +- z * sd of the resample means")
def _(x, idx, level, method):
    x, idx = _boot_inputs(x, idx, level, method)
    means = x[idx].mean(axis=1)
    z = stats.norm.ppf((1 + level) / 2)
    return float(x.mean() - z * means.std()), float(x.mean() + z * means.std())


@ANSWERS.wrong("bootstrap_ci", "median of each resample instead of its mean")
def _(x, idx, level, method):
    x, idx = _boot_inputs(x, idx, level, method)
    return _finish(x, np.median(x[idx], axis=1), level, method)


@ANSWERS.wrong("bootstrap_ci", "np.quantile with method='nearest' instead of the default")
def _(x, idx, level, method):
    x, idx = _boot_inputs(x, idx, level, method)
    means = x[idx].mean(axis=1)
    lo, hi = np.quantile(means, [(1 - level) / 2, (1 + level) / 2], method="nearest")
    if method == "basic":
        return float(2 * x.mean() - hi), float(2 * x.mean() - lo)
    return float(lo), float(hi)


@ANSWERS.right("bootstrap_ci", "np.percentile in percent, a list for the answer")
def _(x, idx, level, method):
    x, idx = _boot_inputs(x, idx, level, method)
    means = np.array([x[row].mean() for row in idx])
    lo, hi = np.percentile(means, [50 * (1 - level), 50 * (1 + level)])
    if method == "basic":
        return [2 * x.mean() - hi, 2 * x.mean() - lo]
    return [lo, hi]
