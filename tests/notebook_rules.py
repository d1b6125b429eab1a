"""The notebook standard as code: each rule takes a notebook and returns the problems it finds.

A rule is a function `rule(nb, rel, cur) -> list[str]`: `nb` the notebook as JSON, `rel` its path
relative to the repository root, `cur` the curriculum (tools/curriculum.toml). An empty list means
the notebook follows the rule. tests/test_structure.py runs every rule on every notebook, and shows
each rule failing on a deliberately broken fixture.
"""
from __future__ import annotations

import json
import re

from curriculum import SECTIONS, Curriculum, canonical_setup_source, cell_source, first_code_cell

SOLUTION_TITLE = '#@title Solution (double-click to show) { display-mode: "form" }'
SIZE_BUDGET, OUTPUT_BUDGET = 2_000_000, 1_000_000


def kind_of(rel: str) -> str:
    return SECTIONS.get(rel.split("/", 1)[0], ("", "topic"))[1]


def tags(cell: dict) -> list[str]:
    return cell.get("metadata", {}).get("tags", [])


def code_cells(nb: dict) -> list[dict]:
    return [c for c in nb["cells"] if c["cell_type"] == "code"]


def markdown(nb: dict) -> str:
    return "\n".join(cell_source(c) for c in nb["cells"] if c["cell_type"] == "markdown")


def headings(nb: dict, level: int) -> list[str]:
    prefix = "#" * level + " "
    return [line[len(prefix):].strip() for line in markdown(nb).splitlines() if line.startswith(prefix)]


def is_hidden_form(cell: dict) -> bool:
    meta = cell.get("metadata", {})
    return meta.get("cellView") == "form" and meta.get("jupyter", {}).get("source_hidden") is True


# ── Rules ────────────────────────────────────────────────────────────────────────────────────

def rule_badge(nb, rel, cur: Curriculum):
    """The header's first line is the Open-in-Colab badge for this very file."""
    first = nb["cells"][0] if nb["cells"] else None
    if first is None or first["cell_type"] != "markdown":
        return ["the first cell must be the markdown header"]
    line = cell_source(first).split("\n", 1)[0]
    if line != cur.badge(rel):
        return [f"the header badge must be exactly {cur.badge(rel)!r} (run tools/write_badges.py)"]
    return []


def rule_header(nb, rel, cur):
    """The header has a title, 'You will learn' (or 'You will build'), prerequisites and a time."""
    text = cell_source(nb["cells"][0]) if nb["cells"] else ""
    problems = []
    if not re.search(r"(?m)^# \S", text):
        problems.append("the header has no '# Title' line")
    for words in ("You will", "Prerequisites", "Estimated time"):
        if words not in text:
            problems.append(f"the header has no '{words}'")
    return problems


def rule_setup_cell(nb, rel, cur):
    """The first code cell, right after the header, is the canonical setup cell."""
    cell = first_code_cell(nb)
    if cell is None or nb["cells"].index(cell) != 1:
        return ["the setup cell must be the second cell, right after the header"]
    if cell_source(cell) != canonical_setup_source():
        return ["the setup cell differs from tools/setup_cell.py (run tools/write_setup_cell.py)"]
    if not is_hidden_form(cell):
        return ["the setup cell must be collapsed to its title (run tools/write_setup_cell.py)"]
    return []


def rule_outputs_stored(nb, rel, cur):
    """Outputs are stored, from one clean top-to-bottom run: execution counts 1, 2, 3, ..."""
    counts = [c.get("execution_count") for c in code_cells(nb) if cell_source(c).strip()]
    if not counts or all(n is None for n in counts):
        return ["no stored outputs: run tools/execute_notebooks.py (nbval alone would compare nothing)"]
    if counts != list(range(1, len(counts) + 1)):
        return ["execution counts are not 1, 2, 3, ...: not a clean top-to-bottom run"]
    return []


def rule_no_errors(nb, rel, cur):
    """No error outputs and nothing on stderr (warnings are fixed at the cause)."""
    problems = []
    for i, cell in enumerate(code_cells(nb)):
        for out in cell.get("outputs", []):
            if out["output_type"] == "error":
                problems.append(f"code cell {i + 1} stored an error: {out.get('ename')}")
            if out["output_type"] == "stream" and out.get("name") == "stderr":
                problems.append(f"code cell {i + 1} wrote to stderr: {''.join(out['text'])[:120]!r}")
    return problems


def rule_clean_metadata(nb, rel, cur):
    """No widget state and no per-cell timing metadata are stored."""
    problems = ["metadata.widgets is stored"] if "widgets" in nb.get("metadata", {}) else []
    if any("execution" in c.get("metadata", {}) for c in nb["cells"]):
        problems.append("per-cell timing metadata is stored")
    return problems


def rule_size(nb, rel, cur):
    """The stored notebook is at most 2 MB and no output is over 1 MB."""
    problems = []
    size = len(json.dumps(nb, indent=1, ensure_ascii=False).encode())
    if size > SIZE_BUDGET:
        problems.append(f"the notebook is {size / 1e6:.2f} MB (budget 2 MB)")
    for i, cell in enumerate(code_cells(nb)):
        for out in cell.get("outputs", []):
            if (n := len(json.dumps(out).encode())) > OUTPUT_BUDGET:
                problems.append(f"code cell {i + 1} has a {n / 1e6:.2f} MB output (budget 1 MB)")
    return problems


REQUIRED_H2 = {
    "topic": ["🎮 Exercises", "🔗 ML Connections", "📝 Summary", "➡️ Next steps", "📚 References"],
    "start": ["🎮 Exercises", "🧭 Learning paths", "📝 Summary", "➡️ Next steps", "📚 References"],
    "playground": ["🎯 Try this", "📝 Summary", "➡️ Next steps", "📚 References"],
    "project": ["📝 Summary", "➡️ Next steps", "📚 References"],
}
CONCEPT_H3 = ["📖 Theory", "💻 Code", "📊 Visualization"]


def rule_sections(nb, rel, cur):
    """The sections the standard requires for this kind of notebook, in the standard's order."""
    kind = kind_of(rel)
    h2, h3 = headings(nb, 2), headings(nb, 3)
    problems = []
    found = []
    for wanted in REQUIRED_H2[kind]:
        hits = [i for i, h in enumerate(h2) if h.startswith(wanted)]
        if not hits:
            problems.append(f"no '## {wanted}' section")
        else:
            found.append(hits[0])
    if found != sorted(found):
        problems.append("the sections are not in the order " + " → ".join(REQUIRED_H2[kind]))
    if kind == "topic":
        for wanted in CONCEPT_H3:
            if not any(h.startswith(wanted) for h in h3):
                problems.append(f"no concept section has a '### {wanted}' part")
    if kind == "project" and not any("🧪 Try this" in h for h in h2 + h3):
        problems.append("no '🧪 Try this' challenges")
    return problems


def exercises(nb: dict) -> list[dict]:
    """The exercises, found from their starter cells: name, cells and difficulty."""
    found = []
    cells = nb["cells"]
    for i, cell in enumerate(cells):
        if "starter" not in tags(cell):
            continue
        src = cell_source(cell)
        m = re.search(r"^def (\w+)\(", src, re.M) or re.search(r"^(\w+)\s*=\s*None\b", src, re.M)
        statement = next((cell_source(c) for c in reversed(cells[:i]) if c["cell_type"] == "markdown"), "")
        stars = max((len(s) for s in re.findall(r"⭐+", statement.split("\n", 1)[0] if statement else "")), default=0)
        found.append({"index": i, "name": m[1] if m else None, "starter": cell, "stars": stars,
                      "check": cells[i + 1] if i + 1 < len(cells) else None,
                      "solution": cells[i + 2] if i + 2 < len(cells) else None})
    return found


def _text_outputs(cell: dict) -> str:
    out = []
    for o in cell.get("outputs", []):
        if o["output_type"] == "stream":
            out.append("".join(o["text"]))
        elif "text/plain" in o.get("data", {}):
            out.append("".join(o["data"]["text/plain"]))
    return "".join(out)


def rule_exercise_protocol(nb, rel, cur):
    """Every exercise is statement, starter, check and hidden solution, as the standard says."""
    kind, found, problems = kind_of(rel), exercises(nb), []
    minimum = {"topic": 3, "start": 1}.get(kind, 0)
    if len(found) < minimum:
        problems.append(f"{len(found)} exercises; a {kind} notebook needs at least {minimum}")
    if kind == "topic" and found and max(e["stars"] for e in found) < 3:
        problems.append("no ⭐⭐⭐ exercise")
    checker_cells = [c for c in nb["cells"] if "checkers" in tags(c)]
    if found and len(checker_cells) != 1:
        problems.append(f"{len(checker_cells)} cells tagged 'checkers'; the checkers live in exactly one")
    if found and checker_cells:
        checkers = checker_cells[0]
        if nb["cells"].index(checkers) > found[0]["index"]:
            problems.append("the checkers cell must come before the first exercise")
        if not is_hidden_form(checkers) or not cell_source(checkers).startswith("#@title"):
            problems.append("the checkers cell must be a hidden form cell (#@title, cellView form, source_hidden)")
    checker_src = cell_source(checker_cells[0]) if checker_cells else ""
    for ex in found:
        name = ex["name"]
        where = f"exercise '{name}'"
        if name is None:
            problems.append(f"the starter at cell {ex['index'] + 1} defines neither a function nor `name = None`")
            continue
        if not 1 <= ex["stars"] <= 3:
            problems.append(f"{where}: its statement's first line needs a difficulty ⭐, ⭐⭐ or ⭐⭐⭐")
        starter = cell_source(ex["starter"])
        if "# YOUR CODE HERE" not in starter or not (
                "raise NotImplementedError" in starter or re.search(rf"^{name}\s*=\s*None", starter, re.M)):
            problems.append(f"{where}: the starter needs '# YOUR CODE HERE' and `raise NotImplementedError` or `= None`")
        if not re.search(rf"^check_{name} = (value_|property_)?exercise\(", checker_src, re.M):
            problems.append(f"{where}: the checkers cell must make check_{name} with exercise(...), "
                            "value_exercise(...) or property_exercise(...)")
        check = ex["check"]
        if check is None or "check" not in tags(check) or cell_source(check).strip() != f"check_{name}({name})":
            problems.append(f"{where}: the cell after the starter must be tagged 'check' and be exactly check_{name}({name})")
        elif "not attempted" not in _text_outputs(check):
            problems.append(f"{where}: the check cell's stored output must be the 'not attempted yet' line")
        elif _shown_lines(check) != 1:
            problems.append(f"{where}: the check cell must show one line, its feedback (no echoed True/False)")
        sol = ex["solution"]
        if sol is None or "solution" not in tags(sol):
            problems.append(f"{where}: the cell after the check must be the solution, tagged 'solution'")
            continue
        src = cell_source(sol)
        if src.split("\n", 1)[0] != SOLUTION_TITLE:
            problems.append(f"{where}: the solution's first line must be {SOLUTION_TITLE!r}")
        if not is_hidden_form(sol):
            problems.append(f"{where}: the solution needs metadata cellView 'form' and jupyter.source_hidden true")
        if not re.search(rf"^(def {name}_solution\(|{name}_solution\s*=)", src, re.M):
            problems.append(f"{where}: the solution must define {name}_solution (a different name)")
        if re.search(rf"^(def {name}\(|{name}\s*=)", src, re.M):
            problems.append(f"{where}: the solution must not redefine {name} (Run all would overwrite the learner's work)")
        if src.strip().splitlines()[-1].strip() != f"check_{name}({name}_solution)":
            problems.append(f"{where}: the solution must end with check_{name}({name}_solution)")
        elif _shown_lines(sol) != 1 or not _text_outputs(sol).startswith("✅"):
            problems.append(f"{where}: the solution must show only its check's ✅ line (Colab shows a form "
                            "cell's output: a printed result gives the answer away)")
    for cell in nb["cells"]:
        if "solution" in tags(cell) and not is_hidden_form(cell):
            problems.append("a cell tagged 'solution' is not a hidden form cell")
    if found:
        problems += _progress_problems(nb, found)
    return problems


def _shown_lines(cell: dict) -> int:
    """How many lines a code cell shows: its printed lines plus one per displayed result."""
    shown = 0
    for o in cell.get("outputs", []):
        if o["output_type"] == "stream":
            shown += len("".join(o["text"]).rstrip("\n").splitlines())
        elif o["output_type"] in ("execute_result", "display_data", "error"):
            shown += 1
    return shown


def _progress_problems(nb: dict, found: list[dict]) -> list[str]:
    """After the last exercise, before the next section: a cell `show_progress()` tagged 'progress'."""
    cells = nb["cells"]
    after = cells[found[-1]["index"] + 3:]
    section = next((i for i, c in enumerate(after) if c["cell_type"] == "markdown"
                    and re.search(r"(?m)^## ", cell_source(c))), len(after))
    progress = [c for c in after[:section] if "progress" in tags(c)]
    if len(progress) != 1 or cell_source(progress[0]).strip() != "show_progress()":
        return ["the Exercises section must end with a cell `show_progress()` tagged 'progress'"]
    if "Your progress" not in _text_outputs(progress[0]):
        return ["the progress cell's stored output must be the progress table"]
    return []


def rule_think_answers(nb, rel, cur):
    """Every 🤔 Think question has its answer right below, in a hidden form cell that shows nothing."""
    problems, cells = [], nb["cells"]
    for i, cell in enumerate(cells):
        if cell["cell_type"] != "markdown" or "🤔" not in cell_source(cell):
            continue
        nxt = cells[i + 1] if i + 1 < len(cells) else None
        where = f"the Think question in cell {i + 1}"
        if nxt is None or nxt["cell_type"] != "code" or "answer" not in tags(nxt):
            problems.append(f"{where} needs its answer right below, in a code cell tagged 'answer'")
        elif not cell_source(nxt).startswith("#@title Answer") or not is_hidden_form(nxt):
            problems.append(f"{where}: its answer must be a hidden form cell starting '#@title Answer'")
        elif nxt.get("outputs"):
            problems.append(f"{where}: its answer cell must show nothing (Colab hides code, not output)")
    return problems


def rule_think_count(nb, rel, cur):
    """A topic notebook asks at least two 🤔 Think questions."""
    asked = sum(c["cell_type"] == "markdown" and "🤔" in cell_source(c) for c in nb["cells"])
    if kind_of(rel) == "topic" and asked < 2:
        return [f"{asked} 🤔 Think questions; a topic notebook needs at least 2"]
    return []


INTERACTIVE_OUTPUTS = ("application/vnd.plotly.v1+json", "application/vnd.jupyter.widget-view+json", "text/html")


def rule_static_pictures(nb, rel, cur):
    """A plotly figure, an animation or a slider has a static picture (PNG) in its cell or the next."""
    problems, cells = [], nb["cells"]
    for i, cell in enumerate(cells):
        if cell["cell_type"] != "code":
            continue
        kinds = {k for o in cell.get("outputs", []) for k in o.get("data", {})}
        if not kinds & set(INTERACTIVE_OUTPUTS) or "image/png" in kinds:
            continue
        nxt = next((c for c in cells[i + 1:] if c["cell_type"] == "code"), None)
        if nxt is None or not any("image/png" in o.get("data", {}) for o in nxt.get("outputs", [])):
            problems.append(f"cell {i + 1} shows an interactive output with no static picture (PNG) in it or "
                            "in the next code cell: GitHub shows it blank")
    return problems


FORBIDDEN_CODE = {
    r"\bjslink\b": "widgets.jslink (not in Colab's ipywidgets 7 manager)",
    r"\bFigureWidget\b": "plotly FigureWidget (needs a custom widget manager)",
    r"%matplotlib\s+(widget|ipympl)": "%matplotlib widget (ipympl is not in Colab)",
    r"plotly\.express|import plotly_express": "plotly.express (needs pandas; use plotly.graph_objects)",
    r"np\.random\.seed|numpy\.random\.seed": "np.random.seed (use the seeded rng)",
    r"np\.random\.(rand|randn|randint|random|normal|uniform|choice|shuffle|permutation)\(":
        "the global np.random functions (use rng)",
    r"renderers\.default|pio\.renderers\s*\[": "setting a plotly renderer (plotly picks the right one)",
    r"\bTagsInput\b|widgets\.Stack\b|\btooltip\s*=": "an ipywidgets 8-only API",
    r"\bfetch_\w+\(|scipy\.datasets|urllib|requests\.get|wget |curl ": "a download at run time",
    r"\bnp\.trapz\(|\bsimps\(|np\.NaN\b|np\.Inf\b|np\.float_\b": "a name removed in numpy 2 / SciPy 1.14",
    r"warnings\.(filterwarnings|simplefilter)\(\s*['\"]ignore['\"]\s*\)": "silencing every warning",
}
READS = r"\bopen\(|np\.load(txt)?\(|np\.genfromtxt\(|read_csv\(|\.read_text\(|\.read_bytes\(|plt\.imread\("


def rule_forbidden_apis(nb, rel, cur):
    """No API the standard forbids, no repository file reads (files only under a temp dir)."""
    problems = []
    sources = [cell_source(c) for c in code_cells(nb)][1:]  # the setup cell is checked separately
    uses_tempdir = any("tempfile" in s for s in sources)
    for i, src in enumerate(sources, start=2):
        for pattern, what in FORBIDDEN_CODE.items():
            if re.search(pattern, src):
                problems.append(f"code cell {i} uses {what}")
        if re.search(READS, src) and not uses_tempdir:
            problems.append(f"code cell {i} reads a file: notebooks may only read what they wrote to a temporary directory")
        for m in re.finditer(r"description\s*=\s*(['\"])(.*?)\1", src):
            if "$" in m[2] or "\\" in m[2]:
                problems.append(f"code cell {i}: LaTeX in a widget description (Colab shows it raw)")
    return problems


def rule_unstable_outputs_tagged(nb, rel, cur):
    """Sliders, animations and timings carry nbval-ignore-output; no bare numpy scalar reprs."""
    problems = []
    for i, cell in enumerate(code_cells(nb), start=1):
        src = cell_source(cell)
        if re.search(r"\binteract(ive)?\(|\.to_jshtml\(|perf_counter|time\.time\(|timeit", src) \
                and "nbval-ignore-output" not in tags(cell):
            problems.append(f"code cell {i} (slider, animation or timing) needs the tag nbval-ignore-output")
        if re.search(r"np\.(float|int|complex|bool)\d*\(|np\.str_\(", _text_outputs(cell)):
            problems.append(f"code cell {i} prints a bare numpy scalar repr: format it (f'{{x:.4f}}')")
    return problems


def _math_segments(text: str) -> str:
    """Markdown without code spans and fenced code, where $ means math."""
    text = re.sub(r"```.*?```", "", text, flags=re.S)
    return re.sub(r"`[^`\n]*`", "", text)


def rule_math(nb, rel, cur):
    """Math only in $...$ and $$...$$ that MathJax 2 renders; display math on its own lines."""
    problems = []
    for i, cell in enumerate(nb["cells"], start=1):
        if cell["cell_type"] != "markdown":
            continue
        text = _math_segments(cell_source(cell))
        for bad, what in ((r"\\\(|\\\)", r"\( \)"), (r"\\\[|\\\]", r"\[ \]"), (r"\\newcommand", r"\newcommand"),
                          (r"\\cancel", r"\cancel"), (r"\\ket\b", r"\ket")):
            if re.search(bad, text):
                problems.append(f"cell {i}: {what} does not render in Colab's MathJax 2")
        for line in text.splitlines():
            stripped = line.strip()
            if "$$" in stripped and stripped != "$$" and not (
                    stripped.startswith("$$") and stripped.endswith("$$") and stripped.count("$$") == 2):
                problems.append(f"cell {i}: display math must stand on its own lines: {stripped[:60]!r}")
            inline = stripped.replace("$$", "").replace(r"\$", "")
            if inline.count("$") % 2:
                problems.append(f"cell {i}: unbalanced $ (inline math must stay on one line): {stripped[:60]!r}")
    return problems


def rule_no_control_characters(nb, rel, cur):
    """No control character in any cell: a `\\b` typed through a Python string becomes a backspace."""
    problems = []
    for i, cell in enumerate(nb["cells"], start=1):
        if found := sorted(set(re.findall(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", cell_source(cell)))):
            problems.append(f"cell {i}: control characters {', '.join(hex(ord(c)) for c in found)} "
                            "(a backslash lost in a Python string, as in \\beta?)")
    return problems


def rule_links(nb, rel, cur):
    """Every Colab link points at the configured repository and at a notebook that exists."""
    problems = []
    prefix = cur.colab_url("")
    existing = {n.path for n in cur.existing()} | {rel}
    for url in re.findall(r"https://colab\.research\.google\.com/github/[^\s\"')]+", markdown(nb)):
        if not url.startswith(prefix):
            problems.append(f"a Colab link to another repository: {url} (run tools/write_badges.py)")
        elif url[len(prefix):] not in existing:
            problems.append(f"a Colab link to a notebook that does not exist: {url[len(prefix):]}")
    return problems


RULES = [rule_badge, rule_header, rule_setup_cell, rule_outputs_stored, rule_no_errors, rule_clean_metadata,
         rule_size, rule_sections, rule_exercise_protocol, rule_think_answers, rule_think_count,
         rule_static_pictures, rule_forbidden_apis, rule_unstable_outputs_tagged, rule_math, rule_no_control_characters,
         rule_links]
# Rules written and shown failing before the notebooks meet them; none at present.
PENDING_RULES: list = []
