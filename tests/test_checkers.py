"""Exercise checkers answer anything with one line and False, and pass every right answer.

For every notebook with exercises: run it in a kernel up to its last solution, then let
tests/probe.py try each check_<name> with the untouched starter, junk, the wrong and right answers
of tests/answers/, generic mutants of the solution, and the solution rewritten to call what the
statement forbids. The same rules hold for every notebook, present and future: no per-notebook code.
"""
from __future__ import annotations

import json
import re

import nbformat
import pytest

import notebook_rules as R
from answers import all_answers, module_for
from curriculum import ROOT, cell_source, notebook_client, notebook_files, read_notebook
from make_student_edition import checker_names
from probe import evaluate

TESTS = ROOT / "tests"
WITH_EXERCISES = [rel for rel in notebook_files() if R.exercises(read_notebook(ROOT / rel))]
MIN_WRONG_ANSWERS = 3   # listed per exercise, besides the generic mutants


def probe_cell(rel: str, names: list[str]) -> str:
    return (f"import sys as _sys\n_sys.path.insert(0, {str(TESTS)!r})\nimport json as _json, probe as _probe\n"
            f"print(_json.dumps(_probe.run(globals(), {module_for(rel)!r}, {names!r}), default=str))")


def edition_cell(rel: str, names: list[str]) -> str:
    """The same probes on the checkers a student edition carries: made again from their record."""
    kept = f"[n for n in {names!r} if globals()['check_' + n].record is not None]"
    return (f"_kept = {kept}\n"
            "for _name, _check in zip(_kept, checkers_from_record(edition_record(*[globals()['check_' + n] "
            "for n in _kept]))):\n    globals()['check_' + _name] = _check\n"
            f"print(_json.dumps(_probe.run(globals(), {module_for(rel)!r}, _kept), default=str))")


def run_probes(rel: str) -> dict:
    path = ROOT / rel
    nb = nbformat.reads(path.read_text(encoding="utf-8"), as_version=4)
    found = R.exercises(json.loads(nbformat.writes(nb)))
    last = max(ex["index"] + 2 for ex in found)  # the last solution cell: nothing after it is needed
    names = [ex["name"] for ex in found]
    nb.cells = nb.cells[: last + 1] + [nbformat.v4.new_code_cell(probe_cell(rel, names)),
                                       nbformat.v4.new_code_cell(edition_cell(rel, names))]
    notebook_client(nb, path.parent, 300).execute()
    full, edition = ("".join(o.get("text", "") for o in cell.outputs if o.get("name") == "stdout")
                     for cell in nb.cells[-2:])
    return json.loads(full.strip().splitlines()[-1]), json.loads(edition.strip().splitlines()[-1])


def forbidden_by_statement(statement: str) -> set[str]:
    """The functions an exercise statement forbids: backticked names in a 'do not use' sentence."""
    names = set()
    for sentence in re.split(r"(?<=[.:;])\s", statement):
        if re.search(r"\b(not|without)\b", sentence, re.I) and re.search(r"\b(use|using|call|calling)\b|\bwithout\b",
                                                                      sentence, re.I):
            names |= {n for n in re.findall(r"`([^`]+)`", sentence) if re.fullmatch(r"(np|scipy)\.[\w.]+|@", n)}
    return names


@pytest.fixture(scope="module", params=WITH_EXERCISES)
def both(request):
    return request.param, *run_probes(request.param)


@pytest.fixture
def probed(both):
    return both[:2]


def test_a_student_editions_checkers_answer_exactly_as_the_full_ones(both):
    """Made again from data alone, each checker prints the same line for every probe and returns the same."""
    rel, full, edition = both
    differences = [f"check_{name}({label}): full {full[name][label]['printed'].strip()!r}, "
                   f"edition {o['printed'].strip()!r}"
                   for name, outcomes in edition.items() for label, o in outcomes.items()
                   if not label.startswith("_") and (o["printed"], o["returned"], o["raised"]) != (
                       full[name][label]["printed"], full[name][label]["returned"], full[name][label]["raised"])]
    assert not differences, f"{rel}:\n  " + "\n  ".join(differences[:20])
    kinds = {kind for _, kind in checker_names(read_notebook(ROOT / rel))}
    assert edition or kinds == {"property_exercise"}, "no checker was made again"   # properties: no record


def test_checkers_are_robust_and_strict(probed):
    rel, results = probed
    failures = evaluate(results)
    assert not failures, f"{rel}:\n  " + "\n  ".join(failures)


def test_every_exercise_lists_wrong_answers():
    answers = all_answers()
    problems = []
    for rel in WITH_EXERCISES:
        listed = answers.get(rel)
        names = [ex["name"] for ex in R.exercises(read_notebook(ROOT / rel))]
        if listed is None:
            problems.append(f"{rel}: no module in tests/answers/")
            continue
        for table in (listed.wrongs, listed.rights, listed.accepted):
            problems += [f"{rel}: tests/answers names an unknown exercise {n!r}" for n in set(table) - set(names)]
        for name in names:
            n = len(listed.wrongs.get(name, {}))
            if n < MIN_WRONG_ANSWERS:
                problems.append(f"{rel}: {name} has {n} listed wrong answers (at least {MIN_WRONG_ANSWERS})")
    problems += [f"tests/answers lists {rel}, which has no exercises" for rel in set(answers) - set(WITH_EXERCISES)]
    assert not problems, "\n".join(problems)


def test_checkers_forbid_what_statements_forbid_and_scale_their_cases(probed):
    """A 'do not use X' in a statement is enforced; a case is scaled by 1e-8 and 1e8 where scale matters."""
    rel, results = probed
    nb = read_notebook(ROOT / rel)
    problems = []
    for ex in R.exercises(nb):
        name = ex["name"]
        statement = next(cell_source(c) for c in reversed(nb["cells"][:ex["index"]]) if c["cell_type"] == "markdown")
        meta = results[name]["_meta"]
        missing = forbidden_by_statement(statement) - set(meta["forbidden"])
        if missing:
            problems.append(f"{name}: the statement forbids {sorted(missing)}, the checker does not")
        if meta["float_arrays"] and not {1e-8, 1e8} <= set(meta["scales"]) and not meta["free_scale"]:
            problems.append(f"{name}: no case is scaled by 1e-8 and by 1e8 (or say why scale cannot matter)")
    assert not problems, f"{rel}:\n  " + "\n  ".join(problems)
