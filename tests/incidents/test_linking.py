"""Linking event mentions across articles: the hard cases of SPEC §6, in Dutch and English."""

from __future__ import annotations

import pytest

from incidents.reports import report
from kroniek.incidents import Decision, Linker, link_all, mentions_of
from kroniek.incidents.linking import THRESHOLD
from kroniek.model import Document


def groups(docs: list[Document], decisions: tuple[Decision, ...] = ()) -> list[set[str]]:
    """The incidents of ``docs`` as sets of sources (each test gives each report its own source)."""
    linked = link_all([m for d in docs for m in mentions_of(d)], decisions)
    return [{m.source or "" for m in inc.members} for inc in linked]


# --------------------------------------------------------------------------- one demonstration, three outlets
DEMO = {
    "nl": [
        dict(text="Zaterdag demonstreerden in Amsterdam zo'n 5000 mensen tegen de woningnood. De stoet trok naar het Museumplein.",
             trigger="demonstreerden", date="2024-03-09", date_text="Zaterdag", published="2024-03-09",
             source="Het Parool", title="Duizenden op de Dam tegen woningnood", sizes={"participants": ("5000", 5000, 5000)},
             actors=("Woonprotest",)),
        dict(text="Op het Museumplein in Amsterdam kwamen zaterdag volgens de politie 2000 betogers af op het woonprotest.",
             trigger="kwamen", date="2024-03-09", date_text="zaterdag", published="2024-03-10",
             source="NRC", title="Woonprotest trekt duizenden", sizes={"participants": ("2000", 2000, 2000)}),
        dict(text="Het woonprotest in Amsterdam trok 10.000 deelnemers, zeggen de organisatoren van Woonprotest.",
             trigger="woonprotest", published="2024-03-10", source="AT5", title="Woonprotest: 10.000 mensen",
             sizes={"participants": ("10.000", 10000, 10000)}, actors=("Woonprotest",)),
    ],
    "en": [
        dict(text="Some 5000 people marched through Manchester on Saturday against rising rents. The march ended at Piccadilly.",
             trigger="marched", date="2024-03-09", date_text="Saturday", published="2024-03-09",
             source="Manchester Evening News", title="Thousands march against rents",
             sizes={"participants": ("5000", 5000, 5000)}, actors=("Acorn",)),
        dict(text="Police said 2000 protesters joined the rent march in Manchester on Saturday.",
             trigger="rent march", date="2024-03-09", date_text="Saturday", published="2024-03-10",
             source="BBC", title="Rent march draws thousands", sizes={"participants": ("2000", 2000, 2000)}),
        dict(text="The rent march in Manchester drew 10,000 people, organisers Acorn said.",
             trigger="rent march", published="2024-03-10", source="Guardian", title="Rent march: 10,000 people",
             sizes={"participants": ("10,000", 10000, 10000)}, actors=("Acorn",)),
    ],
}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_one_demonstration_from_three_outlets_is_one_incident(lang: str) -> None:
    docs = [report(language=lang, place="Amsterdam" if lang == "nl" else "Manchester", **r)  # type: ignore[arg-type]
            for r in DEMO[lang]]
    assert groups(docs) == [{r["source"] for r in DEMO[lang]}]


# --------------------------------------------------------------------------- look-alikes
STABBINGS = {
    "nl": [("Een 34-jarige man is maandag in Rotterdam neergestoken bij een ruzie in de Kruiskade.", "neergestoken",
            "2024-05-06", "maandag", "Rijnmond"),
           ("In Rotterdam is donderdag een vrouw neergestoken in een woning aan de Beijerlandselaan.", "neergestoken",
            "2024-05-09", "donderdag", "AD")],
    "en": [("A 34-year-old man was stabbed in Leeds on Monday during a fight on Briggate.", "stabbed",
            "2024-05-06", "Monday", "Yorkshire Post"),
           ("A woman was stabbed in Leeds on Thursday at a house on Harehills Lane.", "stabbed",
            "2024-05-09", "Thursday", "BBC")],
}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_two_stabbings_in_one_city_in_one_week_are_two_incidents(lang: str) -> None:
    docs = [report(text, trigger=trig, date=date, date_text=dtext, published=date, source=src, language=lang,
                   event_type="ASSAULT", mode="beat", place="Rotterdam" if lang == "nl" else "Leeds")
            for text, trig, date, dtext, src in STABBINGS[lang]]
    assert len(groups(docs)) == 2


PARIS_NICE = {
    "nl": [("Zaterdag gingen in Parijs tienduizenden mensen de straat op tegen de pensioenhervorming.", "gingen",
            "Parijs", "NOS"),
           ("Ook in Nice gingen zaterdag duizenden mensen de straat op tegen de pensioenhervorming.", "gingen",
            "Nice", "Trouw")],
    "en": [("Tens of thousands protested in Paris on Saturday against the pension reform.", "protested", "Paris",
            "Reuters"),
           ("Thousands also protested in Nice on Saturday against the pension reform.", "protested", "Nice", "AFP")],
}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_protests_in_paris_and_nice_on_the_same_saturday_are_two_incidents(lang: str) -> None:
    docs = [report(text, trigger=trig, date="2023-03-11", date_text="aterdag" if lang == "nl" else "Saturday",
                   published="2023-03-11", source=src, language=lang, place=place)
            for text, trig, place, src in PARIS_NICE[lang]]
    assert len(groups(docs)) == 2


# --------------------------------------------------------------------------- dated only by publication
PUBLISHED_ONLY = {
    "nl": [("Bij een schietpartij in de Utrechtse wijk Kanaleneiland is dinsdagavond een man gewond geraakt.",
            "schietpartij", "2024-02-13", "dinsdagavond", "RTV Utrecht"),
           ("De schietpartij in Utrecht, in de wijk Kanaleneiland, wordt onderzocht door de recherche.",
            "schietpartij", None, None, "AD")],
    "en": [("A man was injured in a shooting on Tuesday evening in the Harpurhey area of Manchester.",
            "shooting", "2024-02-13", "Tuesday evening", "Manchester Evening News"),
           ("Detectives are investigating the shooting in Harpurhey, Manchester.",
            "shooting", None, None, "BBC")],
}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_report_dated_only_by_its_publication_links_to_the_day_before(lang: str) -> None:
    docs = [report(text, trigger=trig, date=date, date_text=dtext, published="2024-02-14", source=src, language=lang,
                   event_type="ASSAULT", mode="firearms", place="Utrecht" if lang == "nl" else "Manchester")
            for text, trig, date, dtext, src in PUBLISHED_ONLY[lang]]
    assert len(groups(docs)) == 1


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_report_dated_only_by_a_publication_days_later_stays_apart(lang: str) -> None:
    (t1, g1, d1, x1, s1), (t2, g2, _, _, s2) = PUBLISHED_ONLY[lang]
    city = "Utrecht" if lang == "nl" else "Manchester"
    docs = [report(t1, trigger=g1, date=d1, date_text=x1, published="2024-02-14", source=s1, language=lang,
                   event_type="ASSAULT", mode="firearms", place=city),
            report(t2, trigger=g2, published="2024-02-19", source=s2, language=lang, event_type="ASSAULT",
                   mode="firearms", place=city)]
    assert len(groups(docs)) == 2


# --------------------------------------------------------------------------- follow-ups
FOLLOW_UPS = {
    "nl": ("Bij een schietpartij in Rotterdam-Zuid is maandag een 19-jarige jongen om het leven gekomen.",
           "schietpartij", "maandag",
           "De politie heeft de verdachte van de schietpartij in Rotterdam aangehouden.", "aangehouden",
           "Vrijdag werd in Rotterdam afscheid genomen van de jongen die bij de schietpartij werd doodgeschoten.",
           "doodgeschoten", "Rotterdam"),
    "en": ("A 19-year-old was killed in a shooting in south Manchester on Monday.", "shooting", "Monday",
           "Police have arrested the suspect of the shooting in Manchester.", "arrested",
           "The funeral of the teenager who was shot dead in Manchester was held on Friday.", "shot dead",
           "Manchester"),
}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_arrest_of_a_suspect_days_later_is_not_the_shooting(lang: str) -> None:
    shot, trig, day, arrest, atrig, _, _, city = FOLLOW_UPS[lang]
    docs = [report(shot, trigger=trig, date="2024-04-01", date_text=day, published="2024-04-01", source="A",
                   language=lang, event_type="ASSAULT", mode="firearms", place=city if city in shot else None),
            report(arrest, trigger=atrig, published="2024-04-04", source="B", language=lang, event_type="COERCE",
                   mode="arrest", place=city)]
    assert groups(docs) == [{"A"}, {"B"}]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_funeral_report_days_later_is_not_the_shooting(lang: str) -> None:
    shot, trig, day, _, _, funeral, ftrig, city = FOLLOW_UPS[lang]
    docs = [report(shot, trigger=trig, date="2024-04-01", date_text=day, published="2024-04-01", source="A",
                   language=lang, event_type="ASSAULT", mode="firearms", place=city if city in shot else None),
            report(funeral, trigger=ftrig, published="2024-04-05", source="B", language=lang, event_type="ASSAULT",
                   mode="firearms", place=city)]
    assert groups(docs) == [{"A"}, {"B"}]


# --------------------------------------------------------------------------- no chaining, modality
def test_one_weak_link_does_not_chain_two_happenings() -> None:
    # A (Friday) and C (Sunday) are different days; B ("this weekend") fits both.
    a = report("Vrijdag betoogden boeren in Amsterdam tegen de stikstofregels.", trigger="betoogden", date="2024-06-07",
               date_text="Vrijdag", published="2024-06-07", source="A", place="Amsterdam")
    b = report("Dit weekend betoogden boeren in Amsterdam tegen de stikstofregels.", trigger="betoogden",
               date="2024-W23", date_text="Dit weekend", published="2024-06-09", source="B", place="Amsterdam")
    c = report("Zondag betoogden boeren in Amsterdam tegen de stikstofregels.", trigger="betoogden", date="2024-06-09",
               date_text="Zondag", published="2024-06-09", source="C", place="Amsterdam")
    found = groups([a, b, c])
    assert not any({"A", "C"} <= g for g in found)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_negated_mention_stays_alone(lang: str) -> None:
    (t1, g1, d1, x1, s1), _ = PUBLISHED_ONLY[lang]
    city = "Utrecht" if lang == "nl" else "Manchester"
    docs = [report(t1, trigger=g1, date=d1, date_text=x1, published="2024-02-14", source=s1, language=lang,
                   event_type="ASSAULT", mode="firearms", place=city),
            report(t1 + " ", trigger=g1, date=d1, date_text=x1, published="2024-02-14", source="X", language=lang,
                   event_type="ASSAULT", mode="firearms", place=city, modality="negated")]
    assert len(groups(docs)) == 2


# --------------------------------------------------------------------------- ids and decisions
def _demo(lang: str = "nl") -> list[Document]:
    return [report(language=lang, place="Amsterdam" if lang == "nl" else "Manchester", **r)  # type: ignore[arg-type]
            for r in DEMO[lang]]


def test_incident_ids_do_not_depend_on_the_order_mentions_arrive_in() -> None:
    records = [m for d in _demo() for m in mentions_of(d)]
    assert [i.id for i in link_all(records)] == [i.id for i in link_all(list(reversed(records)))]


def test_an_incident_keeps_its_id_when_a_member_joins() -> None:
    docs = _demo()
    linker = Linker()
    first = linker.link(mentions_of(docs[0])[0])
    assert [linker.link(mentions_of(d)[0]).incident for d in docs[1:]] == [first.incident, first.incident]


def test_a_link_keeps_its_features_and_score() -> None:
    docs = _demo()
    linker = Linker()
    linker.link(mentions_of(docs[0])[0])
    link = linker.link(mentions_of(docs[1])[0])
    assert link.by == "auto" and link.score is not None and link.score >= THRESHOLD
    assert link.features["place"] == 1.0 and link.to == mentions_of(docs[0])[0].key


def test_a_split_survives_relinking_and_keeps_the_old_id() -> None:
    records = [m for d in _demo() for m in mentions_of(d)]
    before = link_all(records)
    moved = records[2].key
    after = link_all(records, (Decision("split", (moved,), 1),), {m.key: i.id for i in before for m in i.members})
    assert sorted(len(i.members) for i in after) == [1, 2]
    assert before[0].id in {i.id for i in after}
    alone = next(i for i in after if len(i.members) == 1)
    assert alone.members[0].key == moved


def test_a_merge_survives_relinking() -> None:
    (t1, g1, d1, x1, s1), (t2, g2, d2, x2, s2) = STABBINGS["nl"]
    docs = [report(text, trigger=trig, date=date, date_text=dtext, published=date, source=src, event_type="ASSAULT",
                   mode="beat", place="Rotterdam") for text, trig, date, dtext, src in STABBINGS["nl"]]
    records = [m for d in docs for m in mentions_of(d)]
    merged = link_all(records, (Decision("merge", tuple(r.key for r in records), 1),))
    assert len(merged) == 1
    assert merged[0].links[1].by == "user"


def test_a_later_split_undoes_an_earlier_merge() -> None:
    records = [m for d in _demo() for m in mentions_of(d)]
    decisions = (Decision("merge", (records[0].key, records[2].key), 1), Decision("split", (records[2].key,), 2))
    assert sorted(len(i.members) for i in link_all(records, decisions)) == [1, 2]


# --------------------------------------------------------------------------- blocking
def _one(text: str, place: str | None, source: str) -> object:
    return mentions_of(report(text, trigger="betoogden", date="2023-03-11", date_text="zaterdag",
                              published="2023-03-11", source=source, place=place))[0]


def test_a_settlement_is_not_compared_with_far_away_happenings_but_with_placeless_ones() -> None:
    linker = Linker()
    paris = linker.link(_one("In Parijs betoogden zaterdag boeren.", "Parijs", "A"))  # type: ignore[arg-type]
    nowhere = linker.link(_one("Ergens betoogden zaterdag boeren.", None, "B"))  # type: ignore[arg-type]
    country = linker.link(_one("In Nederland betoogden zaterdag boeren.", "Nederland", "C"))  # type: ignore[arg-type]
    found = linker.candidates(_one("In Nice betoogden zaterdag boeren.", "Nice", "D"))  # type: ignore[arg-type]
    assert paris.incident not in found and nowhere.incident in found and country.incident not in found


def test_a_country_wide_mention_is_compared_with_the_settlements_of_its_country() -> None:
    linker = Linker()
    amsterdam = linker.link(_one("In Amsterdam betoogden zaterdag boeren.", "Amsterdam", "A"))  # type: ignore[arg-type]
    paris = linker.link(_one("In Parijs betoogden zaterdag boeren.", "Parijs", "B"))  # type: ignore[arg-type]
    found = linker.candidates(_one("In Nederland betoogden zaterdag boeren.", "Nederland", "C"))  # type: ignore[arg-type]
    assert amsterdam.incident in found and paris.incident not in found


def test_a_record_reads_back_from_its_json() -> None:
    import json

    from kroniek.incidents import MentionRecord

    for doc in _demo("en"):
        for m in mentions_of(doc):
            assert MentionRecord.from_dict(json.loads(json.dumps(m.to_dict()))) == m


def test_a_place_alone_in_its_country_among_the_articles_places_is_doubtful() -> None:
    import dataclasses

    from kroniek.model import Place, Where

    doc = report("Police put the number of marchers at 6,000 in Hackney and Lewisham.", trigger="marchers",
                 published="2025-05-10", source="Blog", language="en")
    doc = dataclasses.replace(doc, events=(dataclasses.replace(doc.events[0], where=(Where("p1", "Police"),)),))
    misread = Place(id="p1", text="Police", start=0, end=6, name="Police", geonames_id=3088848, feature_code=None,
                    country="PL", admin1=None, lat=53.55, lon=14.57, precision="city", score=0.7)

    def borough(pid: str, name: str) -> Place:
        start = doc.text.index(name)
        return Place(id=pid, text=name, start=start, end=start + len(name), name=name, geonames_id=None,
                     feature_code=None, country="GB", admin1="England", lat=51.5, lon=0.0, precision="admin1",
                     score=0.85)

    doubtful = dataclasses.replace(doc, places=(misread, borough("p2", "Hackney"), borough("p3", "Lewisham")))
    assert mentions_of(doubtful)[0].place is None
    alone = dataclasses.replace(doc, places=(misread,))  # nothing says otherwise: the place stands
    assert mentions_of(alone)[0].place is not None
