"""Fixtures of tests/use: a store holding the small chronology of chronology.py."""
from __future__ import annotations

import pytest

from bilat.store import Store
from chronology import fill


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    """A SQLite store with the chronology, shared by a module's tests (they only read it)."""
    path = tmp_path_factory.mktemp("use") / "bilat.db"
    store = Store(path)
    fill(store)
    store.close()
    return str(path)
