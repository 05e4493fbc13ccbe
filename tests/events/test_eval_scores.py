"""The extractor over unseen-style documents of our own (tests/events/eval), scored by ../shared's scorer."""
import importlib.util
import json
from pathlib import Path

import pytest

HERE = Path(__file__).parent / "eval"
SCORER = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "score_events.py"
DOCS = {"az": "az_turkey.txt", "ru": "ru_azerbaijan.txt", "fa": "fa_iran_russia.txt", "en": "en_iran_azerbaijan.txt"}


def _scorer():
    if not SCORER.exists():
        pytest.skip(f"{SCORER} missing (../shared is not there)")
    spec = importlib.util.spec_from_file_location("score_events", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("lang", sorted(DOCS))
def test_eval_document_f1(extract_file, lang):
    score = _scorer().score
    gold = [json.loads(line) for line in (HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    doc, evs = extract_file(HERE / DOCS[lang])
    pred = [json.loads(json.dumps(e.to_dict(), ensure_ascii=False, default=vars)) for e in evs]
    s = score(gold, pred, [DOCS[lang]])
    detail = ([f"missed {g['date']} {g['types']}" for g in s["missed"]]
              + [f"spurious {p.get('date')} {p.get('type')}" for p in s["spurious"]])
    assert s["f1"] >= 0.75, f"{lang}: F1 {s['f1']:.3f} P {s['p']:.3f} R {s['r']:.3f}; " + "; ".join(detail)

