"""The store's schema, in SQLAlchemy Core: the same tables on SQLite and PostgreSQL.

Two levels of events: an `extraction` is what one document says (one event
record of the extractor, with its sources); an `event` is the happening, the
resolved cluster of extractions from any number of documents. Every
assignment of an extraction to an event is a row of `merges`, with its reason,
and can be undone.
"""
from __future__ import annotations

from sqlalchemy import (JSON, Boolean, Column, DateTime, Float, ForeignKey, Index, Integer, MetaData, SmallInteger,
                        String, Table, Text, UniqueConstraint, false, text)

metadata = MetaData()

documents = Table(
    "documents", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("path", Text, nullable=False, unique=True),
    Column("name", Text, nullable=False),
    Column("sha256", String(64), nullable=False, index=True),
    Column("format", String(8), nullable=False),
    Column("encoding", String(32)),
    Column("title", Text),
    Column("published", String(10)),
    Column("text", Text, nullable=False),
    Column("pages", JSON),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
)

entities = Table(
    "entities", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(16), nullable=False),  # place | person | org | country
    Column("name", Text, nullable=False),  # canonical English name
    Column("country", String(2)),
    Column("lat", Float),
    Column("lon", Float),
    Column("geonames_id", Integer),
    UniqueConstraint("kind", "name", name="uq_entity"),
)

entity_names = Table(
    "entity_names", metadata,
    Column("entity_id", Integer, ForeignKey("entities.id", ondelete="CASCADE"), nullable=False),
    Column("written", Text, nullable=False),
    Column("language", String(8), nullable=False),
    UniqueConstraint("entity_id", "written", "language", name="uq_entity_name"),
)

mentions = Table(
    "mentions", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("entity_id", Integer, ForeignKey("entities.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("language", String(8)),
    Column("role", Text),
)

events = Table(
    "events", metadata,
    Column("id", String(40), primary_key=True),
    Column("type", String(16), nullable=False),
    Column("date", String(40)),  # EDTF
    Column("date_start", String(10)),  # first day the EDTF value can mean, for range queries and blocking
    Column("date_end", String(10)),  # last day
    Column("title", Text, nullable=False),
    Column("confidence", Float, nullable=False),
    Column("conflict", Boolean, nullable=False, default=False),
    Column("data", JSON, nullable=False),  # places, participants, organizations, countries, conflict_dates
    Column("corrected", JSON),  # human corrections (field -> value) that survive re-ingest
    Column("wrong", Boolean, nullable=False, default=False),  # marked wrong by a reviewer: hidden, kept
    Column("updated_at", DateTime(timezone=True), nullable=False),
    # date_end - date_start > LONG_SPAN_DAYS (decades, long intervals): blocking finds the short ones by a
    # bounded range on date_start and these few apart (revision 0003).
    Column("long_span", Boolean, nullable=False, default=False, server_default=false()),
    # The timeline (Corpus.events over a date range, in date order) reads ix_events_start in its order from
    # the range's start and stops at the page's end; ix_events_long, the few long events only, bounds that
    # range below (revision 0004).
    Index("ix_events_start", "date_start", "date_end", "id"),
    Index("ix_events_type_start", "type", "date_start"),
    Index("ix_events_long", "date_start", "date_end", sqlite_where=text("long_span = 1"),
          postgresql_where=text("long_span")),
)

extractions = Table(
    "extractions", metadata,
    Column("id", String(40), primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("event_id", String(40), ForeignKey("events.id", ondelete="SET NULL"), index=True),
    Column("type", String(16), nullable=False),
    Column("date", String(40)),
    Column("date_start", String(10)),
    Column("date_end", String(10)),
    Column("title", Text, nullable=False),
    Column("confidence", Float, nullable=False),
    Column("data", JSON, nullable=False),
)

# Blocking keys (revision 0004): one row per (event, piece of evidence the resolver merges on: a place,
# person or organisation name, or "has a quoted name"), hashed with the type, with the event's dates. The
# resolver finds its candidates by indexed ranges here: events of the same type, sharing a key, overlapping
# the window. `span`: 0 = at most SHORT_SPAN_DAYS, 1 = at most LONG_SPAN_DAYS, 2 = longer, so that each
# range is bounded below by the longest span of its class.
event_keys = Table(
    "event_keys", metadata,
    Column("event_id", String(40), ForeignKey("events.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("key", String(16), nullable=False),
    Column("span", SmallInteger, nullable=False),
    Column("date_start", String(10), nullable=False),
    Column("date_end", String(10), nullable=False),
    Index("ix_event_keys_blocking", "key", "span", "date_start", "date_end", "event_id"),
)

sources = Table(
    "sources", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("extraction_id", String(40), ForeignKey("extractions.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("language", String(8)),
    Column("quote", Text, nullable=False),
)

event_entities = Table(
    "event_entities", metadata,
    # found by event through uq_event_entity (event_id, ...); by entity through ix_event_entities_entity_id
    Column("event_id", String(40), ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
    Column("entity_id", Integer, ForeignKey("entities.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("role", String(16), nullable=False),  # place | participant | organization | country
    UniqueConstraint("event_id", "entity_id", "role", name="uq_event_entity"),
)

merges = Table(
    "merges", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("event_id", String(40), nullable=False, index=True),
    Column("extraction_id", String(40), nullable=False, index=True),
    Column("reason", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("undone_at", DateTime(timezone=True)),
)

# ---- review (revision 0002) ----------------------------------------------------------------------

users = Table(
    "users", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(100), nullable=False, unique=True),
    Column("token_hash", String(64), nullable=False, unique=True),  # sha256 of the token; the token is never stored
    Column("created_at", DateTime(timezone=True), nullable=False),
)

audit = Table(
    "audit", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("user", String(100), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("action", String(16), nullable=False),  # edit | wrong | merge | split | undo
    Column("event_id", String(40), nullable=False, index=True),
    Column("before", JSON),
    Column("after", JSON),
    Column("undone_at", DateTime(timezone=True)),
)
