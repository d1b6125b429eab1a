"""The website (tools/build_site.py): it builds without a warning, has a page for every notebook, and
every page works offline in a real browser: no failed request, every formula typeset, every plotly
figure drawn, no solution in view before "show" is clicked, alt text on every figure, and no critical
accessibility violation (axe-core).

The browser is the system's Chromium (Debian's `chromium`), driven by Playwright, with every request
that leaves the machine refused by a proxy that does not exist: a page that needs the network fails.
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))

import build_site  # noqa: E402
from curriculum import load_curriculum, read_notebook  # noqa: E402

CUR = load_curriculum()
NOTEBOOKS = [nb.path for nb in CUR.existing()]
BROWSERS = ("chromium", "chromium-browser", "google-chrome")
OFFLINE = ["--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>", "--no-sandbox",
           "--disable-gpu", "--disable-background-networking", "--disable-component-update",
           "--disable-sync", "--no-first-run", "--disable-quic"]

# What the page shows, read in the browser once everything has loaded and MathJax has finished.
PAGE_FACTS = """() => {
  const main = document.querySelector('main') || document.body;
  const prose = main.cloneNode(true);
  prose.querySelectorAll('pre, code, script, style, mjx-container, .cell_input, .cell_output').forEach(e => e.remove());
  const math = [...main.querySelectorAll('.math')];
  return {
    mathjax_errors: document.querySelectorAll('mjx-merror').length,
    formulas: math.length,
    untypeset: math.filter(e => !e.querySelector('mjx-container')).map(e => e.textContent.slice(0, 60)),
    raw_tex: (prose.textContent.match(/\\$\\$|\\\\begin\\{/g) || []).length,
    plotly: main.querySelectorAll('.plotly-graph-div').length,
    plotly_undrawn: [...main.querySelectorAll('.plotly-graph-div')].filter(d => !d.querySelector('.main-svg')).length,
    images: main.querySelectorAll('img').length,
    no_alt: [...main.querySelectorAll('img')].filter(i => !(i.alt || '').trim() || /\\.(png|jpe?g|svg)$/i.test(i.alt))
                .map(i => (i.id || i.src).slice(-50)),
    badges: [...document.querySelectorAll('a.colab-badge')].map(a => a.href),
    slider_notes: document.querySelectorAll('p.slider-note').length,
    animations: [...main.querySelectorAll('img[id^="_anim_img"]')].map(i => i.src.startsWith('data:image')),
  };
}"""
# Every axe-core rule but colour contrast, whose impact is at most "serious", so that leaving it out
# hides no critical violation: it alone takes two thirds of the audit on a page of 50,000 elements.
AXE_OPTIONS = {"resultTypes": ["violations"], "rules": {"color-contrast": {"enabled": False}}}
HIDDEN = ".tag_solution .cell_input, .tag_solution .cell_output, .tag_checkers .cell_input, .tag_answer .cell_input"


def find_browser() -> str:
    for name in BROWSERS:
        if found := shutil.which(name):
            return found
    pytest.fail("no Chromium here: install Debian's `chromium` (apt-get install chromium); .ci/run does")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    output = tmp_path_factory.mktemp("site") / "_site"
    warnings = build_site.build(output)
    return output, warnings


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=find_browser(), args=OFFLINE)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def axe():
    from axe_playwright_python.sync_playwright import Axe
    return Axe()


def has_widgets(path: str) -> bool:
    return any(build_site.WIDGET_MIME in out.get("data", {})
               for cell in read_notebook(build_site.ROOT / path)["cells"] for out in cell.get("outputs", []))


def test_the_site_builds_without_a_warning(site):
    output, warnings = site
    assert (output / "index.html").is_file()
    assert warnings == []


def test_every_notebook_has_a_page_in_curriculum_order(site):
    output, _ = site
    missing = [path for path in NOTEBOOKS if not (output / path.replace(".ipynb", ".html")).is_file()]
    assert not missing, f"no page for {missing}"
    home = (output / "index.html").read_text(encoding="utf-8")
    positions = [home.find(f'href="{path.replace(".ipynb", ".html")}"') for path in NOTEBOOKS]
    assert all(p >= 0 for p in positions), "a notebook is missing from the navigation"
    assert positions == sorted(positions), "the navigation is not in curriculum order"


def test_plotly_is_bundled_once_and_nothing_points_at_a_cdn(site):
    output, _ = site
    assert len(list(output.rglob("plotly*.js"))) == 1
    for page in output.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        for cdn in ("cdn.plot.ly", "cdn.jsdelivr.net", "cdnjs.cloudflare.com", "unpkg.com", "maxcdn"):
            assert cdn not in text, f"{page.relative_to(output)} refers to {cdn}"


def load(browser, url: str):
    """Open a page with the network blocked; return it and the problems seen while it loaded."""
    page = browser.new_page()
    problems = []
    page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.on("requestfailed", lambda r: problems.append(f"failed request: {r.url[:120]} ({r.failure})"))
    page.on("request", lambda r: None if r.url.startswith(("file:", "data:", "blob:", "about:"))
            else problems.append(f"request to the network: {r.url[:120]}"))
    page.goto(url, wait_until="load", timeout=180_000)
    page.evaluate("() => (window.MathJax && MathJax.startup) ? MathJax.startup.promise : null")
    return page, problems


@pytest.mark.parametrize("path", ["index.html", *NOTEBOOKS])
def test_a_page_works_offline(site, browser, axe, path):
    output, _ = site
    page_file = output / path.replace(".ipynb", ".html")
    page, problems = load(browser, page_file.as_uri())
    try:
        facts = page.evaluate(PAGE_FACTS)
        assert not problems, "\n".join(problems)
        assert facts["mathjax_errors"] == 0 and not facts["untypeset"], facts["untypeset"]
        assert facts["raw_tex"] == 0, "raw $$ or \\begin left in the text"
        assert facts["plotly_undrawn"] == 0, f"{facts['plotly_undrawn']} of {facts['plotly']} plotly figures not drawn"
        assert not facts["no_alt"], f"figures without alt text: {facts['no_alt']}"
        assert all(facts["animations"]), "an animation shows no frame"
        hidden = page.locator(HIDDEN)
        visible = [i for i in range(hidden.count()) if hidden.nth(i).is_visible()]
        assert not visible, f"{len(visible)} solution, checker or answer cells are visible before 'show'"
        if path != "index.html":
            assert CUR.colab_url(path) in facts["badges"], "the page has lost its Open-in-Colab badge"
            assert facts["formulas"] > 0 and facts["images"] > 0
            if has_widgets(path):
                assert facts["slider_notes"] > 0, "a slider is shown without its note"
            solutions = page.locator(".tag_solution details summary")
            if solutions.count():
                solutions.first.click()
                assert page.locator(".tag_solution .cell_input").first.is_visible(), "'show' does not show the solution"
        violations = axe.run(page, options=AXE_OPTIONS).response["violations"]
        critical = [f"{v['id']}: {v['help']} ({len(v['nodes'])} elements)" for v in violations if v["impact"] == "critical"]
        assert not critical, "critical accessibility violations:\n" + "\n".join(critical)
    finally:
        page.close()


def test_the_tool_refuses_to_overwrite_the_repository(capsys):
    with pytest.raises(SystemExit):
        build_site.main(["-o", str(build_site.ROOT)])
    assert "would replace the repository" in capsys.readouterr().err


def _cell(outputs, **metadata):
    return {"cell_type": "code", "metadata": metadata, "source": "draw()", "outputs": outputs, "execution_count": 1}


def test_a_prepared_notebook_reads_well_without_a_kernel():
    png = {"output_type": "display_data", "metadata": {}, "data": {"image/png": "iVBORw0KGgo=", "text/plain": "<Figure>"}}
    widget = {"output_type": "display_data", "metadata": {},
              "data": {build_site.WIDGET_MIME: {"model_id": "x"}, "text/plain": "interactive(...)"}}
    figure = {"data": [{"type": "scatter", "name": "</script><b>", "y": [1, 2]}], "layout": {"height": 300}}
    plotly = {"output_type": "display_data", "metadata": {}, "data": {build_site.PLOTLY_MIME: figure, "text/html": "cdn.plot.ly"}}
    nb = {"cells": [
        {"cell_type": "markdown", "metadata": {}, "source": CUR.badge_md(NOTEBOOKS[0]) + "\n# Title"},
        {"cell_type": "markdown", "metadata": {}, "source": "Some words.\n\nThe figure shows $\\lambda$ against $\\mathbf{x}$."},
        _cell([png]),
        _cell([png], alt="A short description."),
        _cell([widget, png], tags=["nbval-ignore-output"]),
        _cell([plotly]),
        _cell([], tags=["solution"]),
    ], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    out = build_site.prepare_notebook(nb, NOTEBOOKS[0], CUR, "Title")["cells"]
    assert build_site.BADGE_IMG not in out[0]["source"] and 'class="colab-badge"' in out[0]["source"]
    assert out[2]["metadata"]["mystnb"]["image"]["alt"] == "The figure shows λ against x."
    assert out[3]["metadata"]["mystnb"]["image"]["alt"] == "A short description."
    kinds = [list(o["data"]) for o in out[4]["outputs"]]
    assert kinds[0] == ["text/html"] and "Colab" in out[4]["outputs"][0]["data"]["text/html"] and "image/png" in kinds[1]
    div = out[5]["outputs"][0]["data"]["text/html"]
    assert "</script><b>" not in div and "Plotly.newPlot" in div and "cdn.plot.ly" not in div
    assert "hide-cell" in out[6]["metadata"]["tags"] and "solution" in out[6]["metadata"]["tags"]
    assert nb["cells"][2]["metadata"] == {}, "the original notebook was changed"
