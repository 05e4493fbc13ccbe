"""An original title given in brackets beside its translation ("THE DEAD (ÖLÜLƏR)") does not make an English block
Azerbaijani, so the English dates around it are read as English ("WEDNESDAY, 9 APRIL" keeps its weekday)."""
import bilat
from bilat.text.segment import language_spans


PLAYBILL = ("WEDNESDAY, 9 APRIL · 19:00\nTbilisi · State Drama Theatre\nJ. MAMMADGULUZADEH — THE DEAD (ÖLÜLƏR)\n"
            "Director: Bahruz Asgarov\nTickets: 5–15 GEL\n")


def test_bracketed_title_keeps_the_block_english():
    assert {lang for _s, _e, lang in language_spans(PLAYBILL)} == {"en"}


def test_weekday_read_in_english():
    assert [t.text for t in bilat.dates(PLAYBILL)] == ["WEDNESDAY, 9 APRIL"]


def test_azerbaijani_text_stays_azerbaijani():
    text = "Tamaşa (The Dead) Tbilisidə göstərilib, zal tamaşaçılarla dolu idi və aktyorlar alqışlarla qarşılandı.\n"
    assert {lang for _s, _e, lang in language_spans(text)} == {"az"}
