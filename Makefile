# gidata: `make all` sets up .venv, builds the datasets and regenerates the figures; `make test` runs the tests.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
GIDATA := $(VENV)/bin/gidata
SAMPLE := $(wildcard gidata/sample/*.txt)
LIBRARY := $(wildcard gidata/*.py gidata/*/*.py) pyproject.toml
CORPUS := corpus
CORPUS_FILES := $(shell find $(CORPUS) -type f 2>/dev/null | sort)
INCOMING ?= ../shared/corpus
RELEASE := datasets
BUILD := build/datasets

.PHONY: all setup system-deps datasets verify lint test import-reports bench fuzz gate-words help clean

all: datasets verify figures ## set up, build the datasets, verify the release, regenerate the figures

help: ## list the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

setup: $(VENV)/.installed ## create .venv and install gidata with its analysis, cluster and test extras

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[analysis,cluster,test]'
	touch $@

system-deps: ## (root, Debian) LibreOffice for .doc/.wps and Tesseract for --ocr; optional for everything else
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
	  libreoffice-writer-nogui tesseract-ocr tesseract-ocr-chi-sim

datasets: $(RELEASE)/SHA256SUMS ## rebuild the release in datasets/ from the repository's own reports (gidata/sample, corpus/)

$(RELEASE)/SHA256SUMS: $(VENV)/.installed $(LIBRARY) $(SAMPLE) $(CORPUS_FILES)
	$(GIDATA) build gidata/sample $(CORPUS) --out $(RELEASE) --xlsx --quiet

verify: $(VENV)/.installed ## check datasets/ against SHA256SUMS, and that a full rebuild gives the same bytes
	$(GIDATA) verify $(RELEASE) --rebuild gidata/sample $(CORPUS)

import-reports: ## copy reports that arrived in $(INCOMING) (default ../shared/corpus) into corpus/, listing them
	@test -d "$(INCOMING)" || { echo "$(INCOMING) not found: nothing to import"; exit 1; }
	@cd "$(INCOMING)" && find . -type f | sort | while read -r f; do \
	  if [ ! -e "$(CURDIR)/$(CORPUS)/$$f" ]; then \
	    mkdir -p "$(CURDIR)/$(CORPUS)/$$(dirname "$$f")" && cp "$$f" "$(CURDIR)/$(CORPUS)/$$f" && chmod u+w "$(CURDIR)/$(CORPUS)/$$f" && echo "added $(CORPUS)/$${f#./}"; \
	  elif ! cmp -s "$$f" "$(CURDIR)/$(CORPUS)/$$f"; then \
	    cp "$$f" "$(CURDIR)/$(CORPUS)/$$f" && chmod u+w "$(CURDIR)/$(CORPUS)/$$f" && echo "updated $(CORPUS)/$${f#./}"; \
	  fi; done; echo "corpus/ is up to date with $(INCOMING); run make all to rebuild the release"

lint: $(VENV)/.installed ## ruff and mypy (settings in pyproject.toml): any finding fails
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

test: lint ## lint, then run the whole test suite (notebooks included)
	$(PY) -m pytest -n 2

bench: $(VENV)/.installed ## benchmarks: speed and memory, accuracy against hand-read values
	$(PY) benchmarks/bench_startup.py
	$(PY) benchmarks/bench_build.py gidata/sample $(CORPUS)
	$(PY) benchmarks/bench_stages.py
	$(PY) benchmarks/bench_tables.py
	$(PY) benchmarks/bench_overhead.py
	$(PY) benchmarks/bench_distinct.py
	$(PY) benchmarks/accuracy.py
	$(PY) benchmarks/bench_pdf.py
	$(PY) benchmarks/bench_ocr.py
	$(PY) benchmarks/bench_crawl.py --rows 100000
	$(PY) benchmarks/bench_scale.py --texts 1000 10000 --rows 100000 --workers 1 2

fuzz: $(VENV)/.installed ## long property-based run: mutated reports and tables of every format (EXAMPLES=2000 each)
	$(PY) benchmarks/fuzz.py --examples $(or $(EXAMPLES),2000)

gate-words: $(VENV)/.installed ## rewrite gidata/extract/gate_words.py after a prose pattern or lexicon entry changed
	$(PY) -c "from gidata.extract import prose; open('gidata/extract/gate_words.py', 'w', encoding='utf-8').write(prose.gate_words_module())"

clean: ## remove build outputs (not the virtual environment, not the release)
	rm -rf build

# figures and lab: the notebooks' targets
-include notebooks/notebooks.mk
