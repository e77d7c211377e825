"""Benchmarks that print ratios against a floor or peer measured in the same run.

Run `python -m benchmarks` (full sizes, minutes) or `python -m benchmarks --quick`
(small sizes, seconds; CI runs it to keep the suite working). See harness.py for
how a module adds scenarios: define `SCENARIOS`, a list of callables.
"""
