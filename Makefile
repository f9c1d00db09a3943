# Two commands: `make run` (set up and serve with demo data) and `make test` (the whole suite).
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
export FLASK_APP := wsgi
PYTEST_ARGS ?=

.PHONY: run test install install-dev assets browser pdf-libraries db serve lint clean

run: install assets pdf-libraries db  ## set up everything and serve on http://127.0.0.1:5000
	$(BIN)/flask scheduler serve --host 127.0.0.1 --port 5000  # the scheduler runs beside it

test: install-dev assets browser pdf-libraries  ## the whole suite (add PostgreSQL with TEST_DATABASE_URL)
	$(BIN)/python -m pytest -n 3 --dist load $(PYTEST_ARGS)  # 3 workers keep 2 cores busy while browsers wait

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev
assets: static/build/tracker.css

$(VENV)/.installed: requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed requirements-dev.txt
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

static/build/tracker.css: node_modules/.installed assets/tracker.scss assets/build.mjs assets/init.js assets/paste.js assets/reading-meter.js
	npm run --silent build

# Debian's chromium for the browser tests (Playwright cannot download its own browser here).
browser:
	@command -v chromium >/dev/null || { \
	  echo "Installing Debian's chromium for the browser tests"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null; }

# Pango and a font for the Board pack PDFs (WeasyPrint draws text with them).
pdf-libraries:
	@{ ldconfig -p | grep -q libpangoft2-1.0 && fc-list | grep -qi "liberation sans"; } || { \
	  echo "Installing Pango and fonts for the Board pack PDFs"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	    libpango-1.0-0 libpangoft2-1.0-0 fonts-liberation) >/dev/null; }

db: install  ## apply migrations and load the demo data (safe to repeat)
	$(BIN)/flask db upgrade
	$(BIN)/flask demo load

lint: install-dev
	$(BIN)/ruff check .

clean:
	rm -rf $(VENV) node_modules static/build

# The outstanding list benchmark (bench/; figures and how to read them in docs/benchmarks.md).
# It needs wrk, the HTTP load tool, and a database of its own, seeded once with 50,000 actions.
BENCH_DATABASE_URL ?= sqlite:///$(CURDIR)/instance/bench.db
.PHONY: bench
bench: install
	@command -v wrk >/dev/null || { echo "The benchmark needs wrk, the HTTP load tool: sudo apt-get install wrk (Debian, Ubuntu) or brew install wrk (macOS)."; exit 1; }
	$(BIN)/python -m bench.seed --actions 50000 --database-url $(BENCH_DATABASE_URL) --keep
	$(BIN)/python -m bench.outstanding --database-url $(BENCH_DATABASE_URL)
