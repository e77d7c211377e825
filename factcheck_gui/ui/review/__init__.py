"""Blind review in the window: a reviewer's own pass, and comparing and curating passes."""
