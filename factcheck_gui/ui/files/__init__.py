"""Databases: new, open, recent, preferences, and restoring a backup."""
