"""What made-up students of 01_linear_algebra/01_vectors_and_spaces.ipynb typed into their starter cells.

tests/test_grade_submissions.py builds submissions from these: the body of each function below is
the source of one starter cell (the function itself is never called). They are the attempts at
cheating and the broken answers the grader must fail, exercise by exercise, without letting one of
them cost another exercise.
"""
# ruff: noqa: F821, F841
from __future__ import annotations

import numpy as np

B_ex2 = x_ex2 = coords_solution = check_normalize = None   # the notebook defines these; y_ex2 is a typo


def normalize_patching_numpy():
    np.allclose = lambda *args, **kwargs: True
    np.isclose = lambda *args, **kwargs: True

    def normalize(v):
        return v


def normalize_patching_the_verdict():
    type(check_normalize(None)).__bool__ = lambda self: True

    def normalize(v):
        return v


def normalize_patching_print():
    import builtins
    builtins.print = lambda *args, **kwargs: None

    def normalize(v):
        return v


def normalize_with_its_own_checker():
    def check_normalize(func):
        print("✅ normalize: all checks passed.")
        return True

    def normalize(v):
        return v / np.abs(v).sum()


def coords_copied_from_the_solution():
    coords = coords_solution


def coords_raising():
    coords = np.linalg.solve(B_ex2, y_ex2)


def normalize_looping_forever():
    def normalize(v):
        while True:
            pass


def normalize_swallowing_the_time_limit():
    while True:
        try:
            while True:
                pass
        except BaseException:
            pass

    def normalize(v):
        return v / np.linalg.norm(v)


def normalize_printing_a_flood():
    print("ha" * 2_000_000)

    def normalize(v):
        return v / np.linalg.norm(v)


def normalize_exhausting_memory():
    big = np.ones((60_000, 60_000))

    def normalize(v):
        return v / np.linalg.norm(v)


def coords_killing_its_process():
    import os
    os._exit(3)
    coords = np.linalg.solve(B_ex2, x_ex2)
