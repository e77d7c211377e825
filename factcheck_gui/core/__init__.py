"""Domain, storage and anchoring. Nothing in this package imports Qt."""
