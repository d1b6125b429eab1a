"""Plausible wrong answers every checker must reject: {notebook: {exercise: [sources]}}.

Each source defines `wrong`, a mistake a learner could really make (forgot to centre, transposed,
off by a factor, the L1 instead of the L2 norm, ...). It runs in the notebook's namespace after
the exercises, so it may use np and the notebook's own functions. tests/test_checkers.py calls
check_<exercise>(wrong) and requires False.
"""

WRONG_ANSWERS: dict[str, dict[str, list[str]]] = {}
