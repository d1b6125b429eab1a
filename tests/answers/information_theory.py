"""The exercises of 03_probability_statistics/04_information_theory.ipynb: wrong answers every checker must reject, and right answers in other forms."""
from __future__ import annotations

import heapq
import math

import numpy as np
from scipy import special, stats

from . import Answers

ANSWERS = Answers("03_probability_statistics/04_information_theory.ipynb")


def _w(p):
    p = np.asarray(p, dtype=float)
    if p.ndim != 1 or p.size == 0 or not np.all(np.isfinite(p)) or np.any(p < 0) or p.sum() <= 0:
        raise ValueError("bad weights")
    return p


def _base(base):
    if base is None or not np.isfinite(base) or base <= 0 or base == 1:
        raise ValueError("bad base")


# ── entropy ─────────────────────────────────────────────────────────────────────────────────────


@ANSWERS.wrong("entropy", "no 0 log 0 convention: nan for zero probabilities")
def _(p, base):
    p = _w(p)
    _base(base)
    p = p / p.sum()
    with np.errstate(all="ignore"):
        return float(-np.sum(p * np.log(p)) / np.log(base))


@ANSWERS.wrong("entropy", "weights not normalized")
def _(p, base):
    p = _w(p)
    _base(base)
    nz = p > 0
    return float(-np.sum(p[nz] * np.log(p[nz])) / np.log(base))


@ANSWERS.wrong("entropy", "always in bits (log2), whatever the base")
def _(p, base):
    p = _w(p)
    _base(base)
    p = p / p.sum()
    nz = p > 0
    return float(-np.sum(p[nz] * np.log2(p[nz])))


@ANSWERS.wrong("entropy", "always in nats, base ignored")
def _(p, base):
    p = _w(p)
    _base(base)
    p = p / p.sum()
    nz = p > 0
    return float(-np.sum(p[nz] * np.log(p[nz])))


@ANSWERS.wrong("entropy", "forgot the minus sign")
def _(p, base):
    p = _w(p)
    _base(base)
    p = p / p.sum()
    nz = p > 0
    return float(np.sum(p[nz] * np.log(p[nz])) / np.log(base))


@ANSWERS.wrong("entropy", "an epsilon inside the log: log(p + 1e-12)")
def _(p, base):
    p = _w(p)
    _base(base)
    p = p / p.sum()
    return float(-np.sum(p * np.log(p + 1e-12)) / np.log(base))


@ANSWERS.wrong("entropy", "no validation: negative weights and bad bases accepted")
def _(p, base):
    p = np.asarray(p, dtype=float)
    p = p / p.sum()
    with np.errstate(all="ignore"):
        nz = p > 0
        return float(-np.sum(p[nz] * np.log(p[nz])) / np.log(base))


@ANSWERS.wrong("entropy", "normalized in place (p /= p.sum())")
def _(p, base):
    _w(p)
    _base(base)
    p /= p.sum()
    nz = p > 0
    return float(-np.sum(p[nz] * np.log(p[nz])) / np.log(base))


@ANSWERS.wrong("entropy", "scipy.stats.entropy (forbidden)")
def _(p, base):
    _w(p)
    _base(base)
    return float(stats.entropy(p, base=base))


@ANSWERS.wrong("entropy", "scipy.special.entr (forbidden)")
def _(p, base):
    p = _w(p)
    _base(base)
    return float(special.entr(p / p.sum()).sum() / np.log(base))


@ANSWERS.right("entropy", "scipy.special.xlogy, math.log for the base, a one-element list")
def _(p, base):
    p = _w(p)
    if not (isinstance(base, (int, float, np.number)) and math.isfinite(base) and base > 0 and base != 1):
        raise ValueError("base")
    p = p / p.sum()
    return [float(-special.xlogy(p, p).sum() / math.log(base))]


@ANSWERS.right("entropy", "log of the sum minus the weighted log of the weights, without normalizing first")
def _(p, base):
    p = _w(p)
    _base(base)
    s = p.sum()
    nz = p > 0
    return float((np.log(s) - np.sum(p[nz] * np.log(p[nz])) / s) / np.log(base))


# ── kl_divergence ───────────────────────────────────────────────────────────────────────────────


def _pq(p, q):
    p, q = _w(p), _w(q)
    if p.shape != q.shape:
        raise ValueError("shapes")
    p, q = p / p.sum(), q / q.sum()
    if np.any((q == 0) & (p > 0)):
        raise ValueError("infinite")
    return p, q


@ANSWERS.wrong("kl_divergence", "p and q swapped")
def _(p, q):
    p, q = _pq(p, q)
    nz = q > 0
    if np.any(p[nz] == 0):
        raise ValueError("infinite")
    return float(np.sum(q[nz] * np.log(q[nz] / p[nz])))


@ANSWERS.wrong("kl_divergence", "no 0 log 0 handling: nan where p = 0")
def _(p, q):
    p, q = _pq(p, q)
    with np.errstate(all="ignore"):
        return float(np.sum(p * np.log(p / q)))


@ANSWERS.wrong("kl_divergence", "returns inf where q = 0 < p instead of raising")
def _(p, q):
    p, q = _w(p), _w(q)
    if p.shape != q.shape:
        raise ValueError("shapes")
    p, q = p / p.sum(), q / q.sum()
    nz = p > 0
    with np.errstate(divide="ignore"):
        return float(np.sum(p[nz] * np.log(p[nz] / q[nz])))


@ANSWERS.wrong("kl_divergence", "cross-entropy -sum p log q instead of KL")
def _(p, q):
    p, q = _pq(p, q)
    nz = p > 0
    return float(-np.sum(p[nz] * np.log(q[nz])))


@ANSWERS.wrong("kl_divergence", "in bits (log2)")
def _(p, q):
    p, q = _pq(p, q)
    nz = p > 0
    return float(np.sum(p[nz] * np.log2(p[nz] / q[nz])))


@ANSWERS.wrong("kl_divergence", "q not normalized")
def _(p, q):
    _pq(p, q)
    p, q = _w(p), _w(q)
    p = p / p.sum()
    nz = p > 0
    return float(np.sum(p[nz] * np.log(p[nz] / q[nz])))


@ANSWERS.wrong("kl_divergence", "symmetrized: average of both directions")
def _(p, q):
    p, q = _pq(p, q)
    nz = p > 0
    fwd = np.sum(p[nz] * np.log(p[nz] / q[nz]))
    nq = q > 0
    with np.errstate(all="ignore"):
        rev = np.sum(q[nq] * np.log(q[nq] / p[nq]))
    return float(0.5 * (fwd + rev))


@ANSWERS.wrong("kl_divergence", "epsilon smoothing log((p + eps) / (q + eps))")
def _(p, q):
    p, q = _pq(p, q)
    return float(np.sum(p * np.log((p + 1e-10) / (q + 1e-10))))


@ANSWERS.wrong("kl_divergence", "scipy.special.rel_entr (forbidden)")
def _(p, q):
    p, q = _pq(p, q)
    return float(special.rel_entr(p, q).sum())


@ANSWERS.wrong("kl_divergence", "scipy.stats.entropy(p, q) (forbidden)")
def _(p, q):
    _pq(p, q)
    return float(stats.entropy(p, q))


@ANSWERS.wrong("kl_divergence", "no check of the lengths: broadcasting a 2-vector against a 3-vector")
def _(p, q):
    p, q = _w(p), _w(q)
    p, q = p / p.sum(), q / q.sum()
    if p.shape != q.shape:
        return float(np.sum(p.mean() * np.log(p.mean() / q)))
    if np.any((q == 0) & (p > 0)):
        raise ValueError("infinite")
    nz = p > 0
    return float(np.sum(p[nz] * np.log(p[nz] / q[nz])))


@ANSWERS.right("kl_divergence", "sum p log p - sum p log q with xlogy, a one-element array")
def _(p, q):
    p, q = _pq(p, q)
    return np.array([special.xlogy(p, p).sum() - special.xlogy(p, q).sum()])


@ANSWERS.right("kl_divergence", "a Python loop over the outcomes with math.log")
def _(p, q):
    p, q = _pq(p, q)
    return sum(pk * math.log(pk / qk) for pk, qk in zip(p.tolist(), q.tolist()) if pk > 0)


# ── huffman_average_length ──────────────────────────────────────────────────────────────────────


def _pos(p):
    p = _w(p)
    return p[p > 0] / p.sum()


@ANSWERS.wrong("huffman_average_length", "the entropy in bits instead of the Huffman length")
def _(p):
    w = _pos(p)
    return float(-np.sum(w * np.log2(w)))


@ANSWERS.wrong("huffman_average_length", "the Shannon code sum p ceil(-log2 p)")
def _(p):
    w = _pos(p)
    return float(np.sum(w * np.ceil(-np.log2(w))))


@ANSWERS.wrong("huffman_average_length", "zero-probability symbols kept in the code")
def _(p):
    p = _w(p)
    heap = list(p / p.sum())
    heapq.heapify(heap)
    total = 0.0
    while len(heap) > 1:
        m = heapq.heappop(heap) + heapq.heappop(heap)
        total += m
        heapq.heappush(heap, m)
    return total


@ANSWERS.wrong("huffman_average_length", "merges the two most probable nodes")
def _(p):
    heap = [-w for w in _pos(p)]
    heapq.heapify(heap)
    total = 0.0
    while len(heap) > 1:
        m = heapq.heappop(heap) + heapq.heappop(heap)
        total -= m
        heapq.heappush(heap, m)
    return total


@ANSWERS.wrong("huffman_average_length", "sorted once; merged node appended at the end")
def _(p):
    w = sorted(_pos(p).tolist())
    total = 0.0
    while len(w) > 1:
        m = w[0] + w[1]
        total += m
        w = w[2:] + [m]
    return total


@ANSWERS.wrong("huffman_average_length", "unweighted mean of the codeword lengths")
def _(p):
    w = _pos(p)
    if w.size == 1:
        return 0.0
    heap = [(pk, i, [i]) for i, pk in enumerate(w)]
    heapq.heapify(heap)
    lengths = np.zeros(w.size)
    while len(heap) > 1:
        a = heapq.heappop(heap)
        b = heapq.heappop(heap)
        lengths[a[2] + b[2]] += 1
        heapq.heappush(heap, (a[0] + b[0], min(a[1], b[1]), a[2] + b[2]))
    return float(lengths.mean())


@ANSWERS.wrong("huffman_average_length", "a single symbol given a 1-bit codeword")
def _(p):
    w = _pos(p)
    if w.size == 1:
        return 1.0
    heap = list(w)
    heapq.heapify(heap)
    total = 0.0
    while len(heap) > 1:
        m = heapq.heappop(heap) + heapq.heappop(heap)
        total += m
        heapq.heappush(heap, m)
    return total


@ANSWERS.wrong("huffman_average_length", "weights not normalized: sum of merged raw weights")
def _(p):
    p = _w(p)
    heap = list(p[p > 0])
    heapq.heapify(heap)
    total = 0.0
    while len(heap) > 1:
        m = heapq.heappop(heap) + heapq.heappop(heap)
        total += m
        heapq.heappush(heap, m)
    return total


@ANSWERS.wrong("huffman_average_length", "fixed-length code ceil(log2 K)")
def _(p):
    return float(np.ceil(np.log2(_pos(p).size)))


@ANSWERS.right("huffman_average_length", "builds the codewords with a heap and averages their lengths")
def _(p):
    w = _pos(p)
    if w.size == 1:
        return 0.0
    heap = [(pk, i, [i]) for i, pk in enumerate(w)]
    heapq.heapify(heap)
    codes = [""] * w.size
    counter = w.size
    while len(heap) > 1:
        a = heapq.heappop(heap)
        b = heapq.heappop(heap)
        for k in a[2]:
            codes[k] = "0" + codes[k]
        for k in b[2]:
            codes[k] = "1" + codes[k]
        heapq.heappush(heap, (a[0] + b[0], counter, a[2] + b[2]))
        counter += 1
    return float(np.sum(w * np.array([len(c) for c in codes])))


@ANSWERS.right("huffman_average_length", "re-sorting a list after every merge, on the raw weights, divided at the end")
def _(p):
    p = _w(p)
    w = sorted(p[p > 0].tolist())
    total = 0.0
    while len(w) > 1:
        m = w[0] + w[1]
        total += m
        w = sorted(w[2:] + [m])
    return total / p.sum()
