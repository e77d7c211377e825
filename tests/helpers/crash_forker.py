"""Starts crash writers fast: imports the writer once, then forks one per request (POSIX).

    python crash_forker.py

Each line on stdin, a JSON list `[DB, SEED]`, forks a child that prints
`{"pid": N}` and then runs `crash_writer.main(DB, SEED)`, its reports going to this
process's stdout. The forker waits for the child to end (the parent kills it) and
prints `exit N` on a line of its own, N as `subprocess` reports it (-9 for SIGKILL).
The children are real processes killed for real; only the interpreter's start and
the imports, the same every time, are done once.
"""

from __future__ import annotations

import json
import os
import sys
import traceback

import crash_writer  # the directory of this file is on sys.path when run as a script


def child(db: str, seed: int) -> None:
    """Never returns: the writer runs until it is killed, or exits on an error."""
    try:
        crash_writer.say({"pid": os.getpid()})
        crash_writer.main(db, seed)
    except BaseException:  # shown to the parent through stderr
        traceback.print_exc()
    finally:
        sys.stderr.flush()
        os._exit(1)


def main() -> None:
    for line in sys.stdin:
        db, seed = json.loads(line)
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:
            child(db, seed)
        _, status = os.waitpid(pid, 0)
        # After a newline: the kill may have cut the writer's last line short.
        print(f"\nexit {os.waitstatus_to_exitcode(status)}", flush=True)


if __name__ == "__main__":
    main()
