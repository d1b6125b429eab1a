"""The exercises of 04_ml_applications/03_deep_learning_mathematics.ipynb: wrong answers every checker must reject, and right answers in other forms."""
from __future__ import annotations

import numpy as np

from . import Answers

ANSWERS = Answers("04_ml_applications/03_deep_learning_mathematics.ipynb")


# ── conv2d_output_shape ─────────────────────────────────────────────────────────────────────────

def _shape_checks(x_shape, kernel_shape, stride, padding, dilation):
    (C_in, H, W), (C_out, C_k, kh, kw) = x_shape, kernel_shape
    if C_k != C_in or stride < 1 or padding < 0 or dilation < 1:
        raise ValueError("invalid layer")
    for n, k in ((H, kh), (W, kw)):
        if dilation * (k - 1) + 1 > n + 2 * padding:
            raise ValueError("the kernel does not fit")
    return C_in, H, W, C_out, kh, kw


@ANSWERS.wrong("conv2d_output_shape", "forgot the dilation")
def _(x_shape, kernel_shape, stride=1, padding=0, dilation=1):
    C_in, H, W, C_out, kh, kw = _shape_checks(x_shape, kernel_shape, stride, padding, dilation)
    return (C_out, (H + 2 * padding - kh) // stride + 1, (W + 2 * padding - kw) // stride + 1)


@ANSWERS.wrong("conv2d_output_shape", "padding added once, not on both sides")
def _(x_shape, kernel_shape, stride=1, padding=0, dilation=1):
    C_in, H, W, C_out, kh, kw = _shape_checks(x_shape, kernel_shape, stride, padding, dilation)
    return (C_out, (H + padding - dilation * (kh - 1) - 1) // stride + 1,
            (W + padding - dilation * (kw - 1) - 1) // stride + 1)


@ANSWERS.wrong("conv2d_output_shape", "rounds up instead of down")
def _(x_shape, kernel_shape, stride=1, padding=0, dilation=1):
    C_in, H, W, C_out, kh, kw = _shape_checks(x_shape, kernel_shape, stride, padding, dilation)
    return (C_out, int(np.ceil((H + 2 * padding - dilation * (kh - 1) - 1) / stride)) + 1,
            int(np.ceil((W + 2 * padding - dilation * (kw - 1) - 1) / stride)) + 1)


@ANSWERS.wrong("conv2d_output_shape", "forgot the + 1")
def _(x_shape, kernel_shape, stride=1, padding=0, dilation=1):
    C_in, H, W, C_out, kh, kw = _shape_checks(x_shape, kernel_shape, stride, padding, dilation)
    return (C_out, (H + 2 * padding - dilation * (kh - 1) - 1) // stride,
            (W + 2 * padding - dilation * (kw - 1) - 1) // stride)


@ANSWERS.wrong("conv2d_output_shape", "returns C_in as the number of channels")
def _(x_shape, kernel_shape, stride=1, padding=0, dilation=1):
    C_in, H, W, C_out, kh, kw = _shape_checks(x_shape, kernel_shape, stride, padding, dilation)
    return (C_in, (H + 2 * padding - dilation * (kh - 1) - 1) // stride + 1,
            (W + 2 * padding - dilation * (kw - 1) - 1) // stride + 1)


@ANSWERS.wrong("conv2d_output_shape", "kernel height and width swapped")
def _(x_shape, kernel_shape, stride=1, padding=0, dilation=1):
    C_in, H, W, C_out, kh, kw = _shape_checks(x_shape, kernel_shape, stride, padding, dilation)
    kh, kw = kw, kh
    return (C_out, (H + 2 * padding - dilation * (kh - 1) - 1) // stride + 1,
            (W + 2 * padding - dilation * (kw - 1) - 1) // stride + 1)


@ANSWERS.wrong("conv2d_output_shape", "true division: float sizes")
def _(x_shape, kernel_shape, stride=1, padding=0, dilation=1):
    C_in, H, W, C_out, kh, kw = _shape_checks(x_shape, kernel_shape, stride, padding, dilation)
    return (C_out, (H + 2 * padding - dilation * (kh - 1) - 1) / stride + 1,
            (W + 2 * padding - dilation * (kw - 1) - 1) / stride + 1)


@ANSWERS.wrong("conv2d_output_shape", "never checks that the channels match")
def _(x_shape, kernel_shape, stride=1, padding=0, dilation=1):
    (C_in, H, W), (C_out, _, kh, kw) = x_shape, kernel_shape
    if stride < 1 or padding < 0 or dilation < 1:
        raise ValueError("invalid layer")
    size = [(n + 2 * padding - dilation * (k - 1) - 1) // stride + 1 for n, k in ((H, kh), (W, kw))]
    if min(size) < 1:
        raise ValueError("the kernel does not fit")
    return (C_out, size[0], size[1])


@ANSWERS.right("conv2d_output_shape", "a list of NumPy integers")
def _(x_shape, kernel_shape, stride=1, padding=0, dilation=1):
    C_in, H, W, C_out, kh, kw = _shape_checks(x_shape, kernel_shape, stride, padding, dilation)
    sizes = (np.array([H, W]) + 2 * padding - dilation * (np.array([kh, kw]) - 1) - 1) // stride + 1
    return [np.int64(C_out), sizes[0], sizes[1]]


# ── softmax_jacobian ────────────────────────────────────────────────────────────────────────────

def _softmax_checks(z, temperature):
    z = np.asarray(z, dtype=float)
    if z.ndim != 1:
        raise ValueError("z must be 1-D")
    if not temperature > 0:
        raise ValueError("temperature must be positive")
    return z


def _stable_p(z, temperature):
    s = z / temperature
    p = np.exp(s - s.max())
    return p / p.sum()


@ANSWERS.wrong("softmax_jacobian", "forgot to divide by the temperature")
def _(z, temperature=1.0):
    p = _stable_p(_softmax_checks(z, temperature), temperature)
    return np.diag(p) - np.outer(p, p)


@ANSWERS.wrong("softmax_jacobian", "multiplies by the temperature")
def _(z, temperature=1.0):
    p = _stable_p(_softmax_checks(z, temperature), temperature)
    return (np.diag(p) - np.outer(p, p)) * temperature


@ANSWERS.wrong("softmax_jacobian", "forgot the diagonal term")
def _(z, temperature=1.0):
    p = _stable_p(_softmax_checks(z, temperature), temperature)
    return -np.outer(p, p) / temperature


@ANSWERS.wrong("softmax_jacobian", "only the diagonal p_i (1 - p_i)")
def _(z, temperature=1.0):
    p = _stable_p(_softmax_checks(z, temperature), temperature)
    return np.diag(p * (1 - p)) / temperature


@ANSWERS.wrong("softmax_jacobian", "no maximum subtracted: overflows for large scores")
def _(z, temperature=1.0):
    z = _softmax_checks(z, temperature)
    e = np.exp(z / temperature)
    p = e / e.sum()
    return (np.diag(p) - np.outer(p, p)) / temperature


@ANSWERS.wrong("softmax_jacobian", "subtracts the maximum in place, changing the caller's z")
def _(z, temperature=1.0):
    _softmax_checks(z, temperature)
    if isinstance(z, np.ndarray) and z.dtype.kind == "f":
        z -= z.max()
    else:
        z = np.asarray(z, dtype=float) - np.max(z)
    p = np.exp(z / temperature)
    p /= p.sum()
    return (np.diag(p) - np.outer(p, p)) / temperature


@ANSWERS.wrong("softmax_jacobian", "uses scipy.special.softmax (forbidden)")
def _(z, temperature=1.0):
    import scipy.special
    z = _softmax_checks(z, temperature)
    p = scipy.special.softmax(z / temperature)
    return (np.diag(p) - np.outer(p, p)) / temperature


@ANSWERS.wrong("softmax_jacobian", "p p^T minus diag(p): the sign flipped")
def _(z, temperature=1.0):
    p = _stable_p(_softmax_checks(z, temperature), temperature)
    return (np.outer(p, p) - np.diag(p)) / temperature


@ANSWERS.right("softmax_jacobian", "p_i (delta_ij - p_j) by broadcasting, probabilities from log-sum-exp")
def _(z, temperature=1.0):
    z = _softmax_checks(z, temperature)
    s = z / temperature
    log_p = s - (s.max() + np.log(np.sum(np.exp(s - s.max()))))
    p = np.exp(log_p)
    return p[:, None] * (np.eye(len(p)) - p[None, :]) / temperature


# ── resnet_receptive_field ──────────────────────────────────────────────────────────────────────

@ANSWERS.wrong("resnet_receptive_field", "ignores the jumps: 1 + sum of (k - 1)")
def _():
    return 1 + 6 + 2 + 4 * 2 + 2 + 2


@ANSWERS.wrong("resnet_receptive_field", "uses the jump after each layer's own stride")
def _():
    r, j = 1, 1
    for k, s in [(7, 2), (3, 2)] + [(3, 1)] * 4 + [(3, 2), (3, 1)]:
        j *= s
        r += (k - 1) * j
    return r


@ANSWERS.wrong("resnet_receptive_field", "left out the max-pooling layer")
def _():
    r, j = 1, 1
    for k, s in [(7, 2)] + [(3, 1)] * 4 + [(3, 2), (3, 1)]:
        r += (k - 1) * j
        j *= s
    return r


@ANSWERS.wrong("resnet_receptive_field", "started from r = 0")
def _():
    r, j = 0, 1
    for k, s in [(7, 2), (3, 2)] + [(3, 1)] * 4 + [(3, 2), (3, 1)]:
        r += (k - 1) * j
        j *= s
    return r


@ANSWERS.wrong("resnet_receptive_field", "the float 67.0")
def _():
    return 67.0


@ANSWERS.right("resnet_receptive_field", "a NumPy integer from the unrolled sum")
def _():
    ks = np.array([7, 3, 3, 3, 3, 3, 3, 3])
    strides = np.array([2, 2, 1, 1, 1, 1, 2, 1])
    jumps = np.concatenate([[1], np.cumprod(strides)[:-1]])
    return np.int64(1 + np.sum((ks - 1) * jumps))


@ANSWERS.right("resnet_receptive_field", "a one-element list")
def _():
    return [67]


# ── conv2d_backward ─────────────────────────────────────────────────────────────────────────────

def _backward_checks(x, kernels, grad_out, stride, padding):
    x, kernels, grad_out = (np.asarray(a, dtype=float) for a in (x, kernels, grad_out))
    if x.ndim != 3 or kernels.ndim != 4 or kernels.shape[1] != x.shape[0]:
        raise ValueError("shapes")
    C_in, H, W = x.shape
    C_out, _, kh, kw = kernels.shape
    if kh > H + 2 * padding or kw > W + 2 * padding:
        raise ValueError("the kernel does not fit")
    H_out, W_out = (H + 2 * padding - kh) // stride + 1, (W + 2 * padding - kw) // stride + 1
    if grad_out.shape != (C_out, H_out, W_out):
        raise ValueError("grad_out has the wrong shape")
    xp = np.pad(x, ((0, 0), (padding, padding), (padding, padding)))
    return x, kernels, grad_out, xp, H_out, W_out


def _backward(x, kernels, grad_out, stride, padding, flip=False, assign=False, unit_stride_windows=False,
              keep_padding=False, unpadded_dk=False):
    x, kernels, grad_out, xp, H_out, W_out = _backward_checks(x, kernels, grad_out, stride, padding)
    C_out, C_in, kh, kw = kernels.shape
    source = x if unpadded_dk else xp
    windows = np.lib.stride_tricks.sliding_window_view(source, (kh, kw), axis=(1, 2))
    windows = windows[:, :H_out, :W_out] if unit_stride_windows else windows[:, ::stride, ::stride]
    if windows.shape[1:3] != (H_out, W_out):
        windows = np.pad(windows, ((0, 0), (0, H_out - windows.shape[1]), (0, W_out - windows.shape[2]),
                                   (0, 0), (0, 0)))
    dk = np.einsum("oab,cabij->ocij", grad_out, windows)
    K = kernels[:, :, ::-1, ::-1] if flip else kernels
    dxp = np.zeros_like(xp)
    if assign:
        for a in range(H_out):
            for b in range(W_out):
                dxp[:, stride * a:stride * a + kh, stride * b:stride * b + kw] = np.einsum(
                    "o,ocij->cij", grad_out[:, a, b], K)
    else:
        for i in range(kh):
            for j in range(kw):
                dxp[:, i:i + stride * H_out:stride, j:j + stride * W_out:stride] += np.einsum(
                    "oab,oc->cab", grad_out, K[:, :, i, j])
    dx = dxp if keep_padding else dxp[:, padding:padding + x.shape[1], padding:padding + x.shape[2]]
    return dx, dk


@ANSWERS.wrong("conv2d_backward", "dx with the kernel flipped (a convolution where a correlation belongs)")
def _(x, kernels, grad_out, stride=1, padding=0):
    return _backward(x, kernels, grad_out, stride, padding, flip=True)


@ANSWERS.wrong("conv2d_backward", "overlapping windows assigned instead of added")
def _(x, kernels, grad_out, stride=1, padding=0):
    return _backward(x, kernels, grad_out, stride, padding, assign=True)


@ANSWERS.wrong("conv2d_backward", "dkernels from stride-1 windows (the stride forgotten)")
def _(x, kernels, grad_out, stride=1, padding=0):
    return _backward(x, kernels, grad_out, stride, padding, unit_stride_windows=True)


@ANSWERS.wrong("conv2d_backward", "dx keeps the padding's rows and columns")
def _(x, kernels, grad_out, stride=1, padding=0):
    return _backward(x, kernels, grad_out, stride, padding, keep_padding=True)


@ANSWERS.wrong("conv2d_backward", "dkernels from the unpadded input")
def _(x, kernels, grad_out, stride=1, padding=0):
    return _backward(x, kernels, grad_out, stride, padding, unpadded_dk=True)


@ANSWERS.wrong("conv2d_backward", "dkernels with the channel axes swapped")
def _(x, kernels, grad_out, stride=1, padding=0):
    dx, dk = _backward(x, kernels, grad_out, stride, padding)
    return dx, dk.transpose(1, 0, 2, 3)


@ANSWERS.right("conv2d_backward", "a plain loop over output positions with +=")
def _(x, kernels, grad_out, stride=1, padding=0):
    x, kernels, grad_out, xp, H_out, W_out = _backward_checks(x, kernels, grad_out, stride, padding)
    C_out, C_in, kh, kw = kernels.shape
    dxp, dk = np.zeros_like(xp), np.zeros_like(kernels)
    for a in range(H_out):
        for b in range(W_out):
            patch = xp[:, stride * a:stride * a + kh, stride * b:stride * b + kw]
            dk += grad_out[:, a, b][:, None, None, None] * patch[None]
            dxp[:, stride * a:stride * a + kh, stride * b:stride * b + kw] += np.einsum(
                "o,ocij->cij", grad_out[:, a, b], kernels)
    return dxp[:, padding:padding + x.shape[1], padding:padding + x.shape[2]], dk


@ANSWERS.right("conv2d_backward", "dx by a full convolution of the zero-stuffed gradient (scipy.signal)")
def _(x, kernels, grad_out, stride=1, padding=0):
    import scipy.signal
    x, kernels, grad_out, xp, H_out, W_out = _backward_checks(x, kernels, grad_out, stride, padding)
    C_out, C_in, kh, kw = kernels.shape
    stuffed = np.zeros((C_out, stride * (H_out - 1) + 1, stride * (W_out - 1) + 1))
    stuffed[:, ::stride, ::stride] = grad_out                    # the stride as zeros between entries
    dxp = np.zeros_like(xp)
    dk = np.zeros_like(kernels)
    for c in range(C_in):
        for o in range(C_out):
            full = scipy.signal.convolve2d(stuffed[o], kernels[o, c], mode="full")
            dxp[c, :full.shape[0], :full.shape[1]] += full
            dk[o, c] = scipy.signal.correlate2d(xp[c, :stuffed.shape[1] + kh - 1, :stuffed.shape[2] + kw - 1],
                                                stuffed[o], mode="valid")
    return dxp[:, padding:padding + x.shape[1], padding:padding + x.shape[2]], dk
