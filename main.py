"""Run Factcheck GUI from a checkout: `python main.py [--db PATH] [COMMAND ...]`."""

import sys

from factcheck_gui.cli import main

if __name__ == "__main__":
    sys.exit(main())
