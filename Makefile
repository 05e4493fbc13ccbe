PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: install run test bench vendor

$(BIN)/python:
	$(PY) -m venv $(VENV)

install: $(BIN)/python
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'

run: install  # the main job on the embedded default: examples/ into ./bilat.db (SQLite), then the chronology
	$(BIN)/bilat ingest examples
	$(BIN)/bilat events --format table

test: install
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/python benchmarks/dates.py

vendor:  # refresh the page's JavaScript, CSS, font and map from the pinned npm packages (web/package.json)
	python3 scripts/vendor_web.py
