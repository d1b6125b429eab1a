#!/usr/bin/env python3
"""Grade students' copies of a notebook with the master notebook's own checkers; write a CSV.

  python tools/grade_submissions.py MASTER.ipynb SUBMISSION_OR_FOLDER... -o grades.csv [-j N] [--timeout S]

MASTER is the full notebook (or a student edition made from it). A folder stands for every .ipynb
under it. grades.csv has one row per submission: `submission`, one column per exercise (pass, fail
or not attempted, in the master's order), `passed`, `total` and `notes` (why something failed).
A line per submission is printed as it is graded, then the pass rate of every exercise.

How a submission is graded. Only the code of its exercise starters is taken from it: for each
exercise, the cell tagged `starter` that still defines the exercise's name (or, with the tag lost,
the last code cell that defines it). Everything else comes from the master: its setup, the cells
before its checkers, its checkers, and the cells between exercises. Stored outputs, check cells and
any other cell of the submission are ignored, so a redefined checker, a printed ✅, an edited output
or a deleted cell earns nothing. Each starter runs as its own cell, then the master's checker is
called on the answer it defines; an error, a syntax error, a time-out, a huge output or running out
of memory fails that exercise alone. A starter that replaces functions of NumPy, SciPy, the
standard library or the checkers themselves fails, noted "tampering suspected".

Each submission runs in its own process, forked from one that has run the master once, with its
own empty temporary working folder, a time limit per exercise (--timeout) and a memory limit
(Linux). It still runs the students' code on your machine with your permissions:
grade in a container or a throw-away account if you do not trust it. Needs Linux or macOS.

  python tools/grade_submissions.py 01_linear_algebra/01_vectors_and_spaces.ipynb submissions/ -o grades.csv
"""
from __future__ import annotations

import os

from curriculum import DETERMINISTIC_ENV

# Before NumPy is imported: one BLAS thread, so that forking is safe and grading reproducible.
# Figures are made but never shown: no window, and no browser tab for a plotly figure.
os.environ.update(DETERMINISTIC_ENV)
os.environ.update({"MPLBACKEND": "Agg", "PLOTLY_RENDERER": "json"})

import argparse  # noqa: E402
import csv  # noqa: E402
import io  # noqa: E402
import json  # noqa: E402
import re  # noqa: E402
import select  # noqa: E402
import shutil  # noqa: E402
import signal  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from pathlib import Path  # noqa: E402

from curriculum import cell_source  # noqa: E402

OUTPUT_LIMIT = 1_000_000          # bytes of printed output one exercise may produce
MEMORY_LIMIT = 4 * 2**30          # bytes of address space a submission may add to the master's
SNAPSHOT_MODULES = ("numpy", "scipy", "sklearn", "math", "cmath", "builtins", "copy", "inspect", "types",
                    "json", "zlib", "base64", "dis", "numbers", "functools", "operator", "itertools",
                    "contextlib", "warnings", "textwrap", "io")
PASS, FAIL, NOT_ATTEMPTED = "pass", "fail", "not attempted"


class GradingError(Exception):
    """A plain reason why the master cannot be used."""


def tags(cell: dict) -> list[str]:
    return cell.get("metadata", {}).get("tags", [])


def defined_name(source: str) -> str | None:
    """The name a starter defines: `def name(` or `name = None`."""
    m = re.search(r"^def (\w+)\(", source, re.M) or re.search(r"^(\w+)\s*=\s*None\b", source, re.M)
    return m[1] if m else None


def defines(source: str, name: str) -> bool:
    return re.search(rf"^(def {name}\(|{name}\s*(:[^=]*)?=[^=])", source, re.M) is not None


def title(nb: dict) -> str | None:
    for cell in nb.get("cells", []):
        if cell.get("cell_type") == "markdown":
            m = re.search(r"(?m)^# (.+)$", cell_source(cell))
            return m[1].strip() if m else None
    return None


# ── The master: what runs once, and the steps every submission goes through ─────────────────

@dataclass
class Master:
    title: str | None
    exercises: list[str]                       # answer names, in order
    before: list[str]                          # setup and the cells before the checkers
    checkers: list[str]                        # the checkers cells
    steps: list[tuple[str, str]] = field(default_factory=list)   # ("code", source) or ("exercise", name)


def read_master(path: Path) -> Master:
    try:
        nb = json.loads(path.read_text(encoding="utf-8"))
        cells = nb["cells"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise GradingError(f"{path} cannot be read as a notebook ({exc})") from None
    code = [c for c in cells if c.get("cell_type") == "code"]
    marks = [i for i, c in enumerate(code) if "checkers" in tags(c)]
    starters = [i for i, c in enumerate(code) if "starter" in tags(c)]
    if not marks or not starters:
        raise GradingError(f"{path} has no exercises to grade (no cells tagged `checkers` and `starter`)")
    first, last = marks[0], starters[-1]
    master = Master(title(nb), [], [cell_source(c) for c in code[:first]], [])
    for c in code[first:last + 1]:
        kind = set(tags(c))
        if "checkers" in kind:
            master.checkers.append(cell_source(c))
        elif "starter" in kind:
            name = defined_name(cell_source(c))
            if name is None:
                raise GradingError(f"{path}: a starter cell defines no answer name")
            master.exercises.append(name)
            master.steps.append(("exercise", name))
        elif not kind & {"check", "solution", "progress", "answer"}:
            master.steps.append(("code", cell_source(c)))
    return master


# ── A submission: which starter answers each exercise ─────────────────────────────────────

@dataclass
class Submission:
    path: Path
    starters: dict[str, str] = field(default_factory=dict)
    problem: str | None = None                 # why it cannot be graded at all


def read_submission(path: Path, master: Master) -> Submission:
    sub = Submission(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        sub.problem = f"not a notebook ({type(exc).__name__})"
        return sub
    if not text.strip():
        sub.problem = "not a notebook (empty file)"
        return sub
    try:
        nb = json.loads(text)
    except ValueError:
        sub.problem = "not a notebook (invalid JSON)"
        return sub
    if not isinstance(nb, dict) or not isinstance(nb.get("cells"), list):
        sub.problem = "not a notebook (no cells)"
        return sub
    code = [c for c in nb["cells"] if isinstance(c, dict) and c.get("cell_type") == "code"
            and not set(tags(c)) & {"setup", "solution", "checkers"}]
    for name in master.exercises:
        tagged = [c for c in code if "starter" in tags(c) and defines(cell_source(c), name)]
        anywhere = [c for c in code if defines(cell_source(c), name)]
        if tagged or anywhere:
            sub.starters[name] = cell_source((tagged or anywhere)[-1])
    listed = nb.get("metadata", {}).get("math_for_ml", {}).get("exercises")
    if (listed is not None and listed != master.exercises) or (
            not sub.starters and title(nb) != master.title):
        sub.problem = f"not this assignment ({title(nb) or 'untitled'})"
    return sub


# ── The template process: the master, run once; a forked child per submission ───────────────

class Sink(io.TextIOBase):
    """Where a submission's printed output goes: counted, never stored."""

    def __init__(self):
        self.count = 0

    def writable(self):
        return True

    def write(self, text):
        self.count += len(text)
        return len(text)


class TimeLimit(BaseException):
    """Raised in a submission's process when an exercise runs out of time."""


def make_shell():
    from IPython.core.interactiveshell import InteractiveShell
    from traitlets.config import Config

    config = Config()
    config.HistoryManager.enabled = False
    return InteractiveShell.instance(config=config)


def run_master(master: Master, workdir: Path):
    """Run the master's setup, the cells before its checkers and its checkers; return (shell, checks)."""
    os.chdir(workdir)
    shell = make_shell()
    saved = sys.stdout, sys.stderr
    sys.stdout = sys.stderr = Sink()
    try:
        for source in master.before:
            result = shell.run_cell(source, store_history=False)
            if not result.success:
                raise GradingError(f"the master notebook fails before its exercises ({result.error_in_exec!r})")
        # The checkers are made in a private copy of the namespace: no reference answer is a name
        # a submission can call, and rebinding a name cannot change a verdict.
        private = dict(shell.user_ns)
        for source in master.checkers:
            exec(compile(source, "<master checkers>", "exec"), private)
    finally:
        sys.stdout, sys.stderr = saved
    checks = {}
    for name in master.exercises:
        check = private.get(f"check_{name}")
        if not callable(check):
            raise GradingError(f"the master has no checker check_{name}")
        checks[name] = check
        shell.user_ns[f"check_{name}"] = check     # a starter may call it; its output is ignored
    import matplotlib.pyplot as plt
    plt.close("all")
    return shell, checks


def snapshot(checks: dict) -> dict:
    """What a submission must not change: module functions and the checkers' own machinery."""
    seen = {}
    for modname, module in list(sys.modules.items()):
        if module is not None and modname.split(".")[0] in SNAPSHOT_MODULES:
            for attr, value in list(vars(module).items()):
                if not attr.startswith("__"):
                    seen[(modname, attr)] = (module, attr, value)
    pending, done = list(checks.values()), set()
    while pending:
        obj = pending.pop()
        if id(obj) in done or isinstance(obj, type(sys)):
            continue
        done.add(id(obj))
        if isinstance(obj, type) and obj.__module__ not in ("builtins",):
            seen[(id(obj), "<names>")] = (obj, "<names>", frozenset(vars(obj)))
            for attr, value in list(vars(obj).items()):
                seen[(id(obj), attr)] = (obj, attr, value)
                if callable(value):
                    pending.append(value)
        elif hasattr(obj, "__code__"):
            for attr in ("__code__", "__defaults__", "__kwdefaults__"):
                seen[(id(obj), attr)] = (obj, attr, getattr(obj, attr))
            for cell in obj.__closure__ or ():
                try:
                    value = cell.cell_contents
                except ValueError:
                    continue
                seen[(id(cell), "cell_contents")] = (cell, "cell_contents", value)
                if callable(value):
                    pending.append(value)
    return seen


def changes(before: dict) -> list[str]:
    """What differs from a snapshot, restoring it; names of what was replaced."""
    changed = []
    for key, (owner, attr, value) in before.items():
        if attr == "<names>":                  # a class given a new method, such as __bool__
            for added in frozenset(vars(owner)) - value:
                changed.append(f"{owner.__name__}.{added}")
                try:
                    delattr(owner, added)
                except (AttributeError, TypeError):
                    pass
            continue
        now = (vars(owner).get(attr, changes) if isinstance(owner, (type, type(sys)))
               else getattr(owner, attr, changes))
        if now is not value:
            changed.append(f"{key[0]}.{attr}" if isinstance(key[0], str) else attr.strip("_"))
            try:
                setattr(owner, attr, value)
            except (AttributeError, TypeError):
                pass
    return changed


def grade_in_child(shell, checks: dict, master: Master, sub: Submission, skip: set[str], graded: set[str],
                   timeout: float, report) -> None:
    """In the forked process: run the steps, report each exercise's result as a JSON line.

    skip: exercises whose starter is not run again (it hung or crashed an earlier process);
    graded: exercises graded by an earlier process, whose starters run again, unchecked, because
    later exercises may use what they define."""
    import matplotlib.pyplot as plt

    def alarm(signum, frame):
        raise TimeLimit
    signal.signal(signal.SIGALRM, alarm)
    sink = Sink()
    sys.stdout = sys.stderr = sink
    sys.stdin = io.StringIO()

    def run(source):
        """Run one cell; the problem it had, or None."""
        result = shell.run_cell(source, store_history=False)
        plt.close("all")
        error = result.error_before_exec or result.error_in_exec
        if isinstance(error, TimeLimit):
            raise error
        if isinstance(error, SyntaxError):
            return f"syntax error (line {error.lineno})" if error.lineno else "syntax error"
        if isinstance(error, MemoryError):
            return "out of memory"
        if error is not None:
            return f"error: {type(error).__name__}: {str(error)[:80]}"
        return None

    baseline = snapshot(checks)
    for kind, what in master.steps:
        if kind == "code":
            run(what)
            continue
        name = what
        if name in skip:
            continue
        if name in graded:
            if name in sub.starters:
                signal.setitimer(signal.ITIMER_REAL, timeout)
                try:
                    run(sub.starters[name])
                except TimeLimit:
                    pass
                finally:
                    signal.setitimer(signal.ITIMER_REAL, 0)
                changes(baseline)
            continue
        if name not in sub.starters:
            report({"name": name, "status": NOT_ATTEMPTED, "note": "its starter cell is missing"})
            continue
        report({"start": name})
        sink.count, status, note = 0, FAIL, None
        signal.setitimer(signal.ITIMER_REAL, timeout)
        try:
            note = run(sub.starters[name])
            if note is None:
                out = io.StringIO()
                sys.stdout = out
                try:
                    verdict = checks[name](shell.user_ns.get(name))
                finally:
                    sys.stdout = sink
                lines = [l for l in out.getvalue().splitlines() if l.startswith(("✅", "❌", "⏳"))]
                line = lines[-1] if lines else ""
                sink.count += len(out.getvalue())
                if bool(verdict) and line.startswith("✅"):
                    status = PASS
                elif line.startswith("⏳"):
                    status = NOT_ATTEMPTED
                else:
                    note = line[2:].split(": ", 1)[-1][:120] if line else "the check did not pass"
        except TimeLimit:
            note = f"timed out after {timeout:g} s"
        except MemoryError:
            note = "out of memory"
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        replaced = changes(baseline)
        if replaced:
            status, note = FAIL, "tampering suspected (replaced " + ", ".join(sorted(replaced)[:3]) + ")"
        elif sink.count > OUTPUT_LIMIT:
            status, note = FAIL, f"huge output ({sink.count / 1e6:.1f} MB printed)"
        report({"name": name, "status": status, "note": note if status != PASS else None})


@dataclass
class Child:
    sub: Submission
    skip: set[str]
    graded: set[str]
    pid: int
    fd: int
    buffer: bytes = b""
    current: str | None = None
    deadline: float = 0.0


def address_space() -> int:
    """The bytes of address space this process uses (Linux), else its peak resident size."""
    try:
        return int(Path("/proc/self/statm").read_text().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        import resource
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def fork_child(shell, checks, master, sub, skip, graded, timeout, root: Path) -> Child:
    read_fd, write_fd = os.pipe()
    workdir = Path(tempfile.mkdtemp(prefix="submission-", dir=root))
    pid = os.fork()
    if pid == 0:                                         # the child: never returns
        code = 0
        try:
            os.close(read_fd)
            os.chdir(workdir)
            null = os.open(os.devnull, os.O_RDWR)
            for fd in (0, 1, 2):
                os.dup2(null, fd)
            try:
                import resource
                limit = address_space() + MEMORY_LIMIT
                resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
            except (ImportError, ValueError, OSError):
                pass
            out = os.fdopen(write_fd, "w", buffering=1)

            def report(message):
                out.write(json.dumps(message) + "\n")
            grade_in_child(shell, checks, master, sub, skip, graded, timeout, report)
            report({"end": True})
        except BaseException:
            code = 1
        finally:
            os._exit(code)
    os.close(write_fd)
    os.set_blocking(read_fd, False)
    return Child(sub, skip, graded, pid, read_fd, deadline=time.monotonic() + 120 + timeout)


def grade_all(master: Master, subs: list[Submission], jobs: int, timeout: float, on_done) -> dict:
    """Grade every submission; results[path] = {exercise: (status, note)}. Calls on_done(sub, result)."""
    results: dict[Path, dict] = {}
    gradable = [s for s in subs if s.problem is None]
    for s in subs:
        if s.problem is not None:
            results[s.path] = {}
            on_done(s, results[s.path])
    if not gradable:
        return results
    root = Path(tempfile.mkdtemp(prefix="grading-"))
    here = Path.cwd()
    try:
        masterdir = root / "master"
        masterdir.mkdir()
        shell, checks = run_master(master, masterdir)
        os.chdir(here)
        queue = [(s, set(), set()) for s in gradable]
        running: list[Child] = []
        while queue or running:
            while queue and len(running) < jobs:
                sub, skip, graded = queue.pop(0)
                results.setdefault(sub.path, {})
                running.append(fork_child(shell, checks, master, sub, skip, graded, timeout, root))
            wait = max(0.0, min(c.deadline for c in running) - time.monotonic())
            ready, _, _ = select.select([c.fd for c in running], [], [], min(wait, 1.0))
            for child in list(running):
                ended = False
                if child.fd in ready:
                    try:
                        chunk = os.read(child.fd, 1 << 16)
                    except BlockingIOError:
                        chunk = None
                    if chunk == b"":
                        ended = True
                    elif chunk:
                        child.buffer += chunk
                        *lines, child.buffer = child.buffer.split(b"\n")
                        for line in lines:
                            message = json.loads(line)
                            if "start" in message:
                                child.current = message["start"]
                                child.deadline = time.monotonic() + timeout + 5
                            elif "name" in message:
                                results[child.sub.path][message["name"]] = (message["status"], message["note"])
                                child.current = None
                                child.deadline = time.monotonic() + 120 + timeout
                            elif "end" in message:
                                ended = True
                timed_out = not ended and time.monotonic() > child.deadline
                if not (ended or timed_out):
                    continue
                if timed_out:
                    os.kill(child.pid, signal.SIGKILL)
                os.waitpid(child.pid, 0)
                os.close(child.fd)
                running.remove(child)
                graded = results[child.sub.path]
                if child.current is not None:           # it died or hung inside an exercise
                    graded[child.current] = (FAIL, f"timed out after {timeout:g} s" if timed_out
                                             else "the process crashed")
                    if any(n not in graded for n in master.exercises):
                        queue.insert(0, (child.sub, child.skip | {child.current}, set(graded)))
                        continue
                for name in master.exercises:
                    graded.setdefault(name, (FAIL, "the process crashed" if not timed_out
                                             else f"timed out after {timeout:g} s"))
                on_done(child.sub, graded)
    finally:
        os.chdir(here)
        shutil.rmtree(root, ignore_errors=True)
    return results


# ── The report ───────────────────────────────────────────────────────────────────────────────

def row(master: Master, sub: Submission, graded: dict) -> dict:
    cells = {"submission": str(sub.path)}
    notes = [sub.problem] if sub.problem else []
    for name in master.exercises:
        status, note = graded.get(name, (NOT_ATTEMPTED, None))
        cells[name] = status
        if note and status != PASS and not sub.problem:
            notes.append(f"{name}: {note}")
    cells["passed"] = sum(cells[n] == PASS for n in master.exercises)
    cells["total"] = len(master.exercises)
    cells["notes"] = "; ".join(notes)
    return cells


def submission_files(paths: list[Path]) -> list[Path]:
    found = []
    for p in paths:
        if p.is_dir():
            found += sorted(q for q in p.rglob("*.ipynb") if ".ipynb_checkpoints" not in q.parts)
        else:
            found.append(p)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog=__doc__.split("\n\n", 1)[1])
    parser.add_argument("master", type=Path, help="the full notebook (or its student edition)")
    parser.add_argument("submissions", nargs="+", type=Path, help="submitted notebooks, or folders of them")
    parser.add_argument("-o", "--output", required=True, type=Path, help="the CSV file to write")
    parser.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1,
                        help="submissions graded at once (default: the number of CPUs)")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds one exercise may take (default 60)")
    args = parser.parse_args(argv)
    if not hasattr(os, "fork"):
        print("grade_submissions.py needs Linux or macOS (it forks a process per submission); "
              "on Windows, run it in WSL or in Colab", file=sys.stderr)
        return 2
    if args.jobs < 1 or args.timeout <= 0:
        parser.error("-j and --timeout must be positive")
    missing = [p for p in args.submissions if not p.exists()]
    if missing:
        parser.error("no such file or folder: " + ", ".join(map(str, missing)))
    try:
        master = read_master(args.master)
    except GradingError as exc:
        print(f"cannot grade: {exc}", file=sys.stderr)
        return 2
    files = submission_files(args.submissions)
    subs = [read_submission(p, master) for p in files]
    start, done = time.monotonic(), []

    def on_done(sub, graded):
        r = row(master, sub, graded)
        done.append(r)
        notes = f"  ({r['notes']})" if r["notes"] else ""
        print(f"[{len(done)}/{len(subs)}] {sub.path}: {r['passed']}/{r['total']} passed{notes}", flush=True)

    try:
        results = grade_all(master, subs, args.jobs, args.timeout, on_done)
    except GradingError as exc:
        print(f"cannot grade: {exc}", file=sys.stderr)
        return 2
    rows = [row(master, s, results.get(s.path, {})) for s in subs]
    args.output.parent.mkdir(parents=True, exist_ok=True)
    with open(args.output, "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, ["submission", *master.exercises, "passed", "total", "notes"])
        writer.writeheader()
        writer.writerows(rows)
    width = max(len(n) for n in master.exercises)
    print(f"\n{'exercise':<{width}}  pass rate")
    for name in master.exercises:
        n = sum(r[name] == PASS for r in rows)
        print(f"{name:<{width}}  {n}/{len(rows)}" + (f" ({100 * n / len(rows):.0f} %)" if rows else ""))
    print(f"\n{len(rows)} submissions graded in {time.monotonic() - start:.0f} s → {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
