"""Demo content loaded by `manage.py load_demo`; written for this project."""
