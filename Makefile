# Two commands on a fresh machine: `make demo` and `make test`. Both set themselves up.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin
DEMO_OUT ?= build/demo

.PHONY: install demo test lint typecheck pytest bench bench-more clean actors-tables

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[test]"
	touch $@

install: $(VENV)/.installed

demo: install
	$(BIN)/kroniek extract examples/ --out $(DEMO_OUT)
	$(BIN)/kroniek ingest examples/ --db $(DEMO_OUT)/kroniek.db --no-progress
	@echo "Browse the stored events: $(BIN)/kroniek serve --db $(DEMO_OUT)/kroniek.db"

lint: install
	$(BIN)/ruff check src tests bench

typecheck: install
	$(BIN)/mypy

pytest: install
	$(BIN)/pytest -q

test: lint typecheck pytest

bench: install
	$(PY) bench/extract_speed.py
	$(PY) bench/nlp_speed.py
	$(PY) bench/timex_speed.py
	$(PY) bench/geo_speed.py
	$(PY) bench/store_speed.py

# Longer comparisons: Dask scaling with 1 and 2 workers, Frog (Debian packages frog frogdata), and one
# document of 10 KB to 10 MB.
bench-more: install
	$(PY) bench/batch_scaling.py
	$(PY) bench/vs_frog.py
	$(PY) bench/doc_size.py

# The actor tables shipped in src/kroniek/lang/*/data (kroniek.actors.build) from ../shared/data.
actors-tables: install
	$(PY) -m kroniek.actors.build

clean:
	rm -rf $(VENV) build .pytest_cache .mypy_cache .ruff_cache
