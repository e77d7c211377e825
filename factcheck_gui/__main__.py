"""`python -m factcheck_gui`: the same program as `factcheck-gui` and `python main.py`."""

import sys

from factcheck_gui.cli import main

if __name__ == "__main__":
    sys.exit(main())
