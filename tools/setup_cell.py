#@title ⚙️ Setup: run this cell first (it is the same in every notebook)
"""Setup shared by every notebook of Math for Machine Learning.

Installs only the packages that are missing (it never upgrades what Colab already has), imports
the common libraries, creates the seeded random generator `rng`, sets print options and one
colour-blind-safe plot style, and defines the small helpers that the exercise checkers use.
"""
import importlib
import importlib.util
import subprocess
import sys

IN_COLAB = "google.colab" in sys.modules
_PACKAGES = {"numpy": "numpy", "scipy": "scipy", "matplotlib": "matplotlib",
             "plotly": "plotly", "ipywidgets": "ipywidgets", "sklearn": "scikit-learn"}
_missing = [pip_name for module, pip_name in _PACKAGES.items()
            if importlib.util.find_spec(module) is None]
if _missing:
    print("Installing the missing packages:", ", ".join(_missing))
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", *_missing], check=True)
    importlib.invalidate_caches()

import matplotlib as mpl
import matplotlib.pyplot as plt
import numpy as np
import plotly.graph_objects as go
import plotly.io as pio
import ipywidgets as widgets
from ipywidgets import interact
from IPython.display import HTML, Markdown, display

rng = np.random.default_rng(0)  # the one source of randomness: pass it on, never reseed
np.set_printoptions(precision=4, suppress=True, linewidth=100)

# Okabe–Ito colours stay distinguishable under every common kind of colour blindness.
COLORS = {"blue": "#0072B2", "orange": "#E69F00", "green": "#009E73", "vermillion": "#D55E00",
          "purple": "#CC79A7", "sky": "#56B4E9", "yellow": "#F0E442", "black": "#000000"}
PALETTE = list(COLORS.values())
plt.rcParams.update({
    "axes.prop_cycle": mpl.cycler(color=PALETTE), "image.cmap": "viridis",
    "figure.figsize": (6.4, 4.0), "figure.dpi": 80, "font.size": 11,
    "axes.grid": True, "grid.alpha": 0.3, "axes.spines.top": False, "axes.spines.right": False,
})
pio.templates["mml"] = go.layout.Template(layout={"colorway": PALETTE, "font": {"size": 13}})
pio.templates.default = "plotly_white+mml"


# Exercise feedback: every check_* function below an exercise is built from these helpers.
class Feedback(Exception):
    """A specific, kind message for the learner; a checker stops at the first one."""


class NotAttempted(Exception):
    """The exercise starter is still untouched."""


def learner_call(func, *args):
    """Call the learner's function on copies of `args`, turning every failure into Feedback."""
    if func is None:
        raise NotAttempted
    if not callable(func):
        raise Feedback(f"expected a function, but got a {type(func).__name__}.")
    try:
        return func(*[np.array(a) if isinstance(a, np.ndarray) else a for a in args])
    except NotImplementedError:
        raise NotAttempted from None
    except Exception as exc:
        raise Feedback(f"your function raised {type(exc).__name__}: {exc}") from None


def learner_value(value):
    """Return a value the learner set, or signal that it is still the starter's None."""
    if value is None:
        raise NotAttempted
    return value


def expect_close(got, want, what="your result", atol=1e-6):
    """Compare an answer with the reference and name the usual mistake when they differ."""
    want = np.asarray(want, dtype=float)
    if got is None:
        raise Feedback(f"{what} is None: did you forget to `return` it?")
    if isinstance(got, (list, tuple)):
        raise Feedback(f"{what} is a {type(got).__name__}; return a NumPy array (np.array(...)).")
    if isinstance(got, (bool, np.bool_)) or not isinstance(got, (int, float, np.number, np.ndarray)):
        raise Feedback(f"{what} should be a number or a NumPy array, not a {type(got).__name__}.")
    got = np.asarray(got)
    if np.iscomplexobj(got):
        raise Feedback(f"{what} has complex entries; the answer is real.")
    got = got.astype(float)
    if got.shape != want.shape:
        if want.ndim == 0:
            raise Feedback(f"{what} should be a single number, but it has shape {got.shape}.")
        if got.ndim == 2 and got.shape == want.T.shape:
            raise Feedback(f"{what} has shape {got.shape} but should have shape {want.shape}: transposed?")
        raise Feedback(f"{what} has shape {got.shape} but should have shape {want.shape}.")
    if not np.all(np.isfinite(got)):
        raise Feedback(f"{what} contains nan or inf.")
    if np.allclose(got, want, atol=atol, rtol=1e-6):
        return
    if np.any(want != 0) and np.allclose(got, -want, atol=atol, rtol=1e-6):
        raise Feedback(f"{what} has the wrong sign.")
    if want.ndim > 0 and np.any(want != 0):  # for one number every mistake is "a factor": no hint
        scale = np.vdot(want, got) / np.vdot(want, want)
        if scale not in (0.0, 1.0) and np.allclose(got, scale * want, atol=atol, rtol=1e-6):
            raise Feedback(f"{what} is off by a constant factor (about {scale:.4g}).")
    raise Feedback(f"{what} is not right yet.")


def expect_raises(func, args, error=ValueError, what="your function"):
    """Check that the learner's function refuses bad input with the right exception."""
    if not callable(func):
        raise Feedback(f"expected a function, but got a {type(func).__name__}.")
    try:
        func(*args)
    except NotImplementedError:
        raise NotAttempted from None
    except error:
        return
    except Exception as exc:
        raise Feedback(f"{what} raised {type(exc).__name__}; it should raise {error.__name__}.") from None
    raise Feedback(f"{what} should raise {error.__name__} here, but it returned normally.")


def grade(name, run_cases, praise="Well done!"):
    """Run a checker's cases; print one ✅ / ⏳ / ❌ line and return True only if all passed."""
    try:
        run_cases()
    except NotAttempted:
        print(f"⏳ {name}: not attempted yet. Replace `raise NotImplementedError` "
              "(or `None`) with your answer, run that cell, then run this one again.")
        return False
    except Feedback as feedback:
        print(f"❌ {name}: {feedback}")
        return False
    except Exception as exc:  # a checker must never raise, whatever it is given
        print(f"❌ {name}: the check could not run on your answer ({type(exc).__name__}: {exc}).")
        return False
    print(f"✅ {name}: all checks passed. {praise}")
    return True


print(f"Setup complete: {'Google Colab' if IN_COLAB else 'local Jupyter'}, numpy {np.__version__}.")
