"""The exercises of 04_ml_applications/02_neural_network_fundamentals.ipynb: wrong answers every checker must reject, and right answers in other forms."""
from __future__ import annotations

import numpy as np

from . import Answers

ANSWERS = Answers("04_ml_applications/02_neural_network_fundamentals.ipynb")


def _sig(t):
    return 0.5 * (1.0 + np.tanh(0.5 * t))


def _z_beta(z, beta):
    z = np.asarray(z, dtype=float)
    if not np.all(np.isfinite(z)) or not np.isfinite(beta) or beta <= 0:
        raise ValueError("bad input")
    return z


# ── silu_grad ───────────────────────────────────────────────────────────────────────────────────


@ANSWERS.wrong("silu_grad", "forgot the product rule: sigma(beta z) only")
def _(z, beta=1.0):
    z = _z_beta(z, beta)
    return _sig(beta * z)


@ANSWERS.wrong("silu_grad", "forgot the inner factor beta of the chain rule")
def _(z, beta=1.0):
    z = _z_beta(z, beta)
    s = _sig(beta * z)
    return s + z * s * (1 - s)


@ANSWERS.wrong("silu_grad", "a minus sign in the product rule")
def _(z, beta=1.0):
    z = _z_beta(z, beta)
    s = _sig(beta * z)
    return s - beta * z * s * (1 - s)


@ANSWERS.wrong("silu_grad", "sigmoid derivative written as s (1 + s)")
def _(z, beta=1.0):
    z = _z_beta(z, beta)
    s = _sig(beta * z)
    return s + beta * z * s * (1 + s)


@ANSWERS.wrong("silu_grad", "returned SiLU itself, not its derivative")
def _(z, beta=1.0):
    z = _z_beta(z, beta)
    return z * _sig(beta * z)


@ANSWERS.wrong("silu_grad", "no check of the input: nan and beta <= 0 go through")
def _(z, beta=1.0):
    z = np.asarray(z, dtype=float)
    s = _sig(beta * z)
    return s + beta * z * s * (1 - s)


@ANSWERS.wrong("silu_grad", "forward difference with a fixed step 1e-6")
def _(z, beta=1.0):
    z = _z_beta(z, beta)
    f = lambda t: t * _sig(beta * t)
    return (f(z + 1e-6) - f(z)) / 1e-6


@ANSWERS.wrong("silu_grad", "sigmoid computed as exp(bz) / (1 + exp(bz)), which gives nan at z = 1000")
def _(z, beta=1.0):
    z = _z_beta(z, beta)
    with np.errstate(over="ignore", invalid="ignore"):
        e = np.exp(beta * z)
        s = e / (1 + e)
    return s + beta * z * s * (1 - s)


@ANSWERS.right("silu_grad", "factored: s (1 + beta z (1 - s)), with scipy.special.expit")
def _(z, beta=1.0):
    import scipy.special
    z = _z_beta(z, beta)
    s = scipy.special.expit(beta * z)
    return s * (1 + beta * z * (1 - s))


@ANSWERS.right("silu_grad", "a branchwise stable sigmoid built with np.where and exp(-|t|)")
def _(z, beta=1.0):
    z = _z_beta(z, beta)
    t = beta * z
    s = np.where(t >= 0, 1 / (1 + np.exp(-np.abs(t))), np.exp(-np.abs(t)) / (1 + np.exp(-np.abs(t))))
    return s + t * s * (1 - s)


# ── bce_with_logits ─────────────────────────────────────────────────────────────────────────────


def _sy(s, y):
    s, y = np.asarray(s, dtype=float), np.asarray(y)
    if s.ndim != 1 or s.size == 0 or y.shape != s.shape or not np.all(np.isfinite(s)) or not np.all(np.isin(y, (0, 1))):
        raise ValueError("bad input")
    return s, y.astype(float)


def _softplus(s):
    return np.maximum(s, 0.0) + np.log1p(np.exp(-np.abs(s)))


@ANSWERS.wrong("bce_with_logits", "gradient with the wrong sign, y - sigma(s)")
def _(s, y):
    s, y = _sy(s, y)
    return float(np.mean(_softplus(s) - y * s)), (y - _sig(s)) / s.size


@ANSWERS.wrong("bce_with_logits", "gradient not divided by n")
def _(s, y):
    s, y = _sy(s, y)
    return float(np.mean(_softplus(s) - y * s)), _sig(s) - y


@ANSWERS.wrong("bce_with_logits", "loss summed, not averaged")
def _(s, y):
    s, y = _sy(s, y)
    return float(np.sum(_softplus(s) - y * s)), (_sig(s) - y) / s.size


@ANSWERS.wrong("bce_with_logits", "naive log(sigmoid): -inf and nan at logits of +-1000")
def _(s, y):
    s, y = _sy(s, y)
    with np.errstate(over="ignore", divide="ignore", invalid="ignore"):
        p = 1 / (1 + np.exp(-s))
        loss = -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))
    return float(loss), (p - y) / s.size


@ANSWERS.wrong("bce_with_logits", "probabilities clipped to [1e-7, 1 - 1e-7] before the log")
def _(s, y):
    s, y = _sy(s, y)
    p = np.clip(_sig(s), 1e-7, 1 - 1e-7)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))), (_sig(s) - y) / s.size


@ANSWERS.wrong("bce_with_logits", "dropped the log1p(exp(-|s|)) term")
def _(s, y):
    s, y = _sy(s, y)
    return float(np.mean(np.maximum(s, 0) - y * s)), (_sig(s) - y) / s.size


@ANSWERS.wrong("bce_with_logits", "gradient taken with respect to the probability, not the logit")
def _(s, y):
    s, y = _sy(s, y)
    p = np.clip(_sig(s), 1e-300, 1 - 1e-16)
    return float(np.mean(_softplus(s) - y * s)), (p - y) / (p * (1 - p)) / s.size


@ANSWERS.wrong("bce_with_logits", "np.logaddexp for the softplus (forbidden)")
def _(s, y):
    s, y = _sy(s, y)
    return float(np.mean(np.logaddexp(0.0, s) - y * s)), (_sig(s) - y) / s.size


@ANSWERS.wrong("bce_with_logits", "no check of the labels: a label 2 goes through")
def _(s, y):
    s, y = np.asarray(s, dtype=float), np.asarray(y, dtype=float)
    if s.shape != y.shape:
        raise ValueError("shapes")
    return float(np.mean(_softplus(s) - y * s)), (_sig(s) - y) / s.size


@ANSWERS.right("bce_with_logits", "softplus written as s + log1p(exp(-s)) where s > 0, log1p(exp(s)) elsewhere; a list pair")
def _(s, y):
    s, y = _sy(s, y)
    pos = s > 0
    sp = np.empty_like(s)
    sp[pos] = s[pos] + np.log1p(np.exp(-s[pos]))
    sp[~pos] = np.log1p(np.exp(s[~pos]))
    return [float(np.mean(sp - y * s)), (_sig(s) - y) / len(s)]


@ANSWERS.right("bce_with_logits", "the loss as a NumPy scalar, the gradient from scipy.special.expit")
def _(s, y):
    import scipy.special
    s, y = _sy(s, y)
    return np.mean(_softplus(s) - y * s), (scipy.special.expit(s) - y) / s.size


# ── mlp_gradient_mse ────────────────────────────────────────────────────────────────────────────


def _prepare(Ws, bs, X, Y):
    Ws, bs = [np.asarray(W, dtype=float) for W in Ws], [np.asarray(b, dtype=float) for b in bs]
    X, Y = np.asarray(X, dtype=float), np.asarray(Y, dtype=float)
    if not Ws or len(Ws) != len(bs) or X.ndim != 2 or Y.ndim != 2:
        raise ValueError("bad input")
    d = X.shape[1]
    for W, b in zip(Ws, bs):
        if W.ndim != 2 or W.shape[0] != d or b.shape != (W.shape[1],):
            raise ValueError("shapes")
        d = W.shape[1]
    if Y.shape != (X.shape[0], d) or not (np.all(np.isfinite(X)) and np.all(np.isfinite(Y))):
        raise ValueError("targets")
    return Ws, bs, X, Y


def _mse_grad(Ws, bs, X, Y, *, factor=2.0, divide=None, sign=1.0, mask=True, out_relu=False, bias_mean=False,
              order="Wb", mask_from="Z"):
    Ws, bs, X, Y = _prepare(Ws, bs, X, Y)
    Hs, Zs, H = [X], [], X
    for ell, (W, b) in enumerate(zip(Ws, bs)):
        Z = H @ W + b
        Zs.append(Z)
        H = np.maximum(Z, 0.0) if (ell < len(Ws) - 1 or out_relu) else Z
        Hs.append(H)
    delta = sign * factor * (H - Y) / (Y.size if divide is None else divide(Y))
    if out_relu:
        delta = delta * (Zs[-1] > 0)
    grads = []
    for ell in range(len(Ws) - 1, -1, -1):
        db = delta.mean(axis=0) if bias_mean else delta.sum(axis=0)
        grads.insert(0, (Hs[ell].T @ delta, db))
        if ell > 0:
            delta = delta @ Ws[ell].T
            if mask:
                delta = delta * ((Zs[ell - 1] > 0) if mask_from == "Z" else (Zs[ell - 1] >= 0))
    pairs = [(W, b) if order == "Wb" else (b, W) for W, b in grads]
    return np.concatenate([a.ravel() for pair in pairs for a in pair])


@ANSWERS.wrong("mlp_gradient_mse", "forgot the factor 2 of the square")
def _(Ws, bs, X, Y):
    return _mse_grad(Ws, bs, X, Y, factor=1.0)


@ANSWERS.wrong("mlp_gradient_mse", "divided by n instead of n K")
def _(Ws, bs, X, Y):
    return _mse_grad(Ws, bs, X, Y, divide=lambda Y: Y.shape[0])


@ANSWERS.wrong("mlp_gradient_mse", "started from Y - Y_hat (sign)")
def _(Ws, bs, X, Y):
    return _mse_grad(Ws, bs, X, Y, sign=-1.0)


@ANSWERS.wrong("mlp_gradient_mse", "no ReLU mask in the backward pass")
def _(Ws, bs, X, Y):
    return _mse_grad(Ws, bs, X, Y, mask=False)


@ANSWERS.wrong("mlp_gradient_mse", "ReLU on the output layer too")
def _(Ws, bs, X, Y):
    return _mse_grad(Ws, bs, X, Y, out_relu=True)


@ANSWERS.wrong("mlp_gradient_mse", "bias gradient averaged over the examples")
def _(Ws, bs, X, Y):
    return _mse_grad(Ws, bs, X, Y, bias_mean=True)


@ANSWERS.wrong("mlp_gradient_mse", "flattened b before W")
def _(Ws, bs, X, Y):
    return _mse_grad(Ws, bs, X, Y, order="bW")


@ANSWERS.wrong("mlp_gradient_mse", "only the last layer's gradient, the others left at zero")
def _(Ws, bs, X, Y):
    g = _mse_grad(Ws, bs, X, Y)
    last = Ws[-1].size + bs[-1].size
    return np.concatenate([np.zeros(g.size - last), g[-last:]])


@ANSWERS.wrong("mlp_gradient_mse", "the mask uses Z >= 0, which counts a unit at exactly 0 as active (and no shape checks)")
def _(Ws, bs, X, Y):
    Ws = [np.asarray(W, dtype=float) for W in Ws]
    bs = [np.asarray(b, dtype=float) for b in bs]
    X = np.asarray(X, dtype=float)
    # a learner's version that skips every validation: ragged input gets a gradient anyway
    Y = np.asarray(Y, dtype=float)
    Hs, Zs, H = [X], [], X
    for ell, (W, b) in enumerate(zip(Ws, bs)):
        Z = H @ W + b
        Zs.append(Z)
        H = np.maximum(Z, 0.0) if ell < len(Ws) - 1 else Z
        Hs.append(H)
    delta = 2 * (H - Y) / Y.size
    grads = []
    for ell in range(len(Ws) - 1, -1, -1):
        grads.insert(0, (Hs[ell].T @ delta, delta.sum(axis=0)))
        if ell > 0:
            delta = (delta @ Ws[ell].T) * (Zs[ell - 1] >= 0)
    return np.concatenate([a.ravel() for pair in grads for a in pair])


@ANSWERS.wrong("mlp_gradient_mse", "modifies the caller's weights in place (W -= 0) and X (X *= 1) while computing")
def _(Ws, bs, X, Y):
    g = _mse_grad(Ws, bs, X, Y)
    if isinstance(X, np.ndarray) and X.dtype.kind == "f":
        X += 1.0                      # uses X as scratch space and forgets to undo it
    return g


@ANSWERS.right("mlp_gradient_mse", "recursion over layers with np.einsum and the mask from H > 0")
def _(Ws, bs, X, Y):
    Ws, bs, X, Y = _prepare(Ws, bs, X, Y)

    def grads(ell, H):            # returns (dL/dH for this layer's input, list of gradients from layer ell on)
        Z = H @ Ws[ell] + bs[ell]
        if ell == len(Ws) - 1:
            delta = 2 * (Z - Y) / Y.size
            rest = []
        else:
            A = np.maximum(Z, 0.0)
            dA, rest = grads(ell + 1, A)
            delta = dA * (A > 0)
        return np.einsum("ik,jk->ij", delta, Ws[ell]), [np.einsum("ij,ik->jk", H, delta), delta.sum(axis=0)] + rest
    return np.concatenate([a.ravel() for a in grads(0, X)[1]])


@ANSWERS.right("mlp_gradient_mse", "the notebook's own pieces: mlp_forward, mse, mlp_backward, flatten_params")
def _(Ws, bs, X, Y):
    Ws, bs, X, Y = _prepare(Ws, bs, X, Y)
    params = list(zip(Ws, bs))
    Y_hat, cache = mlp_forward(params, X, "relu")  # noqa: F821 - defined by the notebook
    return flatten_params(mlp_backward(params, cache, mse(Y_hat, Y)[1], "relu"))  # noqa: F821
