"""Engines behind small protocols (OCR today; ASR, embeddings and LLMs later).

Each engine family is a package with a protocol, its backends and a factory that picks a backend
by configuration name and keeps it loaded for the life of the worker process.
"""
