"""Trigger detection: other senses of trigger words (the sense table ``events_senses.tsv``), sports pages with
war metaphors, and wire-style conflict vocabulary, in Dutch and English.

The sentences are written for these tests (not taken from any corpus).
"""

from __future__ import annotations

import pytest

import kroniek

PUBLISHED = "2025-03-14"


def extract(pipeline, text: str, lang: str):  # type: ignore[no-untyped-def]
    return kroniek.extract(text, language=lang, published=PUBLISHED, pipeline=pipeline)


def kinds(doc) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    return [(e.type, e.mode) for e in doc.events]


# --------------------------------------------------------------------------- other senses of trigger words
OTHER_SENSES = [
    ("nl", "De club kreeg vorig jaar nog een forse belastingaanslag van de fiscus."),
    ("nl", "De burgemeester noemde het besluit een aanslag op onze democratie."),
    ("nl", "Het college wil het voorstel van de oppositie niet oppakken."),
    ("nl", "Wie denkt dat hij met geweld de politiek kan sturen, vergist zich."),
    ("nl", "Tijdens de inspraakavond legden bewoners de wethouder flink het vuur aan de schenen."),
    ("nl", "De minister ligt onder vuur vanwege het nieuwe asielbeleid."),
    ("en", "The government has decided to take a shot at that tradition."),
    ("en", "The Home Office is under fire for the new policing bill."),
    ("en", "Ministers clashed over the budget during a televised debate on Tuesday."),
    ("en", "The mayor called the decision an attack on democracy."),
    ("en", "The senator killed the bill in committee last week."),
    ("en", "Reporters bombarded the minister with questions about the budget."),
    ("nl", "Toch groeit de onrust onder het personeel van de thuiszorg."),
    ("nl", "Volgens de luchthaven liepen zeker veertig vluchten vertraging op."),
    ("nl", "Agenten zaten in een patrouillewagen bij het station."),
    ("en", "There is growing unrest among staff at the hospital."),
    ("en", "At least forty flights were delayed at the airport."),
    ("en", "Two officers sat in a patrol car near the station."),
    ("en", "Officers in riot gear stood outside the town hall."),
    ("en", "Riot police waited near the stadium gates."),
]


def test_a_riot_next_to_riot_gear_is_still_a_riot(pipeline):  # type: ignore[no-untyped-def]
    """The "next" scope looks at the one word after the trigger: the riot the officers broke up stays."""
    doc = extract(pipeline, "Officers in riot gear broke up a riot outside the stadium.", "en")
    assert [e.trigger.start for e in doc.events if e.type == "PROTEST"] == [doc.text.rindex("riot")]


@pytest.mark.parametrize(("lang", "text"), OTHER_SENSES)
def test_another_sense_of_a_trigger_word_is_no_event(pipeline, lang, text):  # type: ignore[no-untyped-def]
    assert kinds(extract(pipeline, text, lang)) == []


CRITICISM = [
    ("nl", "Het plan leverde de gemeente een storm van kritiek op."),
    ("en", "A barrage of criticism from retired judges followed the bill's publication."),
]


@pytest.mark.parametrize(("lang", "text"), CRITICISM)
def test_a_storm_of_criticism_is_no_violence(pipeline, lang, text):  # type: ignore[no-untyped-def]
    assert not {t for t, _ in kinds(extract(pipeline, text, lang))} & {"ASSAULT", "PROTEST"}


# --------------------------------------------------------------------------- sports pages
SPORTS_PAGES = [
    ("nl", "SPORT\n\nDerby eindigt in nederlaag voor Excelsior\n\nSparta zette vanaf de aftrap de aanval in. "
           "Na twintig minuten volgde een bombardement op het doel. In de tweede helft sneuvelde Excelsior alsnog."),
    ("en", "SPORT\n\nRovers edge past City in the derby\n\nRovers launched an attack from the kick-off. After twenty "
           "minutes came a bombardment of the City goal. In the second half City were finally killed off."),
]


@pytest.mark.parametrize(("lang", "text"), SPORTS_PAGES)
def test_war_metaphors_on_a_sports_page_are_no_events(pipeline, lang, text):  # type: ignore[no-untyped-def]
    assert kinds(extract(pipeline, text, lang)) == []


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "In de tweede helft viel de spits de verdediging aan."),  # two words with a sports sense together
    ("en", "The striker attacked down the left in the second half of the match."),
    ("nl", "De keeper viel de spits aan."),  # one word with no other sense
])
def test_war_metaphors_in_a_sentence_that_reads_as_sport_are_no_events(pipeline, lang, text):  # type: ignore[no-untyped-def]
    assert "ASSAULT" not in [t for t, _ in kinds(extract(pipeline, text, lang))]


FAN_VIOLENCE = [
    ("nl", "SPORT\n\nDerby eindigt in chaos\n\nSparta zette vanaf de aftrap de aanval in. Na afloop bekogelden supporters "
           "de ME met stenen."),
    ("en", "SPORT\n\nTrouble after derby\n\nRovers launched an attack from the kick-off. After the match fans "
           "attacked police officers with bottles."),
]


@pytest.mark.parametrize(("lang", "text"), FAN_VIOLENCE)
def test_fan_violence_on_a_sports_page_is_one_assault(pipeline, lang, text):  # type: ignore[no-untyped-def]
    assert [t for t, _ in kinds(extract(pipeline, text, lang))] == ["ASSAULT"]


# --------------------------------------------------------------------------- wire-style conflict vocabulary
WIRE = [
    ("en", "In Mogadishu, police charged with batons at dozens of young men near a checkpoint.", ("ASSAULT", "crowd-control")),
    ("en", "Riot police baton-charged the crowd outside the stadium.", ("ASSAULT", "crowd-control")),
    ("en", "Dozens of youths threw stones at a police checkpoint in Hebron.", ("PROTEST", "riot")),
    ("en", "At least 20 of them were arrested.", ("COERCE", "arrest")),
    ("en", "Police announced the arrest of four suspects on Friday.", ("COERCE", "arrest")),
    ("en", "The arrests of six activists in Lagos drew condemnation.", ("COERCE", "arrest")),
    ("en", "Troops repelled an attack on a base near Gao.", ("ASSAULT", None)),
    ("en", "Soldiers fended off an assault on their camp near Gao.", ("ASSAULT", None)),
    ("en", "Gunmen ambushed a convoy near Gao.", ("ASSAULT", None)),
    ("en", "Security forces seized an arms cache in the town.", ("COERCE", "seize")),
    ("en", "Engineers defused a roadside IED near the bridge.", ("ASSAULT", "explosives")),
    ("en", "Air defences intercepted two drones over the city.", ("ASSAULT", "explosives")),
    ("en", "Gunmen opened fire on a bus near Gao.", ("ASSAULT", "firearms")),
    ("en", "Authorities imposed a dusk-to-dawn curfew in Gao.", ("COERCE", "restrict")),
    ("nl", "De politie chargeerde met wapenstokken tegen tientallen jongeren.", ("ASSAULT", "crowd-control")),
    ("nl", "Tientallen jongeren bekogelden een politiepost in Hebron met stenen.", ("ASSAULT", None)),
    ("nl", "Zeker twintig van hen werden aangehouden.", ("COERCE", "arrest")),
    ("nl", "De politie maakte vrijdag de aanhouding van vier verdachten bekend.", ("COERCE", "arrest")),
    ("nl", "Militairen sloegen een aanval op hun basis bij Gao af.", ("ASSAULT", None)),
    ("nl", "Veiligheidstroepen namen een wapenopslag in beslag in de stad.", ("COERCE", "seize")),
    ("nl", "Genisten hebben een bermbom bij de brug onschadelijk gemaakt.", ("ASSAULT", "explosives")),
    ("nl", "Gewapende mannen openden het vuur op een bus bij Gao.", ("ASSAULT", "firearms")),
    ("nl", "Gewapende mannen hebben een konvooi bij Gao in een hinderlaag gelokt.", ("ASSAULT", None)),
]


@pytest.mark.parametrize(("lang", "text", "kind"), WIRE)
def test_wire_conflict_vocabulary(pipeline, lang, text, kind):  # type: ignore[no-untyped-def]
    found = kinds(extract(pipeline, text, lang))
    assert any(t == kind[0] and (kind[1] is None or m == kind[1]) for t, m in found), found


SUPPORTER_ARRESTS = [
    ("nl", "Na de derby zijn zondagavond in Rotterdam 312 supporters aangehouden.", 312),
    ("en", "After the derby 312 supporters were arrested in Rotterdam on Sunday evening.", 312),
]


@pytest.mark.parametrize(("lang", "text", "low"), SUPPORTER_ARRESTS)
def test_arrested_supporters_are_counted(pipeline, lang, text, low):  # type: ignore[no-untyped-def]
    doc = extract(pipeline, text, lang)
    assert [(e.type, [(s.slot, s.low) for s in e.size]) for e in doc.events] == [("COERCE", [("arrested", low)])]


RIOT_TOLLS = [
    ("en", "A police officer was injured when a group of young men threw stones at a patrol car.", ["PROTEST"]),
    ("nl", "Een agent raakte gewond toen een groep jongeren stenen naar een politieauto gooide.", ["ASSAULT"]),
    ("en", "The union has announced a national day of action in Leeds.", ["PROTEST"]),
    ("nl", "De vakbond heeft een landelijke actiedag aangekondigd in Utrecht.", ["PROTEST"]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RIOT_TOLLS)
def test_an_injury_beside_a_riot_is_its_toll_and_a_day_of_action_is_a_protest(pipeline, lang, text, expected):  # type: ignore[no-untyped-def]
    assert [t for t, _ in kinds(extract(pipeline, text, lang))] == expected


# --------------------------------------------------------------------------- hyphenated modifiers
HYPHENATED = [
    ("en", "Workers held one-day strikes in Lagos.", "PROTEST", "Workers"),
    ("en", "Workers staged a three-hour strike in Lagos.", "PROTEST", "Workers"),
    ("en", "Rebels launched a two-pronged attack on the town.", "ASSAULT", "Rebels"),
    ("en", "Police carried out a pre-dawn raid on the camp.", "COERCE", "Police"),
    ("en", "Al-Shabaab attacked the base.", "ASSAULT", "Al-Shabaab"),  # a capitalized one is a name, the subject
    ("nl", "Het personeel hield een 24-uursstaking in Utrecht.", "PROTEST", "Het personeel"),
    ("nl", "Boeren hielden een twee-daagse blokkade bij de grens.", "PROTEST", "Boeren"),
]


@pytest.mark.parametrize(("lang", "text", "etype", "actor"), HYPHENATED)
def test_a_hyphenated_modifier_makes_the_trigger_a_noun_of_its_clause(pipeline, lang, text, etype, actor):  # type: ignore[no-untyped-def]
    """"a one-day strike": the word after a lower-case hyphenated modifier is a noun, not a verb whose subject would
    be "-day"; a hyphen glued inside a word ends no clause (the support verb "held" stays in the noun's clause),
    and a word that starts with a digit ("24-uursstaking") is still a word."""
    doc = extract(pipeline, text, lang)
    assert [(e.type, [a.text for a in e.actors]) for e in doc.events] == [(etype, [actor])]


# --------------------------------------------------------------------------- street violence, coups, closures
STREET_VIOLENCE = [
    ("nl", "Een man sloeg een agent in het gezicht.", "ASSAULT"),
    ("nl", "Twee agenten werden bespuugd en geschopt.", "ASSAULT"),
    ("nl", "De verdachte stompte een portier.", "ASSAULT"),
    ("nl", "Een omstander werd door een activist tegen de grond geduwd.", "ASSAULT"),
    ("en", "A man punched a police officer in the face.", "ASSAULT"),
    ("en", "She was hit with a baton during the protest.", "ASSAULT"),
    ("en", "Several students were pushed to the ground by officers.", "ASSAULT"),
    ("en", "Fans kicked a steward outside the ground.", "ASSAULT"),
    ("nl", "Ook werden ruiten van het gemeentehuis ingegooid.", "ASSAULT"),  # windows smashed: a destruction
    ("nl", "Een cameraman van de zender Formula werd door agenten geslagen.", "ASSAULT"),
    ("en", "A constable was kicked in the face by a man being carried from the gate.", "ASSAULT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), STREET_VIOLENCE)
def test_blows_kicks_and_shoves_are_assaults(pipeline, lang, text, etype):  # type: ignore[no-untyped-def]
    assert etype in {t for t, _ in kinds(extract(pipeline, text, lang))}


NO_BLOWS = [
    ("nl", "De buurtbewoners sloegen alarm over de overlast."),
    ("nl", "Een groep jongeren schopte keet op het plein."),
    ("nl", "De minister trapte in de val van de oppositie."),
    ("en", "The comedian delivered the punch line with a grin."),
    ("en", "The EU slapped a ban on British beef imports."),
    ("en", "The match kicked off at three o'clock."),
    ("en", "The new curfew kicked in at midnight."),
    ("nl", "Politie en gemeente sloegen de handen ineen tegen de overlast."),
]


@pytest.mark.parametrize(("lang", "text"), NO_BLOWS)
def test_idioms_with_blow_verbs_are_no_assaults(pipeline, lang, text):  # type: ignore[no-untyped-def]
    assert "ASSAULT" not in {t for t, _ in kinds(extract(pipeline, text, lang))}


COUPS = [
    ("nl", "Militairen hebben de macht gegrepen in Burkina Faso."),
    ("nl", "Het leger heeft president Kaboré afgezet."),
    ("nl", "Na de staatsgreep sprak de junta van een nieuw begin."),
    ("en", "Soldiers seized power in Niger on Wednesday."),
    ("en", "The army ousted President Bazoum in a coup."),
]


@pytest.mark.parametrize(("lang", "text"), COUPS)
def test_a_coup_is_coercion(pipeline, lang, text):  # type: ignore[no-untyped-def]
    assert "COERCE" in {t for t, _ in kinds(extract(pipeline, text, lang))}


MORE_COERCION = [
    ("nl", "Hij werd aangehouden op verdenking van poging tot doodslag.", ("COERCE", "arrest")),
    ("nl", "Zij werden later op de avond aangehouden.", ("COERCE", "arrest")),
    ("nl", "De burgemeester heeft besloten het café voor zes maanden te sluiten.", ("COERCE", "restrict")),
    ("en", "Traders observed a strike across the city.", ("PROTEST", "strike")),
    ("nl", "De landsgrenzen zijn met onmiddellijke ingang gesloten.", ("COERCE", "restrict")),  # a compound's head
    # a court's "veroordelen" is a sentence, whether or not the clause names the prison term
    ("nl", "De rechtbank heeft donderdag vijf mannen veroordeeld voor de rellen.", ("COERCE", "arrest")),
    ("nl", "Hij werd veroordeeld wegens openlijke geweldpleging.", ("COERCE", "arrest")),
]


@pytest.mark.parametrize(("lang", "text", "kind"), MORE_COERCION)
def test_arrests_by_pronoun_closures_and_observed_strikes(pipeline, lang, text, kind):  # type: ignore[no-untyped-def]
    """"Hij werd aangehouden": a pronoun or "op verdenking van" names the person arrested as a noun does; a mayor's
    closure of a café is a restriction; a strike is "observed" in South Asian English."""
    assert kind in kinds(extract(pipeline, text, lang))


CLOSURES = [  # an authority closing a road, a station, a school is a restriction
    ("nl", "De MIVB sloot het station tot dinsdagochtend.", ("COERCE", "restrict")),
    ("nl", "Het ministerie van Onderwijs sloot alle scholen in beide districten.", ("COERCE", "restrict")),
    ("en", "Police closed the road outside the hotel until the early hours of Sunday.", ("COERCE", "restrict")),
    ("en", "The education department closed 14 schools in the area.", ("COERCE", "restrict")),
    ("en", "Schools in the old city will stay shut on Wednesday.", ("COERCE", "restrict")),
    # vandalism is a destruction, as "vernielen" is; a hartal is a general strike
    ("en", "Picketers vandalised at least 12 vehicles on the highway.", ("ASSAULT", "destroy")),
    ("en", "Shops were closed across the district during a hartal yesterday.", ("PROTEST", "strike")),
]


@pytest.mark.parametrize(("lang", "text", "kind"), CLOSURES)
def test_closures_vandalism_and_hartals(pipeline, lang, text, kind):  # type: ignore[no-untyped-def]
    assert kind in kinds(extract(pipeline, text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "35 hurt as picketers clash with police at Bholaganj"),
    ("nl", "Stakers en agenten raakten slaags bij de poort van de fabriek."),
])
def test_a_clash_of_pickets_or_strikers_is_a_riot(pipeline, lang, text):  # type: ignore[no-untyped-def]
    assert ("PROTEST", "riot") in kinds(extract(pipeline, text, lang))


NOT_CLOSURES = [
    ("nl", "De partijen sloten een akkoord over de school.", ("COERCE", "restrict")),
    ("en", "A protester stood close to the station.", ("COERCE", "restrict")),
    ("en", "Most shops remained closed during the strike.", ("COERCE", "restrict")),
]


@pytest.mark.parametrize(("lang", "text", "kind"), NOT_CLOSURES)
def test_an_agreement_closeness_or_a_strike_shut_is_no_closure(pipeline, lang, text, kind):  # type: ignore[no-untyped-def]
    assert kind not in kinds(extract(pipeline, text, lang))


ORDERS_AND_WARNINGS = [
    ("en", "Police ordered the crowd to disperse.", "REQUEST"),
    ("en", "The court ordered the government to release the activists.", "REQUEST"),
    ("nl", "De burgemeester beval de menigte het plein te verlaten.", "REQUEST"),
    ("en", "Union leaders warned that the strike would be extended.", "THREATEN"),
    ("en", "The university warned that students who return could be suspended.", "THREATEN"),
    ("nl", "De vakbond waarschuwde dat de staking zal worden verlengd.", "THREATEN"),
    ("en", "Administrators told protesters to remove the tents by 8 p.m. or face arrest.", "THREATEN"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), ORDERS_AND_WARNINGS)
def test_orders_are_requests_and_warnings_of_coercion_are_threats(pipeline, lang, text, etype):  # type: ignore[no-untyped-def]
    """An order is a demand, not the act ordered ("ordered the crowd to disperse" is no dispersal); a warning that a
    strike, a suspension or an arrest will follow, and an ultimatum "or face arrest", are threats."""
    assert etype in {t for t, _ in kinds(extract(pipeline, text, lang))}


NO_ORDERS_OR_WARNINGS = [
    ("en", "Economists warned that prices would rise."),
    ("en", "The plan was changed in order to save money."),
    ("nl", "Economen waarschuwden dat de prijzen zullen stijgen."),
]


@pytest.mark.parametrize(("lang", "text"), NO_ORDERS_OR_WARNINGS)
def test_a_warning_of_no_act_is_no_threat(pipeline, lang, text):  # type: ignore[no-untyped-def]
    assert kinds(extract(pipeline, text, lang)) == []


DATE_PREPOSITIONS = [
    ("en", "Mr Kane's party says it will call a general strike on Thursday if he is not freed.", "THREATEN"),  # not REQUEST
    ("en", "The union called on workers to strike.", "REQUEST"),
    ("nl", "De vakbond riep de leden op om te staken.", "REQUEST"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), DATE_PREPOSITIONS)
def test_the_preposition_of_a_date_is_no_particle_of_the_verb(pipeline, lang, text, etype):  # type: ignore[no-untyped-def]
    """"call ... on Thursday" is no "call on" (a request); "called on workers" is."""
    doc = kroniek.extract(text, language=lang, published="2024-07-03", pipeline=pipeline)
    assert [e.type for e in doc.events][:1] == [etype], [(e.type, e.trigger.text) for e in doc.events]


ENDED_OCCUPATIONS = [  # force that ends an occupation, a sit-in or a blockade; the occupation by protesters itself
    ("nl", "Dinsdag maakte de ME een eind aan de bezetting van een leegstaande fabriek.", ("ASSAULT", "crowd-control")),
    ("nl", "Dinsdag maakte de ME een eind aan de bezetting van een leegstaande fabriek.", ("PROTEST", "obstruct")),
    ("nl", "Donderdag greep de politie in bij het station, waar stakers de sporen bezetten.", ("ASSAULT", "crowd-control")),
    ("nl", "Donderdag greep de politie in bij het station, waar stakers de sporen bezetten.", ("PROTEST", "obstruct")),
    ("nl", "De politie heeft het kraakpand in Utrecht ontruimd.", ("ASSAULT", "crowd-control")),
    ("en", "Riot police broke up the sit-in on Wednesday.", ("ASSAULT", "crowd-control")),
    ("en", "Officers began removing people from the road shortly after 9am.", ("ASSAULT", "crowd-control")),
    ("en", "Police cleared the encampment on Tuesday.", ("ASSAULT", "crowd-control")),
    ("en", "Squatters occupied the vacant factory for a week.", ("PROTEST", "obstruct")),
    # a British motorway, a port terminal: roads and gates a protest blocks
    ("en", "Police detained 700 climate activists on Saturday as they blocked the A12 motorway in The Hague.",
     ("PROTEST", "obstruct")),
    ("en", "Protesters blocked the port terminal gate for six hours.", ("PROTEST", "obstruct")),
]


@pytest.mark.parametrize(("lang", "text", "kind"), ENDED_OCCUPATIONS)
def test_evictions_and_occupations_by_protesters(pipeline, lang, text, kind):  # type: ignore[no-untyped-def]
    assert kind in kinds(extract(pipeline, text, lang))


NOT_EVICTIONS = [
    ("nl", "Het kabinet maakte een eind aan de onzekerheid.", "ASSAULT"),
    ("nl", "Het leger bezette de stad.", "PROTEST"),
    ("en", "The couple broke up last year.", "ASSAULT"),
    ("en", "The company cleared the site for construction.", "ASSAULT"),
    ("en", "Police made it clear that protesters would not be allowed near the camp.", "ASSAULT"),
    ("en", "Russian troops occupied the town.", "PROTEST"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), NOT_EVICTIONS)
def test_other_ends_clearances_and_occupations(pipeline, lang, text, etype):  # type: ignore[no-untyped-def]
    assert etype not in {t for t, _ in kinds(extract(pipeline, text, lang))}


# --------------------------------------------------------------------------- session 18: a blind set's classes
BLOCKADES_AND_ROWS = [  # who blocks decides; blockades made with vehicles or bodies; squats; stations off the air
    ("en", "Police had blocked the road with containers.", ("COERCE", "restrict")),
    ("nl", "De politie blokkeerde de weg met containers.", ("COERCE", "restrict")),
    ("en", "Farmers closed the motorway near Larissa on Tuesday.", ("PROTEST", "obstruct")),
    ("nl", "Boeren sloten dinsdag de grensovergang bij Hazeldonk af.", ("PROTEST", "obstruct")),
    ("en", "Farmers parked dozens of tractors across the road at the border crossing.", ("PROTEST", "obstruct")),
    ("nl", "Honderd boeren parkeerden hun trekkers dwars op de A7.", ("PROTEST", "obstruct")),
    ("en", "Picketers sat down on the tracks.", ("PROTEST", "obstruct")),
    ("nl", "Activisten gingen op het spoor zitten.", ("PROTEST", "obstruct")),
    ("en", "Activists squatted an empty office building in Leeds.", ("PROTEST", "obstruct")),
    ("nl", "Het kantoor werd begin juli gekraakt door een groep die protesteert tegen de woningnood.",
     ("PROTEST", "obstruct")),
    ("en", "Activists staged single-person pickets outside the city akimat.", ("PROTEST", "demo")),
    ("en", "Three television stations were taken off the air on Tuesday.", ("COERCE", "censor")),
    ("nl", "Drie tv-zenders werden dinsdag urenlang uit de lucht gehaald.", ("COERCE", "censor")),
    ("nl", "Toen de pallets bleven vallen, zette de ME de waterwerper in.", ("ASSAULT", "crowd-control")),
    ("nl", "De ME verspreidde de menigte met traangas.", ("ASSAULT", "crowd-control")),
    ("en", "The crowd was dispersed by police.", ("ASSAULT", "crowd-control")),
]


@pytest.mark.parametrize(("lang", "text", "kind"), BLOCKADES_AND_ROWS)
def test_blockades_by_whom_squats_and_broadcasts_taken_off_the_air(pipeline, lang, text, kind):  # type: ignore[no-untyped-def]
    """The police blocking a road restrict movement, farmers closing a crossing protest; tractors parked across a
    road, people sitting on the tracks and a squatted office are blockades; "single-person pickets" are pickets
    (a hyphenated modifier makes the word a noun, which has its own entry now)."""
    assert kind in kinds(extract(pipeline, text, lang))


ONE_BLOCKADE = [  # a closure the protesters make after their blockade is told is that blockade, not a restriction
    ("en", "Police arrested 38 people Saturday after striking hotel workers and their supporters sat down across "
           "Century Boulevard, shutting a main road into the airport for two hours."),
]


@pytest.mark.parametrize(("lang", "text"), ONE_BLOCKADE)
def test_a_closure_by_the_protesters_is_their_blockade(pipeline, lang, text):  # type: ignore[no-untyped-def]
    found = kinds(extract(pipeline, text, lang))
    assert found.count(("PROTEST", "obstruct")) == 1 and ("COERCE", "restrict") not in found, found


NO_ACTS = [
    ("en", "The crowd dispersed at about 3pm."),  # the crowd went of its own accord
    ("nl", "De menigte verspreidde zich rond 15.00 uur."),
    ("en", "He walked past a white picket fence."),
    ("nl", "Kraken is sinds oktober 2010 strafbaar."),  # the noun, not an act (and no place "Kratie")
    ("nl", "“Een waterwerper tegen een paar studenten op een dak”, zegt ze, “dat is met een kanon op een mug "
           "schieten.”"),
]


@pytest.mark.parametrize(("lang", "text"), NO_ACTS)
def test_intransitive_uses_nouns_and_idioms_are_no_acts(pipeline, lang, text):  # type: ignore[no-untyped-def]
    doc = extract(pipeline, text, lang)
    assert [e for e in doc.events if e.type != "THREATEN"] == [] and not doc.places, kinds(doc)


BANNED = [  # what is banned has not happened: the ban is the event
    ("en", "Authorities banned protests in the capital on Monday."),
    ("en", "The governor outlawed all strikes in the public sector."),
    ("nl", "De burgemeester verbood zaterdag alle demonstraties in de binnenstad."),
    ("nl", "De burgemeester heeft een demonstratie op het Malieveld verboden."),
]


@pytest.mark.parametrize(("lang", "text"), BANNED)
def test_a_banned_protest_is_no_protest(pipeline, lang, text):  # type: ignore[no-untyped-def]
    types = [t for t, _ in kinds(extract(pipeline, text, lang))]
    assert "COERCE" in types and "PROTEST" not in types, types


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Thousands of people defied a ban on protests and marched through the capital on Sunday."),
])
def test_a_march_after_a_defied_ban_is_a_protest(pipeline, lang, text):  # type: ignore[no-untyped-def]
    """"a ban on" frames the noun after it, not a finite verb after "and"."""
    assert "PROTEST" in [t for t, _ in kinds(extract(pipeline, text, lang))]


WARNINGS = [  # a sanction promised to whoever does something: the speaker threatens them
    ("en", "He said teachers who did not return to their schools by Monday would be struck off the payroll.",
     "He", "ultimatum"),
    ("en", "Workers who are not back at their rigs by Thursday “will be dismissed,” he told regional television.",
     "he", "ultimatum"),
    ("nl", "“Wie zich opnieuw misdraagt, wordt zonder waarschuwing opgepakt”, waarschuwt hij.", "hij", None),
    ("nl", "Betogers die de weg blokkeren, worden aangehouden, zei de burgemeester.", "de burgemeester", None),
    # the same promise in the active, to whoever acts or to those who did it
    ("nl", "‘Wie opnieuw geweld gebruikt, pakken we keihard aan’, zei hij.", "hij", None),
    ("en", "\"We will arrest anyone who blocks the road,\" the police chief said.", "the police chief", None),
    ("en", "\"We will pursue those responsible until the last one is captured,\" the minister said.", "the minister",
     None),
    ("nl", "‘We zullen de daders opsporen’, zei de minister.", "de minister", None),
    ("en", "The police chief said police would remove any villager who returned to the site.", "The police chief", None),
    ("nl", "De politie zal elke bewoner verwijderen die terugkeert naar het terrein, zei de commissaris.",
     "de commissaris", None),
]


@pytest.mark.parametrize(("lang", "text", "actor", "mode"), WARNINGS)
def test_a_sanction_promised_to_whoever_acts_is_a_threat(pipeline, lang, text, actor, mode):  # type: ignore[no-untyped-def]
    threats = [e for e in extract(pipeline, text, lang).events if e.type == "THREATEN"]
    assert [([a.text for a in e.actors], e.mode) for e in threats] == [([actor], mode)]


DONE_TO_THOSE_WHO = [  # what was done to people who did something is no threat
    ("en", "Three protesters who blocked the road were arrested on Tuesday."),
    ("nl", "Drie betogers die de weg blokkeerden, werden dinsdag aangehouden."),
    ("nl", "Wie het gebied rond het station na een bevel niet verliet, werd aangehouden."),
    ("en", "Police arrested anyone who refused to leave the square."),
]


@pytest.mark.parametrize(("lang", "text"), DONE_TO_THOSE_WHO)
def test_a_sanction_carried_out_is_no_threat(pipeline, lang, text):  # type: ignore[no-untyped-def]
    types = [t for t, _ in kinds(extract(pipeline, text, lang))]
    assert "COERCE" in types and "THREATEN" not in types, types


ULTIMATUMS = [
    ("en", "Labour Minister gives the railway and its union until Friday to reach a deal before Ottawa steps in"),
    ("nl", "De minister gaf de partijen tot vrijdag om een akkoord te sluiten."),
]


@pytest.mark.parametrize(("lang", "text"), ULTIMATUMS)
def test_a_deadline_for_any_act_is_an_ultimatum_and_the_deal_asked_for_no_agreement(pipeline, lang, text):  # type: ignore[no-untyped-def]
    assert kinds(extract(pipeline, text, lang)) == [("THREATEN", "ultimatum")]


@pytest.mark.parametrize(("lang", "text", "kind"), [
    ("en", "The army used attack helicopters to patrol the border.", ("ASSAULT", None)),
    ("en", "Two attack drones were on display at the parade.", ("ASSAULT", "drone")),
    ("en", "When police tried to clear the way, a section of the crowd pelted stones.", ("ASSAULT", "crowd-control")),
    ("en", "Riot police tried to remove rocks from the road.", ("ASSAULT", "crowd-control")),
    ("nl", "De politie probeerde stenen van de weg te verwijderen.", ("ASSAULT", "crowd-control")),
])
def test_a_weapon_named_for_its_use_or_a_thing_cleared_is_no_act(pipeline, lang, text,
                                                                  kind):  # type: ignore[no-untyped-def]
    assert kind not in kinds(kroniek.extract(text, language=lang, published="2025-11-20", pipeline=pipeline))


@pytest.mark.parametrize(("lang", "text", "kind"), [
    ("en", "Riot police removed the protesters from the road.", ("ASSAULT", "crowd-control")),
    ("en", "Russia launched 87 drones against Ukraine overnight.", ("ASSAULT", "drone")),
    ("en", "Nineteen people, including two local corporators, were taken into preventive custody.", ("COERCE", "arrest")),
    ("en", "A farmer drove his tractor into a police van.", ("ASSAULT", None)),
    ("nl", "Een boer reed daarbij met zijn trekker in op een politiebusje.", ("ASSAULT", None)),
    ("nl", "De arbeiders leggen het werk neer en een stakingspiket houdt de poorten dicht.", ("PROTEST", "obstruct")),
    ("nl", "Actiegroep Grond Eerst dreigt morgen ook de centra in Tilburg en Zaandam dicht te zetten.", ("THREATEN", None)),
    ("en", "The residents' association threatened to gherao the office on Monday.", ("THREATEN", None)),
])
def test_acts_of_news_from_police_custody_to_closed_gates_are_found(pipeline, lang, text,
                                                                    kind):  # type: ignore[no-untyped-def]
    assert kind in kinds(kroniek.extract(text, language=lang, published="2025-11-20", pipeline=pipeline))


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "‘Wie het gebied niet verliet, pakten we aan’, zei hij."),
    ("en", "Police are pursuing those responsible for the fire."),
    ("nl", "Zij eisen dat de documenten openbaar worden en dat de verantwoordelijken worden berecht."),
])
def test_a_sanction_told_in_the_past_or_a_pursuit_under_way_is_no_threat(pipeline, lang, text):  # type: ignore[no-untyped-def]
    assert "THREATEN" not in [t for t, _ in kinds(extract(pipeline, text, lang))]


@pytest.mark.parametrize(("lang", "text", "kind"), [
    ("nl", "‘Deze aanval zal niet onbestraft blijven’, zei de minister.", ("ASSAULT", None)),
    ("en", "\"This cowardly attack will not go unpunished,\" the minister told reporters.", ("ASSAULT", None)),
    ("en", "\"There will be more attacks,\" the rebel commander said.", ("THREATEN", "violence")),
    ("nl", "‘Er zullen nieuwe aanvallen volgen’, zei de rebellenleider.", ("THREATEN", "violence")),
])
def test_an_attack_named_with_this_in_a_promise_is_the_one_told_not_a_threat(pipeline, lang, text,
                                                                            kind):  # type: ignore[no-untyped-def]
    assert kinds(extract(pipeline, text, lang)) == [kind]


@pytest.mark.parametrize(("lang", "text", "kind"), [
    ("nl", "In 2022 leidde een vergelijkbare prijsstijging in heel Indonesië tot weken van protest.", ("PROTEST", "demo")),
    ("en", "In 2022 a similar price rise led to weeks of protest across Indonesia.", ("PROTEST", "demo")),
    ("nl", "Bij het fort heeft Brimob sinds dinsdag pantserwagens opgesteld.", ("MOBILIZE", "troops")),
    ("en", "The army stationed armoured vehicles outside the fort on Tuesday.", ("MOBILIZE", "troops")),
    ("en", "Some 300 additional troops were airlifted to Pichari on Monday.", ("MOBILIZE", "troops")),
    ("nl", "Het leger vloog maandag 300 extra militairen in.", ("MOBILIZE", "troops")),
    ("nl", "De minister sloot uit dat de regering erop terugkomt.", ("REJECT", None)),
    ("en", "The minister ruled out a reversal of the price rise.", ("REJECT", None)),
    ("en", "A teenage hawker's arm was broken by city police.", ("ASSAULT", "beat")),
    ("nl", "De arm van een tiener werd door agenten gebroken.", ("ASSAULT", "beat")),
    ("nl", "Politie breekt stakingspiket aan Brucargo af", ("ASSAULT", "crowd-control")),
    ("en", "Police broke up the picket at the depot on Tuesday.", ("ASSAULT", "crowd-control")),
    ("en", "In one clip, an officer hits a man with a baton as he lies on the ground.", ("ASSAULT", "beat")),
    ("en", "Security forces shot dead four people during opposition protests in Conakry on February 20.",
     ("PROTEST", "demo")),
])
def test_stretches_of_protest_vehicles_posted_reversals_ruled_out_broken_limbs_and_pickets_cleared(
        pipeline, lang, text, kind):  # type: ignore[no-untyped-def]
    assert kind in kinds(extract(pipeline, text, lang))


@pytest.mark.parametrize(("lang", "text", "etype"), [
    ("en", "Police ruled out foul play.", "REJECT"),
    ("nl", "De premier sluit niet uit dat hij aftreedt.", "REJECT"),
    ("en", "He broke his arm when he fell off the truck.", "ASSAULT"),
    ("nl", "Zijn arm werd gebroken door een val van de trap.", "ASSAULT"),
    ("nl", "De vakbonden braken het overleg met de werkgevers af.", "ASSAULT"),
    ("nl", "Het vakbondsfront veroordeelt de ‘aanval op het stakingsrecht’.", "ASSAULT"),
    ("en", "The unions condemned the attack on the right to strike.", "ASSAULT"),
    ("en", "Radio stations in Satipo reported that four soldiers had died.", "MOBILIZE"),
    ("nl", "De demonstranten stelden zich op voor het stadhuis.", "MOBILIZE"),
    ("en", "According to the union, 1.3 million people joined the eighth day of mobilization against the plan.",
     "MOBILIZE"),
])
def test_what_is_ruled_out_falls_broken_off_talks_attacks_on_rights_and_radio_stations_are_other_senses(
        pipeline, lang, text, etype):  # type: ignore[no-untyped-def]
    assert etype not in [t for t, _ in kinds(extract(pipeline, text, lang))]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Three soldiers were killed when rebels ambushed a military patrol near the town."),
    ("en", "A police patrol was attacked with stones in the city centre."),
])
def test_a_patrol_attacked_is_the_target_not_a_deployment(pipeline, lang, text):  # type: ignore[no-untyped-def]
    assert "MOBILIZE" not in [t for t, _ in kinds(extract(pipeline, text, lang))]


@pytest.mark.parametrize(("lang", "text", "told"), [
    ("en", "The soldiers repelled the attack and killed two of the assailants in the ensuing clash.",
     ("killed", ["The soldiers"], ["two of the assailants"])),
    ("nl", "De militairen sloegen de aanval af en doodden twee aanvallers.",
     ("doodden", ["De militairen"], ["twee aanvallers"])),
])
def test_who_fends_off_an_attack_and_hits_back_is_the_actor_of_the_counter_attack(pipeline, lang, text,
                                                                                told):  # type: ignore[no-untyped-def]
    doc = extract(pipeline, text, lang)
    assert [(e.trigger.text, [a.text for a in e.actors], [t.text for t in e.targets]) for e in doc.events] == [told]


@pytest.mark.parametrize(("lang", "text", "kind"), [
    ("en", "Hawkers and city police clash in Kathmandu", ("PROTEST", "riot")),
    ("nl", "Marktkooplui en politie raakten slaags in Kathmandu.", ("PROTEST", "riot")),
    ("en", "Rebels and troops clash near the border", ("ASSAULT", None)),
    ("en", "Vendors in Mangal Bazaar shut their stalls for two hours in solidarity.", ("PROTEST", "strike")),
    ("nl", "Marktkooplui in Lalitpur sloten uit solidariteit twee uur lang hun kramen.", ("PROTEST", "strike")),
    ("en", "Traders pulled down their shutters across the old town on Monday.", ("PROTEST", "strike")),
])
def test_people_and_police_named_as_a_pair_clash_in_a_riot_and_shops_shut_in_protest_are_a_strike(
        pipeline, lang, text, kind):  # type: ignore[no-untyped-def]
    assert kinds(extract(pipeline, text, lang)) == [kind]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Shopkeepers closed their shops early as the storm approached."),
    ("en", "Authorities shut the shops in the old town on Monday."),
])
def test_shops_shut_for_another_reason_are_no_strike(pipeline, lang, text):  # type: ignore[no-untyped-def]
    assert "PROTEST" not in [t for t, _ in kinds(extract(pipeline, text, lang))]


@pytest.mark.parametrize(("lang", "text", "kind"), [
    ("en", "Six Dutch citizens were denied entry at the border with Germany.", ("COERCE", "restrict")),
    ("en", "Kampala shops stay shut over EFRIS", ("PROTEST", "strike")),
    ("en", "Most shops in Kikuubo remained closed, with traders saying they would not reopen.", ("PROTEST", "strike")),
    ("nl", "De meeste winkels in de binnenstad bleven dicht uit protest tegen de nieuwe belasting.", ("PROTEST", "strike")),
    ("nl", "Agenten trokken de betogers een voor een uit de ketting.", ("ASSAULT", "crowd-control")),
    ("nl", "Agenten dreven de actievoerders met pepperspray en wapenstokken terug.", ("ASSAULT", "crowd-control")),
    ("nl", "In totaal werden zaterdag 142 mensen in verzekerde bewaring gesteld.", ("COERCE", "arrest")),
    ("nl", "Rond 11 uur zette de deurwaarder het gezin op straat.", ("COERCE", None)),
    ("nl", "Het bureau dreigde de stakers uit hun kamers op een vakantiepark te zetten.", ("THREATEN", None)),
])
def test_entry_denied_shops_kept_shut_chains_broken_custody_and_evictions_are_found(pipeline, lang, text,
                                                                                    kind):  # type: ignore[no-untyped-def]
    assert kind in kinds(extract(pipeline, text, lang))


@pytest.mark.parametrize(("lang", "text", "etype"), [
    ("en", "A rider who was shot in the leg is admitted at Mulago National Referral Hospital.", "CONCEDE"),
    ("en", "Another resident, who asked not to be named, said at least 11 people were injured.", "REQUEST"),
    ("en", "Activists who had chained themselves to the gate were cut free and carried to buses.", "RETREAT"),
    ("en", "Police removed any villager who returned to the site.", "THREATEN"),
    ("en", "Hughes attacked the doorman after he was refused entry to the club.", "COERCE"),
])
def test_a_patient_admitted_a_source_unnamed_and_a_chain_cut_are_other_senses(pipeline, lang, text,
                                                                             etype):  # type: ignore[no-untyped-def]
    assert etype not in [t for t, _ in kinds(extract(pipeline, text, lang))]


@pytest.mark.parametrize(("lang", "text", "kind"), [
    ("en", "CPC said the blockade had cost it about NT$36 million and that it would sue the organizers.",
     ("THREATEN", None)),
    ("nl", "Het bedrijf kondigde aan dat het de organisatoren zal dagvaarden.", ("THREATEN", None)),
    ("en", "CPC sued the organizers last year.", ("ACCUSE", "allege")),
])
def test_a_suit_announced_is_a_threat_and_one_brought_an_accusation(pipeline, lang, text,
                                                                  kind):  # type: ignore[no-untyped-def]
    assert kinds(extract(pipeline, text, lang)) == [kind]


@pytest.mark.parametrize(("lang", "text", "kind"), [
    ("nl", "Om 6.00 uur vroeg hij de boeren via een megafoon te vertrekken.", ("REQUEST", None)),
    ("en", "At 6 a.m. he asked the farmers through a megaphone to leave.", ("REQUEST", None)),
    ("nl", "Parlementslid Levan Goederidze dreigde op televisie de organisatoren te laten vervolgen.",
     ("THREATEN", None)),
    ("en", 'Superintendent Garfield Blair warned that anyone caught blocking roads "will feel the full weight of '
           'the law".', ("THREATEN", None)),
    ("en", "Anyone who blocks the road will face the full weight of the law, the minister said.", ("THREATEN", None)),
    ("nl", "Twee journalisten van Aisi TV werden door mannen in burger geslagen.", ("ASSAULT", "beat")),
    ("en", "Two journalists of Aisi TV were beaten by men in plain clothes.", ("ASSAULT", "beat")),
])
def test_a_request_to_act_a_threat_of_prosecution_or_of_the_law_and_a_beating_by_men_are_found(pipeline, lang, text,
                                                                              kind):  # type: ignore[no-untyped-def]
    assert kind in kinds(extract(pipeline, text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Hij vroeg zich af of het niet te laat was."),
    ("nl", "De oppositie dreigt te verdwijnen uit het parlement."),
    ("nl", "De boer werd door de bliksem geslagen."),
])
def test_wondering_a_risk_and_lightning_are_no_request_threat_or_beating(pipeline, lang, text):  # type: ignore[no-untyped-def]
    assert kinds(extract(pipeline, text, lang)) == []


@pytest.mark.parametrize(("lang", "text", "kind"), [
    ("nl", "Het collectief, dat sinds de blokkade ook in Antwerpen en Gent betoogde, plant een nieuwe actie.",
     ("PROTEST", "demo")),
    ("en", "In 2018 the council removed thousands of vendors from the city centre.", ("COERCE", None)),
    ("nl", "In 2018 verwijderde de gemeente duizenden straatverkopers uit het centrum.", ("COERCE", None)),
    ("en", "Four men were arrested after a service vehicle was stoned.", ("ASSAULT", None)),
    ("nl", "Vier mannen werden aangehouden nadat een dienstvoertuig met stenen was bekogeld.", ("ASSAULT", None)),
])
def test_a_group_that_marched_vendors_removed_and_a_vehicle_stoned_are_found(pipeline, lang, text,
                                                                            kind):  # type: ignore[no-untyped-def]
    assert kind in kinds(extract(pipeline, text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Zij betoogt in haar boek dat de politie faalde."),
    ("nl", "Volgens de rechter betoogde de verdediging in de zaal terecht."),
    ("en", "The council removed the statue from the city square last year."),
    ("en", "He admitted he was stoned when he signed it."),
])
def test_an_argument_a_statue_removed_and_a_man_stoned_on_drugs_are_no_events(pipeline, lang,
                                                                              text):  # type: ignore[no-untyped-def]
    assert [k for k in kinds(extract(pipeline, text, lang)) if k[0] in ("PROTEST", "COERCE", "ASSAULT")] == []


@pytest.mark.parametrize(("lang", "text", "kind"), [
    ("nl", "Rond 20.15 uur drongen zo'n veertig betogers het stadhuis binnen.", ("PROTEST", "obstruct")),
    ("en", "Hundreds of students had blocked the avenue in front of the campus.", ("PROTEST", "obstruct")),
    ("nl", "Burgemeester Van Dongen liet de zaal na een half uur door de politie ontruimen.", ("COERCE", None)),
    ("nl", "In januari 2023 ontruimde de politie het dorp Lützerath.", ("COERCE", None)),
    ("nl", "Vanochtend heeft de politie het stakingspiket aan de vrachtzone met harde hand ontruimd.",
     ("ASSAULT", "crowd-control")),
    ("nl", "Vorige maand hielden leden drie dagen lang het hoofdkantoor van de woningcorporatie bezet.",
     ("PROTEST", "obstruct")),
    ("nl", "Woonprotest loopt uit op bezetting van raadzaal", ("PROTEST", "obstruct")),
    ("nl", "Daarbij werd een bode van het stadhuis tegen een deurpost geduwd.", ("ASSAULT", "beat")),
    ("nl", "Volgens de Liga sloegen agenten een fotograaf met een matrak.", ("ASSAULT", "beat")),
    ("nl", "Een mars voor betaalbare huizen trok donderdagavond door de binnenstad.", ("PROTEST", "demo")),
    ("en", "On Thursday morning, gendarmes escorted hundreds of students out of the campus.", ("COERCE", None)),
    ("en", "Police obtained an order barring the protesters from entering Lotus Road.", ("COERCE", "ban")),
    ("en", "Last August, students were tear-gassed at the same spot.", ("ASSAULT", "crowd-control")),
    ("en", "Police teargas traders as Kampala shops stay shut", ("ASSAULT", "crowd-control")),
    ("en", "Police fired teargas and live bullets into the air to disperse the traders.", ("ASSAULT", "crowd-control")),
])
def test_forcing_a_way_in_clearing_a_space_occupying_an_office_pushes_escorts_and_bars_are_found(
        pipeline, lang, text, kind):  # type: ignore[no-untyped-def]
    assert kind in kinds(extract(pipeline, text, lang))


@pytest.mark.parametrize(("lang", "text", "kind"), [
    ("en", 'In a statement, the union condemned it as "an attack on free education".', ("ASSAULT", None)),
    ("nl", 'De vakbond noemt het "een aanval op het onderwijs".', ("ASSAULT", None)),
    ("nl", "De gemeenteraad vergaderde dinsdagavond over de begroting.", ("CONSULT", None)),
    ("en", "The police escorted the minister out of the building.", ("COERCE", None)),
    ("nl", "Rebellen bezetten dinsdag de stad en het regeringsgebouw.", ("PROTEST", "obstruct")),
    ("en", "Police fired live bullets at the crowd, killing two.", ("ASSAULT", "crowd-control")),
])
def test_an_attack_on_education_a_council_meeting_an_escort_a_rebel_seizure_and_live_fire_are_not_those(
        pipeline, lang, text, kind):  # type: ignore[no-untyped-def]
    assert kind not in kinds(extract(pipeline, text, lang))


@pytest.mark.parametrize(("lang", "text", "riot"), [
    ("en", "Clashes broke out on Wednesday at the university, where hundreds of students had blocked the avenue.",
     "Clashes"),
    ("nl", "Er braken woensdag rellen uit bij de universiteit, waar honderden studenten de weg hadden geblokkeerd.",
     "rellen"),
])
def test_clashes_told_in_the_sentence_of_a_blockade_are_a_riot(pipeline, lang, text, riot):  # type: ignore[no-untyped-def]
    doc = extract(pipeline, text, lang)
    assert [e.trigger.text for e in doc.events if (e.type, e.mode) == ("PROTEST", "riot")] == [riot]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Riot police fired tear gas as students threw stones and set fire to a bus."),
    ("nl", "De ME zette traangas in terwijl studenten stenen gooiden en een bus in brand staken."),
])
def test_an_arson_beside_the_polices_crowd_control_is_an_event_of_its_own(pipeline, lang, text):  # type: ignore[no-untyped-def]
    assert ("ASSAULT", "destroy") in kinds(extract(pipeline, text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Late on Wednesday, the rector ordered the closure of the university's halls of residence."),
    ("nl", "De rector beval woensdag de sluiting van de studentenhuizen."),
])
def test_an_authoritys_order_of_a_closure_is_the_closure(pipeline, lang, text):  # type: ignore[no-untyped-def]
    assert kinds(extract(pipeline, text, lang)) == [("COERCE", "restrict")]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The union demanded the closure of the mine."),
    ("nl", "De vakbond eiste de sluiting van de mijn."),
])
def test_a_demanded_closure_stays_a_request(pipeline, lang, text):  # type: ignore[no-untyped-def]
    assert ("COERCE", "restrict") not in kinds(extract(pipeline, text, lang))


# session 27: a throw at a counted, described crowd ("op de ongeveer 1200 meegereisde AZ-fans"); fans by compound
@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Vanuit het thuisvak werden vuurpijlen op de ongeveer 1200 meegereisde AZ-fans afgeschoten."),
    ("nl", "Jongeren gooiden stenen naar de zo'n twintig toegestroomde PSV-supporters."),
    ("en", "Youths threw stones at the some 200 visiting Legia hooligans."),
])
def test_a_throw_at_a_counted_crowd_of_fans_is_an_assault(pipeline, lang, text):  # type: ignore[no-untyped-def]
    assert "ASSAULT" in [e.type for e in extract(pipeline, text, lang).events]


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Woensdagavond raakten AZ-fans en Servische hooligans slaags op de terrassen van Skadarlija."),
    ("nl", "Voor de wedstrijd raakten supporters van beide clubs slaags bij het station."),
    ("en", "Rival fans clashed outside the stadium before kick-off."),
    ("en", "Hooligans from both clubs clashed in the old town on Wednesday night."),
])
def test_a_brawl_of_sports_fans_is_a_riot(pipeline, lang, text):  # type: ignore[no-untyped-def]
    assert kinds(extract(pipeline, text, lang)) == [("PROTEST", "riot")]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Militia supporters clashed with the army near the border."),
    ("nl", "Aanhangers van de militie raakten slaags met het leger."),
])
def test_armed_supporters_clashing_with_the_army_is_no_riot(pipeline, lang, text):  # type: ignore[no-untyped-def]
    assert ("PROTEST", "riot") not in kinds(extract(pipeline, text, lang))


ROLES25_ACTS = [  # session 27 (blind roles25): acts of protest and of policing the lexicon did not know
    ("nl", "Een groep werknemers trok spandoeken weg en duwde demonstranten opzij.", ("ASSAULT", None)),
    ("en", "A group of workers tore down banners and pushed protesters aside.", ("ASSAULT", None)),
    ("nl", "De burgemeester vaardigde een noodbevel uit, waarna de ME de blokkade ophief.", ("COERCE", None)),
    ("en", "Police remove barricade at Vatukoula", ("COERCE", None)),
    ("nl", "Volgens het bedrijf is een toegangshek dat de groep had opengeknipt onherstelbaar beschadigd.",
     ("PROTEST", "vandalize")),
    ("en", "The company said the group had cut the perimeter fence overnight.", ("PROTEST", "vandalize")),
    ("nl", "Vorige zondag kalkte iemand een leus op de voordeur.", ("PROTEST", "vandalize")),
    ("nl", "In Utrecht werden klimaatactivisten opgepakt toen ze alleen een spandoek uitrolden.", ("PROTEST", "demo")),
    ("en", "Activists unfurled a banner from the roof of the ministry.", ("PROTEST", "demo")),
    ("nl", "Politie ontruimt kerk, bisschop betreurt “hardhandig einde” van kerkasiel", ("ACCUSE", "disapprove")),
    ("nl", "Zes mannen kregen een bevel om het grondgebied te verlaten.", ("COERCE", "deport")),
    ("en", "Six men were handed an order to leave the country.", ("COERCE", "deport")),
    ("nl", "Na zeven weken heeft de politie de mensen zonder papieren uit de Gentse Sint-Jacobskerk gezet.",
     ("COERCE", None)),
    ("en", "Police removed the migrants from the church on Tuesday morning.", ("COERCE", None)),
    ("en", "Dozens of maxis were parked across the entrance to the terminal.", ("PROTEST", "obstruct")),
    ("nl", "Boeren parkeerden hun trekkers dwars over de weg.", ("PROTEST", "obstruct")),
    ("en", "Officers arrested four drivers who had refused to move, and six maxis were towed away.",
     ("COERCE", "seize")),
    ("nl", "De politie liet twaalf trekkers wegslepen.", ("COERCE", "seize")),
    ("en", "Security forces halt teachers' march at Degala checkpoint", ("COERCE", "restrict")),
    ("en", "The march was turned back at the checkpoint.", ("COERCE", "restrict")),
    ("nl", "De ME hield de stoet bij de brug tegen.", ("COERCE", "restrict")),
    ("en", "Videos showed officers dragging a woman by her arms.", ("ASSAULT", None)),
    ("nl", "Agenten sleurden een vrouw aan haar haren over de grond.", ("ASSAULT", None)),
    ("en", "The company said it would seek damages from those responsible.", ("THREATEN", None)),
    ("en", "Schools have been shut for two weeks by a boycott of classes that teachers began in January.",
     ("PROTEST", "strike")),
]


@pytest.mark.parametrize(("lang", "text", "kind"), ROLES25_ACTS)
def test_pushes_cleared_blockades_cut_fences_banners_orders_to_leave_tows_and_halted_marches(pipeline, lang, text,
                                                                                          kind):  # type: ignore[no-untyped-def]
    assert kind in kinds(extract(pipeline, text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Ze noemt de snelweg ‘geen plek om te demonstreren’."),
    ("en", "She called the motorway no place to protest."),
])
def test_a_place_to_protest_is_no_protest(pipeline, lang, text):  # type: ignore[no-untyped-def]
    assert not extract(pipeline, text, lang).events


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The rector said that roads to the campus were shut by the strike."),
    ("nl", "De agent zette de motor uit."),
    ("en", "Hulporganisaties say food convoys are being held back by both sides."),
])
def test_a_strike_shut_school_a_motor_switched_off_and_convoys_held_back_are_no_coercion(pipeline, lang, text):  # type: ignore[no-untyped-def]
    assert "COERCE" not in [t for t, _ in kinds(extract(pipeline, text, lang))]


@pytest.mark.parametrize(("lang", "text", "protest"), [
    ("en", "A similar march from Sulaimani in March 2021 was turned back at the checkpoint after security forces fired "
           "tear gas at the marchers.", True),
    ("en", "Riot police halted the teachers' march at the checkpoint.", True),
    ("nl", "De ME hield de mars van de leraren bij de brug tegen.", True),
    ("en", "The governor banned the teachers' march on Friday.", False),
    ("nl", "De burgemeester verbood de mars van de leraren.", False),
])
def test_a_march_stopped_happened_and_one_banned_did_not(pipeline, lang, text, protest):  # type: ignore[no-untyped-def]
    assert ("PROTEST" in [t for t, _ in kinds(extract(pipeline, text, lang))]) is protest


ROLES26_ACTS = [  # session 28 (blind roles26): acts of protest and of policing the lexicon did not know
    ("en", "Video footage showed riot police dragging protesters into vans.", ("ASSAULT", None)),
    ("en", "A young man was punched in the face by an officer.", ("ASSAULT", "beat")),
    # a threat of charges, and no threat of violence because the verb is "warned"
    ("en", "The minister warned that anyone taking part in further actions would face criminal charges.",
     ("THREATEN", None)),
    ("en", "The minister warned that strikers would be dismissed.", ("THREATEN", None)),
    ("nl", "Bij een bankkantoor aan de Fonsnylaan sneuvelden ruiten.", ("ASSAULT", "destroy")),
    ("en", "Windows shattered at a bank branch on the avenue.", ("ASSAULT", "destroy")),
    ("nl", "Aan de poorten van Volvo Cars Gent stonden sinds 5 uur 's ochtends stakingsposten.", ("PROTEST", "strike")),
    ("nl", "In maart vorig jaar werden in Nikiboko al drie families van hun grond gezet.", ("COERCE", None)),
    ("nl", "Om 7.00 uur zetten inwoners dranghekken, strobalen en een hooiwagen dwars over de N337.",
     ("PROTEST", "obstruct")),
    ("nl", "Burgemeester Marjolein Tigchelaar liet de weg rond half tien vrijmaken.", ("COERCE", None)),
    ("en", "The closure of the schools prompted a march of some 3,000 people in Gyumri.", ("PROTEST", "demo")),
    ("nl", "De sluiting van de scholen leidde tot een mars van zo'n 3000 mensen in Gyumri.", ("PROTEST", "demo")),
    ("en", "In 2019 workers stayed off the job for 11 days.", ("PROTEST", "strike")),
]


@pytest.mark.parametrize(("lang", "text", "kind"), ROLES26_ACTS)
def test_drags_punches_charges_threatened_broken_windows_pickets_and_cleared_roads_are_found(pipeline, lang, text,
                                                                                            kind):  # type: ignore[no-untyped-def]
    assert kind in kinds(extract(pipeline, text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Het akkoord moet de weg vrijmaken voor nieuwe gesprekken met de politie."),
    ("nl", "De regering zette 1.500 agenten in om de weg vrij te maken."),
    ("en", "The Sunday Times punched in early at the printers, the union said."),
])
def test_paving_the_way_a_purpose_and_clocking_in_are_no_clearing_or_beating(pipeline, lang, text):  # type: ignore[no-untyped-def]
    found = [t for t, _ in kinds(extract(pipeline, text, lang))]
    assert "COERCE" not in found and "ASSAULT" not in found


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Een automobilist reed met zijn bestelbus in op de menigte. Hij is aangehouden op verdenking van poging "
           "tot zware mishandeling."),
    ("en", "A driver rammed his van into the crowd. He was arrested on suspicion of assault."),
])
def test_the_offence_an_arrest_is_on_suspicion_of_is_no_new_act(pipeline, lang, text):  # type: ignore[no-untyped-def]
    assert [t for t, _ in kinds(extract(pipeline, text, lang))].count("ASSAULT") == 1


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "He was detained on suspicion of attempted murder."),
    ("nl", "Hij werd aangehouden wegens poging tot doodslag."),
])
def test_an_arrest_for_an_attempted_crime_is_asserted(pipeline, lang, text):  # type: ignore[no-untyped-def]
    doc = extract(pipeline, text, lang)
    assert [(e.type, e.modality) for e in doc.events if e.type == "COERCE"] == [("COERCE", "asserted")]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "A strike by dock workers closed the port."),
    ("nl", "Een staking van havenarbeiders legde de haven stil."),
])
def test_a_protest_that_is_the_subject_of_a_closure_happened(pipeline, lang, text):  # type: ignore[no-untyped-def]
    assert ("PROTEST", "strike") in kinds(extract(pipeline, text, lang))


ROLES27_ACTS = [  # session 29 (blind roles27): threats reported or warned of, and acts the lexicon did not know
    # an act reported by a threat verb, however long its verb bracket or however habitual the act
    ("nl", "Komt er maandag geen akkoord, dan leggen ze volgende week ook in de gevangenissen van Hasselt en Brugge het "
           "werk neer, dreigen ze.", ("THREATEN", None)),
    ("nl", "Kort nieuws\n\nDe krakers dreigen in een verklaring ‘elke week een nieuw pand’ te bezetten.",
     ("THREATEN", None)),
    ("nl", "Als de regering niet toegeeft, volgt op 12 maart een nieuwe stakingsdag, dreigt voorzitster Nathalie "
           "Verschueren.", ("THREATEN", None)),
    ("nl", "De federatie dreigt de luchthaven van Zaventem te blokkeren als het plan niet wordt aangepast.",
     ("THREATEN", None)),
    # what a warning says the warner's side will do, or reports on a condition
    ("en", "Tribal leaders warned they would block access to the mine if the company did not pay.", ("THREATEN", None)),
    ("nl", "De boeren waarschuwen dat ze de wegen opnieuw zullen blokkeren.", ("THREATEN", None)),
    ("nl", "Als KLM niet met een beter bod komt, leggen de afhandelaars vijf dagen het werk neer, waarschuwt ze.",
     ("THREATEN", None)),
    # acts of protest and policing
    ("nl", "Een wethouder werd bij de uitgang geduwd.", ("ASSAULT", "beat")),
    ("nl", "Buiten verzamelde zich een groep tegenstanders.", ("PROTEST", "demo")),
    ("en", "Outside, a group of opponents gathered.", ("PROTEST", "demo")),
    ("nl", "Minister Hanne Claessens noemt het geweld \"onaanvaardbaar\".", ("ACCUSE", "disapprove")),
    ("en", "The mayor called the violence \"unacceptable\".", ("ACCUSE", "disapprove")),
    # a strike told by its course, a shutdown a group leads or observes (session 32)
    ("en", "The strike began Nov. 8, closing markets and schools.", ("PROTEST", "strike")),
    ("en", "The committee led a shutdown across the region in May 2024.", ("PROTEST", "strike")),
    ("en", "Traders observed a complete shutdown on Monday.", ("PROTEST", "strike")),
    # a label of motive or a slur for the people named (session 32)
    ("en", "The prime minister called the strike \"politically motivated\".", ("ACCUSE", "disapprove")),
    ("en", "The president called the students \"paid agitators\".", ("ACCUSE", "disapprove")),
    ("nl", "De president noemde de studenten op televisie 'door het buitenland betaalde oproerkraaiers'.",
     ("ACCUSE", "disapprove")),
    ("nl", "De minister noemde de bestorming 'een aanval op de rechtsstaat'.", ("ACCUSE", "disapprove")),
    ("nl", "Woordvoerder Karim Belkadi van de federatie betreurt de incidenten.", ("ACCUSE", "disapprove")),
    ("nl", "Ook in Antwerpen reden een zeventigtal taxi's stapvoets over de Leien.", ("PROTEST", "obstruct")),
    ("en", "Some seventy taxis drove at walking pace through the centre.", ("PROTEST", "obstruct")),
    ("en", "Two women were hurt when officers pulled them from the road.", ("ASSAULT", None)),
    ("nl", "Een agent werd door vuurwerk aan de hand geraakt.", ("ASSAULT", None)),
    ("nl", "In Elsene werd een Uber-chauffeur uit zijn wagen getrokken en geslagen.", ("ASSAULT", "beat")),
    ("en", "Pepper spray and batons were used against a group that tried to break through a police line.",
     ("ASSAULT", "crowd-control")),
    ("nl", "De politie zette pepperspray in tegen de groep.", ("ASSAULT", "crowd-control")),
    ("en", "Villagers set up a similar blockade at Pos Balar in March.", ("PROTEST", "obstruct")),
    ("nl", "Dorpelingen begonnen in maart een blokkade bij Pos Balar.", ("PROTEST", "obstruct")),
    ("en", "The blockade was dismantled after 47 days.", ("COERCE", None)),
    ("nl", "De blokkade werd na 47 dagen ontmanteld.", ("COERCE", None)),
    ("nl", "In Antananarivo zijn dinsdag bij protesten tegen de stroomuitval zeker twee mensen om het leven gekomen.",
     ("PROTEST", "demo")),
    # an invitation to talks tells talks to come
    ("nl", "De Rijksvertegenwoordiger heeft beide partijen voor maandag uitgenodigd voor een gesprek.", ("CONSULT", None)),
    ("en", "The governor invited the unions for talks on Monday.", ("CONSULT", None)),
]


@pytest.mark.parametrize(("lang", "text", "kind"), ROLES27_ACTS)
def test_threats_reported_or_warned_of_shoves_condemnations_go_slows_and_invitations_are_found(
        pipeline, lang, text, kind):  # type: ignore[no-untyped-def]
    assert kind in kinds(extract(pipeline, text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "De Rijksvertegenwoordiger heeft beide partijen voor maandag uitgenodigd voor een gesprek."),
    ("en", "The governor invited the unions for talks on Monday."),
])
def test_talks_one_is_invited_to_are_to_come(pipeline, lang, text):  # type: ignore[no-untyped-def]
    assert [e.modality for e in extract(pipeline, text, lang).events if e.type == "CONSULT"] == ["future"]


@pytest.mark.parametrize(("lang", "text", "etype"), [
    ("en", "Police said the operation was peaceful and no one was hurt.", "ASSAULT"),
    ("en", "The driver, a man in his 50s, was not hurt, officers said.", "ASSAULT"),
    ("nl", "KLM raamt de schade op 8 à 10 miljoen euro per stakingsdag.", "PROTEST"),
    ("en", "The airline puts the damage at $2 million per strike day.", "PROTEST"),
    ("nl", "De bond noemt de staking een groot succes.", "ACCUSE"),
    ("en", "The union called the strike a great success.", "ACCUSE"),
    ("en", "LECI blamed the outages on a damaged generator at its plant.", "ACCUSE"),
    ("nl", "Er werd alarm geslagen.", "ASSAULT"),
    ("en", "The blockade was dismantled by police this morning, ending a standoff that had lasted four months.",
     "ASSAULT"),
])
def test_no_one_hurt_a_rate_a_success_a_cause_blamed_and_a_standoff_ended_are_no_events(
        pipeline, lang, text, etype):  # type: ignore[no-untyped-def]
    assert etype not in [t for t, _ in kinds(extract(pipeline, text, lang))]


ROLES28_ACTS = [  # session 30 (blind roles28): acts the lexicon did not know, and injuries told in Dutch
    ("nl", "Rijstboeren uit Nickerie hebben woensdag urenlang de Oost-Westverbinding bij Wageningen geblokkeerd.",
     ("PROTEST", "obstruct")),
    ("nl", "Andere dokwerkers hadden de sluis dichtgezet.", ("PROTEST", "obstruct")),
    ("nl", "Een halfuur later werden ze met een waterkanon en pepperspray van de Noorderlaan verdreven.",
     ("ASSAULT", "crowd-control")),
    ("en", "An hour later they were driven off with water cannon and pepper spray.", ("ASSAULT", "crowd-control")),
    ("nl", "Nieuws\n\nEr vielen klappen.", ("ASSAULT", None)),
    ("en", "Strikers and security guards exchanged blows at the gate.", ("ASSAULT", None)),
    ("nl", "Volgens de politie zijn twee agenten gewond geraakt.", ("ASSAULT", None)),
    ("nl", "Twee agenten raakten licht gewond.", ("ASSAULT", None)),
    ("nl", "Gedeputeerde Anouk Weening noemt het binnendringen 'een grens over'.", ("ACCUSE", "disapprove")),
    ("nl", "NRV-voorzitter Radjesh Ramlal noemde het optreden van de politie 'een schande'.", ("ACCUSE", "disapprove")),
    ("nl", "Het kabinet noemt de staking \"onnodig\".", ("ACCUSE", "disapprove")),
    ("en", "Malacañang calls the strike \"unnecessary\".", ("ACCUSE", "disapprove")),
    ("nl", "De werkgevers spreken van \"gijzeling van de haven\".", ("ACCUSE", "disapprove")),
    ("en", "The employers spoke of \"hostage-taking of the port\".", ("ACCUSE", "disapprove")),
    # one's own strike promised on a condition, told with "stilleggen"
    ("nl", "\"Als de regering blijft weigeren, leggen we het land stil\", zegt De Wilde.", ("THREATEN", None)),
]


@pytest.mark.parametrize(("lang", "text", "kind"), ROLES28_ACTS)
def test_blockades_water_cannon_blows_injuries_and_blame_words_are_found(pipeline, lang, text, kind):  # type: ignore[no-untyped-def]
    assert kind in kinds(extract(pipeline, text, lang))


@pytest.mark.parametrize(("lang", "text", "etype"), [
    ("nl", "\"Als de regering blijft weigeren, leggen we het land stil\", zegt De Wilde.", "REJECT"),
    ("en", "The tanker had been delivering water to a clinic.", "AID"),
    ("nl", "Daarbij raakte niemand gewond.", "ASSAULT"),
    ("nl", "Nieuws\n\nEr vielen geen klappen.", "ASSAULT"),
    ("nl", "De NRV spreekt van ruim 400 deelnemers.", "ACCUSE"),
])
def test_a_refusal_in_a_condition_water_delivered_and_no_one_hurt_are_no_events(pipeline, lang, text, etype):  # type: ignore[no-untyped-def]
    assert etype not in [t for t, _ in kinds(extract(pipeline, text, lang))]


@pytest.mark.parametrize(("lang", "text", "found"), [
    # headline-ese for an arrest: a count or a person noun, then "held" / "vast" (session 30)
    ("en", "16 held after clashes in Linden\n\nPolice said three men were injured.", True),
    ("en", "Man held over Leeds stabbing\n\nPolice said the victim was treated in hospital.", True),
    ("nl", "Twee mannen vast na steekpartij in Tilburg\n\nDe politie meldt dat het slachtoffer gewond is.", True),
    ("en", "Talks held in Doha\n\nThe two sides met for six hours.", False),
])
def test_a_headline_s_held_after_a_count_or_a_person_is_an_arrest(pipeline, lang, text, found):  # type: ignore[no-untyped-def]
    headline = text.split("\n")[0]
    arrests = [e for e in extract(pipeline, text, lang).events
               if (e.type, e.mode) == ("COERCE", "arrest") and e.trigger.start < len(headline)]
    assert bool(arrests) == found, arrests


@pytest.mark.parametrize(("lang", "text", "kind"), [
    # a human chain across a way (session 30)
    ("en", "News\n\nAt 4 a.m. about 200 strikers linked arms across the bus exit of the depot.", ("PROTEST", "obstruct")),
    ("en", "News\n\nActivists formed a human chain in front of the gate.", ("PROTEST", "obstruct")),
    ("nl", "Nieuws\n\nZo'n tweehonderd stakers vormden een menselijke ketting voor de poort van het depot.",
     ("PROTEST", "obstruct")),
    # violence that breaks out after the story's march is a riot
    ("en", "News\n\nThousands of residents marched to the City Hall on Wednesday to demand water. The manager accepted "
           "their memorandum. That night, violence broke out in Joza.", ("PROTEST", "riot")),
])
def test_human_chains_and_violence_after_a_march_are_protests(pipeline, lang, text, kind):  # type: ignore[no-untyped-def]
    assert kind in kinds(extract(pipeline, text, lang))


def test_violence_after_an_armed_attack_is_no_riot(pipeline):  # type: ignore[no-untyped-def]
    text = "News\n\nGunmen attacked the village on Monday. That night, violence broke out in the town centre."
    assert ("PROTEST", "riot") not in kinds(extract(pipeline, text, "en"))


ROLES29_ACTS = [  # session 31 (blind roles29): ultimatums warned of, concessions, and acts the lexicon did not know
    # a party's act warned of on a condition, or the warner's own people's, is a threat
    ("en", "News\n\nThe association warned that drivers would stop work across the region from Monday if its members "
           "are not freed.", ("THREATEN", None)),
    ("en", "News\n\nThe truckers' confederation warned that its members would block the highway.", ("THREATEN", None)),
    ("nl", "Nieuws\n\nDe vakbond waarschuwt dat de chauffeurs het werk zullen neerleggen als de leden niet worden "
           "vrijgelaten.", ("THREATEN", None)),
    # a measure suspended is a concession
    ("en", "News\n\nOn Wednesday, the city administration suspended the directive for two weeks.", ("CONCEDE", None)),
    ("nl", "Nieuws\n\nWoensdag schortte het stadsbestuur het verbod voor twee weken op.", ("CONCEDE", None)),
    # blockades of a numbered route, or with burning tyres; stopping work
    ("en", "News\n\nProtesters blocked Route 5 near Ercilla on Monday.", ("PROTEST", "obstruct")),
    ("en", "News\n\nYouths blocked the N4 with burning tyres.", ("PROTEST", "obstruct")),
    ("nl", "Nieuws\n\nDezelfde dag blokkeerden jongeren de N4 bij Machava met brandende banden.", ("PROTEST", "obstruct")),
    ("en", "News\n\nBus drivers stopped work at noon over unpaid wages.", ("PROTEST", "strike")),
    # collective punishment as a word of blame
    ("nl", "Nieuws\n\nAMDH-bestuurder Fouad Ziani spreekt van 'collectieve straf'.", ("ACCUSE", "disapprove")),
    ("en", "News\n\nAMDH board member Fouad Ziani spoke of 'collective punishment'.", ("ACCUSE", "disapprove")),
    # a gloss in brackets after a noun does not break the verb bracket
    ("nl", "Nieuws\n\nOp woensdag legden de chauffeurs van de chapa's (minibustaxi's) het werk neer.",
     ("PROTEST", "strike")),
    ("nl", "Nieuws\n\nDinsdag legden de leden van de ABVV (socialisten) het werk neer.", ("PROTEST", "strike")),
]


@pytest.mark.parametrize(("lang", "text", "kind"), ROLES29_ACTS)
def test_ultimatums_warned_of_suspended_measures_and_route_blockades_are_found(pipeline, lang, text, kind):  # type: ignore[no-untyped-def]
    assert kind in kinds(extract(pipeline, text, lang))


@pytest.mark.parametrize(("lang", "text", "etype"), [
    ("en", "News\n\nA doctor, who requested anonymity, said the hospital had received 23 wounded people.", "REQUEST"),
    ("en", "News\n\nExperts warned that farmers would block roads.", "THREATEN"),  # a forecast: no condition, others
])
def test_anonymity_asked_for_and_a_forecast_of_others_acts_are_no_request_or_threat(pipeline, lang, text, etype):  # type: ignore[no-untyped-def]
    assert etype not in [t for t, _ in kinds(extract(pipeline, text, lang))]


@pytest.mark.parametrize(("lang", "text"), [
    # two protests of other kinds set apart by a contrastive conjunction are two events (session 31)
    ("en", "News\n\nIn Thessaloniki, a separate march of about 6,000 people passed off without incident, though students "
           "briefly occupied the rectorate of the Aristotle University."),
    ("nl", "Nieuws\n\nIn Thessaloniki verliep een mars van zo'n 6000 mensen zonder incidenten, maar studenten bezetten "
           "kort het rectoraat van de universiteit."),
])
def test_a_protest_set_against_another_is_its_own_event_without_the_other_s_count(pipeline, lang, text):  # type: ignore[no-untyped-def]
    events = {(e.type, e.mode): e for e in extract(pipeline, text, lang).events}
    assert ("PROTEST", "demo") in events and ("PROTEST", "obstruct") in events, list(events)
    assert not events[("PROTEST", "obstruct")].size


@pytest.mark.parametrize(("text", "mode"), [
    # a bomb is a suicide attack only when the text says so (the lexicon once read "suicide" as a flag, session 31)
    ("News\n\nA bomb exploded near the market on Monday.", "explosives"),
    ("News\n\nTwo bombs went off in the capital.", "explosives"),
    ("News\n\nA suicide bomb killed 12 people.", "suicide-attack"),
    ("News\n\nA suicide bomber killed 12 people at a checkpoint.", "suicide-attack"),
])
def test_a_bomb_is_a_suicide_attack_only_when_told_so(pipeline, text, mode):  # type: ignore[no-untyped-def]
    assert [m for t, m in kinds(extract(pipeline, text, "en")) if t == "ASSAULT"] == [mode]


def test_petrol_bombs_are_what_is_thrown_not_who_throws(pipeline):  # type: ignore[no-untyped-def]
    doc = extract(pipeline, "News\n\nPetrol bombs thrown at riot police after peaceful rally; two officers hurt\n\n"
                            "Text follows.", "en")
    assert not any(p.text.lower() == "petrol" for e in doc.events for p in e.actors), [(e.trigger, e.actors)
                                                                                       for e in doc.events]


def test_a_happening_a_year_of_its_own_names_is_another_event(pipeline):  # type: ignore[no-untyped-def]
    # "ter herdenking van de studentenopstand van 1973": the uprising of 1973, not the march that marks it
    text = "Nieuws\n\nDinsdag betoogden tienduizenden mensen in Athene ter herdenking van de studentenopstand van 1973."
    doc = extract(pipeline, text, "nl")
    old = [e for e in doc.events if e.when is not None and e.when.value == "1973"]
    assert len(old) == 1 and not old[0].size and len(doc.events) == 2, [(e.trigger.text, e.when) for e in doc.events]


NAMED_AS_CULPRIT = [  # naming a party as the one behind the unrest accuses it; naming a victim does not
    ("nl", "Indonesië wijst de KNPB aan als aanstichter van de onrust.", [("ACCUSE", "allege")]),
    ("en", "Jakarta identified the KNPB as the instigator of the unrest.", [("ACCUSE", "allege")]),
    ("nl", "De politie wees de verdachte aan als de man op de beelden.", []),
    ("en", "Police identified the victim as a 23-year-old man.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), NAMED_AS_CULPRIT)
def test_naming_a_party_as_the_culprit_is_an_accusation(pipeline, lang, text, expected):  # type: ignore[no-untyped-def]
    assert kinds(extract(pipeline, text, lang)) == expected


HANDED_OUT = [  # relief handed out is aid; books handed out are not
    ("nl", "Ons team deelde maandag 1.200 noodpakketten uit in Bunia.", [("AID", "humanitarian")]),
    ("en", "Our team distributed 1,200 emergency kits in Bunia on Monday.", [("AID", "humanitarian")]),
    ("nl", "De leraar deelde de boeken uit.", []),
    ("en", "The teacher distributed the books.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), HANDED_OUT)
def test_relief_handed_out_is_aid(pipeline, lang, text, expected):  # type: ignore[no-untyped-def]
    assert kinds(extract(pipeline, text, lang)) == expected


REJECTED_THAT = [  # a pronoun object between a separable verb and its particle opens no clause
    ("nl", "De woordvoerder wees dat af.", [("REJECT", None)]),
    ("nl", "De minister wees dat meteen af.", [("REJECT", None)]),
    ("en", "The spokesman rejected that.", [("REJECT", None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), REJECTED_THAT)
def test_a_pronoun_object_inside_a_separable_verb_keeps_the_verb_whole(pipeline, lang, text,
                                                                       expected):  # type: ignore[no-untyped-def]
    assert kinds(extract(pipeline, text, lang)) == expected


ACCUSED_AND_DENIED = [  # an accusation and the denial after a semicolon are two acts
    ("nl", "Indonesië wijst de KNPB aan als aanstichter van de onrust; die organisatie ontkent iedere betrokkenheid.",
     [("ACCUSE", "allege"), ("REJECT", None)]),
    ("en", "Jakarta accused the KNPB of instigating the unrest; the group denied any involvement.",
     [("ACCUSE", "allege"), ("REJECT", None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ACCUSED_AND_DENIED)
def test_a_denial_after_a_semicolon_is_no_part_of_the_accusation(pipeline, lang, text,
                                                                  expected):  # type: ignore[no-untyped-def]
    assert kinds(extract(pipeline, text, lang)) == expected


THROUGH_A_PLACE = [  # people moving through a place march; the place is the way, not who marched
    ("nl", "Op 24 september trokken zo'n 4.500 mensen door Nouméa.", [("PROTEST", "demo")], "mensen", "Nouméa"),
    ("nl", "Het comité organiseerde zaterdag een mars door Atbara.", [("PROTEST", "demo")], "comité", "Atbara"),
    ("nl", "Duizenden Groningers zijn zaterdag met fakkels door de binnenstad getrokken.", [("PROTEST", "demo")],
     "Groningers", "binnenstad"),
    ("en", "Some 4,500 people marched through Nouméa on 24 September.", [("PROTEST", "demo")], "people", "Nouméa"),
    ("nl", "De troepen trokken door het dorp.", [], None, None),
]


@pytest.mark.parametrize(("lang", "text", "expected", "actor", "place"), THROUGH_A_PLACE)
def test_a_march_through_a_place_is_done_by_the_marchers(pipeline, lang, text, expected, actor,
                                                          place):  # type: ignore[no-untyped-def]
    doc = extract(pipeline, text, lang)
    assert kinds(doc) == expected
    if actor is not None:
        actors = [a.text for a in doc.events[0].actors]
        assert any(actor in a for a in actors) and not any(place in a for a in actors), actors


ROADBLOCKS_PUT_UP = [  # barricades put up block a road; the separable verb is not the bare one ("werpen": throw)
    ("nl", "In de nacht wierpen jongeren wegversperringen op in Saint-Louis en op de weg naar Païta.",
     [("PROTEST", "obstruct")]),
    ("nl", "Jongeren wierpen zaterdag barricades op in de stad.", [("PROTEST", "obstruct")]),
    ("en", "Overnight, youths erected roadblocks in Saint-Louis and on the road to Païta.", [("PROTEST", "obstruct")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ROADBLOCKS_PUT_UP)
def test_putting_up_roadblocks_is_a_blockade(pipeline, lang, text, expected):  # type: ignore[no-untyped-def]
    assert kinds(extract(pipeline, text, lang)) == expected



# --------------------------------------------------------------------------- the same rule in every run
def test_the_rule_of_a_trigger_two_rows_spell_alike_is_the_same_in_every_run():
    """"vandalised" is the lemma of two rows ("vandalize", "vandalise"); a token's lemmas are a set, whose order
    follows the hash seed, so the rule label must not depend on it."""
    import os
    import subprocess
    import sys

    code = ("import kroniek\n"
            "doc = kroniek.extract('Rioters vandalised three shops in Leeds on Monday.', language='en',"
            " published='2025-03-14')\n"
            "print([e.rule for e in doc.events])\n")
    labels = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                             env={**os.environ, "PYTHONHASHSEED": seed}).stdout.strip()
              for seed in ("1", "2", "3", "4")}
    assert len(labels) == 1 and "vandali" in labels.pop()


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Nieuws\n\nOnbekenden gooiden 's nachts een brandbom naar het gemeentehuis."),
    ("nl", "Nieuws\n\nIn de nacht wierpen onbekenden een molotovcocktail naar de moskee."),
    ("en", "News\n\nDuring the night of 20/21.10.2026, unknown miscreants hurled a petrol bomb at the district office."),
    ("en", "News\n\nOvernight unknown men threw a firebomb at the town hall."),
])
def test_a_petrol_bomb_thrown_at_a_building_is_an_arson_attack(pipeline, lang, text):  # type: ignore[no-untyped-def]
    assert kinds(extract(pipeline, text, lang)) == [("ASSAULT", "destroy")]


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Nieuws\n\nDe ME heeft zaterdag 23 personen aangehouden."),
    ("en", "News\n\nRiot police detained 23 persons on Saturday."),
])
def test_persons_held_are_arrested(pipeline, lang, text):  # type: ignore[no-untyped-def]
    assert kinds(extract(pipeline, text, lang)) == [("COERCE", "arrest")]


@pytest.mark.parametrize(("lang", "text", "trigger"), [
    ("nl", "Nieuws\n\nMaandag braken zo'n 300 agenten en bewakers het stakerspiket af.", "braken"),
    ("en", "News\n\nOn Monday around 300 police and company guards tore down the picket line.", "tore down"),
    ("nl", "Nieuws\n\nArbeiders betogen tegen de gewelddadige uiteendrijving van het piket.", "uiteendrijving"),
    ("en", "News\n\nWorkers rallied against the violent dispersal of the picket line.", "dispersal"),
])
def test_a_picket_torn_down_or_dispersed_is_crowd_control(pipeline, lang, text,
                                                          trigger):  # type: ignore[no-untyped-def]
    doc = extract(pipeline, text, lang)
    assert [(e.type, e.mode) for e in doc.events if e.trigger.text == trigger] == [("ASSAULT", "crowd-control")]


@pytest.mark.parametrize(("lang", "text", "kind"), [
    ("nl", "Nieuws\n\nBetogers vertrokken rond 16.00 uur uit het park en bereikten om 17.30 uur het centrum.",
     ("PROTEST", "demo")),
    ("en", "News\n\nMarchers left the park around 4pm and reached the center by 5:30pm.", ("PROTEST", "demo")),
    ("nl", "Nieuws\n\nBetogers en politie bereikten een akkoord.", ("AGREE", None)),
    ("en", "News\n\nProtesters and police reached an agreement.", ("AGREE", None)),
])
def test_marchers_arriving_march(pipeline, lang, text, kind):  # type: ignore[no-untyped-def]
    assert kinds(extract(pipeline, text, lang)) == [kind]


@pytest.mark.parametrize(("lang", "text", "rejects"), [
    ("nl", "Nieuws\n\nHet CRIC beschuldigt de politie van geweld. Het ministerie van Defensie ontkent.", 1),
    ("nl", "Nieuws\n\nDe bond beschuldigt de politie van geweld. De politie ontkent het.", 1),
    ("en", "News\n\nThe union accused the police of violence. The ministry denies it.", 1),
    ("en", "News\n\nThe union accused the police of violence. The ministry denied that police fired.", 0),
])
def test_a_bare_denial_answers_an_accusation(pipeline, lang, text, rejects):  # type: ignore[no-untyped-def]
    assert kinds(extract(pipeline, text, lang)).count(("REJECT", None)) == rejects


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Nieuws\n\nDertien arbeiders blijven vastgehouden in het kamp."),
    ("nl", "Nieuws\n\nVijf activisten worden nog steeds vastgehouden."),
    ("en", "News\n\nThirteen (13) workers remain detained at the camp."),
    ("en", "News\n\nFive activists are still detained."),
])
def test_people_still_held_tell_no_new_arrest(pipeline, lang, text):  # type: ignore[no-untyped-def]
    assert ("COERCE", "arrest") not in kinds(extract(pipeline, text, lang))


@pytest.mark.parametrize(("lang", "text", "trigger"), [
    ("nl", "Nieuws\n\nAgenten braken een leslokaal af dat sinds het begin van de blokkade had gestaan.", "braken"),
    ("en", "News\n\nShe said officers tore down a teaching lodge that had stood since the blockade began.", "tore down"),
])
def test_a_building_torn_down_near_a_blockade_is_no_crowd_control(pipeline, lang, text,
                                                                 trigger):  # type: ignore[no-untyped-def]
    doc = extract(pipeline, text, lang)
    assert ("ASSAULT", "crowd-control") not in [(e.type, e.mode) for e in doc.events if e.trigger.text == trigger]


@pytest.mark.parametrize(("lang", "text", "kind"), [
    ("nl", "Nieuws\n\nNa de mars hield de politie hem twaalf uur vast.", ("COERCE", "arrest")),
    ("en", "News\n\nAfter the march, police held him for twelve hours.", ("COERCE", "arrest")),
    ("nl", "Nieuws\n\nDe minister veroordeelde het geweld en vraagt een onafhankelijk onderzoek.", ("REQUEST", None)),
    ("en", "News\n\nThe minister condemned the violence and asks for an independent inquiry.", ("REQUEST", None)),
    ("nl", "Nieuws\n\nDe actiegroep noemt de aanhoudingen \"pure intimidatie\".", ("ACCUSE", "disapprove")),
    ("en", "News\n\nThe action group called the arrests \"pure intimidation\".", ("ACCUSE", "disapprove")),
    ("nl", "Nieuws\n\nVrachtwagens blokkeren sinds 06.10 uur alle rijstroken.", ("PROTEST", "obstruct")),
    ("en", "News\n\nLorries have blocked all lanes since 6.10am.", ("PROTEST", "obstruct")),
])
def test_a_lorry_protest_s_blockade_detention_inquiry_and_reproach(pipeline, lang, text,
                                                                   kind):  # type: ignore[no-untyped-def]
    assert kind in kinds(extract(pipeline, text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Nieuws\n\nDe politie houdt vast aan haar lezing, zegt een woordvoerder na twee uur overleg."),
    ("en", "News\n\nPolice will hold a press conference in two hours."),
])
def test_holding_to_a_view_or_a_press_conference_is_no_arrest(pipeline, lang, text):  # type: ignore[no-untyped-def]
    assert ("COERCE", "arrest") not in kinds(extract(pipeline, text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "[NWS] Rellen bij anti-islamdemo in Gouda, ME grijpt in\n\nGOUDA - Een demonstratie op de Markt is "
           "zaterdagmiddag uit de hand gelopen."),
    ("en", "[NWS] Riots at anti-Islam rally in Gouda, police move in\n\nGOUDA - A demonstration on the Markt got out "
           "of hand on Saturday afternoon."),
])
def test_a_title_s_bracketed_tag_leaves_its_nominal_event(pipeline, lang, text):  # type: ignore[no-untyped-def]
    doc = extract(pipeline, text, lang)
    riots = [e for e in doc.events if (e.type, e.mode) == ("PROTEST", "riot")]
    assert riots and not any(p.text == "NWS" for e in doc.events for p in (*e.actors, *e.targets)), doc.events


@pytest.mark.parametrize(("lang", "text", "restricts"), [
    ("en", "News\n\nOfficers imposed Section 14 conditions at 9.40am.", True),
    ("nl", "Nieuws\n\nDe politie legde de betogers om 9.40 uur voorwaarden op.", True),
    ("en", "News\n\nThe court imposed a fine of 500 pounds.", False),
    ("nl", "Nieuws\n\nDe rechter legde hem een boete op.", False),
])
def test_conditions_imposed_on_a_protest_restrict_it(pipeline, lang, text, restricts):  # type: ignore[no-untyped-def]
    assert (("COERCE", "restrict") in kinds(extract(pipeline, text, lang))) is restricts


@pytest.mark.parametrize(("lang", "text", "abducts"), [
    ("nl", "Nieuws\n\nDe minister noemde de relschoppers 'criminelen die een heel volk gijzelen'.", False),
    ("en", "News\n\nThe minister called the rioters 'criminals holding a whole country hostage'.", False),
    ("nl", "Nieuws\n\nRebellen gijzelen drie journalisten in het noorden.", True),
    ("en", "News\n\nRebels held three journalists hostage in the north.", True),
])
def test_a_people_held_hostage_is_a_figure_of_speech(pipeline, lang, text, abducts):  # type: ignore[no-untyped-def]
    assert (("ASSAULT", "abduct") in kinds(extract(pipeline, text, lang))) is abducts


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "News\n\nThe rights group alleged that two were beaten in custody, which an MVD spokesman denied."),
    ("nl", "Nieuws\n\nDe groep stelde dat twee mannen in de cel zijn mishandeld, wat een woordvoerder van de politie "
           "ontkende."),
])
def test_a_denial_in_a_relative_on_the_whole_clause_answers_it(pipeline, lang, text):  # type: ignore[no-untyped-def]
    """Not part of what was alleged: a relative after a comma, with a speaker of its own, answers the allegation."""
    assert ("REJECT", None) in kinds(extract(pipeline, text, lang))


@pytest.mark.parametrize(("lang", "text", "kind"), [
    # a refusal to allow a protest (session 38)
    ("nl", "Nieuws\n\nDe groep kondigt een nieuwe demonstratie aan. De burgemeester zegt dat hij die \"niet zal "
           "toestaan\".", ("REJECT", None)),
    ("en", "News\n\nThe group announced a new rally. The mayor said he \"will not allow\" it.", ("REJECT", None)),
    ("nl", "Nieuws\n\nDe burgemeester staat de betoging niet toe.", ("REJECT", None)),
    ("en", "News\n\nThe governor will not allow the march.", ("REJECT", None)),
    # deaths that "fell": a killing whose killer the text does not name
    ("nl", "Nieuws\n\nHoeveel doden er die zondag vielen, is onduidelijk.", ("ASSAULT", None)),
    # a march told as walking towards an office, a go-slow of a column of trucks
    ("en", "News\n\nSeveral hundred women walked barefoot from Nkwen towards the Governor's office.", ("PROTEST", "demo")),
    ("nl", "Nieuws\n\nEen colonne van zo'n 60 trucks rijdt stapvoets over beide rijstroken.", ("PROTEST", "obstruct")),
    ("en", "News\n\nA convoy of some 60 lorries drove at walking pace along the motorway.", ("PROTEST", "obstruct")),
    # pepper spray called capsicum, a complaint filed, a claim called untrue, a court's order
    ("en", "News\n\nMembers were dragged off the road and a delegate was capsicum-sprayed.", ("ASSAULT", "crowd-control")),
    ("en", "News\n\nWe have filed a criminal complaint over threats against our supervisors.", ("ACCUSE", "allege")),
    ("en", "News\n\nThe union accuses us of using replacement workers. That is simply not true.", ("REJECT", None)),
    ("nl", "Nieuws\n\nDe bond beschuldigt ons van het inzetten van vervangers. Dat is gewoon niet waar.", ("REJECT", None)),
    ("en", "News\n\nThe High Court has granted the city council an injunction stopping the vigil.", ("COERCE", "ban")),
    ("nl", "Nieuws\n\nVrijdag betekende een gerechtsdeurwaarder een beschikking van de voorzitter van de rechtbank.",
     ("COERCE", "ban")),
    ("en", "News\n\nThe company has applied to the Fair Work Commission to suspend our action.", ("REQUEST", None)),
    ("en", "News\n\nA subbie's truck drove straight through the line and clipped a packer.", ("ASSAULT", None)),
    ("en", "News\n\nAround 60 police moved on our picket at the gate.", ("COERCE", None)),
    # a judgement in quotation marks of more than one word: a condemnation (and a quote)
    ("en", "News\n\nOrganisers have called the order \"an insult to the Constitution\".", ("ACCUSE", "disapprove")),
    ("en", "News\n\nThe mayor called the violence 'a disgrace to the city'.", ("ACCUSE", "disapprove")),
    # protesters called criminals; one dead who "fell"
    ("nl", "Nieuws\n\nDe president noemde de blokkeerders op tv \"criminelen die het land gijzelen\".",
     ("ACCUSE", "disapprove")),
    ("en", "News\n\nThe president called the blockaders \"criminals holding the country hostage\" on TV.",
     ("ACCUSE", "disapprove")),
    ("nl", "Nieuws\n\nOp het journaal zeiden ze dat er vandaag een dode is gevallen bij Santiago.", ("ASSAULT", None)),
    # a threat to burn a building down
    ("nl", "Nieuws\n\nHij had vrijdagavond op Facebook gedreigd het stadhuis van Kortrijk \"plat te branden\".",
     ("THREATEN", None)),
    ("en", "News\n\nHe had threatened on Facebook on Friday evening to \"burn down\" Kortrijk city hall.",
     ("THREATEN", None)),
])
def test_refusals_deaths_marches_go_slows_complaints_and_orders(pipeline, lang, text,
                                                               kind):  # type: ignore[no-untyped-def]
    assert kind in kinds(extract(pipeline, text, lang))


@pytest.mark.parametrize(("lang", "text", "kind"), [
    ("nl", "Nieuws\n\nDe wet staat niet toe dat agenten zonder reden fouilleren.", ("REJECT", None)),
    ("en", "News\n\nWe shall not allow a few individuals to hold the city hostage.", ("REJECT", None)),
    ("nl", "Nieuws\n\nDe dode viel van de trap.", ("ASSAULT", None)),
    ("en", "News\n\nThe students walked to the library after class.", ("PROTEST", "demo")),
    ("en", "News\n\nThe judge refused the agency's request for an injunction.", ("COERCE", "ban")),
    ("en", "News\n\nThe council will seek a court injunction if pickets obstruct its lorries.", ("COERCE", "ban")),
    ("en", "News\n\nThe police moved on to other matters after the briefing.", ("COERCE", None)),
    ("en", "KESTREL FOODS STRIKE BULLETIN #6\n\nOver 200 have walked out.", ("ASSAULT", "firearms")),
    ("en", "News\n\nHe called the strike a victory for the workers.", ("ACCUSE", "disapprove")),
])
def test_what_such_words_also_say_is_no_event(pipeline, lang, text, kind):  # type: ignore[no-untyped-def]
    assert kind not in kinds(extract(pipeline, text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Nieuws\n\nTwee militanten weigerden te vertrekken en werden aangehouden."),
    ("en", "News\n\nTwo militants refused to leave and were arrested."),
])
def test_an_act_joined_to_a_refusal_is_no_part_of_what_was_refused(pipeline, lang, text):  # type: ignore[no-untyped-def]
    assert ("COERCE", "arrest") in kinds(extract(pipeline, text, lang))


def test_a_second_infinitive_of_a_call_stays_what_was_called_for(pipeline):  # type: ignore[no-untyped-def]
    assert ("PROTEST", "obstruct") not in kinds(extract(pipeline, "News\n\nThe union called on members to strike "
                                                                  "and to block the depot.", "en"))
