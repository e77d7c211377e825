"""`factcheck-gui [--db PATH] [COMMAND ...]`: the window, or a headless command.

Errors are one line on stderr and a non-zero exit; `--debug` adds the traceback.
Nothing here imports Qt unless the window is asked for.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Sequence

from factcheck_gui.cli.parser import build_parser
from factcheck_gui.core.errors import FactcheckError
from factcheck_gui.paths import DB_FILENAME, chosen_db_path, ensure_data_dir

EXIT_ERROR = 1
EXIT_INTERRUPTED = 130


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    debug = getattr(args, "debug", False)
    try:
        return _dispatch(args)
    except FactcheckError as error:
        if debug:
            traceback.print_exc()
        print(f"error: {error}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): not an error worth a message.
        _silence_stdout()
        return 0
    except Exception as error:  # the last line of defence: one line, no traceback
        if debug:
            traceback.print_exc()
        print(f"error: unexpected {type(error).__name__}: {error} "
              "(run again with --debug for details)", file=sys.stderr)
        return EXIT_ERROR


# Commands that work on a database that cannot be written (they say so).
READING_COMMANDS = frozenset({"articles", "show", "claims", "export", "history", "check",
                              "backup", "versions", "diff", "suggest", "similar",
                              "agreement"})

# Commands that may create a database the user named but that does not exist yet.
CREATING_COMMANDS = frozenset({"import", "sample", "import-annotations", "team"})


def _dispatch(args: argparse.Namespace) -> int:
    _check_text_arguments(args)
    try:
        named = chosen_db_path(getattr(args, "db", None))
        db_path = named if named is not None else ensure_data_dir() / DB_FILENAME
        # Absolute from here on: SQLite's read-only URIs (check, backup) need it.
        db_path = db_path.absolute()
    except (ValueError, OSError) as error:
        raise FactcheckError(str(error)) from error
    creates = args.command is None or args.command in CREATING_COMMANDS
    if named is not None and not creates and not named.exists():
        # A typo in --db must not quietly create (and report on) an empty database.
        raise FactcheckError(f"there is no database at {named} (`import`, `sample` or "
                             "`import-annotations` creates one)")
    reviewer = getattr(args, "reviewer", None)
    if args.command is None:
        from factcheck_gui.app import run_app  # Qt is loaded only for the window

        return run_app(db_path, reviewer=reviewer)
    from factcheck_gui.cli.commands import FILE_HANDLERS, HANDLERS, RESCUE_HANDLERS
    from factcheck_gui.core.errors import DatabaseError, DatabaseInUseError
    from factcheck_gui.core.store import Store

    if args.command in FILE_HANDLERS:  # works on the file itself (restore)
        return FILE_HANDLERS[args.command](db_path, args)
    try:
        store = Store.open(db_path, reviewer=reviewer)
    except DatabaseInUseError:
        raise
    except DatabaseError as error:
        # check and backup must still help when the app cannot open the file.
        if args.command in RESCUE_HANDLERS and db_path.is_file():
            print(f"note: {error}", file=sys.stderr)
            return RESCUE_HANDLERS[args.command](db_path, args)
        raise
    if store.read_only and args.command in READING_COMMANDS:
        print(f"note: {db_path.name} is read-only here (file, folder or file system);"
              " opened for reading only", file=sys.stderr)
    with store:
        return HANDLERS[args.command](store, args)


# Arguments that are file paths: any bytes the OS allows are fine there.
_PATH_ARGUMENTS = frozenset({"db", "files", "file", "out"})


def _check_text_arguments(args: argparse.Namespace) -> None:
    """Text that cannot be stored as UTF-8 (undecodable bytes) gets a clear refusal."""
    for name, value in vars(args).items():
        if name in _PATH_ARGUMENTS:
            continue
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str):
                try:
                    item.encode("utf-8")
                except UnicodeEncodeError:
                    option = "--" + name.replace("_", "-")
                    raise FactcheckError(f"{option} is not valid UTF-8 text") from None


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except OSError:
        pass
