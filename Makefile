# Two commands do everything: `make demo` and `make test` (see README.md).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PORT   ?= 8000
STAMP  := $(VENV)/.installed
RUNTIME_STAMP := $(VENV)/.installed-runtime

.PHONY: install engine demo test test-sqlite lint check worker beat serve clean
.DEFAULT_GOAL := help

help:
	@echo "make demo   set up, load and tag sample articles, serve on http://127.0.0.1:$(PORT)/admin/"
	@echo "make test   install test dependencies and run the whole suite"
	@echo "make lint   ruff + Django system checks + migration check"
	@echo "make engine compile the tagging engine (make demo and make test do it when it changed)"

$(BIN)/python:
	@echo "==> Creating the virtualenv $(VENV)"
	@$(PYTHON) -m venv $(VENV)

# requirements.txt and requirements-dev.txt are locks (every package pinned), compiled by
# pip-compile from requirements.in and requirements-dev.in: the demo installs the runtime lock only.
# -qq: errors only (pip's warnings about the machine's own index settings are not the demo's business).
$(RUNTIME_STAMP): requirements.txt | $(BIN)/python
	@echo "==> Installing the runtime requirements (requirements.txt) into $(VENV); first run only"
	@$(BIN)/python -m pip install -qq --upgrade pip
	@$(BIN)/python -m pip install -qq -r requirements.txt
	@touch $(RUNTIME_STAMP)

$(STAMP): requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $(STAMP)

install: $(STAMP)

# The engine compiled with mypyc (provenance/engine/compile.py): rebuilt when an engine source changes,
# skipped with a message where no C compiler is installed (the engine then runs as pure Python, slower).
ENGINE_SOURCES := $(filter-out %/__init__.py %/__main__.py %/compile.py %/_build.py,$(wildcard provenance/engine/*.py))
ENGINE_RECORD := provenance/engine/_compiled.json
$(ENGINE_RECORD): $(ENGINE_SOURCES) | $(RUNTIME_STAMP)
	@$(BIN)/python provenance/engine/compile.py --optional

engine: $(ENGINE_RECORD)

# The demo always uses the embedded SQLite file and eager tasks, whatever the shell has set. It says
# only what it is doing and where to log in: logs at WARNING (errors and refused requests still
# show), runserver's banner dropped (its errors go to stderr, which stays).
# Notification mail is written to sent-mail/, one file per message, since the console is kept quiet.
DEMO_ENV := env -u DATABASE_URL -u REDIS_URL DEBUG=1 LOG_LEVEL=WARNING \
	EMAIL_BACKEND=django.core.mail.backends.filebased.EmailBackend EMAIL_FILE_PATH=sent-mail
demo: $(RUNTIME_STAMP) engine
	@echo "==> Preparing the database (SQLite, db.sqlite3)"
	@$(DEMO_ENV) $(BIN)/python manage.py migrate --noinput -v 0
	@$(DEMO_ENV) $(BIN)/python manage.py demo_setup
	@echo ""
	@echo "==> Log in at http://127.0.0.1:$(PORT)/admin/  (username: editor, password: provenance-demo)"
	@echo "    Serving until Ctrl-C."
	@$(DEMO_ENV) $(BIN)/python manage.py runserver 127.0.0.1:$(PORT) --noreload --skip-checks > /dev/null

# Runs against DATABASE_URL / REDIS_URL when they are set (CI sets both), else SQLite with eager tasks.
test: install engine
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
	rm -f provenance/engine/*.so provenance/engine/_compiled.json
	rm -rf $(VENV) db.sqlite3 staticfiles sent-mail .pytest_cache .ruff_cache
