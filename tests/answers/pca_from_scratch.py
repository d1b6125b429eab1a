"""The challenges of complete_projects/pca_from_scratch.ipynb that take an answer: wrong answers every
checker must reject, and right answers in other forms.

k_1se and k_best are values: each function below computes the value the way a learner would, with the
notebook's own names (cv_accuracy, X_train, PCA, pca_full, reconstruct, ks, ...).
incremental_pca is a function of a list of batches.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from . import Answers

if TYPE_CHECKING:  # defined by the notebook; tests/probe.py runs these functions in its namespace
    from notebook import (PCA, X_test, X_train, cv_accuracy, incremental_pca_solution, ks, n_train,
                          pca_full, reconstruct, relative_error, test_accuracy_by_k, y_test, y_train)

ANSWERS = Answers("complete_projects/pca_from_scratch.ipynb")


# ── k_1se: the one-standard-error rule on the cross-validated accuracies ──────────────────────

def _smallest_within(means, margin):
    """The smallest k whose mean is within `margin` of the best mean."""
    return int(ks[np.argmax(means >= means.max() - margin)])


def _rule(scores):
    """The one-standard-error rule on fold scores (rows: folds, columns: k), as a learner writes it."""
    means = scores.mean(axis=0)
    best = np.argmax(means)
    return _smallest_within(means, scores.std(axis=0, ddof=1)[best] / np.sqrt(len(scores)))


@ANSWERS.wrong("k_1se", "k_cv itself, the best mean, without the rule")
def _():
    return int(ks[np.argmax(cv_accuracy.mean(axis=0))])


@ANSWERS.wrong("k_1se", "one standard deviation instead of one standard error")
def _():
    means = cv_accuracy.mean(axis=0)
    return _smallest_within(means, cv_accuracy.std(axis=0, ddof=1)[np.argmax(means)])


@ANSWERS.wrong("k_1se", "the standard deviation divided by 5, not by its square root")
def _():
    means = cv_accuracy.mean(axis=0)
    return _smallest_within(means, cv_accuracy.std(axis=0, ddof=1)[np.argmax(means)] / 5)


@ANSWERS.wrong("k_1se", "the largest k within one standard error, not the smallest")
def _():
    means = cv_accuracy.mean(axis=0)
    best = np.argmax(means)
    se = cv_accuracy.std(axis=0, ddof=1)[best] / np.sqrt(5)
    return int(ks[np.flatnonzero(means >= means[best] - se)[-1]])


@ANSWERS.wrong("k_1se", "each k's own standard error (m_k + SE_k >= the best mean)")
def _():
    means = cv_accuracy.mean(axis=0)
    se = cv_accuracy.std(axis=0, ddof=1) / np.sqrt(5)
    return int(ks[np.argmax(means + se >= means.max())])


@ANSWERS.wrong("k_1se", "the best k on the test set")
def _():
    return int(ks[np.argmax(test_accuracy_by_k)])


@ANSWERS.wrong("k_1se", "the rule applied to the test accuracies")
def _():
    se = np.sqrt(test_accuracy_by_k * (1 - test_accuracy_by_k) / len(y_test))
    return _smallest_within(test_accuracy_by_k, se[np.argmax(test_accuracy_by_k)])


@ANSWERS.wrong("k_1se", "averaged over axis 1, the k, instead of over the folds")
def _():
    means = cv_accuracy.mean(axis=1)
    best = np.argmax(means)
    se = cv_accuracy.std(axis=1, ddof=1)[best] / np.sqrt(cv_accuracy.shape[1])
    return int(ks[np.argmax(means >= means[best] - se)])


@ANSWERS.wrong("k_1se", "np.argmax's position, not the k at that position")
def _():
    means = cv_accuracy.mean(axis=0)
    best = np.argmax(means)
    return int(np.argmax(means >= means[best] - cv_accuracy.std(axis=0, ddof=1)[best] / np.sqrt(5)))


@ANSWERS.right("k_1se", "scipy.stats.sem for the standard error, and the k left as a NumPy integer")
def _():
    from scipy.stats import sem
    means = cv_accuracy.mean(axis=0)
    best = np.argmax(means)
    return ks[np.flatnonzero(means >= means[best] - sem(cv_accuracy, axis=0)[best])[0]]


@ANSWERS.right("k_1se", "cross-validation redone with scikit-learn's PCA and KNeighborsClassifier(1)")
def _():
    from sklearn.decomposition import PCA as SkPCA
    from sklearn.neighbors import KNeighborsClassifier
    folds = np.array_split(np.random.default_rng(0).permutation(n_train), 5)
    scores = np.zeros((5, len(ks)))
    for f, fold in enumerate(folds):
        fit_rows = np.setdiff1d(np.arange(n_train), fold)
        model = SkPCA().fit(X_train[fit_rows])
        Z_fit, Z_val = model.transform(X_train[fit_rows]), model.transform(X_train[fold])
        for i, k in enumerate(ks):
            knn = KNeighborsClassifier(1).fit(Z_fit[:, :k], y_train[fit_rows])
            scores[f, i] = knn.score(Z_val[:, :k], y_train[fold])
    return _rule(scores)


@ANSWERS.right("k_1se", "a loop over k, typed in as a one-element list")
def _():
    means = [np.mean(cv_accuracy[:, i]) for i in range(len(ks))]
    best = int(np.argmax(means))
    threshold = means[best] - np.std(cv_accuracy[:, best], ddof=1) / 5 ** 0.5
    return [next(int(k) for k, m in zip(ks, means) if m >= threshold)]


# ── incremental_pca ────────────────────────────────────────────────────────────────────────────

@ANSWERS.wrong("incremental_pca", "forgot the mean-shift row")
def _(batches):
    mean, SVt, count = None, None, 0
    for batch in batches:
        b, mu_b = len(batch), batch.mean(axis=0)
        stacked = batch - mu_b if count == 0 else np.vstack([SVt, batch - mu_b])
        _, S, Vt = np.linalg.svd(stacked, full_matrices=False)
        SVt = S[:, None] * Vt
        mean = mu_b if count == 0 else (count * mean + b * mu_b) / (count + b)
        count += b
    return mean, S, Vt, count


@ANSWERS.wrong("incremental_pca", "stacks the batch without centring it")
def _(batches):
    mean, SVt, count = None, None, 0
    for batch in batches:
        b, mu_b = len(batch), batch.mean(axis=0)
        if count == 0:
            stacked = batch - mu_b
        else:
            stacked = np.vstack([SVt, batch, np.sqrt(count * b / (count + b)) * (mean - mu_b)])
        _, S, Vt = np.linalg.svd(stacked, full_matrices=False)
        SVt = S[:, None] * Vt
        mean = mu_b if count == 0 else (count * mean + b * mu_b) / (count + b)
        count += b
    return mean, S, Vt, count


@ANSWERS.wrong("incremental_pca", "the first batch not centred")
def _(batches):
    mean, SVt, count = None, None, 0
    for batch in batches:
        b, mu_b = len(batch), batch.mean(axis=0)
        if count == 0:
            stacked = batch
        else:
            stacked = np.vstack([SVt, batch - mu_b, np.sqrt(count * b / (count + b)) * (mean - mu_b)])
        _, S, Vt = np.linalg.svd(stacked, full_matrices=False)
        SVt = S[:, None] * Vt
        mean = mu_b if count == 0 else (count * mean + b * mu_b) / (count + b)
        count += b
    return mean, S, Vt, count


@ANSWERS.wrong("incremental_pca", "the running mean as the average of the old mean and the batch mean")
def _(batches):
    mean, SVt, count = None, None, 0
    for batch in batches:
        b, mu_b = len(batch), batch.mean(axis=0)
        if count == 0:
            stacked = batch - mu_b
        else:
            stacked = np.vstack([SVt, batch - mu_b, np.sqrt(count * b / (count + b)) * (mean - mu_b)])
        _, S, Vt = np.linalg.svd(stacked, full_matrices=False)
        SVt = S[:, None] * Vt
        mean = mu_b if count == 0 else (mean + mu_b) / 2
        count += b
    return mean, S, Vt, count


@ANSWERS.wrong("incremental_pca", "the shift row without its factor sqrt(mb / (m + b))")
def _(batches):
    mean, SVt, count = None, None, 0
    for batch in batches:
        b, mu_b = len(batch), batch.mean(axis=0)
        stacked = batch - mu_b if count == 0 else np.vstack([SVt, batch - mu_b, mean - mu_b])
        _, S, Vt = np.linalg.svd(stacked, full_matrices=False)
        SVt = S[:, None] * Vt
        mean = mu_b if count == 0 else (count * mean + b * mu_b) / (count + b)
        count += b
    return mean, S, Vt, count


@ANSWERS.wrong("incremental_pca", "the mean updated before the shift row is made")
def _(batches):
    mean, SVt, count = None, None, 0
    for batch in batches:
        b, mu_b = len(batch), batch.mean(axis=0)
        if count == 0:
            mean, stacked = mu_b, batch - mu_b
        else:
            mean = (count * mean + b * mu_b) / (count + b)
            stacked = np.vstack([SVt, batch - mu_b, np.sqrt(count * b / (count + b)) * (mean - mu_b)])
        _, S, Vt = np.linalg.svd(stacked, full_matrices=False)
        SVt = S[:, None] * Vt
        count += b
    return mean, S, Vt, count


@ANSWERS.wrong("incremental_pca", "keeps Vt between batches instead of S Vt")
def _(batches):
    mean, Vt, count = None, None, 0
    for batch in batches:
        b, mu_b = len(batch), batch.mean(axis=0)
        if count == 0:
            stacked = batch - mu_b
        else:
            stacked = np.vstack([Vt, batch - mu_b, np.sqrt(count * b / (count + b)) * (mean - mu_b)])
        _, S, Vt = np.linalg.svd(stacked, full_matrices=False)
        mean = mu_b if count == 0 else (count * mean + b * mu_b) / (count + b)
        count += b
    return mean, S, Vt, count


@ANSWERS.wrong("incremental_pca", "returns the variances S**2 / (count - 1) for S")
def _(batches):
    mean, S, Vt, count = incremental_pca_solution(batches)
    return mean, S**2 / (count - 1), Vt, count


@ANSWERS.wrong("incremental_pca", "returns the standard deviations along the components for S")
def _(batches):
    mean, S, Vt, count = incremental_pca_solution(batches)
    return mean, np.sqrt(S**2 / (count - 1)), Vt, count


@ANSWERS.wrong("incremental_pca", "returns V, the components as columns")
def _(batches):
    mean, S, Vt, count = incremental_pca_solution(batches)
    return mean, S, Vt.T, count


@ANSWERS.wrong("incremental_pca", "counts the batches, not the rows")
def _(batches):
    mean, S, Vt, count = incremental_pca_solution(batches)
    return mean, S, Vt, len(batches)


@ANSWERS.wrong("incremental_pca", "forgets the past: SVD of the new batch and the shift row only")
def _(batches):
    mean, count = None, 0
    for batch in batches:
        b, mu_b = len(batch), batch.mean(axis=0)
        if count == 0:
            stacked = batch - mu_b
        else:
            stacked = np.vstack([batch - mu_b, np.sqrt(count * b / (count + b)) * (mean - mu_b)])
        _, S, Vt = np.linalg.svd(stacked, full_matrices=False)
        mean = mu_b if count == 0 else (count * mean + b * mu_b) / (count + b)
        count += b
    return mean, S, Vt, count


@ANSWERS.wrong("incremental_pca", "running sums of x and x x^T, then the scatter sum - n mu mu^T (cancels far from 0)")
def _(batches):
    total, squares, count = 0.0, 0.0, 0
    for batch in batches:
        total = total + batch.sum(axis=0)
        squares = squares + batch.T @ batch
        count += len(batch)
    mean = total / count
    eigenvalues, V = np.linalg.eigh(squares - count * np.outer(mean, mean))
    return mean, np.sqrt(np.clip(eigenvalues[::-1], 0, None)), V[:, ::-1].T, count


@ANSWERS.wrong("incremental_pca", "centres the caller's batches in place (batch -= batch.mean(axis=0))")
def _(batches):
    mean, SVt, count = None, None, 0
    for batch in batches:
        b, mu_b = len(batch), batch.mean(axis=0)
        batch -= mu_b
        if count == 0:
            stacked = batch
        else:
            stacked = np.vstack([SVt, batch, np.sqrt(count * b / (count + b)) * (mean - mu_b)])
        _, S, Vt = np.linalg.svd(stacked, full_matrices=False)
        SVt = S[:, None] * Vt
        mean = mu_b if count == 0 else (count * mean + b * mu_b) / (count + b)
        count += b
    return mean, S, Vt, count


@ANSWERS.wrong("incremental_pca", "scikit-learn's IncrementalPCA, which the statement rules out")
def _(batches):
    from sklearn.decomposition import IncrementalPCA
    model = IncrementalPCA()
    for batch in batches:
        model.partial_fit(batch)
    return model.mean_, model.singular_values_, model.components_, int(model.n_samples_seen_)


@ANSWERS.right("incremental_pca", "the shift row with the opposite sign, mu_B - mu")
def _(batches):
    mean, SVt, count = None, None, 0
    for batch in batches:
        b, mu_b = len(batch), batch.mean(axis=0)
        if count == 0:
            stacked = batch - mu_b
        else:
            stacked = np.vstack([SVt, batch - mu_b, np.sqrt(count * b / (count + b)) * (mu_b - mean)])
        _, S, Vt = np.linalg.svd(stacked, full_matrices=False)
        SVt = S[:, None] * Vt
        mean = mu_b if count == 0 else (count * mean + b * mu_b) / (count + b)
        count += b
    return mean, S, Vt, count


@ANSWERS.right("incremental_pca", "the mean moved by b/(m+b) of the gap, the shift row first, no sign rule")
def _(batches):
    d = batches[0].shape[1]
    mean, SVt, count = np.zeros(d), np.zeros((0, d)), 0
    for batch in batches:
        b, mu_b = len(batch), batch.mean(axis=0)
        shift = np.sqrt(count * b / (count + b)) * (mean - mu_b)     # a row of zeros for the first batch
        _, S, Vt = np.linalg.svd(np.vstack([shift, SVt, batch - mu_b]), full_matrices=False)
        SVt = S[:, None] * Vt
        mean = mean + b / (count + b) * (mu_b - mean)
        count += b
    return mean, S, Vt, count


@ANSWERS.right("incremental_pca", "np.linalg.svd with full_matrices=True, its extra rows dropped from S Vt only")
def _(batches):
    mean, SVt, count = None, None, 0
    for batch in batches:
        b, mu_b = len(batch), batch.mean(axis=0)
        if count == 0:
            stacked = batch - mu_b
        else:
            stacked = np.vstack([SVt, batch - mu_b, np.sqrt(count * b / (count + b)) * (mean - mu_b)])
        _, S, Vt = np.linalg.svd(stacked)
        SVt = S[:, None] * Vt[:len(S)]
        mean = mu_b if count == 0 else (count * mean + b * mu_b) / (count + b)
        count += b
    return mean, S, Vt, count


@ANSWERS.right("incremental_pca", "the eigendecomposition of each stacked matrix's Gram matrix")
def _(batches):
    mean, SVt, count = None, None, 0
    for batch in batches:
        b, mu_b = len(batch), batch.mean(axis=0)
        if count == 0:
            stacked = batch - mu_b
        else:
            stacked = np.vstack([SVt, batch - mu_b, np.sqrt(count * b / (count + b)) * (mean - mu_b)])
        eigenvalues, V = np.linalg.eigh(stacked.T @ stacked)
        S, Vt = np.sqrt(np.clip(eigenvalues[::-1], 0, None)), V[:, ::-1].T
        SVt = S[:, None] * Vt
        mean = mu_b if count == 0 else (count * mean + b * mu_b) / (count + b)
        count += b
    return mean, S, Vt, count


ANSWERS.accept("incremental_pca", "negated (part 3)", "each row of Vt, a right singular vector, has a free sign")


# ── k_best: the best k for denoising ───────────────────────────────────────────────────────────

def _noisy(std=4.0):
    return X_test + np.random.default_rng(1).normal(0.0, std, size=X_test.shape)


@ANSWERS.wrong("k_best", "the error measured against the noisy images")
def _():
    noisy = _noisy()
    return int(ks[np.argmin([np.mean((reconstruct(pca_full, noisy, k) - noisy) ** 2) for k in ks])])


@ANSWERS.wrong("k_best", "PCA fitted on the noisy test images")
def _():
    noisy = _noisy()
    model = PCA().fit(noisy)
    return int(ks[np.argmin([np.mean((reconstruct(model, noisy, k) - X_test) ** 2) for k in ks])])


@ANSWERS.wrong("k_best", "PCA fitted on noisy training images")
def _():
    model = PCA().fit(X_train + np.random.default_rng(1).normal(0.0, 4.0, size=X_train.shape))
    noisy = _noisy()
    return int(ks[np.argmin([np.mean((reconstruct(model, noisy, k) - X_test) ** 2) for k in ks])])


@ANSWERS.wrong("k_best", "np.argmin's position, not the k at that position")
def _():
    noisy = _noisy()
    return int(np.argmin([np.mean((reconstruct(pca_full, noisy, k) - X_test) ** 2) for k in ks]))


@ANSWERS.wrong("k_best", "projects without centring: noisy @ V V^T")
def _():
    noisy = _noisy()
    V = pca_full.components_
    return int(ks[np.argmin([np.mean((noisy @ V[:k].T @ V[:k] - X_test) ** 2) for k in ks])])


@ANSWERS.wrong("k_best", "clips the reconstructions to the grey levels 0-16")
def _():
    noisy = _noisy()
    return int(ks[np.argmin([np.mean((np.clip(reconstruct(pca_full, noisy, k), 0, 16) - X_test) ** 2)
                             for k in ks])])


@ANSWERS.wrong("k_best", "noise of variance 4 (standard deviation 2)")
def _():
    noisy = _noisy(std=2.0)
    return int(ks[np.argmin([np.mean((reconstruct(pca_full, noisy, k) - X_test) ** 2) for k in ks])])


@ANSWERS.wrong("k_best", "only the k of the reconstruction figure (1, 2, 5, 10, 20, 40, 64)")
def _():
    noisy, shown = _noisy(), [1, 2, 5, 10, 20, 40, 64]
    return shown[int(np.argmin([np.mean((reconstruct(pca_full, noisy, k) - X_test) ** 2) for k in shown]))]


@ANSWERS.wrong("k_best", "the largest error: np.argmax instead of np.argmin")
def _():
    noisy = _noisy()
    return int(ks[np.argmax([np.mean((reconstruct(pca_full, noisy, k) - X_test) ** 2) for k in ks])])


@ANSWERS.wrong("k_best", "only the five test images of the reconstruction figure")
def _():
    noisy = _noisy()[:5]
    return int(ks[np.argmin([np.mean((reconstruct(pca_full, noisy, k) - X_test[:5]) ** 2) for k in ks])])


@ANSWERS.right("k_best", "the sum of squared errors, a NumPy integer")
def _():
    noisy = _noisy()
    return ks[np.argmin([np.sum((reconstruct(pca_full, noisy, k) - X_test) ** 2) for k in ks])]


@ANSWERS.right("k_best", "scikit-learn's PCA(k) for every k, and inverse_transform")
def _():
    from sklearn.decomposition import PCA as SkPCA
    noisy, errors = _noisy(), []
    for k in ks:
        model = SkPCA(int(k)).fit(X_train)
        errors.append(np.mean((model.inverse_transform(model.transform(noisy)) - X_test) ** 2))
    return int(ks[np.argmin(errors)])


@ANSWERS.right("k_best", "the relative error of section 5.3 (the same denominator for every k)")
def _():
    noisy = _noisy()
    return int(ks[np.argmin([relative_error(X_test, reconstruct(pca_full, noisy, k), pca_full.mean_) for k in ks])])
