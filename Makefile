# gidata: `make all` sets up .venv and builds the datasets (and figures); `make test` runs the tests.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
GIDATA := $(VENV)/bin/gidata
SAMPLE := $(wildcard gidata/sample/*.txt)
LIBRARY := $(wildcard gidata/*.py) pyproject.toml
OUT := build/datasets
CORPUS ?= ../shared/corpus

.PHONY: all setup datasets test corpus bench help clean

all: datasets ## set up, then build the datasets from the bundled sample reports

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' Makefile | sed 's/:.*## /\t/'

setup: $(VENV)/.installed ## create .venv and install gidata with its analysis and test extras

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[analysis,test]'
	touch $@

datasets: $(OUT)/reports.parquet datasets/DATA_DICTIONARY.md ## build the Parquet datasets from gidata/sample into build/datasets

datasets/DATA_DICTIONARY.md: $(VENV)/.installed $(LIBRARY)
	$(GIDATA) dictionary > $@

$(OUT)/reports.parquet: $(VENV)/.installed $(SAMPLE) $(LIBRARY)
	$(GIDATA) build gidata/sample --out $(OUT) --quiet

corpus: $(VENV)/.installed ## build from ../shared/corpus into build/corpus (when it is there)
	$(GIDATA) build $(CORPUS) --out build/corpus --quiet

test: $(VENV)/.installed ## run the whole test suite
	$(PY) -m pytest -n 2

bench: $(VENV)/.installed ## benchmarks: speed and memory, accuracy against hand-read values
	$(PY) benchmarks/bench_build.py gidata/sample $(CORPUS)
	$(PY) benchmarks/accuracy.py

clean: ## remove build outputs (not the virtual environment)
	rm -rf build
