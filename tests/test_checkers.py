"""Exercise checkers answer anything with a message and False, and pass only right answers.

For every notebook with exercises: run it in a kernel up to the end of its exercises, then call each
check_<name> with the untouched starter, with junk (None, a string, a number, a wrong-shape array,
a function that raises, functions returning junk), with the plausible wrong answers listed in
tests/wrong_answers.py, and with the reference solution. A checker must never raise, must print
a line, must return False for all but the solution, and True for the solution.
"""
from __future__ import annotations

import json

import pytest

import notebook_rules as R
from curriculum import ROOT, notebook_files, read_notebook
from wrong_answers import WRONG_ANSWERS

PROBE = r'''
import contextlib as _contextlib, io as _io, json as _json

def _raises(*args, **kwargs):
    raise RuntimeError("a deliberate failure")

_JUNK = {
    "None": None, "a string": "not an answer", "the number 42": 42, "a (7, 3) array": np.zeros((7, 3)),
    "a function that raises": _raises, "a function returning None": lambda *a, **k: None,
    "a function returning a string": lambda *a, **k: "text",
    "a function returning a (7, 3) array": lambda *a, **k: np.zeros((7, 3)),
}

def _probe(checker, answer):
    buffer = _io.StringIO()
    try:
        with _contextlib.redirect_stdout(buffer):
            returned = checker(answer)
        return {"returned": repr(returned), "raised": None, "printed": buffer.getvalue()}
    except BaseException as exc:
        return {"returned": None, "raised": f"{type(exc).__name__}: {exc}", "printed": buffer.getvalue()}

_results = {}
for _name, _wrong_sources in __PLAN__.items():
    _check = globals()[f"check_{_name}"]
    _answers = {"the untouched starter": globals()[_name], **_JUNK}
    for _mistake, _source in _wrong_sources.items():
        _space = dict(globals())
        exec(_source, _space)
        _answers[f"a wrong answer ({_mistake})"] = _space["wrong"]
    _answers["the solution"] = globals()[f"{_name}_solution"]
    _results[_name] = {_label: _probe(_check, _answer) for _label, _answer in _answers.items()}
print(_json.dumps(_results))
'''

WITH_EXERCISES = [rel for rel in notebook_files() if R.exercises(read_notebook(ROOT / rel))]


def run_probes(rel: str) -> dict:
    import nbformat
    from nbclient import NotebookClient

    path = ROOT / rel
    nb = nbformat.reads(path.read_text(encoding="utf-8"), as_version=4)
    found = R.exercises(json.loads(nbformat.writes(nb)))
    plan = {ex["name"]: WRONG_ANSWERS.get(rel, {}).get(ex["name"], {}) for ex in found}
    last = max(ex["index"] + 2 for ex in found)  # the last solution cell: nothing after it is needed
    nb.cells = nb.cells[: last + 1] + [nbformat.v4.new_code_cell(PROBE.replace("__PLAN__", repr(plan)))]
    client = NotebookClient(nb, timeout=300, kernel_name="python3", allow_errors=False,
                            resources={"metadata": {"path": str(path.parent)}})
    client.execute()
    stdout = "".join(o.get("text", "") for o in nb.cells[-1].outputs if o.get("name") == "stdout")
    return json.loads(stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("rel", WITH_EXERCISES)
def test_checkers_are_robust_and_strict(rel):
    results = run_probes(rel)
    listed = WRONG_ANSWERS.get(rel, {})
    assert set(listed) <= set(results), f"tests/wrong_answers.py names unknown exercises: {set(listed) - set(results)}"
    failures = []
    for name, outcomes in results.items():
        for label, o in outcomes.items():
            what = f"check_{name}({label})"
            if o["raised"]:
                failures.append(f"{what} raised {o['raised']}")
            elif not o["printed"].strip():
                failures.append(f"{what} printed nothing")
            elif label == "the solution":
                if o["returned"] != "True":
                    failures.append(f"{what} returned {o['returned']}: {o['printed'].strip()}")
            elif o["returned"] != "False":
                failures.append(f"{what} returned {o['returned']}, not False: {o['printed'].strip()}")
            elif label == "the untouched starter" and "not attempted" not in o["printed"]:
                failures.append(f"{what} should say 'not attempted yet': {o['printed'].strip()}")
    assert not failures, f"{rel}:\n  " + "\n  ".join(failures)



def test_every_wrong_answer_list_names_a_notebook_with_exercises():
    stray = set(WRONG_ANSWERS) - set(WITH_EXERCISES)
    assert not stray, f"tests/wrong_answers.py lists notebooks without exercises: {sorted(stray)}"
