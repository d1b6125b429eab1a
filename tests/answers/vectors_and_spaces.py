"""The exercises of 01_linear_algebra/01_vectors_and_spaces.ipynb: wrong answers every checker must reject, and right answers in other forms."""
from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from . import Answers

if TYPE_CHECKING:  # defined by the notebook; tests/probe.py runs these functions in its namespace
    from notebook import B_ex2, gram_schmidt, modified_gram_schmidt_solution, qr_positive, x_ex2

ANSWERS = Answers("01_linear_algebra/01_vectors_and_spaces.ipynb")

# ── normalize ───────────────────────────────────────────────────────────────────────────────────


@ANSWERS.wrong('normalize', 'divides by the L1 norm')
def _(v):
    v = np.asarray(v, float)
    if not np.any(v): raise ValueError('zero')
    return v / np.abs(v).sum()


@ANSWERS.wrong('normalize', 'divides by the L-infinity norm')
def _(v):
    v = np.asarray(v, float)
    if not np.any(v): raise ValueError('zero')
    return v / np.abs(v).max()


@ANSWERS.wrong('normalize', 'divides by the squared norm')
def _(v):
    v = np.asarray(v, float)
    if not np.any(v): raise ValueError('zero')
    return v / (v @ v)


@ANSWERS.wrong('normalize', 'no zero check (nan)')
def _(v):
    return v / np.linalg.norm(v)


@ANSWERS.wrong('normalize', 'ZeroDivisionError instead of ValueError')
def _(v):
    n = np.linalg.norm(v)
    if n == 0: raise ZeroDivisionError('zero')
    return v / n


@ANSWERS.wrong('normalize', 'returns a list')
def _(v):
    n = np.linalg.norm(v)
    if n == 0: raise ValueError('zero')
    return list(v / n)


@ANSWERS.wrong('normalize', 'returns the norm')
def _(v):
    n = np.linalg.norm(v)
    if n == 0: raise ValueError('zero')
    return n


@ANSWERS.wrong('normalize', 'in place (fails on integer input)')
def _(v):
    n = np.linalg.norm(v)
    if n == 0: raise ValueError('zero')
    v /= n
    return v


@ANSWERS.wrong('normalize', 'in place, after a float conversion (changes a float input)')
def _(v):
    v = np.asarray(v, dtype=float)
    n = np.linalg.norm(v)
    if n == 0: raise ValueError('zero')
    v /= n
    return v


@ANSWERS.wrong('normalize', 'multiplies by the norm')
def _(v):
    n = np.linalg.norm(v)
    if n == 0: raise ValueError('zero')
    return v * n


@ANSWERS.wrong('normalize', 'absolute cut-off: norm < 1e-10 counts as zero')
def _(v):
    n = np.linalg.norm(v)
    if n < 1e-10: raise ValueError('zero')
    return v / n


@ANSWERS.wrong('normalize', 'np.isclose(norm, 0) (an absolute tolerance of 1e-8)')
def _(v):
    n = np.linalg.norm(v)
    if np.isclose(n, 0): raise ValueError('zero')
    return v / n


@ANSWERS.wrong('normalize', 'divides by the sum of the entries')
def _(v):
    if not np.any(v): raise ValueError('zero')
    return v / np.sum(v)


@ANSWERS.wrong('normalize', 'squares the entries (loses the signs)')
def _(v):
    n = np.linalg.norm(v)
    if n == 0: raise ValueError('zero')
    return (v / n) ** 2


@ANSWERS.right('normalize', 'the square root of the sum of squares, by hand')
def _(v):
    length = np.sqrt(np.sum(np.asarray(v, dtype=float) ** 2))
    if length == 0:
        raise ValueError('the zero vector has no direction')
    return v / length


@ANSWERS.right('normalize', 'rescaled by the largest entry first (safe from overflow)')
def _(v):
    v = np.asarray(v, dtype=float)
    biggest = np.max(np.abs(v))
    if biggest == 0:
        raise ValueError('the zero vector has no direction')
    u = v / biggest
    return u / np.sqrt(u @ u)

# ── coords ──────────────────────────────────────────────────────────────────────────────────────


@ANSWERS.wrong('coords', 'B @ x')
def _():
    return B_ex2 @ x_ex2


@ANSWERS.wrong('coords', 'dot products B^T x')
def _():
    return B_ex2.T @ x_ex2


@ANSWERS.wrong('coords', 'solved with B transposed')
def _():
    return np.linalg.solve(B_ex2.T, x_ex2)


@ANSWERS.wrong('coords', 'x itself')
def _():
    return x_ex2.copy()


@ANSWERS.wrong('coords', 'rounded to integers')
def _():
    return np.round(np.linalg.solve(B_ex2, x_ex2))


@ANSWERS.wrong('coords', 'reversed order')
def _():
    return np.linalg.solve(B_ex2, x_ex2)[::-1]


@ANSWERS.wrong('coords', 'column vector shape (3, 1)')
def _():
    return np.linalg.solve(B_ex2, x_ex2)[:, None]


@ANSWERS.wrong('coords', 'the inverse matrix instead of the coordinates')
def _():
    return np.linalg.inv(B_ex2)


@ANSWERS.right('coords', 'typed in as a list')
def _():
    return [1.5, -0.5, 2.5]


@ANSWERS.right('coords', 'through the inverse (other rounding)')
def _():
    return np.linalg.inv(B_ex2) @ x_ex2


@ANSWERS.right('coords', 'by least squares')
def _():
    return np.linalg.lstsq(B_ex2, x_ex2, rcond=None)[0]


# ── cosine_similarity_matrix ────────────────────────────────────────────────────────────────────


@ANSWERS.wrong('cosine_similarity_matrix', 'plain dot products')
def _(X, Y):
    return X @ Y.T


@ANSWERS.wrong('cosine_similarity_matrix', 'normalized columns')
def _(X, Y):
    return (X / np.linalg.norm(X, axis=0)) @ (Y / np.linalg.norm(Y, axis=0)).T


@ANSWERS.wrong('cosine_similarity_matrix', 'only X normalized')
def _(X, Y):
    return (X / np.linalg.norm(X, axis=1, keepdims=True)) @ Y.T


@ANSWERS.wrong('cosine_similarity_matrix', 'only Y normalized')
def _(X, Y):
    return X @ (Y / np.linalg.norm(Y, axis=1, keepdims=True)).T


@ANSWERS.wrong('cosine_similarity_matrix', 'cosine distance')
def _(X, Y):
    return 1 - (X / np.linalg.norm(X, axis=1, keepdims=True)) @ (Y / np.linalg.norm(Y, axis=1, keepdims=True)).T


@ANSWERS.wrong('cosine_similarity_matrix', 'transposed (m, n)')
def _(X, Y):
    return (Y / np.linalg.norm(Y, axis=1, keepdims=True)) @ (X / np.linalg.norm(X, axis=1, keepdims=True)).T


@ANSWERS.wrong('cosine_similarity_matrix', 'L1 row normalization')
def _(X, Y):
    return (X / np.abs(X).sum(1, keepdims=True)) @ (Y / np.abs(Y).sum(1, keepdims=True)).T


@ANSWERS.wrong('cosine_similarity_matrix', 'no zero-row check (nan)')
def _(X, Y):
    return (X / np.linalg.norm(X, axis=1, keepdims=True)) @ (Y / np.linalg.norm(Y, axis=1, keepdims=True)).T


@ANSWERS.wrong('cosine_similarity_matrix', 'sklearn (zero rows give 0)')
def _(X, Y):
    from sklearn.metrics.pairwise import cosine_similarity as _cs
    return _cs(X, Y)


@ANSWERS.wrong('cosine_similarity_matrix', 'norms broadcast wrongly')
def _(X, Y):
    return X @ Y.T / (np.linalg.norm(X, axis=1) * np.linalg.norm(Y, axis=1))


@ANSWERS.wrong('cosine_similarity_matrix', 'divides by squared norms')
def _(X, Y):
    nx, ny = np.linalg.norm(X, axis=1, keepdims=True), np.linalg.norm(Y, axis=1, keepdims=True)
    if np.any(nx == 0) or np.any(ny == 0): raise ValueError('zero row')
    return X @ Y.T / (nx * ny.T) ** 2


@ANSWERS.wrong('cosine_similarity_matrix', 'X /= nx: normalizes the caller\'s X in place')
def _(X, Y):
    if X.shape[1] != Y.shape[1]: raise ValueError('different d')
    nx, ny = np.linalg.norm(X, axis=1, keepdims=True), np.linalg.norm(Y, axis=1, keepdims=True)
    if np.any(nx == 0) or np.any(ny == 0): raise ValueError('zero row')
    X /= nx
    Y = Y / ny
    return X @ Y.T


@ANSWERS.wrong('cosine_similarity_matrix', 'absolute cut-off: a row norm below 1e-10 counts as zero')
def _(X, Y):
    if X.shape[1] != Y.shape[1]: raise ValueError('different d')
    nx, ny = np.linalg.norm(X, axis=1, keepdims=True), np.linalg.norm(Y, axis=1, keepdims=True)
    if np.any(nx < 1e-10) or np.any(ny < 1e-10): raise ValueError('zero row')
    return (X / nx) @ (Y / ny).T


@ANSWERS.wrong('cosine_similarity_matrix', 'np.isclose(norms, 0) (an absolute tolerance)')
def _(X, Y):
    if X.shape[1] != Y.shape[1]: raise ValueError('different d')
    nx, ny = np.linalg.norm(X, axis=1, keepdims=True), np.linalg.norm(Y, axis=1, keepdims=True)
    if np.any(np.isclose(nx, 0)) or np.any(np.isclose(ny, 0)): raise ValueError('zero row')
    return (X / nx) @ (Y / ny).T


@ANSWERS.wrong('cosine_similarity_matrix', 'refuses any zero entry, not only a zero row')
def _(X, Y):
    if X.shape[1] != Y.shape[1]: raise ValueError('different d')
    if np.any(X == 0) or np.any(Y == 0): raise ValueError('zero row')
    return (X / np.linalg.norm(X, axis=1, keepdims=True)) @ (Y / np.linalg.norm(Y, axis=1, keepdims=True)).T


@ANSWERS.wrong('cosine_similarity_matrix', 'divides by the norms of the whole matrices')
def _(X, Y):
    if X.shape[1] != Y.shape[1]: raise ValueError('different d')
    if np.any(~X.any(axis=1)) or np.any(~Y.any(axis=1)): raise ValueError('zero row')
    return X @ Y.T / (np.linalg.norm(X) * np.linalg.norm(Y))


@ANSWERS.right('cosine_similarity_matrix', 'dot products divided by the outer product of the row lengths')
def _(X, Y):
    X, Y = np.asarray(X, dtype=float), np.asarray(Y, dtype=float)
    if X.shape[1] != Y.shape[1]:
        raise ValueError('the rows of X and Y have different lengths')
    nx, ny = np.sqrt(np.sum(X ** 2, axis=1)), np.sqrt(np.sum(Y ** 2, axis=1))
    if np.any(nx == 0) or np.any(ny == 0):
        raise ValueError('a zero row has no direction')
    return (X @ Y.T) / np.outer(nx, ny)


@ANSWERS.right('cosine_similarity_matrix', 'with np.einsum')
def _(X, Y):
    if X.shape[1] != Y.shape[1]:
        raise ValueError('the rows of X and Y have different lengths')
    nx, ny = np.linalg.norm(X, axis=1), np.linalg.norm(Y, axis=1)
    if not (np.all(nx > 0) and np.all(ny > 0)):
        raise ValueError('a zero row has no direction')
    return np.einsum('id,jd->ij', X, Y) / nx[:, None] / ny[None, :]

@ANSWERS.right('cosine_similarity_matrix', 'clipped to [-1, 1] against rounding')
def _(X, Y):
    X, Y = np.asarray(X, dtype=float), np.asarray(Y, dtype=float)
    if X.shape[1] != Y.shape[1]:
        raise ValueError('the rows of X and Y have different lengths')
    nx, ny = np.linalg.norm(X, axis=1, keepdims=True), np.linalg.norm(Y, axis=1, keepdims=True)
    if np.any(nx == 0) or np.any(ny == 0):
        raise ValueError('a zero row has no direction')
    return np.clip((X / nx) @ (Y / ny).T, -1.0, 1.0)

# ── project_onto_column_space ───────────────────────────────────────────────────────────────────


@ANSWERS.wrong('project_onto_column_space', 'per-column projections added')
def _(x, A):
    if np.linalg.matrix_rank(A) < A.shape[1]: raise ValueError('dependent')
    return sum((a @ x) / (a @ a) * a for a in A.T)


@ANSWERS.wrong('project_onto_column_space', 'A A^T x')
def _(x, A):
    if np.linalg.matrix_rank(A) < A.shape[1]: raise ValueError('dependent')
    return A @ (A.T @ x)


@ANSWERS.wrong('project_onto_column_space', 'the residual')
def _(x, A):
    if np.linalg.matrix_rank(A) < A.shape[1]: raise ValueError('dependent')
    return x - A @ np.linalg.solve(A.T @ A, A.T @ x)


@ANSWERS.wrong('project_onto_column_space', 'forgot to square ||a||')
def _(x, A):
    if np.linalg.matrix_rank(A) < A.shape[1]: raise ValueError('dependent')
    return sum((a @ x) / np.linalg.norm(a) * a for a in A.T)


@ANSWERS.wrong('project_onto_column_space', 'relies on solve to notice dependence')
def _(x, A):
    return A @ np.linalg.solve(A.T @ A, A.T @ x)


@ANSWERS.wrong('project_onto_column_space', 'pinv, no check')
def _(x, A):
    return A @ np.linalg.pinv(A) @ x


@ANSWERS.wrong('project_onto_column_space', 'lstsq, no check')
def _(x, A):
    return A @ np.linalg.lstsq(A, x, rcond=None)[0]


@ANSWERS.wrong('project_onto_column_space', 'QR, no check')
def _(x, A):
    Q = np.linalg.qr(A)[0]
    return Q @ (Q.T @ x)


@ANSWERS.wrong('project_onto_column_space', 'determinant test (not scale invariant)')
def _(x, A):
    if abs(np.linalg.det(A.T @ A)) < 1e-10: raise ValueError('dependent')
    return A @ np.linalg.solve(A.T @ A, A.T @ x)


@ANSWERS.wrong('project_onto_column_space', 'only the first column')
def _(x, A):
    if np.linalg.matrix_rank(A) < A.shape[1]: raise ValueError('dependent')
    a = A[:, 0]
    return (a @ x) / (a @ a) * a


@ANSWERS.wrong('project_onto_column_space', 'inv, no check')
def _(x, A):
    return A @ np.linalg.inv(A.T @ A) @ A.T @ x


@ANSWERS.wrong('project_onto_column_space', 'absolute cut-off: s.min() < 1e-10')
def _(x, A):
    if x.shape != (A.shape[0],): raise ValueError('shapes')
    s = np.linalg.svd(A, compute_uv=False)
    if A.shape[1] > A.shape[0] or s.min() < 1e-10: raise ValueError('dependent')
    return A @ np.linalg.solve(A.T @ A, A.T @ x)


@ANSWERS.wrong('project_onto_column_space', 'matrix_rank with an absolute tol=1e-10')
def _(x, A):
    if x.shape != (A.shape[0],): raise ValueError('shapes')
    if np.linalg.matrix_rank(A, tol=1e-10) < A.shape[1]: raise ValueError('dependent')
    return A @ np.linalg.solve(A.T @ A, A.T @ x)


@ANSWERS.wrong('project_onto_column_space', 'rank compared with min(A.shape), which misses a wide A')
def _(x, A):
    if x.shape != (A.shape[0],): raise ValueError('shapes')
    if np.linalg.matrix_rank(A) < min(A.shape): raise ValueError('dependent')
    return A @ np.linalg.lstsq(A, x, rcond=None)[0]


@ANSWERS.wrong('project_onto_column_space', 'returns the coefficients c, not A c')
def _(x, A):
    if x.shape != (A.shape[0],): raise ValueError('shapes')
    if np.linalg.matrix_rank(A) < A.shape[1]: raise ValueError('dependent')
    return np.linalg.solve(A.T @ A, A.T @ x)


@ANSWERS.wrong('project_onto_column_space', 'a zero column checked, not dependence')
def _(x, A):
    if x.shape != (A.shape[0],): raise ValueError('shapes')
    if np.any(np.linalg.norm(A, axis=0) == 0): raise ValueError('a zero column')
    return A @ np.linalg.lstsq(A, x, rcond=None)[0]


@ANSWERS.right('project_onto_column_space', 'an orthonormal basis from QR, with a rank check')
def _(x, A):
    if x.shape != (A.shape[0],):
        raise ValueError('x and A do not fit')
    if np.linalg.matrix_rank(A) < A.shape[1]:
        raise ValueError('dependent columns')
    Q = np.linalg.qr(A)[0]
    return Q @ (Q.T @ x)


@ANSWERS.right('project_onto_column_space', 'the pseudoinverse, with the rank lstsq reports')
def _(x, A):
    if x.shape != (A.shape[0],):
        raise ValueError('x and A do not fit')
    rank = np.linalg.lstsq(A, x, rcond=None)[2]
    if rank < A.shape[1]:
        raise ValueError('dependent columns')
    return A @ (np.linalg.pinv(A) @ x)


@ANSWERS.right('project_onto_column_space', 'a condition-number test (scale-free)')
def _(x, A):
    if x.ndim != 1 or A.shape[0] != x.shape[0] or A.shape[1] > A.shape[0]:
        raise ValueError('x and A do not fit, or too many columns')
    if np.linalg.cond(A) > 1e12:
        raise ValueError('dependent columns')
    return A @ np.linalg.solve(A.T @ A, A.T @ x)

# ── modified_gram_schmidt ───────────────────────────────────────────────────────────────────────


@ANSWERS.wrong('modified_gram_schmidt', 'classical Gram-Schmidt')
def _(A):
    return gram_schmidt(A)[0]


@ANSWERS.wrong('modified_gram_schmidt', 'classical Gram-Schmidt, written as a loop')
def _(A):
    A = np.asarray(A, float); d, k = A.shape; Q = np.zeros((d, k))
    for j in range(k):
        w = A[:, j].copy()
        for i in range(j):
            w = w - (Q[:, i] @ A[:, j]) * Q[:, i]   # projects the original column, not the current w
        n = np.linalg.norm(w)
        if n <= 1e-10 * np.linalg.norm(A[:, j]): raise ValueError('dependent')
        Q[:, j] = w / n
    return Q


@ANSWERS.wrong('modified_gram_schmidt', 'not normalized')
def _(A):
    A = np.asarray(A, float); d, k = A.shape; W = np.zeros((d, k))
    if np.linalg.matrix_rank(A) < k: raise ValueError('dependent')
    for j in range(k):
        w = A[:, j].copy()
        for i in range(j):
            w -= (W[:, i] @ w) / (W[:, i] @ W[:, i]) * W[:, i]
        W[:, j] = w
    return W


@ANSWERS.wrong('modified_gram_schmidt', 'returns (Q, R)')
def _(A):
    Q = modified_gram_schmidt_solution(A)
    return Q, Q.T @ A


@ANSWERS.wrong('modified_gram_schmidt', 'np.linalg.qr without sign fix')
def _(A):
    if np.linalg.matrix_rank(A) < A.shape[1]: raise ValueError('dependent')
    return np.linalg.qr(A)[0]


@ANSWERS.wrong('modified_gram_schmidt', 'np.linalg.qr with the sign fix (forbidden)')
def _(A):
    if A.shape[1] > A.shape[0] or np.linalg.matrix_rank(A) < A.shape[1]: raise ValueError('dependent')
    Q, R = np.linalg.qr(A)
    return Q * np.sign(np.diag(R))


@ANSWERS.wrong('modified_gram_schmidt', 'scipy.linalg.qr with the sign fix (forbidden)')
def _(A):
    import scipy.linalg
    if A.shape[1] > A.shape[0] or np.linalg.matrix_rank(A) < A.shape[1]: raise ValueError('dependent')
    Q, R = scipy.linalg.qr(A, mode='economic')
    return Q * np.sign(np.diag(R))


@ANSWERS.wrong('modified_gram_schmidt', "reuses the notebook's qr_positive (np.linalg.qr inside)")
def _(A):
    if A.shape[1] > A.shape[0] or np.linalg.matrix_rank(A) < A.shape[1]: raise ValueError('dependent')
    return qr_positive(A)[0]


@ANSWERS.wrong('modified_gram_schmidt', 'a view instead of a copy: w = A[:, j], then w -= ... changes A')
def _(A):
    A = np.asarray(A, dtype=float); d, k = A.shape; Q = np.zeros((d, k))
    for j in range(k):
        norm_a = np.linalg.norm(A[:, j])
        w = A[:, j]                           # a view: the updates below write into A
        for i in range(j):
            w -= (Q[:, i] @ w) * Q[:, i]
        n = np.linalg.norm(w)
        if n <= 1e-10 * norm_a: raise ValueError('dependent')
        Q[:, j] = w / n
    return Q


@ANSWERS.wrong('modified_gram_schmidt', 'no dependence check')
def _(A):
    A = np.asarray(A, float); d, k = A.shape; Q = np.zeros((d, k))
    for j in range(k):
        w = A[:, j].copy()
        for i in range(j):
            w -= (Q[:, i] @ w) * Q[:, i]
        Q[:, j] = w / np.linalg.norm(w)
    return Q


@ANSWERS.wrong('modified_gram_schmidt', 'absolute tolerance')
def _(A):
    A = np.asarray(A, float); d, k = A.shape; Q = np.zeros((d, k))
    for j in range(k):
        w = A[:, j].copy()
        for i in range(j):
            w -= (Q[:, i] @ w) * Q[:, i]
        if np.linalg.norm(w) < 1e-10: raise ValueError('dependent')
        Q[:, j] = w / np.linalg.norm(w)
    return Q


@ANSWERS.wrong('modified_gram_schmidt', 'tolerance relative to the whole matrix, not to the column')
def _(A):
    A = np.asarray(A, float); d, k = A.shape; Q = np.zeros((d, k))
    for j in range(k):
        w = A[:, j].copy()
        for i in range(j):
            w -= (Q[:, i] @ w) * Q[:, i]
        if np.linalg.norm(w) <= 1e-10 * np.linalg.norm(A): raise ValueError('dependent')
        Q[:, j] = w / np.linalg.norm(w)
    return Q


@ANSWERS.wrong('modified_gram_schmidt', 'normalized, not orthogonalized')
def _(A):
    if np.linalg.matrix_rank(A) < A.shape[1]: raise ValueError('dependent')
    return A / np.linalg.norm(A, axis=0)


@ANSWERS.wrong('modified_gram_schmidt', 'exact-zero dependence test')
def _(A):
    A = np.asarray(A, float); d, k = A.shape; Q = np.zeros((d, k))
    if k > d: raise ValueError('dependent')
    for j in range(k):
        w = A[:, j].copy()
        for i in range(j):
            w -= (Q[:, i] @ w) * Q[:, i]
        n = np.linalg.norm(w)
        if n == 0: raise ValueError('dependent')
        Q[:, j] = w / n
    return Q


@ANSWERS.wrong('modified_gram_schmidt', 'Householder by hand, signs not fixed')
def _(A):
    A = np.asarray(A, float); d, k = A.shape
    if k > d: raise ValueError('dependent')
    R, H = A.copy(), np.eye(d)
    for j in range(k):
        x = R[j:, j]
        v = x.copy(); v[0] += np.linalg.norm(x) if x[0] >= 0 else -np.linalg.norm(x)
        if np.linalg.norm(v) <= 1e-10 * np.linalg.norm(A[:, j]): raise ValueError('dependent')
        v /= np.linalg.norm(v)
        R[j:, :] -= 2 * np.outer(v, v @ R[j:, :])
        H[:, j:] -= 2 * np.outer(H[:, j:] @ v, v)
        if abs(R[j, j]) <= 1e-10 * np.linalg.norm(A[:, j]): raise ValueError('dependent')
    return H[:, :k]


@ANSWERS.right('modified_gram_schmidt', 'modified Gram-Schmidt with a rank check up front')
def _(A):
    A = np.array(A, dtype=float)              # a copy: the loop below may overwrite it freely
    d, k = A.shape
    if np.linalg.matrix_rank(A) < k:
        raise ValueError('the columns are dependent')
    for j in range(k):
        for i in range(j):
            A[:, j] -= (A[:, i] @ A[:, j]) * A[:, i]
        A[:, j] /= np.linalg.norm(A[:, j])
    return A


@ANSWERS.right('modified_gram_schmidt', 'row-oriented modified Gram-Schmidt (each q_j removed from all later columns)')
def _(A):
    W = np.array(A, dtype=float)
    d, k = W.shape
    norms = np.linalg.norm(W, axis=0)
    for j in range(k):
        n = np.linalg.norm(W[:, j])
        if n <= 1e-10 * norms[j]:
            raise ValueError('the columns are dependent')
        W[:, j] /= n
        W[:, j + 1:] -= np.outer(W[:, j], W[:, j] @ W[:, j + 1:])
    return W


@ANSWERS.right('modified_gram_schmidt', 'classical Gram-Schmidt run twice per column (re-orthogonalization)')
def _(A):
    A = np.asarray(A, dtype=float)
    d, k = A.shape
    Q = np.zeros((d, k))
    for j in range(k):
        w = A[:, j].copy()
        for _ in range(2):                     # the second pass removes what rounding left behind
            w = w - Q[:, :j] @ (Q[:, :j].T @ w)
        n = np.linalg.norm(w)
        if n <= 1e-10 * np.linalg.norm(A[:, j]):
            raise ValueError('the columns are dependent')
        Q[:, j] = w / n
    return Q
