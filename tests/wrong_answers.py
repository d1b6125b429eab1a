"""Plausible wrong answers every checker must reject: {notebook: {exercise: [sources]}}.

Each source defines `wrong`, a mistake a learner could really make (forgot to centre, transposed,
off by a factor, the L1 instead of the L2 norm, ...). It runs in the notebook's namespace after
the exercises, so it may use np and the notebook's own functions. tests/test_checkers.py calls
check_<exercise>(wrong) and requires False.
"""

WRONG_ANSWERS: dict[str, dict[str, list[str]]] = {
    "colab_quick_start/setup_environment.ipynb": {
        "dot": [
            "def wrong(x, y):\n    return float(np.sum(x) * np.sum(y))",          # sum of each, multiplied
            "def wrong(x, y):\n    return x * y",                                  # forgot to add up
            "def wrong(x, y):\n    return float(np.sum(np.abs(x * y)))",           # absolute values
            "def wrong(x, y):\n    return int(np.sum(x * y))",                     # truncated to an integer
            "def wrong(x, y):\n    return float(np.mean(x * y))",                  # mean, not sum
            "def wrong(x, y):\n    return float(np.sum(x * y))",                   # no length check: broadcasts
            "def wrong(x, y):\n    return sum(a * b for a, b in zip(x, y))",       # zip drops extra entries
        ],
    },
}
