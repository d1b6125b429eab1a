"""Plausible wrong answers every checker must reject: {notebook: {exercise: {mistake: source}}}.

Each source defines `wrong`, a mistake a learner could really make (forgot to centre, transposed,
off by a factor, the L1 instead of the L2 norm, ...). It runs in the notebook's namespace after
the exercises, so it may use np and the notebook's own functions. tests/test_checkers.py calls
check_<exercise>(wrong) and requires False.
"""

WRONG_ANSWERS: dict[str, dict[str, dict[str, str]]] = {
    "colab_quick_start/setup_environment.ipynb": {
        "dot": {
            "sum of each, multiplied": """
def wrong(x, y):
    return float(np.sum(x) * np.sum(y))
""",
            "forgot to add up": """
def wrong(x, y):
    return x * y
""",
            "absolute values": """
def wrong(x, y):
    return float(np.sum(np.abs(x * y)))
""",
            "truncated to an integer": """
def wrong(x, y):
    return int(np.sum(x * y))
""",
            "mean, not sum": """
def wrong(x, y):
    return float(np.mean(x * y))
""",
            "no length check (broadcasts)": """
def wrong(x, y):
    return float(np.sum(x * y))
""",
            "zip drops extra entries": """
def wrong(x, y):
    return sum(a * b for a, b in zip(x, y))
""",
        },
    },
    "01_linear_algebra/02_matrix_operations.ipynb": {
        "rotation_matrix": {
            "clockwise (transposed)": """
def wrong(t):
    c, s = np.cos(t), np.sin(t)
    return np.array([[c, s], [-s, c]])
""",
            "degrees instead of radians": """
def wrong(t):
    t = np.deg2rad(t)
    c, s = np.cos(t), np.sin(t)
    return np.array([[c, -s], [s, c]])
""",
            "sin and cos swapped": """
def wrong(t):
    c, s = np.cos(t), np.sin(t)
    return np.array([[s, -c], [c, s]])
""",
            "no minus sign": """
def wrong(t):
    c, s = np.cos(t), np.sin(t)
    return np.array([[c, s], [s, c]])
""",
            "returns a list": """
def wrong(t):
    c, s = np.cos(t), np.sin(t)
    return [[c, -s], [s, c]]
""",
            "rotation by 2 theta": """
def wrong(t):
    c, s = np.cos(2*t), np.sin(2*t)
    return np.array([[c, -s], [s, c]])
""",
            "only correct at 45 degrees (hard-coded)": """
def wrong(t):
    return np.sqrt(0.5) * np.array([[1.0, -1.0], [1.0, 1.0]])
""",
        },
        "reflection_matrix": {
            "order reversed R(-t) F R(t)": """
def wrong(t):
    R = lambda a: np.array([[np.cos(a), -np.sin(a)], [np.sin(a), np.cos(a)]])
    return R(-t) @ np.diag([1.0, -1.0]) @ R(t)
""",
            "angle not doubled in closed form": """
def wrong(t):
    c, s = np.cos(t), np.sin(t)
    return np.array([[c, s], [s, -c]])
""",
            "projection u u^T": """
def wrong(t):
    u = np.array([np.cos(t), np.sin(t)])
    return np.outer(u, u)
""",
            "rotation by 2t": """
def wrong(t):
    c, s = np.cos(2*t), np.sin(2*t)
    return np.array([[c, -s], [s, c]])
""",
            "reflection across the perpendicular line, I - 2uu^T": """
def wrong(t):
    u = np.array([np.cos(t), np.sin(t)])
    return np.eye(2) - 2 * np.outer(u, u)
""",
            "R(t) F R(t)": """
def wrong(t):
    R = lambda a: np.array([[np.cos(a), -np.sin(a)], [np.sin(a), np.cos(a)]])
    return R(t) @ np.diag([1.0, -1.0]) @ R(t)
""",
            "forgot to rotate back: R(t) F": """
def wrong(t):
    R = lambda a: np.array([[np.cos(a), -np.sin(a)], [np.sin(a), np.cos(a)]])
    return R(t) @ np.diag([1.0, -1.0])
""",
            "mirror in the x2-axis instead of x1-axis": """
def wrong(t):
    R = lambda a: np.array([[np.cos(a), -np.sin(a)], [np.sin(a), np.cos(a)]])
    return R(t) @ np.diag([-1.0, 1.0]) @ R(-t)
""",
        },
        "det_lu": {
            "forgot the permutation sign": """
def wrong(A):
    P, L, U = lu_decompose(A)
    return float(np.prod(np.diag(U)))
""",
            "parity from the number of moved rows": """
def wrong(A):
    P, L, U = lu_decompose(A)
    moved = int(np.sum(P.argmax(axis=1) != np.arange(len(P))))
    return (-1.0) ** moved * float(np.prod(np.diag(U)))
""",
            "product of the diagonal of L": """
def wrong(A):
    P, L, U = lu_decompose(A)
    return float(np.prod(np.diag(L)))
""",
            "absolute value": """
def wrong(A):
    P, L, U = lu_decompose(A)
    return abs(float(np.prod(np.diag(U))))
""",
            "sum of pivots": """
def wrong(A):
    P, L, U = lu_decompose(A)
    perm = P.argmax(axis=1); i, j = np.triu_indices(len(perm), 1)
    return (-1.0) ** int(np.sum(perm[i] > perm[j])) * float(np.sum(np.diag(U)))
""",
            "(-1)^n sign": """
def wrong(A):
    P, L, U = lu_decompose(A)
    return (-1.0) ** len(A) * float(np.prod(np.diag(U)))
""",
            "no ValueError for non-square (uses a slice)": """
def wrong(A):
    A = np.asarray(A, dtype=float)
    n = min(A.shape)
    return float(np.linalg.det(A[:n, :n]))
""",
            "divides by the sign (ok) but raises on singular": """
def wrong(A):
    P, L, U = lu_decompose(A)
    if np.any(np.abs(np.diag(U)) < 1e-12):
        raise ValueError('singular')
    perm = P.argmax(axis=1); i, j = np.triu_indices(len(perm), 1)
    return (-1.0) ** int(np.sum(perm[i] > perm[j])) * float(np.prod(np.diag(U)))
""",
        },
        "lu_solve": {
            "forgot the permutation": """
def wrong(P, L, U, b):
    n = len(b); y = np.zeros(n); x = np.zeros(n)
    if np.any(np.abs(np.diag(U)) <= pivot_tolerance(U)) or len(b) != len(U): raise ValueError('bad')
    for i in range(n): y[i] = b[i] - L[i, :i] @ y[:i]
    for i in reversed(range(n)): x[i] = (y[i] - U[i, i+1:] @ x[i+1:]) / U[i, i]
    return x
""",
            "permuted with P^T": """
def wrong(P, L, U, b):
    n = len(b); c = P.T @ b; y = np.zeros(n); x = np.zeros(n)
    if np.any(np.abs(np.diag(U)) <= pivot_tolerance(U)) or len(b) != len(U): raise ValueError('bad')
    for i in range(n): y[i] = c[i] - L[i, :i] @ y[:i]
    for i in reversed(range(n)): x[i] = (y[i] - U[i, i+1:] @ x[i+1:]) / U[i, i]
    return x
""",
            "back substitution forgets to divide by u_ii": """
def wrong(P, L, U, b):
    n = len(b); c = P @ b; y = np.zeros(n); x = np.zeros(n)
    if np.any(np.abs(np.diag(U)) <= pivot_tolerance(U)) or len(b) != len(U): raise ValueError('bad')
    for i in range(n): y[i] = c[i] - L[i, :i] @ y[:i]
    for i in reversed(range(n)): x[i] = (y[i] - U[i, i+1:] @ x[i+1:])
    return x
""",
            "returns y (no back substitution)": """
def wrong(P, L, U, b):
    n = len(b); c = P @ b; y = np.zeros(n)
    if np.any(np.abs(np.diag(U)) <= pivot_tolerance(U)) or len(b) != len(U): raise ValueError('bad')
    for i in range(n): y[i] = c[i] - L[i, :i] @ y[:i]
    return y
""",
            "no singularity check": """
def wrong(P, L, U, b):
    if len(b) != len(U): raise ValueError('bad')
    return np.linalg.solve(P.T @ L @ U, b)
""",
            "exact-zero singularity check only": """
def wrong(P, L, U, b):
    if len(b) != len(U) or np.any(np.diag(U) == 0): raise ValueError('bad')
    return np.linalg.solve(P.T @ L @ U, b)
""",
            "substitutions in the wrong order (U first, then L)": """
def wrong(P, L, U, b):
    from scipy.linalg import solve_triangular as st
    if np.any(np.abs(np.diag(U)) <= pivot_tolerance(U)) or len(b) != len(U): raise ValueError('bad')
    return st(L, st(U, P @ b), lower=True, unit_diagonal=True)
""",
            "no shape check (b too long is silently cut)": """
def wrong(P, L, U, b):
    n = len(U); b = np.asarray(b)[:n]; c = P @ b; y = np.zeros(n); x = np.zeros(n)
    if np.any(np.abs(np.diag(U)) <= pivot_tolerance(U)): raise ValueError('bad')
    for i in range(n): y[i] = c[i] - L[i, :i] @ y[:i]
    for i in reversed(range(n)): x[i] = (y[i] - U[i, i+1:] @ x[i+1:]) / U[i, i]
    return x
""",
            "forward substitution divides by U's diagonal": """
def wrong(P, L, U, b):
    n = len(b); c = P @ b; y = np.zeros(n); x = np.zeros(n)
    if np.any(np.abs(np.diag(U)) <= pivot_tolerance(U)) or len(b) != len(U): raise ValueError('bad')
    for i in range(n): y[i] = (c[i] - L[i, :i] @ y[:i]) / U[i, i]
    for i in reversed(range(n)): x[i] = (y[i] - U[i, i+1:] @ x[i+1:]) / U[i, i]
    return x
""",
            "substitution with no singularity check at all": """
def wrong(P, L, U, b):
    n = len(b); c = P @ b; y = np.zeros(n); x = np.zeros(n)
    if len(b) != len(U): raise ValueError('bad')
    for i in range(n): y[i] = c[i] - L[i, :i] @ y[:i]
    with np.errstate(all='ignore'):
        for i in reversed(range(n)): x[i] = (y[i] - U[i, i+1:] @ x[i+1:]) / U[i, i]
    return x
""",
            "substitution with an exact-zero check": """
def wrong(P, L, U, b):
    n = len(b); c = P @ b; y = np.zeros(n); x = np.zeros(n)
    if len(b) != len(U) or np.any(np.diag(U) == 0): raise ValueError('bad')
    for i in range(n): y[i] = c[i] - L[i, :i] @ y[:i]
    for i in reversed(range(n)): x[i] = (y[i] - U[i, i+1:] @ x[i+1:]) / U[i, i]
    return x
""",
        },
    },
    "01_linear_algebra/01_vectors_and_spaces.ipynb": {
        "normalize": {
            "divides by the L1 norm": """
def wrong(v):
    v = np.asarray(v, float)
    if not np.any(v): raise ValueError('zero')
    return v / np.abs(v).sum()
""",
            "divides by the L-infinity norm": """
def wrong(v):
    v = np.asarray(v, float)
    if not np.any(v): raise ValueError('zero')
    return v / np.abs(v).max()
""",
            "divides by the squared norm": """
def wrong(v):
    v = np.asarray(v, float)
    if not np.any(v): raise ValueError('zero')
    return v / (v @ v)
""",
            "no zero check (nan)": """
def wrong(v):
    return v / np.linalg.norm(v)
""",
            "ZeroDivisionError instead of ValueError": """
def wrong(v):
    n = np.linalg.norm(v)
    if n == 0: raise ZeroDivisionError('zero')
    return v / n
""",
            "returns a list": """
def wrong(v):
    n = np.linalg.norm(v)
    if n == 0: raise ValueError('zero')
    return list(v / n)
""",
            "returns the norm": """
def wrong(v):
    n = np.linalg.norm(v)
    if n == 0: raise ValueError('zero')
    return n
""",
            "in place (fails on integer input)": """
def wrong(v):
    n = np.linalg.norm(v)
    if n == 0: raise ValueError('zero')
    v /= n
    return v
""",
            "multiplies by the norm": """
def wrong(v):
    n = np.linalg.norm(v)
    if n == 0: raise ValueError('zero')
    return v * n
""",
        },
        "coords": {
            "B @ x": """
wrong = B_ex2 @ x_ex2
""",
            "dot products B^T x": """
wrong = B_ex2.T @ x_ex2
""",
            "solved with B transposed": """
wrong = np.linalg.solve(B_ex2.T, x_ex2)
""",
            "x itself": """
wrong = x_ex2.copy()
""",
            "rounded to integers": """
wrong = np.round(np.linalg.solve(B_ex2, x_ex2))
""",
            "reversed order": """
wrong = np.linalg.solve(B_ex2, x_ex2)[::-1]
""",
            "column vector shape (3, 1)": """
wrong = np.linalg.solve(B_ex2, x_ex2)[:, None]
""",
        },
        "cosine_similarity_matrix": {
            "plain dot products": """
def wrong(X, Y):
    return X @ Y.T
""",
            "normalized columns": """
def wrong(X, Y):
    return (X / np.linalg.norm(X, axis=0)) @ (Y / np.linalg.norm(Y, axis=0)).T
""",
            "only X normalized": """
def wrong(X, Y):
    return (X / np.linalg.norm(X, axis=1, keepdims=True)) @ Y.T
""",
            "cosine distance": """
def wrong(X, Y):
    return 1 - (X / np.linalg.norm(X, axis=1, keepdims=True)) @ (Y / np.linalg.norm(Y, axis=1, keepdims=True)).T
""",
            "transposed (m, n)": """
def wrong(X, Y):
    return (Y / np.linalg.norm(Y, axis=1, keepdims=True)) @ (X / np.linalg.norm(X, axis=1, keepdims=True)).T
""",
            "L1 row normalization": """
def wrong(X, Y):
    return (X / np.abs(X).sum(1, keepdims=True)) @ (Y / np.abs(Y).sum(1, keepdims=True)).T
""",
            "no zero-row check (nan)": """
def wrong(X, Y):
    return (X / np.linalg.norm(X, axis=1, keepdims=True)) @ (Y / np.linalg.norm(Y, axis=1, keepdims=True)).T
""",
            "sklearn (zero rows give 0)": """
from sklearn.metrics.pairwise import cosine_similarity as _cs
def wrong(X, Y):
    return _cs(X, Y)
""",
            "norms broadcast wrongly": """
def wrong(X, Y):
    return X @ Y.T / (np.linalg.norm(X, axis=1) * np.linalg.norm(Y, axis=1))
""",
            "divides by squared norms": """
def wrong(X, Y):
    nx, ny = np.linalg.norm(X, axis=1, keepdims=True), np.linalg.norm(Y, axis=1, keepdims=True)
    if np.any(nx == 0) or np.any(ny == 0): raise ValueError('zero row')
    return X @ Y.T / (nx * ny.T) ** 2
""",
        },
        "project_onto_column_space": {
            "per-column projections added": """
def wrong(x, A):
    if np.linalg.matrix_rank(A) < A.shape[1]: raise ValueError('dependent')
    return sum((a @ x) / (a @ a) * a for a in A.T)
""",
            "A A^T x": """
def wrong(x, A):
    if np.linalg.matrix_rank(A) < A.shape[1]: raise ValueError('dependent')
    return A @ (A.T @ x)
""",
            "the residual": """
def wrong(x, A):
    if np.linalg.matrix_rank(A) < A.shape[1]: raise ValueError('dependent')
    return x - A @ np.linalg.solve(A.T @ A, A.T @ x)
""",
            "forgot to square ||a||": """
def wrong(x, A):
    if np.linalg.matrix_rank(A) < A.shape[1]: raise ValueError('dependent')
    return sum((a @ x) / np.linalg.norm(a) * a for a in A.T)
""",
            "relies on solve to notice dependence": """
def wrong(x, A):
    return A @ np.linalg.solve(A.T @ A, A.T @ x)
""",
            "pinv, no check": """
def wrong(x, A):
    return A @ np.linalg.pinv(A) @ x
""",
            "lstsq, no check": """
def wrong(x, A):
    return A @ np.linalg.lstsq(A, x, rcond=None)[0]
""",
            "QR, no check": """
def wrong(x, A):
    Q = np.linalg.qr(A)[0]
    return Q @ (Q.T @ x)
""",
            "determinant test (not scale invariant)": """
def wrong(x, A):
    if abs(np.linalg.det(A.T @ A)) < 1e-10: raise ValueError('dependent')
    return A @ np.linalg.solve(A.T @ A, A.T @ x)
""",
            "only the first column": """
def wrong(x, A):
    if np.linalg.matrix_rank(A) < A.shape[1]: raise ValueError('dependent')
    a = A[:, 0]
    return (a @ x) / (a @ a) * a
""",
            "inv, no check": """
def wrong(x, A):
    return A @ np.linalg.inv(A.T @ A) @ A.T @ x
""",
        },
        "modified_gram_schmidt": {
            "classical Gram-Schmidt": """
def wrong(A):
    return gram_schmidt(A)[0]
""",
            "not normalized": """
def wrong(A):
    A = np.asarray(A, float); d, k = A.shape; W = np.zeros((d, k))
    if np.linalg.matrix_rank(A) < k: raise ValueError('dependent')
    for j in range(k):
        w = A[:, j].copy()
        for i in range(j):
            w -= (W[:, i] @ w) / (W[:, i] @ W[:, i]) * W[:, i]
        W[:, j] = w
    return W
""",
            "returns (Q, R)": """
def wrong(A):
    Q = modified_gram_schmidt_solution(A)
    return Q, Q.T @ A
""",
            "np.linalg.qr without sign fix": """
def wrong(A):
    if np.linalg.matrix_rank(A) < A.shape[1]: raise ValueError('dependent')
    return np.linalg.qr(A)[0]
""",
            "no dependence check": """
def wrong(A):
    A = np.asarray(A, float); d, k = A.shape; Q = np.zeros((d, k))
    for j in range(k):
        w = A[:, j].copy()
        for i in range(j):
            w -= (Q[:, i] @ w) * Q[:, i]
        Q[:, j] = w / np.linalg.norm(w)
    return Q
""",
            "absolute tolerance": """
def wrong(A):
    A = np.asarray(A, float); d, k = A.shape; Q = np.zeros((d, k))
    for j in range(k):
        w = A[:, j].copy()
        for i in range(j):
            w -= (Q[:, i] @ w) * Q[:, i]
        if np.linalg.norm(w) < 1e-10: raise ValueError('dependent')
        Q[:, j] = w / np.linalg.norm(w)
    return Q
""",
            "normalized, not orthogonalized": """
def wrong(A):
    if np.linalg.matrix_rank(A) < A.shape[1]: raise ValueError('dependent')
    return A / np.linalg.norm(A, axis=0)
""",
            "exact-zero dependence test": """
def wrong(A):
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
""",
        },
    },
    "01_linear_algebra/03_eigendecomposition.ipynb": {
        "real_eigvals_2x2": {
            "ascending order": """
def wrong(A):
    A = np.asarray(A, float)
    if A.shape != (2, 2): raise ValueError('2x2')
    t = A[0,0] + A[1,1]; d = A[0,0]*A[1,1] - A[0,1]*A[1,0]; D = t*t - 4*d
    if D < 0: raise ValueError('complex')
    return np.array([(t - np.sqrt(D)) / 2, (t + np.sqrt(D)) / 2])
""",
            "forgot the 4 in the discriminant": """
def wrong(A):
    A = np.asarray(A, float)
    if A.shape != (2, 2): raise ValueError('2x2')
    t = np.trace(A); d = np.linalg.det(A); D = t*t - d
    if D < 0: raise ValueError('complex')
    return np.array([(t + np.sqrt(D)) / 2, (t - np.sqrt(D)) / 2])
""",
            "sign of the trace flipped": """
def wrong(A):
    A = np.asarray(A, float)
    if A.shape != (2, 2): raise ValueError('2x2')
    t = np.trace(A); d = np.linalg.det(A); D = t*t - 4*d
    if D < 0: raise ValueError('complex')
    return np.array([(-t + np.sqrt(D)) / 2, (-t - np.sqrt(D)) / 2])
""",
            "forgot to halve": """
def wrong(A):
    A = np.asarray(A, float)
    if A.shape != (2, 2): raise ValueError('2x2')
    t = np.trace(A); d = np.linalg.det(A); D = t*t - 4*d
    if D < 0: raise ValueError('complex')
    return np.array([t + np.sqrt(D), t - np.sqrt(D)])
""",
            "complex case returns the real parts instead of raising": """
def wrong(A):
    A = np.asarray(A, float)
    if A.shape != (2, 2): raise ValueError('2x2')
    t = np.trace(A); d = np.linalg.det(A); r = np.sqrt(max(t*t - 4*d, 0.0))
    return np.array([(t + r) / 2, (t - r) / 2])
""",
            "numpy's order, unsorted": """
def wrong(A):
    A = np.asarray(A, float)
    if A.shape != (2, 2): raise ValueError('2x2')
    ev = np.linalg.eigvals(A)
    if np.iscomplexobj(ev) and np.any(ev.imag != 0): raise ValueError('complex')
    return ev.real
""",
            "sorted by magnitude instead of value": """
def wrong(A):
    A = np.asarray(A, float)
    if A.shape != (2, 2): raise ValueError('2x2')
    ev = np.linalg.eigvals(A)
    if np.iscomplexobj(ev) and np.any(ev.imag != 0): raise ValueError('complex')
    ev = ev.real
    return ev[np.argsort(-np.abs(ev))]
""",
            "a list, not an array": """
def wrong(A):
    A = np.asarray(A, float)
    if A.shape != (2, 2): raise ValueError('2x2')
    t = np.trace(A); d = np.linalg.det(A); D = t*t - 4*d
    if D < 0: raise ValueError('complex')
    return [(t + np.sqrt(D)) / 2, (t - np.sqrt(D)) / 2]
""",
            "no shape check (a 3x3 matrix slips through)": """
def wrong(A):
    A = np.asarray(A, float)
    t = A[0,0] + A[1,1]; d = A[0,0]*A[1,1] - A[0,1]*A[1,0]; D = t*t - 4*d
    if D < 0: raise ValueError('complex')
    return np.array([(t + np.sqrt(D)) / 2, (t - np.sqrt(D)) / 2])
""",
        },
        "rayleigh_quotient": {
            "forgot to divide by x^T x": """
def wrong(A, x):
    if np.linalg.norm(x) == 0: raise ValueError('zero')
    return float(x @ A @ x)
""",
            "divided by ||x|| instead of ||x||^2": """
def wrong(A, x):
    if np.linalg.norm(x) == 0: raise ValueError('zero')
    return float(x @ A @ x / np.linalg.norm(x))
""",
            "||A x|| / ||x||: loses the sign": """
def wrong(A, x):
    if np.linalg.norm(x) == 0: raise ValueError('zero')
    return float(np.linalg.norm(A @ x) / np.linalg.norm(x))
""",
            "no zero-vector check (returns nan)": """
def wrong(A, x):
    with np.errstate(all='ignore'):
        return float(np.float64(x @ A @ x) / np.float64(x @ x))
""",
            "elementwise instead of a number": """
def wrong(A, x):
    if np.linalg.norm(x) == 0: raise ValueError('zero')
    return (A @ x) / x
""",
            "divided by n instead of x^T x": """
def wrong(A, x):
    if np.linalg.norm(x) == 0: raise ValueError('zero')
    return float(x @ A @ x / len(x))
""",
        },
        "definiteness_2x2": {
            "det > 0 always 'positive definite' (forgot the trace)": """
def wrong(A):
    A = np.asarray(A, float)
    if A.shape != (2, 2) or A[0,1] != A[1,0]: raise ValueError('bad')
    d = np.linalg.det(A); t = np.trace(A)
    if d < -1e-12: return 'indefinite'
    if d > 1e-12: return 'positive definite'
    return 'positive semidefinite' if t >= 0 else 'negative semidefinite'
""",
            "signs of the diagonal entries only": """
def wrong(A):
    A = np.asarray(A, float)
    if A.shape != (2, 2) or A[0,1] != A[1,0]: raise ValueError('bad')
    a, d = A[0,0], A[1,1]
    if a > 0 and d > 0: return 'positive definite'
    if a < 0 and d < 0: return 'negative definite'
    if a >= 0 and d >= 0: return 'positive semidefinite'
    if a <= 0 and d <= 0: return 'negative semidefinite'
    return 'indefinite'
""",
            "det = 0 always 'positive semidefinite' (ignores the trace)": """
def wrong(A):
    A = np.asarray(A, float)
    if A.shape != (2, 2) or A[0,1] != A[1,0]: raise ValueError('bad')
    d = np.linalg.det(A); t = np.trace(A)
    if d < -1e-12: return 'indefinite'
    if d > 1e-12: return 'positive definite' if t > 0 else 'negative definite'
    return 'positive semidefinite'
""",
            "no semidefinite case (det >= 0 counts as definite)": """
def wrong(A):
    A = np.asarray(A, float)
    if A.shape != (2, 2) or A[0,1] != A[1,0]: raise ValueError('bad')
    d = np.linalg.det(A); t = np.trace(A)
    if d < 0: return 'indefinite'
    return 'positive definite' if t >= 0 else 'negative definite'
""",
            "zero matrix reported as negative semidefinite (ignores the stated convention)": """
def wrong(A):
    A = np.asarray(A, float)
    if A.shape != (2, 2) or A[0,1] != A[1,0]: raise ValueError('bad')
    d = A[0,0]*A[1,1] - A[0,1]**2; t = A[0,0] + A[1,1]
    if d < -1e-12: return 'indefinite'
    if d > 1e-12: return 'positive definite' if t > 0 else 'negative definite'
    return 'negative semidefinite' if t <= 0 else 'positive semidefinite'
""",
            "no symmetry check": """
def wrong(A):
    A = np.asarray(A, float)
    if A.shape != (2, 2): raise ValueError('bad')
    d = A[0,0]*A[1,1] - A[0,1]*A[1,0]; t = A[0,0] + A[1,1]
    if d < -1e-12: return 'indefinite'
    if d > 1e-12: return 'positive definite' if t > 0 else 'negative definite'
    return 'negative semidefinite' if t < 0 else 'positive semidefinite'
""",
            "capitalised labels": """
def wrong(A):
    A = np.asarray(A, float)
    if A.shape != (2, 2) or A[0,1] != A[1,0]: raise ValueError('bad')
    d = A[0,0]*A[1,1] - A[0,1]**2; t = A[0,0] + A[1,1]
    if d < -1e-12: return 'Indefinite'
    if d > 1e-12: return 'Positive definite' if t > 0 else 'Negative definite'
    return 'Negative semidefinite' if t < 0 else 'Positive semidefinite'
""",
        },
        "stationary_distribution": {
            "eigenvector of P instead of P.T (row/column-stochastic confusion): uniform": """
def wrong(P):
    P = np.asarray(P, float)
    if P.ndim != 2 or P.shape[0] != P.shape[1] or np.any(P < 0) or not np.allclose(P.sum(1), 1): raise ValueError('bad')
    w, V = np.linalg.eig(P)
    v = V[:, np.argmin(abs(w - 1))].real
    return v / v.sum()
""",
            "the linear system with P instead of P.T: uniform again": """
def wrong(P):
    P = np.asarray(P, float)
    if P.ndim != 2 or P.shape[0] != P.shape[1] or np.any(P < 0) or not np.allclose(P.sum(1), 1): raise ValueError('bad')
    n = len(P); M = P - np.eye(n); M[-1] = 1; b = np.zeros(n); b[-1] = 1
    return np.linalg.solve(M, b)
""",
            "unit L2 norm instead of summing to 1": """
def wrong(P):
    P = np.asarray(P, float)
    if P.ndim != 2 or P.shape[0] != P.shape[1] or np.any(P < 0) or not np.allclose(P.sum(1), 1): raise ValueError('bad')
    w, V = np.linalg.eig(P.T)
    v = V[:, np.argmin(abs(w - 1))].real
    return np.abs(v) / np.linalg.norm(v)
""",
            "no validation: a column-stochastic matrix slips through": """
def wrong(P):
    P = np.asarray(P, float)
    w, V = np.linalg.eig(P.T)
    v = V[:, np.argmin(abs(w - 1))].real
    return v / v.sum()
""",
            "validates columns instead of rows": """
def wrong(P):
    P = np.asarray(P, float)
    if P.ndim != 2 or P.shape[0] != P.shape[1] or np.any(P < 0) or not np.allclose(P.sum(0), 1): raise ValueError('bad')
    w, V = np.linalg.eig(P.T)
    v = V[:, np.argmin(abs(w - 1))].real
    return v / v.sum()
""",
            "power iteration from a fixed start: fails on a periodic chain": """
def wrong(P):
    P = np.asarray(P, float)
    if P.ndim != 2 or P.shape[0] != P.shape[1] or np.any(P < 0) or not np.allclose(P.sum(1), 1): raise ValueError('bad')
    pi = np.zeros(len(P)); pi[0] = 1
    for _ in range(1001): pi = pi @ P
    return pi
""",
            "forgot .real: complex entries": """
def wrong(P):
    P = np.asarray(P, float)
    if P.ndim != 2 or P.shape[0] != P.shape[1] or np.any(P < 0) or not np.allclose(P.sum(1), 1): raise ValueError('bad')
    w, V = np.linalg.eig(P.T)
    v = V[:, np.argmin(abs(w - 1))].astype(complex)
    return v / v.sum()
""",
            "forgot to check for negative entries": """
def wrong(P):
    P = np.asarray(P, float)
    if P.ndim != 2 or P.shape[0] != P.shape[1] or not np.allclose(P.sum(1), 1): raise ValueError('bad')
    n = len(P); M = P.T - np.eye(n); M[-1] = 1; b = np.zeros(n); b[-1] = 1
    return np.linalg.solve(M, b)
""",
        },
        "dominant_eigenpair": {
            "largest eigenvalue by VALUE instead of magnitude": """
def wrong(A, x0, tol=1e-10, max_iter=10_000):
    A = np.asarray(A, float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or np.linalg.norm(x0) == 0: raise ValueError('bad')
    w, V = np.linalg.eig(A)
    if np.iscomplexobj(w) and np.any(w.imag != 0): raise ValueError('complex')
    i = np.argmax(w.real); v = V[:, i].real; v = v / np.linalg.norm(v)
    return float(w[i].real), v * np.sign(v[np.argmax(abs(v))])
""",
            "lambda = ||A v||, which loses the sign": """
def wrong(A, x0, tol=1e-10, max_iter=10_000):
    A = np.asarray(A, float); v = np.asarray(x0, float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or np.linalg.norm(v) == 0: raise ValueError('bad')
    v = v / np.linalg.norm(v)
    for _ in range(max_iter):
        w = A @ v; r = v @ w
        if np.linalg.norm(w - r * v) <= tol:
            return float(np.linalg.norm(w)), v * np.sign(v[np.argmax(abs(v))])
        v = w / np.linalg.norm(w)
    raise ValueError('no convergence')
""",
            "no sign normalization": """
def wrong(A, x0, tol=1e-10, max_iter=10_000):
    A = np.asarray(A, float); v = np.asarray(x0, float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or np.linalg.norm(v) == 0: raise ValueError('bad')
    v = v / np.linalg.norm(v)
    for _ in range(max_iter):
        w = A @ v; r = v @ w
        if np.linalg.norm(w - r * v) <= tol: return float(r), v
        v = w / np.linalg.norm(w)
    raise ValueError('no convergence')
""",
            "v scaled so its largest entry is 1 (not a unit vector)": """
def wrong(A, x0, tol=1e-10, max_iter=10_000):
    A = np.asarray(A, float); v = np.asarray(x0, float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or np.linalg.norm(v) == 0: raise ValueError('bad')
    v = v / np.linalg.norm(v)
    for _ in range(max_iter):
        w = A @ v; r = v @ w
        if np.linalg.norm(w - r * v) <= tol: return float(r), v / v[np.argmax(abs(v))]
        v = w / np.linalg.norm(w)
    raise ValueError('no convergence')
""",
            "convergence tested on consecutive iterates: never converges when lambda_1 < 0": """
def wrong(A, x0, tol=1e-10, max_iter=10_000):
    A = np.asarray(A, float); v = np.asarray(x0, float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or np.linalg.norm(v) == 0: raise ValueError('bad')
    v = v / np.linalg.norm(v)
    for _ in range(max_iter):
        w = A @ v; new = w / np.linalg.norm(w)
        if np.linalg.norm(new - v) <= tol: return float(new @ A @ new), new * np.sign(new[np.argmax(abs(new))])
        v = new
    raise ValueError('no convergence')
""",
            "no failure on non-convergence: returns whatever it has after max_iter": """
def wrong(A, x0, tol=1e-10, max_iter=10_000):
    A = np.asarray(A, float); v = np.asarray(x0, float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or np.linalg.norm(v) == 0: raise ValueError('bad')
    v = v / np.linalg.norm(v)
    for _ in range(max_iter):
        w = A @ v; r = v @ w
        if np.linalg.norm(w - r * v) <= tol: break
        v = w / np.linalg.norm(w)
    return float(v @ A @ v), v * np.sign(v[np.argmax(abs(v))])
""",
            "a fixed number of steps, too few for a slowly converging matrix (and no residual test)": """
def wrong(A, x0, tol=1e-10, max_iter=10_000):
    A = np.asarray(A, float); v = np.asarray(x0, float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or np.linalg.norm(v) == 0: raise ValueError('bad')
    v = v / np.linalg.norm(v)
    for _ in range(20):
        w = A @ v; v = w / np.linalg.norm(w)
    return float(v @ A @ v), v * np.sign(v[np.argmax(abs(v))])
""",
        },
    },
    "01_linear_algebra/04_svd_and_pca.ipynb": {
        "compression_rank": {
            "energy measured by sigma, not sigma squared": """
def wrong(s, energy):  # energy measured by sigma, not sigma squared
    s = np.asarray(s, float)
    if not 0 < energy <= 1 or s.size == 0 or np.any(s < 0) or not np.any(s > 0): raise ValueError
    kept = np.cumsum(s)
    return int(np.argmax(kept >= energy * kept[-1])) + 1
""",
            "returns the 0-based index instead of a count": """
def wrong(s, energy):  # returns the 0-based index instead of a count
    s = np.asarray(s, float)
    if not 0 < energy <= 1 or s.size == 0 or np.any(s < 0) or not np.any(s > 0): raise ValueError
    kept = np.cumsum(s ** 2)
    return int(np.argmax(kept >= energy * kept[-1]))
""",
            "strict > instead of >=": """
def wrong(s, energy):  # strict > instead of >=
    s = np.asarray(s, float)
    if not 0 < energy <= 1 or s.size == 0 or np.any(s < 0) or not np.any(s > 0): raise ValueError
    kept = np.cumsum(s ** 2)
    return int(np.argmax(kept > energy * kept[-1])) + 1
""",
            "right answer, no input validation": """
def wrong(s, energy):  # right answer, no input validation
    s = np.asarray(s, float)
    kept = np.cumsum(s ** 2)
    return int(np.argmax(kept >= energy * kept[-1])) + 1
""",
            "counts singular values above energy * sigma_1": """
def wrong(s, energy):  # counts singular values above energy * sigma_1
    s = np.asarray(s, float)
    if not 0 < energy <= 1 or s.size == 0 or np.any(s < 0) or not np.any(s > 0): raise ValueError
    return int(np.sum(s >= (1 - energy) * s[0]))
""",
            "returns the energy fractions, not k": """
def wrong(s, energy):  # returns the energy fractions, not k
    s = np.asarray(s, float)
    if not 0 < energy <= 1 or s.size == 0 or np.any(s < 0) or not np.any(s > 0): raise ValueError
    return np.cumsum(s ** 2) / np.sum(s ** 2)
""",
        },
        "min_norm_least_squares": {
            "normal equations": """
def wrong(A, b):  # normal equations
    if A.ndim != 2 or len(b) != A.shape[0]: raise ValueError
    return np.linalg.solve(A.T @ A, A.T @ b)
""",
            "divides by every singular value, no cutoff": """
def wrong(A, b):  # divides by every singular value, no cutoff
    if A.ndim != 2 or len(b) != A.shape[0]: raise ValueError
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    return Vt.T @ ((U.T @ b) / s)
""",
            "U and V swapped": """
def wrong(A, b):  # U and V swapped
    if A.ndim != 2 or len(b) != A.shape[0]: raise ValueError
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    keep = s > 1e-10 * s[0]
    return U[:, keep] @ ((Vt[keep] @ b) / s[keep])
""",
            "returns the coordinates y = V^T x instead of x": """
def wrong(A, b):  # returns the coordinates y = V^T x instead of x
    if A.ndim != 2 or len(b) != A.shape[0]: raise ValueError
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    keep = s > 1e-10 * s[0]
    y = np.zeros_like(s); y[keep] = (U.T @ b)[keep] / s[keep]
    return y
""",
            "full SVD without care for shapes": """
def wrong(A, b):  # full SVD without care for shapes
    if A.ndim != 2 or len(b) != A.shape[0]: raise ValueError
    U, s, Vt = np.linalg.svd(A)
    return Vt.T @ ((U.T @ b) / s)
""",
            "multiplies by sigma instead of dividing": """
def wrong(A, b):  # multiplies by sigma instead of dividing
    if A.ndim != 2 or len(b) != A.shape[0]: raise ValueError
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    return Vt.T @ ((U.T @ b) * s)
""",
        },
        "explained_variance_ratio": {
            "forgot to centre": """
def wrong(X):  # forgot to centre
    if X.ndim != 2 or X.shape[0] < 2 or np.all(X.var(0) == 0): raise ValueError
    s = np.linalg.svd(X, compute_uv=False)
    out = np.zeros(X.shape[1]); out[:len(s)] = s ** 2
    return out / out.sum()
""",
            "eigh order (ascending)": """
def wrong(X):  # eigh order (ascending)
    if X.ndim != 2 or X.shape[0] < 2 or np.all(X.var(0) == 0): raise ValueError
    lam = np.linalg.eigvalsh(np.cov(X, rowvar=False))
    return lam / lam.sum()
""",
            "singular values instead of their squares": """
def wrong(X):  # singular values instead of their squares
    if X.ndim != 2 or X.shape[0] < 2 or np.all(X.var(0) == 0): raise ValueError
    s = np.linalg.svd(X - X.mean(0), compute_uv=False)
    out = np.zeros(X.shape[1]); out[:len(s)] = s
    return out / out.sum()
""",
            "cumulative": """
def wrong(X):  # cumulative
    if X.ndim != 2 or X.shape[0] < 2 or np.all(X.var(0) == 0): raise ValueError
    lam = np.linalg.eigvalsh(np.cov(X, rowvar=False))[::-1]
    return np.cumsum(lam) / lam.sum()
""",
            "variances, not ratios": """
def wrong(X):  # variances, not ratios
    if X.ndim != 2 or X.shape[0] < 2 or np.all(X.var(0) == 0): raise ValueError
    return np.linalg.eigvalsh(np.cov(X, rowvar=False))[::-1]
""",
            "per-feature variances (ignores correlations)": """
def wrong(X):  # per-feature variances (ignores correlations)
    if X.ndim != 2 or X.shape[0] < 2 or np.all(X.var(0) == 0): raise ValueError
    v = X.var(axis=0, ddof=1)
    return np.sort(v)[::-1] / v.sum()
""",
            "right, but no error for constant data": """
def wrong(X):  # right, but no error for constant data
    if X.ndim != 2 or X.shape[0] < 2: raise ValueError
    lam = np.clip(np.linalg.eigvalsh(np.cov(X, rowvar=False))[::-1], 0, None)
    return lam / lam.sum()
""",
            "correlation matrix (standardised features)": """
def wrong(X):  # correlation matrix (standardised features)
    if X.ndim != 2 or X.shape[0] < 2 or np.all(X.var(0) == 0): raise ValueError
    lam = np.clip(np.linalg.eigvalsh(np.corrcoef(X, rowvar=False))[::-1], 0, None)
    return lam / lam.sum()
""",
        },
        "pca_project": {
            "forgot to centre": """
def wrong(X, k):  # forgot to centre
    if X.ndim != 2 or not 1 <= k <= X.shape[1]: raise ValueError
    Vt = np.linalg.svd(X, full_matrices=False)[2]
    return X @ Vt[:k].T
""",
            "forgot to centre the data it projects (directions from centred data)": """
def wrong(X, k):  # forgot to centre the data it projects (directions from centred data)
    if X.ndim != 2 or not 1 <= k <= X.shape[1]: raise ValueError
    Vt = np.linalg.svd(X - X.mean(0), full_matrices=False)[2]
    return X @ Vt[:k].T
""",
            "used U instead of the scores": """
def wrong(X, k):  # used U instead of the scores
    if X.ndim != 2 or not 1 <= k <= X.shape[1]: raise ValueError
    U = np.linalg.svd(X - X.mean(0), full_matrices=False)[0]
    return U[:, :k]
""",
            "transposed Vt": """
def wrong(X, k):  # transposed Vt
    if X.ndim != 2 or not 1 <= k <= X.shape[1]: raise ValueError
    Xc = X - X.mean(0)
    Vt = np.linalg.svd(Xc, full_matrices=False)[2]
    return Xc @ Vt.T[:k].T
""",
            "eigh order: the k smallest": """
def wrong(X, k):  # eigh order: the k smallest
    if X.ndim != 2 or not 1 <= k <= X.shape[1]: raise ValueError
    Xc = X - X.mean(0)
    W = np.linalg.eigh(np.cov(X, rowvar=False))[1]
    return Xc @ W[:, :k]
""",
            "kept k + 1 components": """
def wrong(X, k):  # kept k + 1 components
    if X.ndim != 2 or not 1 <= k <= X.shape[1]: raise ValueError
    Xc = X - X.mean(0)
    Vt = np.linalg.svd(Xc, full_matrices=False)[2]
    return Xc @ Vt[:k + 1].T
""",
            "whitened scores": """
def wrong(X, k):  # whitened scores
    if X.ndim != 2 or not 1 <= k <= X.shape[1]: raise ValueError
    Xc = X - X.mean(0)
    U = np.linalg.svd(Xc, full_matrices=False)[0]
    return U[:, :k] * np.sqrt(len(X) - 1)
""",
            "standardised features first": """
def wrong(X, k):  # standardised features first
    if X.ndim != 2 or not 1 <= k <= X.shape[1]: raise ValueError
    Xs = (X - X.mean(0)) / X.std(0)
    Vt = np.linalg.svd(Xs, full_matrices=False)[2]
    return Xs @ Vt[:k].T
""",
            "returns the reconstruction": """
def wrong(X, k):  # returns the reconstruction
    if X.ndim != 2 or not 1 <= k <= X.shape[1]: raise ValueError
    Xc = X - X.mean(0)
    Vt = np.linalg.svd(Xc, full_matrices=False)[2]
    return Xc @ Vt[:k].T @ Vt[:k] + X.mean(0)
""",
            "right, but no check of k": """
def wrong(X, k):  # right, but no check of k
    Xc = X - X.mean(0)
    Vt = np.linalg.svd(Xc, full_matrices=False)[2]
    return Xc @ Vt[:k].T
""",
        },
        "zca_whitening_matrix": {
            "divides by n": """
def wrong(X, eps=0.0):  # divides by n
    if X.ndim != 2 or X.shape[0] < 2 or eps < 0: raise ValueError
    Xc = X - X.mean(0); lam, V = np.linalg.eigh(Xc.T @ Xc / len(X)); lam = np.clip(lam, 0, None)
    if eps == 0 and lam[0] <= 1e-10 * lam[-1]: raise ValueError
    return (V / np.sqrt(lam + eps)) @ V.T
""",
            "PCA whitening (no rotation back)": """
def wrong(X, eps=0.0):  # PCA whitening (no rotation back)
    if X.ndim != 2 or X.shape[0] < 2 or eps < 0: raise ValueError
    Xc = X - X.mean(0); lam, V = np.linalg.eigh(Xc.T @ Xc / (len(X) - 1)); lam = np.clip(lam, 0, None)
    if eps == 0 and lam[0] <= 1e-10 * lam[-1]: raise ValueError
    return V / np.sqrt(lam + eps)
""",
            "forgot to centre": """
def wrong(X, eps=0.0):  # forgot to centre
    if X.ndim != 2 or X.shape[0] < 2 or eps < 0: raise ValueError
    lam, V = np.linalg.eigh(X.T @ X / (len(X) - 1)); lam = np.clip(lam, 0, None)
    if eps == 0 and lam[0] <= 1e-10 * lam[-1]: raise ValueError
    return (V / np.sqrt(lam + eps)) @ V.T
""",
            "inverse covariance instead of its inverse square root": """
def wrong(X, eps=0.0):  # inverse covariance instead of its inverse square root
    if X.ndim != 2 or X.shape[0] < 2 or eps < 0: raise ValueError
    Xc = X - X.mean(0); lam, V = np.linalg.eigh(Xc.T @ Xc / (len(X) - 1)); lam = np.clip(lam, 0, None)
    if eps == 0 and lam[0] <= 1e-10 * lam[-1]: raise ValueError
    return (V / (lam + eps)) @ V.T
""",
            "square root instead of inverse square root": """
def wrong(X, eps=0.0):  # square root instead of inverse square root
    if X.ndim != 2 or X.shape[0] < 2 or eps < 0: raise ValueError
    Xc = X - X.mean(0); lam, V = np.linalg.eigh(Xc.T @ Xc / (len(X) - 1)); lam = np.clip(lam, 0, None)
    if eps == 0 and lam[0] <= 1e-10 * lam[-1]: raise ValueError
    return (V * np.sqrt(lam + eps)) @ V.T
""",
            "eps added after the inverse square root": """
def wrong(X, eps=0.0):  # eps added after the inverse square root
    if X.ndim != 2 or X.shape[0] < 2 or eps < 0: raise ValueError
    Xc = X - X.mean(0); lam, V = np.linalg.eigh(Xc.T @ Xc / (len(X) - 1)); lam = np.clip(lam, 0, None)
    if eps == 0 and lam[0] <= 1e-10 * lam[-1]: raise ValueError
    with np.errstate(divide="ignore"):
        return (V * (1 / np.sqrt(lam) + eps)) @ V.T
""",
            "Cholesky whitening (whitens, but is not ZCA)": """
def wrong(X, eps=0.0):  # Cholesky whitening (whitens, but is not ZCA)
    if X.ndim != 2 or X.shape[0] < 2 or eps < 0: raise ValueError
    Xc = X - X.mean(0); S = Xc.T @ Xc / (len(X) - 1) + eps * np.eye(X.shape[1])
    return np.linalg.inv(np.linalg.cholesky(S)).T
""",
            "no ValueError for a singular covariance": """
def wrong(X, eps=0.0):  # no ValueError for a singular covariance
    if X.ndim != 2 or X.shape[0] < 2 or eps < 0: raise ValueError
    Xc = X - X.mean(0); lam, V = np.linalg.eigh(Xc.T @ Xc / (len(X) - 1)); lam = np.abs(lam)
    return (V / np.sqrt(lam + eps)) @ V.T
""",
            "ignores eps": """
def wrong(X, eps=0.0):  # ignores eps
    if X.ndim != 2 or X.shape[0] < 2 or eps < 0: raise ValueError
    Xc = X - X.mean(0); lam, V = np.linalg.eigh(Xc.T @ Xc / (len(X) - 1)); lam = np.clip(lam, 0, None)
    if lam[0] <= 1e-10 * lam[-1]: raise ValueError
    return (V / np.sqrt(lam)) @ V.T
""",
            "thin SVD of the data: misses the null directions when n < d": """
def wrong(X, eps=0.0):  # thin SVD of the data: misses the null directions when n < d
    if X.ndim != 2 or X.shape[0] < 2 or eps < 0: raise ValueError
    Xc = X - X.mean(0); _, s, Vt = np.linalg.svd(Xc, full_matrices=False); lam = s ** 2 / (len(X) - 1)
    if eps == 0 and (len(s) < X.shape[1] or lam[-1] <= 1e-10 * lam[0]): raise ValueError
    return (Vt.T / np.sqrt(lam + eps)) @ Vt
""",
        },
    },
}
