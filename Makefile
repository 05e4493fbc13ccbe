PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: install run test bench

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
