"""The exercises of 01_linear_algebra/03_eigendecomposition.ipynb: wrong answers every checker must reject, and right answers in other forms."""
from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from . import Answers

if TYPE_CHECKING:  # defined by the notebook; tests/probe.py runs these functions in its namespace
    from notebook import dominant_eigenpair_solution, rayleigh_quotient_solution

ANSWERS = Answers("01_linear_algebra/03_eigendecomposition.ipynb")

# ── real_eigvals_2x2 ────────────────────────────────────────────────────────────────────────────


@ANSWERS.wrong('real_eigvals_2x2', 'ascending order')
def _(A):
    A = np.asarray(A, float)
    if A.shape != (2, 2): raise ValueError('2x2')
    t = A[0,0] + A[1,1]; d = A[0,0]*A[1,1] - A[0,1]*A[1,0]; D = t*t - 4*d
    if D < 0: raise ValueError('complex')
    return np.array([(t - np.sqrt(D)) / 2, (t + np.sqrt(D)) / 2])


@ANSWERS.wrong('real_eigvals_2x2', 'forgot the 4 in the discriminant')
def _(A):
    A = np.asarray(A, float)
    if A.shape != (2, 2): raise ValueError('2x2')
    t = np.trace(A); d = np.linalg.det(A); D = t*t - d
    if D < 0: raise ValueError('complex')
    return np.array([(t + np.sqrt(D)) / 2, (t - np.sqrt(D)) / 2])


@ANSWERS.wrong('real_eigvals_2x2', 'sign of the trace flipped')
def _(A):
    A = np.asarray(A, float)
    if A.shape != (2, 2): raise ValueError('2x2')
    t = np.trace(A); d = np.linalg.det(A); D = t*t - 4*d
    if D < 0: raise ValueError('complex')
    return np.array([(-t + np.sqrt(D)) / 2, (-t - np.sqrt(D)) / 2])


@ANSWERS.wrong('real_eigvals_2x2', 'forgot to halve')
def _(A):
    A = np.asarray(A, float)
    if A.shape != (2, 2): raise ValueError('2x2')
    t = np.trace(A); d = np.linalg.det(A); D = t*t - 4*d
    if D < 0: raise ValueError('complex')
    return np.array([t + np.sqrt(D), t - np.sqrt(D)])


@ANSWERS.wrong('real_eigvals_2x2', 'complex case returns the real parts instead of raising')
def _(A):
    A = np.asarray(A, float)
    if A.shape != (2, 2): raise ValueError('2x2')
    t = np.trace(A); d = np.linalg.det(A); r = np.sqrt(max(t*t - 4*d, 0.0))
    return np.array([(t + r) / 2, (t - r) / 2])


@ANSWERS.wrong('real_eigvals_2x2', "np.linalg.eigvals (forbidden), in NumPy's order")
def _(A):
    A = np.asarray(A, float)
    if A.shape != (2, 2): raise ValueError('2x2')
    ev = np.linalg.eigvals(A)
    if np.iscomplexobj(ev) and np.any(ev.imag != 0): raise ValueError('complex')
    return ev.real


@ANSWERS.wrong('real_eigvals_2x2', 'sorted by magnitude instead of value')
def _(A):
    A = np.asarray(A, float)
    if A.shape != (2, 2): raise ValueError('2x2')
    t = np.trace(A); d = np.linalg.det(A); D = t*t - 4*d
    if D < 0: raise ValueError('complex')
    ev = np.array([(t + np.sqrt(D)) / 2, (t - np.sqrt(D)) / 2])
    return ev[np.argsort(-np.abs(ev))]


@ANSWERS.wrong('real_eigvals_2x2', 'a list, not an array')
def _(A):
    A = np.asarray(A, float)
    if A.shape != (2, 2): raise ValueError('2x2')
    t = np.trace(A); d = np.linalg.det(A); D = t*t - 4*d
    if D < 0: raise ValueError('complex')
    return [(t + np.sqrt(D)) / 2, (t - np.sqrt(D)) / 2]


@ANSWERS.wrong('real_eigvals_2x2', 'no shape check (a 3x3 matrix slips through)')
def _(A):
    A = np.asarray(A, float)
    t = A[0,0] + A[1,1]; d = A[0,0]*A[1,1] - A[0,1]*A[1,0]; D = t*t - 4*d
    if D < 0: raise ValueError('complex')
    return np.array([(t + np.sqrt(D)) / 2, (t - np.sqrt(D)) / 2])


@ANSWERS.wrong('real_eigvals_2x2', 'an absolute tolerance on the discriminant lets a small complex case through')
def _(A):
    A = np.asarray(A, float)
    if A.shape != (2, 2): raise ValueError('2x2')
    t = np.trace(A); d = np.linalg.det(A); D = t*t - 4*d
    if D < -1e-10: raise ValueError('complex')
    r = np.sqrt(max(D, 0.0))
    return np.array([(t + r) / 2, (t - r) / 2])


@ANSWERS.wrong('real_eigvals_2x2', 'a small discriminant rounded to zero (absolute cut-off 1e-5)')
def _(A):
    A = np.asarray(A, float)
    if A.shape != (2, 2): raise ValueError('2x2')
    t = np.trace(A); d = np.linalg.det(A); D = t*t - 4*d
    if abs(D) < 1e-5: D = 0.0
    if D < 0: raise ValueError('complex')
    return np.array([(t + np.sqrt(D)) / 2, (t - np.sqrt(D)) / 2])


@ANSWERS.wrong('real_eigvals_2x2', 'determinant with a plus sign')
def _(A):
    A = np.asarray(A, float)
    if A.shape != (2, 2): raise ValueError('2x2')
    t = A[0,0] + A[1,1]; d = A[0,0]*A[1,1] + A[0,1]*A[1,0]; D = t*t - 4*d
    if D < 0: raise ValueError('complex')
    return np.array([(t + np.sqrt(D)) / 2, (t - np.sqrt(D)) / 2])


@ANSWERS.wrong('real_eigvals_2x2', 'no ValueError for complex eigenvalues: np.sqrt gives nan')
def _(A):
    A = np.asarray(A, float)
    if A.shape != (2, 2): raise ValueError('2x2')
    t = np.trace(A); d = np.linalg.det(A)
    with np.errstate(invalid='ignore'):
        r = np.sqrt(t*t - 4*d)
    return np.array([(t + r) / 2, (t - r) / 2])


@ANSWERS.right('real_eigvals_2x2', 'np.trace and np.linalg.det: raises ValueError on [[3, 1], [0, 3]], where rounding makes the discriminant -7e-15')
def _(A):
    A = np.asarray(A, dtype=float)
    if A.shape != (2, 2):
        raise ValueError('A must be 2x2')
    t, d = np.trace(A), np.linalg.det(A)
    disc = t**2 - 4 * d
    if disc < 0:
        raise ValueError('complex eigenvalues')
    return np.array([(t + np.sqrt(disc)) / 2, (t - np.sqrt(disc)) / 2])


@ANSWERS.right('real_eigvals_2x2', 'a relative tolerance at the boundary (|disc| <= 1e-12 ||A||_F^2 counts as 0)')
def _(A):
    A = np.asarray(A, dtype=float)
    if A.shape != (2, 2):
        raise ValueError('A must be 2x2')
    t, d = np.trace(A), np.linalg.det(A)
    disc = t**2 - 4 * d
    if disc < -1e-12 * np.sum(A**2):
        raise ValueError('complex eigenvalues')
    root = np.sqrt(max(disc, 0.0))
    return np.array([(t + root) / 2, (t - root) / 2])


@ANSWERS.right('real_eigvals_2x2', 'the cancellation-free formula: the small root as det / big root')
def _(A):
    A = np.asarray(A, dtype=float)
    if A.shape != (2, 2):
        raise ValueError('A must be 2x2')
    t = A[0, 0] + A[1, 1]
    d = A[0, 0] * A[1, 1] - A[0, 1] * A[1, 0]
    disc = t * t - 4 * d
    if disc < 0:
        raise ValueError('complex eigenvalues')
    big = (t + np.copysign(np.sqrt(disc), t)) / 2
    small = d / big if big != 0 else 0.0
    return np.array([max(big, small), min(big, small)])


# ── rayleigh_quotient ───────────────────────────────────────────────────────────────────────────


@ANSWERS.wrong('rayleigh_quotient', 'forgot to divide by x^T x')
def _(A, x):
    if np.linalg.norm(x) == 0: raise ValueError('zero')
    return float(x @ A @ x)


@ANSWERS.wrong('rayleigh_quotient', 'divided by ||x|| instead of ||x||^2')
def _(A, x):
    if np.linalg.norm(x) == 0: raise ValueError('zero')
    return float(x @ A @ x / np.linalg.norm(x))


@ANSWERS.wrong('rayleigh_quotient', '||A x|| / ||x||: loses the sign')
def _(A, x):
    if np.linalg.norm(x) == 0: raise ValueError('zero')
    return float(np.linalg.norm(A @ x) / np.linalg.norm(x))


@ANSWERS.wrong('rayleigh_quotient', 'no zero-vector check (returns nan)')
def _(A, x):
    with np.errstate(all='ignore'):
        return float(np.float64(x @ A @ x) / np.float64(x @ x))


@ANSWERS.wrong('rayleigh_quotient', 'elementwise instead of a number')
def _(A, x):
    if np.linalg.norm(x) == 0: raise ValueError('zero')
    return (A @ x) / x


@ANSWERS.wrong('rayleigh_quotient', 'divided by n instead of x^T x')
def _(A, x):
    if np.linalg.norm(x) == 0: raise ValueError('zero')
    return float(x @ A @ x / len(x))


@ANSWERS.wrong('rayleigh_quotient', 'operator precedence: x @ A @ x / x @ x')
def _(A, x):
    if np.linalg.norm(x) == 0: raise ValueError('zero')
    with np.errstate(all='ignore'):
        return float(x @ A @ x / x @ x)


@ANSWERS.wrong('rayleigh_quotient', 'an absolute cut-off for the zero vector (norm < 1e-10)')
def _(A, x):
    if np.linalg.norm(x) < 1e-10: raise ValueError('x is (nearly) zero')
    return float(x @ A @ x / (x @ x))


@ANSWERS.wrong('rayleigh_quotient', 'normalizes x in place first')
def _(A, x):
    n = np.linalg.norm(x)
    if n == 0: raise ValueError('zero')
    x /= n
    return float(x @ A @ x)


@ANSWERS.right('rayleigh_quotient', 'a one-element list [r] for the number')
def _(A, x):
    return [rayleigh_quotient_solution(A, x)]


@ANSWERS.right('rayleigh_quotient', 'a NumPy float64, with np.vdot and no float()')
def _(A, x):
    A, x = np.asarray(A, dtype=float), np.asarray(x, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or x.shape != (A.shape[0],):
        raise ValueError('shapes do not match')
    if not np.any(x):
        raise ValueError('x = 0')
    return np.vdot(x, A @ x) / np.vdot(x, x)


@ANSWERS.right('rayleigh_quotient', 'normalize x first (a new array), then u^T A u')
def _(A, x):
    A, x = np.asarray(A, dtype=float), np.asarray(x, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or x.shape != (A.shape[0],):
        raise ValueError('shapes do not match')
    norm = np.linalg.norm(x)
    if norm == 0:
        raise ValueError('x = 0')
    u = x / norm
    return float(u @ A @ u)


@ANSWERS.right('rayleigh_quotient', 'the symmetric part (A + A^T)/2, with einsum')
def _(A, x):
    A, x = np.asarray(A, dtype=float), np.asarray(x, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or len(x) != len(A) or x.ndim != 1:
        raise ValueError('shapes do not match')
    xx = np.einsum('i,i->', x, x)
    if xx == 0:
        raise ValueError('x = 0')
    return float(np.einsum('i,ij,j->', x, (A + A.T) / 2, x) / xx)


# ── definiteness_2x2 ────────────────────────────────────────────────────────────────────────────


@ANSWERS.wrong('definiteness_2x2', "det > 0 always 'positive definite' (forgot the trace)")
def _(A):
    A = np.asarray(A, float)
    if A.shape != (2, 2) or A[0,1] != A[1,0]: raise ValueError('bad')
    d = np.linalg.det(A); t = np.trace(A)
    if d < -1e-12: return 'indefinite'
    if d > 1e-12: return 'positive definite'
    return 'positive semidefinite' if t >= 0 else 'negative semidefinite'


@ANSWERS.wrong('definiteness_2x2', 'signs of the diagonal entries only')
def _(A):
    A = np.asarray(A, float)
    if A.shape != (2, 2) or A[0,1] != A[1,0]: raise ValueError('bad')
    a, d = A[0,0], A[1,1]
    if a > 0 and d > 0: return 'positive definite'
    if a < 0 and d < 0: return 'negative definite'
    if a >= 0 and d >= 0: return 'positive semidefinite'
    if a <= 0 and d <= 0: return 'negative semidefinite'
    return 'indefinite'


@ANSWERS.wrong('definiteness_2x2', "det = 0 always 'positive semidefinite' (ignores the trace)")
def _(A):
    A = np.asarray(A, float)
    if A.shape != (2, 2) or A[0,1] != A[1,0]: raise ValueError('bad')
    d = np.linalg.det(A); t = np.trace(A)
    if d < -1e-12: return 'indefinite'
    if d > 1e-12: return 'positive definite' if t > 0 else 'negative definite'
    return 'positive semidefinite'


@ANSWERS.wrong('definiteness_2x2', 'no semidefinite case (det >= 0 counts as definite)')
def _(A):
    A = np.asarray(A, float)
    if A.shape != (2, 2) or A[0,1] != A[1,0]: raise ValueError('bad')
    d = np.linalg.det(A); t = np.trace(A)
    if d < 0: return 'indefinite'
    return 'positive definite' if t >= 0 else 'negative definite'


@ANSWERS.wrong('definiteness_2x2', 'zero matrix reported as negative semidefinite (ignores the stated convention)')
def _(A):
    A = np.asarray(A, float)
    if A.shape != (2, 2) or A[0,1] != A[1,0]: raise ValueError('bad')
    d = A[0,0]*A[1,1] - A[0,1]**2; t = A[0,0] + A[1,1]
    if abs(d) <= 1e-12 * np.sum(A**2): return 'negative semidefinite' if t <= 0 else 'positive semidefinite'
    if d < 0: return 'indefinite'
    return 'positive definite' if t > 0 else 'negative definite'


@ANSWERS.wrong('definiteness_2x2', 'no symmetry check')
def _(A):
    A = np.asarray(A, float)
    if A.shape != (2, 2): raise ValueError('bad')
    d = A[0,0]*A[1,1] - A[0,1]*A[1,0]; t = A[0,0] + A[1,1]
    if abs(d) <= 1e-12 * np.sum(A**2): return 'negative semidefinite' if t < 0 else 'positive semidefinite'
    if d < 0: return 'indefinite'
    return 'positive definite' if t > 0 else 'negative definite'


@ANSWERS.wrong('definiteness_2x2', 'capitalised labels')
def _(A):
    A = np.asarray(A, float)
    if A.shape != (2, 2) or A[0,1] != A[1,0]: raise ValueError('bad')
    d = A[0,0]*A[1,1] - A[0,1]**2; t = A[0,0] + A[1,1]
    if abs(d) <= 1e-12 * np.sum(A**2): return 'Negative semidefinite' if t < 0 else 'Positive semidefinite'
    if d < 0: return 'Indefinite'
    return 'Positive definite' if t > 0 else 'Negative definite'


@ANSWERS.wrong('definiteness_2x2', "Sylvester's criterion misapplied: a11 >= 0 and det >= 0 => positive semidefinite")
def _(A):
    A = np.asarray(A, float)
    if A.shape != (2, 2) or not np.allclose(A, A.T): raise ValueError('not symmetric')
    a11, d = A[0, 0], np.linalg.det(A)
    if abs(d) <= 1e-12 * np.sum(A**2): d = 0.0
    if a11 > 0 and d > 0: return 'positive definite'
    if a11 < 0 and d > 0: return 'negative definite'
    if a11 >= 0 and d >= 0: return 'positive semidefinite'
    if a11 <= 0 and d >= 0: return 'negative semidefinite'
    return 'indefinite'


@ANSWERS.wrong('definiteness_2x2', "Sylvester's criterion misapplied, negative side first: a11 <= 0 and det >= 0 => negative semidefinite")
def _(A):
    A = np.asarray(A, float)
    if A.shape != (2, 2) or not np.allclose(A, A.T): raise ValueError('not symmetric')
    a11, d = A[0, 0], np.linalg.det(A)
    if abs(d) <= 1e-12 * np.sum(A**2): d = 0.0
    if d < 0: return 'indefinite'
    if d > 0: return 'positive definite' if a11 > 0 else 'negative definite'
    if a11 <= 0: return 'negative semidefinite'
    return 'positive semidefinite'


@ANSWERS.wrong('definiteness_2x2', 'the absolute cut-off |det| <= 1e-12 (fails for A scaled by 1e-8 or 1e8)')
def _(A):
    A = np.asarray(A, float)
    if A.shape != (2, 2) or not np.allclose(A, A.T): raise ValueError('not symmetric')
    t, d = np.trace(A), np.linalg.det(A)
    if abs(d) <= 1e-12: return 'negative semidefinite' if t < 0 else 'positive semidefinite'
    if d < 0: return 'indefinite'
    return 'positive definite' if t > 0 else 'negative definite'


@ANSWERS.wrong('definiteness_2x2', 'an exact zero test det == 0 (rounding makes det -1e-16)')
def _(A):
    A = np.asarray(A, float)
    if A.shape != (2, 2) or not np.allclose(A, A.T): raise ValueError('not symmetric')
    t, d = A[0, 0] + A[1, 1], A[0, 0] * A[1, 1] - A[0, 1] * A[1, 0]
    if d == 0: return 'negative semidefinite' if t < 0 else 'positive semidefinite'
    if d < 0: return 'indefinite'
    return 'positive definite' if t > 0 else 'negative definite'


@ANSWERS.wrong('definiteness_2x2', 'relative to ||A||, not ||A||^2 (det has the units of A squared)')
def _(A):
    A = np.asarray(A, float)
    if A.shape != (2, 2) or not np.allclose(A, A.T): raise ValueError('not symmetric')
    t, d = np.trace(A), np.linalg.det(A)
    if abs(d) <= 1e-12 * np.linalg.norm(A): return 'negative semidefinite' if t < 0 else 'positive semidefinite'
    if d < 0: return 'indefinite'
    return 'positive definite' if t > 0 else 'negative definite'


@ANSWERS.wrong('definiteness_2x2', 'np.linalg.eigvalsh (forbidden)')
def _(A):
    A = np.asarray(A, float)
    if A.shape != (2, 2) or not np.allclose(A, A.T): raise ValueError('not symmetric')
    lam = np.linalg.eigvalsh(A)
    tol = 1e-9 * np.abs(lam).max()
    if np.all(lam > tol): return 'positive definite'
    if np.all(lam < -tol): return 'negative definite'
    if np.all(lam >= -tol): return 'positive semidefinite'
    if np.all(lam <= tol): return 'negative semidefinite'
    return 'indefinite'


@ANSWERS.right('definiteness_2x2', 'np.trace, np.linalg.det and np.linalg.norm(A)**2 for the relative rule; np.allclose for symmetry')
def _(A):
    A = np.asarray(A, dtype=float)
    if A.shape != (2, 2) or not np.allclose(A, A.T):
        raise ValueError('A must be a symmetric 2x2 matrix')
    t, d = np.trace(A), np.linalg.det(A)
    if abs(d) <= 1e-12 * np.linalg.norm(A) ** 2:
        return 'negative semidefinite' if t < 0 else 'positive semidefinite'
    if d < 0:
        return 'indefinite'
    return 'positive definite' if t > 0 else 'negative definite'


@ANSWERS.right('definiteness_2x2', "Sylvester's criterion done right: every principal minor (a11, a22 and det)")
def _(A):
    A = np.asarray(A, dtype=float)
    if A.shape != (2, 2) or A[0, 1] != A[1, 0]:
        raise ValueError('A must be a symmetric 2x2 matrix')
    a11, a22 = A[0, 0], A[1, 1]
    d = a11 * a22 - A[0, 1] ** 2
    if abs(d) <= 1e-12 * np.sum(A**2):
        d = 0.0
    if d > 0:
        return 'positive definite' if a11 > 0 else 'negative definite'
    if d < 0:
        return 'indefinite'
    if a11 >= 0 and a22 >= 0:
        return 'positive semidefinite'
    return 'negative semidefinite'


# ── stationary_distribution ─────────────────────────────────────────────────────────────────────


@ANSWERS.wrong('stationary_distribution', 'eigenvector of P instead of P.T (row/column-stochastic confusion): uniform')
def _(P):
    P = np.asarray(P, float)
    if P.ndim != 2 or P.shape[0] != P.shape[1] or np.any(P < 0) or not np.allclose(P.sum(1), 1): raise ValueError('bad')
    w, V = np.linalg.eig(P)
    v = V[:, np.argmin(abs(w - 1))].real
    return v / v.sum()


@ANSWERS.wrong('stationary_distribution', 'the linear system with P instead of P.T: uniform again')
def _(P):
    P = np.asarray(P, float)
    if P.ndim != 2 or P.shape[0] != P.shape[1] or np.any(P < 0) or not np.allclose(P.sum(1), 1): raise ValueError('bad')
    n = len(P); M = P - np.eye(n); M[-1] = 1; b = np.zeros(n); b[-1] = 1
    return np.linalg.solve(M, b)


@ANSWERS.wrong('stationary_distribution', 'unit L2 norm instead of summing to 1')
def _(P):
    P = np.asarray(P, float)
    if P.ndim != 2 or P.shape[0] != P.shape[1] or np.any(P < 0) or not np.allclose(P.sum(1), 1): raise ValueError('bad')
    w, V = np.linalg.eig(P.T)
    v = V[:, np.argmin(abs(w - 1))].real
    return np.abs(v) / np.linalg.norm(v)


@ANSWERS.wrong('stationary_distribution', 'no validation: a column-stochastic matrix slips through')
def _(P):
    P = np.asarray(P, float)
    w, V = np.linalg.eig(P.T)
    v = V[:, np.argmin(abs(w - 1))].real
    return v / v.sum()


@ANSWERS.wrong('stationary_distribution', 'validates columns instead of rows')
def _(P):
    P = np.asarray(P, float)
    if P.ndim != 2 or P.shape[0] != P.shape[1] or np.any(P < 0) or not np.allclose(P.sum(0), 1): raise ValueError('bad')
    w, V = np.linalg.eig(P.T)
    v = V[:, np.argmin(abs(w - 1))].real
    return v / v.sum()


@ANSWERS.wrong('stationary_distribution', 'power iteration from a fixed start: fails on a periodic chain')
def _(P):
    P = np.asarray(P, float)
    if P.ndim != 2 or P.shape[0] != P.shape[1] or np.any(P < 0) or not np.allclose(P.sum(1), 1): raise ValueError('bad')
    pi = np.zeros(len(P)); pi[0] = 1
    for _ in range(1001): pi = pi @ P
    return pi


@ANSWERS.wrong('stationary_distribution', 'forgot .real: complex entries')
def _(P):
    P = np.asarray(P, float)
    if P.ndim != 2 or P.shape[0] != P.shape[1] or np.any(P < 0) or not np.allclose(P.sum(1), 1): raise ValueError('bad')
    w, V = np.linalg.eig(P.T)
    v = V[:, np.argmin(abs(w - 1))].astype(complex)
    return v / v.sum()


@ANSWERS.wrong('stationary_distribution', 'forgot to check for negative entries')
def _(P):
    P = np.asarray(P, float)
    if P.ndim != 2 or P.shape[0] != P.shape[1] or not np.allclose(P.sum(1), 1): raise ValueError('bad')
    n = len(P); M = P.T - np.eye(n); M[-1] = 1; b = np.zeros(n); b[-1] = 1
    return np.linalg.solve(M, b)


@ANSWERS.wrong('stationary_distribution', 'power iteration from the uniform vector: (1/3, 1/3, 1/3) on [[0,1,0],[.5,0,.5],[0,1,0]]')
def _(P):
    P = np.asarray(P, float)
    if P.ndim != 2 or P.shape[0] != P.shape[1] or np.any(P < 0) or np.any(abs(P.sum(1) - 1) > 1e-9): raise ValueError('bad')
    pi = np.ones(len(P)) / len(P)
    for _ in range(1000): pi = pi @ P
    return pi


@ANSWERS.wrong('stationary_distribution', 'the eigenvector of the largest |lambda| instead of lambda = 1')
def _(P):
    P = np.asarray(P, float)
    if P.ndim != 2 or P.shape[0] != P.shape[1] or np.any(P < 0) or np.any(abs(P.sum(1) - 1) > 1e-9): raise ValueError('bad')
    w, V = np.linalg.eig(P.T)
    v = V[:, np.argmax(np.abs(w))].real
    with np.errstate(all='ignore'):
        return v / v.sum()


@ANSWERS.wrong('stationary_distribution', 'the first eigenvector NumPy lists, assumed to be lambda = 1')
def _(P):
    P = np.asarray(P, float)
    if P.ndim != 2 or P.shape[0] != P.shape[1] or np.any(P < 0) or np.any(abs(P.sum(1) - 1) > 1e-9): raise ValueError('bad')
    w, V = np.linalg.eig(P.T)
    v = V[:, 0].real
    with np.errstate(all='ignore'):
        return v / v.sum()


@ANSWERS.wrong('stationary_distribution', 'row sums tested with == 1 (rounding makes one 0.9999999999999999)')
def _(P):
    P = np.asarray(P, float)
    if P.ndim != 2 or P.shape[0] != P.shape[1] or np.any(P < 0) or np.any(P.sum(axis=1) != 1): raise ValueError('bad')
    n = len(P); M = P.T - np.eye(n); M[-1] = 1; b = np.zeros(n); b[-1] = 1
    return np.linalg.solve(M, b)


@ANSWERS.wrong('stationary_distribution', "np.allclose's default tolerance, looser than the stated 1e-9")
def _(P):
    P = np.asarray(P, float)
    if P.ndim != 2 or P.shape[0] != P.shape[1] or np.any(P < 0) or not np.allclose(P.sum(axis=1), 1): raise ValueError('bad')
    n = len(P); M = P.T - np.eye(n); M[-1] = 1; b = np.zeros(n); b[-1] = 1
    return np.linalg.solve(M, b)


@ANSWERS.wrong('stationary_distribution', 'normalized by the first entry instead of the sum')
def _(P):
    P = np.asarray(P, float)
    if P.ndim != 2 or P.shape[0] != P.shape[1] or np.any(P < 0) or np.any(abs(P.sum(1) - 1) > 1e-9): raise ValueError('bad')
    w, V = np.linalg.eig(P.T)
    v = V[:, np.argmin(abs(w - 1))].real
    return v / v[0]


@ANSWERS.right('stationary_distribution', 'the eigenvector of P.T for the eigenvalue closest to 1 (section 8)')
def _(P):
    P = np.asarray(P, dtype=float)
    if P.ndim != 2 or P.shape[0] != P.shape[1] or np.any(P < 0) or np.any(np.abs(P.sum(axis=1) - 1) > 1e-9):
        raise ValueError('not a transition matrix')
    w, V = np.linalg.eig(P.T)
    v = V[:, np.argmin(np.abs(w - 1))].real
    return v / v.sum()


@ANSWERS.right('stationary_distribution', 'the eigenvector of P.T for the eigenvalue of largest real part')
def _(P):
    P = np.asarray(P, dtype=float)
    if P.ndim != 2 or P.shape[0] != P.shape[1] or np.any(P < 0) or np.any(np.abs(P.sum(axis=1) - 1) > 1e-9):
        raise ValueError('not a transition matrix')
    w, V = np.linalg.eig(P.T)
    v = V[:, np.argmax(w.real)].real
    return v / v.sum()


@ANSWERS.right('stationary_distribution', 'least squares on (P.T - I) stacked with a row of ones')
def _(P):
    P = np.asarray(P, dtype=float)
    if P.ndim != 2 or P.shape[0] != P.shape[1] or np.any(P < 0) or np.any(np.abs(P.sum(axis=1) - 1) > 1e-9):
        raise ValueError('not a transition matrix')
    n = len(P)
    M = np.vstack([P.T - np.eye(n), np.ones((1, n))])
    b = np.zeros(n + 1)
    b[-1] = 1.0
    return np.linalg.lstsq(M, b, rcond=None)[0]


@ANSWERS.right('stationary_distribution', 'the null space of (P - I).T from the SVD')
def _(P):
    P = np.asarray(P, dtype=float)
    if P.ndim != 2 or P.shape[0] != P.shape[1] or np.any(P < 0) or np.any(np.abs(P.sum(axis=1) - 1) > 1e-9):
        raise ValueError('not a transition matrix')
    v = np.linalg.svd((P - np.eye(len(P))).T)[2][-1]
    return v / v.sum()


# ── dominant_eigenpair ──────────────────────────────────────────────────────────────────────────


@ANSWERS.wrong('dominant_eigenpair', 'largest eigenvalue by VALUE instead of magnitude')
def _(A, x0, tol=1e-10, max_iter=10_000):
    A = np.asarray(A, float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or np.linalg.norm(x0) == 0: raise ValueError('bad')
    w, V = np.linalg.eig(A)
    if np.iscomplexobj(w) and np.any(w.imag != 0): raise ValueError('complex')
    i = np.argmax(w.real); v = V[:, i].real; v = v / np.linalg.norm(v)
    return float(w[i].real), v * np.sign(v[np.argmax(abs(v))])


@ANSWERS.wrong('dominant_eigenpair', 'lambda = ||A v||, which loses the sign')
def _(A, x0, tol=1e-10, max_iter=10_000):
    A = np.asarray(A, float); v = np.asarray(x0, float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or np.linalg.norm(v) == 0: raise ValueError('bad')
    v = v / np.linalg.norm(v)
    for _ in range(max_iter):
        w = A @ v; r = v @ w
        if np.linalg.norm(w - r * v) <= tol * np.linalg.norm(w):
            return float(np.linalg.norm(w)), v * np.sign(v[np.argmax(abs(v))])
        v = w / np.linalg.norm(w)
    raise ValueError('no convergence')


@ANSWERS.wrong('dominant_eigenpair', 'no sign normalization')
def _(A, x0, tol=1e-10, max_iter=10_000):
    A = np.asarray(A, float); v = np.asarray(x0, float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or np.linalg.norm(v) == 0: raise ValueError('bad')
    v = v / np.linalg.norm(v)
    for _ in range(max_iter):
        w = A @ v; r = v @ w
        if np.linalg.norm(w - r * v) <= tol * np.linalg.norm(w): return float(r), v
        v = w / np.linalg.norm(w)
    raise ValueError('no convergence')


@ANSWERS.wrong('dominant_eigenpair', 'v scaled so its largest entry is 1 (not a unit vector)')
def _(A, x0, tol=1e-10, max_iter=10_000):
    A = np.asarray(A, float); v = np.asarray(x0, float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or np.linalg.norm(v) == 0: raise ValueError('bad')
    v = v / np.linalg.norm(v)
    for _ in range(max_iter):
        w = A @ v; r = v @ w
        if np.linalg.norm(w - r * v) <= tol * np.linalg.norm(w): return float(r), v / v[np.argmax(abs(v))]
        v = w / np.linalg.norm(w)
    raise ValueError('no convergence')


@ANSWERS.wrong('dominant_eigenpair', 'convergence tested on consecutive iterates: never converges when lambda_1 < 0')
def _(A, x0, tol=1e-10, max_iter=10_000):
    A = np.asarray(A, float); v = np.asarray(x0, float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or np.linalg.norm(v) == 0: raise ValueError('bad')
    v = v / np.linalg.norm(v)
    for _ in range(max_iter):
        w = A @ v; new = w / np.linalg.norm(w)
        if np.linalg.norm(new - v) <= tol: return float(new @ A @ new), new * np.sign(new[np.argmax(abs(new))])
        v = new
    raise ValueError('no convergence')


@ANSWERS.wrong('dominant_eigenpair', 'no failure on non-convergence: returns whatever it has after max_iter')
def _(A, x0, tol=1e-10, max_iter=10_000):
    A = np.asarray(A, float); v = np.asarray(x0, float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or np.linalg.norm(v) == 0: raise ValueError('bad')
    v = v / np.linalg.norm(v)
    for _ in range(max_iter):
        w = A @ v; r = v @ w
        if np.linalg.norm(w - r * v) <= tol * np.linalg.norm(w): break
        v = w / np.linalg.norm(w)
    return float(v @ A @ v), v * np.sign(v[np.argmax(abs(v))])


@ANSWERS.wrong('dominant_eigenpair', 'a fixed number of steps, too few for a slowly converging matrix (and no residual test)')
def _(A, x0, tol=1e-10, max_iter=10_000):
    A = np.asarray(A, float); v = np.asarray(x0, float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or np.linalg.norm(v) == 0: raise ValueError('bad')
    v = v / np.linalg.norm(v)
    for _ in range(20):
        w = A @ v; v = w / np.linalg.norm(w)
    return float(v @ A @ v), v * np.sign(v[np.argmax(abs(v))])


@ANSWERS.wrong('dominant_eigenpair', 'sign convention on the first entry instead of the largest one')
def _(A, x0, tol=1e-10, max_iter=10_000):
    A = np.asarray(A, float); v = np.asarray(x0, float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or v.shape != (len(A),) or np.linalg.norm(v) == 0: raise ValueError('bad')
    v = v / np.linalg.norm(v)
    for _ in range(max_iter):
        w = A @ v; n = np.linalg.norm(w)
        if n == 0: raise ValueError('zero iterate')
        r = v @ w
        if np.linalg.norm(w - r * v) <= tol * n:
            return float(r), v if v[0] >= 0 else -v
        v = w / n
    raise ValueError('no convergence')


@ANSWERS.wrong('dominant_eigenpair', 'the absolute residual test ||Av - lam v|| <= tol (stops too early for A * 1e-8, never for A * 1e8)')
def _(A, x0, tol=1e-10, max_iter=10_000):
    A = np.asarray(A, float); v = np.asarray(x0, float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or v.shape != (len(A),) or np.linalg.norm(v) == 0: raise ValueError('bad')
    v = v / np.linalg.norm(v)
    for _ in range(max_iter):
        w = A @ v; n = np.linalg.norm(w)
        if n == 0: raise ValueError('zero iterate')
        r = v @ w
        if np.linalg.norm(w - r * v) <= tol:
            return float(r), v * np.sign(v[np.argmax(abs(v))])
        v = w / n
    raise ValueError('no convergence')


@ANSWERS.wrong('dominant_eigenpair', 'residual tested before the zero iterate: returns (0, x0) when A x0 = 0')
def _(A, x0, tol=1e-10, max_iter=10_000):
    A = np.asarray(A, float); v = np.asarray(x0, float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or v.shape != (len(A),) or np.linalg.norm(v) == 0: raise ValueError('bad')
    v = v / np.linalg.norm(v)
    for _ in range(max_iter):
        w = A @ v; r = v @ w
        if np.linalg.norm(w - r * v) <= tol * np.linalg.norm(w):
            return float(r), v * np.sign(v[np.argmax(abs(v))])
        v = w / np.linalg.norm(w)
    raise ValueError('no convergence')


@ANSWERS.wrong('dominant_eigenpair', 'normalizes x0 in place')
def _(A, x0, tol=1e-10, max_iter=10_000):
    A = np.asarray(A, float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or x0.shape != (len(A),) or np.linalg.norm(x0) == 0: raise ValueError('bad')
    x0 /= np.linalg.norm(x0)
    return dominant_eigenpair_solution(A, x0, tol, max_iter)


@ANSWERS.wrong('dominant_eigenpair', 'np.linalg.eigh for the answer (forbidden)')
def _(A, x0, tol=1e-10, max_iter=10_000):
    A = np.asarray(A, float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or np.linalg.norm(x0) == 0: raise ValueError('bad')
    w, V = np.linalg.eigh(A)
    i = np.argmax(np.abs(w)); v = V[:, i]
    return float(w[i]), v * np.sign(v[np.argmax(abs(v))])


@ANSWERS.right('dominant_eigenpair', 'the residual relative to |lam| instead of ||A v||')
def _(A, x0, tol=1e-10, max_iter=10_000):
    A, v = np.asarray(A, dtype=float), np.asarray(x0, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or v.shape != (len(A),) or not np.any(v):
        raise ValueError('bad input')
    v = v / np.linalg.norm(v)
    for _ in range(max_iter):
        w = A @ v
        if not np.any(w):
            raise ValueError('an iterate became zero')
        lam = v @ w
        if np.linalg.norm(w - lam * v) <= tol * abs(lam):
            return float(lam), v if v[np.argmax(np.abs(v))] > 0 else -v
        v = w / np.linalg.norm(w)
    raise ValueError('no convergence')


@ANSWERS.right('dominant_eigenpair', 'a list [lam, v], the Rayleigh quotient of an unnormalized iterate, the residual relative to ||A||_F')
def _(A, x0, tol=1e-10, max_iter=10_000):
    A, x = np.asarray(A, dtype=float), np.asarray(x0, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or x.shape != (len(A),) or np.linalg.norm(x) == 0:
        raise ValueError('bad input')
    size = np.linalg.norm(A)
    for _ in range(max_iter):
        y = A @ x
        if np.linalg.norm(y) == 0:
            raise ValueError('an iterate became zero')
        lam = (x @ y) / (x @ x)
        if np.linalg.norm(y - lam * x) <= tol * size * np.linalg.norm(x):
            v = x / np.linalg.norm(x)
            return [float(lam), v * np.sign(v[np.argmax(np.abs(v))])]
        x = y / np.linalg.norm(y)
    raise ValueError('no convergence')
