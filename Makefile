# The portal's everyday commands. `make run` and `make test` are all a newcomer needs.
VENV ?= .venv
PYTHON ?= python3
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run serve test check-deploy lint format install migrate demo backup restore bench bench-search loadtest clean messages

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

# A working site with demo content on SQLite (or on DATABASE_URL when it is set).
run: export DEBUG ?= 1
run: $(STAMP)
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo
	$(PY) manage.py ensure_admin
	@echo "Site: http://$(HOST):$(PORT)/   Admin: http://$(HOST):$(PORT)/admin/"
	$(PY) manage.py runserver $(HOST):$(PORT)

# A production-like local run: DEBUG off, hashed static files, gunicorn with gunicorn.conf.py.
# Plain HTTP on loopback, so the HTTPS redirect, HSTS and secure cookies are off here only.
serve: export DEBUG = 0
serve: export SECRET_KEY ?= local-serve-$(shell $(PYTHON) -c 'import secrets; print(secrets.token_urlsafe(40))')
serve: export SECURE_SSL_REDIRECT = 0
serve: export SECURE_HSTS_SECONDS = 0
serve: export SECURE_COOKIES = 0
serve: export ALLOWED_HOSTS ?= 127.0.0.1,localhost
serve: export GUNICORN_BIND ?= $(HOST):$(PORT)
serve: $(STAMP)
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo
	$(PY) manage.py ensure_admin
	$(PY) manage.py collectstatic --noinput --verbosity 0
	@echo "Site: http://$(HOST):$(PORT)/   (DEBUG off, gunicorn; Ctrl-C to stop)"
	$(VENV)/bin/gunicorn --config gunicorn.conf.py

# The whole test suite: PostgreSQL when DATABASE_URL points to it, SQLite otherwise.
test: export DEBUG ?= 1
test: $(STAMP)
	.ci/provision
	$(PY) manage.py check
	$(PY) manage.py makemigrations --check --dry-run
	$(MAKE) --no-print-directory check-deploy
	$(PY) -m pytest $(PYTEST_ARGS)

# Django's deployment checklist with the README's production variables: any warning fails.
check-deploy: $(STAMP)
	env DEBUG=0 SECRET_KEY=$$($(PY) -c 'import secrets; print(secrets.token_urlsafe(50))') \
	  ALLOWED_HOSTS=portal.example.vn CSRF_TRUSTED_ORIGINS=https://portal.example.vn \
	  $(PY) manage.py check --deploy --fail-level WARNING

# One timestamped archive (database dump + media) in backups/; restore one with ARCHIVE=...
backup: $(STAMP)
	$(PY) manage.py backup --output-dir backups

restore: $(STAMP)
	@test -n "$(ARCHIVE)" || { echo "Usage: make restore ARCHIVE=backups/portal-....tar.gz"; exit 2; }
	$(PY) manage.py restore "$(ARCHIVE)"

# The load test: 64 concurrent readers for 60 s against gunicorn on loopback (README, Performance).
loadtest: export DEBUG = 0
loadtest: export SECRET_KEY ?= local-bench-$(shell $(PYTHON) -c 'import secrets; print(secrets.token_urlsafe(40))')
loadtest: export SECURE_SSL_REDIRECT = 0
loadtest: export SECURE_HSTS_SECONDS = 0
loadtest: export SECURE_COOKIES = 0
loadtest: export ALLOWED_HOSTS ?= 127.0.0.1,localhost
loadtest: $(STAMP)
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo
	$(PY) manage.py collectstatic --noinput --verbosity 0
	$(PY) bench/load.py --serve $(BENCH_ARGS)

# The benchmark: seeds 100,000 articles (BENCH_ARGS="--articles 1000" for fewer) and compares
# every page with a minimal Django view and a static file measured in the same run.
bench: $(STAMP)
	$(PY) bench/run.py $(BENCH_ARGS)
# Search's relevance on the judged set (precision at 5, mean reciprocal rank, the queries that
# miss), then its query plans and timings over 100,000 synthetic articles; both rolled back.
BENCH_ARTICLES ?= 100000
# DEBUG off: with it on, Django would keep the SQL of every bulk insert in memory.
bench-search: export DEBUG = 0
bench-search: export SECRET_KEY ?= local-bench-$(shell $(PYTHON) -c 'import secrets; print(secrets.token_urlsafe(40))')
bench-search: $(STAMP)
	$(PY) manage.py migrate --noinput
	$(PY) manage.py search_relevance
	$(PY) manage.py bench_search --articles $(BENCH_ARTICLES)

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(STAMP)
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

# The Vietnamese catalogue for strings Django and the libraries leave in English.
messages:
	msgfmt --check -o locale/vi/LC_MESSAGES/django.mo locale/vi/LC_MESSAGES/django.po

clean:
	rm -rf $(VENV) staticfiles db.sqlite3
