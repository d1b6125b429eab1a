#!/usr/bin/env python3
"""Write every Open-in-Colab badge and link from tools/curriculum.toml.

It writes the header badge of each notebook, the README of each curriculum folder, points every Colab link in the notebooks and the
README at the configured repository, fills the README's generated tables (quick start, structure,
learning paths) and the learning-paths cell of the start-here notebook. A notebook listed in
curriculum.toml but not yet on disk is shown as "in preparation", without a badge.

  python tools/write_badges.py                                # after adding a notebook
  python tools/write_badges.py --repository OWNER/NAME        # after forking or renaming
  python tools/write_badges.py --check                        # exit 1 if anything is out of date
"""
from __future__ import annotations

import argparse
import re
import sys

from curriculum import (COLAB_URL, CURRICULUM_FILE, PATHS, README_FILE, ROOT, SECTIONS, Curriculum,
                        cell_source, dump_notebook, load_curriculum, read_notebook, set_source)

LEARNING_PATHS_TAG = "learning-paths"
BLOCK = re.compile(r"(<!-- generated:(?P<name>[\w-]+) -->\n)(.*?)(<!-- /generated:(?P=name) -->)", re.S)


def quick_start_table(cur: Curriculum) -> str:
    rows = [f"| {SECTIONS[nb.folder][0].split(' ', 1)[0]} **{nb.title}** | [`{nb.path}`]({nb.path}) | {cur.badge_md(nb.path)} |"
            for nb in cur.existing()]
    return "| Topic | Notebook | Colab |\n|---|---|---|\n" + "\n".join(rows) + "\n"


def structure_tables(cur: Curriculum) -> str:
    parts = []
    for folder, (heading, _kind) in SECTIONS.items():
        notebooks = [nb for nb in cur.notebooks if nb.folder == folder]
        if not notebooks:
            continue
        rows = [f"| **{nb.title}** | {nb.topics} | "
                + (cur.badge_md(nb.path) if nb.exists else "*in preparation*") + " |"
                for nb in notebooks]
        parts.append(f"### {heading} — `{folder}/`\n\n| Notebook | Topics covered | Colab |\n"
                     "|---|---|---|\n" + "\n".join(rows) + "\n")
    return "\n".join(parts)


def folder_readme(cur: Curriculum, folder: str) -> str:
    """The README GitHub shows in a curriculum folder: its notebooks, with badges."""
    heading = SECTIONS[folder][0]
    rows = [f"| **{nb.title}** | {nb.topics} | "
            + (f"[`{nb.path.split('/', 1)[1]}`]({nb.path.split('/', 1)[1]}) {cur.badge_md(nb.path)}"
               if nb.exists else "*in preparation*") + " |"
            for nb in cur.notebooks if nb.folder == folder]
    return (f"# {heading}\n\n<!-- Written by tools/write_badges.py from tools/curriculum.toml: "
            "edit those, not this file. -->\n\n| Notebook | Topics covered | Open |\n|---|---|---|\n"
            + "\n".join(rows) + "\n\nBack to the [curriculum overview](../README.md).\n")


def learning_paths(cur: Curriculum) -> str:
    parts = []
    for key, heading in PATHS.items():
        items = []
        for nb in (n for n in cur.notebooks if key in n.paths):
            link = f"[{nb.title}]({cur.colab_url(nb.path)}) {cur.badge_md(nb.path)}" if nb.exists \
                else f"{nb.title} *(in preparation)*"
            items.append(f"{len(items) + 1}. {link} — {nb.topics}")
        parts.append(f"**{heading}**\n\n" + "\n".join(items) + "\n")
    return "\n".join(parts)


def retarget_links(text: str, cur: Curriculum) -> str:
    """Point every Colab link at the configured repository and branch."""
    return COLAB_URL.sub(cur.colab_url(""), text)


def render_readme(text: str, cur: Curriculum) -> str:
    blocks = {"quick-start": quick_start_table(cur), "structure": structure_tables(cur),
              "learning-paths": learning_paths(cur)}

    def fill(m: re.Match) -> str:
        if m["name"] not in blocks:
            raise ValueError(f"README.md: unknown generated block {m['name']!r}")
        return m.group(1) + blocks[m["name"]] + m.group(4)

    return BLOCK.sub(fill, retarget_links(text, cur))


def render_notebook(nb: dict, path: str, cur: Curriculum) -> dict:
    cells = nb["cells"]
    if not cells or cells[0]["cell_type"] != "markdown":
        raise ValueError(f"{path}: the first cell must be the markdown header")
    lines = cell_source(cells[0]).split("\n")
    if lines[0].startswith('<a href="https://colab.research.google.com/'):
        lines[0] = cur.badge(path)
    else:
        lines.insert(0, cur.badge(path))
    set_source(cells[0], "\n".join(lines))
    for cell in cells:
        if cell["cell_type"] != "markdown":
            continue
        if LEARNING_PATHS_TAG in cell.get("metadata", {}).get("tags", []):
            set_source(cell, learning_paths(cur).rstrip("\n"))
        else:
            set_source(cell, retarget_links(cell_source(cell), cur))
    return nb


def set_repository(repository: str) -> None:
    """Name a new repository in curriculum.toml, and move plain GitHub links (a clone URL) to it."""
    if not re.fullmatch(r"[\w.-]+/[\w.-]+", repository):
        raise SystemExit(f"--repository must look like OWNER/NAME, got {repository!r}")
    old = load_curriculum().repository
    text = CURRICULUM_FILE.read_text(encoding="utf-8")
    CURRICULUM_FILE.write_text(re.sub(r'(?m)^repository = ".*"$', f'repository = "{repository}"', text),
                               encoding="utf-8")
    for path in [README_FILE, *(ROOT / nb.path for nb in load_curriculum().existing())]:
        text = path.read_text(encoding="utf-8")
        moved = re.sub(rf"github\.com/{re.escape(old)}\b", f"github.com/{repository}", text)
        if moved != text:
            path.write_text(moved, encoding="utf-8")


def stale_files(cur: Curriculum) -> dict:
    """{path: new text} for every file whose badges or generated parts are out of date."""
    out = {}
    readme = README_FILE.read_text(encoding="utf-8")
    if (new := render_readme(readme, cur)) != readme:
        out[README_FILE] = new
    for folder in SECTIONS:
        path = ROOT / folder / "README.md"
        old = path.read_text(encoding="utf-8") if path.exists() else None
        if (new := folder_readme(cur, folder)) != old:
            out[path] = new
    for nb in cur.existing():
        path = ROOT / nb.path
        old = path.read_text(encoding="utf-8")
        if (new := dump_notebook(render_notebook(read_notebook(path), nb.path, cur))) != old:
            out[path] = new
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog=__doc__.split("\n\n", 1)[1])
    parser.add_argument("--repository", metavar="OWNER/NAME", help="set the GitHub repository first")
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if a file is out of date")
    args = parser.parse_args(argv)
    if args.repository and args.check:
        parser.error("--repository changes files; it cannot go with --check")
    if args.repository:
        set_repository(args.repository)
    cur = load_curriculum()
    stale = stale_files(cur)
    names = "".join(f"\n  {p.relative_to(ROOT)}" for p in stale)
    if args.check:
        print(f"{len(stale)} files out of date" + (names + "\nRun: python tools/write_badges.py" if stale else ""))
        return 1 if stale else 0
    for path, text in stale.items():
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
    print(f"{len(stale)} files rewritten for {cur.repository}" + names)
    return 0


if __name__ == "__main__":
    sys.exit(main())
