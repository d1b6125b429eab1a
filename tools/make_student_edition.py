#!/usr/bin/env python3
"""Write a student edition of notebooks: every solution cell removed and all outputs cleared.

For instructors who hand out a notebook as homework. The exercises' starters and check cells stay,
so students still get instant feedback; only the cells tagged `solution` go. The originals are not
touched: the copies are written to the output folder.

  python tools/make_student_edition.py 01_linear_algebra/01_vectors_and_spaces.ipynb -o handout/
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from curriculum import read_notebook, write_notebook


def student_edition(nb: dict) -> dict:
    """The notebook without solution cells, with no outputs and no execution counts."""
    cells = [c for c in nb["cells"] if "solution" not in c.get("metadata", {}).get("tags", [])]
    for cell in cells:
        if cell["cell_type"] == "code":
            cell["outputs"], cell["execution_count"] = [], None
    return {**nb, "cells": cells}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog=__doc__.split("\n\n", 1)[1])
    parser.add_argument("notebooks", nargs="+", help="notebook paths")
    parser.add_argument("-o", "--output", required=True, type=Path, help="folder for the student copies")
    args = parser.parse_args(argv)
    args.output.mkdir(parents=True, exist_ok=True)
    for name in args.notebooks:
        source = Path(name)
        if not source.is_file():
            parser.error(f"no such notebook: {name}")
        nb = read_notebook(source)
        removed = len(nb["cells"]) - len(student_edition(nb)["cells"])
        write_notebook(args.output / source.name, student_edition(nb))
        print(f"{args.output / source.name}: {removed} solution cells removed, outputs cleared")
    return 0


if __name__ == "__main__":
    sys.exit(main())
