"""Blocking that scales: events.long_span and the index (type, long_span, date_start, date_end).

The resolver looks for events of the same type overlapping a date window. With
only (type, date_start) that range is open below, so every insert read half
the events of its type; events spanning at most LONG_SPAN_DAYS are now found
by a range bounded on both sides, and the few longer ones apart.

Revision ID: 0003
Revises: 0002
"""
import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

LONG_SPAN_DAYS = 400  # bilat.store.LONG_SPAN_DAYS at the time of this revision


def upgrade():
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("long_span", sa.Boolean, nullable=False, server_default=sa.false()))
    events = sa.table("events", sa.column("id", sa.String), sa.column("date_start", sa.String),
                      sa.column("date_end", sa.String), sa.column("long_span", sa.Boolean))
    bind = op.get_bind()
    long_ids = [r.id for r in bind.execute(sa.select(events.c.id, events.c.date_start, events.c.date_end)
                                           .where(events.c.date_start.is_not(None), events.c.date_end.is_not(None)))
                if (dt.date.fromisoformat(r.date_end) - dt.date.fromisoformat(r.date_start)).days > LONG_SPAN_DAYS]
    for i in range(0, len(long_ids), 500):
        bind.execute(sa.update(events).where(events.c.id.in_(long_ids[i:i + 500])).values(long_span=True))
    op.create_index("ix_events_blocking", "events", ["type", "long_span", "date_start", "date_end"])


def downgrade():
    op.drop_index("ix_events_blocking", "events")
    with op.batch_alter_table("events") as batch:
        batch.drop_column("long_span")
