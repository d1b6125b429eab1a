"""The challenges of interactive_demos/linear_algebra_playground.ipynb: matrices that miss a property
asked for (each checker must reject them), and other matrices that have every property (accepted).

Every challenge has many right answers, so its checker tests properties, not one value. The generic
mutants of the solution that keep every property are declared with the reason.
"""
from __future__ import annotations

import numpy as np

from . import Answers

ANSWERS = Answers("interactive_demos/linear_algebra_playground.ipynb")


def wrong(exercise: str, mistake: str, matrix) -> None:
    ANSWERS.wrong(exercise, mistake)(lambda: np.array(matrix, dtype=float))


def right(exercise: str, why: str, matrix) -> None:
    ANSWERS.right(exercise, why)(lambda: matrix)


# ── 1. Flip the plane with positive entries ────────────────────────────────────────────────────
wrong("A_flip", "det > 0 (the diagonal wins)", [[2, 1], [1, 2]])
wrong("A_flip", "det = 0 (parallel columns)", [[1, 2], [2, 4]])
wrong("A_flip", "a negative entry", [[-1, 2], [2, 1]])
wrong("A_flip", "zero entries (the swap matrix)", [[0, 1], [1, 0]])
wrong("A_flip", "a reflection with a negative entry", [[1, 0], [0, -1]])
wrong("A_flip", "det negative only by rounding", [[0.1, 0.2], [0.3, 0.6]])
right("A_flip", "the starter's example, typed as a list", [[1, 2], [3, 4]])
right("A_flip", "integer entries", np.array([[1, 3], [2, 1]]))
ANSWERS.accept("A_flip", "scaled by 1.1", "a positive multiple keeps the signs of the entries and of det")
ANSWERS.accept("A_flip", "shifted", "adding 0.01·max|a_ij| keeps the entries positive and det < 0 here")

# ── 2. Squash the plane onto a line ───────────────────────────────────────────────────────────
wrong("A_squash", "nearly parallel columns", [[1, 2], [2, 4.01]])
wrong("A_squash", "a zero entry", [[1, 0], [0, 0]])
wrong("A_squash", "invertible", [[1, 2], [2, 1]])
wrong("A_squash", "the zero matrix", [[0, 0], [0, 0]])
wrong("A_squash", "parallel rows but a zero entry", [[1, 2], [0, 0]])
right("A_squash", "parallel rows with decimals (det is zero only up to rounding)", [[0.1, 0.2], [0.3, 0.6]])
right("A_squash", "negative multiple", [[1, -2], [-3, 6]])
right("A_squash", "tiny entries", [[1e-9, 2e-9], [3e-9, 6e-9]])
for mutant in ("scaled by 1.1", "negated"):
    ANSWERS.accept("A_squash", mutant, "any nonzero multiple of a singular matrix is singular, with no zero entry")
ANSWERS.accept("A_squash", "transposed", "det Aᵀ = det A, and the entries stay nonzero")

# ── 3. A circle that stays a circle, but not a rotation ───────────────────────────────────────
wrong("A_mirror", "a rotation by 90°", [[0, -1], [1, 0]])
wrong("A_mirror", "the identity (a rotation by 0)", [[1, 0], [0, 1]])
wrong("A_mirror", "minus the identity (a rotation by 180°)", [[-1, 0], [0, -1]])
wrong("A_mirror", "det −1 but not orthogonal", [[1, 0], [0, -2]])
wrong("A_mirror", "rounded entries", [[0.707, 0.707], [0.707, -0.707]])
wrong("A_mirror", "a projection", [[1, 0], [0, 0]])
right("A_mirror", "the reflection in the x-axis", [[1, 0], [0, -1]])
right("A_mirror", "a reflection computed from cos and sin", np.array(
    [[np.cos(1.0), np.sin(1.0)], [np.sin(1.0), -np.cos(1.0)]]))
ANSWERS.accept("A_mirror", "negated", "−A is orthogonal, and det(−A) = det A for a 2×2 matrix")

# ── 4. Complex eigenvalues whose square is real ───────────────────────────────────────────────
wrong("A_quarter", "λ = 1 ± i, whose square ±2i is not real", [[1, -1], [1, 1]])
wrong("A_quarter", "real eigenvalues", [[2, 0], [0, 3]])
wrong("A_quarter", "the swap matrix (λ = ±1)", [[0, 1], [1, 0]])
wrong("A_quarter", "λ = 1 ± i√2", [[1, -2], [1, 1]])
wrong("A_quarter", "a defective matrix", [[1, 1], [0, 1]])
right("A_quarter", "the rotation by 90°", [[0, -1], [1, 0]])
right("A_quarter", "trace 0, det 4", [[1, -5], [1, -1]])
for mutant in ("scaled by 1.1", "negated", "transposed"):
    ANSWERS.accept("A_quarter", mutant, "the eigenvalues become cλ (c real) or stay the same: still ±βi")

# ── 5. Defective, with no zero entries ────────────────────────────────────────────────────────
wrong("A_defective", "the shear preset (zero entry)", [[1, 1], [0, 1]])
wrong("A_defective", "a multiple of the identity", [[2, 0], [0, 2]])
wrong("A_defective", "complex eigenvalues", [[1, -1], [1, 2]])
wrong("A_defective", "two different eigenvalues", [[1, 1], [1, 1]])
wrong("A_defective", "nearly defective", [[1, -1], [1, 3.01]])
right("A_defective", "another one", [[3, 1], [-1, 1]])
right("A_defective", "λ = 0 twice", [[1, 1], [-1, -1]])
for mutant in ("scaled by 1.1", "negated", "transposed"):
    ANSWERS.accept("A_defective", mutant, "cA and Aᵀ are defective when A is, and keep every entry nonzero")

# ── 6. Small eigenvalues, big stretch ─────────────────────────────────────────────────────────
wrong("A_stretch", "stretch only about 1.2", [[0.5, 1], [0, 0.5]])
wrong("A_stretch", "an eigenvalue 2", [[2, 3], [0, 0.5]])
wrong("A_stretch", "a big diagonal entry", [[3.5, 0], [0, 0.5]])
wrong("A_stretch", "eigenvalues just over 1", [[0.5, 3], [0.1, 0.5]])
wrong("A_stretch", "σ₁ exactly 3", [[0, 3], [0, 0]])
right("A_stretch", "a nilpotent matrix", [[0, 3.5], [0, 0]])
right("A_stretch", "eigenvalues on the unit circle", [[1, 3], [0, -1]])
for mutant in ("scaled by 1.1", "negated", "transposed", "shifted"):
    ANSWERS.accept("A_stretch", mutant, "the eigenvalues stay at most 1 in size and σ₁ stays above 3 here")

# ── 7. A projection that lengthens vectors ────────────────────────────────────────────────────
wrong("A_oblique", "the orthogonal projection onto y = x", [[0.5, 0.5], [0.5, 0.5]])
wrong("A_oblique", "a shear", [[1, 1], [0, 1]])
wrong("A_oblique", "the identity (rank 2)", [[1, 0], [0, 1]])
wrong("A_oblique", "twice a projection", [[2, 2], [0, 0]])
wrong("A_oblique", "the zero matrix (rank 0)", [[0, 0], [0, 0]])
right("A_oblique", "onto the x-axis along another direction", [[1, 0], [2, 0]])
right("A_oblique", "a steeper one", [[1, 3], [0, 0]])
ANSWERS.accept("A_oblique", "transposed", "(Aᵀ)² = (A²)ᵀ = Aᵀ: the transpose of a projection is a projection")
