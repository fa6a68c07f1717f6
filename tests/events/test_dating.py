"""When an event happened: its own clause's date, else an earlier telling of the same event, else the publication
date (``when.source == "published"``); what lies ahead is never dated in the past. Dutch and English; the
sentences are written for these tests."""

from __future__ import annotations

import pytest

import kroniek


def assert_dated(pipeline, lang: str, text: str, trigger: str, published: str, value: str) -> None:  # type: ignore[no-untyped-def]
    """The event whose trigger is ``trigger`` is dated ``value`` in ``text`` published on ``published``."""
    doc = kroniek.extract(text, language=lang, published=published, pipeline=pipeline)
    event = next(e for e in doc.events if e.trigger.text == trigger)
    assert event.when is not None and event.when.value == value, [(e.type, e.trigger.text, e.when) for e in doc.events]


IN_SEQUENCE = [  # a date inside a clause that "after"/"nadat" opens dates that clause's act, not the trigger's;
    # a day of it is the trigger's only where nothing else dates it (that day or after)
    ("en", "News\n\nThe committee organised a march in Atbara after bakeries raised the price of bread last week.",
     "march", "2026-10-21"),
    ("en", "News\n\nOn Tuesday students occupied the rectorate in Belgrade after the government had dismissed the dean "
     "on Monday.", "occupied", "2026-10-20"),
    ("nl", "Nieuws\n\nDinsdag hebben studenten het rectoraat in Belgrado bezet nadat de regering maandag de decaan "
     "had ontslagen.", "bezet", "2026-10-20"),
    ("en", "News\n\nPolice arrested 34 people after protesters walked onto the rail line near Sandgate on Saturday.",
     "arrested", "2026-10-17"),
]


@pytest.mark.parametrize(("lang", "text", "trigger", "value"), IN_SEQUENCE)
def test_a_date_in_a_clause_told_as_earlier_dates_that_clause(pipeline, lang, text, trigger,
                                                             value):  # type: ignore[no-untyped-def]
    assert_dated(pipeline, lang, text, trigger, "2026-10-21", value)


PLANNED = [
    ("en", "Organisers have called a national march in London on 21 June.", "2025-06-21"),
    ("nl", "De vakbond heeft een landelijke mars aangekondigd voor 21 juni in Utrecht.", "2025-06-21"),
    ("en", "Organisers have announced a protest for Saturday.", "2025-06-07"),
    ("nl", "De actiegroep heeft voor zaterdag een protest aangekondigd.", "2025-06-07"),
]


@pytest.mark.parametrize(("lang", "text", "value"), PLANNED)
def test_a_planned_event_is_not_dated_in_the_past(pipeline, lang, text, value):  # type: ignore[no-untyped-def]
    doc = kroniek.extract(text, language=lang, published="2025-06-03", pipeline=pipeline)
    assert [(e.type, e.when.value if e.when else None, e.modality) for e in doc.events] == \
        [("PROTEST", value, "future")]


PAST = [
    ("en", "Thousands marched in London on 21 May.", "2025-05-21"),
    ("nl", "Duizenden mensen demonstreerden op 21 mei in Utrecht.", "2025-05-21"),
]


@pytest.mark.parametrize(("lang", "text", "value"), PAST)
def test_a_past_event_keeps_its_past_date(pipeline, lang, text, value):  # type: ignore[no-untyped-def]
    doc = kroniek.extract(text, language=lang, published="2025-06-03", pipeline=pipeline)
    assert [(e.when.value if e.when else None, e.modality) for e in doc.events] == [(value, "asserted")]


@pytest.mark.parametrize(("lang", "text", "value"), [
    # a night from one day to the next dates by its first day; a clock time placed in its small hours by the next
    ("nl", "In de nacht van vrijdag op zaterdag ontplofte rond 3 uur een explosief tegen een voordeur.", "2025-05-31"),
    ("en", "On the night of Friday to Saturday a grenade exploded at 3 am outside a house.", "2025-05-31"),
    ("nl", "In de nacht van vrijdag op zaterdag zijn winkels geplunderd.", "2025-05-30"),
    ("en", "Shops were looted on the night of Friday to Saturday.", "2025-05-30"),
])
def test_a_night_dates_by_its_first_day_and_its_small_hours_by_the_next(pipeline, lang, text,
                                                                        value):  # type: ignore[no-untyped-def]
    doc = kroniek.extract(text, language=lang, published="2025-06-03", pipeline=pipeline)
    assert [e.when.value if e.when else None for e in doc.events] == [value], [(e.type, e.when) for e in doc.events]


TOLD_ON = [
    ("en", "Somali troops fended off an attack on a military base near Afgooye on Thursday. Two soldiers died. "
           "The militants opened fire on the base from three sides shortly before dawn."),
    ("nl", "Somalische troepen sloegen donderdag een aanval op een legerbasis bij Afgooye af. Twee militairen kwamen "
           "om. De strijders openden kort voor zonsopgang van drie kanten het vuur op de basis."),
]


@pytest.mark.parametrize(("lang", "text"), TOLD_ON)
def test_a_verb_that_goes_on_telling_an_event_is_that_event_with_its_date(pipeline, lang, text):  # type: ignore[no-untyped-def]
    doc = kroniek.extract(text, language=lang, published="2024-11-15", pipeline=pipeline)
    assaults = [e for e in doc.events if e.type == "ASSAULT"]
    assert [(e.when.value, e.when.source) for e in assaults if e.when] == [("2024-11-14", "text")]


def test_an_event_without_a_date_of_its_own_says_it_is_dated_by_publication(pipeline):  # type: ignore[no-untyped-def]
    for lang, text in (("en", "Police arrested four suspects."), ("nl", "De politie heeft vier verdachten aangehouden.")):
        doc = kroniek.extract(text, language=lang, published="2025-06-03", pipeline=pipeline)
        assert [(e.when.value, e.when.source) for e in doc.events if e.when] == [("2025-06-03", "published")]


LAST_YEAR = [
    ("en", "Protesters clashed with police in Leeds on 28 December.", "2024-12-28"),
    ("nl", "Betogers raakten op 28 december in Leeds slaags met de politie.", "2024-12-28"),
]


@pytest.mark.parametrize(("lang", "text", "value"), LAST_YEAR)
def test_a_past_event_is_not_dated_after_publication(pipeline, lang, text, value):  # type: ignore[no-untyped-def]
    doc = kroniek.extract(text, language=lang, published="2025-01-06", pipeline=pipeline)
    assert [e.when.value for e in doc.events if e.when][:1] == [value]


PLACED_BY_ITS_WORDS = [  # a past verb in the clause does not move a date its own words place ahead (a banned one is
    # no event at all since session 18: these are allowed)
    ("nl", "De burgemeester heeft een demonstratie toegestaan die de actiegroep volgende week zaterdag wilde houden.",
     "demonstratie", "2025-01-18"),
    ("en", "The mayor allowed a march that the group wanted to hold next Saturday.", "march", "2025-01-11"),
]


@pytest.mark.parametrize(("lang", "text", "trigger", "value"), PLACED_BY_ITS_WORDS)
def test_a_past_verb_does_not_move_a_date_placed_by_its_own_words(pipeline, lang, text, trigger, value):  # type: ignore[no-untyped-def]
    doc = kroniek.extract(text, language=lang, published="2025-01-06", pipeline=pipeline)
    assert [e.when.value for e in doc.events if e.trigger.text == trigger and e.when] == [value]


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Nieuws\n\nDe bond zei dat de leraren vanaf maandag staken als de salarissen niet worden betaald."),
    ("en", "News\n\nThe herders said they will extend the blockade to the coal road unless the provincial governor "
           "meets them by Friday."),
])
def test_an_act_promised_on_a_condition_is_dated_when_the_threat_is_made(pipeline, lang,
                                                                          text):  # type: ignore[no-untyped-def]
    """The date of the act promised, or of its condition's deadline, is not the day of the threat."""
    doc = kroniek.extract(text, language=lang, published="2026-09-24", pipeline=pipeline)
    assert [e.when.value for e in doc.events if e.type == "THREATEN" and e.when] == ["2026-09-24"], doc.events


@pytest.mark.parametrize(("lang", "text", "trigger"), [
    ("nl", "De bond zei dat de leraren maandag zouden staken.", "staken"),
    ("en", "The union said teachers would strike on Monday.", "strike"),
])
def test_what_was_said_to_come_keeps_the_weekday_ahead(pipeline, lang, text, trigger):  # type: ignore[no-untyped-def]
    """A future-in-the-past is ahead of the telling: published on a Thursday, Monday is the next one."""
    doc = kroniek.extract(text, language=lang, published="2026-11-12", pipeline=pipeline)
    assert [e.when.value for e in doc.events if e.trigger.text == trigger and e.when] == ["2026-11-16"]


def _events_told_by(pipeline, lang, text, trigger):  # type: ignore[no-untyped-def]
    """The document published on 2025-06-03 (a Tuesday) and its events with this trigger."""
    doc = kroniek.extract(text, language=lang, published="2025-06-03", pipeline=pipeline)
    return doc, [e for e in doc.events if e.trigger.text == trigger]


STORY_DATES = [
    ("nl", "Op zaterdag blokkeerden zestig activisten de weg bij het provinciehuis in Arnhem.\n\n"
           "Een omstander werd tijdens de blokkade door een activist geduwd en viel op de grond.", "geduwd", "2025-05-31"),
    ("en", "On Thursday, about 40 strikers clashed with police at the depot in Sheffield. Officers arrested a man "
           "after the clashes.", "arrested", "2025-05-29"),
    # the day may come from a sentence that tells no event
    ("nl", "In de Schilderswijk was het zaterdagavond urenlang onrustig. Tientallen jongeren bekogelden de politie "
           "met stenen.", "bekogelden", "2025-05-31"),
    ("en", "Saturday evening was tense in the Manningham area of Bradford. Dozens of youths threw stones at police "
           "officers.", "threw", "2025-05-31"),
    # a past the tagger calls a participle ("gathered", VBN) is still a past with no auxiliary
    ("en", "A protester was killed in Basra on Sunday night when security forces opened fire.\n\nHundreds of people "
           "gathered outside the provincial government building from early evening, chanting against the ministry.",
     "gathered", "2025-06-01"),
    # a clock time with no day of its own names no day: the story's date holds
    ("nl", "Op zaterdag blokkeerden zestig activisten de weg bij het provinciehuis in Arnhem.\n\n"
           "De wake begint om 20.00 uur. Een omstander werd tijdens de blokkade door een activist geduwd en viel op de "
           "grond.", "geduwd", "2025-05-31"),
    # a clock time with no day of its own, put on the day of publication, dates an event as no date does
    ("nl", "Op zaterdag legden handelaren in heel Sylhet het werk neer.\n\nVanaf 6.00 uur blokkeerden "
           "actievoerders de snelweg op verschillende plaatsen.", "blokkeerden", "2025-05-31"),
    ("en", "On Saturday, shopkeepers held a general strike across Sylhet district, the third strike this year.\n\n"
           "Picketers blocked the highway at several points from around 6:00am.", "blocked", "2025-05-31"),
    # the end of a span ("tot zaterdag", "until Saturday") names no day anything happened
    ("nl", "Op donderdag bestormden betogers het gemeentehuis van Tilburg.\n\nDe markt op het plein bleef tot zaterdag "
           "dicht. Jongeren bekogelden agenten met stenen.", "bekogelden", "2025-05-29"),
    ("en", "On Thursday, protesters stormed the town hall in Leicester.\n\nThe market stayed shut until Saturday. "
           "Youths threw stones at officers.", "threw", "2025-05-29"),
    # a start bound after another verb tells since when that verb's state holds ("pay owed since July")
    ("nl", "Op donderdag bestormden betogers het gemeentehuis van Tilburg.\n\nJongeren bekogelden agenten met stenen "
           "bij de fabriek die sinds februari stilligt.", "bekogelden", "2025-05-29"),
    ("en", "On Thursday, teachers walked out across Leeds.\n\nAbout 3,000 teachers and nurses marched to the town "
           "hall over pay owed since February.", "marched", "2025-05-29"),
    # ... not where that verb's clause tells of the trigger's own noun
    ("en", "We are alarmed by the response of the security forces to the protests that have shaken Lomé and other "
           "towns since 3 May.", "protests", "2025-05-03"),
]


@pytest.mark.parametrize(("lang", "text", "trigger", "value"), STORY_DATES)
def test_an_undated_past_event_happened_when_the_story_did(pipeline, lang, text, trigger, value):  # type: ignore[no-untyped-def]
    """Told in the past without a date of its own, an event goes on telling the dated story before it (in its
    paragraph, else the article's first dated event), not the day of publication."""
    doc, found = _events_told_by(pipeline, lang, text, trigger)
    assert found and found[0].when is not None and found[0].when.value == value, \
        [(e.type, e.trigger.text, e.when) for e in doc.events]


def test_an_undated_present_event_keeps_the_publication_date(pipeline):  # type: ignore[no-untyped-def]
    doc = kroniek.extract("Op zaterdag blokkeerden zestig activisten de weg in Arnhem. Vandaag protesteren boeren in "
                          "Den Haag.", language="nl", published="2025-06-03", pipeline=pipeline)
    assert [e.when.value for e in doc.events if e.type == "PROTEST" and e.when][-1] == "2025-06-03"


HEADLINES = [  # a headline event the lead tells in another mode, so no merge dates it
    ("en", "Traders observe strike in Sialkot\n\nOn Wednesday, hundreds of traders staged a sit-in outside the tax "
           "office in Sialkot.", "PROTEST", "2025-05-28"),
    ("nl", "Boeren leggen werk neer in Utrecht\n\nOp woensdag blokkeerden honderden boeren met trekkers de snelweg "
           "bij Utrecht.", "PROTEST", "2025-05-28"),
    # no lead event of its type: the day the lead names
    ("nl", "Nacht van rellen in de Schilderswijk\n\nIn de Schilderswijk was het zaterdagavond urenlang onrustig. "
           "Tientallen jongeren bekogelden de politie met stenen.", "PROTEST", "2025-05-31"),
    ("en", "Night of rioting in Bradford\n\nSaturday evening was tense in the Manningham area of Bradford. Dozens of "
           "youths threw stones at police officers.", "PROTEST", "2025-05-31"),
    # ... or the date the lead gives an event of another type
    ("nl", "Rellen in de Schilderswijk\n\nTientallen jongeren bekogelden zaterdagavond in de Schilderswijk agenten "
           "met stenen.", "PROTEST", "2025-05-31"),
    ("en", "Riots in Bradford\n\nDozens of youths threw stones at police officers in Bradford on Saturday evening.",
     "PROTEST", "2025-05-31"),
    # a byline and a dateline are no sentences of the lead, and the dateline names no story day
    ("nl", "BUITENLAND\n\nRebellen bestoken politie met drones\n\nHet noorden beleeft een bloedige week. Bij een "
           "droneaanval kwamen twee agenten om.\n\nPieter de Vries, Bogotá\ndinsdag 3 juni 2025 om 03.00 uur\n\nHet "
           "begon zaterdag rond 5 uur in Suárez. Twee drones lieten explosieven vallen op het politiekantoor.",
     "ASSAULT", "2025-05-31"),
    ("en", "WORLD\n\nRebels attack police with drones\n\nThe north is living through a bloody week. Two officers died "
           "in a drone attack.\n\nBy Peter Smith, Bogota\nTuesday 3 June 2025, 03.00\n\nIt began on Saturday at "
           "around 5 am in Suarez. Two drones dropped explosives on the police station.", "ASSAULT", "2025-05-31"),
]


@pytest.mark.parametrize(("lang", "text", "etype", "value"), HEADLINES)
def test_a_headline_in_the_present_takes_the_date_its_lead_gives(pipeline, lang, text, etype, value):  # type: ignore[no-untyped-def]
    doc = kroniek.extract(text, language=lang, published="2025-06-03", pipeline=pipeline)
    title = 0 if doc.text[:doc.sentences[0].end].strip() not in ("BUITENLAND", "WORLD") else 1
    told = [e for e in doc.events if e.type == etype and e.sentence == title]  # the headline's own event
    assert told and told[0].when is not None and told[0].when.value == value, \
        [(e.type, e.trigger.text, e.sentence, e.when) for e in doc.events]


UPDATES = [  # updates on top of a story, newest first: the story's lead comes after them
    ("nl", "Rellen bij protest tegen opvang in Uden\n\nUpdate 13.15 uur: De gemeente en de bewoners hebben "
           "vanochtend afgesproken dat er dinsdag een informatieavond komt.\n\nUpdate 10.40 uur: De politie heeft "
           "twaalf mensen aangehouden. Tien van hen zijn weer vrij.\n\nEen protest tegen de opvang in Uden is "
           "vrijdagavond uit de hand gelopen. Relschoppers gooiden stenen naar de politie."),
    ("en", "Riot at protest against asylum hotel in Leeds\n\nUpdate 1.15 pm: The council and residents agreed this "
           "morning to hold a meeting on Tuesday.\n\nUpdate 10.40 am: Police said they had arrested twelve people. "
           "Ten of them have been released.\n\nA protest against the hotel in Leeds got out of hand on Friday "
           "evening. Rioters threw stones at officers."),
]


@pytest.mark.parametrize(("lang", "text"), UPDATES)
def test_a_headline_over_updates_takes_the_date_of_the_story_under_them(pipeline, lang, text):  # type: ignore[no-untyped-def]
    doc = kroniek.extract(text, language=lang, published="2025-05-31", pipeline=pipeline)
    riot = [e for e in doc.events if e.sentence == 0 and e.type == "PROTEST"]
    assert riot and riot[0].when is not None and riot[0].when.value == "2025-05-30", \
        [(e.type, e.trigger.text, e.sentence, e.when) for e in doc.events]


@pytest.mark.parametrize(("lang", "text"), UPDATES)
def test_an_update_label_dates_nothing(pipeline, lang, text):  # type: ignore[no-untyped-def]
    doc = kroniek.extract(text, language=lang, published="2025-05-31", pipeline=pipeline)
    label = {t.id for t in doc.times if t.text.startswith(("13.15", "10.40", "1.15", "10.40"))}
    assert label, [t.text for t in doc.times]
    assert doc.events and not any(e.when is not None and e.when.time in label for e in doc.events), \
        [(e.type, e.trigger.text, e.when) for e in doc.events]


POSSESSIVE_DATES = [
    ("en", "Police fired on supporters protesting against the result of Saturday's election.", "2024-07-03",
     "2024-07-03"),
    ("en", "Tuesday's protests against the result ended in clashes.", "2024-07-03", "2024-07-02"),
    ("en", "Marchers are gathering at Hyde Park Corner for Saturday's protest against rising rents.", "2025-05-08",
     "2025-05-10"),
    ("en", "Wednesday's clashes broke out in the town when riot police tried to remove barricades from the road.",
     "2026-06-18", "2026-06-17"),
]

SUBJECT_DATES = [
    ("en", "Wednesday's clashes broke out in the town when riot police fired tear gas at the crowd.", "fired",
     "2026-06-18", "2026-06-17"),
    ("en", "Sunday's march ended at the town hall, where police arrested two organisers.", "arrested",
     "2026-06-18", "2026-06-14"),
]


@pytest.mark.parametrize(("lang", "text", "trigger", "published", "value"), SUBJECT_DATES)
def test_a_possessive_date_of_the_subject_dates_its_sentence(pipeline, lang, text, trigger, published, value):  # type: ignore[no-untyped-def]
    """"Wednesday's clashes broke out when police fired tear gas": the event the sentence is about is dated, and
    what the sentence tells of it happened then."""
    assert_dated(pipeline, lang, text, trigger, published, value)


@pytest.mark.parametrize(("lang", "text", "published", "value"), POSSESSIVE_DATES)
def test_a_possessive_date_dates_its_own_noun(pipeline, lang, text, published, value):  # type: ignore[no-untyped-def]
    """"the result of Saturday's election": Saturday is when the election was, not the shooting; "Saturday's
    protest" names the event itself (English only: Dutch has no possessive date)."""
    doc = kroniek.extract(text, language=lang, published=published, pipeline=pipeline)
    first = doc.events[0]
    assert first.when is not None and first.when.value == value, [(e.type, e.when) for e in doc.events]


YEARS = [  # a year that names another thing's date dates no event, and is no date a story goes on telling
    ("nl", "Het front heeft het vredesakkoord van 2016 nooit aanvaard.\n\nPresident Petro veroordeelde de aanval "
           "in Suárez.", "veroordeelde", "2025-06-03"),
    ("en", "The front never accepted the peace deal of 2016.\n\nPresident Petro condemned the attack in Suarez.",
     "condemned", "2025-06-03"),
    ("nl", "Volgens het leger zit het front achter de aanval, een groep die het vredesakkoord van 2016 nooit heeft "
           "aanvaard.", "aanval", "2025-06-03"),
]


@pytest.mark.parametrize(("lang", "text", "trigger", "value"), YEARS)
def test_a_year_of_another_thing_dates_no_event(pipeline, lang, text, trigger, value):  # type: ignore[no-untyped-def]
    doc, found = _events_told_by(pipeline, lang, text, trigger)
    assert found and found[0].when is not None and found[0].when.value == value, \
        [(e.type, e.trigger.text, e.when) for e in doc.events]


OTHER_CLAUSES = [  # a date in a relative clause on another noun dates that clause's verb, not the event
    ("en", "On Sunday, traders enforced a hartal across the district, demanding that the government reopen the "
           "quarries, which were shut in March.\n\nThe hartal paralysed the district.", "hartal", "2025-06-01"),
    ("nl", "Op zaterdag blokkeerden boeren de weg bij het provinciehuis, waar de Staten in maart het plan hadden "
           "aangenomen.", "blokkeerden", "2025-05-31"),
]


@pytest.mark.parametrize(("lang", "text", "trigger", "value"), OTHER_CLAUSES)
def test_a_date_of_another_relative_clause_dates_no_event(pipeline, lang, text, trigger, value):  # type: ignore[no-untyped-def]
    doc, found = _events_told_by(pipeline, lang, text, trigger)
    assert found and all(e.when is not None and e.when.value == value for e in found), \
        [(e.type, e.trigger.text, e.when) for e in doc.events]


def test_a_relative_clause_on_the_trigger_tells_its_date(pipeline):  # type: ignore[no-untyped-def]
    doc = kroniek.extract("Een staakt-het-vuren tussen Congo en Rwanda, dat in juli 2024 in Luanda was gesloten, hield "
                          "nog geen vier weken stand.", language="nl", published="2025-03-05", pipeline=pipeline)
    truce = [e for e in doc.events if e.type == "RETREAT"]
    assert truce and truce[0].when is not None and truce[0].when.value == "2024-07", [(e.type, e.when) for e in doc.events]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "On Saturday, protesters gathered outside the hotel. Police closed the road outside the hotel until the "
           "early hours of Sunday."),
    ("nl", "Op zaterdag verzamelden betogers zich bij het hotel. De politie sloot de weg bij het hotel tot in de "
           "vroege uurtjes van zondag."),
])
def test_the_end_of_a_span_of_hours_names_no_day(pipeline, lang, text):  # type: ignore[no-untyped-def]
    doc = kroniek.extract(text, language=lang, published="2025-06-03", pipeline=pipeline)
    closed = [e for e in doc.events if e.type == "COERCE"]
    assert closed and closed[0].when is not None and closed[0].when.value == "2025-05-31", \
        [(e.type, e.trigger.text, e.when) for e in doc.events]


SEQUENCE_DATES = [  # a duration before "after"/"nadat" dates the act it opens that far from the act told before it
    ("en", "The government declared a state of emergency on Thursday, a day after police clashed with protesters who "
           "had been blocking the highway.", "clashed", "2025-11-19"),
    ("en", "The airstrike on Sunday came two days after resistance fighters ambushed a junta convoy.", "ambushed",
     "2025-11-14"),
    ("nl", "De regering riep donderdag de noodtoestand uit, een dag nadat agenten met betogers slaags waren geraakt.",
     "slaags waren geraakt", "2025-11-19"),
    ("nl", "De politie viel zaterdag het kamp binnen, twee dagen na de bezetting van het plein.", "bezetting",
     "2025-11-13"),
    # ... not what a relative clause in it tells, nor a duration that says how long something lasted
    ("en", "The government declared a state of emergency on Thursday, a day after police clashed with protesters who "
           "had been blocking the highway.", "blocking", "2025-11-20"),
    ("en", "Residents blocked roads on Monday for two days after a raid.", "blocked", "2025-11-17"),
    ("nl", "Op maandag blokkeerden bewoners gedurende twee dagen na de inval de wegen.", "blokkeerden", "2025-11-17"),
]


@pytest.mark.parametrize(("lang", "text", "trigger", "value"), SEQUENCE_DATES)
def test_a_day_after_dates_the_act_it_opens(pipeline, lang, text, trigger, value):  # type: ignore[no-untyped-def]
    assert_dated(pipeline, lang, text, trigger, "2025-11-20", value)


# an irregular past the Dutch tagger calls present: the trigger's own lemma ("staken" of "in brand steken") or a
# past that is nothing else ("beval") makes the clause past, and a clock time its weekday placed moves with it
IRREGULAR_PASTS = [
    ("nl", "Rond het middaguur staken boeren woensdag strobalen in brand.", "staken", "2025-11-19"),
    ("nl", "De rector beval woensdag de sluiting van de studentenhuizen.", "sluiting", "2025-11-19"),
    ("en", "Around noon on Wednesday, farmers threw straw bales at the police.", "threw", "2025-11-19"),
    ("en", "On Wednesday the rector ordered the closure of the halls.", "closure", "2025-11-19"),
]


@pytest.mark.parametrize(("lang", "text", "trigger", "value"), IRREGULAR_PASTS)
def test_an_irregular_past_dates_a_weekday_in_the_week_before(pipeline, lang, text, trigger, value):  # type: ignore[no-untyped-def]
    assert_dated(pipeline, lang, text, trigger, "2025-11-21", value)


def test_a_plural_that_is_also_a_present_keeps_its_future_weekday(pipeline):  # type: ignore[no-untyped-def]
    doc = kroniek.extract("Leraren staken woensdag in heel het land.", language="nl", published="2025-11-21",
                          pipeline=pipeline)
    assert [(e.type, e.when.value if e.when else None) for e in doc.events] == [("PROTEST", "2025-11-26")]


@pytest.mark.parametrize(("lang", "text", "trigger"), [
    ("en", "Security forces on Monday stopped hundreds of teachers near Erbil. The marchers, who had left Sulaimani on "
           "Thursday, reached the checkpoint tired. Police detained 27 of them.", "detained"),
    ("nl", "De ME hield maandag honderden leraren tegen bij Erbil. De betogers, die donderdag uit Sulaimani waren "
           "vertrokken, bereikten vermoeid de controlepost. De politie arresteerde 27 van hen.", "arresteerde"),
])
def test_a_day_in_a_relative_clause_is_no_story_day(pipeline, lang, text, trigger):  # type: ignore[no-untyped-def]
    assert_dated(pipeline, lang, text, trigger, "2026-02-10", "2026-02-09")


def test_a_separable_verbs_weak_past_dates_its_clock_time_by_the_story(pipeline):  # type: ignore[no-untyped-def]
    # "ketenden ... vast" is the past of "vastketenen" even when the tagger calls it present
    text = "Woensdag kwam urenlang geen vrachtwagen het terrein op. Om 6.15 uur ketenden actievoerders zich vast aan het hek."
    doc = kroniek.extract(text, language="nl", published="2025-10-09", pipeline=pipeline)
    assert [(e.type, e.when.value if e.when else None) for e in doc.events] == [("PROTEST", "2025-10-08")]


@pytest.mark.parametrize(("lang", "text", "trigger", "value"), [
    # a date after a contrastive conjunction is another act's: the retelling before it lends the act no date
    ("nl", "Kédougou\n\nJongeren blokkeerden de weg naar de mijn en staken twee vrachtwagens in brand."
           "\n\nDe minister noemde de rellen onaanvaardbaar, maar beloofde dinsdag een overleg.", "blokkeerden",
     "2026-02-12"),
    ("en", "Kedougou\n\nYouths blocked the road to the mine and set two trucks on fire.\n\nThe minister called the "
           "riots unacceptable, but promised talks on Tuesday.", "blocked", "2026-02-12"),
    # a week told in the lead is the story's date for an undated act told later
    ("en", "A protest against the mine turned into riots last week.\n\nThe governor imposed a curfew the next day.\n\n"
           "Youths had blocked the road to the mine.", "blocked", "2026-W06"),
])
def test_a_retelling_and_a_week_date_the_story_as_told(pipeline, lang, text, trigger,
                                                                value):  # type: ignore[no-untyped-def]
    assert_dated(pipeline, lang, text, trigger, "2026-02-12", value)


@pytest.mark.parametrize(("lang", "text", "trigger"), [
    ("nl", "Kort nieuws\n\nDe bonden dreigen met een langere staking in november.", "dreigen"),
    ("en", "News in brief\n\nThe union threatened a strike on Monday.", "threatened"),
    ("nl", "Kort nieuws\n\nKomt er geen akkoord, dan leggen ze volgende week het werk neer, dreigen ze.", "dreigen"),
    # the act a verb names, whether or not it is an event of its own
    ("nl", "Kort nieuws\n\nDe organisatie dreigt de acties maandag uit te breiden naar Cusco.", "dreigt"),
    ("en", "News in brief\n\nThe organisation threatened to extend the blockades to Cusco on Monday.", "threatened"),
])
def test_a_threat_is_dated_when_it_is_made_not_by_the_act_it_threatens(pipeline, lang, text,
                                                                        trigger):  # type: ignore[no-untyped-def]
    assert_dated(pipeline, lang, text, trigger, "2026-10-16", "2026-10-16")


@pytest.mark.parametrize(("lang", "text", "trigger", "value"), [
    ("en", "Police arrest 14 protesters in Abuja\n\nPolice officers on Tuesday fired teargas at protesters in Abuja. The "
           "arrest of the 14 protesters drew condemnation on Wednesday from Amnesty International.", "arrest",
     "2026-03-17"),
    ("nl", "De politie ontruimt kamp\n\nDe politie greep dinsdag in bij het kamp. De ontruiming oogstte woensdag veel "
           "kritiek van de oppositie.", "ontruimt", "2026-03-17"),
])
def test_the_day_an_act_drew_criticism_is_not_the_day_of_the_act(pipeline, lang, text, trigger,
                                                                  value):  # type: ignore[no-untyped-def]
    assert_dated(pipeline, lang, text, trigger, "2026-03-18", value)


OWN_CLAUSE = [  # (lang, text, trigger, value on 2026-03-18, a Wednesday): a date of another clause, or of the act a
    # statement names, does not date the act (session 31)
    # a date below a noun of remembrance dates what is remembered, not the march that marks it
    ("en", "News\n\nOn Tuesday tens of thousands marched through central Athens to mark the 53rd anniversary of the "
           "1973 student uprising.", "marched", "2026-03-17"),
    ("nl", "Nieuws\n\nDinsdag betoogden tienduizenden mensen in Athene ter herdenking van de studentenopstand van 1973.",
     "betoogden", "2026-03-17"),
    # an ultimatum warned of is dated when it is made, not by the act it threatens
    ("en", "News\n\nThe association warned that drivers would stop work across the region from Monday if its "
           "members are not freed.", "warned", "2026-03-18"),
    ("nl", "Nieuws\n\nDe vakbond waarschuwde dat de chauffeurs vanaf maandag het werk zouden neerleggen als de leden "
           "niet worden vrijgelaten.", "waarschuwde", "2026-03-18"),
    # a date of a clause to come does not date a past act of another verb
    ("en", "News\n\nPolice said 46 people were detained, 14 of whom were later arrested and will appear before a "
           "prosecutor on Thursday.", "detained", "2026-03-18"),
    ("nl", "Nieuws\n\nDe politie hield 46 mensen aan, van wie er 14 donderdag zullen worden voorgeleid.",
     "hield 46 mensen aan", "2026-03-18"),
    # a call is dated when it is made, not by the act it asks for
    ("en", "News in brief\n\nThe union called for a strike on Monday.", "called for", "2026-03-18"),
    ("nl", "Kort nieuws\n\nDe vakbond riep op tot een staking op maandag.", "riep op", "2026-03-18"),
]


@pytest.mark.parametrize(("lang", "text", "trigger", "value"), OWN_CLAUSE)
def test_an_act_is_not_dated_by_another_clause_or_by_what_it_names(pipeline, lang, text, trigger,
                                                                    value):  # type: ignore[no-untyped-def]
    assert_dated(pipeline, lang, text, trigger, "2026-03-18", value)


@pytest.mark.parametrize(("lang", "text", "trigger", "published", "value"), [
    ("en", "News\n\nOne protester was killed in clashes that erupted late Monday in Nasiriyah, a security source told "
           "Shafaq News on Tuesday.", "killed", "2026-09-08", "2026-09-07"),
    ("nl", "Nieuws\n\nEen betoger is gedood bij rellen die maandagavond uitbraken in Nasiriya, zei een bron dinsdag "
           "tegen Shafaq News.", "rellen", "2026-09-08", "2026-09-07"),
])
def test_a_happening_is_dated_by_its_setting_not_by_its_telling(pipeline, lang, text, trigger, published,
                                                                 value):  # type: ignore[no-untyped-def]
    assert_dated(pipeline, lang, text, trigger, published, value)


@pytest.mark.parametrize(("lang", "text", "trigger", "value"), [
    ("nl", "Nieuws\n\nSinds maandag 12 oktober staken de mijnwerkers in Puno. Demonstranten blokkeren sindsdien de weg "
           "naar Juliaca.", "blokkeren", "2026-10-12"),
    ("en", "News\n\nMiners in Puno went on strike on Monday, October 12. Protesters have blocked the road to Juliaca "
           "since then.", "blocked", "2026-10-12"),
    ("nl", "Nieuws\n\nOp dinsdag 13 oktober bestormden honderden betogers de luchthaven. De politie zette traangas in. "
           "Daarbij zijn minstens 40 mensen aangehouden.", "aangehouden", "2026-10-13"),
])
def test_an_act_tied_to_the_act_before_takes_its_date(pipeline, lang, text, trigger,
                                                      value):  # type: ignore[no-untyped-def]
    assert_dated(pipeline, lang, text, trigger, "2026-10-15", value)


def test_a_telegraphic_next_day_dates_by_the_day_before(pipeline):  # type: ignore[no-untyped-def]
    assert_dated(pipeline, "en", "News\n\nThe government on 1 October postponed the elections. Opposition coalition "
                 "FVG next day denounced a coup.", "denounced", "2026-11-02", "2026-10-02")


CHANNEL = [
    ("nl", "Actiekanaal\n\n17 oktober\n\nGasalarm\nWe blokkeren de terminal op twee plaatsen.\n👁 5,8K  09:44\n\n"
           "Gasalarm\nWij beschuldigen de politie van buitensporig geweld.\n👁 9,2K  12:26\n\n18 oktober\n\n"
           "Gasalarm\nFluxys dient klacht in tegen de actievoerders.\n👁 5,3K  10:08\n"),
    ("en", "Action channel\n\n17 October\n\nClimate Action\nWe are blocking the terminal in two places.\n"
           "👁 5.8K  09:44\n\nClimate Action\nWe accuse the police of excessive force.\n👁 9.2K  12:26\n\n"
           "18 October\n\nClimate Action\nThe operator has filed a complaint against the activists.\n👁 5.3K  10:08\n"),
]


CROWD_MAP = [  # the list's subtitle names the month: a report's own stamp line dates it, not the month
    ("nl", "Meldingen\nGemeld door bewoners · Onrust, oktober 2026\n\n#21 · GECONTROLEERD · 18 okt 2026 09:10\n"
           "Blokkade bij de haven\nActievoerders blokkeren de toegangsweg met trekkers.\n\n"
           "#17 · NIET GECONTROLEERD · 16 okt 2026 16:30\nSchoten bij de markt\nCategorie: Politieoptreden\n"
           "Agenten schoten op jongeren bij de markt.\n"),
    ("en", "Incident Watch\nCrowdsourced reports · Port unrest, October 2026\n\n#21 · VERIFIED · 18 Oct 2026 09:10\n"
           "Blockade at the port\nActivists are blocking the access road with tractors.\n\n"
           "#17 · UNVERIFIED · 16 Oct 2026 16:30\nShooting at the market\nCategory: Police action\n"
           "Police fired at youths blocking the road near the market.\n"),
]


@pytest.mark.parametrize(("lang", "text"), CROWD_MAP)
def test_a_report_under_its_stamp_line_happened_on_that_day(pipeline, lang, text):  # type: ignore[no-untyped-def]
    doc = kroniek.extract(text, language=lang, published="2026-10-18", pipeline=pipeline)
    dates = {e.type: e.when.value for e in doc.events if e.when}
    assert dates.get("ASSAULT") == "2026-10-16" and "2026-10-18" in {
        e.when.value for e in doc.events if e.type == "PROTEST" and e.when}, doc.events


INCIDENT_LOG = [  # each entry's stamp dates what it tells in the present; the briefing is of a later day
    ("nl", "Veiligheidsbriefing | dinsdag 13 oktober 2026\n\nIncidenten (afgelopen 72 uur)\n"
           "[10/10, 06:00] La María – Zo'n 8.000 betogers blokkeren de weg met stenen.\n"
           "[11/10, 15:40] Piendamó – Betogers bekogelen agenten met stenen.\n"),
    ("en", "Security briefing | Tuesday 13 October 2026\n\nIncidents (past 72 hours)\n"
           "[10 Oct, 06:00] La María – Some 8,000 protesters block the road with rocks.\n"
           "[11 Oct, 15:40] Piendamó – Protesters pelt officers with stones.\n"),
]


@pytest.mark.parametrize(("lang", "text"), INCIDENT_LOG)
def test_an_entry_of_an_incident_log_happened_on_its_stamp_s_day(pipeline, lang, text):  # type: ignore[no-untyped-def]
    doc = kroniek.extract(text, language=lang, published="2026-10-13", pipeline=pipeline)
    dates = {e.type: e.when.value for e in doc.events if e.when}
    assert dates.get("PROTEST") == "2026-10-10" and dates.get("ASSAULT") == "2026-10-11", doc.events


DATED_HEADINGS = [  # a day the update names goes on dating its story; a statement in the present is the update's
    ("nl", "Petitie\n\nNieuws\n\n27 november 2026 – Petitie aangeboden\nWoensdagavond boden we de petitie aan.\n\n"
           "15 november 2026 – Mars door de stad\nZaterdag liepen ruim 3.000 mensen mee. Bij het stadhuis "
           "bekogelden betogers de ME met vuurwerk. Wij nemen afstand van dat geweld.\n"),
    ("en", "Petition\n\nNews\n\n27 November 2026 – Petition handed in\nOn Wednesday evening we handed in the "
           "petition.\n\n15 November 2026 – March through the city\nOn Saturday more than 3,000 people marched. "
           "At the city hall protesters pelted the riot police with fireworks. We distance ourselves from that "
           "violence.\n"),
]


@pytest.mark.parametrize(("lang", "text"), DATED_HEADINGS)
def test_an_update_under_a_dated_heading_keeps_the_day_it_names(pipeline, lang, text):  # type: ignore[no-untyped-def]
    doc = kroniek.extract(text, language=lang, published="2026-11-27", pipeline=pipeline)
    dates = {e.type: e.when.value for e in doc.events if e.when}
    assert dates.get("ASSAULT") == "2026-11-14" and dates.get("ACCUSE") == "2026-11-15", doc.events


CONSIDERATIONS = [  # an ordinance's list of facts: a perfect in a later item goes on the night an item before names
    ("nl", "Noodverordening\n\nDe burgemeester van Arnhem, overwegende dat:\n– in de nacht van zondag 1 op maandag 2 "
           "november 2026 jongeren stenen naar de politie hebben gegooid;\n– volgens de politie 150 personen betrokken "
           "waren;\n– de Mobiele Eenheid 23 personen heeft aangehouden;\n"),
    ("en", "Emergency order\n\nThe mayor of Arnhem, considering that:\n– on the night of 1 to 2 November 2026 youths "
           "threw stones at the police;\n– according to the police 150 people took part;\n– riot police have "
           "detained 23 people;\n"),
    ("nl", "Petitie\n\nWij constateren dat\n• de ME op donderdag 12 november 2026 het kraakpand heeft ontruimd;\n"
           "• agenten daarbij met wapenstokken hebben ingeslagen;\n• volgens de politie 9 krakers zijn aangehouden;\n"),
]


@pytest.mark.parametrize(("lang", "text"), CONSIDERATIONS)
def test_a_perfect_in_a_list_of_facts_goes_on_the_day_an_item_before_names(pipeline, lang,
                                                                          text):  # type: ignore[no-untyped-def]
    doc = kroniek.extract(text, language=lang, published="2026-11-27", pipeline=pipeline)
    assert [e.when.value[:10] for e in doc.events if e.mode == "arrest" and e.when] in (
        ["2026-11-01"], ["2026-11-12"]), doc.events


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Nieuws\n\nOp zondag gooiden jongeren stenen naar de politie. De burgemeester heeft het geweld "
           "veroordeeld."),
    ("en", "News\n\nOn Sunday youths threw stones at the police. The mayor has condemned the violence."),
])
def test_a_perfect_outside_a_list_tells_news_of_the_day(pipeline, lang, text):  # type: ignore[no-untyped-def]
    doc = kroniek.extract(text, language=lang, published="2026-11-03", pipeline=pipeline)
    assert [e.when.value for e in doc.events if e.type == "ACCUSE" and e.when] == ["2026-11-03"], doc.events


@pytest.mark.parametrize(("lang", "text"), CHANNEL)
def test_a_post_under_a_day_header_happened_on_that_day(pipeline, lang, text):  # type: ignore[no-untyped-def]
    doc = kroniek.extract(text, language=lang, published="2026-10-18", pipeline=pipeline)
    dates: dict[str, str] = {}
    for e in doc.events:  # the first of each type (the complaint filed on the 18th is an accusation too)
        if e.when:
            dates.setdefault(e.type, e.when.value)
    assert dates.get("PROTEST") == "2026-10-17" and dates.get("ACCUSE") == "2026-10-17", doc.events


@pytest.mark.parametrize(("lang", "text", "trigger"), [
    ("nl", "Nieuws\n\nMVV veroordeelt de ongeregeldheden rond de thuiswedstrijd van zaterdagavond ten scherpste.",
     "veroordeelt"),
    ("en", "News\n\nThe Senate rejects the decision of the university management on Friday to shut the campus.",
     "rejects"),
    ("en", "News\n\nThe farmers rejected a government offer to pay the overdue aid by the end of February.", "rejected"),
])
def test_a_reaction_is_not_dated_by_the_day_of_what_it_reacts_to(pipeline, lang, text,
                                                                 trigger):  # type: ignore[no-untyped-def]
    doc = kroniek.extract(text, language=lang, published="2026-09-21", pipeline=pipeline)
    assert [e.when.value for e in doc.events if e.trigger.text == trigger and e.when] == ["2026-09-21"], doc.events


def test_a_participle_that_modifies_a_noun_tells_an_act_done(pipeline):  # type: ignore[no-untyped-def]
    text = ("News\n\nOn Thursday, police attacked students at the campus in Ibadan. The union demands the release of the "
            "47 students arrested at Mokola.")
    doc = kroniek.extract(text, language="en", published="2026-10-10", pipeline=pipeline)
    assert [e.when.value for e in doc.events if e.trigger.text == "arrested" and e.when] == ["2026-10-08"], doc.events


def test_a_participle_in_a_noun_phrase_does_not_make_its_clause_past(pipeline):  # type: ignore[no-untyped-def]
    text = "News\n\nLeftist groups have called a rally on Friday to demand the release of those arrested."
    doc = kroniek.extract(text, language="en", published="2026-11-16", pipeline=pipeline)
    assert [e.when.value for e in doc.events if e.trigger.text == "demand" and e.when] == ["2026-11-20"], doc.events


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Nieuws\n\nHet CRIC stelt een ultimatum: komt de minister tegen donderdag niet, dan breidt de minga de "
           "blokkades uit."),
    ("en", "News\n\nThe CRIC has issued an ultimatum: if the minister does not come by Thursday, the minga will "
           "extend the blockades."),
])
def test_an_ultimatum_is_dated_when_it_is_set_not_by_its_terms(pipeline, lang, text):  # type: ignore[no-untyped-def]
    doc = kroniek.extract(text, language=lang, published="2026-10-13", pipeline=pipeline)
    assert [(e.when.value, e.modality) for e in doc.events if e.type == "THREATEN" and e.when] == [
        ("2026-10-13", "asserted")], doc.events


@pytest.mark.parametrize(("lang", "text", "trigger"), [
    ("nl", "Arbeiders betogen tegen gewelddadige uiteendrijving van stakerspiket\n\nDe staking begon op 9 november. "
           "Op 20 november beval de minister de stakers weer aan het werk te gaan. Voor zonsopgang op maandag 23 "
           "november braken zo'n 300 agenten en bewakers het stakerspiket af. Getuigen zeiden dat de politie een "
           "waterkanon op stakers richtte.", "waterkanon"),
    ("en", "Workers rally against violent dispersal of Sunwell picket line\n\nThe strike began on November 9. On "
           "November 20 the minister ordered the strikers back to work. Before dawn on Monday, November 23, around 300 "
           "police and company guards tore down the picket line. Witnesses said police fired a water cannon at "
           "strikers.", "fired"),
])
def test_an_act_goes_on_where_an_earlier_event_was_told_again(pipeline, lang, text,
                                                              trigger):  # type: ignore[no-untyped-def]
    """The picket torn down on the 23rd is the title's dispersal, merged into it: the water cannon after it is told
    on the 23rd, not on the day of the order before."""
    doc = kroniek.extract(text, language=lang, published="2026-11-26", pipeline=pipeline)
    assert [e.when.value for e in doc.events if e.trigger.text == trigger and e.when] == ["2026-11-23"], doc.events


@pytest.mark.parametrize(("lang", "text", "trigger"), [
    ("nl", "Nieuws\n\nVerzet Groene Hart beschuldigt de burgemeester ervan \"de straat aan relschoppers te geven\" en "
           "kondigt voor 21 november een nieuwe demonstratie in Gouda aan.", "beschuldigt"),
    ("nl", "Nieuws\n\nStop de Heffing noemt dat \"pure intimidatie\" en dreigt dinsdag de Maasvlakte plat te leggen.",
     "noemt"),
    ("en", "News\n\nThe action group calls it \"pure intimidation\" and threatens to shut down the port on Tuesday.",
     "calls"),
])
def test_a_day_ahead_in_a_later_conjunct_dates_that_conjunct(pipeline, lang, text,
                                                              trigger):  # type: ignore[no-untyped-def]
    """The statement made now is dated by the publication; the day ahead is the announced or threatened act's."""
    doc = kroniek.extract(text, language=lang, published="2026-11-09", pipeline=pipeline)
    e = next(e for e in doc.events if e.trigger.text == trigger)
    assert (e.when.value if e.when else None, e.modality) == ("2026-11-09", "asserted"), e


@pytest.mark.parametrize(("lang", "text", "trigger", "day"), [
    ("en", "News\n\nPolice cleared the square on Sunday. The union condemned the clearance.", "condemned", "2026-11-23"),
    ("nl", "Nieuws\n\nDe politie ontruimde zondag het plein. De vakbond veroordeelde de ontruiming.", "veroordeelde",
     "2026-11-23"),
    # a refusal on the spot is an act of the happening
    ("en", "News\n\nPolice cleared the square on Sunday. A small group refused to move.", "refused", "2026-11-22"),
    ("nl", "Nieuws\n\nDe politie ontruimde zondag het plein. Een kleine groep weigerde te vertrekken.", "weigerde",
     "2026-11-22"),
])
def test_a_reproach_with_no_day_of_its_own_is_dated_by_its_telling(pipeline, lang, text, trigger,
                                                                    day):  # type: ignore[no-untyped-def]
    doc = kroniek.extract(text, language=lang, published="2026-11-23", pipeline=pipeline)
    e = next(e for e in doc.events if e.trigger.text == trigger)
    assert e.when is not None and e.when.value == day, e


@pytest.mark.parametrize(("lang", "text", "dates"), [
    ("nl", "Weekoverzicht\n\nDi 03/11 | Kortrijk\nDe vakbonden betoogden tegen de sluiting.\n\n"
           "Wo 04/11 - vr 06/11 | Kuurne\nStakende werknemers hielden drie dagen een piket aan de poort. "
           "Vrijdagvoormiddag kwam een deurwaarder langs. Twee militanten weigerden te vertrekken en werden aangehouden.",
     {"betoogden": "2026-11-03", "Stakende": "2026-11-04", "weigerden": "2026-11-06", "aangehouden": "2026-11-06"}),
    ("en", "Weekly overview\n\nTue 3 Nov | Kortrijk\nThe unions marched against the closure.\n\n"
           "Wed 4 Nov - Fri 6 Nov | Kuurne\nStriking workers held a picket at the gate for three days. "
           "On Friday morning a bailiff came. Two militants refused to leave and were arrested.",
     {"marched": "2026-11-03", "picket": "2026-11-04", "refused": "2026-11-06", "arrested": "2026-11-06"}),
])
def test_an_overview_s_items_are_dated_by_their_header_and_the_day_part_told_in_them(
        pipeline, lang, text, dates):  # type: ignore[no-untyped-def]
    """Not by the end of the header's range, and a day part ("Vrijdagvoormiddag") dates the acts told after it."""
    doc = kroniek.extract(text, language=lang, published="2026-11-09", pipeline=pipeline)
    found = {e.trigger.text: e.when.value for e in doc.events if e.when}
    assert {w: v for w, v in found.items() if w in dates} == dates, found
