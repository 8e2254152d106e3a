# The two set-up commands: `make demo` and `make test`. Both create .venv and install what is
# missing (Python packages, and a Chromium when none is found), then do their job.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint browser clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

browser: $(STAMP)
	$(BIN)/supportbench browser --install

demo: browser
	$(BIN)/supportbench demo

test: browser
	$(BIN)/ruff check benchmark tests bench
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check benchmark tests bench
	$(BIN)/ruff format --check benchmark tests bench

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
