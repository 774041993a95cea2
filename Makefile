# Two commands on a fresh clone: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
YEAR   := $(shell date +%Y)

.PHONY: demo test fuzz lint typecheck pytest bench look clean

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "coordreg needs Python 3.11 or newer; set PYTHON=python3.11")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $@ $(VENV)/.installed

$(VENV)/.installed-fuzz: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev,fuzz]'
	@touch $@ $(VENV)/.installed-dev $(VENV)/.installed

# Check the bundled regulations; render this year's plan of the BCA-BTTTT regulation
# in the three document formats, its five-year review 2022-2026 (each year counted
# for the bodies that held its duties then, through the 2025 reorganisation), and
# what changed on 1 March 2025, all into out/.
demo: $(VENV)/.installed
	$(BIN)/coordreg check regulations
	@mkdir -p out
	$(BIN)/coordreg plan bca-btttt-2021 --year $(YEAR) -o out/ke-hoach-$(YEAR).md
	$(BIN)/coordreg plan bca-btttt-2021 --year $(YEAR) -o out/ke-hoach-$(YEAR).html
	$(BIN)/coordreg plan bca-btttt-2021 --year $(YEAR) -o out/ke-hoach-$(YEAR).docx
	$(BIN)/coordreg review bca-btttt-2021 --end-year 2026 -o out/so-ket-2022-2026.md
	$(BIN)/coordreg review bca-btttt-2021 --end-year 2026 -o out/so-ket-2022-2026.docx
	$(BIN)/coordreg diff bca-btttt-2021 --at 2025-02-28 --at 2025-03-01 -f md > out/thay-doi-01-3-2025.md
	@echo "coordreg: đã ghi out/thay-doi-01-3-2025.md (quy chế ngày 28/02/2025 so với ngày 01/3/2025)"

# The gate, also what .ci/run runs. The property tests draw the same examples on
# every run (tests/hypothesis_profiles.py). The suite runs on every core, each test
# module on one worker (--dist loadfile), so that a module's fixtures and state are
# made once: test_limits_process's real 1.5 GB processes, test_kill's tally.
test: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports
	$(BIN)/pytest -n auto --dist loadfile

# Random exploration, outside the gate (docs/reliability.md): every property test with
# 50 times its examples, fresh ones on each run (COORDREG_FUZZ=long, about half an hour
# on two cores), then atheris on the loader for FUZZ_SECONDS.
FUZZ_SECONDS ?= 300

fuzz: $(VENV)/.installed-fuzz
	COORDREG_FUZZ=long $(BIN)/pytest -n auto -m hypothesis
	$(BIN)/python fuzz/seed_corpus.py fuzz/corpus tests/yaml-test-suite
	$(BIN)/python fuzz/fuzz_loader.py fuzz/corpus -max_total_time=$(FUZZ_SECONDS)

bench: $(VENV)/.installed-dev
	$(BIN)/python benchmarks/bench_check.py

# Every document of both bundled regulations as PDF and PNG pages, to look at as a
# records clerk would: Word through LibreOffice, HTML through WeasyPrint (coordreg's
# own PDF) and Chromium when installed, pages by pdftoppm, into out/look/ (outside
# the gate; README, "Looking at the documents", says what to install).
look: $(VENV)/.installed
	$(BIN)/python scripts/look.py out/look

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
