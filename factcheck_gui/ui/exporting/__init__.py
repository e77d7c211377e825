"""Exports: CSV, W3C annotations, ClaimReview, HTML and PDF reports."""
