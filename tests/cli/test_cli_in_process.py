"""The in-process route of the CLI tests shows what the real program shows.

Most CLI tests call `main(argv)` in the test process (see conftest). Here the same
commands run both ways on the same database and must give the same exit status and the
same bytes on stdout and stderr: text, JSON, CSV with its byte order mark, one-line
errors, `--debug` tracebacks, usage errors, stdin and the working folder.
"""

from __future__ import annotations

from pathlib import Path

from .conftest import Cli

STORY = """---
title: Fares to rise
outlet: The Courier
---
Fares will rise by 18% in January. Ridership fell to 14.2 million — “a record”.
"""


def test_both_routes_print_the_same(cli_process: Cli, tmp_path: Path) -> None:
    here = Cli(cli_process.db, tmp_path)  # the same database, in this process
    story = tmp_path / "story.md"
    story.write_text(STORY, encoding="utf-8")
    article = here("import", "story.md").out.split("\t")[0]  # relative: the folder counts
    here("claim", "add", "--article", article, "--quote", "Fares will rise by 18%",
         "--verdict", "False", "--source", "https://example.org/budget")
    commands: list[tuple[str, ...]] = [
        ("claims", "--json"),
        ("export", "csv"),  # bytes with a byte order mark
        ("export", "claimreview"),  # a warning on stderr
        ("show", "nope"),  # one-line error, status 1
        ("show", "nope", "--debug"),  # and its traceback
        ("claim", "frobnicate"),  # usage error, status 2
    ]
    for args in commands:
        assert here(*args, ok=False) == cli_process(*args, ok=False), args
    junk = b"{ not json"
    assert (here("import-annotations", "-", stdin=junk, ok=False)
            == cli_process("import-annotations", "-", stdin=junk, ok=False))
    assert here("export", "csv").raw.startswith(b"\xef\xbb\xbf")
