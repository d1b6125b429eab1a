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


@ANSWERS.wrong('dot', 'np.dot, which the statement forbids')
def _(x, y):
    if x.shape != y.shape:
        raise ValueError("the lengths differ")
    return float(np.dot(x, y))


@ANSWERS.wrong('dot', 'the @ operator, which the statement forbids')
def _(x, y):
    if x.shape != y.shape:
        raise ValueError("the lengths differ")
    return float(x @ y)


@ANSWERS.wrong('dot', 'the method x.dot(y)')
def _(x, y):
    if x.shape != y.shape:
        raise ValueError("the lengths differ")
    return float(x.dot(y))


@ANSWERS.wrong('dot', 'np.inner, imported under another name')
def _(x, y):
    from numpy import inner as multiply_and_add
    if x.shape != y.shape:
        raise ValueError("the lengths differ")
    return float(multiply_and_add(x, y))


@ANSWERS.wrong('dot', 'squares x in place to save memory')
def _(x, y):
    if x.shape != y.shape:
        raise ValueError("the lengths differ")
    x *= y
    return float(np.sum(x))


@ANSWERS.right('dot', 'a Python loop over the entries')
def _(x, y):
    if len(x) != len(y):
        raise ValueError("the lengths differ")
    total = 0.0
    for a, b in zip(x, y):
        total += a * b
    return total


@ANSWERS.right('dot', 'a NumPy number, from np.sum without float()')
def _(x, y):
    if x.shape != y.shape:
        raise ValueError("the lengths differ")
    return np.sum(x * y)


@ANSWERS.right('dot', 'a one-element list')
def _(x, y):
    if x.shape != y.shape:
        raise ValueError("the lengths differ")
    return [float(np.sum(x * y))]
