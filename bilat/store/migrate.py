"""Alembic, run from inside the package: `bilat db upgrade`, and on opening a store."""
from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

HERE = Path(__file__).parent / "migrations"


def config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    return cfg


def current(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head"):
    cfg = config()
    head = ScriptDirectory.from_config(cfg).get_current_head()
    if revision == "head" and current(engine) == head:
        return  # the common case: nothing to do, and no Alembic start-up cost
    with engine.begin() as conn:
        # One process migrates, in one transaction; another opening the store at the same time waits for
        # it, then finds nothing to do. (pysqlite would otherwise autocommit every DDL statement.)
        if engine.dialect.name == "sqlite":
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        elif engine.dialect.name == "postgresql":
            conn.exec_driver_sql("SELECT pg_advisory_xact_lock(4242424242)")
        if revision == "head" and MigrationContext.configure(conn).get_current_revision() == head:
            return
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
