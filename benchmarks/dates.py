"""Benchmark of the date stage against dateparser.search.search_dates, in one run.

    python benchmarks/dates.py [--mb 10] [--dateparser-mb 1]

Builds a corpus of >= --mb MB by repeating the documents of examples/ (each
repetition is its own document, so memory must stay flat), then measures:
  * bilat: normalise + segment once (not timed), then bilat.time.annotate timed:
    MB/s, documents/s, peak memory (tracemalloc) at half and at full corpus;
  * dateparser search_dates over the first --dateparser-mb MB of the same texts
    (it runs at ~0.1 MB/s, so a full 10 MB pass takes minutes; the MB/s figure is
    what is compared), with the language of each document given to it;
  * on the dev gold (../shared/corpus/dev), how many cited date expressions each
    tool gets exactly right.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bilat import pipeline  # noqa: E402
from bilat import time as timex  # noqa: E402
from bilat.records import InputError  # noqa: E402

SHARED = ROOT.parent / "shared" / "corpus" / "dev"


def load_examples():
    segs = []
    for p in sorted((ROOT / "examples").iterdir()):
        if p.suffix in {".md"} or not p.is_file():
            continue
        try:
            doc = pipeline.document(p)
        except InputError as e:
            print(f"skip {e}")
            continue
        segs.append(pipeline.segmented(doc))
    return segs


def bench_bilat(segs, mb):
    total = sum(len(s.text.text.encode()) for s in segs)
    reps = max(1, int(mb * 1e6 // total) + 1)
    tracemalloc.start()
    n_docs = n_expr = 0
    nbytes = 0
    peaks = []
    t0 = time.perf_counter()
    for r in range(reps):
        for s in segs:
            n_expr += len(timex.annotate(s))
            n_docs += 1
            nbytes += len(s.text.text.encode())
        if r in (reps // 2, reps - 1):
            peaks.append(tracemalloc.get_traced_memory()[1])
            tracemalloc.reset_peak()
    dt = time.perf_counter() - t0
    tracemalloc.stop()
    return dict(mb=nbytes / 1e6, seconds=dt, mb_s=nbytes / 1e6 / dt, docs_s=n_docs / dt, docs=n_docs,
                expressions=n_expr, peak_half_mb=peaks[0] / 1e6, peak_full_mb=peaks[-1] / 1e6)


DP_LANG = {"az": "az", "ru": "ru", "fa": "fa", "en": "en"}


def bench_dateparser(segs, mb):
    from dateparser.search import search_dates

    budget, nbytes, hits = mb * 1e6, 0, 0
    t0 = time.perf_counter()
    while nbytes < budget:
        for s in segs:
            for a, b, lang in s.spans:
                chunk = s.text.text[a:b]
                found = search_dates(chunk, languages=[DP_LANG[lang]]) or []
                hits += len(found)
                nbytes += len(chunk.encode())
            if nbytes >= budget:
                break
    dt = time.perf_counter() - t0
    return dict(mb=nbytes / 1e6, seconds=dt, mb_s=nbytes / 1e6 / dt, hits=hits)


def gold_accuracy():
    """Date expressions the dev gold cites, and how many each tool normalises exactly."""
    gold_path = SHARED / "gold" / "events.jsonl"
    if not gold_path.exists():
        return None
    from dateparser.search import search_dates

    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    ok_bilat = ok_dp = n = 0
    for doc_name in sorted({g["doc"] for g in gold}):
        seg = pipeline.segmented(pipeline.document(SHARED / "docs" / doc_name))
        text = seg.doc.text if hasattr(seg, "doc") else seg.text.doc.text
        ours = timex.annotate(seg)
        theirs = []
        for a, b, lang in seg.spans:
            for found, when in search_dates(seg.text.text[a:b], languages=[DP_LANG[lang]]) or []:
                pos = seg.text.text.find(found, a, b)
                theirs.append((seg.text.to_orig(pos, pos + len(found))[0], when))
        for g in gold:
            if g["doc"] != doc_name or g.get("optional"):
                continue
            at = text.find(g["evidence"])
            if at < 0:
                continue
            n += 1
            accepted = {g["date"], *g.get("date_alt", [])}
            window = range(max(0, at - 10), at + len(g["evidence"]) + 40)
            # An expression counts when it overlaps the window: "1998-ci ilin may ayının sonunda"
            # starts before an evidence "may ayının sonunda".
            ok_bilat += any(t.orig_start < window.stop and t.orig_end > window.start and t.edtf and
                            (t.edtf in accepted or t.edtf.split("/")[0] in accepted and t.edtf.endswith("/.."))
                            for t in ours)
            ok_dp += any(pos in window and any(when.strftime("%Y-%m-%d")[:len(d)] == d for d in accepted if "/" not in d)
                         for pos, when in theirs)
    return dict(cited=n, bilat=ok_bilat, dateparser=ok_dp)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=10.0)
    ap.add_argument("--dateparser-mb", type=float, default=1.0)
    a = ap.parse_args()
    segs = load_examples()
    print(f"corpus: {len(segs)} example documents, repeated to >= {a.mb} MB")
    ours = bench_bilat(segs, a.mb)
    print(f"bilat       {ours['mb']:.1f} MB in {ours['seconds']:.2f} s: {ours['mb_s']:.2f} MB/s, "
          f"{ours['docs_s']:.0f} docs/s, {ours['expressions']} expressions; "
          f"peak memory {ours['peak_half_mb']:.1f} MB at half, {ours['peak_full_mb']:.1f} MB at full corpus")
    theirs = bench_dateparser(segs, a.dateparser_mb)
    print(f"dateparser  {theirs['mb']:.2f} MB in {theirs['seconds']:.2f} s: {theirs['mb_s']:.3f} MB/s, {theirs['hits']} hits")
    print(f"speed ratio bilat/dateparser: {ours['mb_s'] / theirs['mb_s']:.0f}x")
    acc = gold_accuracy()
    if acc:
        print(f"dev gold: {acc['cited']} cited date expressions; exactly right: bilat {acc['bilat']}, "
              f"dateparser {acc['dateparser']}")
    else:
        print("dev gold: ../shared not found, accuracy not measured")


if __name__ == "__main__":
    main()
