# The two commands of the README:
#   make run    set up .venv, extract seeds/ into data/, open the dashboard on http://localhost:8501
#   make test   set up .venv, run every test (the browser test needs Debian's chromium: installed
#               here with apt-get when missing and running as root)
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat requirements.txt | cksum | cut -d' ' -f1)
PORT ?= 8501
CHROMIUM ?= /usr/bin/chromium

.PHONY: run test setup store chromium bench clean

setup: $(STAMP)

$(STAMP): requirements.txt
	@$(PYTHON) -c 'import sys; sys.exit("Python 3.11+ is needed, found " + sys.version.split()[0]) if sys.version_info < (3, 11) else None'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	rm -f $(VENV)/.installed-* && touch $@

store: setup
	$(PY) -m extract seeds -o data

run: store
	$(PY) -m dashboard.serve --server.port $(PORT) --server.headless true \
		--browser.gatherUsageStats false

chromium:
	@if [ ! -x $(CHROMIUM) ]; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
		else echo "The browser test needs Debian's chromium at $(CHROMIUM): sudo apt-get install chromium"; fi; \
	fi

test: setup chromium
	$(PY) -m pytest -q tests

bench: setup
	$(PY) -m pip install --quiet -r requirements-bench.txt
	$(PY) bench/bench_timex.py
	$(PY) bench/bench_places.py
	$(PY) bench/bench_extract.py
	$(PY) bench/bench_dashboard.py --browser
	$(PY) bench/bench_browser.py
	$(PY) bench/bench_cli.py

clean:
	rm -rf data test-artifacts .pytest_cache
