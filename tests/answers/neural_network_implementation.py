"""The exercises of complete_projects/neural_network_implementation.ipynb: wrong answers every checker must reject, and right answers in other forms."""
from __future__ import annotations

import numpy as np

from . import Answers

ANSWERS = Answers("complete_projects/neural_network_implementation.ipynb")


def _losses(val_losses, patience):
    losses = np.asarray(val_losses, dtype=float)
    if losses.ndim != 1 or losses.size == 0 or not np.all(np.isfinite(losses)):
        raise ValueError("val_losses must be a non-empty 1-D array of finite numbers")
    if isinstance(patience, bool) or not isinstance(patience, (int, np.integer)) or patience < 1:
        raise ValueError("patience must be an integer >= 1")
    return losses


# ── early_stopping_epoch ────────────────────────────────────────────────────────────────────────

@ANSWERS.wrong("early_stopping_epoch", "the best epoch of the whole curve, patience ignored")
def _(val_losses, patience):
    return int(np.argmin(_losses(val_losses, patience))) + 1


@ANSWERS.wrong("early_stopping_epoch", "the index counted from 0")
def _(val_losses, patience):
    losses = _losses(val_losses, patience)
    best, best_index, waited = np.inf, 0, 0
    for index, loss in enumerate(losses):
        if loss < best:
            best, best_index, waited = loss, index, 0
        else:
            waited += 1
            if waited >= patience:
                break
    return best_index


@ANSWERS.wrong("early_stopping_epoch", "a tie counted as an improvement (<=)")
def _(val_losses, patience):
    losses = _losses(val_losses, patience)
    best, best_epoch, waited = np.inf, 0, 0
    for epoch, loss in enumerate(losses, start=1):
        if loss <= best:
            best, best_epoch, waited = loss, epoch, 0
        else:
            waited += 1
            if waited >= patience:
                break
    return best_epoch


@ANSWERS.wrong("early_stopping_epoch", "the epoch where training stops instead of the best one")
def _(val_losses, patience):
    losses = _losses(val_losses, patience)
    best, waited = np.inf, 0
    for epoch, loss in enumerate(losses, start=1):
        if loss < best:
            best, waited = loss, 0
        else:
            waited += 1
            if waited >= patience:
                return epoch
    return len(losses)


@ANSWERS.wrong("early_stopping_epoch", "waits patience + 1 epochs (> instead of >=)")
def _(val_losses, patience):
    losses = _losses(val_losses, patience)
    best, best_epoch, waited = np.inf, 0, 0
    for epoch, loss in enumerate(losses, start=1):
        if loss < best:
            best, best_epoch, waited = loss, epoch, 0
        else:
            waited += 1
            if waited > patience:
                break
    return best_epoch


@ANSWERS.wrong("early_stopping_epoch", "compares each epoch with the previous one, not with the best")
def _(val_losses, patience):
    losses = _losses(val_losses, patience)
    previous, best_epoch, waited = np.inf, 0, 0
    for epoch, loss in enumerate(losses, start=1):
        if loss < previous:
            best_epoch, waited = epoch, 0
        else:
            waited += 1
            if waited >= patience:
                break
        previous = loss
    return best_epoch


@ANSWERS.wrong("early_stopping_epoch", "returns a float")
def _(val_losses, patience):
    losses = _losses(val_losses, patience)
    best, best_epoch, waited = np.inf, 0, 0
    for epoch, loss in enumerate(losses, start=1):
        if loss < best:
            best, best_epoch, waited = loss, epoch, 0
        else:
            waited += 1
            if waited >= patience:
                break
    return float(best_epoch)


@ANSWERS.right("early_stopping_epoch", "vectorized: running minimum and the gaps between improvements")
def _(val_losses, patience):
    losses = _losses(val_losses, patience)
    running = np.minimum.accumulate(losses)
    improved = np.concatenate([[True], losses[1:] < running[:-1]])
    epochs = np.arange(1, len(losses) + 1)
    last_improvement = np.maximum.accumulate(np.where(improved, epochs, 0))
    stopped = np.flatnonzero(epochs - last_improvement >= patience)
    end = stopped[0] if stopped.size else len(losses) - 1
    return int(last_improvement[end])


@ANSWERS.right("early_stopping_epoch", "a numpy integer")
def _(val_losses, patience):
    losses = _losses(val_losses, patience)
    best, best_epoch, waited = np.inf, np.int64(0), 0
    for epoch, loss in enumerate(losses, start=1):
        if loss < best:
            best, best_epoch, waited = loss, np.int64(epoch), 0
        else:
            waited += 1
            if waited >= patience:
                break
    return best_epoch


# ── dropout_forward_backward ────────────────────────────────────────────────────────────────────

def _dropout_inputs(X, G, keep, p):
    X, G, keep = np.asarray(X, dtype=float), np.asarray(G, dtype=float), np.asarray(keep)
    if X.ndim != 2 or G.shape != X.shape or keep.shape != X.shape or keep.dtype != bool:
        raise ValueError("X, G and keep must be 2-D of one shape, keep boolean")
    if not 0.0 <= p < 1.0:
        raise ValueError("p must lie in [0, 1)")
    return X, G, keep


@ANSWERS.wrong("dropout_forward_backward", "no rescaling by 1/(1 - p)")
def _(X, G, keep, p):
    X, G, keep = _dropout_inputs(X, G, keep, p)
    return X * keep, G * keep


@ANSWERS.wrong("dropout_forward_backward", "scaled by 1/p instead of 1/(1 - p)")
def _(X, G, keep, p):
    X, G, keep = _dropout_inputs(X, G, keep, p)
    return X * keep / p, G * keep / p


@ANSWERS.wrong("dropout_forward_backward", "multiplied by (1 - p), the non-inverted form")
def _(X, G, keep, p):
    X, G, keep = _dropout_inputs(X, G, keep, p)
    return X * keep * (1 - p), G * keep * (1 - p)


@ANSWERS.wrong("dropout_forward_backward", "backward pass without the mask")
def _(X, G, keep, p):
    X, G, keep = _dropout_inputs(X, G, keep, p)
    return X * keep / (1 - p), G / (1 - p)


@ANSWERS.wrong("dropout_forward_backward", "backward pass without the rescaling")
def _(X, G, keep, p):
    X, G, keep = _dropout_inputs(X, G, keep, p)
    return X * keep / (1 - p), G * keep


@ANSWERS.wrong("dropout_forward_backward", "the mask inverted (drops the kept units)")
def _(X, G, keep, p):
    X, G, keep = _dropout_inputs(X, G, keep, p)
    return X * ~keep / (1 - p), G * ~keep / (1 - p)


@ANSWERS.wrong("dropout_forward_backward", "the backward pass returns Y_bar times the output Y")
def _(X, G, keep, p):
    X, G, keep = _dropout_inputs(X, G, keep, p)
    Y = X * keep / (1 - p)
    return Y, G * Y


@ANSWERS.wrong("dropout_forward_backward", "masks X in place")
def _(X, G, keep, p):
    if X.ndim != 2 or G.shape != X.shape or np.shape(keep) != X.shape or np.asarray(keep).dtype != bool or not 0 <= p < 1:
        raise ValueError("bad input")
    X *= keep / (1 - p)
    return X, G * keep / (1 - p)


@ANSWERS.right("dropout_forward_backward", "with np.where")
def _(X, G, keep, p):
    X, G, keep = _dropout_inputs(X, G, keep, p)
    return np.where(keep, X / (1 - p), 0.0), np.where(keep, G / (1 - p), 0.0)


# ── adamw_step ──────────────────────────────────────────────────────────────────────────────────

def _adamw_inputs(w, g, m, v, t, lr, weight_decay):
    w, g, m, v = (np.asarray(a, dtype=float) for a in (w, g, m, v))
    if not (w.shape == g.shape == m.shape == v.shape) or not all(np.all(np.isfinite(a)) for a in (w, g, m, v)):
        raise ValueError("w, g, m, v must be finite arrays of one shape")
    if isinstance(t, bool) or not isinstance(t, (int, np.integer)) or t < 1 or lr <= 0 or weight_decay < 0:
        raise ValueError("t >= 1, lr > 0, weight_decay >= 0")
    return w, g, m, v


@ANSWERS.wrong("adamw_step", "L2 in the gradient (plain Adam with a penalty)")
def _(w, g, m, v, t, lr, weight_decay):
    w, g, m, v = _adamw_inputs(w, g, m, v, t, lr, weight_decay)
    g = g + weight_decay * w
    m = 0.9 * m + 0.1 * g
    v = 0.999 * v + 0.001 * g**2
    return w - lr * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8), m, v


@ANSWERS.wrong("adamw_step", "no bias correction")
def _(w, g, m, v, t, lr, weight_decay):
    w, g, m, v = _adamw_inputs(w, g, m, v, t, lr, weight_decay)
    m = 0.9 * m + 0.1 * g
    v = 0.999 * v + 0.001 * g**2
    return w - lr * (m / (np.sqrt(v) + 1e-8) + weight_decay * w), m, v


@ANSWERS.wrong("adamw_step", "epsilon inside the square root")
def _(w, g, m, v, t, lr, weight_decay):
    w, g, m, v = _adamw_inputs(w, g, m, v, t, lr, weight_decay)
    m = 0.9 * m + 0.1 * g
    v = 0.999 * v + 0.001 * g**2
    return w - lr * ((m / (1 - 0.9**t)) / np.sqrt(v / (1 - 0.999**t) + 1e-8) + weight_decay * w), m, v


@ANSWERS.wrong("adamw_step", "decay not multiplied by the learning rate")
def _(w, g, m, v, t, lr, weight_decay):
    w, g, m, v = _adamw_inputs(w, g, m, v, t, lr, weight_decay)
    m = 0.9 * m + 0.1 * g
    v = 0.999 * v + 0.001 * g**2
    return w - lr * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8) - weight_decay * w, m, v


@ANSWERS.wrong("adamw_step", "bias correction with t + 1 (steps counted from 0)")
def _(w, g, m, v, t, lr, weight_decay):
    w, g, m, v = _adamw_inputs(w, g, m, v, t, lr, weight_decay)
    m = 0.9 * m + 0.1 * g
    v = 0.999 * v + 0.001 * g**2
    return w - lr * ((m / (1 - 0.9 ** (t + 1))) / (np.sqrt(v / (1 - 0.999 ** (t + 1))) + 1e-8) + weight_decay * w), m, v


@ANSWERS.wrong("adamw_step", "updates m and v in place")
def _(w, g, m, v, t, lr, weight_decay):
    _adamw_inputs(w, g, m, v, t, lr, weight_decay)
    m *= 0.9
    m += 0.1 * g
    v *= 0.999
    v += 0.001 * g**2
    return w - lr * ((m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8) + weight_decay * w), m, v


@ANSWERS.wrong("adamw_step", "decay applied to the weights after the Adam step")
def _(w, g, m, v, t, lr, weight_decay):
    w, g, m, v = _adamw_inputs(w, g, m, v, t, lr, weight_decay)
    m = 0.9 * m + 0.1 * g
    v = 0.999 * v + 0.001 * g**2
    w_adam = w - lr * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    return w_adam * (1 - lr * weight_decay), m, v


@ANSWERS.wrong("adamw_step", "the gradient, not its square, in v")
def _(w, g, m, v, t, lr, weight_decay):
    w, g, m, v = _adamw_inputs(w, g, m, v, t, lr, weight_decay)
    m = 0.9 * m + 0.1 * g
    v = 0.999 * v + 0.001 * np.abs(g)
    return w - lr * ((m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8) + weight_decay * w), m, v


@ANSWERS.right("adamw_step", "PyTorch's order: decay the weights first, then the Adam step")
def _(w, g, m, v, t, lr, weight_decay):
    w, g, m, v = _adamw_inputs(w, g, m, v, t, lr, weight_decay)
    w = w * (1 - lr * weight_decay)
    m = 0.9 * m + 0.1 * g
    v = 0.999 * v + 0.001 * g * g
    bias1, bias2 = 1 - 0.9**t, 1 - 0.999**t
    denominator = np.sqrt(v) / np.sqrt(bias2) + 1e-8
    return w - (lr / bias1) * m / denominator, m, v
