"""Shared fixtures: a real PostgreSQL server for the session, and `store_url` over SQLite and PostgreSQL.

PostgreSQL comes from Debian's packages (`apt-get install postgresql`): the
server binaries in /usr/lib/postgresql/*/bin. Without them the PostgreSQL
tests skip, except under CI=true, where they fail (CI must install them).
"""
from __future__ import annotations

import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
import time

import pytest


def _pg_bindir() -> str | None:
    found = [os.path.dirname(p) for p in glob.glob("/usr/lib/postgresql/*/bin/initdb")
             if os.path.exists(os.path.join(os.path.dirname(p), "postgres"))]
    found.sort(key=lambda d: int(d.split("/")[-2]) if d.split("/")[-2].isdigit() else 0)
    return found[-1] if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _missing(msg: str):
    if os.environ.get("CI", "").lower() in ("true", "1", "yes"):
        pytest.fail(f"{msg} (CI=true: CI must install PostgreSQL, see .ci/run)", pytrace=False)
    pytest.skip(msg)


@pytest.fixture(scope="session")
def postgresql_url():
    """A PostgreSQL server of our own for the test run; yields the URL of its database `bilat_test`."""
    bindir = _pg_bindir()
    if bindir is None:
        _missing("PostgreSQL server not installed (no /usr/lib/postgresql/*/bin/initdb): "
                 "apt-get install postgresql to run the PostgreSQL tests")
    as_user: list[str] = []
    root = tempfile.mkdtemp(prefix="bilat-pg-")
    if os.geteuid() == 0:  # initdb refuses to run as root: run the server as `postgres`
        try:
            import pwd

            pw = pwd.getpwnam("postgres")
        except KeyError:
            _missing("running as root and there is no `postgres` user to run the server")
        os.chown(root, pw.pw_uid, pw.pw_gid)
        as_user = ["runuser", "-u", "postgres", "--"] if shutil.which("runuser") else None
    os.chmod(root, 0o700)
    data = os.path.join(root, "data")

    def run(*cmd, **kw):
        if as_user is None:  # no runuser: su
            import shlex

            return subprocess.run(["su", "postgres", "-s", "/bin/sh", "-c", shlex.join(cmd)], **kw)
        return subprocess.run([*as_user, *cmd], **kw)

    init = [f"{bindir}/initdb", "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync"]
    r = run(*init, "--locale=C.UTF-8", capture_output=True, text=True)
    if r.returncode != 0:
        shutil.rmtree(data, ignore_errors=True)
        r = run(*init, "--locale=C", capture_output=True, text=True)
    if r.returncode != 0:
        shutil.rmtree(root, ignore_errors=True)
        pytest.fail(f"initdb failed:\n{r.stdout}\n{r.stderr}", pytrace=False)
    port = _free_port()
    opts = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
    log = os.path.join(root, "server.log")
    r = run(f"{bindir}/pg_ctl", "-D", data, "-l", log, "-o", opts, "-w", "-t", "60", "start",
            capture_output=True, text=True)
    if r.returncode != 0:
        text = open(log).read() if os.path.exists(log) else ""
        shutil.rmtree(root, ignore_errors=True)
        pytest.fail(f"PostgreSQL did not start:\n{r.stdout}\n{r.stderr}\n{text}", pytrace=False)
    try:
        from sqlalchemy import create_engine, text as sql

        base = f"postgresql+psycopg://postgres@127.0.0.1:{port}"
        admin = create_engine(f"{base}/postgres", isolation_level="AUTOCOMMIT")
        for attempt in range(50):
            try:
                with admin.connect() as conn:
                    conn.execute(sql("CREATE DATABASE bilat_test"))
                break
            except Exception:
                if attempt == 49:
                    raise
                time.sleep(0.1)
        admin.dispose()
        yield f"{base}/bilat_test"
    finally:
        run(f"{bindir}/pg_ctl", "-D", data, "-m", "immediate", "-w", "stop", capture_output=True)
        shutil.rmtree(root, ignore_errors=True)


_db_numbers = itertools.count(1)


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path):
    """A fresh, empty store URL: a SQLite file, or a new PostgreSQL database for this test."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'bilat.db'}"
        return
    from sqlalchemy import create_engine, text as sql

    server = request.getfixturevalue("postgresql_url")
    base = server.rsplit("/", 1)[0]
    name = f"bilat_t{os.getpid()}_{next(_db_numbers)}"
    admin = create_engine(f"{base}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sql(f'CREATE DATABASE "{name}"'))
    try:
        yield f"{base}/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
