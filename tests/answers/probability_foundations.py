"""The exercises of 03_probability_statistics/01_probability_foundations.ipynb: wrong answers every checker must reject, and right answers in other forms."""
from __future__ import annotations

import numpy as np

from . import Answers

ANSWERS = Answers("03_probability_statistics/01_probability_foundations.ipynb")


def _valid(*probabilities):
    for v in probabilities:
        if not isinstance(v, (int, float, np.integer, np.floating)) or not 0 <= v <= 1:
            raise ValueError("not a probability")


# ── posterior_positive ──────────────────────────────────────────────────────────────────────────


@ANSWERS.wrong("posterior_positive", "returns the sensitivity P(+ | D) instead of P(D | +)")
def _(prevalence, sensitivity, specificity):
    _valid(prevalence, sensitivity, specificity)
    return sensitivity


@ANSWERS.wrong("posterior_positive", "forgets the prior (the prevalence)")
def _(prevalence, sensitivity, specificity):
    _valid(prevalence, sensitivity, specificity)
    return sensitivity / (sensitivity + (1 - specificity))


@ANSWERS.wrong("posterior_positive", "uses the specificity as the false-positive rate")
def _(prevalence, sensitivity, specificity):
    _valid(prevalence, sensitivity, specificity)
    return sensitivity * prevalence / (sensitivity * prevalence + specificity * (1 - prevalence))


@ANSWERS.wrong("posterior_positive", "returns the joint P(D and +), not divided by P(+)")
def _(prevalence, sensitivity, specificity):
    _valid(prevalence, sensitivity, specificity)
    return sensitivity * prevalence


@ANSWERS.wrong("posterior_positive", "returns 0 instead of raising when P(+) = 0")
def _(prevalence, sensitivity, specificity):
    _valid(prevalence, sensitivity, specificity)
    p_pos = sensitivity * prevalence + (1 - specificity) * (1 - prevalence)
    return 0.0 if p_pos == 0 else sensitivity * prevalence / p_pos


@ANSWERS.wrong("posterior_positive", "no input validation: a prevalence above 1 is accepted")
def _(prevalence, sensitivity, specificity):
    p_pos = sensitivity * prevalence + (1 - specificity) * (1 - prevalence)
    if p_pos == 0:
        raise ValueError("P(+) = 0")
    return sensitivity * prevalence / p_pos


@ANSWERS.wrong("posterior_positive", "the odds form, which breaks down at prevalence 1 (infinite prior odds)")
def _(prevalence, sensitivity, specificity):
    _valid(prevalence, sensitivity, specificity)
    odds = prevalence / (1 - prevalence) * sensitivity / (1 - specificity)
    return odds / (1 + odds)


@ANSWERS.right("posterior_positive", "bayes_rule over the partition {D, not D}, with the edge cases handled")
def _(prevalence, sensitivity, specificity):
    _valid(prevalence, sensitivity, specificity)
    prior = np.array([prevalence, 1 - prevalence], dtype=float)
    likelihood = np.array([sensitivity, 1 - specificity], dtype=float)
    joint = prior * likelihood
    if joint.sum() == 0:
        raise ValueError("P(+) = 0")
    return (joint / joint.sum())[0]


@ANSWERS.right("posterior_positive", "the answer as a one-element list")
def _(prevalence, sensitivity, specificity):
    _valid(prevalence, sensitivity, specificity)
    p_pos = sensitivity * prevalence + (1 - specificity) * (1 - prevalence)
    if p_pos == 0:
        raise ValueError("P(+) = 0")
    return [sensitivity * prevalence / p_pos]


# ── mean_and_variance ───────────────────────────────────────────────────────────────────────────


def _checked(values, pmf):
    values, pmf = np.asarray(values, dtype=float), np.asarray(pmf, dtype=float)
    if values.ndim != 1 or values.shape != pmf.shape or values.size == 0:
        raise ValueError("shapes")
    if not (np.all(np.isfinite(values)) and np.all(np.isfinite(pmf))):
        raise ValueError("not finite")
    if np.any(pmf < 0) or abs(pmf.sum() - 1.0) > 1e-9:
        raise ValueError("not a pmf")
    return values, pmf


@ANSWERS.wrong("mean_and_variance", "the shortcut E[X^2] - E[X]^2, which cancels catastrophically")
def _(values, pmf):
    values, pmf = _checked(values, pmf)
    mean = pmf @ values
    return float(mean), float(pmf @ values**2 - mean**2)


@ANSWERS.wrong("mean_and_variance", "unweighted np.mean and np.var of the values")
def _(values, pmf):
    values, pmf = _checked(values, pmf)
    return float(np.mean(values)), float(np.var(values))


@ANSWERS.wrong("mean_and_variance", "E[X^2] returned as the variance")
def _(values, pmf):
    values, pmf = _checked(values, pmf)
    return float(pmf @ values), float(pmf @ values**2)


@ANSWERS.wrong("mean_and_variance", "the standard deviation instead of the variance")
def _(values, pmf):
    values, pmf = _checked(values, pmf)
    mean = pmf @ values
    return float(mean), float(np.sqrt(pmf @ (values - mean) ** 2))


@ANSWERS.wrong("mean_and_variance", "sample-style correction n / (n - 1)")
def _(values, pmf):
    values, pmf = _checked(values, pmf)
    mean = pmf @ values
    return float(mean), float(pmf @ (values - mean) ** 2 * len(values) / (len(values) - 1))


@ANSWERS.wrong("mean_and_variance", "no validation: a pmf summing to 0.9 is accepted")
def _(values, pmf):
    values, pmf = np.asarray(values, dtype=float), np.asarray(pmf, dtype=float)
    if values.shape != pmf.shape:
        raise ValueError("shapes")
    mean = pmf @ values
    return float(mean), float(pmf @ (values - mean) ** 2)


@ANSWERS.wrong("mean_and_variance", "normalizes the pmf silently instead of refusing it")
def _(values, pmf):
    values, pmf = np.asarray(values, dtype=float), np.asarray(pmf, dtype=float)
    if values.ndim != 1 or values.shape != pmf.shape or np.any(pmf < 0) or not np.all(np.isfinite(pmf)):
        raise ValueError("bad input")
    pmf = pmf / pmf.sum()
    mean = pmf @ values
    return float(mean), float(pmf @ (values - mean) ** 2)


@ANSWERS.right("mean_and_variance", "np.average with weights, returned as a list")
def _(values, pmf):
    values, pmf = _checked(values, pmf)
    mean = np.average(values, weights=pmf)
    return [mean, np.average((values - mean) ** 2, weights=pmf)]


@ANSWERS.right("mean_and_variance", "the shortcut after shifting by the first value (stable)")
def _(values, pmf):
    values, pmf = _checked(values, pmf)
    shifted = values - values[0]
    m = pmf @ shifted
    return float(m + values[0]), float(pmf @ (shifted - m) ** 2)


# ── naive_bayes_predict_proba ───────────────────────────────────────────────────────────────────


def _parts(word_counts, class_counts, X, alpha):
    N, c, X = (np.asarray(a, dtype=float) for a in (word_counts, class_counts, X))
    if N.ndim != 2 or c.shape != (N.shape[0],) or X.ndim != 2 or X.shape[1] != N.shape[1]:
        raise ValueError("shapes")
    if not alpha > 0:
        raise ValueError("alpha")
    if np.any(N < 0) or np.any(X < 0) or np.any(c <= 0):
        raise ValueError("counts")
    log_prior = np.log(c / c.sum())
    log_theta = np.log(N + alpha) - np.log(N.sum(axis=1, keepdims=True) + alpha * N.shape[1])
    return N, c, X, log_prior, log_theta


def _normalize_in_log_space(joint):
    top = joint.max(axis=1, keepdims=True)
    return np.exp(joint - top - np.log(np.exp(joint - top).sum(axis=1, keepdims=True)))


@ANSWERS.wrong("naive_bayes_predict_proba", "no log-sum-exp: exponentiates the log joint, then normalizes (underflows)")
def _(word_counts, class_counts, X, alpha):
    N, c, X, log_prior, log_theta = _parts(word_counts, class_counts, X, alpha)
    joint = np.exp(X @ log_theta.T + log_prior)
    with np.errstate(invalid="ignore", divide="ignore"):
        return joint / joint.sum(axis=1, keepdims=True)


@ANSWERS.wrong("naive_bayes_predict_proba", "multiplies probabilities directly, no logs at all (underflows)")
def _(word_counts, class_counts, X, alpha):
    N, c, X, log_prior, log_theta = _parts(word_counts, class_counts, X, alpha)
    theta = np.exp(log_theta)
    joint = (c / c.sum()) * np.prod(theta[None, :, :] ** X[:, None, :], axis=2)
    with np.errstate(invalid="ignore", divide="ignore"):
        return joint / joint.sum(axis=1, keepdims=True)


@ANSWERS.wrong("naive_bayes_predict_proba", "forgets the class prior")
def _(word_counts, class_counts, X, alpha):
    N, c, X, log_prior, log_theta = _parts(word_counts, class_counts, X, alpha)
    return _normalize_in_log_space(X @ log_theta.T)


@ANSWERS.wrong("naive_bayes_predict_proba", "smoothing denominator N_k + alpha instead of N_k + alpha V")
def _(word_counts, class_counts, X, alpha):
    N, c, X, log_prior, _ = _parts(word_counts, class_counts, X, alpha)
    log_theta = np.log(N + alpha) - np.log(N.sum(axis=1, keepdims=True) + alpha)
    return _normalize_in_log_space(X @ log_theta.T + log_prior)


@ANSWERS.wrong("naive_bayes_predict_proba", "does not normalize: returns exp of the log joint")
def _(word_counts, class_counts, X, alpha):
    N, c, X, log_prior, log_theta = _parts(word_counts, class_counts, X, alpha)
    return np.exp(X @ log_theta.T + log_prior)


@ANSWERS.wrong("naive_bayes_predict_proba", "smooths the denominator but not the numerator")
def _(word_counts, class_counts, X, alpha):
    N, c, X, log_prior, _ = _parts(word_counts, class_counts, X, alpha)
    with np.errstate(divide="ignore"):
        log_theta = np.log(N) - np.log(N.sum(axis=1, keepdims=True) + alpha * N.shape[1])
    with np.errstate(invalid="ignore"):
        return _normalize_in_log_space(X @ log_theta.T + log_prior)


@ANSWERS.wrong("naive_bayes_predict_proba", "log-sum-exp with the maximum over all documents, not per document")
def _(word_counts, class_counts, X, alpha):
    N, c, X, log_prior, log_theta = _parts(word_counts, class_counts, X, alpha)
    joint = X @ log_theta.T + log_prior
    shifted = np.exp(joint - joint.max())
    with np.errstate(invalid="ignore", divide="ignore"):
        return shifted / shifted.sum(axis=1, keepdims=True)


@ANSWERS.wrong("naive_bayes_predict_proba", "returns the log posterior")
def _(word_counts, class_counts, X, alpha):
    N, c, X, log_prior, log_theta = _parts(word_counts, class_counts, X, alpha)
    joint = X @ log_theta.T + log_prior
    top = joint.max(axis=1, keepdims=True)
    return joint - top - np.log(np.exp(joint - top).sum(axis=1, keepdims=True))


@ANSWERS.wrong("naive_bayes_predict_proba", "scipy.special.logsumexp (forbidden)")
def _(word_counts, class_counts, X, alpha):
    import scipy.special
    N, c, X, log_prior, log_theta = _parts(word_counts, class_counts, X, alpha)
    joint = X @ log_theta.T + log_prior
    return np.exp(joint - scipy.special.logsumexp(joint, axis=1, keepdims=True))


@ANSWERS.wrong("naive_bayes_predict_proba", "sklearn MultinomialNB fitted on pseudo-documents (forbidden)")
def _(word_counts, class_counts, X, alpha):
    from sklearn.naive_bayes import MultinomialNB
    N, c, X, _, _ = _parts(word_counts, class_counts, X, alpha)
    model = MultinomialNB(alpha=alpha, class_prior=c / c.sum()).fit(N, np.arange(len(N)))
    return model.predict_proba(X)


@ANSWERS.wrong("naive_bayes_predict_proba", "accepts alpha = 0 (no smoothing)")
def _(word_counts, class_counts, X, alpha):
    N, c, X = (np.asarray(a, dtype=float) for a in (word_counts, class_counts, X))
    if N.ndim != 2 or c.shape != (N.shape[0],) or X.ndim != 2 or X.shape[1] != N.shape[1] or alpha < 0:
        raise ValueError("bad input")
    if np.any(N < 0) or np.any(X < 0):
        raise ValueError("counts")
    with np.errstate(divide="ignore", invalid="ignore"):
        log_theta = np.log(N + alpha) - np.log(N.sum(axis=1, keepdims=True) + alpha * N.shape[1])
        joint = X @ log_theta.T + np.log(c / c.sum())
        return _normalize_in_log_space(joint)


@ANSWERS.right("naive_bayes_predict_proba", "np.logaddexp.reduce for the normalizer")
def _(word_counts, class_counts, X, alpha):
    N, c, X, log_prior, log_theta = _parts(word_counts, class_counts, X, alpha)
    joint = X @ log_theta.T + log_prior
    return np.exp(joint - np.logaddexp.reduce(joint, axis=1, keepdims=True))


@ANSWERS.right("naive_bayes_predict_proba", "a loop over documents with a stable softmax")
def _(word_counts, class_counts, X, alpha):
    N, c, X, log_prior, log_theta = _parts(word_counts, class_counts, X, alpha)
    rows = []
    for x in X:
        a = log_prior + log_theta @ x
        e = np.exp(a - a.max())
        rows.append(e / e.sum())
    return np.array(rows)
