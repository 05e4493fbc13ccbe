"""Blocking by evidence, the timeline's indexes, and fewer indexes to write: event_keys, ix_events_long.

Blocking by type and date window alone (0003) reads every event of the type in
the window; as a store grows over the same years that grows with the store,
and resolution with it faster than n log n. `decide` merges two events only
when they share a place, person or organisation name, or both have a quoted
name, so the resolver now looks up those keys (hashed with the type) in
`event_keys`, in ranges bounded on both sides per span class.

ix_events_blocking (0003) is no longer read and is dropped, as are two other
indexes nothing reads: each costs every insert a page written at a random
place. ix_events_start gains id, so that a date-range page of Corpus.events is
read in index order and stops at the page; ix_events_long (partial: long
events only) finds the few long events overlapping a range, which bound that
range below.

Revision ID: 0004
Revises: 0003
"""
import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

SHORT_SPAN_DAYS, LONG_SPAN_DAYS = 31, 400  # bilat.store's, at the time of this revision


def _span(lo: str, hi: str) -> int:
    days = (dt.date.fromisoformat(hi) - dt.date.fromisoformat(lo)).days
    return 0 if days <= SHORT_SPAN_DAYS else 1 if days <= LONG_SPAN_DAYS else 2


def upgrade():
    from bilat.resolve import blocking_keys

    op.create_table(
        "event_keys",
        sa.Column("event_id", sa.String(40), sa.ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
        sa.Column("key", sa.String(16), nullable=False),
        sa.Column("span", sa.SmallInteger, nullable=False),
        sa.Column("date_start", sa.String(10), nullable=False),
        sa.Column("date_end", sa.String(10), nullable=False),
    )
    bind = op.get_bind()
    events = sa.table("events", sa.column("id", sa.String), sa.column("type", sa.String),
                      sa.column("date_start", sa.String), sa.column("date_end", sa.String),
                      sa.column("data", sa.JSON))
    keys = sa.table("event_keys", sa.column("event_id", sa.String), sa.column("key", sa.String),
                    sa.column("span", sa.SmallInteger), sa.column("date_start", sa.String),
                    sa.column("date_end", sa.String))
    rows = []
    for r in bind.execute(sa.select(events).where(events.c.date_start.is_not(None),
                                                  events.c.date_end.is_not(None))):
        span = _span(r.date_start, r.date_end)
        rows += [dict(event_id=r.id, key=k, span=span, date_start=r.date_start, date_end=r.date_end)
                 for k in sorted(blocking_keys(r.type, r.data or {}))]
        if len(rows) >= 5000:
            bind.execute(sa.insert(keys), rows)
            rows = []
    if rows:
        bind.execute(sa.insert(keys), rows)
    op.create_index("ix_event_keys_event_id", "event_keys", ["event_id"])
    op.create_index("ix_event_keys_blocking", "event_keys", ["key", "span", "date_start", "date_end", "event_id"])
    # Every index costs each insert a page written at a random place: drop those nothing reads.
    for name in ("ix_events_blocking",  # 0003's, replaced by event_keys
                 "ix_extractions_type_start",  # no query filters extractions by type and date
                 "ix_event_entities_event_id",  # uq_event_entity (event_id, entity_id, role) serves
                 "ix_events_start"):  # made again with id, to serve the timeline's whole ORDER BY
        op.execute(f"DROP INDEX IF EXISTS {name}")
    op.create_index("ix_events_start", "events", ["date_start", "date_end", "id"])
    op.create_index("ix_events_long", "events", ["date_start", "date_end"], sqlite_where=sa.text("long_span = 1"),
                    postgresql_where=sa.text("long_span"))


def downgrade():
    op.drop_index("ix_events_long", "events")
    op.drop_index("ix_events_start", "events")
    op.create_index("ix_events_start", "events", ["date_start", "date_end"])
    op.create_index("ix_event_entities_event_id", "event_entities", ["event_id"])
    op.create_index("ix_extractions_type_start", "extractions", ["type", "date_start"])
    op.create_index("ix_events_blocking", "events", ["type", "long_span", "date_start", "date_end"])
    op.drop_index("ix_event_keys_blocking", "event_keys")
    op.drop_index("ix_event_keys_event_id", "event_keys")
    op.drop_table("event_keys")
