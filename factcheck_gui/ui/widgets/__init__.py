"""Widgets and helpers shared by several areas."""
