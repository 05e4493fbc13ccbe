"""The initial schema: documents, entities, mentions, extractions, sources, events, merges.

Revision ID: 0001
Revises:
"""
import sqlalchemy as sa
from alembic import op

from bilat.store import schema as S

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TABLES = [S.documents, S.entities, S.entity_names, S.mentions, S.events, S.extractions, S.sources,
          S.event_entities, S.merges]
LATER = {"events": {"wrong", "long_span"}}  # columns that later revisions add
LATER_INDEXES = {"ix_events_long"}  # indexes that later revisions add (on columns this one has)


def upgrade():
    bind = op.get_bind()
    # The tables as this revision knew them: the current definitions less what later revisions add.
    md = sa.MetaData()
    for table in TABLES:
        cols = [c._copy() for c in table.columns if c.name not in LATER.get(table.name, set())]
        extra = [sa.Index(i.name, *[c.name for c in i.columns], unique=i.unique) for i in table.indexes
                 if not any(c.name in LATER.get(table.name, set()) for c in i.columns)
                 and i.name not in LATER_INDEXES
                 and not (len(i.columns) == 1 and next(iter(i.columns)).index)]  # column-level: copied above
        uniques = [sa.UniqueConstraint(*[c.name for c in u.columns], name=u.name) for u in table.constraints
                   if isinstance(u, sa.UniqueConstraint)]
        # Column.copy() leaves the foreign keys behind: restate them, with their ON DELETE.
        fks = [sa.ForeignKeyConstraint([c.name for c in fk.columns], [e.target_fullname for e in fk.elements],
                                       name=fk.name, ondelete=fk.ondelete) for fk in table.foreign_key_constraints]
        sa.Table(table.name, md, *cols, *extra, *uniques, *fks)
    md.create_all(bind, checkfirst=True)
    if bind.dialect.name == "sqlite":
        # Full-text search over document text; rowid = documents.id, kept in step by the store.
        op.execute("CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(text, tokenize='unicode61')")
    else:
        op.execute("CREATE INDEX IF NOT EXISTS ix_documents_fts ON documents "
                   "USING gin (to_tsvector('simple', text))")


def downgrade():
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS documents_fts")
    for table in reversed(TABLES):
        table.drop(bind, checkfirst=True)
