#!/usr/bin/env python3
"""Execute notebooks in place, top to bottom, so their stored outputs are the ones nbval expects.

Runs each notebook in a fresh kernel of this Python, in the deterministic environment the tests use
(PYTHONHASHSEED=0, one BLAS thread, a fixed plotly renderer for stored outputs), refuses to run
outside the pinned test environment (tests/requirements.txt), strips widget state and per-cell
timing metadata, and reports each notebook's execution time, setup-cell time and stored size
against the budgets. Exits 1 if a cell fails or a budget is exceeded, 2 on a wrong environment.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from dataclasses import dataclass
from datetime import datetime
from importlib import metadata
from pathlib import Path

from curriculum import (DETERMINISTIC_ENV, ROOT, SECTIONS, notebook_client, notebook_files, read_notebook,
                        write_notebook)

PINNED = ROOT / "tests" / "requirements.txt"
BUDGET_SECONDS = {"project": 120.0}
DEFAULT_BUDGET_SECONDS = 60.0
SETUP_BUDGET_SECONDS = 3.0
SIZE_BUDGET = 2_000_000
OUTPUT_BUDGET = 1_000_000
NOTEBOOK_METADATA = {
    "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
    "language_info": {"name": "python"},
    "colab": {"provenance": [], "toc_visible": True},
}


@dataclass
class Report:
    path: str
    seconds: float
    setup_seconds: float
    size: int
    largest_output: int
    problems: list[str]


def environment_mismatches(pinned: Path = PINNED) -> list[str]:
    """Packages whose installed version differs from the pinned test environment."""
    wrong = []
    for line in pinned.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^([A-Za-z0-9_.\-]+)==([^\s;#]+)", line.strip())
        if not m:
            continue
        try:
            have = metadata.version(m[1])
        except metadata.PackageNotFoundError:
            have = "not installed"
        if have != m[2]:
            wrong.append(f"{m[1]}: pinned {m[2]}, installed {have}")
    return wrong


def budget_for(rel: str) -> float:
    kind = SECTIONS.get(rel.split("/", 1)[0], ("", "topic"))[1]
    return BUDGET_SECONDS.get(kind, DEFAULT_BUDGET_SECONDS)


def _elapsed(cell: dict) -> float:
    ex = cell.get("metadata", {}).get("execution", {})
    try:
        start = datetime.fromisoformat(ex["iopub.execute_input"].replace("Z", "+00:00"))
        end = datetime.fromisoformat(ex["shell.execute_reply"].replace("Z", "+00:00"))
    except (KeyError, ValueError):
        return float("nan")
    return (end - start).total_seconds()


def clean(nb: dict) -> dict:
    """Drop what differs between runs or viewers: widget state, timings, stale metadata."""
    nb["metadata"] = json.loads(json.dumps(NOTEBOOK_METADATA))
    for cell in nb["cells"]:
        meta = cell.setdefault("metadata", {})
        for key in ("execution", "ExecuteTime", "collapsed", "scrolled"):
            meta.pop(key, None)
    return nb


def execute(rel: str, timeout: int) -> Report:
    import nbformat
    from nbclient.exceptions import CellExecutionError

    path = ROOT / rel if not Path(rel).is_absolute() else Path(rel)
    raw = json.loads(path.read_text(encoding="utf-8"))
    if (raw.get("nbformat"), raw.get("nbformat_minor", 0)) >= (4, 5):
        for i, cell in enumerate(raw["cells"]):
            cell.setdefault("id", f"cell-{i}")  # nbformat 4.5 wants ids; give stable ones
    nb = nbformat.reads(json.dumps(raw), as_version=4)  # joins list-of-lines sources
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
    client = notebook_client(nb, path.parent, timeout, record_timing=True,  # widget state: stripped in clean()
                             coalesce_streams=True)  # one stream output per name, however it was flushed
    start = time.perf_counter()
    try:
        client.execute()
    except CellExecutionError as exc:
        first = str(exc).strip().splitlines()
        return Report(rel, time.perf_counter() - start, float("nan"), 0, 0,
                      ["a cell raised: " + (first[-1] if first else "error")])
    nb = json.loads(nbformat.writes(nb))
    seconds = time.perf_counter() - start
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    setup_seconds = _elapsed(code[0]) if code else float("nan")
    write_notebook(path, clean(nb))
    size = path.stat().st_size
    largest = max((len(json.dumps(o)) for c in code for o in c["outputs"]), default=0)
    problems = []
    if seconds > budget_for(rel):
        problems.append(f"took {seconds:.1f} s (budget {budget_for(rel):.0f} s)")
    if setup_seconds > SETUP_BUDGET_SECONDS:
        problems.append(f"setup cell took {setup_seconds:.2f} s (budget {SETUP_BUDGET_SECONDS:.0f} s)")
    if size > SIZE_BUDGET:
        problems.append(f"stored size {size / 1e6:.2f} MB (budget 2 MB)")
    if largest > OUTPUT_BUDGET:
        problems.append(f"an output of {largest / 1e6:.2f} MB (budget 1 MB)")
    for c in code:
        for o in c["outputs"]:
            if o["output_type"] == "stream" and o.get("name") == "stderr":
                problems.append("stderr in an output: " + "".join(o["text"]).strip()[:200])
    return Report(rel, seconds, setup_seconds, size, largest, problems)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     epilog=__doc__.split("\n\n", 1)[1])
    parser.add_argument("notebooks", nargs="*", help="notebook paths (default: every curriculum notebook)")
    parser.add_argument("--timeout", type=int, default=600, help="seconds one cell may take (default 600)")
    parser.add_argument("--any-env", action="store_true",
                        help="run even outside the pinned test environment (outputs will not match CI)")
    args = parser.parse_args(argv)

    wrong = environment_mismatches()
    if wrong and not args.any_env:
        print("Not the pinned test environment, so stored outputs would not match CI:\n  "
              + "\n  ".join(wrong) + "\nInstall it with: pip install -r tests/requirements.txt",
              file=sys.stderr)
        return 2
    os.environ.update(DETERMINISTIC_ENV)
    # The kernel is this Python's: put it first on PATH so the 'python3' kernel spec finds it.
    os.environ["PATH"] = str(Path(sys.executable).parent) + os.pathsep + os.environ.get("PATH", "")

    failed = False
    print(f"{'notebook':<62} {'time':>7} {'setup':>6} {'size':>9} {'largest':>9}")
    for rel in args.notebooks or notebook_files():
        r = execute(rel, args.timeout)
        print(f"{r.path:<62} {r.seconds:6.1f}s {r.setup_seconds:5.2f}s "
              f"{r.size / 1e3:7.0f}KB {r.largest_output / 1e3:7.0f}KB", flush=True)
        for p in r.problems:
            print(f"  ✗ {p}", flush=True)
        failed |= bool(r.problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
