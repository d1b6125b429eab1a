"""The exercises of 02_calculus/02_chain_rule_backprop.ipynb: wrong answers every checker must reject, and right answers in other forms."""
from __future__ import annotations

import numpy as np

from . import Answers

ANSWERS = Answers("02_calculus/02_chain_rule_backprop.ipynb")


def _xy(x):
    x = np.asarray(x, dtype=float)
    if x.shape != (2,) or not np.all(np.isfinite(x)):
        raise ValueError("two finite numbers")
    return x[0], x[1]


# ── grad_h: h(x1, x2) = x1 sin(x1 x2) + x2^2 ─────────────────────────────────────────────────────


@ANSWERS.wrong("grad_h", "x1 used twice, only the sin term kept (did not accumulate)")
def _(x):
    x1, x2 = _xy(x)
    return np.array([np.sin(x1 * x2), x1**2 * np.cos(x1 * x2) + 2 * x2])


@ANSWERS.wrong("grad_h", "x1 used twice, only the inner-path term kept")
def _(x):
    x1, x2 = _xy(x)
    return np.array([x1 * x2 * np.cos(x1 * x2), x1**2 * np.cos(x1 * x2) + 2 * x2])


@ANSWERS.wrong("grad_h", "forgot the inner derivative of sin(x1 x2)")
def _(x):
    x1, x2 = _xy(x)
    return np.array([np.sin(x1 * x2) + x1 * np.cos(x1 * x2), x1 * np.cos(x1 * x2) + 2 * x2])


@ANSWERS.wrong("grad_h", "derivative of sin taken as -cos")
def _(x):
    x1, x2 = _xy(x)
    return np.array([np.sin(x1 * x2) - x1 * x2 * np.cos(x1 * x2), -(x1**2) * np.cos(x1 * x2) + 2 * x2])


@ANSWERS.wrong("grad_h", "derivative of x2^2 taken as x2")
def _(x):
    x1, x2 = _xy(x)
    return np.array([np.sin(x1 * x2) + x1 * x2 * np.cos(x1 * x2), x1**2 * np.cos(x1 * x2) + x2])


@ANSWERS.wrong("grad_h", "entries in the wrong order")
def _(x):
    x1, x2 = _xy(x)
    return np.array([x1**2 * np.cos(x1 * x2) + 2 * x2, np.sin(x1 * x2) + x1 * x2 * np.cos(x1 * x2)])


@ANSWERS.wrong("grad_h", "x2 written as x1 in the second entry (x1 * x2 * cos)")
def _(x):
    x1, x2 = _xy(x)
    return np.array([np.sin(x1 * x2) + x1 * x2 * np.cos(x1 * x2), x1 * x2 * np.cos(x1 * x2) + 2 * x2])


@ANSWERS.wrong("grad_h", "forward differences with a fixed step")
def _(x):
    x = np.asarray(x, dtype=float)
    if x.shape != (2,) or not np.all(np.isfinite(x)):
        raise ValueError("two finite numbers")
    h = lambda v: v[0] * np.sin(v[0] * v[1]) + v[1] ** 2
    step = 1e-6
    return np.array([(h(x + step * e) - h(x)) / step for e in np.eye(2)])


@ANSWERS.wrong("grad_h", "no check of the input: a NaN gets a NaN gradient")
def _(x):
    x1, x2 = np.asarray(x, dtype=float)[:2]
    return np.array([np.sin(x1 * x2) + x1 * x2 * np.cos(x1 * x2), x1**2 * np.cos(x1 * x2) + 2 * x2])


@ANSWERS.wrong("grad_h", "modifies x in place while computing")
def _(x):
    if isinstance(x, np.ndarray) and x.dtype.kind == "f":
        x1, x2 = _xy(x)
        x *= 1.0
        x[0] = x1 * x2                 # re-uses the caller's array as scratch space
        u = x[0]
    else:
        x1, x2 = _xy(x)
        u = x1 * x2
    return np.array([np.sin(u) + x1 * x2 * np.cos(u), x1**2 * np.cos(u) + 2 * x2])


@ANSWERS.right("grad_h", "the exact formula, factored differently")
def _(x):
    x1, x2 = _xy(x)
    c, s = np.cos(x1 * x2), np.sin(x1 * x2)
    return np.array([s, 2 * x2]) + x1 * c * np.array([x2, x1])


@ANSWERS.right("grad_h", "the Value engine of the notebook")
def _(x):
    x1, x2 = _xy(x)
    a, b = Value(x1), Value(x2)  # noqa: F821 - defined by the notebook
    out = a * _value_sin(a * b) + b * b
    out.backward()
    return np.array([a.grad, b.grad])


def _value_sin(v):
    """sin for the engine, which has none: a local-derivative node (cos is the slope)."""
    return Value(np.sin(v.data), (v,), (np.cos(v.data),), "sin")  # noqa: F821


# ── linear_layer_vjp: Z = X W + b ────────────────────────────────────────────────────────────────


def _shapes(X, W, b, G):
    X, W, b, G = (np.asarray(a, dtype=float) for a in (X, W, b, G))
    if (X.ndim != 2 or W.ndim != 2 or b.ndim != 1 or G.ndim != 2 or X.shape[1] != W.shape[0]
            or b.shape != (W.shape[1],) or G.shape != (X.shape[0], W.shape[1])):
        raise ValueError("shapes")
    return X, W, b, G


@ANSWERS.wrong("linear_layer_vjp", "b_bar as the mean of the rows of G")
def _(X, W, b, G):
    X, W, b, G = _shapes(X, W, b, G)
    return G @ W.T, X.T @ G, G.mean(axis=0)


@ANSWERS.wrong("linear_layer_vjp", "W_bar transposed (G^T X)")
def _(X, W, b, G):
    X, W, b, G = _shapes(X, W, b, G)
    return G @ W.T, G.T @ X, G.sum(axis=0)


@ANSWERS.wrong("linear_layer_vjp", "X_bar = G W (no transpose)")
def _(X, W, b, G):
    X, W, b, G = _shapes(X, W, b, G)
    return G @ W, X.T @ G, G.sum(axis=0)          # raises where W is not square


@ANSWERS.wrong("linear_layer_vjp", "b_bar summed over the wrong axis")
def _(X, W, b, G):
    X, W, b, G = _shapes(X, W, b, G)
    return G @ W.T, X.T @ G, G.sum(axis=1)


@ANSWERS.wrong("linear_layer_vjp", "b_bar = G (forgot to reduce the broadcast)")
def _(X, W, b, G):
    X, W, b, G = _shapes(X, W, b, G)
    return G @ W.T, X.T @ G, G


@ANSWERS.wrong("linear_layer_vjp", "everything divided by N")
def _(X, W, b, G):
    X, W, b, G = _shapes(X, W, b, G)
    N = len(X)
    return G @ W.T / N, X.T @ G / N, G.sum(axis=0) / N


@ANSWERS.wrong("linear_layer_vjp", "right adjoints, then an SGD step on the caller's bias, in place")
def _(X, W, b, G):
    Xf, Wf, bf, Gf = _shapes(X, W, b, G)
    out = (Gf @ Wf.T, Xf.T @ Gf, Gf.sum(axis=0))
    if isinstance(b, np.ndarray) and b.dtype.kind == "f":
        b -= 0.1 * out[2]
    return out


@ANSWERS.wrong("linear_layer_vjp", "returns a list instead of a tuple of arrays, with lists inside")
def _(X, W, b, G):
    X, W, b, G = _shapes(X, W, b, G)
    return [(G @ W.T).tolist(), (X.T @ G).tolist(), G.sum(axis=0).tolist()]


@ANSWERS.right("linear_layer_vjp", "einsum and a list of three arrays")
def _(X, W, b, G):
    X, W, b, G = _shapes(X, W, b, G)
    return [np.einsum("nh,dh->nd", G, W), np.einsum("nd,nh->dh", X, G), np.ones(len(G)) @ G]


@ANSWERS.right("linear_layer_vjp", "the outer products of each example, added up")
def _(X, W, b, G):
    X, W, b, G = _shapes(X, W, b, G)
    W_bar = sum((np.outer(x, g) for x, g in zip(X, G)), np.zeros(W.shape))
    return G @ W.T, W_bar, G.sum(axis=0)


# ── two_layer_backward: H = tanh(X W1 + b1), Y_hat = H W2 + b2, L = ||Y_hat - Y||^2 / (2N) ──────


def _net(X, Y, W1, b1, W2, b2):
    X, Y, W1, b1, W2, b2 = (np.asarray(a, dtype=float) for a in (X, Y, W1, b1, W2, b2))
    if (X.ndim != 2 or Y.ndim != 2 or W1.ndim != 2 or W2.ndim != 2 or b1.ndim != 1 or b2.ndim != 1
            or X.shape[1] != W1.shape[0] or b1.shape != (W1.shape[1],) or W2.shape[0] != W1.shape[1]
            or b2.shape != (W2.shape[1],) or Y.shape != (X.shape[0], W2.shape[1])):
        raise ValueError("shapes")
    Z = X @ W1 + b1
    H = np.tanh(Z)
    return X, Y, W1, b1, W2, b2, Z, H, H @ W2 + b2


@ANSWERS.wrong("two_layer_backward", "forgot the 1/N of the mean")
def _(*args):
    X, Y, W1, b1, W2, b2, Z, H, Yh = _net(*args)
    R = Yh - Y
    Zb = (R @ W2.T) * (1 - H**2)
    return X.T @ Zb, Zb.sum(axis=0), H.T @ R, R.sum(axis=0)


@ANSWERS.wrong("two_layer_backward", "forgot the tanh derivative")
def _(*args):
    X, Y, W1, b1, W2, b2, Z, H, Yh = _net(*args)
    R = (Yh - Y) / len(X)
    Zb = R @ W2.T
    return X.T @ Zb, Zb.sum(axis=0), H.T @ R, R.sum(axis=0)


@ANSWERS.wrong("two_layer_backward", "tanh derivative as 1 - Z^2")
def _(*args):
    X, Y, W1, b1, W2, b2, Z, H, Yh = _net(*args)
    R = (Yh - Y) / len(X)
    Zb = (R @ W2.T) * (1 - Z**2)
    return X.T @ Zb, Zb.sum(axis=0), H.T @ R, R.sum(axis=0)


@ANSWERS.wrong("two_layer_backward", "dW1 transposed")
def _(*args):
    X, Y, W1, b1, W2, b2, Z, H, Yh = _net(*args)
    R = (Yh - Y) / len(X)
    Zb = (R @ W2.T) * (1 - H**2)
    return Zb.T @ X, Zb.sum(axis=0), H.T @ R, R.sum(axis=0)


@ANSWERS.wrong("two_layer_backward", "residual Y - Y_hat (wrong sign)")
def _(*args):
    X, Y, W1, b1, W2, b2, Z, H, Yh = _net(*args)
    R = (Y - Yh) / len(X)
    Zb = (R @ W2.T) * (1 - H**2)
    return X.T @ Zb, Zb.sum(axis=0), H.T @ R, R.sum(axis=0)


@ANSWERS.wrong("two_layer_backward", "kept the factor 2 of the square (forgot the 1/2)")
def _(*args):
    X, Y, W1, b1, W2, b2, Z, H, Yh = _net(*args)
    R = 2 * (Yh - Y) / len(X)
    Zb = (R @ W2.T) * (1 - H**2)
    return X.T @ Zb, Zb.sum(axis=0), H.T @ R, R.sum(axis=0)


@ANSWERS.wrong("two_layer_backward", "bias gradients averaged instead of summed")
def _(*args):
    X, Y, W1, b1, W2, b2, Z, H, Yh = _net(*args)
    R = (Yh - Y) / len(X)
    Zb = (R @ W2.T) * (1 - H**2)
    return X.T @ Zb, Zb.mean(axis=0), H.T @ R, R.mean(axis=0)


@ANSWERS.wrong("two_layer_backward", "back through W2 without the transpose")
def _(*args):
    X, Y, W1, b1, W2, b2, Z, H, Yh = _net(*args)
    R = (Yh - Y) / len(X)
    Zb = (R @ W2) * (1 - H**2)                  # raises where W2 is not square
    return X.T @ Zb, Zb.sum(axis=0), H.T @ R, R.sum(axis=0)


@ANSWERS.wrong("two_layer_backward", "a parameter update done in place (W1 -= dW1) before returning")
def _(X, Y, W1, b1, W2, b2):
    X_, Y_, W1_, b1_, W2_, b2_, Z, H, Yh = _net(X, Y, W1, b1, W2, b2)
    R = (Yh - Y_) / len(X_)
    Zb = (R @ W2_.T) * (1 - H**2)
    dW1 = X_.T @ Zb
    if isinstance(W1, np.ndarray) and W1.dtype.kind == "f":
        W1 -= 0.1 * dW1
    return dW1, Zb.sum(axis=0), H.T @ R, R.sum(axis=0)


@ANSWERS.wrong("two_layer_backward", "the gradients of the first layer only, in the wrong order")
def _(*args):
    X, Y, W1, b1, W2, b2, Z, H, Yh = _net(*args)
    R = (Yh - Y) / len(X)
    Zb = (R @ W2.T) * (1 - H**2)
    return H.T @ R, R.sum(axis=0), X.T @ Zb, Zb.sum(axis=0)


@ANSWERS.right("two_layer_backward", "tanh' as 1/cosh^2 and the gradients as a list")
def _(*args):
    X, Y, W1, b1, W2, b2, Z, H, Yh = _net(*args)
    R = (Yh - Y) / len(X)
    with np.errstate(over="ignore"):           # cosh overflows to inf where tanh is saturated: 1/inf = 0
        slope = 1 / np.cosh(Z) ** 2
    Zb = (R @ W2.T) * slope
    return [X.T @ Zb, Zb.sum(axis=0), H.T @ R, R.sum(axis=0)]


@ANSWERS.right("two_layer_backward", "the per-example loop, summed")
def _(*args):
    X, Y, W1, b1, W2, b2, Z, H, Yh = _net(*args)
    N = len(X)
    grads = [np.zeros_like(W1), np.zeros_like(b1), np.zeros_like(W2), np.zeros_like(b2)]
    for x, h, yh, y in zip(X, H, Yh, Y):
        r = (yh - y) / N
        zb = (W2 @ r) * (1 - h * h)
        for g, part in zip(grads, (np.outer(x, zb), zb, np.outer(h, r), r)):
            g += part
    return tuple(grads)
