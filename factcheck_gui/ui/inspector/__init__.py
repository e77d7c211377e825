"""The claim inspector: a claim's fields, sources, history and similar claims checked
before."""
