#!/usr/bin/env python3
"""Build the curriculum as a static website that works offline, from the committed notebooks.

  python tools/build_site.py                  # -> _site/index.html
  python tools/build_site.py -o DIR           # somewhere else
  python tools/build_site.py --keep-source D  # also keep the Jupyter Book sources it generated, in D

Nothing is executed: each page shows the outputs stored in the notebook, which the tests verified.
The pages are built by Jupyter Book 1 (Sphinx and MyST-NB) from copies of the notebooks, prepared so
that they read well without a kernel and without a network:

- solutions, the exercise checkers and the answers to the Think questions are collapsed behind a
  "show" toggle; the setup cell's code too;
- a slider, which needs a running kernel, is replaced by a note that points to Colab (the static
  picture stored with it stays);
- plotly figures are drawn by the plotly.js that the installed plotly package ships, copied once
  into the site; MathJax is bundled too (sphinx-mathjax-offline), so no page loads anything from the
  internet;
- every figure gets alt text: the short `alt` in the cell's metadata when there is one, otherwise
  the sentence that introduces it;
- every page keeps its Open-in-Colab badge, drawn by the site's own style sheet.

The home page is the README. The navigation follows the tracks of tools/curriculum.toml.
"""
from __future__ import annotations

import argparse
import copy
import html
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from curriculum import BADGE_IMG, README_FILE, ROOT, SECTIONS, Curriculum, cell_source, load_curriculum, read_notebook

WIDGET_MIME = "application/vnd.jupyter.widget-view+json"
PLOTLY_MIME = "application/vnd.plotly.v1+json"
HIDDEN_CELLS = {"solution": "hide-cell", "checkers": "hide-cell", "answer": "hide-input", "setup": "hide-input"}
SLIDER_NOTE = ('<p class="slider-note">🎛️ The controls of this figure need a running notebook: '
               '<a href="{url}">run it in Colab</a> to move the sliders. The picture stored with it '
               'shows some of their settings.</p>')
BADGE_MD = re.compile(r"\[!\[Open In Colab\]\(" + re.escape(BADGE_IMG) + r"\)\]\((?P<url>[^)\s]+)\)")
BADGE_HTML = re.compile(r'<a href="(?P<url>[^"]+)"[^>]*>\s*<img src="' + re.escape(BADGE_IMG) + r'"[^>]*/?>\s*</a>')
SITE_BADGE = '<a class="colab-badge" href="{url}">Open in Colab</a>'
STATIC = "_static"
GREEK = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi pi rho sigma tau upsilon phi chi psi omega"
TEX_WORDS = {**dict(zip(GREEK.split(), "αβγδεζηθικλμνξπρστυφχψω")),
             "Sigma": "Σ", "Lambda": "Λ", "Delta": "Δ", "varepsilon": "ε", "sqrt": "√", "top": "ᵀ", "le": "≤",
             "leq": "≤", "ge": "≥", "geq": "≥", "infty": "∞", "cdot": "·", "times": "×", "approx": "≈",
             "neq": "≠", "in": "∈", "to": "→", "ldots": "…", "dots": "…", "quad": " ", "mid": "|"}

CSS = """
a.colab-badge { display: inline-block; padding: 0.15em 0.6em; border-radius: 0.3em;
  background: #1a4c8b; color: #fff !important; font-weight: 600; font-size: 0.85em;
  text-decoration: none; white-space: nowrap; }
a.colab-badge::before { content: "▶ "; }
a.colab-badge:hover { background: #0d3566; }
p.slider-note { border-left: 4px solid #b35900; background: #fff4e5; padding: 0.5em 0.8em; }
.cell_output img { max-width: 100%; height: auto; }
"""


def colab_badges(text: str) -> str:
    """Replace each Open-in-Colab badge image (an image on colab.research.google.com) by a styled link."""
    text = BADGE_MD.sub(lambda m: SITE_BADGE.format(url=m["url"]), text)
    return BADGE_HTML.sub(lambda m: SITE_BADGE.format(url=m["url"]), text)


def plain_sentence(markdown: str, limit: int = 240) -> str:
    """The first sentence of the last paragraph of a markdown cell, as plain text for an alt attribute."""
    paragraphs = [p for p in re.split(r"\n\s*\n", markdown) if p.strip() and not p.lstrip().startswith(("#", "$$", "|", "<"))]
    if not paragraphs:
        return ""
    text = paragraphs[-1]
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\\begin\{[pbv]matrix\}.*?\\end\{[pbv]matrix\}", " a matrix", text, flags=re.S)
    text = re.sub(r"\\(?:mathbf|boldsymbol|operatorname|text|mathrm|mathcal|mathbb)\{([^}]*)\}", r"\1", text)
    text = re.sub(r"\\([A-Za-z]+)", lambda m: TEX_WORDS.get(m[1], m[1]), text)
    text = re.sub(r"[*_`${}]", "", text)
    text = " ".join(text.split())
    sentences = re.split(r"(?<=[.!?:])\s+(?=[A-Z0-9])", text)
    pointers = re.compile(r"\b(figure|picture|plot|chart|panel|panels|shows?|drawn|draws|left|right|below|heat ?map|curve|image)\b", re.I)
    sentence = next((s for s in sentences if pointers.search(s)), sentences[0])
    if len(sentence) > limit:
        sentence = sentence[: limit - 1].rsplit(" ", 1)[0] + "…"
    return sentence.rstrip(":") + ("" if sentence.endswith((".", "…", "!", "?")) else ".")


def figure_alt(cell: dict, introduction: str, title: str) -> str:
    alt = cell["metadata"].get("alt")
    if isinstance(alt, str) and alt.strip():
        return alt.strip()
    return plain_sentence(introduction) or f"A figure of {title}."


def plotly_html(figure: dict, div_id: str, alt: str) -> str:
    """A plotly figure as a div drawn by the site's own plotly.js."""
    layout = figure.get("layout", {})
    height = layout.get("height", 450)
    spec = json.dumps({"data": figure.get("data", []), "layout": layout}, separators=(",", ":")).replace("</", "<\\/")
    return (f'<div id="{div_id}" class="plotly-graph-div" role="img" aria-label="{html.escape(alt)}" '
            f'style="height:{height}px; width:100%;"></div>\n'
            f'<script>(function () {{ var spec = {spec};\n'
            f'Plotly.newPlot("{div_id}", spec.data, spec.layout, {{"responsive": true}}); }})();</script>')


def prepare_notebook(nb: dict, path: str, cur: Curriculum, title: str) -> dict:
    """A copy of a notebook that reads well on a static page (see the module's docstring)."""
    nb = copy.deepcopy(nb)
    url = cur.colab_url(path)
    introduction = ""
    for index, cell in enumerate(nb["cells"]):
        source = cell_source(cell)
        if cell["cell_type"] == "markdown":
            cell["source"] = colab_badges(source)
            introduction = source
            continue
        if cell["cell_type"] != "code":
            continue
        tags = cell["metadata"].get("tags", [])
        extra = [HIDDEN_CELLS[t] for t in tags if t in HIDDEN_CELLS]
        cell["metadata"]["tags"] = sorted(set(tags) | set(extra))
        alt = figure_alt(cell, introduction, title)
        outputs = []
        for number, out in enumerate(cell.get("outputs", [])):
            data = out.get("data", {})
            if WIDGET_MIME in data:
                note = SLIDER_NOTE.format(url=url)
                if not any(SLIDER_NOTE.split(":")[0] in o.get("data", {}).get("text/html", "") for o in outputs):
                    outputs.append({"output_type": "display_data", "metadata": {}, "data": {"text/html": note}})
                continue
            if PLOTLY_MIME in data:
                div = plotly_html(data[PLOTLY_MIME], f"plotly-{index}-{number}", alt)
                outputs.append({"output_type": "display_data", "metadata": {}, "data": {"text/html": div}})
                continue
            page = "".join(data.get("text/html", ""))
            if "cdn.plot.ly" in page:      # plotly's loader for the notebook: the site has its own plotly.js
                continue
            if "_anim_img" in page:        # a matplotlib animation: its icons come with the theme's Font Awesome
                page = re.sub(r'<link rel="stylesheet"[^>]*font-awesome[^>]*>', "", page)
                page = page.replace('type="range" class="anim-slider"',
                                    'type="range" class="anim-slider" aria-label="Frame of the animation"')
                data["text/html"] = re.sub(r'<img id="(_anim_img\w+)">',
                                           lambda m: f'<img id="{m[1]}" alt="{html.escape(alt)}">', page)
            outputs.append(out)
        cell["outputs"] = outputs
        if any("image/png" in o.get("data", {}) for o in outputs):
            cell["metadata"].setdefault("mystnb", {}).setdefault("image", {})["alt"] = alt
    return nb


def home_page(readme: str, cur: Curriculum, built: set[str]) -> str:
    """The README as the home page: badges drawn by the site; links to other repository files go to GitHub."""
    text = colab_badges(readme)
    text = re.sub(r"<!-- /?generated:[\w-]+ -->\n?", "", text)

    def link(m: re.Match) -> str:
        label, target = m[1], m[2]
        if re.match(r"[a-z]+:", target) or target.startswith("#"):
            return m[0]
        file = target.split("#", 1)[0]
        if file in built:
            return m[0]
        return f"[{label}](https://github.com/{cur.repository}/blob/{cur.branch}/{target})"

    return re.sub(r"(?<!!)\[([^\]]+)\]\(([^)\s]+)\)", link, text)


def sphinx_conf(cur: Curriculum) -> dict:
    """Sphinx's configuration: Jupyter Book 1's extensions and theme, without those that reach the network."""
    return {
        "project": "Math for Machine Learning",
        "html_title": "Math for Machine Learning",
        "author": "the Math for Machine Learning contributors",
        "copyright": "2026, the Math for Machine Learning contributors",
        "extensions": ["myst_nb", "jupyter_book", "sphinx_external_toc", "sphinx_togglebutton",
                       "sphinx_copybutton", "sphinx_design", "sphinx_book_theme", "sphinx-mathjax-offline"],
        "external_toc_path": "_toc.yml",
        "external_toc_exclude_missing": False,
        "exclude_patterns": ["_build", "**.ipynb_checkpoints"],
        "nb_execution_mode": "off",
        "nb_merge_streams": True,
        "nb_output_stderr": "show",
        "myst_enable_extensions": ["dollarmath", "amsmath", "colon_fence", "html_image"],
        "myst_heading_anchors": 3,
        "html_theme": "sphinx_book_theme",
        "html_theme_options": {"repository_url": f"https://github.com/{cur.repository}",
                               "repository_branch": cur.branch, "use_repository_button": True,
                               "use_download_button": False, "use_fullscreen_button": False,
                               "search_bar_text": "Search the curriculum…", "home_page_in_toc": True},
        "html_context": {"default_mode": "light"},
        "html_static_path": [STATIC],
        "html_css_files": ["site.css"],
        "html_js_files": ["plotly.min.js"],
        "html_show_sourcelink": False,
        "html_copy_source": False,
        "html_last_updated_fmt": None,
        "suppress_warnings": ["mystnb.unknown_mime_type"],
    }


def book_toc(cur: Curriculum) -> str:
    parts = []
    for folder, (heading, _kind) in SECTIONS.items():
        chapters = [nb for nb in cur.existing() if nb.folder == folder]
        if chapters:
            parts.append({"caption": heading, "chapters": [{"file": nb.path.removesuffix(".ipynb")} for nb in chapters]})
    return json.dumps({"format": "jb-book", "root": "index", "parts": parts}, indent=1, ensure_ascii=False)


def plotly_js() -> Path:
    import plotly
    js = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
    if not js.is_file():
        raise SystemExit(f"plotly.min.js is not where the plotly package keeps it ({js}): reinstall plotly")
    return js


def write_sources(source: Path, cur: Curriculum) -> list[str]:
    """Write the Jupyter Book sources into `source`; return the notebooks' paths, in curriculum order."""
    built = [nb.path for nb in cur.existing()]
    titles = {nb.path: nb.title for nb in cur.existing()}
    for path in built:
        target = source / path
        target.parent.mkdir(parents=True, exist_ok=True)
        prepared = prepare_notebook(read_notebook(ROOT / path), path, cur, titles[path])
        target.write_text(json.dumps(prepared, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    (source / "index.md").write_text(home_page(README_FILE.read_text(encoding="utf-8"), cur, set(built)), encoding="utf-8")
    conf = "".join(f"{key} = {value!r}\n" for key, value in sphinx_conf(cur).items())
    (source / "conf.py").write_text("# Written by tools/build_site.py.\n" + conf, encoding="utf-8")
    (source / "_toc.yml").write_text(book_toc(cur), encoding="utf-8")
    static = source / STATIC
    static.mkdir(exist_ok=True)
    shutil.copy(plotly_js(), static / "plotly.min.js")
    (static / "site.css").write_text(CSS.lstrip(), encoding="utf-8")
    return built


def build(output: Path, keep_source: Path | None = None) -> list[str]:
    """Build the site into `output`; return Sphinx's warnings (the build fails on none of them)."""
    cur = load_curriculum()
    try:
        import jupyter_book  # noqa: F401
    except ImportError:
        raise SystemExit("Jupyter Book is not installed here: pip install -r tests/requirements.txt") from None
    with tempfile.TemporaryDirectory(prefix="site-") as tmp:
        source = Path(tmp) / "book"
        source.mkdir()
        built = write_sources(source, cur)
        print(f"prepared {len(built)} notebooks and the home page", flush=True)
        started = time.perf_counter()
        html_dir = Path(tmp) / "html"
        command = [sys.executable, "-m", "sphinx", "-b", "html", "--keep-going", "--no-color",
                   str(source), str(html_dir)]
        with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=tmp) as run:
            log = []
            for line in run.stdout:                      # one line per page as Sphinx reads and writes it
                log.append(line)
                if m := re.match(r"(reading sources|writing output)\.\.\. \[\s*\d+%\] (\S+)", line):
                    print(f"  {'read ' if m[1].startswith('reading') else 'wrote'} {m[2]}", flush=True)
        log = "".join(log)
        warnings = [line for line in log.splitlines() if re.search(r"WARNING|ERROR", line)]
        if run.returncode != 0 or not (html_dir / "index.html").is_file():
            raise SystemExit(f"the build failed:\n{log[-4000:]}")
        if output.exists():
            shutil.rmtree(output)
        shutil.copytree(html_dir, output, ignore=shutil.ignore_patterns(".buildinfo", ".doctrees", "_sources"))
        if keep_source:
            if keep_source.exists():
                shutil.rmtree(keep_source)
            shutil.copytree(source, keep_source, ignore=shutil.ignore_patterns("_build"))
        print(f"built {len(built) + 1} pages in {time.perf_counter() - started:.0f} s: {output / 'index.html'}")
    return warnings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog="\n\n".join(__doc__.split("\n\n")[1:]))
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "_site", help="where to write the site (default: _site)")
    parser.add_argument("--keep-source", type=Path, help="also keep the generated Jupyter Book sources here")
    args = parser.parse_args(argv)
    output = args.output.resolve()
    if output == ROOT or ROOT.is_relative_to(output) or (output / ".git").exists():
        parser.error(f"{output} would replace the repository: choose an empty or new folder")
    warnings = build(output, args.keep_source)
    for line in warnings:
        print(line)
    if warnings:
        print(f"{len(warnings)} warnings: the site is built, but fix them", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
