"""Hand-made documents and events for the page tests and the screenshot (no extraction pipeline).

Each event quotes its document by the exact characters (found with str.find), as the extractor would.
"""
from __future__ import annotations

import hashlib

from bilat.records import Document, Event, Source
from bilat.store import Store

HOSTILE = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">'

BAKU = {"name": "Baku", "country": "AZ", "lat": 40.3777, "lon": 49.892}
MOSCOW = {"name": "Moscow", "country": "RU", "lat": 55.7522, "lon": 37.6156}
TEHRAN = {"name": "Tehran", "country": "IR", "lat": 35.6944, "lon": 51.4215}
TABRIZ = {"name": "Tabriz", "country": "IR", "lat": 38.08, "lon": 46.2919}
SPB = {"name": "Saint Petersburg", "country": "RU", "lat": 59.9386, "lon": 30.3141}
GANJA = {"name": "Ganja", "country": "AZ", "lat": 40.6828, "lon": 46.3606}
ALIYEV = {"name": "Heydar Aliyev", "kind": "person", "role": "President of Azerbaijan"}
YELTSIN = {"name": "Boris Yeltsin", "kind": "person", "role": "President of Russia"}
PUTIN = {"name": "Vladimir Putin", "kind": "person", "role": "President of Russia"}
ILHAM = {"name": "Ilham Aliyev", "kind": "person", "role": "President of Azerbaijan"}
KHATAMI = {"name": "Mohammad Khatami", "kind": "person", "role": "President of Iran"}
RUDOMINO = {"name": "Rudomino Library of Foreign Literature"}
MINCULT_AZ = {"name": "Ministry of Culture of Azerbaijan"}
MINCULT_RU = {"name": "Ministry of Culture of Russia"}

AZ_TEXT = (
    "Azərbaycan–Rusiya mədəni əlaqələri\n\n"
    "1995-ci il iyunun 6-da Bakıda mədəniyyət və elm sahəsində əməkdaşlıq haqqında hökumətlərarası saziş imzalandı. "
    "1997-ci ilin aprelində Moskvada Azərbaycan mədəniyyəti günləri keçirildi. "
    "2002-ci ildə Sankt-Peterburqda Azərbaycan xalçaları sərgisi açıldı. "
    "2004-cü il fevralın 6-da Moskvada prezidentlər görüşdü.\n"
)
RU_TEXT = (
    "Российско-азербайджанские культурные связи\n\n"
    "6 февраля 2004 г. в Москве подписано соглашение о сотрудничестве в области культуры. "
    "В 2005 году в Баку прошли Дни культуры России. "
    "В 2009 году в Санкт-Петербурге торжественно открыт памятник Низами Гянджеви. "
    "В 1990-е годы в Москве было основано азербайджанское культурное общество.\n"
)
FA_TEXT = (
    "روابط فرهنگی ایران و آذربایجان\n\n"
    "در سال ۲۰۰۲ میلادی هفته فرهنگی جمهوری آذربایجان در تهران برگزار شد. "
    "در خرداد ۱۳۸۳ تفاهم‌نامه همکاری فرهنگی میان دو کشور در تبریز امضا شد. "
    "در سال ۲۰۱۰ نمایشگاه فرش آذربایجان در تهران گشایش یافت.\n"
)
EN_TEXT = (
    "Azerbaijan and its neighbours: a cultural chronology\n\n"
    "On 2 July 1997 President Heydar Aliyev paid an official visit to Moscow. "
    "In 2008 Baku hosted a forum of the humanitarian cooperation of CIS countries. "
    "In April 2013 a festival of Russian cinema was held in Ganja.\n"
)


def document(name: str, text: str, title: str | None = None, fmt: str = "txt") -> Document:
    return Document(path=f"/corpus/{name}", name=name, sha256=hashlib.sha256(text.encode()).hexdigest(),
                    format=fmt, encoding="utf_8", text=text, title=title)


def event(doc: Document, etype: str, date: str | None, quote: str, lang: str, title: str, places=(),
          participants=(), organizations=(), countries=(), confidence=0.8) -> Event:
    start = doc.text.find(quote)
    assert start >= 0, quote
    end = start + len(quote)
    return Event(id=f"ev_{doc.sha256[:8]}_{start}", type=etype, date=date, title=title, places=list(places),
                 participants=list(participants), organizations=list(organizations), countries=list(countries),
                 sources=[Source(doc.name, start, end, lang, quote)], confidence=confidence)


def build(db: str) -> dict:
    """A store with a few events in az, ru, fa and en, and one hostile document; returns what tests need."""
    store = Store(db)
    az = document("az_culture.txt", AZ_TEXT, "Azərbaycan–Rusiya mədəni əlaqələri")
    store.save(az, [
        event(az, "agreement", "1995-06-06", AZ_TEXT[AZ_TEXT.find("1995"):AZ_TEXT.find("imzalandı.") + 10], "az",
              "Intergovernmental agreement on cultural and scientific cooperation", [BAKU], [ALIYEV],
              [MINCULT_AZ], ["AZ", "RU"], 0.92),
        event(az, "culture_days", "1997-04", "1997-ci ilin aprelində Moskvada Azərbaycan mədəniyyəti günləri keçirildi.",
              "az", "Days of Azerbaijani culture in Moscow", [MOSCOW], [], [MINCULT_AZ, MINCULT_RU], ["AZ", "RU"]),
        event(az, "exhibition", "2002", "2002-ci ildə Sankt-Peterburqda Azərbaycan xalçaları sərgisi açıldı.", "az",
              "Exhibition of Azerbaijani carpets", [SPB], [], [], ["AZ", "RU"]),
        event(az, "meeting", "2004-02-06", "2004-cü il fevralın 6-da Moskvada prezidentlər görüşdü.", "az",
              "Meeting of the presidents in Moscow", [MOSCOW], [ILHAM, PUTIN], [], ["AZ", "RU"]),
    ], [])
    ru = document("ru_culture.txt", RU_TEXT, "Российско-азербайджанские культурные связи")
    store.save(ru, [
        event(ru, "agreement", "2004-02-06", "6 февраля 2004 г. в Москве подписано соглашение о сотрудничестве в области культуры.",
              "ru", "Agreement on cooperation in culture", [MOSCOW], [ILHAM, PUTIN], [MINCULT_RU], ["AZ", "RU"], 0.9),
        event(ru, "culture_days", "2005", "В 2005 году в Баку прошли Дни культуры России.", "ru",
              "Days of Russian culture in Baku", [BAKU], [], [MINCULT_RU], ["AZ", "RU"]),
        event(ru, "monument", "2009", "В 2009 году в Санкт-Петербурге торжественно открыт памятник Низами Гянджеви.", "ru",
              "Monument to Nizami Ganjavi unveiled", [SPB], [ILHAM, PUTIN], [], ["AZ", "RU"]),
        event(ru, "founding", "199X", "В 1990-е годы в Москве было основано азербайджанское культурное общество.", "ru",
              "Azerbaijani cultural society founded in Moscow", [MOSCOW], [], [], ["AZ", "RU"], 0.6),
    ], [])
    fa = document("fa_culture.txt", FA_TEXT, "روابط فرهنگی ایران و آذربایجان")
    store.save(fa, [
        event(fa, "culture_days", "2002", "در سال ۲۰۰۲ میلادی هفته فرهنگی جمهوری آذربایجان در تهران برگزار شد.", "fa",
              "Week of Azerbaijani culture in Tehran", [TEHRAN], [KHATAMI], [], ["AZ", "IR"]),
        event(fa, "agreement", "2004-05-21/2004-06-20", "در خرداد ۱۳۸۳ تفاهم‌نامه همکاری فرهنگی میان دو کشور در تبریز امضا شد.",
              "fa", "Memorandum on cultural cooperation signed in Tabriz", [TABRIZ], [], [], ["AZ", "IR"]),
        event(fa, "exhibition", "2010", "در سال ۲۰۱۰ نمایشگاه فرش آذربایجان در تهران گشایش یافت.", "fa",
              "Exhibition of Azerbaijani carpets in Tehran", [TEHRAN], [], [], ["AZ", "IR"]),
    ], [])
    en = document("en_chronology.html", EN_TEXT, "Azerbaijan and its neighbours: a cultural chronology", "html")
    store.save(en, [
        event(en, "visit", "1997-07-02", "On 2 July 1997 President Heydar Aliyev paid an official visit to Moscow.", "en",
              "Official visit of Heydar Aliyev to Moscow", [MOSCOW], [ALIYEV, YELTSIN], [], ["AZ", "RU"], 0.95),
        event(en, "forum", "2008", "In 2008 Baku hosted a forum of the humanitarian cooperation of CIS countries.", "en",
              "Forum of humanitarian cooperation of the CIS", [BAKU], [ILHAM], [RUDOMINO], ["AZ", "RU"]),
        event(en, "festival", "2013-04", "In April 2013 a festival of Russian cinema was held in Ganja.", "en",
              "Festival of Russian cinema in Ganja", [GANJA], [], [MINCULT_RU], ["AZ", "RU"]),
    ], [])
    bad_text = f"On 6 May 2013 {HOSTILE} a concert was held in Baku.\n"
    bad = document("hostile.html", bad_text, f"Hostile {HOSTILE}", "html")
    store.save(bad, [event(bad, "performance", "2013-05-06", bad_text.strip(), "en", f"Concert {HOSTILE}", [BAKU],
                           [], [], ["AZ"])], [])
    from bilat.store.review import add_user

    token = add_user(store, "ayla")
    store.close()
    return {"token": token}
