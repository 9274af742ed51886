"""Locale formats that Django does not ship for Vietnamese."""
