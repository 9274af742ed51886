"""The document register ("văn bản"): directives, decisions, plans... and their files."""
