"""Small dialogs with one job each."""
