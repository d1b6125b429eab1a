#!/usr/bin/env python3
"""Write the canonical setup cell (tools/setup_cell.py) into notebooks as their first code cell.

The setup cell is identical, byte for byte, in every notebook; edit tools/setup_cell.py, run this
tool, then re-execute the notebooks (tools/execute_notebooks.py). With --check it changes nothing
and exits 1 when a notebook's setup cell has drifted.
"""
from __future__ import annotations

import argparse
import sys

from curriculum import (ROOT, canonical_setup_source, cell_source, first_code_cell,
                        notebook_files, read_notebook, set_source, write_notebook)

SETUP_TAG = "setup"


def apply_setup_cell(nb: dict) -> bool:
    """Make the notebook's first code cell the canonical setup cell; return True if it changed."""
    cell = first_code_cell(nb)
    if cell is None:
        raise ValueError("the notebook has no code cell to hold the setup cell")
    changed = cell_source(cell) != canonical_setup_source()
    if changed:
        set_source(cell, canonical_setup_source())
        cell["outputs"], cell["execution_count"] = [], None
    meta = cell.setdefault("metadata", {})
    tags = meta.setdefault("tags", [])
    if SETUP_TAG not in tags:
        tags.append(SETUP_TAG)
        changed = True
    # Collapsed to its title line: `cellView` for Colab, `source_hidden` for JupyterLab and VS Code.
    if meta.get("cellView") != "form" or meta.get("jupyter", {}).get("source_hidden") is not True:
        meta["cellView"] = "form"
        meta.setdefault("jupyter", {})["source_hidden"] = True
        changed = True
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("notebooks", nargs="*", help="notebook paths (default: every curriculum notebook)")
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if a setup cell drifted")
    args = parser.parse_args(argv)
    paths = args.notebooks or notebook_files()
    drifted = []
    for rel in paths:
        path = ROOT / rel if not rel.startswith("/") else rel
        nb = read_notebook(path)
        if apply_setup_cell(nb):
            drifted.append(rel)
            if not args.check:
                write_notebook(path, nb)
    verb = "drifted" if args.check else "rewritten (re-execute them)"
    print(f"{len(drifted)} of {len(paths)} setup cells {verb}" + "".join(f"\n  {p}" for p in drifted))
    return 1 if (args.check and drifted) else 0


if __name__ == "__main__":
    sys.exit(main())
