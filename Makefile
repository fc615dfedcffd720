# Two commands do all setup on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
export SOCIALMAP_DATA_DIR ?= $(CURDIR)/var

.PHONY: run test lint format bench load eval agreement fit container-check install install-dev clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

# base install: the service on the embedded backend
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

# test install: torch CPU build first (else pip pulls CUDA), then the extras
$(VENV)/.installed-dev: $(VENV)/.installed
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e ".[dev,transformers]"
	touch $@

# front-end libraries for the pages, from the npm registry (served by the app, no CDN)
static/node_modules/.installed: static/package.json static/package-lock.json
	cd static && npm ci --no-audit --no-fund --loglevel=error
	touch $@

# Debian's Chromium for the browser tests (never a downloaded browser)
/usr/bin/chromium:
	apt-get install -y -q chromium >/dev/null || (apt-get update -q && apt-get install -y -q chromium)

# Debian's pango for WeasyPrint (the GP's feedback letters as PDF)
/usr/lib/x86_64-linux-gnu/libpangoft2-1.0.so.0:
	apt-get install -y -q libpango-1.0-0 libpangoft2-1.0-0 >/dev/null || (apt-get update -q && apt-get install -y -q libpango-1.0-0 libpangoft2-1.0-0)

PANGO := $(firstword $(wildcard /usr/lib/*/libpangoft2-1.0.so.0) /usr/lib/x86_64-linux-gnu/libpangoft2-1.0.so.0)

install: $(VENV)/.installed static/node_modules/.installed $(PANGO)
install-dev: $(VENV)/.installed-dev static/node_modules/.installed /usr/bin/chromium $(PANGO)

# the demo map, with demo sign-in on the sign-in page (plain http on 127.0.0.1: no Secure cookie)
run: install
	$(BIN)/socialmap demo
	SOCIALMAP_DEMO_SIGNIN=true SOCIALMAP_SECURE_COOKIES=false $(BIN)/socialmap serve --host $(HOST) --port $(PORT)

test: install-dev
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install-dev
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# import, restart, search/match latency, served throughput and memory, FTS5 floor
BENCH_SIZES ?= 10000 100000
GAPS_SIZES ?= 50000 500000
bench: install-dev
	for n in $(BENCH_SIZES); do $(BIN)/python -m tests.bench.search_bench --n $$n || exit 1; done
	for n in $(GAPS_SIZES); do $(BIN)/python -m tests.bench.gaps_bench --n $$n || exit 1; done

# searches and matches on a real server, quiet and while an import runs
load: install-dev
	$(BIN)/python -m tests.bench.load

# the Dockerfile's steps without a Docker engine: hadolint, npm ci, a fresh venv, the CMD
container-check: install-dev
	HADOLINT=$(CURDIR)/$(BIN)/hadolint scripts/check-dockerfile.sh

# matching quality: development, tuning and held-out test sets side by side
eval: install-dev
	$(BIN)/python -m tests.eval.run_eval

# how far two coaches agree on the tuning halves: the ceiling a ranker is read against
agreement: install-dev
	$(BIN)/python -m tests.eval.agreement

# refit the ranker's weights (data/ranker.json) on the development and tuning sets only
fit: install-dev
	$(BIN)/python -m tests.eval.fit_ranker

# schemathesis over every operation of the OpenAPI document, each role (make test: 4 each)
FUZZ_EXAMPLES ?= 50
fuzz: install-dev
	SOCIALMAP_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(BIN)/python -m pytest -q tests/fuzz

clean:
	rm -rf $(VENV) var
