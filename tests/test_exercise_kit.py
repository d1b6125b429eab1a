"""The exercise kit of the setup cell (tools/setup_cell.py), tested directly and attacked.

The kit is executed here exactly as a notebook executes it. The last tests weaken it on purpose
(skip the in-place comparison, let forbidden calls through, judge with an absolute tolerance) and
show that the generic probes of tests/probe.py then report failures: the strictness tests can fail.
"""
from __future__ import annotations

import contextlib
import io

import numpy as np
import pytest
from IPython.core.formatters import DisplayFormatter

import probe
from curriculum import canonical_setup_source


def kit(source: str | None = None) -> dict:
    """A fresh namespace in which the setup cell has run, as in a notebook's first cell."""
    namespace = {"__name__": "__main__"}
    with contextlib.redirect_stdout(io.StringIO()):
        exec(compile(source or canonical_setup_source(), "setup_cell", "exec"), namespace)
    return namespace


def run_check(check, answer) -> tuple[bool, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        verdict = check(answer)
    return bool(verdict), out.getvalue().strip()


# A small exercise, written as a notebook's checkers cell would write it.
EXERCISE = '''
def _center_reference(X):
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or len(X) < 2:
        raise ValueError("need a 2-D array with at least 2 rows")
    return X - X.sum(axis=0) / len(X)

_gen = np.random.default_rng(1)
_cases = [Case(_gen.normal(size=(5, 3)) * [1.0, 10.0, 0.1]), Case(np.array([[1.0, 2.0], [3.0, 5.0]])),
          Case(np.arange(12.0).reshape(6, 2))]
_cases += [_cases[0].scaled(1e-8), _cases[0].scaled(1e8), Case(np.ones(3), raises=ValueError, label="a 1-D array")]
check_center = exercise("center", _center_reference, _cases, level=2, forbid=("np.mean",),
                        mistakes={"you subtracted the row means; centre each column (axis=0).":
                                  lambda X: X - X.sum(axis=1, keepdims=True) / X.shape[1]})

def center(X):
    # YOUR CODE HERE
    raise NotImplementedError

def center_solution(X):
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or len(X) < 2:
        raise ValueError("need a 2-D array with at least 2 rows")
    return X - X.sum(axis=0) / len(X)

check_scores = value_exercise("scores", np.array([0.5, -1.5, 2.0]), level=1,
                              mistakes={"you reversed the order.": np.array([2.0, -1.5, 0.5])})
scores = None
scores_solution = np.array([0.5, -1.5, 2.0])
'''


def notebook(source: str | None = None) -> dict:
    namespace = kit(source)
    with contextlib.redirect_stdout(io.StringIO()):
        exec(EXERCISE, namespace)
    return namespace


def test_a_verdict_is_a_bool_that_shows_nothing():
    ns = notebook()
    ok, line = run_check(ns["check_center"], ns["center_solution"])
    assert ok and line.startswith("✅")
    with contextlib.redirect_stdout(io.StringIO()):
        v = ns["check_center"](ns["center_solution"])
    assert v == True and repr(v) == "True" and DisplayFormatter().format(v) == ({}, {})  # noqa: E712


def test_in_place_changes_are_named():
    ns = notebook()

    def sneaky(X):
        if X.ndim != 2 or len(X) < 2:
            raise ValueError("need a 2-D array with at least 2 rows")
        X -= X.sum(axis=0) / len(X)
        return X
    ok, line = run_check(ns["check_center"], sneaky)
    assert not ok and "changed its argument `X` in place" in line


def test_forbidden_functions_are_refused_and_restored_whatever_happens():
    ns = notebook()
    original = np.mean
    ok, line = run_check(ns["check_center"], lambda X: X - np.mean(X, axis=0))
    assert not ok and "not to use `np.mean`" in line and np.mean is original

    def swallowing(X):
        try:
            np.mean(X)
        except Exception:
            pass
        return X - X.sum(axis=0) / len(X)
    ok, line = run_check(ns["check_center"], swallowing)
    assert not ok and "not to use `np.mean`" in line and np.mean is original
    with pytest.raises(RuntimeError), ns["forbidden"]("np.mean"):
        raise RuntimeError("escapes the block")
    assert np.mean is original


def test_a_module_first_imported_by_a_forbidden_name_keeps_the_real_functions(tmp_path, monkeypatch):
    # sklearn.naive_bayes does `from scipy.special import logsumexp` when first imported: forbidding
    # both must not leave it holding the stand-in.
    (tmp_path / "lazy_importer.py").write_text("from os.path import join\n\n\ndef joined(*parts):\n"
                                               "    return join(*parts)\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    import os.path
    original = os.path.join
    with kit()["forbidden"]("os.path.join", "lazy_importer.joined"):
        pass
    import lazy_importer
    assert lazy_importer.join is original and os.path.join is original


def test_the_operator_and_aliases_are_caught():
    ns = kit()
    check = ns["exercise"]("dot", lambda x, y: float(np.sum(x * y)), [ns["Case"](np.ones(3), np.arange(3.0))],
                           level=1, forbid=("np.dot", "@"), free_scale="a unit test")
    assert "not to use `@`" in run_check(check, lambda x, y: float(x @ y))[1]
    from numpy import dot as alias
    assert "not to use `np.dot`" in run_check(check, lambda x, y: float(alias(x, y)))[1]
    assert run_check(check, lambda x, y: float(np.sum(x * y)))[0]


def test_numbers_come_in_every_form_and_arrays_must_be_arrays():
    ns = kit()
    check = ns["exercise"]("total", lambda x: float(np.sum(x)), [ns["Case"](np.array([1.0, 2.5]))],
                           level=1, free_scale="a unit test")
    for right in (lambda x: 3.5, lambda x: np.float64(3.5), lambda x: [3.5], lambda x: np.array([3.5]),
                  lambda x: np.float32(3.5), lambda x: 3.5 * (1 + 1e-9)):
        assert run_check(check, right)[0]
    for wrong in (lambda x: [3.5, 0.0], lambda x: "3.5", lambda x: True, lambda x: 3.5j, lambda x: np.nan):
        ok, line = run_check(check, wrong)
        assert not ok and line.startswith("❌")
    arrays = ns["exercise"]("double", lambda x: 2 * x, [ns["Case"](np.array([1.0, 2.0]))], level=1,
                            free_scale="a unit test")
    ok, line = run_check(arrays, lambda x: (2 * x).tolist())
    assert not ok and "return a NumPy array" in line


def test_tolerance_is_relative_to_the_answer():
    ns = notebook()
    tiny = ns["check_center"].cases[3]           # the first case scaled by 1e-8
    assert tiny.factor == 1e-8 and "scaled by 1e-8" in tiny.label
    ok, line = run_check(ns["check_center"], lambda X: center_like(X) + 1e-7)
    assert not ok and "scaled by 1e-8" in line  # an absolute 1e-6 would have let this through
    assert run_check(ns["check_center"], lambda X: center_like(X) * (1 + 1e-9))[0]


def center_like(X):
    if X.ndim != 2 or len(X) < 2:
        raise ValueError("need a 2-D array with at least 2 rows")
    return X - X.sum(axis=0) / len(X)


def test_signs_can_be_free():
    ns = kit()
    want = np.array([[1.0, 2.0], [3.0, -4.0], [0.5, 0.0]])
    compare = ns["up_to_sign"](axis=0)
    flipped = want * [-1.0, 1.0]
    assert np.array_equal(compare(flipped, want, "Z"), flipped)
    with pytest.raises(ns["Feedback"]):
        compare(want * [-1.0, 0.5], want, "Z")


def test_a_later_cell_cannot_change_a_verdict():
    ns = notebook()
    with contextlib.redirect_stdout(io.StringIO()):
        exec("def _center_reference(X):\n    return X\nclose = lambda *a, **k: (lambda *b: None)\n"
             "Case = exercise = learner_call = forbidden = Feedback = None", ns)
    assert not run_check(ns["check_center"], lambda X: X.copy())[0]
    assert run_check(ns["check_center"], ns["center_solution"])[0]


def test_progress_counts_only_the_learners_own_answer():
    ns = notebook()
    run_check(ns["check_center"], ns["center_solution"])       # the hidden solution's own check
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        ns["show_progress"]()
    assert "0 of 2 exercises passed" in out.getvalue() and "⏳ not attempted" in out.getvalue()
    ns["center"] = center_like
    run_check(ns["check_center"], ns["center"])
    ns["scores"] = [0.5, 1.5, 2.0]
    run_check(ns["check_scores"], ns["scores"])
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        ns["show_progress"]()
    table = out.getvalue()
    assert "1 of 2 exercises passed" in table
    assert "center" in table and "⭐⭐ " in table and "✅ passed" in table and "❌ not yet right" in table


def test_value_exercises_take_a_typed_list_and_name_mistakes():
    ns = notebook()
    assert run_check(ns["check_scores"], [0.5, -1.5, 2.0])[0]
    ok, line = run_check(ns["check_scores"], [2.0, -1.5, 0.5])
    assert not ok and "reversed the order" in line


def test_a_reference_that_disagrees_with_its_cases_is_an_authoring_error():
    ns = kit()
    with pytest.raises(ValueError, match="does not raise"):
        ns["exercise"]("f", lambda x: x, [ns["Case"](1.0, raises=ValueError)], level=1)


def test_a_record_carries_zero_dimensional_arrays_and_every_other_value_as_they_were():
    ns = kit()
    Case = ns["Case"]

    def reference(x, weights, bounds):
        return np.asarray(x * weights.sum() + bounds[0], dtype=weights.dtype)

    cases = [Case(np.float64(2.5), np.array([1.0, 2.0], dtype=np.float32), (np.array(0.5), 7)),
             Case(np.array(-1.0), np.ones((2, 3)), (np.array([1, 2]), None))]
    full = ns["exercise"]("mix", reference, cases, level=1)
    (rebuilt,) = ns["checkers_from_record"](ns["edition_record"](full))
    for answer in (reference, lambda x, w, b: reference(x, w, b).ravel(), lambda x, w, b: reference(x, w, b) + 1):
        assert run_check(full, answer) == run_check(rebuilt, answer)
    assert run_check(rebuilt, reference)[0]
    assert [tuple(np.shape(a) for a in c.args[:2]) for c in rebuilt.cases] == [((), (2,)), ((), (2, 3))]


# ── the probes catch a weakened kit ──────────────────────────────────────────────────────

WEAKENINGS = {
    "in-place changes not compared": ("            if not same(before, after):", "            if False:"),
    "forbidden calls let through": ("        if calls:\n", "        if False:\n"),
    "absolute tolerance": ("<= rtol * scale)", "<= 1e-6)"),
}


def probe_failures(source: str | None = None) -> list[str]:
    ns = notebook(source)
    with contextlib.redirect_stdout(io.StringIO()):
        results = probe.run(ns, None, ["center", "scores"])
    return probe.evaluate(results)


def test_the_probes_pass_the_real_kit():
    assert probe_failures() == []


@pytest.mark.parametrize("weakening", list(WEAKENINGS))
def test_the_probes_fail_a_weakened_kit(weakening):
    old, new = WEAKENINGS[weakening]
    source = canonical_setup_source()
    assert old in source, f"the weakening {weakening!r} no longer applies to the setup cell"
    failures = probe_failures(source.replace(old, new))
    assert failures, f"a kit with {weakening} still passes every probe"
