"""Getting articles and annotations in."""
