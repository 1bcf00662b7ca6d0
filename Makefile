# The two commands of the README: `make run` and `make test`. Both set everything up on a fresh machine.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.repwatch-installed
CONFIG ?= config.yaml

.PHONY: install run collect test demo clean

# torch is pinned and installed first: a CPU wheel of 2.13.0 is available locally, while an
# unpinned torch pulled in by transformers would fetch a multi-GB CUDA build.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet torch==2.13.0
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/repwatch collect --config $(CONFIG)
	$(BIN)/repwatch status --config $(CONFIG)

demo: install
	$(BIN)/repwatch demo

test: install
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) data .pytest_cache
