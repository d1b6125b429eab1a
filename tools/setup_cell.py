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


# Exercise feedback. Every check_* function is built by `exercise` (write a function),
# `value_exercise` (compute a value) or `property_exercise` (find a value with given properties),
# from cases and the reference's expected answers, computed once, when the checker is made. The machinery lives inside _exercise_kit, out of reach of later cells:
# redefining a name in the notebook cannot change a verdict.
def _exercise_kit():
    import base64
    import builtins
    import contextlib
    import copy
    import dis
    import importlib
    import inspect
    import json
    import numbers
    import sys
    import textwrap
    import types
    import zlib

    import numpy as np

    class Feedback(Exception):
        """A specific, kind message for the learner; a checker stops at the first one."""

    class NotAttempted(Exception):
        """The exercise starter is still untouched."""

    class ForbiddenCall(Exception):
        """Raised by a stand-in for a function the exercise forbids."""

    class Verdict(int):
        """A checker's True or False. A notebook shows nothing for it: the feedback line says it all."""
        def __repr__(self):
            return repr(bool(self))

        def _ipython_display_(self):
            pass

    class Case:
        """One input of a checker: the arguments, a label for messages, and what must happen.

        raises: the exception the function must raise here (the input is invalid);
        may_raise: an exception that is accepted as well as the right value (a boundary case that
            rounding decides, e.g. a discriminant that is zero in exact arithmetic);
        scale: the size against which the answer's error is judged (default: the answer's own).
        """
        def __init__(self, *args, label=None, raises=None, may_raise=None, scale=None, factor=None, base=None):
            self.args, self.raises, self.may_raise, self.scale = args, raises, may_raise, scale
            self.label, self.factor, self.base, self.which = label, factor, base, None

        def scaled(self, factor, *which):
            """The same case with arguments `which` (positions; default: every float array) multiplied
            by `factor`; a given scale is multiplied too (pass scale= to the result to change that)."""
            def floats(a):                    # a float array, or a list or tuple holding one
                return (isinstance(a, np.ndarray) and a.dtype.kind == "f") or (
                    isinstance(a, (list, tuple)) and any(floats(b) for b in a))

            def times(a):
                if isinstance(a, (list, tuple)):
                    return type(a)(times(b) for b in a)
                return a * factor if isinstance(a, np.ndarray) and a.dtype.kind == "f" else a
            chosen = which or tuple(i for i, a in enumerate(self.args) if floats(a))
            args = tuple(times(a) if i in chosen else a for i, a in enumerate(self.args))
            case = Case(*args, raises=self.raises, may_raise=self.may_raise, factor=factor, base=self,
                        scale=None if self.scale is None or isinstance(self.scale, tuple) else self.scale * factor)
            case.which = which or None
            return case

        def __repr__(self):
            return f"Case({self.label!r})"

    # ── reading an answer ────────────────────────────────────────────────────────────────
    def short(value):
        """A value as a label: small arrays in full, larger ones by their shape."""
        if isinstance(value, np.ndarray):
            return str(np.round(value, 4).tolist()) if value.size <= 6 else f"a {value.shape} array"
        if isinstance(value, float):
            return f"{value:.6g}"
        return repr(value)

    def kind(value):
        """What a value is, in words: 'a NumPy array', 'a list', 'an integer', ..."""
        names = {np.ndarray: "a NumPy array", str: "a string", list: "a list", tuple: "a tuple",
                 dict: "a dict", bool: "a bool", int: "an integer", float: "a float", type(None): "None"}
        for cls, words in names.items():
            if isinstance(value, cls):
                return words
        if callable(value):
            return "a function"
        return f"a {type(value).__name__}"

    def number(got, what):
        """A real number given as a Python or NumPy number, or a one-element list or array."""
        if got is None:
            raise Feedback(f"{what} is None: did you forget to `return` it?")
        if isinstance(got, (list, tuple)) and len(got) == 1:
            got = got[0]
        if isinstance(got, np.ndarray) and got.size == 1:
            got = got.reshape(())[()]
        if isinstance(got, (bool, np.bool_)) or not isinstance(got, (numbers.Number, np.number)):
            raise Feedback(f"{what} should be a number, not {kind(got)}.")
        if isinstance(got, (complex, np.complexfloating)):
            raise Feedback(f"{what} is a complex number; the answer is real.")
        got = float(got)
        if not np.isfinite(got):
            raise Feedback(f"{what} is {got}: somewhere a division by zero or an overflow happened.")
        return got

    def array(got, want, what):
        """A real array of the shape of `want`, or Feedback that names what is wrong with it."""
        if got is None:
            raise Feedback(f"{what} is None: did you forget to `return` it?")
        if isinstance(got, (list, tuple)):
            raise Feedback(f"{what} is a {type(got).__name__}; return a NumPy array (np.array(...)).")
        if not isinstance(got, np.ndarray):
            raise Feedback(f"{what} should be a NumPy array, not {kind(got)}.")
        if got.dtype.kind not in "biufc":
            raise Feedback(f"{what} should hold numbers, not {got.dtype} entries.")
        if got.dtype.kind == "c":
            raise Feedback(f"{what} has complex entries; the answer is real.")
        if got.shape != want.shape:
            if got.ndim == 2 and got.shape == want.T.shape:
                raise Feedback(f"{what} has shape {got.shape} but should have shape {want.shape}: transposed?")
            raise Feedback(f"{what} has shape {got.shape} but should have shape {want.shape}.")
        got = got.astype(float)
        if not np.all(np.isfinite(got)):
            raise Feedback(f"{what} contains nan or inf.")
        return got

    def near(got, want, rtol, scale):
        """|got - want| <= rtol * scale entrywise, with scale the size of the answer (relative)."""
        return bool(np.max(np.abs(got - want), initial=0.0) <= rtol * scale)

    def size_of(want, scale):
        return float(scale) if scale is not None else float(np.max(np.abs(want), initial=0.0))

    # ── comparers: compare(got, want, what, scale) returns the accepted answer or raises Feedback ──
    def remembered(factory):
        """Give each comparer a `spec` (factory name and arguments), so it can be made again."""
        def make(*args, **kwargs):
            compare = factory(*args, **kwargs)
            compare.spec = [factory.__name__, [{"compare": a.spec} if callable(a) else a for a in args], kwargs]
            return compare
        make.__name__, make.__doc__ = factory.__name__, factory.__doc__
        return make

    @remembered
    def close(rtol=1e-6):
        """Equal to the expected number or array up to a relative tolerance (scaled by its size)."""
        def compare(got, want, what, scale=None):
            if np.ndim(want) == 0:
                got, want = number(got, what), float(want)
                if near(got, want, rtol, size_of(want, scale)):
                    return got
                raise Feedback(f"{what} is not right yet.")
            want = np.asarray(want, dtype=float)
            got, s = array(got, want, what), size_of(want, scale)
            if near(got, want, rtol, s):
                return got
            if s > 0 and near(-got, want, rtol, s):
                raise Feedback(f"{what} has the wrong sign.")
            if want.ndim > 0 and s > 0 and np.vdot(want, want) > 0:
                factor = np.vdot(want, got) / np.vdot(want, want)
                if abs(factor) > 1e-12 and not np.isclose(factor, 1.0) and near(got, factor * want, rtol, s):
                    raise Feedback(f"{what} is off by a constant factor (about {factor:.4g}).")
            raise Feedback(f"{what} is not right yet.")
        return compare

    @remembered
    def up_to_sign(axis=None, rtol=1e-6):
        """Equal up to the sign of the whole array (axis=None) or of each column (axis=0)."""
        def compare(got, want, what, scale=None):
            want = np.asarray(want, dtype=float)
            got, s = array(got, want, what), size_of(want, scale)
            if axis is None:
                flips = -1.0 if np.vdot(got, want) < 0 else 1.0
            else:
                flips = np.where(np.sum(got * want, axis=axis, keepdims=True) < 0, -1.0, 1.0)
            if near(got * flips, want, rtol, s):
                return got
            raise Feedback(f"{what} is not right yet (its sign is free; the values are not).")
        return compare

    @remembered
    def integer():
        """Exactly the expected integer (a Python or NumPy int)."""
        def compare(got, want, what, scale=None):
            if isinstance(got, (list, tuple)) and len(got) == 1:
                got = got[0]
            if isinstance(got, np.ndarray) and got.size == 1:
                got = got.reshape(())[()]
            if isinstance(got, (bool, np.bool_)) or not isinstance(got, (int, np.integer)):
                if isinstance(got, (float, np.floating)):
                    raise Feedback(f"{what} is the float {got!r}; return an integer (int(...)).")
                raise Feedback(f"{what} should be an integer, not {kind(got)}.")
            if got == want:
                return int(got)
            if abs(int(got) - int(want)) == 1:
                raise Feedback(f"{what} is off by one.")
            raise Feedback(f"{what} is not right yet.")
        return compare

    @remembered
    def exact(choices=None):
        """Exactly the expected string or flag; `choices` lists the valid strings."""
        def compare(got, want, what, scale=None):
            if isinstance(want, str):
                if not isinstance(got, str):
                    raise Feedback(f"{what} should be a string, not {kind(got)}.")
                if choices and got not in choices:
                    raise Feedback(f"{what} is {got!r}, which is none of " + ", ".join(map(repr, choices)) + ".")
            elif type(got) is not type(want) and not isinstance(got, type(want)):
                raise Feedback(f"{what} should be {kind(want)}, not {kind(got)}.")
            if got == want:
                return got
            raise Feedback(f"{what} is not right yet.")
        return compare

    @remembered
    def each(*comparers, names=None):
        """A tuple answer, each part compared by its own comparer (a case's scale may be a tuple too)."""
        def compare(got, want, what, scale=None):
            if not isinstance(got, (tuple, list)) or len(got) != len(want):
                raise Feedback(f"{what} should be a pair (tuple) of {len(want)} things, like `return a, b`."
                               if len(want) == 2 else f"{what} should be a tuple of {len(want)} things.")
            parts = names or [f"part {i + 1}" for i in range(len(want))]
            scales = scale if isinstance(scale, tuple) else (None,) * len(want)
            return tuple(c(g, w, f"{what}: {p}", s) for c, g, w, p, s in zip(comparers, got, want, parts, scales))
        return compare

    def default_compare(want):
        if isinstance(want, tuple):
            return each(*[default_compare(w) for w in want])
        if isinstance(want, (str, bool, np.bool_)):
            return exact()
        if isinstance(want, (int, np.integer)):
            return integer()
        return close()

    def matches(compare, got, want, what, scale):
        try:
            compare(got, want, what, scale)
            return True
        except Feedback:
            return False
        except Exception:
            return False

    # ── calling the learner's function ───────────────────────────────────────────────────
    def resolve(name):
        """'np.linalg.det' -> (the numpy.linalg module, 'det', the function)."""
        parts = name.split(".")
        parts[0] = {"np": "numpy", "sp": "scipy"}.get(parts[0], parts[0])
        for k in range(len(parts) - 1, 0, -1):
            try:
                owner = importlib.import_module(".".join(parts[:k]))
                break
            except ImportError:
                continue
        else:
            raise ValueError(f"cannot find {name}")
        for part in parts[k:-1]:
            owner = getattr(owner, part)
        return owner, parts[-1], getattr(owner, parts[-1])

    def code_objects(code):
        yield code
        for const in code.co_consts:
            if isinstance(const, types.CodeType):
                yield from code_objects(const)

    def forbidden_in_code(func, names):
        """The forbidden names the function's own code spells out (`np.linalg.det`, `.dot`, `@`), as
        messages: an attribute such as `.det` names every forbidden function it may be."""
        code = getattr(func, "__code__", None) or getattr(getattr(func, "__call__", None), "__code__", None)
        if code is None:
            return []
        attributes = {}
        for name in names:
            if name != "@":
                attributes.setdefault(name.rsplit(".", 1)[-1], []).append(name)
        found = []
        for obj in code_objects(code):
            for ins in dis.get_instructions(obj):
                if "MATRIX_MULTIPLY" in ins.opname or (ins.opname == "BINARY_OP" and ins.argrepr in ("@", "@=")):
                    if "@" in names:
                        found.append("`@`")
                elif ins.opname in ("LOAD_ATTR", "LOAD_METHOD") and ins.argval in attributes:
                    found.append(" or ".join(f"`{name}`" for name in attributes[ins.argval]))
        return found

    @contextlib.contextmanager
    def forbidden(*names, namespace=None, closure=None):
        """Replace the functions `names` (e.g. 'np.linalg.det') while the block runs; yield the list
        of those called. Every one is restored afterwards, whatever happens."""
        calls, patches = [], []
        # Every name is looked up (its module imported) before anything is replaced: a module first
        # imported while a stand-in is in place would keep the stand-in for good.
        resolved = [(name, *resolve(name)) for name in names if name != "@"]
        try:
            for name, owner, attr, original in resolved:

                def stand_in(*args, _name=name, **kwargs):
                    calls.append(_name)
                    raise ForbiddenCall(f"this exercise asks you not to use `{_name}`")
                try:
                    setattr(owner, attr, stand_in)
                    patches.append((owner, attr, original))
                except (TypeError, AttributeError):   # a method of a built-in type: checked in the code
                    pass
                for key, value in list((namespace or {}).items()):
                    if value is original:              # e.g. `from numpy.linalg import det`
                        namespace[key] = stand_in
                        patches.append((namespace, key, original))
                for cell in closure or ():
                    with contextlib.suppress(ValueError):
                        if cell.cell_contents is original:   # the same, inside an enclosing function
                            cell.cell_contents = stand_in
                            patches.append((cell, "cell_contents", original))
            yield calls
        finally:
            for owner, attr, original in reversed(patches):
                if isinstance(owner, dict):
                    owner[attr] = original
                else:
                    setattr(owner, attr, original)

    def same(a, b):
        """True when a learner's copy still equals the original argument."""
        try:
            if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
                return (isinstance(a, np.ndarray) and isinstance(b, np.ndarray) and a.shape == b.shape
                        and a.dtype == b.dtype and np.array_equal(a, b, equal_nan=a.dtype.kind in "fc"))
            if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
                return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
            if isinstance(a, dict) and isinstance(b, dict):
                return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
            return bool(a == b) or a is b
        except Exception:
            return True

    def parameter_names(func, n):
        try:
            names = [p.name for p in inspect.signature(func).parameters.values()
                     if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
        except (TypeError, ValueError):
            names = []
        return [f"`{names[i]}`" if i < len(names) else f"number {i + 1}" for i in range(n)]

    def learner_call(func, *args, forbid=(), expect_error=None):
        """Call the learner's function on copies of `args` while the forbidden functions are replaced.
        Return its result, or the exception it raised if that is an `expect_error`."""
        if func is None:
            raise NotAttempted
        if not callable(func):
            raise Feedback(f"expected a function, but got {kind(func)}: {short(func)}.")
        spelled = forbidden_in_code(func, forbid)
        if spelled:
            raise Feedback(f"this exercise asks you not to use {spelled[0]}: the point is to build it yourself.")
        copies = copy.deepcopy(args)
        raised = None
        with forbidden(*forbid, namespace=getattr(func, "__globals__", None),
                       closure=getattr(func, "__closure__", None)) as calls:
            try:
                result = func(*copies)
            except NotImplementedError:
                raise NotAttempted from None
            except Exception as exc:
                raised = exc
        if calls:
            raise Feedback(f"this exercise asks you not to use `{calls[0]}`: the point is to build it yourself.")
        for name, before, after in zip(parameter_names(func, len(args)), args, copies):
            if not same(before, after):
                raise Feedback(f"your function changed its argument {name} in place, so the caller's data "
                               f"changed too; work on a copy (e.g. `X = X.copy()` first, or `X = X - m` "
                               f"instead of `X -= m`).")
        if raised is not None:
            if expect_error is not None and isinstance(raised, expect_error):
                return raised
            detail = f": {raised}" if str(raised) else ""
            raise Feedback(f"your function raised {type(raised).__name__}{detail}.")
        return result

    def learner_value(value):
        """The value the learner set, or NotAttempted while it is still the starter's None."""
        if value is None:
            raise NotAttempted
        return value

    def say(message, what, prefix=True):
        if "{what}" in message:
            return message.format(what=what)
        return f"for {what}: {message}" if prefix else message

    # ── grading and progress ─────────────────────────────────────────────────────────────
    progress = {}   # exercise -> [stars, status], in the order the checkers were made

    def grade(name, run_cases, praise, record, starter="`raise NotImplementedError`"):
        """Run a checker's cases; print one ✅ / ⏳ / ❌ line and return True only if all passed."""
        try:
            run_cases()
            status, line = "✅", f"✅ {name}: all checks passed. {praise}"
        except NotAttempted:
            status, line = "⏳", (f"⏳ {name}: not attempted yet. Replace {starter} with your answer, "
                                  "run that cell, then run this one again.")
        except Feedback as feedback:
            status, line = "❌", f"❌ {name}: {feedback}"
        except Exception as exc:  # a checker must never raise, whatever it is given
            status, line = "❌", f"❌ {name}: the check could not run on your answer ({type(exc).__name__}: {exc})."
        if record and name in progress:
            progress[name][1] = status
        print(line)
        return Verdict(status == "✅")

    def show_progress():
        """A table of this notebook's exercises: level and the latest result of each."""
        words = {"✅": "passed", "❌": "not yet right", "⏳": "not attempted"}
        done = sum(status == "✅" for _, status in progress.values())
        width = max((len(name) for name in progress), default=8)
        print(f"Your progress: {done} of {len(progress)} exercises passed")
        for i, (name, (stars, status)) in enumerate(progress.items(), start=1):
            print(f"  {i}. {name:<{width}}  {'⭐' * stars:<3}  {status} {words[status]}")

    def register(name, level, namespace):
        if level not in (1, 2, 3):
            raise ValueError("level must be 1, 2 or 3 stars")
        progress[name] = [level, "⏳"]
        return lambda answer: namespace.get(name) is answer   # only the learner's own answer counts

    def judge(got, want, what, scale, compare, wrongs, diagnose, args, prefix=True):
        try:
            compare(got, want, what, scale)
        except Feedback:
            for message, wrong in wrongs.items():
                if matches(compare, got, wrong, what, scale):
                    raise Feedback(say(message, what, prefix)) from None
            for hint in diagnose:
                try:
                    message = hint(got, want, *args)
                except Exception:         # a hint that cannot read this answer has nothing to say
                    message = None
                if message:
                    raise Feedback(say(message, what, prefix)) from None
            raise

    def outcome(reference, case):
        """What the reference does on a case: ('value', v) or ('raises', the exception's class)."""
        try:
            with np.errstate(all="ignore"):
                return "value", reference(*copy.deepcopy(case.args))
        except Exception as exc:
            return "raises", type(exc)

    def finite(value):
        """True unless the value holds nan or inf (a mistake that makes those matches nothing)."""
        parts = value if isinstance(value, tuple) else (value,)
        try:
            return all(np.all(np.isfinite(np.asarray(p, dtype=float))) for p in parts
                       if not isinstance(p, (str, bytes)))
        except (TypeError, ValueError):
            return True

    def exercise(name, reference, cases, *, level, compare=None, mistakes=None, diagnose=(), forbid=(),
                 free_scale=None, praise="Well done!"):
        """Make check_<name> for a function the learner writes.

        reference: the model answer; its results on `cases` become the expected answers, once, now.
        cases: Case(args..., label=..., raises=ValueError) for inputs the function must refuse.
        compare: how an answer is compared with the expected one (default: by the answer's type).
        mistakes: {message: function}: the usual mistakes, computed on the cases; an answer that
            equals one gets its message ("{what}" in it is replaced by the case's label).
        diagnose: functions (got, want, *args) -> message or None, for mistakes seen in properties.
        forbid: functions the statement forbids ('np.linalg.det', '@', ...).
        free_scale: why no case is scaled by 1e-8 and 1e8 (they must be, where scale can matter).
        """
        for case in cases:                 # label every case, a scaled one after its base
            if case.base is not None and case.base.label is None:
                case.base.label = f"{name}({', '.join(short(a) for a in case.base.args)})"
            if case.label is None and case.base is not None:
                factor = f"{case.factor:.0e}".replace("e+0", "e").replace("e-0", "e-")
                only = "" if case.which is None else " (argument{} {} only)".format(
                    "s" if len(case.which) > 1 else "", ", ".join(str(i + 1) for i in case.which))
                case.label = f"{case.base.label}, scaled by {factor}{only}"
            elif case.label is None:
                case.label = f"{name}({', '.join(short(a) for a in case.args)})"
        expected = []
        for case in cases:
            kind, result = outcome(reference, case)
            if case.raises is not None and not (kind == "raises" and issubclass(result, case.raises)):
                raise ValueError(f"check_{name}: the reference does not raise {case.raises.__name__} "
                                 f"for {case.label}")
            if case.raises is None and kind == "raises":
                raise ValueError(f"check_{name}: the reference raised {result.__name__} for {case.label}")
            expected.append(result)
        wrong_answers = []
        for case in cases:
            values = {}
            for message, mistake in (mistakes or {}).items():
                kind, result = outcome(mistake, case) if case.raises is None else ("raises", None)
                if kind == "value" and finite(result):
                    values[message] = result
            wrong_answers.append(values)
        compares = compare or default_compare(expected[next((i for i, c in enumerate(cases)
                                                             if c.raises is None), 0)])
        return function_check(name, cases, expected, wrong_answers, compares, level=level, diagnose=diagnose,
                              forbid=forbid, free_scale=free_scale, praise=praise,
                              namespace=sys._getframe(1).f_globals)

    def function_check(name, cases, expected, wrong_answers, compares, *, level, diagnose, forbid,
                       free_scale, praise, namespace):
        """check_<name> from expectations computed ahead: by `exercise`, or by a student edition's record."""
        counts = register(name, level, namespace)
        forbid, diagnose = tuple(forbid), tuple(diagnose)

        def check(func):
            def run():
                for case, want, wrongs in zip(cases, expected, wrong_answers):
                    if case.raises is not None:
                        got = learner_call(func, *case.args, forbid=forbid, expect_error=Exception)
                        if isinstance(got, case.raises):
                            continue
                        if isinstance(got, Exception):
                            raise Feedback(f"for {case.label} your function raised {type(got).__name__}; "
                                           f"it should raise {case.raises.__name__}.")
                        if case.factor is not None:
                            raise Feedback(f"for {case.label} your function returned normally, but it "
                                           f"should raise {case.raises.__name__}, as for {case.base.label}: "
                                           "scaling the data cannot make it valid. Judge 'zero' relative "
                                           "to the size of the data, not with a fixed cut-off.")
                        raise Feedback(f"for {case.label} your function should raise "
                                       f"{case.raises.__name__}, but it returned normally.")
                    try:
                        got = learner_call(func, *case.args, forbid=forbid, expect_error=case.may_raise)
                        if case.may_raise is not None and isinstance(got, case.may_raise):
                            continue
                    except Feedback as feedback:
                        if case.factor is not None and str(feedback).startswith("your function raised"):
                            raise Feedback(f"for {case.label}, {feedback} This is {case.base.label}, which "
                                           "is valid; only its scale changed. Judge 'zero' relative to the "
                                           "size of the data, not with a fixed cut-off such as 1e-10.") from None
                        if str(feedback).startswith("your function raised"):
                            raise Feedback(f"for {case.label}, {feedback}") from None
                        raise
                    judge(got, want, case.label, case.scale, compares, wrongs, diagnose, case.args)
            return grade(name, run, praise, counts(func))

        check.__name__ = check.__qualname__ = f"check_{name}"
        check.__doc__ = f"Check your {name} on {len(cases)} cases; print one line, return True or False."
        check.cases, check.forbidden, check.level = tuple(cases), forbid, level
        check.scales = {c.factor for c in cases if c.factor is not None}
        check.free_scale = free_scale
        check.record = lambda: {
            "kind": "function", "name": name, "level": level, "praise": praise, "forbid": list(forbid),
            "free_scale": free_scale, "compare": spec_of(compares),
            "diagnose": [portable_source(hint, name) for hint in diagnose],
            "cases": [{"args": encode(c.args), "label": c.label, "raises": encode(c.raises),
                       "may_raise": encode(c.may_raise), "scale": encode(c.scale), "factor": c.factor,
                       "base": c.base.label if c.base is not None else None} for c in cases],
            "expected": [encode(w) for w in expected], "wrong": [encode(w) for w in wrong_answers]}
        return check

    def value_exercise(name, want, *, level, compare=None, mistakes=None, praise="Well done!", namespace=None):
        """Make check_<name> for a value the learner computes; mistakes: {message: wrong value}."""
        compares = compare or default_compare(want)
        counts = register(name, level, namespace if namespace is not None else sys._getframe(1).f_globals)

        def check(value):
            def run():
                got = learner_value(value)
                if isinstance(got, (list, tuple)) and isinstance(want, np.ndarray):
                    try:                          # a typed-in list of numbers is fine for a value
                        got = np.asarray(got, dtype=float)
                    except (TypeError, ValueError):
                        raise Feedback(f"{name} should be a list or array of numbers.") from None
                judge(got, want, name, None, compares, mistakes or {}, (), (), prefix=False)
            return grade(name, run, praise, counts(value), starter="`None`")

        check.__name__ = check.__qualname__ = f"check_{name}"
        check.__doc__ = f"Check the value of {name}; print one line, return True or False."
        check.cases, check.forbidden, check.level, check.scales, check.free_scale = (), (), level, set(), None
        check.record = lambda: {"kind": "value", "name": name, "level": level, "praise": praise,
                                "want": encode(want), "compare": spec_of(compares),
                                "mistakes": encode(dict(mistakes or {}))}
        return check

    def property_exercise(name, requirements, *, level, shape=None, praise="Well done!"):
        """Make check_<name> for an answer that many values satisfy, such as a matrix with given
        properties. requirements: (message, test) pairs, tried in order; test(answer) -> bool gets
        the answer as a float array (of `shape`, if given); the first that fails gives its message
        (a string, or a function of the answer that returns one)."""
        counts = register(name, level, sys._getframe(1).f_globals)
        requirements = tuple(requirements)

        def check(value):
            def run():
                got = learner_value(value)
                try:
                    got = np.array(got, dtype=float)
                except (TypeError, ValueError):
                    raise Feedback(f"{name} should be an array of numbers, such as "
                                   "np.array([[1.0, 2.0], [3.0, 4.0]]).") from None
                if shape is not None and got.shape != tuple(shape):
                    raise Feedback(f"{name} has shape {got.shape}; it should have shape {tuple(shape)}.")
                if not np.all(np.isfinite(got)):
                    raise Feedback(f"{name} contains nan or inf.")
                for message, test in requirements:
                    try:
                        holds = bool(test(got.copy()))
                    except Exception:
                        holds = False
                    if not holds:
                        raise Feedback(message(got) if callable(message) else message)
            return grade(name, run, praise, counts(value), starter="`None`")

        check.__name__ = check.__qualname__ = f"check_{name}"
        check.__doc__ = f"Check that {name} has every property asked for; print one line, return True or False."
        check.cases, check.forbidden, check.level, check.scales, check.free_scale = (), (), level, set(), None
        check.record = None        # its tests are the exercise: a student edition keeps them as code
        return check

    # ── a student edition's checkers: the expectations as data, no reference in any form ───────
    def encode(value):
        """A value as JSON-ready data that `decode` turns back into an equal value, bit for bit."""
        if value is None or isinstance(value, (bool, str, int)) and not isinstance(value, np.generic):
            return value
        if isinstance(value, float):
            return value if np.isfinite(value) else {"float": repr(value)}
        if isinstance(value, complex):
            return {"complex": [encode(value.real), encode(value.imag)]}
        if isinstance(value, (np.ndarray, np.generic)) and np.asarray(value).dtype.kind in "biufc":
            data = np.ascontiguousarray(value)                # (at least 1-D: keep the real shape)
            return {"array" if isinstance(value, np.ndarray) else "scalar": data.dtype.str,
                    "shape": list(np.shape(value)), "data": base64.b64encode(data.tobytes()).decode()}
        if isinstance(value, tuple):
            return {"tuple": [encode(v) for v in value]}
        if isinstance(value, list):
            return [encode(v) for v in value]
        if isinstance(value, dict):
            return {"dict": [[encode(k), encode(v)] for k, v in value.items()]}
        if isinstance(value, type) and issubclass(value, BaseException):
            return {"exception": f"{value.__module__}.{value.__qualname__}"}
        raise TypeError(f"a student edition cannot carry {kind(value)} ({short(value)})")

    def decode(data):
        if isinstance(data, list):
            return [decode(v) for v in data]
        if not isinstance(data, dict):
            return data
        if "float" in data:
            return float(data["float"])
        if "complex" in data:
            return complex(*map(decode, data["complex"]))
        if "array" in data or "scalar" in data:
            raw = np.frombuffer(base64.b64decode(data["data"]), dtype=np.dtype(data.get("array") or data["scalar"]))
            value = raw.reshape(data["shape"]).copy()
            return value if "array" in data else value[()]
        if "tuple" in data:
            return tuple(decode(v) for v in data["tuple"])
        if "dict" in data:
            return {decode(k): decode(v) for k, v in data["dict"]}
        module, _, name = data["exception"].rpartition(".")
        return getattr(builtins, name) if module == "builtins" else resolve(data["exception"])[2]

    def spec_of(compare):
        spec = getattr(compare, "spec", None)
        if spec is None:
            raise TypeError("a student edition can carry only the kit's comparers (close, up_to_sign, ...)")
        return spec

    def from_spec(spec):
        factory, args, kwargs = spec
        return {"close": close, "up_to_sign": up_to_sign, "integer": integer, "exact": exact,
                "each": each}[factory](*[from_spec(a["compare"]) if isinstance(a, dict) else a for a in args],
                                      **kwargs)

    def portable_source(hint, name):
        """The source of a diagnose function, if it needs nothing but NumPy and built-ins."""
        code = getattr(hint, "__code__", None)
        if code is None or hint.__closure__ or hint.__name__ == "<lambda>":
            raise TypeError(f"check_{name}: a student edition can carry a hint only as a plain function (def)")
        needs = {ins.argval for obj in code_objects(code) for ins in dis.get_instructions(obj)
                 if ins.opname in ("LOAD_GLOBAL", "LOAD_NAME")} - set(dir(builtins)) - {"np", "numbers"}
        if needs:
            raise TypeError(f"check_{name}: the hint {hint.__name__} uses {', '.join(sorted(needs))}, which a "
                            "student edition cannot carry: make it self-contained (NumPy and built-ins only)")
        return textwrap.dedent(inspect.getsource(hint))

    def from_source(source):
        space = {"np": np, "numbers": numbers}
        exec(compile(source, "<checker hint>", "exec"), space)
        return next(v for k, v in space.items() if callable(v) and k not in ("np", "numbers"))

    def edition_record(*checks):
        """The checkers as one compressed text: what a student edition's checker cell holds."""
        text = json.dumps([c.record() for c in checks], separators=(",", ":"), allow_nan=False)
        return base64.b64encode(zlib.compress(text.encode(), 9)).decode()

    def checkers_from_record(record):
        """The check_* functions a student edition's record holds, in order (see edition_record)."""
        namespace = sys._getframe(1).f_globals
        made = []
        for r in json.loads(zlib.decompress(base64.b64decode("".join(record.split()))).decode()):
            if r["kind"] == "value":
                made.append(value_exercise(r["name"], decode(r["want"]), level=r["level"],
                                           compare=from_spec(r["compare"]), mistakes=decode(r["mistakes"]),
                                           praise=r["praise"], namespace=namespace))
                continue
            cases = []
            for c in r["cases"]:
                case = Case(*decode(c["args"]), label=c["label"], raises=decode(c["raises"]),
                            may_raise=decode(c["may_raise"]), scale=decode(c["scale"]), factor=c["factor"])
                case.base = None if c["base"] is None else Case(label=c["base"])
                cases.append(case)
            made.append(function_check(
                r["name"], cases, [decode(w) for w in r["expected"]], [decode(w) for w in r["wrong"]],
                from_spec(r["compare"]), level=r["level"], diagnose=[from_source(d) for d in r["diagnose"]],
                forbid=r["forbid"], free_scale=r["free_scale"], praise=r["praise"], namespace=namespace))
        return tuple(made)

    return (Case, Feedback, exercise, value_exercise, property_exercise, close, up_to_sign, integer, exact,
            each, forbidden, learner_call, show_progress, edition_record, checkers_from_record)


(Case, Feedback, exercise, value_exercise, property_exercise, close, up_to_sign, integer, exact,
 each, forbidden, learner_call, show_progress, edition_record, checkers_from_record) = _exercise_kit()
del _exercise_kit


print(f"Setup complete: {'in Google Colab' if IN_COLAB else 'outside Colab'}, numpy {np.__version__}.")
