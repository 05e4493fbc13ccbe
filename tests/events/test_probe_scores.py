"""The extractor over the probe documents (tests/events/probes, see its README), scored by ../shared's scorer."""
import json
from pathlib import Path

import pytest

import bilat

from tests.events.test_eval_scores import _scorer

HERE = Path(__file__).parent / "probes"
# The scores reached when the documents were added, less a margin: a floor against regressions.
FLOOR = {"az": 0.74, "en": 0.72, "ru": 0.75, "fa": 0.66}


@pytest.mark.parametrize("lang", sorted(FLOOR))
def test_probe_documents_f1(lang):
    score = _scorer().score
    gold = [json.loads(x) for x in (HERE / lang / "gold.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    docs = sorted(p for p in (HERE / lang).iterdir() if p.suffix in (".txt", ".html", ".docx"))
    pred = []
    for path in docs:  # read as a user's files are: an HTML page through its reader
        pred += [json.loads(json.dumps(e.to_dict(), ensure_ascii=False, default=vars)) for e in bilat.extract(path)]
    s = score(gold, pred, [p.name for p in docs])
    assert s["f1"] >= FLOOR[lang], f"{lang}: F1 {s['f1']:.3f} P {s['p']:.3f} R {s['r']:.3f}"
