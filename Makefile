# facevalence: two commands do all set-up on a fresh machine.
#   make demo   - creates .venv, installs, runs `facevalence demo` on the embedded default database
#   make test   - creates .venv, installs with [dev], installs MariaDB and Chromium if missing (root), runs pytest
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.facevalence-installed

.PHONY: demo test install lint mariadb chromium clean gallery diagram

install: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install -q --disable-pip-version-check -e ".[dev]" -c constraints.txt
	$(BIN)/python -m facevalence.methods.compile
	touch $(STAMP)

demo: install
	$(BIN)/facevalence demo

# The MySQL-family tests start their own MariaDB server in a temporary data directory;
# they need the server binaries, which we install with apt when we are root.
mariadb:
	@if test -x /usr/sbin/mariadbd || command -v mariadbd >/dev/null 2>&1; then \
		echo "mariadbd found"; \
	elif [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then \
		echo "installing mariadb-server with apt"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mariadb-server >/dev/null; \
	else \
		echo "mariadbd not found and not root: the MariaDB tests will be skipped (install mariadb-server to run them)"; \
	fi

# The report tests open pages in a real headless Chromium: Debian's package, never a downloaded browser.
chromium:
	@if command -v chromium >/dev/null 2>&1; then \
		echo "chromium found"; \
	elif [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then \
		echo "installing chromium with apt"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else \
		echo "chromium not found and not root: the browser tests will be skipped (install chromium to run them)"; \
	fi

test: install mariadb chromium
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# README gallery: the demo's figures as PNGs in docs/gallery (run `make demo` first)
gallery: install
	$(BIN)/python scripts/make_gallery.py

lint: install
	$(BIN)/ruff check facevalence tests benchmarks scripts
	$(BIN)/ruff format --check facevalence tests benchmarks scripts

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache

# README table diagram: DataJoint's diagram of every schema, rendered by Graphviz to docs/diagram.svg
diagram: install
	@command -v dot >/dev/null 2>&1 || { [ "$$(id -u)" = "0" ] && apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq graphviz >/dev/null; } || { echo "install Graphviz (dot) first"; exit 1; }
	$(BIN)/python scripts/make_diagram.py
