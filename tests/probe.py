"""Try every exercise checker of a notebook with everything a learner might hand it.

Runs inside the notebook's own kernel, after its last exercise (tests/test_checkers.py puts it
there): `probe.run(globals(), "answers.vectors_and_spaces")` returns, for each exercise, what its
checker did with each answer. The answers are

- the untouched starter, which must get "not attempted yet";
- junk (None, a string, a number, a wrong-shape array, functions that raise or return junk);
- the notebook's listed wrong answers and right answers (tests/answers/);
- generic mutants of the solution: its result scaled, negated, zeroed, shifted, transposed,
  reshaped, returned as a list or as None; shifted by 1e-7, which only a relative tolerance sees
  where the answer is tiny; and the right result computed while the inputs are overwritten in place;
- for each function the exercise forbids, the solution rewritten to call it (once letting the
  refusal through, once swallowing it);
- the solution itself.

`evaluate(results)` turns what the checkers did into a list of failures (empty when every checker
is robust and strict).
"""
from __future__ import annotations

import contextlib
import copy
import importlib
import io

import numpy as np

JUNK = {
    "None": None,
    "a string": "not an answer",
    "the number 42": 42,
    "a (7, 3) array": np.zeros((7, 3)),
}


def _raises(*args, **kwargs):
    raise RuntimeError("a deliberate failure")


JUNK_FUNCTIONS = {
    "a function that raises": _raises,
    "a function returning None": lambda *a, **k: None,
    "a function returning a string": lambda *a, **k: "text",
    "a function returning a (7, 3) array": lambda *a, **k: np.zeros((7, 3)),
}


# ── generic mutants of a result ─────────────────────────────────────────────────────────────

def _numeric(r) -> bool:
    return (isinstance(r, (int, float, np.number)) and not isinstance(r, (bool, np.bool_))) or (
        isinstance(r, np.ndarray) and r.dtype.kind in "iuf")


def _scaled(r):
    return r * 1.1 if _numeric(r) else NotImplemented


def _negated(r):
    return -r if _numeric(r) else NotImplemented


def _zeroed(r):
    return np.zeros_like(r) if isinstance(r, np.ndarray) else (type(r)(0) if _numeric(r) else NotImplemented)


def _shifted(r):
    if not _numeric(r):
        return NotImplemented
    if isinstance(r, (int, np.integer)):
        return r + 1
    size = float(np.max(np.abs(r), initial=0.0))
    return r + (0.01 * size if size > 0 else 0.01)


def _transposed(r):
    return r.T if isinstance(r, np.ndarray) and r.ndim == 2 else NotImplemented


def _reshaped(r):
    if isinstance(r, np.ndarray) and r.ndim >= 2:
        return r.reshape(-1)
    if isinstance(r, np.ndarray) and r.ndim == 1:
        return r[:, None]
    if _numeric(r):
        return np.array([r, r])
    return NotImplemented


def _as_list(r):
    return r.tolist() if isinstance(r, np.ndarray) and r.ndim >= 1 else NotImplemented


def _as_none(r):
    return None


TRANSFORMS = {
    "scaled by 1.1": _scaled, "negated": _negated, "zeroed": _zeroed, "shifted": _shifted,
    "transposed": _transposed, "reshaped": _reshaped, "returned as a list": _as_list, "None": _as_none,
}


def _transforms_of(result):
    """(name, transform) pairs applicable to a result; a tuple result gets each part mutated."""
    if isinstance(result, tuple):
        pairs = []
        for i in range(len(result)):
            for name, t in TRANSFORMS.items():
                if name == "None":
                    continue

                def part(r, _i=i, _t=t):
                    new = _t(r[_i])
                    return NotImplemented if new is NotImplemented else r[:_i] + (new,) + r[_i + 1:]
                pairs.append((f"{name} (part {i + 1})", part))
        return pairs + [("None", _as_none)]
    return list(TRANSFORMS.items())


def _same(a, b) -> bool:
    try:
        if isinstance(a, tuple) and isinstance(b, tuple):
            return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
        if isinstance(a, np.ndarray) and isinstance(b, np.ndarray):
            return a.shape == b.shape and np.array_equal(a, b)
        return type(a) is type(b) and bool(a == b)
    except Exception:
        return False


def _overwrite(arg) -> bool:
    """Overwrite an array argument in place, as `X -= X.mean(axis=0)` would; True if one was changed."""
    if isinstance(arg, np.ndarray) and arg.size and arg.dtype.kind in "iuf" and arg.flags.writeable:
        arg += 1
        return True
    if isinstance(arg, list):
        return any([_overwrite(a) for a in arg])
    return False


def function_mutants(solution, check) -> dict:
    """Generic mutants of a function exercise's solution, each a function; identical ones dropped."""
    valid = [c for c in check.cases if c.raises is None]
    results = [solution(*copy.deepcopy(c.args)) for c in valid]
    mutants = {}
    for name, transform in _transforms_of(results[0]) if results else []:
        changed = [transform(copy.deepcopy(r)) for r in results]
        if any(m is NotImplemented for m in changed) or all(_same(m, r) for m, r in zip(changed, results)):
            continue

        def mutant(*args, _t=transform):
            return _t(copy.deepcopy(solution(*args)))
        mutants[f"mutant: result {name}"] = mutant
    if any(_numeric(r) and 0 < np.max(np.abs(r)) < 1e-6 for r in results):
        def nudged(*args):                 # right to 1e-7 absolutely: wrong where the answer is tiny
            return solution(*args) + 1e-7
        mutants["mutant: result shifted by 1e-7 (an absolute error)"] = nudged
    if any(isinstance(a, (np.ndarray, list)) for c in check.cases for a in c.args):
        def in_place(*args):
            result = copy.deepcopy(solution(*args))
            for a in args:
                _overwrite(a)
            return result
        mutants["mutant: right result, inputs overwritten in place"] = in_place
    return mutants


def value_mutants(value) -> dict:
    """Mutants of a value answer; not "returned as a list": a typed-in list is a right value."""
    mutants = {}
    for name, transform in _transforms_of(value):
        if name == "returned as a list":
            continue
        changed = transform(copy.deepcopy(value))
        if changed is not NotImplemented and not _same(changed, value):
            mutants[f"mutant: value {name}"] = changed
    return mutants


def forbidden_mutants(solution, check) -> dict:
    """The solution rewritten to call each function the exercise forbids."""
    mutants = {}
    for name in check.forbidden:
        if name == "@":
            def uses(*args):
                _ = np.eye(2) @ np.eye(2)
                return solution(*args)
            mutants["forbidden: the solution, also using @"] = uses
            continue
        module, attr = name.replace("np.", "numpy.", 1).rsplit(".", 1)

        def calls(*args, _module=module, _attr=attr):
            getattr(importlib.import_module(_module), _attr)(*args)
            return solution(*args)

        def swallows(*args, _module=module, _attr=attr):
            try:
                getattr(importlib.import_module(_module), _attr)(*args)
            except Exception:
                pass
            return solution(*args)
        mutants[f"forbidden: the solution, also calling {name}"] = calls
        mutants[f"forbidden: the solution, calling {name} and catching the refusal"] = swallows
    return mutants


def _holds_floats(a) -> bool:
    """A float array, or a list or tuple that holds one: an argument whose scale can matter."""
    return (isinstance(a, np.ndarray) and a.dtype.kind == "f") or (
        isinstance(a, (list, tuple)) and any(_holds_floats(b) for b in a))


# ── running the probes ──────────────────────────────────────────────────────────────────────

def _probe(checker, answer) -> dict:
    buffer = io.StringIO()
    try:
        with contextlib.redirect_stdout(buffer):
            returned = checker(answer)
        return {"returned": repr(returned), "raised": None, "printed": buffer.getvalue()}
    except BaseException as exc:  # noqa: BLE001 - a checker must never raise; report whatever it did
        return {"returned": None, "raised": f"{type(exc).__name__}: {exc}", "printed": buffer.getvalue()}


def run(namespace: dict, answers_module: str | None, exercises: list[str]) -> dict:
    """{exercise: {label: {"expect": ..., "returned", "raised", "printed"}}} for every answer."""
    answers = None
    if answers_module:
        module = importlib.import_module(answers_module)
        for key, value in namespace.items():          # the functions run in the notebook's world
            module.__dict__.setdefault(key, value)
        answers = module.ANSWERS
    results = {}
    for name in exercises:
        check, starter, solution = (namespace[f"check_{name}"], namespace[name], namespace[f"{name}_solution"])
        is_value = starter is None and not check.cases
        trials = {"the untouched starter": ("starter", starter)}
        trials.update({f"junk: {k}": ("reject", v) for k, v in JUNK.items()})
        if not is_value:
            trials.update({f"junk: {k}": ("reject", v) for k, v in JUNK_FUNCTIONS.items()})
        for label, func in (answers.wrongs.get(name, {}) if answers else {}).items():
            trials[f"wrong: {label}"] = ("reject", func() if is_value else func)
        for label, func in (answers.rights.get(name, {}) if answers else {}).items():
            trials[f"right: {label}"] = ("accept", func() if is_value else func)
        accepted = answers.accepted.get(name, {}) if answers else {}
        mutants = value_mutants(solution) if is_value else function_mutants(solution, check)
        for label, mutant in mutants.items():
            short = label.split(": ", 1)[1].replace("result ", "").replace("value ", "")
            trials[label] = ("accept" if short in accepted else "reject", mutant)
        if not is_value:
            trials.update({label: ("forbidden", m) for label, m in forbidden_mutants(solution, check).items()})
        trials["the solution"] = ("accept", solution)
        results[name] = {}
        for label, (expect, answer) in trials.items():
            results[name][label] = {"expect": expect, **_probe(check, answer)}
        tried = {k.split(": ", 1)[1].replace("result ", "").replace("value ", "") for k in mutants}
        results[name]["_meta"] = {
            "accepted": accepted, "unused": sorted(set(accepted) - tried),
            "forbidden": list(check.forbidden), "scales": sorted(check.scales), "free_scale": check.free_scale,
            "float_arrays": any(_holds_floats(a) for c in check.cases for a in c.args),
        }
    return results


def evaluate(results: dict) -> list[str]:
    """Every way the checkers fell short; an empty list when all are robust and strict."""
    failures = []
    for name, outcomes in results.items():
        for mutant in outcomes.get("_meta", {}).get("unused", []):
            failures.append(f"{name}: the accepted mutant {mutant!r} is not among the mutants tried")
        for label, o in outcomes.items():
            if label.startswith("_"):
                continue
            what = f"check_{name}({label})"
            printed = o["printed"].strip()
            if o["raised"]:
                failures.append(f"{what} raised {o['raised']}")
            elif len(printed.splitlines()) != 1:
                failures.append(f"{what} printed {len(printed.splitlines())} lines, not one: {printed[:200]!r}")
            elif o["expect"] == "accept":
                if o["returned"] != "True" or not printed.startswith("✅"):
                    failures.append(f"{what} refused a right answer: {printed}")
            elif o["returned"] != "False":
                failures.append(f"{what} returned {o['returned']}, not False: {printed}")
            elif o["expect"] == "starter":
                if "not attempted" not in printed:
                    failures.append(f"{what} should say 'not attempted yet': {printed}")
            elif not printed.startswith("❌") and not (label in ("junk: None", "mutant: value None")
                                                 and printed.startswith("⏳")):
                failures.append(f"{what} should print a ❌ line: {printed}")
            elif "the check could not run" in printed:
                failures.append(f"{what} got no specific message: {printed}")
            elif o["expect"] == "forbidden" and "not to use" not in printed:
                failures.append(f"{what} should say the function is not to be used: {printed}")
            elif "in place" in label and "in place" not in printed:
                failures.append(f"{what} should say the input was changed in place: {printed}")
    return failures
