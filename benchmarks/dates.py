"""Benchmark of the date stage against dateparser.search.search_dates, in one run.

    python benchmarks/dates.py [--mb 10] [--dateparser-mb 0.5] [--no-memory] [--profile]

The date stage is what turns a Document into dated expressions:
`normalize` + `segment` + `bilat.time.annotate`, timed per document (ingest
is not part of it: the example files are read once, before timing).

* Corpus: the documents of examples/ repeated until >= --mb MB of text;
  each repetition is its own Document, produced by a generator, so nothing
  keeps the corpus in memory and memory must stay flat in corpus size.
* Speed pass (no tracemalloc, which slows Python several times): MB/s
  (UTF-8 bytes of the original text) and documents/s, by wall clock and by
  CPU time of this process (the CPU figure is the one to trust on a loaded
  machine), with the share of normalize / segment / annotate; peak RSS
  (resource.getrusage) at half and at full corpus.
* Memory pass (skipped with --no-memory): the same stream under tracemalloc,
  peak of the Python heap over the first half and over the second half of
  the corpus: equal peaks mean memory does not grow with the corpus.
* dateparser: search_dates over the first --dateparser-mb MB of the same
  documents (it runs at ~0.1 MB/s, so a full 10 MB pass would take minutes),
  each language span with its language given, and the speed ratio.
* Dev gold (../shared/corpus/dev): how many cited date expressions each tool
  normalises exactly.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import resource
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bilat import pipeline  # noqa: E402
from bilat import time as timex  # noqa: E402
from bilat.records import InputError  # noqa: E402
from bilat.text.normalize import normalize  # noqa: E402
from bilat.text.segment import segment  # noqa: E402
from bilat.time.grammar import grammar  # noqa: E402

SHARED = ROOT.parent / "shared" / "corpus" / "dev"


def load_examples():
    docs = []
    for p in sorted((ROOT / "examples").iterdir()):
        if p.suffix in {".md"} or not p.is_file():
            continue
        try:
            docs.append(pipeline.document(p))
        except InputError as e:
            print(f"skip {e}")
    return docs


def stream(docs, mb):
    """Documents repeating `docs` until >= mb MB: (document, its size in bytes, is-last-of-first-half)."""
    size = sum(len(d.text.encode()) for d in docs)
    reps = max(2, int(mb * 1e6 // size) + 1)
    for r in range(reps):
        for i, d in enumerate(docs):
            # A fresh Document each time, as a real corpus has: no result can be cached on the object.
            yield dataclasses.replace(d, pages=list(d.pages)), len(d.text.encode()), (
                r == reps // 2 - 1 and i == len(docs) - 1)


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def bench_bilat(docs, mb):
    t_norm = t_seg = t_ann = 0.0
    c_norm = c_seg = c_ann = 0.0
    n_docs = n_expr = nbytes = 0
    rss_half = None
    pc, cpu = time.perf_counter, time.process_time
    w0, c0 = pc(), cpu()
    for doc, size, half in stream(docs, mb):
        a, ca = pc(), cpu()
        text = normalize(doc)
        b, cb = pc(), cpu()
        seg = segment(text)
        c, cc = pc(), cpu()
        n_expr += len(timex.annotate(seg))
        d, cd = pc(), cpu()
        t_norm += b - a
        t_seg += c - b
        t_ann += d - c
        c_norm += cb - ca
        c_seg += cc - cb
        c_ann += cd - cc
        n_docs += 1
        nbytes += size
        if half:
            rss_half = rss_mb()
    wall, cpu_s = pc() - w0, cpu() - c0
    stage = t_norm + t_seg + t_ann
    return dict(mb=nbytes / 1e6, wall=wall, cpu=cpu_s, stage=stage, mb_s=nbytes / 1e6 / stage,
                mb_s_cpu=nbytes / 1e6 / cpu_s, docs_s=n_docs / stage, docs_s_cpu=n_docs / cpu_s, docs=n_docs,
                expressions=n_expr,
                share=(t_norm / stage, t_seg / stage, t_ann / stage),
                # CPU nanoseconds per byte of each part (the figures to compare between runs on a loaded machine)
                ns_per_byte=tuple(x / nbytes * 1e9 for x in (c_norm, c_seg, c_ann)),
                rss_half=rss_half, rss_full=rss_mb())


def bench_memory(docs, mb):
    """Peak Python heap of the streamed date stage over the first and the second half of the corpus."""
    tracemalloc.start()
    peaks = []
    for doc, _size, half in stream(docs, mb):
        timex.annotate(segment(normalize(doc)))
        if half:
            peaks.append(tracemalloc.get_traced_memory()[1])
            tracemalloc.reset_peak()
    peaks.append(tracemalloc.get_traced_memory()[1])
    tracemalloc.stop()
    return peaks[0] / 1e6, peaks[1] / 1e6


DP_LANG = {"az": "az", "ru": "ru", "fa": "fa", "en": "en"}


def bench_dateparser(docs, mb):
    from dateparser.search import search_dates

    segs = [segment(normalize(d)) for d in docs]
    budget, nbytes, hits = mb * 1e6, 0, 0
    t0, c0 = time.perf_counter(), time.process_time()
    while nbytes < budget:
        for s in segs:
            for a, b, lang in s.spans:
                chunk = s.text.text[a:b]
                found = search_dates(chunk, languages=[DP_LANG[lang]]) or []
                hits += len(found)
                nbytes += len(chunk.encode())
            if nbytes >= budget:
                break
    dt, cpu = time.perf_counter() - t0, time.process_time() - c0
    return dict(mb=nbytes / 1e6, seconds=dt, mb_s=nbytes / 1e6 / dt, mb_s_cpu=nbytes / 1e6 / cpu, hits=hits)


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
        text = seg.text.doc.text
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
            ok_dp += any(pos in window and any(when.strftime("%Y-%m-%d")[:len(d)] == d
                                               for d in accepted if "/" not in d)
                         for pos, when in theirs)
    return dict(cited=n, bilat=ok_bilat, dateparser=ok_dp)


def profile(docs, mb):
    import cProfile
    import pstats

    def run():
        for doc, _size, _half in stream(docs, mb):
            timex.annotate(segment(normalize(doc)))

    cProfile.runctx("run()", globals(), {"run": run}, "/tmp/bilat_dates.prof")
    pstats.Stats("/tmp/bilat_dates.prof").sort_stats("tottime").print_stats(25)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=10.0)
    ap.add_argument("--dateparser-mb", type=float, default=0.5)
    ap.add_argument("--no-memory", action="store_true", help="skip the tracemalloc pass")
    ap.add_argument("--profile", action="store_true", help="cProfile the stage over --mb MB and stop")
    a = ap.parse_args()
    docs = load_examples()
    # Warm up: grammars, lingua and compiled patterns are built once per process. The one-pass scanner
    # of a language is built once a process has read SCANNER_AFTER characters of it; here at once.
    t0 = time.process_time()
    for lang in ("az", "ru", "fa", "en"):
        grammar(lang).scanner()
    build = time.process_time() - t0
    for d in docs:
        timex.annotate(segment(normalize(d)))
    if a.profile:
        profile(docs, a.mb)
        return
    print(f"corpus: {len(docs)} example documents, repeated to >= {a.mb} MB, streamed one document at a time")
    print(f"one-time cost: the four languages' date scanners compiled in {build:.2f} s CPU (not in the figures below)")
    ours = bench_bilat(docs, a.mb)
    n, s, t = ours["share"]
    print(f"bilat       {ours['mb']:.1f} MB, {ours['docs']} documents, {ours['expressions']} expressions")
    print(f"            {ours['mb_s_cpu']:.2f} MB/s, {ours['docs_s_cpu']:.0f} docs/s by CPU time of the loop "
          f"(one core; the figure to trust on a loaded machine)")
    print(f"            {ours['mb_s']:.2f} MB/s, {ours['docs_s']:.0f} docs/s by wall clock")
    cn, cs, ct = ours["ns_per_byte"]
    print(f"            CPU per byte: normalize {cn:.0f} ns, segment {cs:.0f} ns, annotate {ct:.0f} ns "
          f"(share {cn / (cn + cs + ct):.0%} / {cs / (cn + cs + ct):.0%} / {ct / (cn + cs + ct):.0%}; "
          f"{1e3 / (cn + cs + ct):.2f} MB/s for the three parts)")
    print(f"            share by wall clock: normalize {n:.0%}, segment {s:.0%}, annotate {t:.0%}")
    print(f"            peak RSS {ours['rss_half']:.0f} MB at half, {ours['rss_full']:.0f} MB at full corpus")
    if not a.no_memory:
        half, full = bench_memory(docs, a.mb)
        print(f"            peak Python heap (tracemalloc, separate pass) {half:.2f} MB over the first half, "
              f"{full:.2f} MB over the second half")
    theirs = bench_dateparser(docs, a.dateparser_mb)
    print(f"dateparser  {theirs['mb']:.2f} MB in {theirs['seconds']:.2f} s: {theirs['mb_s']:.3f} MB/s wall clock, "
          f"{theirs['mb_s_cpu']:.3f} MB/s by CPU time; {theirs['hits']} hits (search_dates alone: "
          f"normalize/segment not counted for it)")
    print(f"speed ratio bilat/dateparser: {ours['mb_s_cpu'] / theirs['mb_s_cpu']:.0f}x by CPU time "
          f"({ours['mb_s'] / theirs['mb_s']:.0f}x by wall clock, which the machine's load skews)")
    acc = gold_accuracy()
    if acc:
        print(f"dev gold: {acc['cited']} cited date expressions; exactly right: bilat {acc['bilat']} "
              f"({acc['bilat'] / acc['cited']:.0%}), dateparser {acc['dateparser']} "
              f"({acc['dateparser'] / acc['cited']:.0%})")
    else:
        print("dev gold: ../shared not found, accuracy not measured")


if __name__ == "__main__":
    main()
