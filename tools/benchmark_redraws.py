#!/usr/bin/env python3
"""Measure every slider redraw of notebooks end to end and compare it with the 150 ms budget.

Runs each notebook top to bottom in a fresh kernel. Every widget the notebook shows, through
`interact` or `display`, is recorded; afterwards each of its controls (slider, dropdown, toggle
buttons) is set to at least 7 values across its range, one at a time, and each change is timed from
the new value to the last byte of the PNG the learner waits for: the callback, the figure and its
PNG encoding, all inside the kernel, as a learner's browser would trigger it. A benchmark, not a
test: run it on a quiet machine.

  python tools/benchmark_redraws.py                          # every curriculum notebook
  python tools/benchmark_redraws.py 01_linear_algebra/03_eigendecomposition.ipynb --repeat 3

Prints a table (notebook, callback, redraws, median and maximum in ms, ✅ or ❌ against the budget)
and exits 1 if a median is over budget.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from pathlib import Path

BUDGET_MS = 150.0
VALUES_PER_CONTROL = 7


# ── the part that runs inside the notebook's kernel ────────────────────────────────────────

_RECORDED: list[tuple[str, object]] = []


def install(namespace: dict) -> None:
    """Wrap the notebook's `interact` and `display` so that every widget they show is recorded."""
    import ipywidgets

    real_interact, real_display = namespace["interact"], namespace["display"]

    def interact(func, **controls):
        result = real_interact(func, **controls)
        widget = getattr(result, "widget", None)
        if widget is not None:
            _RECORDED.append((getattr(func, "__name__", "callback"), widget))
        return result

    def display(*objects, **kwargs):
        for obj in objects:
            if isinstance(obj, ipywidgets.Widget):
                names = [c.description or type(c).__name__ for c in _controls(obj)]
                _RECORDED.append(("widget: " + ", ".join(names), obj))
        return real_display(*objects, **kwargs)

    namespace["interact"], namespace["display"] = interact, display


def _controls(widget) -> list:
    import ipywidgets
    found = []
    if isinstance(widget, (ipywidgets.FloatSlider, ipywidgets.IntSlider, ipywidgets.Dropdown,
                           ipywidgets.ToggleButtons)):
        found.append(widget)
    for child in getattr(widget, "children", ()):
        found += _controls(child)
    return found


def _values(control) -> list:
    import numpy as np
    if hasattr(control, "options") and not hasattr(control, "step"):
        options = list(control._options_values)
        picks = np.linspace(0, len(options) - 1, min(len(options), VALUES_PER_CONTROL)).round().astype(int)
        return [options[i] for i in dict.fromkeys(picks.tolist())]
    grid = np.linspace(control.min, control.max, VALUES_PER_CONTROL)
    snapped = control.min + np.round((grid - control.min) / control.step) * control.step
    cast = int if isinstance(control.value, int) else float
    return [cast(v) for v in dict.fromkeys(np.clip(snapped, control.min, control.max).tolist())]


def measure(repeat: int = 1) -> list[dict]:
    """Time every recorded widget's redraws; return one row per widget."""
    from matplotlib_inline.backend_inline import flush_figures

    rows = []
    for name, widget in _RECORDED:
        times = []
        for control in _controls(widget):
            start_value = control.value
            for _ in range(repeat):
                for value in [v for v in _values(control) if v != control.value] + [start_value]:
                    began = time.perf_counter()
                    control.value = value                # the learner lets go of the slider
                    flush_figures()                      # any figure not yet shown becomes its PNG
                    times.append(1000 * (time.perf_counter() - began))
        if times:
            rows.append({"callback": name, "redraws": len(times), "median_ms": float(sorted(times)[len(times) // 2]),
                         "max_ms": float(max(times))})
    return rows


# ── the command line ──────────────────────────────────────────────────────────────────────

def benchmark(rel: str, repeat: int) -> list[dict]:
    import nbformat

    from curriculum import ROOT, notebook_client
    path = Path(rel) if Path(rel).is_absolute() else ROOT / rel
    nb = nbformat.read(path, as_version=4)
    tools = str(Path(__file__).resolve().parent)
    hook = nbformat.v4.new_code_cell(f"import sys as _s\n_s.path.insert(0, {tools!r})\n"
                                     "import benchmark_redraws as _bench\n_bench.install(globals())")
    report = nbformat.v4.new_code_cell(f"import json as _j\nprint(_j.dumps(_bench.measure({repeat})))")
    setup = next(i for i, c in enumerate(nb.cells) if c.cell_type == "code")
    nb.cells = nb.cells[: setup + 1] + [hook] + nb.cells[setup + 1:] + [report]
    notebook_client(nb, path.parent, 600).execute()
    text = "".join(o.get("text", "") for o in nb.cells[-1].outputs if o.get("name") == "stdout")
    return json.loads(text.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog=__doc__.split("\n\n", 1)[1])
    parser.add_argument("notebooks", nargs="*", help="notebook paths (default: every curriculum notebook)")
    parser.add_argument("--repeat", type=int, default=1, help="sweeps over each control's values (default 1)")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from curriculum import DETERMINISTIC_ENV, notebook_files

    os.environ.update(DETERMINISTIC_ENV)
    os.environ["PATH"] = str(Path(sys.executable).parent) + os.pathsep + os.environ.get("PATH", "")
    logging.getLogger("tornado.general").setLevel(logging.ERROR)   # a closed kernel's late messages
    over = 0
    print(f"{'notebook':<50} {'callback':<34} {'redraws':>7} {'median':>8} {'max':>8}", flush=True)
    for rel in args.notebooks or notebook_files():
        rows = benchmark(rel, args.repeat)
        if not rows:
            print(f"{rel:<50} {'(no sliders)':<34}", flush=True)
        for row in rows:
            ok = row["median_ms"] <= BUDGET_MS
            over += not ok
            print(f"{rel:<50} {row['callback'][:34]:<34} {row['redraws']:>7} {row['median_ms']:>6.0f}ms "
                  f"{row['max_ms']:>6.0f}ms  {'✅' if ok else '❌ over ' + str(int(BUDGET_MS)) + ' ms'}", flush=True)
    print(f"budget: median ≤ {BUDGET_MS:.0f} ms per redraw, measured end to end (callback + PNG)")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
