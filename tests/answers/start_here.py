"""The exercises of colab_quick_start/setup_environment.ipynb: wrong answers every checker must reject, and right answers in other forms."""
from __future__ import annotations

import numpy as np

from . import Answers

ANSWERS = Answers("colab_quick_start/setup_environment.ipynb")

# ── dot ─────────────────────────────────────────────────────────────────────────────────────────


@ANSWERS.wrong('dot', 'sum of each, multiplied')
def _(x, y):
    return float(np.sum(x) * np.sum(y))


@ANSWERS.wrong('dot', 'forgot to add up')
def _(x, y):
    return x * y


@ANSWERS.wrong('dot', 'absolute values')
def _(x, y):
    return float(np.sum(np.abs(x * y)))


@ANSWERS.wrong('dot', 'truncated to an integer')
def _(x, y):
    return int(np.sum(x * y))


@ANSWERS.wrong('dot', 'mean, not sum')
def _(x, y):
    return float(np.mean(x * y))


@ANSWERS.wrong('dot', 'no length check (broadcasts)')
def _(x, y):
    return float(np.sum(x * y))


@ANSWERS.wrong('dot', 'zip drops extra entries')
def _(x, y):
    return sum(a * b for a, b in zip(x, y))
