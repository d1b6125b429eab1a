"""The challenges of complete_projects/pca_from_scratch.ipynb that take an answer: wrong answers every
checker must reject, and right answers in other forms.

k_cv and k_best are values: each function below computes the value the way a learner would, with the
notebook's own names (X_train, PCA, nearest_neighbour_predict, pca_full, reconstruct, ks, ...).
incremental_pca is a function of a list of batches.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from . import Answers

if TYPE_CHECKING:  # defined by the notebook; tests/probe.py runs these functions in its namespace
    from notebook import (PCA, X_test, X_train, accuracy, incremental_pca_solution, ks, n_train,
                          nearest_neighbour_predict, pca_full, reconstruct, relative_error, y_train)

ANSWERS = Answers("complete_projects/pca_from_scratch.ipynb")


# ── k_cv: choose k by 5-fold cross-validation ──────────────────────────────────────────────────

def _cv_correct(folds, fit_on_all=False, validation_in_reference=False, solver="svd"):
    """Training images classified correctly over the folds, for every k in ks (a learner's loop)."""
    correct = np.zeros(len(ks), dtype=int)
    for fold in folds:
        fit_rows = np.setdiff1d(np.arange(n_train), fold)
        ref_rows = np.arange(n_train) if validation_in_reference else fit_rows
        model = PCA(solver=solver).fit(X_train if fit_on_all else X_train[fit_rows])
        Z_ref, Z_val = model.transform(X_train[ref_rows]), model.transform(X_train[fold])
        for i, k in enumerate(ks):
            predicted = nearest_neighbour_predict(Z_ref[:, :k], y_train[ref_rows], Z_val[:, :k])
            correct[i] += np.sum(predicted == y_train[fold])
    return correct


def _shuffled_folds():
    return np.array_split(np.random.default_rng(0).permutation(n_train), 5)


@ANSWERS.wrong("k_cv", "chose k on the test set (the accuracy curve of section 5.6)")
def _():
    return int(ks[np.argmax(accuracy)])


@ANSWERS.wrong("k_cv", "the largest k among the test-set ties")
def _():
    return int(ks[np.flatnonzero(accuracy == accuracy.max())[-1]])


@ANSWERS.wrong("k_cv", "the largest of the tied k")
def _():
    correct = _cv_correct(_shuffled_folds())
    return int(ks[np.flatnonzero(correct == correct.max())[-1]])


@ANSWERS.wrong("k_cv", "folds in the original order of the rows")
def _():
    return int(ks[np.argmax(_cv_correct(np.array_split(np.arange(n_train), 5)))])


@ANSWERS.wrong("k_cv", "PCA fitted once on all the training rows (the validation fold leaks in)")
def _():
    return int(ks[np.argmax(_cv_correct(_shuffled_folds(), fit_on_all=True))])


@ANSWERS.wrong("k_cv", "the validation images among the 1-NN references (each finds itself)")
def _():
    return int(ks[np.argmax(_cv_correct(_shuffled_folds(), validation_in_reference=True))])


@ANSWERS.wrong("k_cv", "np.argmax's position, not the k at that position")
def _():
    return int(np.argmax(_cv_correct(_shuffled_folds())))


@ANSWERS.wrong("k_cv", "folds dealt out as every fifth row of the permutation")
def _():
    order = np.random.default_rng(0).permutation(n_train)
    return int(ks[np.argmax(_cv_correct([order[i::5] for i in range(5)]))])


@ANSWERS.wrong("k_cv", "the k of section 5.6 that first matches the raw pixels")
def _():
    return int(ks[np.argmax(accuracy >= accuracy[-1])])


@ANSWERS.right("k_cv", "the mean of the five fold accuracies, as cross_val_score reports it")
def _():
    folds = _shuffled_folds()
    mean_accuracy = np.zeros(len(ks))
    for fold in folds:
        fit_rows = np.setdiff1d(np.arange(n_train), fold)
        model = PCA().fit(X_train[fit_rows])
        Z_fit, Z_val = model.transform(X_train[fit_rows]), model.transform(X_train[fold])
        for i, k in enumerate(ks):
            predicted = nearest_neighbour_predict(Z_fit[:, :k], y_train[fit_rows], Z_val[:, :k])
            mean_accuracy[i] += np.mean(predicted == y_train[fold]) / len(folds)
    return int(ks[np.argmax(mean_accuracy)])


@ANSWERS.right("k_cv", "scikit-learn's PCA and KNeighborsClassifier(1), scores as accuracies")
def _():
    from sklearn.decomposition import PCA as SkPCA
    from sklearn.neighbors import KNeighborsClassifier
    scores = np.zeros(len(ks))
    for fold in _shuffled_folds():
        fit_rows = np.setdiff1d(np.arange(n_train), fold)
        model = SkPCA().fit(X_train[fit_rows])
        Z_fit, Z_val = model.transform(X_train[fit_rows]), model.transform(X_train[fold])
        for i, k in enumerate(ks):
            knn = KNeighborsClassifier(1).fit(Z_fit[:, :k], y_train[fit_rows])
            scores[i] += knn.score(Z_val[:, :k], y_train[fold])
    return int(ks[np.argmax(scores)])


@ANSWERS.right("k_cv", "typed in as a one-element list")
def _():
    return [int(ks[np.argmax(_cv_correct(_shuffled_folds()))])]


@ANSWERS.right("k_cv", "the eigh solver, and the k left as a NumPy integer")
def _():
    return ks[np.argmax(_cv_correct(_shuffled_folds(), solver="eigh"))]


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
