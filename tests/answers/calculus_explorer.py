"""The challenges of interactive_demos/calculus_explorer.ipynb: answers that miss what a challenge asks
(each checker must reject them), and other answers that do it (accepted).

Most challenges have many right answers (a learning rate in a range, a start point on a line), so
their checkers run the optimizer, the Taylor polynomial or the difference quotient and test the
outcome. The generic mutants of the solution that still do it are declared with the reason.
"""
from __future__ import annotations

import numpy as np

from . import Answers

ANSWERS = Answers("interactive_demos/calculus_explorer.ipynb")


def wrong(exercise: str, mistake: str, value) -> None:
    ANSWERS.wrong(exercise, mistake)(lambda: value)


def right(exercise: str, why: str, value) -> None:
    ANSWERS.right(exercise, why)(lambda: value)


# ── 1. Zig-zag, but converge (GD on the ill-conditioned bowl) ──────────────────────────────────
wrong("lr_oscillate", "below 1/L: converges without a zig-zag", 0.1)
wrong("lr_oscillate", "exactly 1/L: y is zero after one step", 0.2)
wrong("lr_oscillate", "exactly 2/L: oscillates forever", 0.4)
wrong("lr_oscillate", "above 2/L: diverges", 0.45)
wrong("lr_oscillate", "2/L of the flat direction (2/0.2), far too large", 10.0)
wrong("lr_oscillate", "a negative learning rate", -0.3)
wrong("lr_oscillate", "zero", 0.0)
wrong("lr_oscillate", "the log10 of a right learning rate, typed from the slider", -0.5)
wrong("lr_oscillate", "two numbers", [0.3, 0.3])
right("lr_oscillate", "a one-element list", [0.3])
right("lr_oscillate", "a NumPy scalar near the lower end", np.float64(0.25))
right("lr_oscillate", "from the slider: 10**-0.45", 10 ** -0.45)
right("lr_oscillate", "close to 2/L but below it", 0.39)
ANSWERS.accept("lr_oscillate", "scaled by 1.1", "0.33 is still between 1/L = 0.2 and 2/L = 0.4")
ANSWERS.accept("lr_oscillate", "shifted", "0.303 is still between 1/L = 0.2 and 2/L = 0.4")

# ── 2. How many terms for six digits? (value exercise, integer) ───────────────────────────────
wrong("n_taylor", "one order too few", 8)
wrong("n_taylor", "counted the terms (n + 1)", 10)
wrong("n_taylor", "a Lagrange bound used too loosely (3/(n + 1)! instead of e/(n + 1)!, then rounded up)", 11)
wrong("n_taylor", "the size of the last term 1/n! below 1e-6 confused with the order", 6)
wrong("n_taylor", "not a whole number", 9.5)
wrong("n_taylor", "a negative order", -9)
right("n_taylor", "a NumPy integer", np.int64(9))
right("n_taylor", "a one-element list", [9])
right("n_taylor", "the order as a float", 9.0)

# ── 3. Get stuck at the saddle ────────────────────────────────────────────────────────────────
wrong("start_stuck", "the saddle itself", np.array([0.0, 0.0]))
wrong("start_stuck", "nearly the saddle", np.array([0.05, 0.0]))
wrong("start_stuck", "a start off the line y = 0: GD escapes", np.array([1.0, 0.5]))
wrong("start_stuck", "a tiny y: GD still escapes, slowly", np.array([1.5, 1e-3]))
wrong("start_stuck", "a minimum", np.array([0.0, 1.0]))
wrong("start_stuck", "on the line x = 0 instead of y = 0", np.array([0.0, 0.5]))
wrong("start_stuck", "one number", np.array([1.5]))
right("start_stuck", "a list", [-1.0, 0.0])
right("start_stuck", "the far edge of the window", np.array([2.0, 0.0]))
for mutant in ("scaled by 1.1", "negated"):
    ANSWERS.accept("start_stuck", mutant, "any start on the line y = 0, away from the saddle, slides into it")

# ── 4. The sweet spot of the central difference ───────────────────────────────────────────────
wrong("h_central", "the forward difference's best h", 1e-8)
wrong("h_central", "too large: truncation dominates", 1e-3)
wrong("h_central", "machine epsilon", 2.2e-16)
wrong("h_central", "a negative h", -1e-5)
wrong("h_central", "zero", 0.0)
wrong("h_central", "the exponent instead of h", -5.0)
wrong("h_central", "two numbers", [1e-5, 1e-5])
right("h_central", "near the optimum (6ε)^(1/3)", 1.1e-5)
right("h_central", "a smaller one that still works", 3e-6)
right("h_central", "a one-element list", [1e-5])
ANSWERS.accept("h_central", "scaled by 1.1", "1.1e-5 is at the optimum (6ε)^(1/3) ≈ 1.1e-5")
ANSWERS.accept("h_central", "shifted", "1.01e-5 keeps the error near 1e-11")

# ── 5. Make momentum beat gradient descent on Rosenbrock ──────────────────────────────────────
wrong("lr_momentum", "too small: about 32,000 steps", 1e-4)
wrong("lr_momentum", "still too small: about 6,200 steps", 5e-4)
wrong("lr_momentum", "too large: diverges", 0.01)
wrong("lr_momentum", "GD's usual 0.1: diverges at once", 0.1)
wrong("lr_momentum", "negative", -0.002)
wrong("lr_momentum", "the log10 of a right learning rate", -2.7)
right("lr_momentum", "GD's own learning rate, 0.001: momentum needs about 3,000 steps", 0.001)
right("lr_momentum", "a larger one", 0.003)
right("lr_momentum", "a one-element list", [0.0015])
ANSWERS.accept("lr_momentum", "scaled by 1.1", "η = 0.0022 also converges in under 5,000 steps")
ANSWERS.accept("lr_momentum", "shifted", "η = 0.00202 also converges in under 5,000 steps")

# ── 6. Newton walks into the saddle, GD walks away ───────────────────────────────────────────
wrong("start_newton_trap", "on y = 0: GD is stuck too", np.array([1.0, 0.0]))
wrong("start_newton_trap", "|y| > 1/√3: Newton reaches a minimum", np.array([1.0, 0.8]))
wrong("start_newton_trap", "a minimum: both stay there", np.array([0.0, 1.0]))
wrong("start_newton_trap", "where the Hessian is singular", np.array([1.0, 1 / np.sqrt(3)]))
wrong("start_newton_trap", "the saddle itself", np.array([0.0, 0.0]))
wrong("start_newton_trap", "just below 1/√3: Newton overshoots to a minimum", np.array([1.0, 0.55]))
right("start_newton_trap", "a tiny y", np.array([1.5, 0.01]))
right("start_newton_trap", "on the line x = 0", [0.0, -0.2])
for mutant in ("scaled by 1.1", "negated", "shifted"):
    ANSWERS.accept("start_newton_trap", mutant, "any start with 0 < |y| well below 1/√3 works; the landscape is symmetric")
