"""The initial schema: documents, entities, mentions, extractions, sources, events, merges.

Revision ID: 0001
Revises:
"""
from alembic import op

from bilat.store import schema as S

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TABLES = [S.documents, S.entities, S.entity_names, S.mentions, S.events, S.extractions, S.sources,
          S.event_entities, S.merges]


def upgrade():
    bind = op.get_bind()
    for table in TABLES:
        table.create(bind, checkfirst=True)
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
