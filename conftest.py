"""pytest configuration shared by nbval and the tests in tests/."""
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "tools"))

from curriculum import DETERMINISTIC_ENV  # noqa: E402

# Kernels started by nbval inherit this: the same environment the stored outputs were made in.
os.environ.update(DETERMINISTIC_ENV)
os.environ["PATH"] = str(Path(sys.executable).parent) + os.pathsep + os.environ.get("PATH", "")

# Output types nbval does not compare: the plotly figure JSON and any HTML (plotly's div ids and
# animation ids are random per run), widget views (random model ids). The text/plain part of the
# same outputs is still compared, and so is every printed line.
SKIP_COMPARE = (
    "application/vnd.plotly.v1+json",
    "text/html",
    "application/javascript",
    "application/vnd.jupyter.widget-view+json",
)


def pytest_collectstart(collector):
    if getattr(collector, "path", None) is not None and collector.path.suffix == ".ipynb" \
            and hasattr(collector, "skip_compare"):
        collector.skip_compare += SKIP_COMPARE

