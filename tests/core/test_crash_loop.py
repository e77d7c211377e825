"""Kill a writer with SIGKILL at random moments; every reported edit must survive.

The child (tests/helpers/crash_writer.py) writes claims, batches of a claim and
two sources, sources, verdict changes and deletes through the real Store, and
announces each edit before (`begin`) and after the store call returns (`done`).
Each writer is a real process forked from a helper that imported the store once
(tests/helpers/crash_forker.py), so a kill costs no interpreter start. The parent
waits for one to four `done` reports, then kills a random moment later: progress is
counted in commits, not in time, so a busy machine changes nothing.
After each kill the parent reopens the file with the real Store and checks:
`PRAGMA integrity_check` and the FTS index are fine; the database equals the
model built from every `done` edit, plus possibly the one edit in flight, whole
(a batch's claim and both sources, and its events) or not at all; and the
history has exactly one event per committed change.

A short run is part of the normal suite. `FACTCHECK_LONG_CRASH=1` runs 1,000
kills (`FACTCHECK_CRASH_KILLS=N` to choose) and prints the count.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from factcheck_gui.core.store import Store

REPO = Path(__file__).resolve().parents[2]
CHILD = REPO / "tests" / "helpers" / "crash_writer.py"
FORKER = REPO / "tests" / "helpers" / "crash_forker.py"
LONG = os.environ.get("FACTCHECK_LONG_CRASH") == "1"
EVENTS_PER_OP = {"claim": 1, "batch": 3, "source": 1, "verdict": 1,
                 "delete_claim": 1, "delete_source": 1}

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")


@dataclass
class Model:
    claims: dict[str, str] = field(default_factory=dict)  # id -> verdict
    sources: dict[str, str] = field(default_factory=dict)  # id -> claim id
    events: int = 0

    def copy(self) -> Model:
        return Model(dict(self.claims), dict(self.sources), self.events)

    def apply(self, op: dict) -> Model:
        new = self.copy()
        kind = op["op"]
        if kind in ("claim", "batch"):
            new.claims[op["claim"]] = op["verdict"]
            new.sources.update(dict.fromkeys(op["sources"], op["claim"]))
        elif kind == "source":
            new.sources[op["source"]] = op["claim"]
        elif kind == "verdict":
            new.claims[op["claim"]] = op["verdict"]
        elif kind == "delete_claim":
            del new.claims[op["claim"]]
            new.sources = {s: c for s, c in new.sources.items() if c != op["claim"]}
        else:
            del new.sources[op["source"]]
        new.events += EVENTS_PER_OP[kind]
        return new


def read_db(path: Path) -> Model:
    """Reopen through the real store (as the app would) and check the file."""
    with Store.open(path) as store:
        assert store.integrity_problems() == []
        conn = store.connection
        for table in ("claims_fts", "articles_fts"):
            conn.execute(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")
        claims = {r[0]: r[1] for r in conn.execute("SELECT id, verdict FROM claims")}
        sources = {r[0]: r[1] for r in conn.execute("SELECT id, claim_id FROM sources")}
        events = conn.execute("SELECT count(*) FROM events").fetchone()[0]
        created = {r[0] for r in conn.execute(
            "SELECT entity_id FROM events WHERE action = 'create'")}
    missing = (set(claims) | set(sources)) - created
    assert not missing, f"rows without a history event: {missing}"
    return Model(claims, sources, events)


def parse(output: str) -> tuple[list[dict], dict | None]:
    """The edits reported as committed, and the one begun but not reported, if any."""
    done: list[dict] = []
    pending = None
    for line in output.splitlines():
        try:
            message = json.loads(line)
        except json.JSONDecodeError:  # the last line, cut by the kill
            continue
        if "begin" in message:
            assert pending is None, "the child began an edit before finishing the last"
            pending = message["begin"]
        elif "done" in message:
            assert pending is not None
            done.append(pending)
            pending = None
    return done, pending


class Writers:
    """Starts writer processes through the forker (tests/helpers/crash_forker.py), so
    each kill costs a fork, not an interpreter start and the store's imports."""

    def __init__(self, folder: Path) -> None:
        self.errors = folder / "writer-errors.txt"
        self._errors = self.errors.open("wb")
        # Without coverage's subprocess measuring: a SIGKILLed writer never saves it.
        env = {k: v for k, v in os.environ.items() if k != "COVERAGE_PROCESS_CONFIG"}
        self.proc = subprocess.Popen([sys.executable, str(FORKER)], cwd=REPO, env=env,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=self._errors, text=True)
        self.running: int | None = None  # the writer's pid until its end is reported

    def start(self, db: Path, seed: int) -> int:
        """A new writer on db; returns its pid. Its reports follow on `line()`."""
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps([str(db), seed]) + "\n")
        self.proc.stdin.flush()
        self.running = int(json.loads(self.line())["pid"])
        return self.running

    def ended(self) -> tuple[list[str], int]:
        """Read up to the forker's `exit N` line: the reports before it, and N."""
        lines = []
        while not (line := self.line()).startswith("exit "):
            lines.append(line)
        self.running = None
        return lines, int(line.split()[1])

    def line(self) -> str:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        assert line, f"the forker died: {self.problem()}"
        return line

    def problem(self) -> str:
        self._errors.flush()
        return self.errors.read_text(encoding="utf-8", errors="replace")[-3000:]

    def close(self) -> None:
        if self.running is not None:  # a failed check left a writer running
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.running, signal.SIGKILL)
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        try:
            self.proc.wait(timeout=30)
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
                self.proc.wait()
            self._errors.close()


def kill_once(writers: Writers, db: Path, seed: int, rng: random.Random) -> tuple[str, int]:
    """Start a writer, wait until it reports a few commits, kill it a moment later.

    Returns its output and how many commits it had reported before the kill. Waiting
    for reports rather than for a time keeps progress the same on a slow machine."""
    pid = writers.start(db, seed)
    seen = [writers.line()]
    assert seen[0].strip() == '{"ready": true}', seen[0] + writers.problem()
    wanted = rng.randint(1, 4)
    reported = 0
    while reported < wanted:
        line = writers.line()
        assert not line.startswith("exit "), f"the writer died on its own: {writers.problem()}"
        seen.append(line)
        reported += '"done"' in line
    # Anywhere in the next edit(s), or between them on a busy machine.
    time.sleep(rng.uniform(0.0, 0.05))
    os.kill(pid, signal.SIGKILL)
    rest, code = writers.ended()
    assert code == -signal.SIGKILL, writers.problem()
    return "".join(seen + rest), wanted


def run_loop(db: Path, kills: int, seed: int) -> tuple[int, int, int]:
    rng = random.Random(seed)
    subprocess.run([sys.executable, str(CHILD), str(db), "prepare"], cwd=REPO, check=True)
    model = read_db(db)
    edits = applied_in_flight = 0
    writers = Writers(db.parent)
    try:
        for number in range(kills):
            output, reported = kill_once(writers, db, seed * 100_003 + number, rng)
            done, pending = parse(output)
            assert len(done) >= reported, f"kill {number}: the log lost reported commits"
            for op in done:
                model = model.apply(op)
            edits += len(done)
            actual = read_db(db)
            if pending is not None and actual != model:
                # The edit in flight may have committed before the kill: then all of it.
                model = model.apply(pending)
                applied_in_flight += 1
            assert actual == model, (
                f"kill {number}: database differs from the reported edits"
                f" (in flight: {pending})"
            )
    finally:
        writers.close()
    return kills, edits, applied_in_flight


def test_sigkill_loop_keeps_every_reported_edit(tmp_path: Path) -> None:
    kills, edits, in_flight = run_loop(tmp_path / "crash.db", 50, seed=8)
    assert edits >= kills  # each kill came after at least one reported commit
    assert in_flight <= kills


@pytest.mark.slow
@pytest.mark.skipif(not LONG, reason="set FACTCHECK_LONG_CRASH=1 for the 1,000-kill run")
def test_sigkill_long_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    count = int(os.environ.get("FACTCHECK_CRASH_KILLS", "1000"))
    started = time.monotonic()
    kills, edits, in_flight = run_loop(tmp_path / "crash.db", count, seed=int(time.time()))
    with capsys.disabled():
        print(f"\ncrash loop: {kills} SIGKILLs, {edits} reported edits all present,"
              f" {in_flight} in-flight edits found whole, database intact"
              f" ({time.monotonic() - started:.0f} s)")


def test_model_rejects_partial_batch(tmp_path: Path) -> None:
    """The checker itself: a batch with one of its two sources missing is caught."""
    db = tmp_path / "partial.db"
    Store.open(db).close()
    base = read_db(db)
    op = {"op": "batch", "claim": "c1", "verdict": "True", "sources": ["s1", "s2"]}
    partial = base.apply(op)
    del partial.sources["s2"]
    assert partial not in (base, base.apply(op))
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
