"""The exercises of 01_linear_algebra/02_matrix_operations.ipynb: wrong answers every checker must reject, and right answers in other forms."""
from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np

from . import Answers

if TYPE_CHECKING:  # defined by the notebook; tests/probe.py runs these functions in its namespace
    from notebook import lu_decompose, pivot_tolerance

ANSWERS = Answers("01_linear_algebra/02_matrix_operations.ipynb")

# ── rotation_matrix ─────────────────────────────────────────────────────────────────────────────


@ANSWERS.wrong('rotation_matrix', 'clockwise (transposed)')
def _(t):
    c, s = np.cos(t), np.sin(t)
    return np.array([[c, s], [-s, c]])


@ANSWERS.wrong('rotation_matrix', 'degrees instead of radians')
def _(t):
    t = np.deg2rad(t)
    c, s = np.cos(t), np.sin(t)
    return np.array([[c, -s], [s, c]])


@ANSWERS.wrong('rotation_matrix', 'sin and cos swapped')
def _(t):
    c, s = np.cos(t), np.sin(t)
    return np.array([[s, -c], [c, s]])


@ANSWERS.wrong('rotation_matrix', 'no minus sign')
def _(t):
    c, s = np.cos(t), np.sin(t)
    return np.array([[c, s], [s, c]])


@ANSWERS.wrong('rotation_matrix', 'returns a list')
def _(t):
    c, s = np.cos(t), np.sin(t)
    return [[c, -s], [s, c]]


@ANSWERS.wrong('rotation_matrix', 'rotation by 2 theta')
def _(t):
    c, s = np.cos(2*t), np.sin(2*t)
    return np.array([[c, -s], [s, c]])


@ANSWERS.wrong('rotation_matrix', 'only correct at 45 degrees (hard-coded)')
def _(t):
    return np.sqrt(0.5) * np.array([[1.0, -1.0], [1.0, 1.0]])


@ANSWERS.wrong('rotation_matrix', 'minus sign on the wrong sine (a reflection)')
def _(t):
    c, s = np.cos(t), np.sin(t)
    return np.array([[c, s], [s, -c]])


@ANSWERS.wrong('rotation_matrix', 'the columns as rows: np.array([e1_image, e2_image])')
def _(t):
    e1_image = np.array([np.cos(t), np.sin(t)])
    e2_image = np.array([-np.sin(t), np.cos(t)])
    return np.array([e1_image, e2_image])


@ANSWERS.wrong('rotation_matrix', 'angle reduced to [0, pi) (thinks rotations repeat every half turn)')
def _(t):
    t = t % np.pi
    c, s = np.cos(t), np.sin(t)
    return np.array([[c, -s], [s, c]])


@ANSWERS.wrong('rotation_matrix', 'the 1-D array of the four entries')
def _(t):
    c, s = np.cos(t), np.sin(t)
    return np.array([c, -s, s, c])


@ANSWERS.right('rotation_matrix', 'columns stacked from the images of e1 and e2')
def _(t):
    return np.column_stack([[np.cos(t), np.sin(t)], [-np.sin(t), np.cos(t)]])


@ANSWERS.right('rotation_matrix', 'math.cos and math.sin')
def _(t):
    c, s = math.cos(t), math.sin(t)
    return np.array([[c, -s], [s, c]])


@ANSWERS.right('rotation_matrix', 'angle reduced modulo 2 pi first')
def _(t):
    t = t % (2 * np.pi)
    c, s = np.cos(t), np.sin(t)
    return np.array([[c, -s], [s, c]])


@ANSWERS.right('rotation_matrix', 'from the complex number e^(i theta)')
def _(t):
    z = np.exp(1j * t)
    return np.array([[z.real, -z.imag], [z.imag, z.real]])


@ANSWERS.right('rotation_matrix', 'e2 image as e1 turned by a quarter turn: cos(t + pi/2), sin(t + pi/2)')
def _(t):
    return np.array([[np.cos(t), np.cos(t + np.pi / 2)], [np.sin(t), np.sin(t + np.pi / 2)]])

# ── reflection_matrix ───────────────────────────────────────────────────────────────────────────


@ANSWERS.wrong('reflection_matrix', 'order reversed R(-t) F R(t)')
def _(t):
    R = lambda a: np.array([[np.cos(a), -np.sin(a)], [np.sin(a), np.cos(a)]])
    return R(-t) @ np.diag([1.0, -1.0]) @ R(t)


@ANSWERS.wrong('reflection_matrix', 'angle not doubled in closed form')
def _(t):
    c, s = np.cos(t), np.sin(t)
    return np.array([[c, s], [s, -c]])


@ANSWERS.wrong('reflection_matrix', 'projection u u^T')
def _(t):
    u = np.array([np.cos(t), np.sin(t)])
    return np.outer(u, u)


@ANSWERS.wrong('reflection_matrix', 'rotation by 2t')
def _(t):
    c, s = np.cos(2*t), np.sin(2*t)
    return np.array([[c, -s], [s, c]])


@ANSWERS.wrong('reflection_matrix', 'reflection across the perpendicular line, I - 2uu^T')
def _(t):
    u = np.array([np.cos(t), np.sin(t)])
    return np.eye(2) - 2 * np.outer(u, u)


@ANSWERS.wrong('reflection_matrix', 'R(t) F R(t)')
def _(t):
    R = lambda a: np.array([[np.cos(a), -np.sin(a)], [np.sin(a), np.cos(a)]])
    return R(t) @ np.diag([1.0, -1.0]) @ R(t)


@ANSWERS.wrong('reflection_matrix', 'forgot to rotate back: R(t) F')
def _(t):
    R = lambda a: np.array([[np.cos(a), -np.sin(a)], [np.sin(a), np.cos(a)]])
    return R(t) @ np.diag([1.0, -1.0])


@ANSWERS.wrong('reflection_matrix', 'mirror in the x2-axis instead of x1-axis')
def _(t):
    R = lambda a: np.array([[np.cos(a), -np.sin(a)], [np.sin(a), np.cos(a)]])
    return R(t) @ np.diag([-1.0, 1.0]) @ R(-t)


@ANSWERS.wrong('reflection_matrix', 'elementwise * instead of the matrix product')
def _(t):
    R = lambda a: np.array([[np.cos(a), -np.sin(a)], [np.sin(a), np.cos(a)]])
    return R(t) * np.diag([1.0, -1.0]) * R(-t)


@ANSWERS.wrong('reflection_matrix', 'angle in degrees')
def _(t):
    t = np.deg2rad(t)
    c, s = np.cos(2 * t), np.sin(2 * t)
    return np.array([[c, s], [s, -c]])


@ANSWERS.wrong('reflection_matrix', 'closed form with the minus sign on the wrong entry')
def _(t):
    c, s = np.cos(2 * t), np.sin(2 * t)
    return np.array([[-c, s], [s, c]])


@ANSWERS.wrong('reflection_matrix', 'reflection through the origin (-I)')
def _(t):
    return -np.eye(2)


@ANSWERS.right('reflection_matrix', 'closed form with the doubled angle')
def _(t):
    c, s = np.cos(2 * t), np.sin(2 * t)
    return np.array([[c, s], [s, -c]])


@ANSWERS.right('reflection_matrix', '2 u u^T - I with u the unit vector along the line')
def _(t):
    u = np.array([np.cos(t), np.sin(t)])
    return 2 * np.outer(u, u) - np.eye(2)


@ANSWERS.right('reflection_matrix', 'I - 2 n n^T with n the unit normal of the line')
def _(t):
    n = np.array([-np.sin(t), np.cos(t)])
    return np.eye(2) - 2 * np.outer(n, n)


@ANSWERS.right('reflection_matrix', 'rotate, mirror, rotate back, with a local rotation helper')
def _(t):
    def rotation(angle):
        c, s = np.cos(angle), np.sin(angle)
        return np.array([[c, -s], [s, c]])
    return rotation(t) @ np.diag([1.0, -1.0]) @ rotation(-t)


@ANSWERS.right('reflection_matrix', 'rotation by 2 theta after the mirror in the x1-axis: R(2t) F')
def _(t):
    c, s = np.cos(2 * t), np.sin(2 * t)
    return np.array([[c, -s], [s, c]]) @ np.diag([1.0, -1.0])

# ── det_lu ──────────────────────────────────────────────────────────────────────────────────────


@ANSWERS.wrong('det_lu', 'forgot the permutation sign')
def _(A):
    P, L, U = lu_decompose(A)
    return float(np.prod(np.diag(U)))


@ANSWERS.wrong('det_lu', 'parity from the number of moved rows')
def _(A):
    P, L, U = lu_decompose(A)
    moved = int(np.sum(P.argmax(axis=1) != np.arange(len(P))))
    return (-1.0) ** moved * float(np.prod(np.diag(U)))


@ANSWERS.wrong('det_lu', 'product of the diagonal of L')
def _(A):
    P, L, U = lu_decompose(A)
    return float(np.prod(np.diag(L)))


@ANSWERS.wrong('det_lu', 'absolute value')
def _(A):
    P, L, U = lu_decompose(A)
    return abs(float(np.prod(np.diag(U))))


@ANSWERS.wrong('det_lu', 'sum of pivots')
def _(A):
    P, L, U = lu_decompose(A)
    perm = P.argmax(axis=1); i, j = np.triu_indices(len(perm), 1)
    return (-1.0) ** int(np.sum(perm[i] > perm[j])) * float(np.sum(np.diag(U)))


@ANSWERS.wrong('det_lu', '(-1)^n sign')
def _(A):
    P, L, U = lu_decompose(A)
    return (-1.0) ** len(A) * float(np.prod(np.diag(U)))


@ANSWERS.wrong('det_lu', 'no ValueError for non-square (uses a slice)')
def _(A):
    A = np.asarray(A, dtype=float)
    n = min(A.shape)
    P, L, U = lu_decompose(A[:n, :n])
    perm = P.argmax(axis=1); i, j = np.triu_indices(n, 1)
    return (-1.0) ** int(np.sum(perm[i] > perm[j])) * float(np.prod(np.diag(U)))


@ANSWERS.wrong('det_lu', 'divides by the sign (ok) but raises on singular')
def _(A):
    P, L, U = lu_decompose(A)
    if np.any(np.abs(np.diag(U)) < 1e-12):
        raise ValueError('singular')
    perm = P.argmax(axis=1); i, j = np.triu_indices(len(perm), 1)
    return (-1.0) ** int(np.sum(perm[i] > perm[j])) * float(np.prod(np.diag(U)))


@ANSWERS.wrong('det_lu', 'return float(np.linalg.det(A))')
def _(A):
    return float(np.linalg.det(A))


@ANSWERS.wrong('det_lu', 'scipy.linalg.det')
def _(A):
    import scipy.linalg
    return float(scipy.linalg.det(A))


@ANSWERS.wrong('det_lu', 'sign and log from np.linalg.slogdet')
def _(A):
    sign, logdet = np.linalg.slogdet(A)
    return float(sign * np.exp(logdet))


@ANSWERS.wrong('det_lu', 'rounds a small determinant to 0 (absolute cut-off 1e-10)')
def _(A):
    P, L, U = lu_decompose(A)
    perm = P.argmax(axis=1); i, j = np.triu_indices(len(perm), 1)
    det = (-1.0) ** int(np.sum(perm[i] > perm[j])) * float(np.prod(np.diag(U)))
    return 0.0 if abs(det) < 1e-10 else det


@ANSWERS.wrong('det_lu', 'a pivot below 1e-10 makes the determinant 0')
def _(A):
    P, L, U = lu_decompose(A)
    if np.any(np.abs(np.diag(U)) < 1e-10):
        return 0.0
    perm = P.argmax(axis=1); i, j = np.triu_indices(len(perm), 1)
    return (-1.0) ** int(np.sum(perm[i] > perm[j])) * float(np.prod(np.diag(U)))


@ANSWERS.wrong('det_lu', 'product of the diagonal of A (no elimination)')
def _(A):
    A = np.asarray(A, dtype=float)
    if A.shape[0] != A.shape[1]:
        raise ValueError('not square')
    return float(np.prod(np.diag(A)))


@ANSWERS.wrong('det_lu', 'LU without pivoting, so no sign to worry about')
def _(A):
    P, L, U = lu_decompose(A, pivoting=False)
    return float(np.prod(np.diag(U)))


@ANSWERS.wrong('det_lu', 'own elimination done in A itself (U = A, no copy)')
def _(A):
    if A.shape[0] != A.shape[1]:
        raise ValueError('not square')
    U = A                                     # the same array, not a copy
    sign = 1.0
    for k in range(len(U) - 1):
        p = k + int(np.argmax(np.abs(U[k:, k])))
        if p != k:
            U[[k, p]] = U[[p, k]]
            sign = -sign
        if U[k, k] != 0:
            U[k + 1:] -= np.outer(U[k + 1:, k] / U[k, k], U[k])
    return sign * float(np.prod(np.diag(U)))


@ANSWERS.wrong('det_lu', 'rounds the result to 6 decimals')
def _(A):
    P, L, U = lu_decompose(A)
    perm = P.argmax(axis=1); i, j = np.triu_indices(len(perm), 1)
    return round((-1.0) ** int(np.sum(perm[i] > perm[j])) * float(np.prod(np.diag(U))), 6)


@ANSWERS.right('det_lu', 'a NumPy float, not a Python float')
def _(A):
    P, L, U = lu_decompose(A)
    perm = P.argmax(axis=1); i, j = np.triu_indices(len(perm), 1)
    return (-1) ** np.sum(perm[i] > perm[j]) * np.prod(np.diag(U))


@ANSWERS.right('det_lu', 'a one-element list')
def _(A):
    P, L, U = lu_decompose(A)
    perm = P.argmax(axis=1); i, j = np.triu_indices(len(perm), 1)
    return [(-1.0) ** int(np.sum(perm[i] > perm[j])) * float(np.prod(np.diag(U)))]


@ANSWERS.right('det_lu', 'inversions counted with two plain loops')
def _(A):
    P, L, U = lu_decompose(A)
    perm = [int(row.argmax()) for row in P]
    inversions = 0
    for i in range(len(perm)):
        for j in range(i + 1, len(perm)):
            if perm[i] > perm[j]:
                inversions += 1
    sign = -1.0 if inversions % 2 else 1.0
    return sign * float(np.prod(np.diag(U)))


@ANSWERS.right('det_lu', 'sign from the cycles of the permutation')
def _(A):
    P, L, U = lu_decompose(A)
    perm = P.argmax(axis=1)
    seen, sign = np.zeros(len(perm), dtype=bool), 1.0
    for start in range(len(perm)):
        length, k = 0, start
        while not seen[k]:
            seen[k], k, length = True, perm[k], length + 1
        if length and length % 2 == 0:        # a cycle of even length is an odd permutation
            sign = -sign
    return sign * float(np.prod(np.diag(U)))


@ANSWERS.right('det_lu', 'sign by sorting perm with swaps')
def _(A):
    P, L, U = lu_decompose(A)
    perm, sign = list(P.argmax(axis=1)), 1.0
    for i in range(len(perm)):
        while perm[i] != i:
            j = perm[i]
            perm[i], perm[j] = perm[j], perm[i]
            sign = -sign
    return sign * float(np.prod(np.diag(U)))


@ANSWERS.right('det_lu', 'own Gaussian elimination with partial pivoting, on a copy')
def _(A):
    U = np.array(A, dtype=float)              # a copy: the caller's A stays as it was
    if U.ndim != 2 or U.shape[0] != U.shape[1]:
        raise ValueError('det_lu needs a square matrix')
    sign = 1.0
    for k in range(len(U) - 1):
        p = k + int(np.argmax(np.abs(U[k:, k])))
        if p != k:
            U[[k, p]] = U[[p, k]]
            sign = -sign
        if U[k, k] != 0:
            U[k + 1:] -= np.outer(U[k + 1:, k] / U[k, k], U[k])
    return sign * float(np.prod(np.diag(U)))


@ANSWERS.right('det_lu', 'LU of the transpose (det A^T = det A)')
def _(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError('det_lu needs a square matrix')
    P, L, U = lu_decompose(A.T)
    perm = P.argmax(axis=1); i, j = np.triu_indices(len(perm), 1)
    return (-1.0) ** int(np.sum(perm[i] > perm[j])) * float(np.prod(np.diag(U)))


@ANSWERS.right('det_lu', 'scipy.linalg.lu after its own squareness check')
def _(A):
    import scipy.linalg
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError('det_lu needs a square matrix')
    p, l, u = scipy.linalg.lu(A)              # A = p l u
    perm = p.argmax(axis=0)
    i, j = np.triu_indices(len(perm), 1)
    return (-1.0) ** int(np.sum(perm[i] > perm[j])) * float(np.prod(np.diag(u)))

# ── lu_solve ────────────────────────────────────────────────────────────────────────────────────


@ANSWERS.wrong('lu_solve', 'forgot the permutation')
def _(P, L, U, b):
    n = len(b); y = np.zeros(n); x = np.zeros(n)
    if np.any(np.abs(np.diag(U)) <= pivot_tolerance(U)) or len(b) != len(U): raise ValueError('bad')
    for i in range(n): y[i] = b[i] - L[i, :i] @ y[:i]
    for i in reversed(range(n)): x[i] = (y[i] - U[i, i+1:] @ x[i+1:]) / U[i, i]
    return x


@ANSWERS.wrong('lu_solve', 'permuted with P^T')
def _(P, L, U, b):
    n = len(b); c = P.T @ b; y = np.zeros(n); x = np.zeros(n)
    if np.any(np.abs(np.diag(U)) <= pivot_tolerance(U)) or len(b) != len(U): raise ValueError('bad')
    for i in range(n): y[i] = c[i] - L[i, :i] @ y[:i]
    for i in reversed(range(n)): x[i] = (y[i] - U[i, i+1:] @ x[i+1:]) / U[i, i]
    return x


@ANSWERS.wrong('lu_solve', 'back substitution forgets to divide by u_ii')
def _(P, L, U, b):
    n = len(b); c = P @ b; y = np.zeros(n); x = np.zeros(n)
    if np.any(np.abs(np.diag(U)) <= pivot_tolerance(U)) or len(b) != len(U): raise ValueError('bad')
    for i in range(n): y[i] = c[i] - L[i, :i] @ y[:i]
    for i in reversed(range(n)): x[i] = (y[i] - U[i, i+1:] @ x[i+1:])
    return x


@ANSWERS.wrong('lu_solve', 'returns y (no back substitution)')
def _(P, L, U, b):
    n = len(b); c = P @ b; y = np.zeros(n)
    if np.any(np.abs(np.diag(U)) <= pivot_tolerance(U)) or len(b) != len(U): raise ValueError('bad')
    for i in range(n): y[i] = c[i] - L[i, :i] @ y[:i]
    return y


@ANSWERS.wrong('lu_solve', 'no singularity check')
def _(P, L, U, b):
    if len(b) != len(U): raise ValueError('bad')
    return np.linalg.solve(P.T @ L @ U, b)


@ANSWERS.wrong('lu_solve', 'exact-zero singularity check only')
def _(P, L, U, b):
    if len(b) != len(U) or np.any(np.diag(U) == 0): raise ValueError('bad')
    return np.linalg.solve(P.T @ L @ U, b)


@ANSWERS.wrong('lu_solve', 'substitutions in the wrong order (U first, then L)')
def _(P, L, U, b):
    from scipy.linalg import solve_triangular as st
    if np.any(np.abs(np.diag(U)) <= pivot_tolerance(U)) or len(b) != len(U): raise ValueError('bad')
    return st(L, st(U, P @ b), lower=True, unit_diagonal=True)


@ANSWERS.wrong('lu_solve', 'no shape check (b too long is silently cut)')
def _(P, L, U, b):
    n = len(U); b = np.asarray(b)[:n]; c = P @ b; y = np.zeros(n); x = np.zeros(n)
    if np.any(np.abs(np.diag(U)) <= pivot_tolerance(U)): raise ValueError('bad')
    for i in range(n): y[i] = c[i] - L[i, :i] @ y[:i]
    for i in reversed(range(n)): x[i] = (y[i] - U[i, i+1:] @ x[i+1:]) / U[i, i]
    return x


@ANSWERS.wrong('lu_solve', "forward substitution divides by U's diagonal")
def _(P, L, U, b):
    n = len(b); c = P @ b; y = np.zeros(n); x = np.zeros(n)
    if np.any(np.abs(np.diag(U)) <= pivot_tolerance(U)) or len(b) != len(U): raise ValueError('bad')
    for i in range(n): y[i] = (c[i] - L[i, :i] @ y[:i]) / U[i, i]
    for i in reversed(range(n)): x[i] = (y[i] - U[i, i+1:] @ x[i+1:]) / U[i, i]
    return x


@ANSWERS.wrong('lu_solve', 'substitution with no singularity check at all')
def _(P, L, U, b):
    n = len(b); c = P @ b; y = np.zeros(n); x = np.zeros(n)
    if len(b) != len(U): raise ValueError('bad')
    for i in range(n): y[i] = c[i] - L[i, :i] @ y[:i]
    with np.errstate(all='ignore'):
        for i in reversed(range(n)): x[i] = (y[i] - U[i, i+1:] @ x[i+1:]) / U[i, i]
    return x


@ANSWERS.wrong('lu_solve', 'substitution with an exact-zero check')
def _(P, L, U, b):
    n = len(b); c = P @ b; y = np.zeros(n); x = np.zeros(n)
    if len(b) != len(U) or np.any(np.diag(U) == 0): raise ValueError('bad')
    for i in range(n): y[i] = c[i] - L[i, :i] @ y[:i]
    for i in reversed(range(n)): x[i] = (y[i] - U[i, i+1:] @ x[i+1:]) / U[i, i]
    return x


def _substitute(P, L, U, b):
    """A correct forward and back substitution, shared by the wrong answers that differ only in their checks."""
    n = len(b); c = P @ b; y = np.zeros(n); x = np.zeros(n)
    for i in range(n): y[i] = c[i] - L[i, :i] @ y[:i]
    for i in reversed(range(n)): x[i] = (y[i] - U[i, i+1:] @ x[i+1:]) / U[i, i]
    return x


@ANSWERS.wrong('lu_solve', 'np.linalg.solve(P.T @ L @ U, b) with the right checks')
def _(P, L, U, b):
    if len(b) != len(U) or np.any(np.abs(np.diag(U)) <= pivot_tolerance(U)): raise ValueError('bad')
    return np.linalg.solve(P.T @ L @ U, b)


@ANSWERS.wrong('lu_solve', 'inverts the factors with np.linalg.inv')
def _(P, L, U, b):
    if len(b) != len(U) or np.any(np.abs(np.diag(U)) <= pivot_tolerance(U)): raise ValueError('bad')
    return np.linalg.inv(U) @ np.linalg.inv(L) @ P @ b


@ANSWERS.wrong('lu_solve', 'scipy.linalg.solve_triangular twice, in the right order')
def _(P, L, U, b):
    import scipy.linalg
    if len(b) != len(U) or np.any(np.abs(np.diag(U)) <= pivot_tolerance(U)): raise ValueError('bad')
    y = scipy.linalg.solve_triangular(L, P @ b, lower=True, unit_diagonal=True)
    return scipy.linalg.solve_triangular(U, y)


@ANSWERS.wrong('lu_solve', 'scipy.linalg.solve on the rebuilt matrix')
def _(P, L, U, b):
    import scipy.linalg
    if len(b) != len(U) or np.any(np.abs(np.diag(U)) <= pivot_tolerance(U)): raise ValueError('bad')
    return scipy.linalg.solve(P.T @ L @ U, b)


@ANSWERS.wrong('lu_solve', 'least squares with np.linalg.lstsq')
def _(P, L, U, b):
    if len(b) != len(U) or np.any(np.abs(np.diag(U)) <= pivot_tolerance(U)): raise ValueError('bad')
    return np.linalg.lstsq(P.T @ L @ U, b, rcond=None)[0]


@ANSWERS.wrong('lu_solve', 'b[:] = P @ b: permutes b in place')
def _(P, L, U, b):
    if len(b) != len(U) or np.any(np.abs(np.diag(U)) <= pivot_tolerance(U)): raise ValueError('bad')
    b[:] = P @ b
    return _substitute(np.eye(len(b)), L, U, b)


@ANSWERS.wrong('lu_solve', 'forward substitution written into b itself (y = b, no copy)')
def _(P, L, U, b):
    if len(b) != len(U) or np.any(np.abs(np.diag(U)) <= pivot_tolerance(U)): raise ValueError('bad')
    n = len(b); x = np.zeros(n)
    y = b                                      # the same array as the caller's b
    y[:] = P @ b
    for i in range(n): y[i] = y[i] - L[i, :i] @ y[:i]
    for i in reversed(range(n)): x[i] = (y[i] - U[i, i+1:] @ x[i+1:]) / U[i, i]
    return x


@ANSWERS.wrong('lu_solve', 'makes the diagonal of U one by dividing its rows in place')
def _(P, L, U, b):
    if len(b) != len(U) or np.any(np.abs(np.diag(U)) <= pivot_tolerance(U)): raise ValueError('bad')
    n = len(b); c = P @ b; y = np.zeros(n); x = np.zeros(n)
    for i in range(n): y[i] = c[i] - L[i, :i] @ y[:i]
    d = np.diag(U).copy()
    U /= d[:, None]                            # now u_ii = 1 ... in the caller's U too
    y = y / d
    for i in reversed(range(n)): x[i] = y[i] - U[i, i+1:] @ x[i+1:]
    return x


@ANSWERS.wrong('lu_solve', 'absolute cut-off: np.abs(np.diag(U)) < 1e-10')
def _(P, L, U, b):
    if len(b) != len(U): raise ValueError('bad')
    if np.any(np.abs(np.diag(U)) < 1e-10): raise ValueError('singular')
    return _substitute(P, L, U, b)


@ANSWERS.wrong('lu_solve', 'absolute cut-off 1e-12')
def _(P, L, U, b):
    if len(b) != len(U): raise ValueError('bad')
    if np.abs(np.diag(U)).min() < 1e-12: raise ValueError('singular')
    return _substitute(P, L, U, b)


@ANSWERS.wrong('lu_solve', 'np.isclose(np.diag(U), 0) (an absolute tolerance of 1e-8)')
def _(P, L, U, b):
    if len(b) != len(U): raise ValueError('bad')
    if np.any(np.isclose(np.diag(U), 0)): raise ValueError('singular')
    return _substitute(P, L, U, b)


@ANSWERS.wrong('lu_solve', 'singular when the product of the pivots is below 1e-10')
def _(P, L, U, b):
    if len(b) != len(U): raise ValueError('bad')
    if abs(np.prod(np.diag(U))) < 1e-10: raise ValueError('singular')
    return _substitute(P, L, U, b)


@ANSWERS.wrong('lu_solve', 'y and x made with np.zeros_like(b) (integers for an integer b)')
def _(P, L, U, b):
    if len(b) != len(U) or np.any(np.abs(np.diag(U)) <= pivot_tolerance(U)): raise ValueError('bad')
    n = len(b); c = P @ b; y = np.zeros_like(b); x = np.zeros_like(b)
    for i in range(n): y[i] = c[i] - L[i, :i] @ y[:i]
    for i in reversed(range(n)): x[i] = (y[i] - U[i, i+1:] @ x[i+1:]) / U[i, i]
    return x


@ANSWERS.wrong('lu_solve', 'back substitution from the top row down')
def _(P, L, U, b):
    if len(b) != len(U) or np.any(np.abs(np.diag(U)) <= pivot_tolerance(U)): raise ValueError('bad')
    n = len(b); c = P @ b; y = np.zeros(n); x = np.zeros(n)
    for i in range(n): y[i] = c[i] - L[i, :i] @ y[:i]
    for i in range(n): x[i] = (y[i] - U[i, i+1:] @ x[i+1:]) / U[i, i]
    return x


@ANSWERS.wrong('lu_solve', 'no length check, permutes by indexing b[perm] (a too long b is cut)')
def _(P, L, U, b):
    if np.any(np.abs(np.diag(U)) <= pivot_tolerance(U)): raise ValueError('bad')
    n = len(U); c = b[P.argmax(axis=1)]; y = np.zeros(n); x = np.zeros(n)
    for i in range(n): y[i] = c[i] - L[i, :i] @ y[:i]
    for i in reversed(range(n)): x[i] = (y[i] - U[i, i+1:] @ x[i+1:]) / U[i, i]
    return x


@ANSWERS.right('lu_solve', 'column-oriented substitution (vectorised updates of the right-hand side)')
def _(P, L, U, b):
    U = np.asarray(U, dtype=float)
    n = U.shape[0]
    if np.shape(b) != (n,):
        raise ValueError('b needs one entry per row')
    if np.any(np.abs(np.diag(U)) <= pivot_tolerance(U)):
        raise ValueError('singular')
    y = (P @ np.asarray(b, dtype=float)).copy()
    for j in range(n):                        # subtract column j of L times y_j from the rows below
        y[j + 1:] -= L[j + 1:, j] * y[j]
    x = y.copy()
    for j in reversed(range(n)):              # divide, then subtract column j of U times x_j from the rows above
        x[j] /= U[j, j]
        x[:j] -= U[:j, j] * x[j]
    return x


@ANSWERS.right('lu_solve', 'permutes by indexing b[perm] and sums with np.sum')
def _(P, L, U, b):
    b = np.asarray(b, dtype=float)
    n = len(U)
    if b.ndim != 1 or len(b) != n:
        raise ValueError('b needs one entry per row')
    if np.min(np.abs(np.diag(U))) <= n * np.finfo(float).eps * np.max(np.abs(U)):
        raise ValueError('singular')
    c = b[P.argmax(axis=1)]
    y = np.empty(n)
    for i in range(n):
        y[i] = c[i] - np.sum(L[i, :i] * y[:i])
    x = np.empty(n)
    for i in range(n - 1, -1, -1):
        x[i] = (y[i] - np.sum(U[i, i + 1:] * x[i + 1:])) / U[i, i]
    return x


@ANSWERS.right('lu_solve', 'copies b first, then works on the copy in place')
def _(P, L, U, b):
    if len(b) != len(U) or np.any(np.abs(np.diag(U)) <= pivot_tolerance(U)): raise ValueError('bad')
    v = np.array(b, dtype=float)              # a new array: the caller's b is safe
    v[:] = P @ v
    n = len(v)
    for i in range(n): v[i] -= L[i, :i] @ v[:i]
    for i in reversed(range(n)): v[i] = (v[i] - U[i, i+1:] @ v[i+1:]) / U[i, i]
    return v


@ANSWERS.right('lu_solve', 'plain Python loops over the entries, np.dot for the permutation')
def _(P, L, U, b):
    n = len(U)
    if len(b) != n or np.ndim(b) != 1:
        raise ValueError('b needs one entry per row')
    if np.any(np.abs(np.diag(U)) <= pivot_tolerance(U)):
        raise ValueError('singular')
    c = np.dot(P, b)
    y = [0.0] * n
    for i in range(n):
        y[i] = c[i] - sum(L[i, j] * y[j] for j in range(i))
    x = [0.0] * n
    for i in reversed(range(n)):
        x[i] = (y[i] - sum(U[i, j] * x[j] for j in range(i + 1, n))) / U[i, i]
    return np.array(x)
