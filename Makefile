# make demo — set up and run one job on the embedded default, print where the output is.
# make test — set up everything the tests need, start the services they use, run them.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.openbda-installed

.PHONY: demo test lint bench venv serve clean

venv: $(STAMP)

$(STAMP): pyproject.toml requirements/constraints.txt scripts/bootstrap.sh
	scripts/bootstrap.sh
	touch $(STAMP)

demo: venv
	$(PY) examples/demo.py

test: venv
	scripts/install-system-deps.sh
	scripts/ensure-services.sh
	$(MAKE) lint
	$(VENV)/bin/pytest -q -ra

lint: venv
	$(VENV)/bin/ruff check openbda tests bench examples
	$(VENV)/bin/ruff format --check openbda tests bench examples
	$(VENV)/bin/mypy

bench: venv
	$(PY) bench/api_throughput.py
	$(PY) bench/job_latency.py
	$(PY) bench/document_quality.py
	$(PY) bench/document_speed.py
	$(PY) bench/ocr_receipts.py

serve: venv
	$(VENV)/bin/openbda serve --data-dir .openbda

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
