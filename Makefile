# Two commands do everything: `make demo` and `make test` (see README.md).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PORT   ?= 8000
STAMP  := $(VENV)/.installed
RUNTIME_STAMP := $(VENV)/.installed-runtime

.PHONY: install demo test test-sqlite lint check worker beat serve clean
.DEFAULT_GOAL := help

help:
	@echo "make demo   set up, load and tag sample articles, serve on http://127.0.0.1:$(PORT)/admin/"
	@echo "make test   install test dependencies and run the whole suite"
	@echo "make lint   ruff + Django system checks + migration check"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# requirements.txt and requirements-dev.txt are locks (every package pinned), compiled by
# pip-compile from requirements.in and requirements-dev.in: the demo installs the runtime lock only.
$(RUNTIME_STAMP): requirements.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $(RUNTIME_STAMP)

$(STAMP): requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $(STAMP)

install: $(STAMP)

# The demo always uses the embedded SQLite file and eager tasks, whatever the shell has set.
demo: $(RUNTIME_STAMP)
	env -u DATABASE_URL -u REDIS_URL DEBUG=1 $(BIN)/python manage.py migrate --noinput -v 0
	env -u DATABASE_URL -u REDIS_URL DEBUG=1 $(BIN)/python manage.py demo_setup
	@echo ""
	@echo "==> Log in at http://127.0.0.1:$(PORT)/admin/  (username: editor, password: provenance-demo)"
	@echo ""
	env -u DATABASE_URL -u REDIS_URL DEBUG=1 $(BIN)/python manage.py runserver 127.0.0.1:$(PORT) --noreload

# Runs against DATABASE_URL / REDIS_URL when they are set (CI sets both), else SQLite with eager tasks.
test: install
	DEBUG=1 $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	DEBUG=1 $(BIN)/python manage.py check
	DEBUG=1 $(BIN)/python manage.py makemigrations --check --dry-run

worker: install
	$(BIN)/celery -A config worker --loglevel=INFO --concurrency=2

beat: install
	$(BIN)/celery -A config beat --loglevel=INFO

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles .pytest_cache .ruff_cache
