"""Azerbaijani date expressions -> EDTF (bilat/lang/az.toml [time])."""
import pytest

from datecases import D, NOT, check, params, xfail

LANG = "az"
PUB = "2021-06-16"  # a Wednesday

CASES = [
    D("Ötən ilin noyabrında Bakıda Gürcüstan günləri keçirilmişdi; bu ilin 25 yanvar – 15 fevral tarixlərində isə Tbilisidə sərgi nümayiş olundu.", "bu ilin 25 yanvar – 15 fevral tarixlərində", "2021-01-25/2021-02-15", anchor="published", pub=PUB),  # days of this year
    D("SEANSLARIN CƏDVƏLİ\n\n▶ 05.10 (şənbə), 17:00 — Kiçik zal", "05.10 (şənbə)", "XXXX-10-05"),  # gün və ay, sonra həftənin günü
    D("Aylıq proqram • OKTYABR 2024\n\nÖtən il 2019-cu ildə başlamışdı.\n\n▶ 12 oktyabr, şənbə, 18:00 — Kiçik zal", "12 oktyabr, şənbə", "2024-10-12", anchor="context"),  # proqramın ayı
    D("• 2008, 12–18 may — Tehran və Təbrizdə Azərbaycan Mədəniyyəti Günləri.", "2008, 12–18 may", "2008-05-12/2008-05-18"),  # a chronology's entry
    D("• 2004, oktyabr — Tehranda «Azərbaycan xalçası» sərgisi.", "2004, oktyabr", "2004-10"),
    D("Tədbir 02/05/2023 tarixində keçirilib.", "02/05/2023", "2023-05-02"),  # day first
    D("2019-cu ildə dedi: səksəninci illərin sonunda Almaniyaya qastrola getdik.", "səksəninci illərin sonunda", "198X", anchor="context", qual="late"),  # a decade in words
    D("14 yanvar 2021\n\n#TarixdəBuGün 1987-ci ildə Tbilisidə sərgi açılıb.", "#TarixdəBuGün 1987-ci ildə", "1987-01-14", anchor="context"),  # paylaşımın günü həmin ildə
    D("Nº\tTarix\tHadisə\n7\t1978, 10–14 may\tBakıda İran ansamblının konsertləri", "1978, 10–14 may", "1978-05-10/1978-05-14"),  # cədvəlin tarix xanası
    D("Nº\tTarix\tHadisə\n1\t1911, mart\tCabbar Qaryağdıoğlunun konsertləri", "1911, mart", "1911-03"),  # cədvəlin xanası: il və ay
    D("Universitet\tÖlkə\tSazişin imzalandığı il\nAtatürk Universiteti\tTürkiyə\t2009", "2009", "2009"),  # xanada tək il
    D("BÜLLETEN № 3 (47) · 2024-cü ilin III rübü (iyul–sentyabr)", "2024-cü ilin III rübü", "2024-07/2024-09"),  # rüb: üç ayı
    D("İki həftə əvvəl mərkəzdə sərgi açılıb.", "İki həftə əvvəl", "2021-06-02", anchor="published", pub=PUB),  # hesabat günündən əvvəl
    D("Sərgi Sankt-Peterburqda (noyabr 2014 – fevral 2015) nümayiş etdirilib.", "noyabr 2014 – fevral 2015", "2014-11/2015-02"),  # iki ilin ayları, tire ilə
    D("Nümayəndə heyəti 1996-cı il sentyabrın 3-də gəldi. İki həftə sonra nazirlə görüş oldu.", "İki həftə sonra", "1996-09-17", anchor="context"),  # son deyilən gündən
    D("2023-cü il oktyabrın 31-i – noyabrın 1-i tarixlərində konfrans keçirildi.", "2023-cü il oktyabrın 31-i – noyabrın 1-i tarixlərində", "2023-10-31/2023-11-01"),  # iki ayın günləri, tire ilə
    D("Konfrans 2023-cü ildə keçirildi: oktyabrın 31-i – noyabrın 1-i tarixlərində.", "oktyabrın 31-i – noyabrın 1-i tarixlərində", "2023-10-31/2023-11-01", anchor="context"),
    D("Konfrans 1402-ci il xordadın 14-də açıldı. Nümayəndə heyəti xordadın 16-dan 19-dək Təbrizdə səfərdədir.", "xordadın 16-dan 19-dək", "2023-06-06/2023-06-09", anchor="context"),  # Günəş hicri ayı, il kontekstdən
    D("Saziş 1387-ci il ordibeheşt ayının 15-də imzalanmışdır.", "1387-ci il ordibeheşt ayının 15-də", "2008-05-04"),  # Günəş hicri ayı
    D("Tarixləri yadda saxlayın\n* 1955 - Nehrunun Daşkəndə səfəri\n* 1995 - mərkəzin açılışı", "1955", "1955"),  # xronologiya sətri, defislə
    # "Tarixdə bu gün" paylaşımı: paylaşımın günü (başlığındakı tarix, yoxsa dərc tarixi), o qədər il əvvəl.
    D("12 aprel 2024\n#TarixdəBuGün Düz 25 il əvvəl bu gün Bakıda sərgi açıldı.", "#TarixdəBuGün Düz 25 il əvvəl bu gün", "1999-04-12", anchor="context"),
    D("Beş il əvvəl bu gün Astanada konsert verildi.", "Beş il əvvəl bu gün", "2016-06-16", anchor="published", pub="2021-06-16"),
    D("Srağagün nümayəndə heyəti Daşkəndə çatdı.", "Srağagün", "2021-06-14", anchor="published", pub="2021-06-16"),
    D("İkinci ongünlük 1959-cu ildə Moskvada təşkil olundu.", "1959-cu ildə", "1959"),
    # Full dates, every order Azerbaijani writes them in.
    D("Saziş 1995-ci il iyunun 6-da Moskvada imzalanmışdır.", "1995-ci il iyunun 6-da", "1995-06-06"),
    D("Sərgi 23 aprel 2002-ci ildə Bakıda açılmışdır.", "23 aprel 2002-ci ildə", "2002-04-23"),
    # Xəbər lentində günün başlığı: həftənin günü və il bir tarixdir.
    D("Çərşənbə axşamı, 14 mart 2023\n\n17:05\n\nMədəniyyət günləri açıldı.", "Çərşənbə axşamı, 14 mart 2023", "2023-03-14"),
    D("Protokol 2005-ci il 16 fevral tarixində imzalanıb.", "2005-ci il 16 fevral tarixində", "2005-02-16"),
    D("Nazir 2004-cü il 6 fevralda Bakıya gəlmişdir.", "2004-cü il 6 fevralda", "2004-02-06"),
    D("Azərbaycan Xalq Cümhuriyyəti 1918-ci il mayın 28-də elan edilmişdir.", "1918-ci il mayın 28-də",
      "1918-05-28"),
    D("Konsert 2012-ci il noyabrın 23-də Filarmoniyada verilmişdir.", "2012-ci il noyabrın 23-də", "2012-11-23"),
    D("Müqavilə 06.02.2004 tarixində təsdiq edilmişdir.", "06.02.2004", "2004-02-06"),
    D("Layihənin son variantı 2019-03-12 tarixində dərc olunub.", "2019-03-12", "2019-03-12"),
    D("Kitabın təqdimatı 6 may 2013-cü il tarixində keçirilib.", "6 may 2013", "2013-05-06"),
    D("Mükafat 1 yanvar 2000-ci ildə təqdim olunmuşdur.", "1 yanvar 2000", "2000-01-01"),
    D("Sərgi 2013-cü il, 6 may tarixində açılıb.", "2013-cü il, 6 may tarixində", "2013-05-06"),
    D("Muzey 2005-ci il mart ayının 5-də yenidən açılıb.", "2005-ci il mart ayının 5-də", "2005-03-05"),
    D("Qastrollar 1997-ci ildə başladı. İlk tamaşa mart ayının 5-də göstərildi.", "mart ayının 5-də",
      "1997-03-05", anchor="context"),
    D("Fond 2006, 2008 və 2011-ci illərdə sərgilər təşkil edib.", "2011-ci illərdə", "2011"),
    D("Fond 2006, 2008 və 2011-ci illərdə sərgilər təşkil edib.", "2008", "2008"),
    D("1992-ci ildə saziş imzalanıb. Növbəti ildə Bakıda günlər keçirilib.", "Növbəti ildə", "1993", anchor="context"),
    D("2022-ci il uğurlu oldu. Martın ilk günlərində Səmərqənddə sərgi açıldı.", "Martın ilk günlərində", "2022-03",
      anchor="context", qual="early"),
    D("2022-ci il uğurlu oldu. Mayın ikinci yarısında Daşkənddə kino həftəsi keçirildi.", "Mayın ikinci yarısında",
      "2022-05", anchor="context", qual="late"),
    D("Faciə 1990-cı ilin 20 yanvarında baş verib.", "1990-cı ilin 20 yanvarında", "1990-01-20"),
    D("1994-cü ildə yeni qanun qəbul edildi. İyunun 15-də isə bayram elan olundu.", "İyunun 15-də",
      "1994-06-15", anchor="context"),
    # Months and years.
    D("Cəmiyyət 1989-cu ilin oktyabr ayında qeydiyyatdan keçmişdir.", "1989-cu ilin oktyabr ayında", "1989-10"),
    D("Nümayəndə heyəti 2001-ci ilin avqustunda Təbrizə getmişdir.", "2001-ci ilin avqustunda", "2001-08"),
    D("Teatr 2010-cu ilin aprelində qastrol səfərində olub.", "2010-cu ilin aprelində", "2010-04"),
    D("Mərkəz 1993-cü ildə yaradılmışdır.", "1993-cü ildə", "1993"),
    D("Bu layihə 1996-cı ildə başa çatmışdır.", "1996-cı ildə", "1996"),
    D("Teatr, musiqi və s. 1995-ci ildə yenidən canlandı.", "1995-ci ildə", "1995"),
    D("Dərnək 2006-cı il isə yenidən fəaliyyətə başlamışdır.", "2006-cı il", "2006"),
    # Ranges.
    D("Festival 16-18 aprel 2007-ci il tarixlərində keçirilib.", "16-18 aprel 2007", "2007-04-16/2007-04-18"),
    D("Forum 23-24 sentyabr 2009-cu ildə Bakıda keçirilmişdir.", "23-24 sentyabr 2009",
      "2009-09-23/2009-09-24"),
    D("Konfrans 2007-ci il aprelin 16-18-də davam etmişdir.", "2007-ci il aprelin 16-18-də",
      "2007-04-16/2007-04-18"),
    D("Mədəniyyət günləri 2009-cu il 23-24 sentyabr tarixlərində keçirilib.", "2009-cu il 23-24 sentyabr",
      "2009-09-23/2009-09-24"),
    D("Sərgi 28 aprel - 2 may 2010-cu il tarixlərində açıq olub.", "28 aprel - 2 may 2010",
      "2010-04-28/2010-05-02"),
    D("Sərgi 2018-ci il oktyabrın 4-dən dekabrın 9-dək Londonda keçirilib.", "2018-ci il oktyabrın 4-dən dekabrın 9-dək",
      "2018-10-04/2018-12-09"),
    D("2017-ci ildə başladı. Festival iyulun 28-dən avqustun 3-dək davam etdi.", "iyulun 28-dən avqustun 3-dək",
      "2017-07-28/2017-08-03", anchor="context"),
    D("2023-cü ildə muzey açıldı. Fevral–aprel aylarında muzeydə sərgi nümayiş olunub.", "Fevral–aprel aylarında",
      "2023-02/2023-04", anchor="context"),
    D("Tarixçə\n\n- 2013\n\n- Kitab hədiyyə etdi.\n\n- 2014, 9 fevral\n\n- Anım mərasimi keçirildi.", "2014, 9 fevral",
      "2014-02-09"),
    D("Həftə 2019-cu il iyulun 2-dən 5-dək davam edib.", "2019-cu il iyulun 2-dən 5-dək",
      "2019-07-02/2019-07-05"),
    D("Proqram 2004-2006-cı illər üçün nəzərdə tutulub.", "2004-2006-cı illər", "2004/2006"),
    D("Festival 2008-ci il mayın 5-dən 10-a qədər keçirildi.", "2008-ci il mayın 5-dən 10-a qədər",
      "2008-05-05/2008-05-10"),
    D("Qastrollar 2008-ci ilin may-iyun aylarında olub.", "2008-ci ilin may-iyun aylarında", "2008-05/2008-06"),
    D("Taqor 1932-ci ilin aprel və may aylarında İranda olub.", "1932-ci ilin aprel və may aylarında", "1932-04/1932-05"),
    D("Bülleten № 2 (22) · aprel–iyun 2023\n\nSərgi açıldı.", "aprel–iyun 2023", "2023-04/2023-06"),  # buraxılışın dövrü
    D("Nazir 6 və 7 noyabrda Dehlidə olub.", "6 və 7 noyabrda", "XXXX-11-06/XXXX-11-07"),
    D("Oktyabrda Böyük Teatrın səhnəsində Koroğlu operası göstərildi.", "Oktyabrda", "XXXX-10"),
    D("Nazir noyabrın 6-da və 7-də Dehlidə olub.", "noyabrın 6-da və 7-də", "XXXX-11-06/XXXX-11-07"),
    D("Kurs 2010-2011-ci tədris ilində açılıb.", "2010-2011-ci tədris ilində", "2010/2011"),
    # Parts of periods, decades and centuries.
    D("1997-ci ildə əlaqələr canlandı. Qonaqlar aprel ayının əvvəllərində Bakıya gəldilər.",
      "aprel ayının əvvəllərində", "1997-04", anchor="context", qual="early"),
    D("Tikinti 2010-cu ilin sonunda başa çatıb.", "2010-cu ilin sonunda", "2010", qual="late"),
    D("Əlaqələr XX əsrin 90-cı illərində genişlənmişdir.", "XX əsrin 90-cı illərində", "199X"),
    D("Bu ənənə XX əsrin əvvəllərində yaranıb.", "XX əsrin əvvəllərində", "19XX", qual="early"),
    D("Karvansara XIX əsrin sonu tikilib.", "XIX əsrin sonu", "18XX", qual="late"),
    # A season of a Gregorian year is written as its year (EDTF's 1998-21 has no reader in bilat's stores,
    # exports and report), with the season as the qualifier.
    D("Qastrol 1998-ci ilin yazında olub.", "1998-ci ilin yazında", "1998", qual="spring"),
    D("XXI əsrin ilk illərində yeni mərkəzlər açılmışdır.", "XXI əsrin ilk illərində", "200X", qual="early"),
    D("Dövlət teatrları 1990-cı illərdə çətinlik çəkmişdir.", "1990-cı illərdə", "199X"),
    # A chronology's entries: the year and month set off by a comma, a bare year opening its line.
    D("2004-cü il, sentyabr – Marneulidə aşıq festivalı keçirildi.", "2004-cü il, sentyabr", "2004-09"),
    D("2001 – Tbilisidə teatrın fəaliyyəti bərpa olundu.", "2001", "2001"),
    D("2006-cı ildə mərkəz açıldı. Növbəti ilin aprel ayının 12-də lövhə açıldı.", "Növbəti ilin aprel ayının 12-də", "2007-04-12", anchor="context"),
    NOT("Kitabxanaya 1500 – 2000 nüsxə kitab verildi."),
    # A day without its year inside a span of days written just before takes the span's year, not that of a date between.
    D("Forum 2022-ci il iyunun 21-22-də keçirildi, 2021-ci il 15 iyun bəyannaməsinə əsasən. İyunun 21-də nazirlər görüşdü.",
      "İyunun 21-də", "2022-06-21", anchor="context"),
    # The day after the day last mentioned.
    D("2015-ci il dekabrın 14-də gecə keçirilib, ertəsi gün isə Moskvada xatirə gecəsi olub.", "ertəsi gün", "2015-12-15",
      anchor="context"),
    # Approximate: EDTF "~".
    D("Təxminən 1990-cı ildə Bakıya köçmüşdür.", "Təxminən 1990-cı ildə", "1990~", qual="approximate"),
    D("Bu üslub 1920-ci illərin sonlarında dəbdə olub.", "1920-ci illərin sonlarında", "192X", qual="late"),
    D("Əlyazmalar XVIII-XX əsrlərə aiddir.", "XVIII-XX əsrlər", "17XX/19XX"),
    D("1995-ci ildə yazılmış məqalədə deyilir ki, 90-cı illərdə çox teatr bağlanıb.", "90-cı illərdə", "199X",
      anchor="context"),
    # Open intervals.
    D("Cəmiyyət 2011-ci ildən etibarən fəaliyyət göstərir.", "2011-ci ildən etibarən", "2011/..", qual="from"),
    D("Proqram 2015-ci ilədək qüvvədədir.", "2015-ci ilədək", "../2015", qual="until"),
    D("Günlər 2010-cu il may ayının 5-6-da keçirildi.", "2010-cu il may ayının 5-6-da", "2010-05-05/2010-05-06"),
    D("2015-ci ildə mərkəz açıldı. Həmin ilin noyabrında günlər keçirildi.", "Həmin ilin noyabrında", "2015-11",
      anchor="context"),
    D("Sərgi 2015-ci il iyunun 30-dək açıq olacaq.", "2015-ci il iyunun 30-dək", "../2015-06-30", qual="until"),
    D("Sərgi iyunun 30-a qədər davam edəcək.", "iyunun 30-a qədər", "../XXXX-06-30", qual="until"),
    # No year and no anchor.
    D("Sərgi martın 5-də açılacaq.", "martın 5-də", "XXXX-03-05", anchor="explicit"),
    # Year and month from the context.
    D("1997-ci ilin aprel ayında nümayəndə heyəti Bakıya gəlmişdir. Görüş aprelin 6-da keçirilmişdir.",
      "aprelin 6-da", "1997-04-06", anchor="context"),
    D("Günlər 2009-cu il 30 iyun tarixində açılmışdır. Tədbirlər 2 iyul tarixində Qazanda davam etmişdir.",
      "2 iyul tarixində", "2009-07-02", anchor="context"),
    D("Kitabxana 1998-ci ildə açıldı. Elə eyni ildə oxu zalı da istifadəyə verildi.", "eyni ildə", "1998",
      anchor="context"),
    D("Festival 2014-cü ilin iyun ayında keçirildi. Həmin ayda yeni film də nümayiş olundu.", "Həmin ayda",
      "2014-06", anchor="context"),
    D("Sərgi 2013-cü il mayın 6-da açılıb. Həmin gün gənc rəssamlar mükafatlandırılıb.", "Həmin gün",
      "2013-05-06", anchor="context"),
    D("Nümayəndə heyəti 1998-ci ildə Moskvaya getdi, fevral ayında isə müqavilə imzalandı.", "fevral ayında",
      "1998-02", anchor="context"),
    # Against the published date.
    D("Nazir şənbə günü Bakıya gəlib.", "şənbə günü", "2021-06-12", anchor="published", pub=PUB),
    D("Bu ayın əvvəlində muzeydə sərgi açılıb.", "Bu ayın", "2021-06", anchor="published", pub=PUB),
    D("Ötən ilin dekabrında Tehranda sərgi açılıb.", "Ötən ilin dekabrında", "2020-12", anchor="published", pub=PUB),
    D("Qərar keçən həftə qəbul edilib.", "keçən həftə", "2021-06-07/2021-06-13", anchor="published", pub=PUB),
    D("Nazir şənbə günü Bakıya gəlib.", "şənbə günü", None),
    D("Festival bu il beşinci dəfə keçirilir.", "bu il", "2021", anchor="published", pub=PUB),
    D("Keçən il sərgini on min nəfər ziyarət edib.", "Keçən il", "2020", anchor="published", pub=PUB),
    D("Keçən ay Bakıda Rusiya kino həftəsi keçirilib.", "Keçən ay", "2021-05", anchor="published", pub=PUB),
    D("Nazir dünən Moskvaya yola düşüb.", "dünən", "2021-06-15", anchor="published", pub=PUB),
    D("Sabah saat 10-da sərgi açılacaq.", "Sabah", "2021-06-17", anchor="published", pub=PUB),
    # A span from one day ("-dan") to another ("-dək"), and across months with a dash, its year told or the context's
    D("Sərgi 15 fevraldan 20 may 2018-ci ilədək nümayiş olunmuşdur.", "15 fevraldan 20 may 2018-ci ilədək",
      "2018-02-15/2018-05-20"),
    D("2018-ci il. 12 martdan 30 iyunadək Ankarada sərgi nümayiş etdirilib.", "12 martdan 30 iyunadək", "2018-03-12/2018-06-30",
      anchor="context"),
    D("2018-ci il.\n18 sentyabr – 25 noyabr: Almatıda birgə sərgi.", "18 sentyabr – 25 noyabr", "2018-09-18/2018-11-25",
      anchor="context"),
    D("Festival 1401-ci il mehr ayının 15–17-si Təbrizdə keçirilib.", "1401-ci il mehr ayının 15–17-si", "2022-10-07/2022-10-09"),
    D("Şəhərə martın 5-də qonaqlar gəlib.", "martın 5-də", "2021-03-05", anchor="published", pub=PUB),
    # Anniversaries counted from a year in common.toml.
    D("Heydər Əliyevin 90 illiyi Moskvada qeyd olundu.", "Heydər Əliyevin 90 illiyi", "2013",
      qual="anniversary"),
    D("Böyük Qələbənin 65 illiyi münasibətilə konsert verilib.", "Qələbənin 65 illiyi", "2010"),
    D("Azərbaycan Xalq Cümhuriyyətinin 100 illiyi geniş qeyd edilib.", "Cümhuriyyətinin 100 illiyi", "2018"),
    D("Azərbaycan ilə Rusiya arasında diplomatik münasibətlərin qurulmasının 30 illiyi qeyd edilib.",
      "Azərbaycan ilə Rusiya arasında diplomatik münasibətlərin qurulmasının 30 illiyi", "2022"),
    NOT("Azərbaycan ilə Çin arasında diplomatik münasibətlərin qurulmasının 30 illiyi qeyd edilib."),
    D("Ç.a., 26 sen 2023, 18:30\nYunus Əmrə İnstitutu", "Ç.a., 26 sen 2023", "2023-09-26"),  # bilet saytının kartı: həftə günü, qısaldılmış ay
    D("C.a., 5 okt 2023 – C.a., 19 okt 2023\nMilli İncəsənət Muzeyi", "C.a., 5 okt 2023 – C.a., 19 okt 2023", "2023-10-05/2023-10-19"),
    D("Ş., 13 yan 2024, 12:00 · Kukla Teatrı", "Ş., 13 yan 2024", "2024-01-13"),
    NOT("Onun 3 sen dostu var.", "3 sen"),  # "sen" ay yalnız il ilə
    D("Keçən həftənin çərşənbə axşamı nazir səfirlə görüşüb.", "Keçən həftənin çərşənbə axşamı", "2026-10-13", anchor="published", pub="2026-10-22"),  # o həftənin o günü
    D("Bakı, 20 yanvar (2 fevral) 1918\n\nMəktub yazıldı.", "20 yanvar (2 fevral) 1918", "1918-02-02"),  # köhnə və yeni üslub
    # Not dates.
    NOT("Bu barədə ətraflı məlumat mənbələrdə verilir [4; 87, 126-142]."),
    NOT("Rayonda 50 məktəb fəaliyyət göstərir."),
    NOT("Festivalın 20-ci ildönümü təntənə ilə qeyd olundu.", "20-ci"),
    NOT("Əlaqə telefonu: +994 12 498 00 00."),
    NOT("Biletin qiyməti 2005 manatdır."),
    NOT("Tədbirdə 1500 nəfər iştirak edib."),
    NOT("Görüş saat 10:30-da başlayacaq."),
    NOT("Bu məsələ 2.3.1-ci bölmədə ətraflı izah olunub."),
    NOT("Hesabatın 1995-ci səhifəsində cədvəl verilib.", "1995"),
    NOT("Cədvəl səh. 1995-də verilib.", "1995"),
    NOT("Bakı-2015 Avropa Oyunlarında 6000 idmançı iştirak edib."),
    NOT("Konqres 1935-ci ilin sentyabrında keçirilib.\n\nCAVABLAR\n4 — b) Nəsrəddin şah.", "4"),  # viktorinanın cavabı: nömrə və variant
    # A year written alone after a comma: a catalogue's exhibition, an imprint; a count after a comma is none.
    D("Sərgilənib: Bakı, Dövlət İncəsənət Muzeyi, «Qadın rəssamlar», 1970; Ankara, oktyabr 1976.", "1970", "1970"),
    D("Ədəbiyyat: Sərginin kataloqu, M., 1972, №34.", "1972", "1972"),
    NOT("Zalda 50 masa, 1200 stul var.", "1200"),
    # A year's case ending on its number, as a reference work writes it.
    D("1975-in sentyabrında Tehranda İranşünasların konqresində iştirak edib.", "1975-in sentyabrında", "1975-09"),
    D("1963-də Tehranda Firdovsi konqresində çıxış edib.", "1963-də", "1963"),
    # Xronologiyanın günləri: köhnə və yeni üslubla, köhnə təqvimlə (k.t.), hicri qəməri il.
    D("1723, sentyabrın 12-si (23-ü) – Peterburqda müqavilə imzalanmışdır.", "1723, sentyabrın 12-si (23-ü)", "1723-09-23"),
    D("1722, avqustun 23-ü (sentyabrın 3-ü) – Dərbənd naibi şəhərin açarlarını təqdim etmişdir.",
      "1722, avqustun 23-ü (sentyabrın 3-ü)", "1722-09-03"),
    D("1717, iyulun 30-u (k.t.) – İsfahanda ticarət müqaviləsi bağlamışdır.", "1717, iyulun 30-u (k.t.)", "1717-08-10"),
    D("1074 h.q. – Şahın fərmanı.", "1074 h.q.", "1663-08-05/1664-07-24"),
    NOT("Zalda 1500-də çox tamaşaçı var idi.", "1500"),
]


@pytest.mark.parametrize("case", params(CASES))
def test_az(case):
    check(case, LANG)


def test_enough_cases():
    assert len(CASES) >= 40


def test_a_papers_masthead_dates_the_issue_and_a_bare_weekday_heads_a_digests_day():
    from bilat import dates, pipeline
    doc = pipeline.document("GƏNCƏNİN SƏSİ\nİctimai-siyasi qəzet · № 19 (1247) · 17 may 2024-cü il, cümə\n\n"
                            "ŞƏHƏR XƏBƏRLƏRİ\n\nDünən sərgi açılıb.")
    pipeline.segmented(doc)
    assert doc.published == "2024-05-17"
    got = [(x.text, x.edtf) for x in dates("Həftəlik icmal\n11–15 noyabr 2024-cü il\n\nBazar ertəsi, 11 noyabr\n\n"
                                           "• Nazir səfirlə görüşüb.\n\nÇərşənbə\n\n• Saziş imzalanıb.\n\nCümə\n\n"
                                           "• Nazir nümayəndə heyətini qəbul edib.")]
    assert ("Çərşənbə", "2024-11-13") in got and ("Cümə", "2024-11-15") in got
