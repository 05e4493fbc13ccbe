"""A small chronology built from hand-made records (bilat.records), so these tests need no extractor."""
from __future__ import annotations

import hashlib

from bilat.records import Document, Event, Mention, Source
from bilat.store import Store

AZ = ("1995-ci il iyunun 6-da Bakıda Azərbaycan və Rusiya arasında mədəni əməkdaşlıq haqqında saziş imzalandı. "
      "Heydər Əliyev «Rudomino» kitabxanasının nümayəndələrini qəbul etdi. 90-cı illərdə Moskvada rus kino "
      "festivalları keçirildi.")
RU = ("6 июня 1995 года в Баку подписано соглашение о культурном сотрудничестве. В апреле 2007 года в Москве "
      "с 16 по 18 апреля прошли Дни культуры Азербайджана. Концерт Муслима Магомаева состоялся в октябре 1989 года.")
EN = "A memorial plaque was unveiled in Tehran; the date is not given. In 2004 the Baku forum met."

BAKU = {"name": "Baku", "country": "AZ", "lat": 40.3777, "lon": 49.892, "geonames_id": 587084}
MOSCOW = {"name": "Moscow", "country": "RU", "lat": 55.7522, "lon": 37.6156, "geonames_id": 524901}
TEHRAN = {"name": "Tehran", "country": "IR"}  # no coordinates: left off the map


def document(path: str, text: str) -> Document:
    return Document(path=path, name=path.rsplit("/", 1)[-1], sha256=hashlib.sha256(text.encode()).hexdigest(),
                    format="txt", encoding="utf-8", text=text)


def event(doc: Document, n: int, type: str, date: str | None, lang: str, quote_at: str, **kw) -> Event:
    start = doc.text.index(quote_at)
    src = Source(document=doc.name, start=start, end=start + len(quote_at), language=lang, quote=quote_at)
    return Event(id="ev_" + hashlib.sha1(f"{doc.path}|{n}".encode()).hexdigest()[:16], type=type, date=date,
                 title=kw.pop("title", f"{type} {date}"), sources=[src], **kw)


def mention(doc: Document, kind: str, written: str, name: str, lang: str, **kw) -> Mention:
    start = doc.text.index(written)
    return Mention(kind=kind, start=start, end=start + len(written), text=written, name=name, language=lang,
                   orig_start=start, orig_end=start + len(written), **kw)


def fill(store: Store) -> None:
    """Three documents, seven events (the 1995 agreement reported twice, in az and ru)."""
    aliyev = {"name": "Heydar Aliyev", "kind": "person", "role": "President of Azerbaijan"}
    d = document("/corpus/az_1995.txt", AZ)
    store.save(d, [
        event(d, 1, "agreement", "1995-06-06", "az", "saziş imzalandı", places=[BAKU], countries=["AZ", "RU"],
              title="Agreement on cultural cooperation", confidence=0.9),
        event(d, 2, "meeting", "1995", "az", "nümayəndələrini qəbul etdi", places=[BAKU], participants=[aliyev],
              organizations=[{"name": "Rudomino Library of Foreign Literature"}], countries=["AZ", "RU"],
              title="Heydar Aliyev receives the Rudomino Library", confidence=0.7),
        event(d, 3, "festival", "199X", "az", "kino festivalları", places=[MOSCOW], countries=["RU"],
              title="Russian film festivals", confidence=0.6),
    ], [mention(d, "place", "Bakıda", "Baku", "az", country="AZ", lat=40.3777, lon=49.892, geonames_id=587084),
        mention(d, "person", "Heydər Əliyev", "Heydar Aliyev", "az", role="President of Azerbaijan"),
        mention(d, "place", "Moskvada", "Moscow", "az", country="RU", lat=55.7522, lon=37.6156)])
    d = document("/corpus/ru_1995.txt", RU)
    store.save(d, [
        event(d, 1, "agreement", "1995-06", "ru", "подписано соглашение", places=[BAKU], countries=["AZ", "RU"],
              title="Соглашение о культурном сотрудничестве", confidence=0.8),
        event(d, 2, "culture_days", "2007-04-16/2007-04-18", "ru", "Дни культуры Азербайджана", places=[MOSCOW],
              countries=["AZ", "RU"], title="Days of Azerbaijani culture", name="Дни культуры Азербайджана"),
        event(d, 3, "performance", "1989-10?", "ru", "Концерт Муслима Магомаева", places=[MOSCOW],
              participants=[{"name": "Muslim Magomayev", "kind": "person", "role": "singer"}], countries=["AZ"],
              title="Muslim Magomayev in concert"),
    ], [mention(d, "place", "Баку", "Baku", "ru", country="AZ"), mention(d, "place", "Москве", "Moscow", "ru")])
    d = document("/corpus/en.txt", EN)
    store.save(d, [
        event(d, 1, "monument", None, "en", "memorial plaque was unveiled", places=[TEHRAN], countries=["IR"],
              title="Memorial plaque unveiled"),
        event(d, 2, "forum", "2004", "en", "the Baku forum met", places=[BAKU], countries=["AZ"],
              title="Baku forum"),
    ], [mention(d, "place", "Tehran", "Tehran", "en", country="IR")])
