"""A student edition leaks no answer, runs, and grades a pasted-in right answer as the full notebook does.

Every notebook with exercises is made into an edition once (module fixture). That its checkers give
the very same line as the full notebook's for every probe is tested in test_checkers.py.
"""
from __future__ import annotations

import json
import re

import nbformat
import pytest

import make_student_edition as E
import notebook_rules as R
from curriculum import BADGE_IMG, ROOT, cell_source, notebook_files, read_notebook

WITH_EXERCISES = [rel for rel in notebook_files() if R.exercises(read_notebook(ROOT / rel))]


def tags(cell):
    return cell.get("metadata", {}).get("tags", [])


def distinctive_lines(source: str) -> set[str]:
    """Lines of code long and specific enough that finding one in an edition means it leaked."""
    lines = {line.strip() for line in source.splitlines()}
    return {line for line in lines if len(line) >= 24 and not line.startswith(("#", '"""')) and "check_" not in line}


@pytest.fixture(scope="module")
def editions(tmp_path_factory):
    out = tmp_path_factory.mktemp("handout")
    return {rel: read_notebook(E.make(ROOT / rel, out, colab_url=None, think_answers=True)) for rel in WITH_EXERCISES}


@pytest.mark.parametrize("rel", WITH_EXERCISES)
def test_an_edition_holds_no_solution_and_no_reference(rel, editions):
    master, edition = read_notebook(ROOT / rel), editions[rel]
    text = "\n".join(cell_source(c) for c in edition["cells"])
    assert not any("solution" in tags(c) for c in edition["cells"])
    assert "_solution" not in text
    assert all(c.get("outputs") == [] and c.get("execution_count") is None
               for c in edition["cells"] if c["cell_type"] == "code")
    # a line the notebook shows in the open (a starter, a function it teaches) is no secret
    shown = "\n".join(cell_source(c) for c in master["cells"] if not set(tags(c)) & {"solution", "checkers"})
    secret = set()
    for cell in master["cells"]:
        if "solution" in tags(cell) or ("checkers" in tags(cell) and E.checker_names({"cells": [cell]})[0][1] != "property_exercise"):
            secret |= {line for line in distinctive_lines(cell_source(cell)) if line not in shown}
    leaked = sorted(line for line in secret if line in text)
    assert not leaked, f"{rel}: the edition still holds {leaked[:5]}"


@pytest.mark.parametrize("rel", WITH_EXERCISES)
def test_an_edition_promises_no_solution_and_links_to_no_full_notebook(rel, editions):
    edition = editions[rel]
    for cell in edition["cells"]:
        if cell["cell_type"] == "markdown":
            for sentence in re.split(r"(?<=[.!?])\s+|\n", cell_source(cell)):
                assert not (E.PROMISE.search(sentence) and E.HIDDEN.search(sentence)), sentence
    header = cell_source(edition["cells"][0])
    assert BADGE_IMG not in header.splitlines()[0] and E.EDITION_NOTE in header
    assert edition["metadata"]["math_for_ml"] == {"edition": "student",
                                                  "exercises": [ex["name"] for ex in R.exercises(read_notebook(ROOT / rel))]}


def _run(nb: dict) -> nbformat.NotebookNode:
    nb = {**nb, "cells": [{**cell, "id": f"cell-{i}"} for i, cell in enumerate(nb["cells"])]}
    node = nbformat.reads(json.dumps(nb), as_version=4)
    E.execute(node, cwd=ROOT)
    return node


def _printed(cell) -> str:
    return "".join(o.get("text", "") for o in cell.outputs if o.get("name") == "stdout").strip()


@pytest.mark.parametrize("rel", WITH_EXERCISES)
def test_an_edition_runs_says_not_attempted_and_passes_a_pasted_right_answer(rel, editions):
    """Run top to bottom: every check says 'not attempted yet'. Then each solution is pasted in as the
    learner's answer (a `def` replaces the stub, a value replaces the None) and every check says ✅."""
    master, edition = read_notebook(ROOT / rel), json.loads(json.dumps(editions[rel]))
    answers = {}
    for cell in master["cells"]:
        graded = re.search(r"check_(\w+)\(\w+_solution\)\s*$", cell_source(cell))
        if "solution" in tags(cell) and graded:      # a challenge's answer without a check is not pasted
            answers[graded.group(1)] = cell_source(cell).split("\n", 1)[1].rsplit("\n", 1)[0]
    for name in answers:                             # a learner's answer uses the learner's own functions
        answers = {n: re.sub(rf"\b{name}_solution\b", name, a) for n, a in answers.items()}
    pasted = []
    for name in answers:
        pasted += [nbformat.v4.new_code_cell(answers[name]), nbformat.v4.new_code_cell(f"check_{name}({name})")]
    edition["cells"] += [{k: v for k, v in cell.items() if k != "id"} for cell in pasted]
    done = _run(edition)
    checks = [c for c in done.cells if "check" in c.metadata.get("tags", [])]
    assert [_printed(c).split(":")[0] for c in checks] == [f"⏳ {n}" for n in answers]
    assert [_printed(c).split(":")[0] for c in done.cells[-len(pasted) + 1::2]] == [f"✅ {n}" for n in answers]


def test_a_badge_points_where_the_instructor_says_and_think_answers_can_go(tmp_path):
    rel = "colab_quick_start/setup_environment.ipynb"
    url = "https://colab.research.google.com/drive/1abc"
    made = E.make(ROOT / rel, tmp_path, colab_url=url, think_answers=False)
    edition = read_notebook(made)
    assert cell_source(edition["cells"][0]).splitlines()[0] == f"[![Open In Colab]({BADGE_IMG})]({url})"
    assert not any("answer" in tags(c) for c in edition["cells"])


def test_an_edition_never_overwrites_an_original(tmp_path, capsys):
    rel = "01_linear_algebra/01_vectors_and_spaces.ipynb"
    before = (ROOT / rel).read_bytes()
    assert E.main([rel, "-o", str(ROOT / "01_linear_algebra")]) == 1
    assert "is an original notebook" in capsys.readouterr().err
    assert (ROOT / rel).read_bytes() == before


def test_bad_input_gets_a_plain_message(tmp_path, capsys):
    broken, edition = tmp_path / "broken.ipynb", tmp_path / "out" / "setup_environment.ipynb"
    broken.write_text("{not json", encoding="utf-8")
    E.main(["colab_quick_start/setup_environment.ipynb", "-o", str(tmp_path / "out")])
    capsys.readouterr()
    assert E.main([str(broken), str(tmp_path / "missing.ipynb"), str(edition), "-o", str(tmp_path / "again")]) == 1
    err = capsys.readouterr().err
    assert "cannot read it as a notebook" in err and "no such file" in err and "a student edition already" in err
    assert "Traceback" not in err


def test_promises_of_hidden_solutions_are_dropped_and_nothing_else():
    text = ("Five exercises. Each solution is hidden under its check; try on your own first. Good luck!\n"
            "| see a solution | double-click the *Solution* form |\n| run a cell | Shift+Enter |\n"
            "The solution of $Ax = b$ is unique.")
    assert E.drop_promises(text) == ("Five exercises. Good luck!\n| run a cell | Shift+Enter |\n"
                                     "The solution of $Ax = b$ is unique.")
