# notebooks/notebooks.mk: the analysis notebooks and their figures (included from the Makefile).
# A notebook is executed (writing its .ipynb beside the source and its figures into figures/)
# when its stamp is older than its py:percent source, the library or the released datasets.
# Stamps live in build/ (not committed), so a fresh clone regenerates every figure once.
NOTEBOOK_SOURCES := $(sort $(wildcard notebooks/[0-9][0-9]_*.py))
NOTEBOOK_STAMPS := $(patsubst notebooks/%.py,build/notebooks/%.stamp,$(NOTEBOOK_SOURCES))
NOTEBOOK_INPUTS := $(wildcard gidata/*.py gidata/*/*.py datasets/*.parquet datasets/SHA256SUMS)

.PHONY: figures lab

figures: $(NOTEBOOK_STAMPS) ## execute the notebooks and regenerate figures/ (only those whose inputs changed)

build/notebooks/%.stamp: notebooks/%.py $(NOTEBOOK_INPUTS) $(VENV)/.installed
	@mkdir -p $(@D) figures
	$(PY) -m gidata.analysis.notebooks $<
	@touch $@

# As root (containers, CI) Jupyter needs --allow-root; with no display there is no browser to open.
LAB_FLAGS := $(if $(filter 0,$(shell id -u)),--allow-root) $(if $(DISPLAY)$(WAYLAND_DISPLAY)$(filter Darwin,$(shell uname -s)),,--no-browser)

lab: $(VENV)/.installed ## open JupyterLab on the notebooks (the .py files are the sources)
	$(VENV)/bin/jupyter lab $(LAB_FLAGS) notebooks/
