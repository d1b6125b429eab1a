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
}
