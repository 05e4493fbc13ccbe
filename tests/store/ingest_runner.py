"""Run `bilat.store.ingest.ingest` in a process of its own, for the crash and concurrency tests.

    python ingest_runner.py real|stub DB PATH...

`real` runs the pipeline (bilat.store.ingest.process); `stub` swaps in the
small deterministic extractor below, so that the store's crash safety is
tested whatever state the extractor is in. Prints the report as JSON, with
the peak resident memory (kB) of this process and of its worker processes.
BILAT_RUNNER_WORKERS sets --workers (default 1).
"""
from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

MONTHS = {}
for names in (
    "january february march april may june july august september october november december",
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr",
):
    for i, word in enumerate(names.split(), 1):
        MONTHS[word] = i
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
DAY = re.compile(rf"\b(\d{{1,2}}) ({_MONTH}) (\d{{4}})", re.I)
MONTH = re.compile(rf"\b(?:in )?({_MONTH}) (\d{{4}})", re.I)
TYPES = [("agreement", ("agreement", "соглашение", "saziş")), ("visit", ("visit", "визит", "səfər")),
         ("festival", ("festival", "фестиваль")), ("exhibition", ("exhibition", "выставка", "sərgi"))]
PLACES = {"Moscow": ("Moscow", "Москве", "Moskvada"), "Baku": ("Baku", "Баку", "Bakıda"),
          "Tehran": ("Tehran", "Тегеране", "Tehranda")}


def stub_process(path: str, published: str | None = None):
    from bilat.records import Document, Event, Mention, Source

    raw = Path(path).read_bytes()
    text = raw.decode("utf-8")
    doc = Document(path=path, name=Path(path).name, sha256=hashlib.sha256(raw).hexdigest(), format="txt",
                   encoding="utf-8", text=text)
    events, mentions = [], []
    for n, m in enumerate(re.finditer(r"[^.]+\.", text)):
        s, start = m.group(0), m.start()
        lang = "ru" if re.search("[а-я]", s) else "az" if re.search("[əığş]", s) else "en"
        if d := DAY.search(s):
            date = f"{int(d.group(3)):04d}-{MONTHS[d.group(2).lower()]:02d}-{int(d.group(1)):02d}"
        elif d := MONTH.search(s):
            date = f"{int(d.group(2)):04d}-{MONTHS[d.group(1).lower()]:02d}"
        else:
            continue
        low = s.lower()
        type_ = next((t for t, words in TYPES if any(w in low for w in words)), "other")
        places = []
        for name, forms in PLACES.items():
            for form in forms:
                if (i := s.find(form)) >= 0:
                    places.append({"name": name})
                    mentions.append(Mention(kind="place", start=start + i, end=start + i + len(form), text=form,
                                            name=name, language=lang, orig_start=start + i,
                                            orig_end=start + i + len(form)))
                    break
        quote = s.strip()
        q0 = start + s.index(quote)
        events.append(Event(id="ev_" + hashlib.sha1(f"{path}|{n}".encode()).hexdigest()[:16], type=type_,
                            date=date, title=quote[:80], places=places, countries=["AZ", "RU"],
                            sources=[Source(doc.name, q0, q0 + len(quote), lang, quote)]))
    return doc, events, mentions


def main(argv: list[str]) -> int:
    mode, db, *paths = argv
    from bilat.store import Store
    from bilat.store import ingest as I

    if mode == "stub":
        I.process = stub_process
    import os
    import resource

    workers = int(os.environ.get("BILAT_RUNNER_WORKERS", "1"))
    report = I.ingest(paths, Store(db), workers=workers)
    # Peak memory: VmHWM is this program's own (ru_maxrss of a process started by fork + exec also holds
    # what the parent had resident at the fork); the workers, forked from here, by RUSAGE_CHILDREN.
    status = Path("/proc/self/status")
    hwm = next((int(line.split()[1]) for line in status.read_text().splitlines() if line.startswith("VmHWM:")),
               None) if status.exists() else None
    print(json.dumps({"added": report.added, "replaced": report.replaced, "unchanged": report.unchanged,
                      "failed": report.failed, "events": report.events, "seconds": report.seconds,
                      "peak_kb": hwm, "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                      "maxrss_children_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
