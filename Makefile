# gidata: `make all` sets up .venv, builds the datasets and regenerates the figures; `make test` runs the tests.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
GIDATA := $(VENV)/bin/gidata
SAMPLE := $(wildcard gidata/sample/*.txt)
LIBRARY := $(wildcard gidata/*.py) pyproject.toml
CORPUS ?= ../shared/corpus
CORPUS_FILES := $(shell find $(CORPUS) -type f 2>/dev/null | sort)
RELEASE := datasets
BUILD := build/datasets

.PHONY: all setup system-deps datasets verify test corpus bench help clean

all: datasets verify figures ## set up, build the datasets, verify the release, regenerate the figures

help: ## list the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

setup: $(VENV)/.installed ## create .venv and install gidata with its analysis and test extras

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[analysis,test]'
	touch $@

system-deps: ## (root, Debian) LibreOffice for .doc/.wps and Tesseract for --ocr; optional for everything else
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
	  libreoffice-writer-nogui tesseract-ocr tesseract-ocr-chi-sim

datasets: $(RELEASE)/SHA256SUMS ## rebuild the release in datasets/ (sample + ../shared/corpus); without the corpus, the sample into build/

# Without the corpus the release would shrink to the sample: build into $(BUILD) instead and leave it alone.
$(RELEASE)/SHA256SUMS: $(VENV)/.installed $(LIBRARY) $(SAMPLE) $(CORPUS_FILES)
	@if [ -d "$(CORPUS)" ]; then \
	  $(GIDATA) build gidata/sample $(CORPUS) --out $(RELEASE) --quiet; \
	else \
	  echo "$(CORPUS) not found: building the bundled sample into $(BUILD); $(RELEASE)/ is left as released"; \
	  $(GIDATA) build gidata/sample --out $(BUILD) --quiet; \
	fi

verify: $(VENV)/.installed ## check datasets/ against SHA256SUMS, and that rebuilding the sample reproduces its rows
	$(GIDATA) verify $(RELEASE) --rebuild gidata/sample

corpus: $(VENV)/.installed ## build from ../shared/corpus alone into build/corpus
	$(GIDATA) build $(CORPUS) --out build/corpus --quiet

test: $(VENV)/.installed ## run the whole test suite (notebooks included)
	$(PY) -m pytest -n 2

bench: $(VENV)/.installed ## benchmarks: speed and memory, accuracy against hand-read values
	$(PY) benchmarks/bench_build.py gidata/sample $(CORPUS)
	$(PY) benchmarks/accuracy.py
	$(PY) benchmarks/bench_pdf.py
	$(PY) benchmarks/bench_ocr.py
	$(PY) benchmarks/bench_crawl.py --rows 100000

clean: ## remove build outputs (not the virtual environment, not the release)
	rm -rf build

# figures and lab: the notebooks' targets
-include notebooks/notebooks.mk
