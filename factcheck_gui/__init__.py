"""Factcheck GUI: mark the claims in news articles, judge them, cite sources, report."""

__version__ = "0.1.0"
APP_NAME = "Factcheck GUI"
APP_ID = "factcheck-gui"
