"""A throwaway PostgreSQL server for the team tests and benchmarks: a cluster in
a temporary folder on its own 127.0.0.1 port (trust authentication, no fsync),
started and stopped with the server's own initdb and pg_ctl from Debian's
`postgresql` package. initdb refuses to run as root; as root the server runs
as the `postgres` user the package creates."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path


def bindir_of_postgres() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"),
                   key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit()
                   else 0)
    if found:
        return found[-1].parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Cluster:
    bindir: Path
    folder: Path
    port: int
    as_postgres: bool

    def _run(self, *args: str) -> None:
        command = [str(self.bindir / args[0]), *args[1:]]
        if self.as_postgres:  # initdb refuses root; the package makes this user
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=120)

    def start(self) -> None:
        options = (f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1"
                   " -c fsync=off -c synchronous_commit=off -c full_page_writes=off")
        self._run("pg_ctl", "-D", str(self.folder / "data"), "-w", "-o", options,
                  "-l", str(self.folder / "log"), "start")

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.folder / "data"), "-w", "-m", mode, "stop")

    def url(self, database: str, user: str = "admin") -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        import psycopg

        name = "team_" + uuid.uuid4().hex[:12]
        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return name


def start_cluster() -> Cluster | None:
    """A running cluster in a new temporary folder, or None without PostgreSQL."""
    bindir = bindir_of_postgres()
    if bindir is None:
        return None
    folder = Path(tempfile.mkdtemp(prefix="factcheck-pg-"))
    as_postgres = os.geteuid() == 0
    if as_postgres:
        shutil.chown(folder, "postgres", "postgres")
    cluster = Cluster(bindir, folder, _free_port(), as_postgres)
    cluster._run("initdb", "-D", str(folder / "data"), "-A", "trust", "-U", "admin", "-N",
                 "--no-instructions")
    cluster.start()
    _watch_over(cluster)
    return cluster


# Stops the cluster once the process that started it is gone, however it went
# (a benchmark killed by a timeout, a test worker that crashed): a server left
# running would keep its port and memory until the machine restarts.
_WATCHDOG = """
import os, shutil, subprocess, sys, time
parent, folder, command = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
while os.path.isdir(folder):
    try:
        os.kill(parent, 0)
    except ProcessLookupError:
        subprocess.run(command, capture_output=True, timeout=60)
        shutil.rmtree(folder, ignore_errors=True)
        break
    time.sleep(1)
"""


def _watch_over(cluster: Cluster) -> None:
    stop = [str(cluster.bindir / "pg_ctl"), "-D", str(cluster.folder / "data"), "-w", "-m",
            "immediate", "stop"]
    if cluster.as_postgres:
        stop = ["runuser", "-u", "postgres", "--", *stop]
    subprocess.Popen([sys.executable, "-c", _WATCHDOG, str(os.getpid()), str(cluster.folder),
                      *stop], start_new_session=True, stdin=subprocess.DEVNULL,
                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def remove_cluster(cluster: Cluster) -> None:
    try:
        cluster.stop("immediate")
    finally:
        shutil.rmtree(cluster.folder, ignore_errors=True)
