"""atheris (libFuzzer for Python) over bilat's readers and extractors; run by test_fuzz.py::test_atheris.

    python atheris_harness.py -runs=N [-max_total_time=S] [libFuzzer flags] [CORPUS_DIR]

The first byte picks the target: even -> a file of the remaining bytes through bilat.ingest.read
(the second byte picks the extension), odd -> the remaining bytes as UTF-8 text through the date,
entity and event extractors. bilat's own modules are instrumented for coverage. An exception other
than InputError from a reader, or any from an extractor, is a crash: libFuzzer stops, prints it and
exits non-zero.
"""
import os
import sys

import atheris

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

with atheris.instrument_imports(include=["bilat"]):
    import bilat.entities  # noqa: F401
    import bilat.events  # noqa: F401
    import bilat.ingest  # noqa: F401
    import bilat.ingest.encoding  # noqa: F401
    import bilat.ingest.htmlpage  # noqa: F401
    import bilat.ingest.pdf  # noqa: F401
    import bilat.ingest.wordfile  # noqa: F401
    import bilat.pipeline  # noqa: F401
    import bilat.text.normalize  # noqa: F401
    import bilat.text.segment  # noqa: F401
    import bilat.time  # noqa: F401

from fuzz_targets import SUFFIXES, extract_text, read_bytes  # noqa: E402


def one(data: bytes):
    if len(data) < 2:
        return
    if data[0] % 2 == 0:
        read_bytes(data[2:], SUFFIXES[data[1] % len(SUFFIXES)])
    else:
        extract_text(data[1:].decode("utf-8", errors="replace"))


if __name__ == "__main__":
    atheris.Setup(sys.argv, one)
    atheris.Fuzz()
