"""The maintainer tools do what their --help says."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import benchmark_redraws
import execute_notebooks
import make_student_edition
import write_badges
import write_setup_cell
from curriculum import ROOT, Curriculum, canonical_setup_source, cell_source, load_curriculum, read_notebook
from test_structure import valid_fixture

TOOLS = ["execute_notebooks", "write_setup_cell", "write_badges", "make_student_edition", "benchmark_redraws",
         "grade_submissions", "build_site"]


@pytest.mark.parametrize("tool", TOOLS)
def test_help(tool):
    done = subprocess.run([sys.executable, f"tools/{tool}.py", "--help"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0 and "usage:" in done.stdout and len(done.stdout.splitlines()) > 3


def test_setup_cell_is_valid_python_and_fast_to_read():
    compile(canonical_setup_source(), "setup_cell.py", "exec")
    assert canonical_setup_source().startswith("#@title")


def test_write_setup_cell_replaces_a_drifted_cell_and_check_reports_it(tmp_path):
    nb = valid_fixture()
    nb["cells"][1]["source"] = "import numpy as np"
    path = tmp_path / "nb.ipynb"
    path.write_text(json.dumps(nb), encoding="utf-8")
    assert write_setup_cell.main(["--check", str(path)]) == 1
    assert write_setup_cell.main([str(path)]) == 0
    fixed = read_notebook(path)
    assert cell_source(fixed["cells"][1]) == canonical_setup_source()
    assert fixed["cells"][1]["outputs"] == [] and "setup" in fixed["cells"][1]["metadata"]["tags"]
    assert write_setup_cell.main(["--check", str(path)]) == 0


def test_write_setup_cell_refuses_a_notebook_without_code(tmp_path):
    with pytest.raises(ValueError, match="no code cell"):
        write_setup_cell.apply_setup_cell({"cells": [{"cell_type": "markdown", "source": "# x", "metadata": {}}]})


def test_badges_follow_the_repository_setting():
    cur = load_curriculum()
    other = Curriculum("someone/fork", "main", cur.notebooks)
    nb = valid_fixture()
    nb["cells"][-2]["source"] += f"\nSee [vectors]({cur.colab_url('01_linear_algebra/01_vectors_and_spaces.ipynb')})."
    out = write_badges.render_notebook(nb, "01_linear_algebra/99_fixture.ipynb", other)
    text = json.dumps(out)
    assert "someone/fork/blob/main/01_linear_algebra/99_fixture.ipynb" in cell_source(out["cells"][0]).split("\n")[0]
    assert "someone/fork/blob/main/01_linear_algebra/01_vectors_and_spaces.ipynb" in text
    assert cur.repository not in text
    readme = write_badges.render_readme((ROOT / "README.md").read_text(encoding="utf-8"), other)
    assert cur.repository not in readme and readme.count("someone/fork") >= len(cur.existing())


def test_readme_lists_unwritten_notebooks_without_badges():
    cur = load_curriculum()
    tables = write_badges.structure_tables(cur)
    for nb in cur.notebooks:
        row = next(line for line in tables.splitlines() if f"**{nb.title}**" in line)
        assert ("colab-badge.svg" in row) == nb.exists, row
    assert write_badges.quick_start_table(cur).count("colab-badge.svg") == len(cur.existing())


def test_set_repository_rejects_a_malformed_name():
    with pytest.raises(SystemExit):
        write_badges.set_repository("not a repository")


def test_student_edition_drops_solutions_and_outputs(tmp_path):
    source = tmp_path / "nb.ipynb"
    source.write_text(json.dumps(valid_fixture()), encoding="utf-8")
    assert make_student_edition.main([str(source), "-o", str(tmp_path / "out")]) == 0
    handout = read_notebook(tmp_path / "out" / "nb.ipynb")
    assert not any("solution" in c["metadata"].get("tags", []) for c in handout["cells"])
    assert not any("_solution" in cell_source(c) for c in handout["cells"] if c["cell_type"] == "code")
    assert all(c["outputs"] == [] and c["execution_count"] is None
               for c in handout["cells"] if c["cell_type"] == "code")
    assert sum("starter" in c["metadata"].get("tags", []) for c in handout["cells"]) == 3


def test_environment_mismatch_is_reported(tmp_path):
    pins = tmp_path / "requirements.txt"
    pins.write_text("pytest==0.0.1\n# a comment\n", encoding="utf-8")
    assert execute_notebooks.environment_mismatches(pins) == [f"pytest: pinned 0.0.1, installed {pytest.__version__}"]
    assert execute_notebooks.environment_mismatches() == [], "the tests are not running in the pinned environment"


def test_execute_stores_a_clean_deterministic_run(tmp_path, monkeypatch):
    nb = {"cells": [
        {"cell_type": "markdown", "metadata": {}, "source": "# t"},
        {"cell_type": "code", "metadata": {"execution": {"x": 1}}, "outputs": [], "execution_count": 9,
         "source": ["import os\n", "print(os.environ['PYTHONHASHSEED'], hash('curriculum'))"]},
        {"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": None,
         "source": "import ipywidgets as w\nw.IntSlider()"},
    ], "metadata": {"widgets": {"stale": True}, "jupytext": {}}, "nbformat": 4, "nbformat_minor": 5}
    path = tmp_path / "t.ipynb"
    path.write_text(json.dumps(nb), encoding="utf-8")
    report = execute_notebooks.execute(str(path), timeout=60)
    assert report.problems == []
    out = read_notebook(path)
    assert [c["execution_count"] for c in out["cells"] if c["cell_type"] == "code"] == [1, 2]
    assert out["metadata"] == execute_notebooks.NOTEBOOK_METADATA
    assert not any("execution" in c["metadata"] for c in out["cells"])
    first = "".join(out["cells"][1]["outputs"][0]["text"])
    again = subprocess.run([sys.executable, "-c", "print(hash('curriculum'))"], capture_output=True, text=True,
                           env={"PYTHONHASHSEED": "0", "PATH": ""}).stdout
    assert first == "0 " + again


def test_execute_reports_a_failing_cell(tmp_path):
    nb = {"cells": [{"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": None,
                     "source": "1 / 0"}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    path = tmp_path / "bad.ipynb"
    path.write_text(json.dumps(nb), encoding="utf-8")
    report = execute_notebooks.execute(str(path), timeout=60)
    assert report.problems and "ZeroDivisionError" in report.problems[0]
    assert json.loads(path.read_text(encoding="utf-8")) == nb, "a failed run must not overwrite the notebook"


def test_budgets_are_the_standards():
    assert execute_notebooks.budget_for("01_linear_algebra/x.ipynb") == 60
    assert execute_notebooks.budget_for("complete_projects/x.ipynb") == 120
    assert execute_notebooks.SETUP_BUDGET_SECONDS == 3
    assert execute_notebooks.SIZE_BUDGET == 2_000_000 and execute_notebooks.OUTPUT_BUDGET == 1_000_000


def test_tools_never_touch_shared_reference_material():
    for tool in Path(ROOT / "tools").glob("*.py"):
        assert "../shared" not in tool.read_text(encoding="utf-8")


def test_one_command_moves_every_link_to_a_new_repository(tmp_path):
    """`write_badges.py --repository` on a copy of the repository: no link to the old one is left."""
    import shutil
    copy = tmp_path / "repo"
    shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns(".git", "__pycache__", ".venv*"))
    old = load_curriculum().repository
    done = subprocess.run([sys.executable, "tools/write_badges.py", "--repository", "someone/fork"],
                          cwd=copy, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    files = [copy / "README.md", *sorted(copy.glob("*/*.ipynb")), *sorted(copy.glob("*/README.md"))]
    assert not [f for f in files if old in f.read_text(encoding="utf-8")], "links to the old repository remain"
    readme = (copy / "README.md").read_text(encoding="utf-8")
    assert "colab.research.google.com/github/someone/fork/blob/main/" in readme
    check = subprocess.run([sys.executable, "tools/write_badges.py", "--check"], cwd=copy, capture_output=True, text=True)
    assert check.returncode == 0, check.stdout


def _slider_notebook(path: Path, pause: float, figure: bool = True) -> Path:
    show = "    plt.plot([0, 1], [0, a])\n    plt.show()\n" if figure else "    print(a)\n"
    nb = {"cells": [
        {"cell_type": "code", "id": "setup", "metadata": {}, "outputs": [], "execution_count": None,
         "source": canonical_setup_source()},
        {"cell_type": "code", "id": "sliders", "metadata": {}, "outputs": [], "execution_count": None, "source":
            "import time\ndef draw(a):\n    time.sleep(%r)\n%s"
            "interact(draw, a=widgets.FloatSlider(value=0.5, min=0.0, max=1.0, step=0.1))\n"
            "menu = widgets.Dropdown(options=['x', 'y', 'z'])\nout = widgets.Output()\n"
            "menu.observe(lambda change: out.append_stdout(change['new']), names='value')\n"
            "display(widgets.VBox([menu, out]))" % (pause, show)}],
        "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
        "nbformat": 4, "nbformat_minor": 5}
    path.write_text(json.dumps(nb), encoding="utf-8")
    return path


def test_benchmark_times_every_control_of_every_widget_end_to_end(tmp_path, capsys):
    # The verdict is tested on a callback that only prints, so it does not depend on how busy the
    # machine running the tests is; the figure's own cost is tested against it below.
    path = _slider_notebook(tmp_path / "sliders.ipynb", pause=0.0, figure=False)
    assert benchmark_redraws.main([str(path)]) == 0
    table = capsys.readouterr().out
    assert "draw" in table and "widget: Dropdown" in table and "✅" in table
    rows = benchmark_redraws.benchmark(str(path), repeat=1)
    assert [r["redraws"] for r in rows] == [7, 3]     # 6 new slider values and back; 2 options and back
    assert all(0 < r["median_ms"] <= r["max_ms"] for r in rows)


def test_benchmark_times_the_figure_and_its_png_not_only_the_callback(tmp_path):
    text = benchmark_redraws.benchmark(str(_slider_notebook(tmp_path / "text.ipynb", 0.0, figure=False)), repeat=1)
    plot = benchmark_redraws.benchmark(str(_slider_notebook(tmp_path / "plot.ipynb", 0.0, figure=True)), repeat=1)
    assert plot[0]["callback"] == text[0]["callback"] == "draw"
    assert plot[0]["median_ms"] > text[0]["median_ms"] + 5, (plot[0], text[0])


def test_benchmark_fails_a_slow_redraw(tmp_path, capsys):
    path = _slider_notebook(tmp_path / "slow.ipynb", pause=0.2)
    assert benchmark_redraws.main([str(path)]) == 1
    assert "❌ over 150 ms" in capsys.readouterr().out
