# The two commands of the README: `make run` (the live monitor and dashboard) and `make test`. Both set everything up on a fresh machine.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.repwatch-installed
CONFIG ?= config.yaml
PORT ?= 8501
CHROMIUM ?= /usr/bin/chromium
# `make test PYTEST_ARGS="tests/faults -x"` runs a part; by default the whole suite.
PYTEST_ARGS ?=

.PHONY: install run collect test demo clean browser

# torch is pinned and installed first: a CPU wheel of 2.13.0 is available locally, while an
# unpinned torch pulled in by transformers would fetch a multi-GB CUDA build.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet torch==2.13.0
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

# The live monitor: the first pass collects, classifies and detects while the dashboard comes up;
# then every source on its interval, alerts and the digest. Ctrl-C stops both.
run: install
	$(BIN)/repwatch serve --config $(CONFIG) --port $(PORT)

demo: install
	$(BIN)/repwatch demo

# The browser tests drive Debian's chromium; installed here when missing and we may (root, apt-get),
# else those tests skip and say why.
browser:
	@if [ ! -x $(CHROMIUM) ] && command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
		apt-get update -qq && apt-get install -y -qq chromium; \
	fi

# The whole suite, PostgreSQL and Redis included: .ci/with-services starts throwaway servers (installing
# Debian's packages when missing and allowed) and stops them afterwards, also when tests fail.
test: install browser
	.ci/with-services $(BIN)/python -m pytest $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) data .pytest_cache
