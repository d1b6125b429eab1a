"""The notebook standard, enforced: every rule on every notebook, and every rule shown to fail."""
from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest

import notebook_rules as R
from curriculum import ROOT, SECTIONS, canonical_setup_source, load_curriculum, notebook_files, read_notebook
from write_badges import stale_files

CUR = load_curriculum()
NOTEBOOKS = notebook_files()


@pytest.mark.parametrize("rule", R.RULES, ids=lambda r: r.__name__[5:])
@pytest.mark.parametrize("rel", NOTEBOOKS)
def test_notebook_follows_rule(rel, rule):
    problems = rule(read_notebook(ROOT / rel), rel, CUR)
    assert not problems, f"{rel}: " + "; ".join(problems)


def test_layout():
    for folder in [*SECTIONS, "tests", "tools", ".ci", ".github/workflows"]:
        assert (ROOT / folder).is_dir(), f"missing folder {folder}/"
    for file in ["README.md", "requirements.txt", "tests/requirements.txt", "tests/colab-constraints.txt", ".ci/run"]:
        assert (ROOT / file).is_file(), f"missing {file}"


def test_every_notebook_is_listed_once():
    listed = [nb.path for nb in CUR.notebooks]
    assert len(listed) == len(set(listed)), "tools/curriculum.toml lists a notebook twice"
    unlisted = set(NOTEBOOKS) - set(listed)
    assert not unlisted, f"notebooks missing from tools/curriculum.toml: {sorted(unlisted)}"


def test_readme_and_badges_are_up_to_date():
    stale = stale_files(CUR)
    assert not stale, ("out of date, run python tools/write_badges.py: "
                       + ", ".join(str(p.relative_to(ROOT)) for p in stale))


def test_readme_has_a_badge_for_exactly_the_existing_notebooks():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick = readme.split("<!-- generated:quick-start -->")[1].split("<!-- /generated:quick-start -->")[0]
    linked = set(re.findall(r"/blob/main/([\w/.-]+\.ipynb)\)", quick))
    assert linked == set(NOTEBOOKS)


def _requirement_bounds(text: str) -> dict[str, str]:
    return dict(re.findall(r"(?m)^([A-Za-z0-9_.-]+)\s*(?:>=|==)\s*([\w.]+)", text))


def _vt(version: str) -> tuple[int, ...]:
    return tuple(int(x) for x in re.findall(r"\d+", version)[:3])


def test_requirements_admit_colab_and_the_pinned_environment():
    lower = _requirement_bounds((ROOT / "requirements.txt").read_text(encoding="utf-8"))
    colab = _requirement_bounds((ROOT / "tests/colab-constraints.txt").read_text(encoding="utf-8"))
    pinned = _requirement_bounds((ROOT / "tests/requirements.txt").read_text(encoding="utf-8"))
    for name, minimum in lower.items():
        for env_name, env in (("Colab", colab), ("pinned", pinned)):
            if name in env:
                assert _vt(env[name]) >= _vt(minimum), f"{env_name} {name} {env[name]} is below {minimum}"
    for name in ["numpy", "scipy", "matplotlib", "plotly", "ipywidgets", "scikit-learn", "ipykernel", "ipython"]:
        assert name in colab, f"tests/colab-constraints.txt does not pin {name}"


def test_start_here_tested_versions_are_colabs_and_the_requirements():
    """The tour's table of tested versions is Colab's, and requirements.txt asks for at least those."""
    nb = read_notebook(ROOT / "colab_quick_start/setup_environment.ipynb")
    code = "\n".join(R.cell_source(c) for c in R.code_cells(nb))
    m = re.search(r"TESTED_WITH\s*=\s*(\{.*?\})", code, re.S)
    assert m, "the start-here notebook defines no TESTED_WITH"
    stated = dict(re.findall(r"['\"]([\w-]+)['\"]\s*:\s*['\"]([\w.]+)['\"]", m[1]))
    colab = _requirement_bounds((ROOT / "tests/colab-constraints.txt").read_text(encoding="utf-8"))
    lower = _requirement_bounds((ROOT / "requirements.txt").read_text(encoding="utf-8"))
    for name in ["numpy", "scipy", "matplotlib", "plotly", "ipywidgets", "scikit-learn"]:
        assert name in stated, f"the version table leaves out {name}"
        assert (colab[name] + ".").startswith(stated[name] + "."), f"{name}: {stated[name]} vs Colab {colab[name]}"
        assert lower[name] == stated[name], f"requirements.txt asks for {name}>={lower[name]}, tested {stated[name]}"


def test_readme_commands_are_what_ci_runs():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci/run").read_text(encoding="utf-8")
    assert "pip install -r requirements.txt && jupyter lab" in readme
    assert "pip install -r tests/requirements.txt && pytest" in readme
    assert "pip install --quiet -r tests/requirements.txt" in ci and re.search(r"(?m)\bpytest$", ci)


# Helpers that later notebooks reuse by name: each notebook must stand alone, so it carries its own
# copy, and every copy is the one the first notebook teaches (same name, same contract, same code).
SHARED_HELPERS = {"gradient_check": "02_calculus/01_derivatives_and_gradients.ipynb"}


def top_level_function(source: str, name: str) -> str | None:
    """The source of `def name(...)` in a cell, up to the next line that is not indented."""
    m = re.search(rf"^def {name}\(.*?(?=^\S|\Z)", source, re.M | re.S)
    return m[0].rstrip() if m else None


@pytest.mark.parametrize("name", SHARED_HELPERS)
def test_a_shared_helper_is_the_same_in_every_notebook(name):
    copies = {}
    for rel in notebook_files():
        for cell in read_notebook(ROOT / rel)["cells"]:
            if cell["cell_type"] == "code" and (code := top_level_function(R.cell_source(cell), name)):
                copies.setdefault(rel, code)
    home = SHARED_HELPERS[name]
    if home not in copies:
        assert not copies, f"{name} is defined in {sorted(copies)} but not where it is taught, {home}"
        return
    different = [rel for rel, code in copies.items() if code != copies[home]]
    assert not different, f"{name} differs from the one in {home} in: {', '.join(different)}"


# ── Every rule fails on a deliberately broken fixture ────────────────────────────────────────

FIXTURE = "01_linear_algebra/99_fixture.ipynb"


def _md(text, **meta):
    return {"cell_type": "markdown", "metadata": meta, "source": text}


def _code(text, out="", tags=(), **meta):
    outputs = [{"output_type": "stream", "name": "stdout", "text": out}] if out else []
    return {"cell_type": "code", "metadata": {**meta, **({"tags": list(tags)} if tags else {})},
            "source": text, "outputs": outputs, "execution_count": None}


def _hidden(text, out, tag):
    return _code(text, out, tags=[tag], cellView="form", jupyter={"source_hidden": True})


def valid_fixture() -> dict:
    """A small notebook that follows every rule: the base every broken fixture is made from."""
    cells = [
        _md(CUR.badge(FIXTURE) + "\n# Fixture\nA tiny notebook.\n\n**You will learn** to add.\n\n"
            "**Prerequisites**: none.\n\n**Estimated time**: 5 minutes."),
        _hidden(canonical_setup_source(), "Setup complete\n", "setup"),
        _md("## 1. Doubling\n\n### 📖 Theory\n\nDoubling maps $x$ to $2x$:\n\n$$\nf(x) = 2x\n$$"),
        _md("### 💻 Code"), _code("print(2 * 21)", "42\n"),
        _md("### 📊 Visualization"), _code("plt.plot([0, 1], [0, 2])\nplt.show()"),
        _md("### 🤔 Think\nIs doubling linear?"),
        _hidden("#@title Answer (double-click to show) { display-mode: \"form\" }\n# Yes: 2(ax + by) = a(2x) + b(2y).",
                "", "answer"),
        _md("### 🤔 Think\nWhich number does doubling leave where it is?"),
        _hidden("#@title Answer (double-click to show) { display-mode: \"form\" }\n# Only 0: 2x = x means x = 0.",
                "", "answer"),
        _md("## 🎮 Exercises"),
        _hidden("#@title Exercise checkers — run me, no need to read { display-mode: \"form\" }\n"
                + "".join(f"check_{n} = exercise('{n}', lambda x: {k} * x, [Case(2.0)], level={k - 1})\n"
                          for n, k in (("double", 2), ("triple", 3), ("quadruple", 4))), "", "checkers"),
    ]
    for stars, (name, k) in zip(("⭐", "⭐⭐", "⭐⭐⭐"), (("double", 2), ("triple", 3), ("quadruple", 4))):
        cells += [
            _md(f"### Exercise {len(stars)} {stars} — {name}\nReturn {k}x."),
            _code(f"def {name}(x):\n    # YOUR CODE HERE\n    raise NotImplementedError", tags=["starter"]),
            _code(f"check_{name}({name})", f"⏳ {name}: not attempted yet.\n", tags=["check"]),
            _hidden(f"{R.SOLUTION_TITLE}\ndef {name}_solution(x):\n    return {k} * x\n\ncheck_{name}({name}_solution)",
                    f"✅ {name}: all checks passed.\n", "solution"),
        ]
    cells += [_md("### Your progress"), _code("show_progress()", "Your progress: 0 of 3 exercises passed\n", tags=["progress"])]
    cells += [_md("## 🔗 ML Connections\nScaling features."), _md("## 📝 Summary\n$f(x) = 2x$."),
              _md("## ➡️ Next steps\nOnwards."), _md("## 📚 References\nA book.")]
    count = 0
    for cell in cells:
        if cell["cell_type"] == "code":
            count += 1
            cell["execution_count"] = count
    return {"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}


def _cell(nb, predicate):
    return next(c for c in nb["cells"] if predicate(c))


def _solution(nb):
    return _cell(nb, lambda c: "solution" in c["metadata"].get("tags", []))


def _append_code(nb, src, out=""):
    cell = _code(src, out)
    cell["execution_count"] = max(c.get("execution_count") or 0 for c in nb["cells"] if c["cell_type"] == "code") + 1
    nb["cells"].insert(-4, cell)


def _replace_md(nb, old, new):
    cell = _cell(nb, lambda c: c["cell_type"] == "markdown" and old in c["source"])
    cell["source"] = cell["source"].replace(old, new)


BROKEN = {
    "badge: another repository": (R.rule_badge, lambda nb: _replace_md(nb, "yourusername", "someone")),
    "badge: another file": (R.rule_badge, lambda nb: _replace_md(nb, "99_fixture", "98_other")),
    "header: no estimated time": (R.rule_header, lambda nb: _replace_md(nb, "**Estimated time**", "**Time**")),
    "setup cell drifted": (R.rule_setup_cell, lambda nb: nb["cells"][1].update(source=canonical_setup_source() + "\nx = 1")),
    "no stored outputs": (R.rule_outputs_stored, lambda nb: [c.update(execution_count=None, outputs=[])
                                                           for c in nb["cells"] if c["cell_type"] == "code"]),
    "not a clean run": (R.rule_outputs_stored, lambda nb: nb["cells"][1].update(execution_count=7)),
    "stderr output": (R.rule_no_errors, lambda nb: nb["cells"][4]["outputs"].append(
        {"output_type": "stream", "name": "stderr", "text": "DeprecationWarning: old\n"})),
    "error output": (R.rule_no_errors, lambda nb: nb["cells"][4]["outputs"].append(
        {"output_type": "error", "ename": "ValueError", "evalue": "x", "traceback": []})),
    "widget state stored": (R.rule_clean_metadata, lambda nb: nb["metadata"].update(widgets={"state": {}})),
    "timing metadata stored": (R.rule_clean_metadata, lambda nb: nb["cells"][4]["metadata"].update(execution={})),
    "an output over 1 MB": (R.rule_size, lambda nb: nb["cells"][4]["outputs"].append(
        {"output_type": "stream", "name": "stdout", "text": "x" * 1_100_000})),
    "no ML connections": (R.rule_sections, lambda nb: _replace_md(nb, "## 🔗 ML Connections", "## Applications")),
    "no theory part": (R.rule_sections, lambda nb: _replace_md(nb, "### 📖 Theory", "### Words")),
    "sections out of order": (R.rule_sections, lambda nb: nb["cells"].append(nb["cells"].pop(next(
        i for i, c in enumerate(nb["cells"]) if c["source"] == "## 🎮 Exercises")))),
    "solution not hidden": (R.rule_exercise_protocol, lambda nb: _solution(nb)["metadata"].pop("jupyter")),
    "solution not a form": (R.rule_exercise_protocol, lambda nb: _solution(nb)["metadata"].pop("cellView")),
    "solution reuses the learner's name": (R.rule_exercise_protocol, lambda nb: _solution(nb).update(
        source=f"{R.SOLUTION_TITLE}\ndef double(x):\n    return 2 * x\n\ncheck_double(double)")),
    "solution output not a pass": (R.rule_exercise_protocol, lambda nb: _solution(nb).update(outputs=[])),
    "check cell renamed": (R.rule_exercise_protocol, lambda nb: _cell(
        nb, lambda c: "check" in c["metadata"].get("tags", [])).update(source="check_double(double_solution)")),
    "starter without stub": (R.rule_exercise_protocol, lambda nb: _cell(
        nb, lambda c: "starter" in c["metadata"].get("tags", [])).update(source="def double(x):\n    return 2 * x")),
    "no ⭐⭐⭐ exercise": (R.rule_exercise_protocol, lambda nb: _replace_md(nb, "⭐⭐⭐", "⭐⭐")),
    "only two exercises": (R.rule_exercise_protocol, lambda nb: nb.update(cells=[
        c for c in nb["cells"] if "quadruple" not in "".join(c["source"])])),
    "check cell echoes its verdict": (R.rule_exercise_protocol, lambda nb: _cell(
        nb, lambda c: "check" in c["metadata"].get("tags", []))["outputs"].append(
        {"output_type": "execute_result", "data": {"text/plain": "False"}, "metadata": {}, "execution_count": 1})),
    "solution prints the answer": (R.rule_exercise_protocol, lambda nb: _solution(nb)["outputs"].insert(
        0, {"output_type": "stream", "name": "stdout", "text": "answer: 4.0\n"})),
    "no progress table": (R.rule_exercise_protocol, lambda nb: nb.update(cells=[
        c for c in nb["cells"] if "progress" not in c["metadata"].get("tags", [])])),
    "Think question without answer": (R.rule_think_answers, lambda nb: nb.update(cells=[
        c for c in nb["cells"] if "answer" not in c["metadata"].get("tags", [])])),
    "one Think question": (R.rule_think_count, lambda nb: nb.update(cells=[
        c for c in nb["cells"] if "leave where" not in c["source"] and "Only 0" not in c["source"]])),
    "setup cell not collapsed": (R.rule_setup_cell, lambda nb: nb["cells"][1]["metadata"].pop("jupyter")),
    "Think answer shown": (R.rule_think_answers, lambda nb: _cell(
        nb, lambda c: "answer" in c["metadata"].get("tags", []))["outputs"].append(
        {"output_type": "stream", "name": "stdout", "text": "Yes\n"})),
    "Think answer not hidden": (R.rule_think_answers, lambda nb: _cell(
        nb, lambda c: "answer" in c["metadata"].get("tags", []))["metadata"].pop("jupyter")),
    "plotly figure without a static picture": (R.rule_static_pictures, lambda nb: nb["cells"][4]["outputs"].append(
        {"output_type": "display_data", "data": {"application/vnd.plotly.v1+json": {}, "text/html": "<div>"},
         "metadata": {}})),
    "checkers not hidden": (R.rule_exercise_protocol, lambda nb: _cell(
        nb, lambda c: "checkers" in c["metadata"].get("tags", []))["metadata"].pop("cellView")),
    "plotly express": (R.rule_forbidden_apis, lambda nb: _append_code(nb, "import plotly.express as px")),
    "np.random.seed": (R.rule_forbidden_apis, lambda nb: _append_code(nb, "np.random.seed(0)")),
    "jslink": (R.rule_forbidden_apis, lambda nb: _append_code(nb, "widgets.jslink((a, 'value'), (b, 'value'))")),
    "setting a renderer": (R.rule_forbidden_apis, lambda nb: _append_code(nb, "pio.renderers.default = 'colab'")),
    "reading a repository file": (R.rule_forbidden_apis, lambda nb: _append_code(nb, "data = open('../data.csv').read()")),
    "LaTeX in a widget": (R.rule_forbidden_apis, lambda nb: _append_code(
        nb, "s = widgets.FloatSlider(description='$\\\\alpha$')")),
    "untagged interact": (R.rule_unstable_outputs_tagged, lambda nb: _append_code(nb, "interact(f, a=(0, 1))")),
    "bare numpy scalar": (R.rule_unstable_outputs_tagged, lambda nb: _append_code(nb, "x", "np.float64(0.5)\n")),
    "\\( math": (R.rule_math, lambda nb: _replace_md(nb, "$x$ to", "\\(x\\) to")),
    "inline display math": (R.rule_math, lambda nb: _replace_md(nb, "Doubling maps", "Doubling $$x$$ maps")),
    "unbalanced $": (R.rule_math, lambda nb: _replace_md(nb, "maps $x$", "maps $x")),
    "a backspace in the math": (R.rule_no_control_characters, lambda nb: _replace_md(nb, "maps $x$", "maps $\x08eta$")),
    "link to a missing notebook": (R.rule_links, lambda nb: _replace_md(
        nb, "Onwards.", f"Onwards to [next]({CUR.colab_url('01_linear_algebra/77_missing.ipynb')}).")),
}


def test_valid_fixture_passes_every_rule():
    nb = valid_fixture()
    for rule in R.RULES + R.PENDING_RULES:
        assert rule(nb, FIXTURE, CUR) == [], rule.__name__


@pytest.mark.parametrize("case", list(BROKEN))
def test_rule_fails_on_broken_fixture(case):
    rule, breaks = BROKEN[case]
    nb = copy.deepcopy(valid_fixture())
    breaks(nb)
    assert rule(nb, FIXTURE, CUR), f"{rule.__name__} passed a notebook broken by: {case}"


def test_every_rule_is_shown_failing():
    shown = {rule for rule, _ in BROKEN.values()}
    rules = set(R.RULES + R.PENDING_RULES)
    assert shown == rules, f"rules never shown failing: {[r.__name__ for r in rules - shown]}"


def test_fixture_path_is_not_a_real_notebook():
    assert not Path(ROOT / FIXTURE).exists()
