"""Fuzzing the readers and the date and event extractors: no crash, only the documented errors.

hypothesis (max_examples 200 per test, no deadline): random bytes under
every extension, valid files (PDF, DOCX, HTML, text in several encodings)
mutated byte by byte, random Unicode, and token soups of dates, triggers and
the characters normalisation deals with. The readers may only raise
bilat.records.InputError; the extractors nothing at all. Then atheris
(coverage-guided, libFuzzer) over the same targets, where it installs.
"""
from __future__ import annotations

import functools
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from fuzz_targets import SUFFIXES, extract_text, read_bytes

FUZZ = settings(max_examples=200, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
HERE = Path(__file__).parent

TEXT = ("6 fevral 2004-cü ildə Moskvada Azərbaycan və Rusiya arasında mədəni əməkdaşlıq haqqında saziş imzalandı.\n"
        "12 марта 2005 года в Баку открылась выставка ковров. "
        "On 6 February 2004 the President of Azerbaijan paid an official visit to Moscow.\n"
        "در ۱۵ اردیبهشت ۱۳۸۹ هفته فرهنگی ایران در باکو برگزار شد.\n")


@functools.cache
def seeds() -> dict[str, tuple[bytes, str]]:
    """Valid files of each format, to mutate."""
    import docx
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    pdf.multi_cell(0, 6, "On 6 February 2004 the ministers signed an agreement on cultural cooperation in Moscow.")
    d = docx.Document()
    for line in TEXT.splitlines():
        d.add_paragraph(line)
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "1995", "saziş imzalandı"
    buf = io.BytesIO()
    d.save(buf)
    html = (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Xəbər</title></head><body><article>"
            f"<h1>Saziş</h1><p>{TEXT}</p><p>{TEXT}</p></article></body></html>")
    ru = "12 марта 2005 года в Баку открылась выставка ковров. Министр подписал соглашение. " * 3
    return {"pdf": (bytes(pdf.output()), ".pdf"), "docx": (buf.getvalue(), ".docx"),
            "html": (html.encode(), ".html"), "utf8": (TEXT.encode(), ".txt"),
            "cp1251": (ru.encode("cp1251"), ".txt"), "utf16": (TEXT.encode("utf-16"), ".txt"),
            "koi8r": (ru.encode("koi8-r"), ".txt")}


# ---- readers ---------------------------------------------------------------------------------------

@FUZZ
@given(raw=st.binary(max_size=4096), suffix=st.sampled_from(SUFFIXES))
@example(raw=b"", suffix=".pdf")
@example(raw=b"%PDF-1.4\n", suffix=".txt")
@example(raw=b"PK\x03\x04", suffix=".docx")
@example(raw=b"\xff\xfe", suffix=".txt")
@example(raw=b"\xef\xbb\xbf<html>", suffix="")
@example(raw=b"<html><body>" + b"<div>" * 3000, suffix=".html")
def test_readers_any_bytes(raw, suffix):
    read_bytes(raw, suffix)


MUTATION = st.tuples(st.sampled_from(["flip", "delete", "insert", "truncate", "zero", "repeat"]),
                     st.floats(0, 1, allow_nan=False), st.integers(0, 255), st.integers(1, 64))


def _mutate(raw: bytes, ops) -> bytes:
    b = bytearray(raw)
    for op, where, byte, n in ops:
        if not b:
            break
        i = min(int(where * len(b)), len(b) - 1)
        if op == "flip":
            b[i] ^= byte or 1
        elif op == "delete":
            del b[i:i + n]
        elif op == "insert":
            b[i:i] = bytes([byte]) * n
        elif op == "truncate":
            del b[i:]
        elif op == "zero":
            b[i:i + n] = bytes(len(b[i:i + n]))
        elif op == "repeat":
            b[i:i] = b[i:i + n] * 8
    return bytes(b)


@FUZZ
@given(kind=st.sampled_from(["pdf", "docx", "html", "utf8", "cp1251", "utf16", "koi8r"]),
       ops=st.lists(MUTATION, min_size=1, max_size=6), keep_suffix=st.booleans(),
       suffix=st.sampled_from(SUFFIXES))
def test_readers_mutated_files(kind, ops, keep_suffix, suffix):
    raw, own = seeds()[kind]
    read_bytes(_mutate(raw, ops), own if keep_suffix else suffix)


def test_readers_read_the_seeds():
    """The seeds themselves are read (else the mutations test nothing)."""
    for kind, (raw, suffix) in seeds().items():
        assert read_bytes(raw, suffix) is not None, kind


# ---- date and event extractors --------------------------------------------------------------------

TOKENS = [
    # dates in the four languages, in their forms
    "6", "06", "12", "29", "31", "32", "1", "0", "1995", "2004", "1389", "1431", "99999", "-ci", "-cü", "-cı",
    "il", "ildə", "illərdə", "fevral", "fevralın", "iyunun", "6-da", "əsrin", "90-cı", "eyni ildə", "həmin il",
    "года", "г.", "гг.", "марта", "мая", "в", "с", "по", "до", "90-х", "XX", "века", "в том же году",
    "February", "May", "1990s", "the", "same", "year", "on", "in", "since", "until", "–", "—", "-", "/", ".",
    "سال", "اردیبهشت", "۱۳۸۹", "۱۵", "٢٠٠٤", "همان سال", "دهه", "قمری", "هجری", "شمسی",
    # event triggers, places, people, organisations
    "saziş", "imzalandı", "səfər", "sərgi", "açıldı", "Bakıda", "Moskvada", "Heydər Əliyev", "prezident",
    "соглашение", "подписано", "визит", "выставка", "открылась", "Баку", "Москве", "Гейдар Алиев", "министр",
    "agreement", "signed", "visit", "exhibition", "festival", "opened", "Baku", "Moscow", "President",
    "توافقنامه", "امضا", "سفر", "نمایشگاه", "باکو", "مسکو", "حیدر علی‌اف", "رئیس جمهور", "هفته فرهنگی",
    # what normalisation deals with
    "\u200c", "\u200b", "\u00ad", "-\n", "\n", "\n\n", "\r\n", "\t", "\u00a0", "e\u0301", "\u0627\u0653", "ي",
    "ك", "ى", "«", "»", "“", "”", "(", ")", "[4; 87]", "\ufeff", "\u202b", "\u202c", "\x00", "\ud7ff", "😀",
]
TEXTS = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(TOKENS), min_size=1, max_size=60).map(" ".join),
    st.lists(st.sampled_from(TOKENS), min_size=1, max_size=60).map("".join),
)


@FUZZ
@given(text=TEXTS, published=st.sampled_from([None, "2021-06-16", "1995-01-01"]))
@example(text="", published=None)
@example(text="\n\n\n", published=None)
@example(text=TEXT, published=None)
@example(text=TEXT * 20, published="2010-01-01")
@example(text="-\n" * 500, published=None)
@example(text="\u200c" * 300 + "سال", published=None)
# a section of centuries ("XIX–XXI əsrlər", no happening's date) told again after a conference's days
@example(text="Konfrans 2024-cü il oktyabrın 15–17-də Bakıda keçirildi.\n\nKonfransın bölmələri:\n"
              "1. Rus ədəbiyyatı tərcümələrində (XIX–XXI əsrlər)\n", published=None)
def test_extractors_any_text(text, published):
    extract_text(text, published)


# ---- atheris --------------------------------------------------------------------------------------

def test_atheris(tmp_path):
    """Coverage-guided fuzzing (libFuzzer through atheris) of the same targets, 30 s at most."""
    try:
        import atheris  # noqa: F401
    except ImportError:
        pytest.skip("atheris is not installed (pip install atheris)")
    runs = os.environ.get("BILAT_ATHERIS_RUNS", "4000")
    seconds = os.environ.get("BILAT_ATHERIS_SECONDS", "30")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for kind, (raw, suffix) in seeds().items():
        (corpus / f"seed_{kind}").write_bytes(bytes([0, SUFFIXES.index(suffix)]) + raw)
    (corpus / "seed_text").write_bytes(b"\x01" + TEXT.encode())
    proc = subprocess.run([sys.executable, str(HERE / "atheris_harness.py"), f"-runs={runs}",
                           f"-max_total_time={seconds}", "-max_len=8192", "-seed=1", "-rss_limit_mb=2048",
                           f"-artifact_prefix={tmp_path}/", str(corpus)], cwd=tmp_path,
                          env=dict(os.environ, BILAT_FUZZ_DIR=str(tmp_path)), capture_output=True, text=True,
                          timeout=int(seconds) + 120)
    tail = (proc.stdout + proc.stderr)[-4000:]
    assert proc.returncode == 0, f"atheris found a crash:\n{tail}"
    done = [line for line in tail.splitlines() if line.startswith("Done ")]
    print("\natheris:", done[-1] if done else tail.splitlines()[-1:])
