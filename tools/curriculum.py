"""What the maintainer tools and the tests share: the notebook list, notebook I/O, badges.

Nothing here is imported by a notebook: every notebook stands alone in Colab.
"""
from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CURRICULUM_FILE = ROOT / "tools" / "curriculum.toml"
SETUP_CELL_FILE = ROOT / "tools" / "setup_cell.py"
README_FILE = ROOT / "README.md"

# The environment every stored output is produced in (by tools/execute_notebooks.py) and
# compared in (by nbval, through conftest.py). The plotly renderer is fixed here, for stored
# outputs only: a notebook never sets one, so plotly picks the right one wherever it runs.
DETERMINISTIC_ENV = {
    "PYTHONHASHSEED": "0",
    "OMP_NUM_THREADS": "1",
    "OPENBLAS_NUM_THREADS": "1",
    "MKL_NUM_THREADS": "1",
    "PLOTLY_RENDERER": "plotly_mimetype+notebook_connected",
    "PYDEVD_DISABLE_FILE_VALIDATION": "1",
}

# Folder -> (heading in the README, kind of notebook). The kind decides which sections a
# notebook must have (tests/notebook_rules.py).
SECTIONS = {
    "colab_quick_start": ("🚀 Start here", "start"),
    "01_linear_algebra": ("📐 Linear Algebra", "topic"),
    "02_calculus": ("🧮 Calculus", "topic"),
    "03_probability_statistics": ("🎲 Probability & Statistics", "topic"),
    "04_ml_applications": ("🤖 ML Applications", "topic"),
    "interactive_demos": ("🎮 Interactive Playgrounds", "playground"),
    "complete_projects": ("🛠️ Complete Projects", "project"),
}
PATHS = {
    "beginner": "🌱 Beginner — new to the mathematics of ML",
    "intermediate": "🌿 Intermediate — you know some ML and want the why",
    "advanced": "🌳 Advanced — you want the deep understanding",
}
BADGE_IMG = "https://colab.research.google.com/assets/colab-badge.svg"
COLAB_URL = re.compile(r"https://colab\.research\.google\.com/github/[^/\s\"')]+/[^/\s\"')]+/blob/[^/\s\"')]+/")


@dataclass(frozen=True)
class Notebook:
    path: str
    title: str
    topics: str
    paths: tuple[str, ...] = field(default_factory=tuple)

    @property
    def folder(self) -> str:
        return self.path.split("/", 1)[0]

    @property
    def kind(self) -> str:
        return SECTIONS[self.folder][1]

    @property
    def exists(self) -> bool:
        return (ROOT / self.path).is_file()


@dataclass(frozen=True)
class Curriculum:
    repository: str
    branch: str
    notebooks: tuple[Notebook, ...]

    def colab_url(self, path: str) -> str:
        return f"https://colab.research.google.com/github/{self.repository}/blob/{self.branch}/{path}"

    def badge(self, path: str) -> str:
        """The Open-in-Colab badge as HTML, the first line of every notebook."""
        return (f'<a href="{self.colab_url(path)}" target="_parent">'
                f'<img src="{BADGE_IMG}" alt="Open In Colab"/></a>')

    def badge_md(self, path: str) -> str:
        return f"[![Open In Colab]({BADGE_IMG})]({self.colab_url(path)})"

    def existing(self) -> list[Notebook]:
        return [nb for nb in self.notebooks if nb.exists]


def load_curriculum(file: Path = CURRICULUM_FILE) -> Curriculum:
    data = tomllib.loads(file.read_text(encoding="utf-8"))
    notebooks = tuple(Notebook(n["path"], n["title"], n["topics"], tuple(n.get("paths", ())))
                      for n in data["notebook"])
    for nb in notebooks:
        if nb.folder not in SECTIONS:
            raise ValueError(f"{file.name}: {nb.path} is not in a curriculum folder")
        unknown = set(nb.paths) - set(PATHS)
        if unknown:
            raise ValueError(f"{file.name}: {nb.path} names unknown learning paths {sorted(unknown)}")
    if not re.fullmatch(r"[\w.-]+/[\w.-]+", data["repository"]):
        raise ValueError(f"{file.name}: repository must look like OWNER/NAME, got {data['repository']!r}")
    return Curriculum(data["repository"], data["branch"], notebooks)


def notebook_files() -> list[str]:
    """Every .ipynb in a curriculum folder, as a path relative to the repository root."""
    return sorted(p.relative_to(ROOT).as_posix() for folder in SECTIONS
                  for p in (ROOT / folder).glob("*.ipynb"))


def canonical_setup_source() -> str:
    return SETUP_CELL_FILE.read_text(encoding="utf-8").rstrip("\n")


def cell_source(cell: dict) -> str:
    src = cell.get("source", "")
    return "".join(src) if isinstance(src, list) else src


def set_source(cell: dict, text: str) -> None:
    cell["source"] = text.splitlines(keepends=True)


def read_notebook(path: Path | str) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def dump_notebook(nb: dict) -> str:
    """The notebook as Jupyter itself writes it (so a save from JupyterLab makes no diff)."""
    for cell in nb["cells"]:
        set_source(cell, cell_source(cell))
    return json.dumps(nb, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def write_notebook(path: Path | str, nb: dict) -> bool:
    """Write `nb` to `path`; return True if the file changed."""
    path = Path(path)
    text = dump_notebook(nb)
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return False
    path.write_text(text, encoding="utf-8")
    return True


def notebook_client(nb, cwd: Path | str, timeout: int, **options):
    """An nbclient NotebookClient that runs the nbformat notebook `nb` in a fresh kernel, in `cwd`.

    Its mirror of an ipywidgets Output widget (an `interact`'s output area) keeps what the widget
    shows but sends nothing back to the kernel. nbclient's own mirror sends the widget's new state
    on the shell channel while the client is waiting there for the cell's reply, and the reply's
    wake-up can then be missed: the cell stalls until `timeout`, both processes idle (seen as
    five-minute stalls of slider cells). The kernel needs none of those messages.
    """
    from nbclient import NotebookClient
    from nbclient.output_widget import OutputWidget

    class QuietOutputWidget(OutputWidget):
        def sync_state(self) -> None:
            pass

    client = NotebookClient(nb, timeout=timeout, kernel_name="python3",
                            resources={"metadata": {"path": str(cwd)}}, **options)
    client.widget_registry = {"@jupyter-widgets/output": {"OutputModel": QuietOutputWidget}}
    return client


def first_code_cell(nb: dict) -> dict | None:
    return next((c for c in nb["cells"] if c["cell_type"] == "code"), None)
