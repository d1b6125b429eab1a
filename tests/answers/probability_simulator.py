"""The challenges of interactive_demos/probability_simulator.ipynb: answers that miss what a challenge
asks (each checker must reject them), and other forms of the right answer (accepted).

Every challenge has one numeric answer: a whole number (compared exactly) or a probability (to a
relative 1e-3, so that an answer rounded to four digits passes).
"""
from __future__ import annotations

import numpy as np

from . import Answers

ANSWERS = Answers("interactive_demos/probability_simulator.ipynb")


def wrong(exercise: str, mistake: str, value) -> None:
    ANSWERS.wrong(exercise, mistake)(lambda: value)


def right(exercise: str, why: str, value) -> None:
    ANSWERS.right(exercise, why)(lambda: value)


# ── 1. How big must a test set be? (n = a(1 − a)/se² = 900) ───────────────────────────────────
wrong("n_test", "forgot to square the standard error (0.09/0.01)", 9)
wrong("n_test", "the worst case a = 0.5 instead of a = 0.9", 2500)
wrong("n_test", "a square root too many", 30)
wrong("n_test", "rounded 0.09/0.0001 up by floating point (ceil gives 901)", 901)
wrong("n_test", "one short: the standard error is just above 0.01", 899)
wrong("n_test", "used a instead of a(1 − a): 0.9/0.0001", 9000)
wrong("n_test", "the float 900.0", 900.0)
wrong("n_test", "the standard error instead of n", 0.01)
right("n_test", "a NumPy integer", np.int64(900))
right("n_test", "a one-element list", [900])

# ── 2. A positive test (P(ill | +) = 0.018/0.116) ─────────────────────────────────────────────
wrong("p_ill", "the sensitivity P(+ | ill)", 0.9)
wrong("p_ill", "the joint probability P(ill and +)", 0.018)
wrong("p_ill", "the prior", 0.02)
wrong("p_ill", "divided by the false positives only", 0.018 / 0.098)
wrong("p_ill", "the percentage instead of the probability", 15.517)
wrong("p_ill", "P(healthy | +)", 0.098 / 0.116)
wrong("p_ill", "rounded too coarsely", 0.16)
right("p_ill", "the fraction typed out", 18 / 116)
right("p_ill", "rounded to four digits", 0.1552)
right("p_ill", "a NumPy float", np.float64(9 / 58))

# ── 3. Monty Hall with six doors (5/24) ───────────────────────────────────────────────────────
wrong("p_switch", "the probability that the first pick was wrong", 5 / 6)
wrong("p_switch", "staying", 1 / 6)
wrong("p_switch", "1/(d − 2) alone", 1 / 4)
wrong("p_switch", "switching among d − 1 doors", 1 / 5)
wrong("p_switch", "the three-door answer", 2 / 3)
wrong("p_switch", "a coin flip", 0.5)
wrong("p_switch", "switched among all d doors: (d − 1)/d · 1/d", 5 / 36)
right("p_switch", "rounded to four digits", 0.2083)
right("p_switch", "as a formula", (6 - 1) / (6 * (6 - 2)))

# ── 4. The exponential's mean at skewness 0.1 (n = 400) ──────────────────────────────────────
wrong("n_clt", "forgot to square (2/0.1)", 20)
wrong("n_clt", "skewness 1 instead of 2", 100)
wrong("n_clt", "the variance instead of the skewness", 200)
wrong("n_clt", "one short", 399)
wrong("n_clt", "read 'at most' as 'below'", 401)
wrong("n_clt", "skewness falling like 1/n: 2/0.1", 20.0)
wrong("n_clt", "the float 400.0", 400.0)
right("n_clt", "a NumPy integer", np.int64(400))
right("n_clt", "a one-element list", [400])

# ── 5. Back to the start (2k = 256) ──────────────────────────────────────────────────────────
wrong("steps_return", "counted k instead of the 2k steps", 128)
wrong("steps_return", "the last one still at least 0.05", 254)
wrong("steps_return", "an odd number of steps (P(S = 0) = 0 trivially)", 1)
wrong("steps_return", "odd, just after the answer", 257)
wrong("steps_return", "1/0.05² without π, as a number of steps", 400)
wrong("steps_return", "too late: below 0.05, but not the first", 300)
wrong("steps_return", "Stirling's k rounded down, doubled", 254)
wrong("steps_return", "negative", -256)
wrong("steps_return", "zero steps: the walk is surely at 0", 0)
wrong("steps_return", "two numbers", [128, 256])
wrong("steps_return", "as a float: a number of steps is a whole number", 256.0)
right("steps_return", "a NumPy integer", np.int64(256))
right("steps_return", "a one-element list", [256])
