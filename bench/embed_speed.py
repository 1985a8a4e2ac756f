"""Sentence-embedding speed (sentences/s) and peak memory of openbda.engines.embed (MiniLM).

.venv/bin/python bench/embed_speed.py              # 512 short texts, 32 long ones
.venv/bin/python bench/embed_speed.py --short 2000 --long 0

- short: field names, instructions, class descriptions and document lines (4 to 30 tokens),
  embedded 64 to a call (`embed(texts[i:i+64])`, as a stage matching a page's lines would)
  and one to a call (`embed([text])`, as a lookup of one query would).
- long: paragraphs cut at the model's 256 tokens, 64 to a call.

The model load is timed apart (first call) and not counted. Peak RSS is this process's own
high-water mark (ru_maxrss): Python, numpy, tokenizers and the weights. OpenBLAS's kernel
follows the environment (OPENBLAS_CORETYPE, printed), which changes the long-text figures most.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from openbda.engines.embed.minilm import MiniLmEmbedder

FIELDS = [
    "What is the invoice total?",
    "The date the invoice was issued",
    "Name of the vendor or supplier",
    "date of birth",
    "Policy number on the insurance card",
    "A bank statement listing transactions for one account",
    "Total amount due",
    "Ship to address",
]
LINES = [
    "Total amount due: ${price}",
    "Invoice INV-{a}{b} dated 2024-03-{b:02d}",
    "Ship to: {a} High Street, Springfield",
    "DOB 01/{b:02d}/1980",
    "Qty {b} Widget model X{a} unit price {price} EUR",
    "Account {a}{b} closing balance {price}",
    "Payment terms: net {b} days from the date of invoice, late fees apply",
]


def short_texts(n: int, rng: random.Random) -> list[str]:
    out = []
    for i in range(n):
        if i % 4 == 0:
            out.append(FIELDS[i // 4 % len(FIELDS)])
        else:
            template = LINES[i % len(LINES)]
            a, b = rng.randint(1, 999), rng.randint(1, 28)
            out.append(template.format(a=a, b=b, price=f"{a * b / 7:.2f}"))
    return out


def long_texts(n: int, rng: random.Random) -> list[str]:
    words = " ".join(FIELDS + [line.format(a=1, b=2, price="3.00") for line in LINES]).split()
    return [" ".join(rng.choice(words) for _ in range(400)) for _ in range(n)]


def rate(n: int, run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return n / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--short", type=int, default=512)
    parser.add_argument("--long", type=int, default=32)
    args = parser.parse_args()
    rng = random.Random(7)
    short, long = short_texts(args.short, rng), long_texts(args.long, rng)
    print(
        f"OPENBLAS_CORETYPE={os.environ.get('OPENBLAS_CORETYPE', '(unset)')}, "
        f"{os.cpu_count()} cores"
    )

    embedder = MiniLmEmbedder()
    start = time.perf_counter()
    embedder.embed(["warm up"])
    print(f"model load + first call: {time.perf_counter() - start:.2f} s, dim {embedder.dim}")

    def batched(texts: list[str], size: int) -> Callable[[], object]:
        return lambda: [embedder.embed(texts[i : i + size]) for i in range(0, len(texts), size)]

    if short:
        print(f"short texts, batch 64: {rate(len(short), batched(short, 64)):7.1f} sentences/s")
        print(f"short texts, batch 1:  {rate(len(short), batched(short, 1)):7.1f} sentences/s")
    if long:
        print(f"256-token texts, batch 64: {rate(len(long), batched(long, 64)):5.1f} sentences/s")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
