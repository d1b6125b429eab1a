"""The grader gives every made-up submission of the vectors notebook exactly the row it deserves.

The submissions are real notebooks built here from the master: honest and partial ones, an
untouched student edition, every way of cheating and breaking an exercise the grader guards
against (tests/grading_cells.py holds what those students typed), and files that are not
submissions at all. They are graded in one run of tools/grade_submissions.py, as an instructor
would run it; each row of its CSV is compared with the row written out below.
"""
from __future__ import annotations

import csv
import inspect
import json
import re
import shutil
import subprocess
import sys
import textwrap

import pytest

import grading_cells as cells
import make_student_edition as E
from curriculum import ROOT, cell_source, notebook_files, read_notebook, set_source, write_notebook

MASTER = "01_linear_algebra/01_vectors_and_spaces.ipynb"
EXERCISES = ["normalize", "coords", "cosine_similarity_matrix", "project_onto_column_space", "modified_gram_schmidt"]
TIMEOUT = 3


def tags(cell):
    return cell.get("metadata", {}).get("tags", [])


def typed(func) -> str:
    """The starter cell a student typed: the body of `func`."""
    body = textwrap.dedent(inspect.getsource(func)).split("\n", 1)[1]
    return textwrap.dedent(body).strip() + "\n"


def solutions(master: dict) -> dict[str, str]:
    """Each exercise's right answer as a student would type it into the starter cell."""
    found = {}
    for cell in master["cells"]:
        if "solution" in tags(cell):
            source = cell_source(cell)
            checked = re.findall(r"^check_(\w+)\(", source, re.M)
            if not checked:           # the answer to a "try this" question, not an exercise
                continue
            name = checked[-1]
            lines = [l for l in source.splitlines() if not l.startswith(("#@title", "check_"))]
            found[name] = re.sub(r"\b(\w+)_solution\b", r"\1", "\n".join(lines)).strip() + "\n"
    return found


def fill(starter: str, name: str, answer: str) -> str:
    """The starter with its stub replaced by `answer` (a value starter keeps the data it sets up)."""
    if re.search(rf"^{name} = None", starter, re.M):
        kept = [l for l in starter.splitlines() if not re.match(rf"{name} = None", l)]
        return "\n".join(kept + [answer.strip()]) + "\n"
    return answer


def answer_name(starter: str) -> str:
    return (re.search(r"^def (\w+)\(", starter, re.M) or re.search(r"^(\w+) = None", starter, re.M))[1]


def submission(master: dict, answers: dict[str, str], *, drop=(), reorder=False, edit=None) -> dict:
    """The master as a student hands it in: no solutions, `answers` typed into the starters."""
    nb = json.loads(json.dumps(master))
    nb["cells"] = [c for c in nb["cells"] if "solution" not in tags(c)]
    starters = {answer_name(cell_source(c)): c for c in nb["cells"] if "starter" in tags(c)}
    for name, cell in starters.items():
        if name in answers:
            set_source(cell, fill(cell_source(cell), name, answers[name]))
    nb["cells"] = [c for c in nb["cells"] if not any(c is starters[n] for n in drop)]
    if reorder:        # the last exercise's starter moved to the top, right after the setup
        nb["cells"].remove(starters[EXERCISES[-1]])
        nb["cells"].insert(2, starters[EXERCISES[-1]])
    if edit:
        edit(nb)
    return nb


def fake_pass(nb):
    """Redefine every checker in the checkers cell and store ✅ outputs under every check cell."""
    for cell in nb["cells"]:
        if "checkers" in tags(cell):
            set_source(cell, "\n".join(f"def check_{n}(answer):\n    print('✅ {n}: all checks passed.')\n"
                                       for n in EXERCISES))
        if "check" in tags(cell):
            name = re.search(r"check_(\w+)", cell_source(cell))[1]
            cell["outputs"] = [{"output_type": "stream", "name": "stdout", "text": f"✅ {name}: all checks passed.\n"}]


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    master = read_notebook(ROOT / MASTER)
    right = solutions(master)
    assert sorted(right) == sorted(EXERCISES)
    folder = tmp_path_factory.mktemp("submissions")
    others = tmp_path_factory.mktemp("other")

    def hand_in(name, **changes):
        answers = {**right, **changes.pop("answers", {})}
        for n in changes.pop("blank", ()):
            answers.pop(n)
        write_notebook(folder / f"{name}.ipynb", submission(master, answers, **changes))

    hand_in("honest")
    hand_in("partial", blank=EXERCISES[2:])
    hand_in("reordered_and_deleted", drop=["coords"], reorder=True)
    hand_in("fake_checkers_and_outputs", answers={"normalize": typed(cells.normalize_with_its_own_checker)},
            edit=fake_pass)
    hand_in("copies_the_solution_name", answers={"coords": typed(cells.coords_copied_from_the_solution)})
    hand_in("patches_numpy", answers={"normalize": typed(cells.normalize_patching_numpy)})
    hand_in("patches_the_verdict", answers={"normalize": typed(cells.normalize_patching_the_verdict)})
    hand_in("patches_print", answers={"normalize": typed(cells.normalize_patching_print)})
    hand_in("syntax_error", answers={"normalize": re.sub(r"(?m)^(def normalize\(.*):$", r"\1", right["normalize"])})
    hand_in("raises", answers={"coords": typed(cells.coords_raising)})
    hand_in("loops_forever", answers={"normalize": typed(cells.normalize_looping_forever)})
    hand_in("swallows_the_time_limit", answers={"normalize": typed(cells.normalize_swallowing_the_time_limit)})
    hand_in("floods_the_output", answers={"normalize": typed(cells.normalize_printing_a_flood)})
    hand_in("exhausts_memory", answers={"normalize": typed(cells.normalize_exhausting_memory)})
    hand_in("kills_its_process", answers={"coords": typed(cells.coords_killing_its_process)})
    E.make(ROOT / MASTER, others, colab_url=None, think_answers=True)
    shutil.copy(others / (ROOT / MASTER).name, folder / "untouched_edition.ipynb")
    shutil.copy(ROOT / "01_linear_algebra/02_matrix_operations.ipynb", folder / "another_assignment.ipynb")
    (folder / "empty.ipynb").write_text("")
    (folder / "truncated.ipynb").write_text('{"cells": [')
    (folder / "not_a_notebook.ipynb").write_text('{"title": "a JSON file, but not a notebook"}')
    out = tmp_path_factory.mktemp("grades") / "grades.csv"
    done = subprocess.run([sys.executable, "tools/grade_submissions.py", MASTER, str(folder), "-o", str(out),
                           "-j", "2", "--timeout", str(TIMEOUT)], cwd=ROOT, capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stderr
    with open(out, newline="", encoding="utf-8") as f:
        rows = {row["submission"].rsplit("/", 1)[-1].removesuffix(".ipynb"): row for row in csv.DictReader(f)}
    return rows, done.stdout, folder, out


P, F, N = "pass", "fail", "not attempted"
EXPECTED = {   # submission: (the five verdicts, notes)
    "honest": ([P, P, P, P, P], ""),
    "partial": ([P, P, N, N, N], ""),
    "untouched_edition": ([N, N, N, N, N], ""),
    "reordered_and_deleted": ([P, N, P, P, P], "coords: its starter cell is missing"),
    "fake_checkers_and_outputs": ([F, P, P, P, P], ("normalize: normalize([1.0, -2.0, 2.0]) divides by the L1 norm (the sum of absolute values); "
                                                "a unit vector has Euclidean (L2) length")),
    "copies_the_solution_name": ([P, F, P, P, P], "coords: error: NameError: name 'coords_solution' is not defined"),
    "patches_numpy": ([F, P, P, P, P], "normalize: tampering suspected (replaced numpy.allclose, numpy.isclose)"),
    "patches_the_verdict": ([F, P, P, P, P], "normalize: tampering suspected (replaced Verdict.__bool__)"),
    "patches_print": ([F, P, P, P, P], "normalize: tampering suspected (replaced builtins.print)"),
    "syntax_error": ([F, P, P, P, P], "normalize: syntax error (line 1)"),
    "raises": ([P, F, P, P, P], "coords: error: NameError: name 'y_ex2' is not defined"),
    "loops_forever": ([F, P, P, P, P], f"normalize: timed out after {TIMEOUT} s"),
    "swallows_the_time_limit": ([F, P, P, P, P], f"normalize: timed out after {TIMEOUT} s"),
    "floods_the_output": ([F, P, P, P, P], "normalize: huge output (4.0 MB printed)"),
    "exhausts_memory": ([F, P, P, P, P], "normalize: out of memory"),
    "kills_its_process": ([P, F, P, P, P], "coords: the process crashed"),
    "another_assignment": ([N] * 5, "not this assignment (Matrix Operations)"),
    "empty": ([N] * 5, "not a notebook (empty file)"),
    "truncated": ([N] * 5, "not a notebook (invalid JSON)"),
    "not_a_notebook": ([N] * 5, "not a notebook (no cells)"),
}


@pytest.mark.parametrize("name", EXPECTED)
def test_every_submission_gets_exactly_its_row(name, graded):
    rows = graded[0]
    verdicts, notes = EXPECTED[name]
    row = rows[name]
    assert [row[e] for e in EXERCISES] == verdicts
    assert row["passed"] == str(verdicts.count(P)) and row["total"] == "5"
    assert row["notes"] == notes


def test_the_csv_has_a_row_per_file_and_the_columns_instructors_script_against(graded):
    rows, stdout, folder, out = graded
    assert set(rows) == set(EXPECTED) == {p.stem for p in folder.glob("*.ipynb")}
    with open(out, newline="", encoding="utf-8") as f:
        header = next(csv.reader(f))
    assert header == ["submission", *EXERCISES, "passed", "total", "notes"]


def test_a_line_per_submission_then_the_pass_rate_of_every_exercise(graded):
    stdout = graded[1]
    assert len(re.findall(r"(?m)^\[\d+/20\] .+: \d/5 passed", stdout)) == 20
    honest_passes = {e: sum(EXPECTED[s][0][i] == P for s in EXPECTED) for i, e in enumerate(EXERCISES)}
    for exercise, n in honest_passes.items():
        assert re.search(rf"(?m)^{exercise}\s+{n}/20 ", stdout), stdout


def test_nothing_is_left_behind_in_the_submissions_folder(graded):
    folder = graded[2]
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{n}.ipynb" for n in EXPECTED)


def test_bad_arguments_get_one_plain_line(tmp_path):
    def run(*args):
        return subprocess.run([sys.executable, "tools/grade_submissions.py", *args, "-o", str(tmp_path / "g.csv")],
                              cwd=ROOT, capture_output=True, text=True)
    done = run("README.md", MASTER)
    assert done.returncode == 2 and "cannot grade" in done.stderr and "Traceback" not in done.stderr
    done = run("colab_quick_start/setup_environment.ipynb", str(tmp_path / "missing.ipynb"))
    assert done.returncode == 2 and "no such file" in done.stderr and "Traceback" not in done.stderr
    (tmp_path / "lesson.ipynb").write_text(json.dumps({"cells": [], "metadata": {}}))
    done = run(str(tmp_path / "lesson.ipynb"), MASTER)
    assert done.returncode == 2 and "no exercises" in done.stderr and not (tmp_path / "g.csv").exists()


def grade(master, *submissions, out):
    done = subprocess.run([sys.executable, "tools/grade_submissions.py", str(master), *map(str, submissions),
                           "-o", str(out)], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    with open(out, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_a_student_edition_grades_like_the_full_notebook(graded, tmp_path):
    folder = graded[2]
    edition = tmp_path / "edition.ipynb"
    shutil.copy(folder / "untouched_edition.ipynb", edition)
    rows = grade(edition, folder / "honest.ipynb", folder / "fake_checkers_and_outputs.ipynb", out=tmp_path / "g.csv")
    assert [(r["passed"], r["notes"]) for r in rows] == [("5", ""), ("4", EXPECTED["fake_checkers_and_outputs"][1])]


WITH_EXERCISES = [rel for rel in notebook_files() if any("starter" in tags(c) for c in read_notebook(ROOT / rel)["cells"])]


@pytest.mark.parametrize("rel", WITH_EXERCISES)
def test_every_notebook_grades_its_pasted_solutions_as_passed_and_its_starters_as_not_attempted(rel, tmp_path):
    master = read_notebook(ROOT / rel)
    write_notebook(tmp_path / "solved.ipynb", submission(master, solutions(master)))
    write_notebook(tmp_path / "handed_in_blank.ipynb", submission(master, {}))
    solved, blank = grade(ROOT / rel, tmp_path / "solved.ipynb", tmp_path / "handed_in_blank.ipynb",
                          out=tmp_path / "g.csv")
    total = int(solved["total"])
    assert (solved["passed"], solved["notes"]) == (str(total), "")
    assert (blank["passed"], blank["notes"]) == ("0", "")
    assert all(blank[name] == "not attempted" for name in list(blank)[1:1 + total])
