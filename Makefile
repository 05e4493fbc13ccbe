PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: install run test bench vendor

$(BIN)/python:
	$(PY) -m venv $(VENV)

install: $(BIN)/python
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'

run: install
	$(BIN)/bilat extract examples --format table

test: install
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/python benchmarks/dates.py

vendor:  # refresh the page's JavaScript, CSS, font and map from the pinned npm packages (web/package.json)
	python3 scripts/vendor_web.py
