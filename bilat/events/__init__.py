"""Events: triggers per type and language, with their date, places, participants and sources."""
from bilat.events.extract import extract, mention_sentences
from bilat.events.triggers import TYPES

__all__ = ["extract", "mention_sentences", "TYPES"]
