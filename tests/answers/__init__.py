"""Answers every exercise checker is tried with, one module per notebook, as plain functions.

Each module makes `ANSWERS = Answers("folder/notebook.ipynb")` and registers with decorators:

    @ANSWERS.wrong("normalize", "divides by the L1 norm")      # a mistake a learner could make
    def _(v):
        return v / np.abs(v).sum()

    @ANSWERS.right("dot", "a one-element list for the number")  # a right answer in another form
    def _(x, y):
        ...

For a value exercise (`coords = None` in the starter) the function takes no arguments and returns
the value. `ANSWERS.accept(exercise, mutant, why)` declares a generic mutant of the solution that is
a right answer (a free sign). tests/probe.py imports the module inside the notebook's kernel and
fills in, from the notebook, the names the functions use (np, the notebook's own helpers), so these
functions run exactly as a learner's would. tests/test_checkers.py requires every wrong answer
rejected and every right one accepted.
"""
from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable


class Answers:
    """The wrong and right answers of one notebook's exercises."""

    def __init__(self, notebook: str):
        self.notebook = notebook
        self.wrongs: dict[str, dict[str, Callable]] = {}
        self.rights: dict[str, dict[str, Callable]] = {}
        self.accepted: dict[str, dict[str, str]] = {}

    def wrong(self, exercise: str, mistake: str):
        """Register a plausible wrong answer; the checker must reject it."""
        return self._register(self.wrongs, exercise, mistake)

    def right(self, exercise: str, why: str):
        """Register a right answer the solution does not spell out; the checker must accept it."""
        return self._register(self.rights, exercise, why)

    def accept(self, exercise: str, mutant: str, why: str) -> None:
        """Declare that the generic mutant `mutant` of the solution is a right answer, and why."""
        self.accepted.setdefault(exercise, {})[mutant] = why

    @staticmethod
    def _register(table, exercise, label):
        def decorator(func):
            if label in table.setdefault(exercise, {}):
                raise ValueError(f"{exercise}: the answer {label!r} is registered twice")
            table[exercise][label] = func
            return func
        return decorator


def all_answers() -> dict[str, Answers]:
    """Every module's Answers, by notebook path."""
    found = {}
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        answers = module.ANSWERS
        if answers.notebook in found:
            raise ValueError(f"two answer modules for {answers.notebook}")
        found[answers.notebook] = answers
    return found


def module_for(notebook: str) -> str | None:
    """The dotted name of the module holding a notebook's answers, or None."""
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        if module.ANSWERS.notebook == notebook:
            return module.__name__
    return None
