#!/usr/bin/env python3
"""Write a student edition of notebooks: no solution, no reference answer in any form, no output.

For instructors who hand out a notebook as homework. The starters and check cells stay, so students
still get instant, specific feedback, but the edition's checkers hold only data: the expected
answers on each case and the answers of the usual mistakes, computed from the full notebook when
the edition is made (in a kernel, from its setup and checkers cells). Nothing else is run.

What changes:
  - every solution cell goes, and every sentence that promises one (cells tagged `about-solutions`
    are replaced by one line saying the edition has none);
  - the checkers cell becomes `checkers_from_record(...)` on that data (a checkers cell whose
    checks are properties, with no reference answer, is kept as it is);
  - the header's Open-in-Colab badge goes, or points at --colab-url (the instructor's own copy);
  - Think answers stay, unless --no-think-answers;
  - every output and execution count is cleared.

The originals are never touched: an output path that is one of the inputs, or any notebook of
the curriculum, is refused.

  python tools/make_student_edition.py 01_linear_algebra/01_vectors_and_spaces.ipynb -o handout/
  python tools/make_student_edition.py 01_linear_algebra/*.ipynb -o handout/ \\
      --colab-url https://colab.research.google.com/drive/FILE_ID --no-think-answers
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

from curriculum import (BADGE_IMG, DETERMINISTIC_ENV, ROOT, canonical_setup_source, cell_source, notebook_client,
                        notebook_files, read_notebook, set_source, write_notebook)

CHECKER = re.compile(r"(?m)^check_(\w+) = (exercise|value_exercise|property_exercise)\(")
PROMISE = re.compile(r"solution", re.I)
HIDDEN = re.compile(r"hidden|double-click|reveal|under its check|after each check|collapsed", re.I)
EDITION_NOTE = ("> **Student edition.** This copy has no solutions: each check cell tells you at once "
                "whether your answer is right, and why not when it is not.")
CHECKERS_TITLE = '#@title Exercise checkers — run me, no need to read { display-mode: "form" }'


class EditionError(Exception):
    """A plain reason why an edition cannot be made."""


def tags(cell: dict) -> list[str]:
    return cell.get("metadata", {}).get("tags", [])


def checker_names(nb: dict) -> list[tuple[str, str]]:
    """(answer name, kind) of every check_* the notebook's checkers cells make, in order."""
    return [(m.group(1), m.group(2)) for c in nb["cells"] if "checkers" in tags(c)
            for m in CHECKER.finditer(cell_source(c))]


def execute(nb, cwd: Path, timeout: int = 300) -> None:
    """Run an nbformat notebook in a fresh, quiet kernel, in the environment stored outputs come from."""
    import os

    saved = {k: os.environ.get(k) for k in DETERMINISTIC_ENV}
    os.environ.update(DETERMINISTIC_ENV)
    try:
        notebook_client(nb, cwd, timeout).execute(stderr=subprocess.DEVNULL)
    finally:
        for k, v in saved.items():
            os.environ.pop(k) if v is None else os.environ.__setitem__(k, v)


def records(nb: dict, cwd: Path) -> str:
    """Run the notebook up to its checkers in a fresh kernel; return the checkers' edition record."""
    import nbformat
    from nbclient.exceptions import CellExecutionError

    names = [name for name, kind in checker_names(nb) if kind != "property_exercise"]
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    last = max(i for i, c in enumerate(code) if "checkers" in tags(c))
    # The references may use what the notebook built before its checkers (its data, its functions).
    sources = [canonical_setup_source()] + [cell_source(c) for c in code[1:last + 1]]
    sources.append("print(edition_record(%s))" % ", ".join(f"check_{n}" for n in names))
    mini = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(s) for s in sources])
    try:
        execute(mini, cwd)
    except CellExecutionError as exc:
        last_line = re.sub(r"\x1b\[[0-9;]*m", "", str(exc)).strip().splitlines()[-1]
        raise EditionError("its checkers could not be recorded: " + last_line) from None
    return "".join(o.get("text", "") for o in mini.cells[-1].outputs if o.get("name") == "stdout").strip()


def drop_promises(text: str) -> str:
    """The text without the sentences (or list items, table rows) that promise a hidden solution."""
    kept = []
    for line in text.split("\n"):
        if line.lstrip().startswith(("|", "#", "-", "*")) or re.match(r"\s*\d+\.", line):
            if not (PROMISE.search(line) and HIDDEN.search(line)):
                kept.append(line)
            continue
        sentences = re.split(r"(?<=[.!?])\s+", line)
        kept.append(" ".join(s for s in sentences if not (PROMISE.search(s) and HIDDEN.search(s))))
    return "\n".join(kept)


def student_edition(nb: dict, record: str | None, *, colab_url: str | None = None,
                    think_answers: bool = True) -> dict:
    """The edition of a notebook whose checkers' record is `record` (None: it has no exercises)."""
    cells = []
    for cell in nb["cells"]:
        cell = json.loads(json.dumps(cell))
        if "solution" in tags(cell) or ("answer" in tags(cell) and not think_answers):
            continue
        if "about-solutions" in tags(cell):
            cell = {"cell_type": "markdown", "metadata": {}, "source": EDITION_NOTE}
        elif cell["cell_type"] == "markdown":
            set_source(cell, drop_promises(cell_source(cell)))
        if "checkers" in tags(cell) and any(k != "property_exercise" for _, k in checker_names(nb)):
            names = [n for n, k in checker_names({"cells": [cell]}) if k != "property_exercise"]
            if len(names) != len(checker_names({"cells": [cell]})):
                raise EditionError("a checkers cell mixes property checks with reference checks")
            chunks = "\n".join(f'    "{record[i:i + 96]}"' for i in range(0, len(record), 96))
            set_source(cell, f"{CHECKERS_TITLE}\n# The expected answers on every case, and those of the usual "
                             "mistakes, computed\n# from the full notebook when this edition was made.\n"
                             f"({', '.join(f'check_{n}' for n in names)},) = checkers_from_record(\n{chunks})")
        if cell["cell_type"] == "code":
            cell["outputs"], cell["execution_count"] = [], None
        cells.append(cell)
    header = next((c for c in cells if c["cell_type"] == "markdown"), None)
    if header is not None:
        first, _, rest = cell_source(header).partition("\n")
        if BADGE_IMG in first:
            badge = f"[![Open In Colab]({BADGE_IMG})]({colab_url})\n" if colab_url else ""
            set_source(header, badge + rest + "\n\n" + EDITION_NOTE)
    exercises = [n for n, _ in checker_names(nb)]
    meta = {**nb.get("metadata", {}), "math_for_ml": {"edition": "student", "exercises": exercises}}
    return {**nb, "cells": cells, "metadata": meta}


def make(source: Path, output: Path, *, colab_url: str | None, think_answers: bool) -> Path:
    target = (output / source.name).resolve()
    originals = {source.resolve()} | {(ROOT / rel).resolve() for rel in notebook_files()}
    if target in originals:
        raise EditionError(f"{output / source.name} is an original notebook; choose another output folder "
                           "(the edition would overwrite it)")
    try:
        nb = read_notebook(source)
    except (OSError, ValueError) as exc:
        raise EditionError(f"cannot read it as a notebook ({exc})") from None
    if nb.get("metadata", {}).get("math_for_ml", {}).get("edition") == "student":
        raise EditionError("it is a student edition already")
    names = checker_names(nb)
    record = records(nb, source.resolve().parent) if any(k != "property_exercise" for _, k in names) else None
    output.mkdir(parents=True, exist_ok=True)
    write_notebook(target, student_edition(nb, record, colab_url=colab_url, think_answers=think_answers))
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog=__doc__.split("\n\n", 1)[1])
    parser.add_argument("notebooks", nargs="+", type=Path, help="notebook paths")
    parser.add_argument("-o", "--output", required=True, type=Path, help="folder for the student copies")
    parser.add_argument("--colab-url", help="where the header's Open-in-Colab badge should lead (default: no badge)")
    parser.add_argument("--no-think-answers", action="store_true", help="leave out the answers of the 🤔 Think questions")
    args = parser.parse_args(argv)
    failed = 0
    for source in args.notebooks:
        try:
            if not source.is_file():
                raise EditionError("no such file")
            target = make(source, args.output, colab_url=args.colab_url, think_answers=not args.no_think_answers)
            print(f"{source} → {target}", flush=True)
        except EditionError as exc:
            print(f"{source}: not written: {exc}", file=sys.stderr, flush=True)
            failed += 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
