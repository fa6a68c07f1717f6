"""Events: detection and typing, modes, modality, ACLED mapping, coordination, nominal events,
mention merging, arguments, dating and the explain command, in Dutch and English.

The sentences are written for these tests (not taken from any corpus).
"""

from __future__ import annotations

import json
import sys

import pytest
from typer.testing import CliRunner

import kroniek
from kroniek.errors import UnsupportedLanguageError
from kroniek.events import detect_events
from kroniek.events.cues import event_cues
from kroniek.events.lexicon import load_lexicon
from kroniek.lang import get_language
from kroniek.model import EVENT_TYPES, Document, Sentence, spans_of

from conftest import shared_path

PUBLISHED = "2024-05-10"


def events_of(pipeline, text: str, lang: str, published: str | None = PUBLISHED):  # type: ignore[no-untyped-def]
    return kroniek.extract(text, language=lang, published=published, pipeline=pipeline)


def types(doc) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.type for e in doc.events]


# --------------------------------------------------------------------------- typing
TYPED = [
    ("nl", "Honderden studenten trokken zaterdag door de straten van Utrecht.", "PROTEST", "demo"),
    ("nl", "In Leeuwarden gingen gisteren duizenden boeren de straat op.", "PROTEST", "demo"),
    ("nl", "Bij de rellen in het centrum raakten drie agenten gewond.", "PROTEST", "riot"),
    ("nl", "Het personeel van de haven legde dinsdag het werk neer.", "PROTEST", "strike"),
    ("nl", "Een gedetineerde is al drie weken in hongerstaking.", "PROTEST", "hunger"),
    ("nl", "Een vrouw stak zich voor het ministerie in brand.", "PROTEST", "self-harm"),
    ("nl", "Onbekenden hebben vannacht een moskee in Zwolle in brand gestoken.", "ASSAULT", "destroy"),
    ("nl", "Bij een bomaanslag op een markt zijn zeker twintig doden gevallen.", "ASSAULT", "explosives"),
    ("nl", "Gewapende mannen hebben dertig scholieren ontvoerd.", "ASSAULT", "abduct"),
    ("nl", "Het leger bestookte de stad urenlang met artillerie.", "ASSAULT", "heavy-weapons"),
    ("nl", "De politie heeft in Rotterdam twaalf relschoppers gearresteerd.", "COERCE", "arrest"),
    ("nl", "De regering kondigde een avondklok af in de hoofdstad.", "COERCE", "restrict"),
    ("nl", "Duizenden inwoners zijn op de vlucht geslagen voor het geweld.", "DISPLACE", "flee"),
    ("nl", "Honderden bewoners zijn geëvacueerd.", "DISPLACE", "evacuate"),
    ("nl", "De minister dreigde met sancties tegen het land.", "THREATEN", "sanction"),
    ("nl", "De vakbond eist een loonsverhoging van vijf procent.", "REQUEST", None),
    ("nl", "De premier heeft de beschuldigingen van corruptie afgewezen.", "REJECT", None),
    ("nl", "De ministers ontmoetten elkaar dinsdag in Brussel.", "CONSULT", None),
    ("nl", "De rebellen hebben tien gijzelaars vrijgelaten.", "RETREAT", "release"),
    ("nl", "Het leger trok zich terug uit de stad.", "RETREAT", "withdraw"),
    ("nl", "De Europese Unie heeft nieuwe sancties tegen Iran ingesteld.", "SANCTION", None),
    ("nl", "Het ministerie besloot reservisten te mobiliseren.", "MOBILIZE", "reservists"),
    ("nl", "De oppositieleider beschuldigde de president van verkiezingsfraude.", "ACCUSE", "allege"),
    ("en", "Hundreds of protesters marched through central London on Saturday.", "PROTEST", "demo"),
    ("en", "Workers at the port went on strike over wages.", "PROTEST", "strike"),
    ("en", "Demonstrators blocked the main highway to the airport.", "PROTEST", "obstruct"),
    ("en", "A man set himself on fire outside the parliament.", "PROTEST", "self-harm"),
    ("en", "Protesters set fire to a police station.", "ASSAULT", "destroy"),
    ("en", "A car bomb exploded near a market in Baghdad.", "ASSAULT", "explosives"),
    ("en", "Russian forces shelled the city overnight.", "ASSAULT", "heavy-weapons"),
    ("en", "An airstrike hit a residential building.", "ASSAULT", "aerial"),
    ("en", "Unidentified gunmen abducted 30 students from a school.", "ASSAULT", "abduct"),
    ("en", "Police arrested 12 people in the capital.", "COERCE", "arrest"),
    ("en", "The government imposed a curfew in the capital.", "COERCE", "restrict"),
    ("en", "Thousands of residents fled their homes.", "DISPLACE", "flee"),
    ("en", "The minister threatened to impose sanctions on the country.", "THREATEN", "sanction"),
    ("en", "The union demanded a five percent pay rise.", "REQUEST", None),
    ("en", "The prime minister rejected the accusations of corruption.", "REJECT", None),
    ("en", "The foreign ministers met in Brussels on Tuesday.", "CONSULT", None),
    ("en", "The rebels released ten hostages.", "RETREAT", "release"),
    ("en", "The United States sent more weapons to the army.", "AID", "military"),
    ("en", "The United States said it will send more weapons to the army.", "AGREE", None),
    ("en", "Syria said it will not accept any more refugees.", "REJECT", None),
    ("en", "The farmers said they would blockade the capital unless the tax is scrapped.", "THREATEN", None),
    ("en", "The opposition accused the president of fraud.", "ACCUSE", "allege"),
    ("en", "Both parties agreed to a ceasefire on Sunday.", "AGREE", None),
    ("nl", "Klimaatactivisten hebben de snelweg bij Den Haag bezet.", "PROTEST", "obstruct"),
    ("nl", "Het kabinet heeft de avondklok opgeheven.", "CONCEDE", None),
    ("nl", "Iran heeft twee Britse diplomaten het land uitgezet.", "SANCTION", "expel"),
    ("nl", "Oekraïne en Rusland hebben krijgsgevangenen uitgewisseld.", "RETREAT", "release"),
    ("en", "A Ukrainian drone struck an oil depot near the border.", "ASSAULT", "drone"),
    ("en", "The government conceded to demands from the rebels.", "CONCEDE", None),
    # South Asian English: prohibitory orders, a lathi-charge, a suspended internet; reinforcements called in
    ("en", "Prohibitory orders were imposed in parts of the city on Tuesday.", "COERCE", "restrict"),
    ("en", "Police resorted to a mild lathi-charge to disperse the mob.", "ASSAULT", "crowd-control"),
    ("en", "Mobile internet services were suspended for 24 hours.", "COERCE", "censor"),
    ("en", "Officers called in reinforcements from nearby districts.", "MOBILIZE", "police"),
    ("nl", "De politie riep versterking in van de omliggende zones.", "MOBILIZE", "police"),
    # gendarmes sent as troops are (the Dutch marechaussee is a gendarmerie)
    ("nl", "Nederland stuurt dertig marechaussees naar het eiland.", "MOBILIZE", "troops"),
    # hawkers' carts seized
    ("en", "City police seized the carts of fruit sellers on Monday.", "COERCE", "seize"),
    ("nl", "De stadspolitie nam maandag de karren van fruitverkopers in beslag.", "COERCE", "seize"),
    # a conviction is the court's act on the accused, like a sentence
    ("en", "Lau was convicted of common assault last month after a four-day trial.", "COERCE", "arrest"),
    ("nl", "Lau werd vorige maand door de rechtbank veroordeeld wegens mishandeling.", "COERCE", "arrest"),
    # an impersonal passive strike at a workplace
    ("nl", "Op honderden scholen in Servië wordt sinds maandag gestaakt.", "PROTEST", "strike"),
    ("en", "At hundreds of schools in Serbia, teachers have been on strike since Monday.", "PROTEST", "strike"),
    ("en", "France sent 200 gendarmes to the island on Friday.", "MOBILIZE", "troops"),
    ("nl", "Het kabinet veroordeelt de aanval op de moskee.", "ACCUSE", "disapprove"),  # no court: condemnation
    # a denial or a refusal written with its negator (session 34)
    ("nl", "Van buitensporig geweld is geen sprake.", "REJECT", None),
    ("nl", "De club herkent zich daar niet in.", "REJECT", None),
    ("nl", "We gaan nergens heen.", "REJECT", None),
    ("nl", "De politie zegt dat de studenten gewapend waren. Dat is een leugen.", "REJECT", None),
    ("en", "Police say the students were armed. We say this is a lie.", "REJECT", None),
    ("en", "We are not going anywhere.", "REJECT", None),
    ("en", "We are going nowhere.", "REJECT", None),
    # a measure said to hold now is no generic statement
    ("en", "A curfew is in force in the capital.", "COERCE", "restrict"),
    ("nl", "Een avondklok is van kracht in de hoofdstad.", "COERCE", "restrict"),
    # distancing from an act, tyres stabbed flat, a denial of any act, a refusal as "not on the table", a formal
    # complaint, a recommendation taken over, a petition handed over (session 35)
    ("nl", "Het comité neemt publiekelijk afstand van de gooiers.", "ACCUSE", "disapprove"),
    ("en", "The committee distanced itself from the egg throwers.", "ACCUSE", "disapprove"),
    ("nl", "Twee dagen later waren de banden van zijn auto lek gestoken.", "ASSAULT", "destroy"),
    ("nl", "De politiezone Zuid ontkent elke aanrijding.", "REJECT", None),
    ("en", "The police deny any wrongdoing.", "REJECT", None),
    ("nl", "De staatssecretaris schrijft dat een extra schadefonds niet aan de orde is.", "REJECT", None),
    ("en", "The minister said a new fund was out of the question.", "REJECT", None),
    ("nl", "Verzoekster klaagt erover dat zij vijf uur in een bus moest wachten.", "ACCUSE", "allege"),
    ("en", "The complainant complains that police kept her in a bus for five hours.", "ACCUSE", "allege"),
    ("nl", "De korpschef liet weten de aanbeveling over te nemen.", "AGREE", None),
    ("en", "The police chief accepted the recommendation.", "AGREE", None),
    ("nl", "Boeren overhandigden een petitie aan de minister.", "REQUEST", None),
    ("en", "The union handed a petition to the Finance Minister.", "REQUEST", None),
    # a place whose name starts like a censor's word ("app") leaves a blockade a blockade
    ("nl", "Zaterdag blokkeert het comité de ingang van het kantoor in Appingedam.", "PROTEST", "obstruct"),
    ("en", "On Saturday the committee blocked the entrance of the council office in Appleton.", "PROTEST", "obstruct"),
    # someone held for hours by the authorities is detained
    ("en", "A reporter for a community radio station was held for three hours in Talinding.", "COERCE", "arrest"),
    ("nl", "Een verslaggever werd vanochtend drie uur vastgehouden op het politiebureau.", "COERCE", "arrest"),
]


@pytest.mark.parametrize(("lang", "text", "etype", "mode"), TYPED)
def test_sentence_gets_its_event_type_and_mode(pipeline, lang, text, etype, mode):  # type: ignore[no-untyped-def]
    doc = events_of(pipeline, text, lang)
    found = [e for e in doc.events if e.type == etype]
    assert found, f"no {etype} in {types(doc)}"
    if mode is not None:
        assert found[0].mode == mode


NOT_EVENTS = [
    ("nl", "De tijd van betogingen en protestmarsen is voorbij."),
    ("nl", "De officier ligt in kritieke toestand op de intensive care."),
    ("nl", "Het museum toont een tentoonstelling over de geschiedenis van de stad."),
    ("nl", "Ik wil niet vechten in dat land, zei hij."),
    ("en", "The museum shows an exhibition about the history of the city."),
    ("en", "Stock markets rallied on Tuesday after the announcement."),
    ("en", "He suffered a heart attack last year."),
    ("nl", "Een combi van de politiezone zette de achtervolging in op een bromfiets."),  # a chase, not a deployment
    ("en", "The monastery was sheltering displaced people from nearby villages."),  # who they are, not a flight
    ("nl", "De keeper gooide de bal naar zijn verdediger."),  # thrown at a person, but no attack vocabulary around
    ("en", "The boy threw a stick towards the lake."),  # thrown, but at no one
    ("nl", "De burgemeester was duidelijk. Wie vuurwerk naar agenten gooit, hoort in de cel."),  # a free relative
    ("nl", "De motie over het stikstofbeleid is aangehouden."),  # a motion held over, no arrest
    ("en", "He called the report propaganda from state-funded media."),  # a participle inside an adjective
    ("en", "Shares rallied on Friday after the announcement."),
    ("en", "Reporters pelted the minister with questions."),
    ("nl", "Journalisten bestookten de minister met vragen."),
    ("nl", "De school heeft de lessen gestaakt."),  # stopped, no strike
    ("nl", "“Dit was geen protest, dit was een poging tot staatsgreep”, zei hij op de staatszender."),  # a name denied
    ("en", '"This was not a protest, it was an attempted coup," he said on state television.'),
    ("en", "The school has halted its lessons."),
]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Residents were met with rubber bullets and stun grenades on Tuesday."),
    ("nl", "Bewoners werden dinsdag met rubberkogels en traangas ontvangen."),
])
def test_being_met_with_force_is_no_meeting(pipeline, lang, text):  # type: ignore[no-untyped-def]
    assert not [e for e in events_of(pipeline, text, lang).events if e.type == "CONSULT"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The hearing was held for three hours at the court in Banjul."),
    ("nl", "De zitting werd drie uur lang vastgehouden aan de agenda."),
])
def test_a_meeting_held_for_hours_is_no_detention(pipeline, lang, text):  # type: ignore[no-untyped-def]
    assert not [e for e in events_of(pipeline, text, lang).events if e.type == "COERCE"]


@pytest.mark.parametrize(("lang", "text"), NOT_EVENTS)
def test_generic_mentions_are_not_events(pipeline, lang, text):  # type: ignore[no-untyped-def]
    assert events_of(pipeline, text, lang).events == ()


# --------------------------------------------------------------------------- nominal events and coordination
NOMINAL = [
    ("nl", "Er volgde een reeks aanslagen in het noorden van het land.", "ASSAULT"),
    ("nl", "Vorig jaar kwam het tot massale rellen in de hoofdstad.", "PROTEST"),
    ("en", "A wave of bombings followed in the north of the country.", "ASSAULT"),
    ("en", "Violent riots broke out in the capital last year.", "PROTEST"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), NOMINAL)
def test_nominal_event_is_an_event(pipeline, lang, text, etype):  # type: ignore[no-untyped-def]
    doc = events_of(pipeline, text, lang)
    assert etype in types(doc)


COORDINATED = [
    ("nl", "Relschoppers staken een politiebureau in brand, net als twee auto's en een bushokje.",
     ["auto's", "bushokje"]),
    ("en", "Protesters set fire to a police station, as well as two cars and a bus shelter.", ["cars", "shelter"]),
]


@pytest.mark.parametrize(("lang", "text", "heads"), COORDINATED)
def test_coordinated_objects_give_separate_events(pipeline, lang, text, heads):  # type: ignore[no-untyped-def]
    doc = events_of(pipeline, text, lang)
    assault = [e for e in doc.events if e.type == "ASSAULT"]
    assert len(assault) == 3
    assert [e.trigger.text for e in assault[1:]] == heads
    assert all(e.targets for e in assault[1:])


# --------------------------------------------------------------------------- modality
MODALITY = [
    ("nl", "Er werden geen arrestaties verricht.", "COERCE", "negated"),
    ("nl", "Het kabinet zal volgende week nieuwe sancties aankondigen.", "SANCTION", "future"),
    ("nl", "De woordvoerder ontkende niet dat er troepen naar de grens worden gestuurd.", "MOBILIZE", "possible"),
    ("nl", "Als de onderhandelingen mislukken, zouden de boeren de snelwegen blokkeren.", "PROTEST", "hypothetical"),
    ("nl", "Ook niet alleen studenten demonstreerden, maar ook docenten.", "PROTEST", "asserted"),
    ("en", "No arrests were made.", "COERCE", "negated"),
    ("en", "The government will impose a curfew next week.", "COERCE", "future"),
    ("en", "The president did not rule out sending troops to the border.", "MOBILIZE", "possible"),
    ("en", "The minister denied that the army had attacked civilians.", "ASSAULT", "negated"),
    ("nl", "Leraren leggen donderdag 16 mei het werk neer.", "PROTEST", "future"),
    ("nl", "De vakbond kondigde een staking aan bij de spoorwegen.", "PROTEST", "future"),
    # the consequent of a condition (issue 17): hypothetical, also after a negation or a future
    ("nl", "Als de gesprekken vastlopen, dan leggen de leraren het werk neer.", "PROTEST", "hypothetical"),
    # the speaker's own act promised on any condition is an ultimatum (session 15)
    ("nl", "Als de gesprekken vastlopen, dan leggen we het werk neer.", "THREATEN", "asserted"),
    # a negated condition is an "unless": the act promised on it is a threat, told as a fact (session 14)
    ("nl", "Als de regering niet luistert, zouden de boeren de snelwegen blokkeren.", "THREATEN", "asserted"),
    ("nl", "Als de gemeente niet betaalt, dan leggen we het werk neer.", "THREATEN", "asserted"),
    ("en", "Bin workers will walk out if the council does not pay them.", "THREATEN", "asserted"),
    ("en", "If talks fail, bin workers will walk out indefinitely.", "PROTEST", "hypothetical"),
    ("en", "Bin workers will walk out indefinitely if the council refuses to pay them.", "PROTEST", "hypothetical"),
    # a month that is a modal's twin is no modal (session 32)
    ("en", "Teachers marched through Lahore in May 2024.", "PROTEST", "asserted"),
    # the noun "wil" is no intention (session 17)
    ("nl", "De directeur werd urenlang tegen zijn wil vastgehouden door boze werknemers.", "ASSAULT", "asserted"),
    ("nl", "Jongeren wilden de directeur ontvoeren.", "ASSAULT", "hypothetical"),
]


@pytest.mark.parametrize(("lang", "text", "etype", "modality"), MODALITY)
def test_modality(pipeline, lang, text, etype, modality):  # type: ignore[no-untyped-def]
    doc = events_of(pipeline, text, lang)
    found = [e for e in doc.events if e.type == etype]
    assert found, types(doc)
    assert found[0].modality == modality


DEONTIC = [
    ("nl", "Een senator zei vandaag dat het land dienstplichtigen moet verbieden om te reizen."),
    ("en", "The senator said the government should ban conscripts from travelling abroad."),
]


@pytest.mark.parametrize(("lang", "text"), DEONTIC)
def test_must_ban_is_a_request_not_a_ban(pipeline, lang, text):  # type: ignore[no-untyped-def]
    doc = events_of(pipeline, text, lang)
    assert types(doc) == ["REQUEST"]


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "\"Vanaf nu kunnen de verraders rekenen op kogels\", schreef de groep op Telegram."),
    ("en", "\"From now on the traitors can expect bullets,\" the group wrote on Telegram."),
])
def test_violence_promised_in_a_quote_is_a_threat(pipeline, lang, text):  # type: ignore[no-untyped-def]
    doc = events_of(pipeline, text, lang)
    assert [(e.type, e.mode, e.modality) for e in doc.events] == [("THREATEN", "violence", "asserted")]


# --------------------------------------------------------------------------- ACLED mapping
ACLED = [
    ("nl", "De politie zette traangas in tegen de betogers.", "Protests", "Protest with intervention"),
    ("nl", "Bij de rellen in het centrum raakten drie agenten gewond.", "Riots", "Violent demonstration"),
    ("nl", "Rebellen hebben de stad ingenomen.", "Battles", "Non-state actor overtakes territory"),
    ("nl", "Oekraïense troepen heroverden het dorp.", "Battles", "Government regains territory"),
    ("nl", "De explosieven werden door het leger onschadelijk gemaakt.", "Strategic developments",
     "Disrupted weapons use"),
    ("en", "Security forces opened fire on protesters, killing three.", "Protests",
     "Excessive force against protesters"),
    ("en", "Government troops clashed with rebels near the border.", "Battles", "Armed clash"),
    ("en", "An Israeli airstrike hit a residential building.", "Explosions/Remote violence", "Air/drone strike"),
    ("en", "Police arrested 12 people in the capital.", "Strategic developments", "Arrests"),
    ("en", "Thousands marched peacefully through the city.", "Protests", "Peaceful protest"),
    ("en", "The two armed groups signed a peace agreement with the army.", "Strategic developments", "Agreement"),
    ("en", "A suicide bomber blew himself up at a checkpoint.", "Explosions/Remote violence", "Suicide bomb"),
]


@pytest.mark.parametrize(("lang", "text", "event_type", "sub_event_type"), ACLED)
def test_acled_mapping_with_refinements(pipeline, lang, text, event_type, sub_event_type):  # type: ignore[no-untyped-def]
    doc = events_of(pipeline, text, lang)
    assert (event_type, sub_event_type) in [(e.acled.event_type, e.acled.sub_event_type) for e in doc.events]


# --------------------------------------------------------------------------- arguments, size, dating
@pytest.mark.parametrize(("lang", "text", "slot", "low"), [
    ("nl", "Een man heeft in Utrecht een agent neergeschoten.", "injured", 1),
    ("nl", "De politie heeft zaterdag 14 betogers aangehouden.", "arrested", 14),
    ("en", "A car bomb exploded near a market, killing at least 15 people.", "killed", 15),
    ("en", "Police arrested 12 people in the capital.", "arrested", 12),
    # a person noun that starts with a thing's word ("village", "dorp", "land") counts people
    ("nl", "Rebellen hebben zondag vijf dorpelingen gedood.", "killed", 5),
    ("nl", "Bij de aanval kwamen zeven dorpsbewoners om het leven.", "killed", 7),
    ("en", "Gunmen killed three villagers on Monday.", "killed", 3),
    ("en", "Police detained twelve landowners in the district.", "arrested", 12),
    ("en", "Police detained four truckers at the depot late Tuesday.", "arrested", 4),
])
def test_size_from_quantities_and_verbs(pipeline, lang, text, slot, low):  # type: ignore[no-untyped-def]
    doc = events_of(pipeline, text, lang)
    sizes = [e.size_of(slot) for e in doc.events if e.size_of(slot)]
    assert sizes and sizes[0].low == low  # type: ignore[union-attr]


@pytest.mark.parametrize(("lang", "text", "slot"), [
    ("nl", "Bij de aanval werden vijf dorpen verwoest en twee mensen gedood.", "killed"),
    ("en", "The attack destroyed five villages and killed two people.", "killed"),
])
def test_the_plural_of_a_thing_stays_a_thing(pipeline, lang, text, slot):  # type: ignore[no-untyped-def]
    doc = events_of(pipeline, text, lang)
    sizes = [e.size_of(slot) for e in doc.events if e.size_of(slot)]
    assert sizes and all(s.low == 2 for s in sizes), [(e.type, e.size) for e in doc.events]



@pytest.mark.parametrize(("lang", "text", "value", "precision", "source"), [
    ("nl", "Op zaterdag gingen duizenden mensen in Den Haag de straat op.", "2024-05-04", "day", "text"),
    ("nl", "Duizenden mensen gingen in Den Haag de straat op.", PUBLISHED, "day", "published"),
    ("en", "In 2020 violent riots broke out in the capital.", "2020", "year", "text"),
    ("en", "Thousands of people marched through the capital against the war.", PUBLISHED, "day", "published"),
    # "kondigde ... af" imposes (afkondigen), it does not plan (aankondigen): Saturday is the one just gone
    ("nl", "De burgemeester kondigde zaterdag een noodverordening af voor de wijk.", "2024-05-04", "day", "text"),
])
def test_when_is_the_governing_date_or_the_published_day(pipeline, lang, text, value, precision, source):  # type: ignore[no-untyped-def]
    doc = events_of(pipeline, text, lang)
    when = doc.events[0].when
    assert when is not None
    assert (when.value, when.precision, when.source) == (value, precision, source)


def test_no_published_date_and_no_time_means_no_when(pipeline):  # type: ignore[no-untyped-def]
    doc = events_of(pipeline, "Police arrested 12 people in the capital.", "en", published=None)
    assert doc.events[0].when is None


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Betogers bezetten zaterdag een kantoor in Amsterdam. In Rotterdam trokken honderden mensen de "
           "straat op. De politie arresteerde in Utrecht zes activisten."),
    ("en", "Protesters occupied an office in Amsterdam. In Rotterdam hundreds of people took to the streets. "
           "Police arrested six activists in Utrecht."),
])
def test_every_event_offset_is_exact(pipeline, lang, text):  # type: ignore[no-untyped-def]
    doc = events_of(pipeline, text, lang)
    assert doc.events
    for kind, start, end, span in spans_of(doc):
        if kind.startswith("event"):
            assert doc.text[start:end] == span


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Het leger begon maandag met de mobilisatie van reservisten. Critici noemen de mobilisatie "
           "een vergissing."),
    ("en", "The army began the mobilization of reservists on Monday. Critics called the mobilization a mistake."),
])
def test_the_same_event_told_twice_is_one_event_with_mentions(pipeline, lang, text):  # type: ignore[no-untyped-def]
    doc = events_of(pipeline, text, lang)
    mobilize = [e for e in doc.events if e.type == "MOBILIZE"]
    assert len(mobilize) == 1
    assert [m.sentence for m in mobilize[0].mentions] == [1]
    assert [e.id for e in doc.events] == [f"ev-{n}" for n in range(1, len(doc.events) + 1)]


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Bij een aanslag in Kabul kwamen vijf mensen om. Een dag later volgde een nieuwe aanslag in Herat."),
    ("en", "An attack in Kabul killed five people. A day later a new attack followed in Herat."),
])
def test_a_new_event_of_the_same_type_is_not_merged(pipeline, lang, text):  # type: ignore[no-untyped-def]
    doc = events_of(pipeline, text, lang)
    assert types(doc).count("ASSAULT") == 2


# --------------------------------------------------------------------------- lexicon
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_lexicon_covers_every_type_broadly(lang):  # type: ignore[no-untyped-def]
    lexicon = load_lexicon(get_language(lang))
    covered = {e.type for e in lexicon.entries}
    assert covered == set(EVENT_TYPES)
    assert len({e.line for e in lexicon.entries}) >= 300


# --------------------------------------------------------------------------- language data
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_each_language_provides_every_word_list_events_reads(lang: str) -> None:
    cues = event_cues(get_language(lang))  # reads every events_* list; a missing one is a ResourceError
    assert cues.words and cues.patterns and cues.small_numbers


@pytest.mark.parametrize("part", ["events_patterns", "events_facts"])
def test_nl_and_en_name_the_same_patterns_and_facts(part: str) -> None:
    nl, en = get_language("nl").json(part), get_language("en").json(part)
    assert {k for k in nl if not k.startswith("_")} == {k for k in en if not k.startswith("_")}


def test_an_unknown_language_is_the_one_unsupported_language_error() -> None:
    text = "Thousands protested in Paris."
    doc = Document(id="d1", text=text, language="xx", sentences=(Sentence(i=0, start=0, end=len(text)),))
    with pytest.raises(UnsupportedLanguageError):
        detect_events(doc)


# --------------------------------------------------------------------------- explain and the examples
@pytest.mark.parametrize(("lang", "text", "marked"), [
    ("nl", "Duizenden boeren gingen dinsdag in Den Haag de straat op.\n", "[[gingen]]"),
    ("en", "Police arrested twelve activists in London on Monday.\n", "[[arrested]]"),
])
def test_explain_marks_trigger_and_names_the_rule(tmp_path, lang, text, marked):  # type: ignore[no-untyped-def]
    from kroniek.cli import app

    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["explain", str(path), "--language", lang, "--published", PUBLISHED])
    assert result.exit_code == 0, result.output
    assert marked in result.output
    assert "rule: lexicon:" in result.output


def test_explain_rejects_a_bad_language(tmp_path):  # type: ignore[no-untyped-def]
    from kroniek.cli import app

    path = tmp_path / "article.txt"
    path.write_text("Police arrested twelve activists in London on Monday.", encoding="utf-8")
    result = CliRunner().invoke(app, ["explain", str(path), "--language", "fr"])
    assert result.exit_code == 3


def test_shared_examples_reach_the_event_targets(example_docs, tmp_path):  # type: ignore[no-untyped-def]
    gold = shared_path("examples")
    sys.path.insert(0, str(shared_path("tools")))
    import score  # type: ignore[import-not-found]

    tally = None
    for stem, doc in example_docs.items():
        result = score.score_document(json.loads((gold / f"{stem}.gold.json").read_text("utf-8")), doc.to_dict(), stem)
        t = result.tallies["events"]
        if tally is None:
            tally = t
        else:
            tally.add(t)
    metrics = tally.metrics()  # type: ignore[union-attr]
    assert metrics["f1"] >= 0.85
    attrs = metrics["attributes"]
    assert attrs["where_acc"]["accuracy"] >= 0.85
    assert attrs["when_acc"]["accuracy"] >= 0.90


# --------------------------------------------------------------------------- headlines, tolls and false friends
@pytest.mark.parametrize(("lang", "text", "etype"), [
    ("nl", "Drie doden bij aanslag op markt in Kabul\n\nBij een aanslag op een markt in Kabul zijn drie mensen om het "
           "leven gekomen.", "ASSAULT"),
    ("en", "Teachers strike across Kenya\n\nThousands of teachers walked out of classrooms on Monday.", "PROTEST"),
])
def test_headline_and_lead_are_one_event(pipeline, lang, text, etype):  # type: ignore[no-untyped-def]
    doc = events_of(pipeline, text, lang)
    found = [e for e in doc.events if e.type == etype]
    assert len(found) == 1
    assert found[0].sentence == 0 and [m.sentence for m in found[0].mentions] == [1]


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Het leger bestookte gisteren een dorp in het noorden. Daarbij werden twaalf burgers gedood."),
    ("en", "Militants attacked an army base near the border on Sunday. 12 soldiers were killed."),
])
def test_a_casualty_sentence_joins_its_attack(pipeline, lang, text):  # type: ignore[no-untyped-def]
    doc = events_of(pipeline, text, lang)
    assert types(doc) == ["ASSAULT"]
    killed = doc.events[0].size_of("killed")
    assert killed is not None and killed.low == 12


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Ajax won zondag met 3-1 van Feyenoord na een sterke aanval in de tweede helft."),
    ("nl", "De verplichte 61 stemmen kwamen in de eerste ronde achter zijn naam."),
    ("nl", "De reizigers die in het station opstappen, bezetten alle plaatsen."),
    ("en", "The striker scored twice as the home side attacked relentlessly in the second half."),
    ("en", "The leader of the Rapid Support Forces gave an interview on television."),
    ("nl", "Het kabinet gaat de inflatie te lijf met een nieuw pakket maatregelen."),
    ("nl", "De kosten van het nieuwe stadion liepen volledig uit de hand."),
    ("en", "The storm cut power to twenty thousand homes in the province."),
    ("nl", "De directie houdt vast aan het plan om de fabriek te sluiten."),
    ("nl", "De directeur blijft vasthouden aan de sluiting."),
])
def test_false_friends_are_not_events(pipeline, lang, text):  # type: ignore[no-untyped-def]
    assert types(events_of(pipeline, text, lang)) == []


@pytest.mark.parametrize(("lang", "text", "etype"), [
    ("nl", "Oekraïne riep de bondgenoten op om meer luchtafweer te leveren.", "REQUEST"),
    ("en", "Aid agencies called for a humanitarian ceasefire.", "REQUEST"),
    ("en", "The rebels accused the army of bombing villages.", "ACCUSE"),
])
def test_the_content_of_a_request_or_accusation_is_not_a_second_event(pipeline, lang, text, etype):  # type: ignore[no-untyped-def]
    assert types(events_of(pipeline, text, lang)) == [etype]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("nl", "Direct nadat de regering de mobilisatie had afgekondigd, gingen duizenden mensen de straat op.",
     ["PROTEST"]),
    ("en", "After the government had announced a mobilization, thousands of people took to the streets.",
     ["PROTEST"]),
])
def test_a_pluperfect_after_clause_is_background(pipeline, lang, text, expected):  # type: ignore[no-untyped-def]
    assert types(events_of(pipeline, text, lang)) == expected


# --------------------------------------------------------------------------- unseen-text failure classes (issue 7)
MONDAY = "2024-05-13"

UNREST_LEXICON = [
    ("nl", "In de binnenstad braken vrijdagavond ongeregeldheden uit.", "PROTEST", "riot"),
    ("nl", "Na de arrestatie ontstond grote onrust in de wijk.", "PROTEST", "riot"),
    ("nl", "De burgemeester heeft voor het centrum een noodbevel afgekondigd.", "COERCE", "restrict"),
    ("nl", "De gemeente stelde een noodverordening in voor de hele wijk.", "COERCE", "restrict"),
    ("nl", "Boze boeren barricadeerden de toegangsweg met hooibalen.", "PROTEST", "obstruct"),
    ("nl", "Een jongen van zestien werd met een mes gestoken bij het station.", "ASSAULT", None),
    ("nl", "Onbekenden hebben in Zwolle drie auto's in brand gestoken.", "ASSAULT", "destroy"),
    ("nl", "Jongeren plunderden een drogisterij in de winkelstraat.", "ASSAULT", "destroy"),
    ("nl", "Gewapende mannen hebben twee hulpverleners ontvoerd.", "ASSAULT", "abduct"),
    ("nl", "De regering kondigde een avondklok af voor de provincie.", "COERCE", "restrict"),
    ("nl", "Studenten hebben het bestuursgebouw van de universiteit bezet.", "PROTEST", "obstruct"),
    ("nl", "De strijdende partijen sloten een wapenstilstand.", "RETREAT", "ceasefire"),
    ("en", "Protesters barricaded the entrance to the ministry with tyres.", "PROTEST", "obstruct"),
    ("en", "Students occupied the rector's office on Tuesday.", "PROTEST", "obstruct"),
    ("en", "The governor declared a state of emergency in the province.", "COERCE", None),
    ("en", "Authorities imposed a curfew after the riots.", "COERCE", "restrict"),
    ("en", "A mob ransacked the offices of the electoral commission.", "ASSAULT", "destroy"),
    ("en", "Gunmen abducted two aid workers near the border.", "ASSAULT", "abduct"),
    ("en", "Crowds set alight several vehicles in the market.", "ASSAULT", "destroy"),
    ("en", "Prisoners at the jail began a hunger strike.", "PROTEST", "hunger"),
    # session 8, from the held-out roles6 set: shutdowns, warnings of prosecution, bricks, fights, tyre burning
    ("nl", "De autoriteiten hebben het mobiele internet uitgeschakeld.", "COERCE", "censor"),
    ("en", "Mobile internet has been cut across the country since Monday evening.", "COERCE", "censor"),
    ("en", "The government imposed an internet shutdown in the capital on Friday.", "COERCE", "censor"),
    ("nl", "De burgemeester waarschuwde dat iedereen die opnieuw demonstreert zal worden vervolgd.", "THREATEN", None),
    ("en", "He warned that anyone who joined further protests would be prosecuted.", "THREATEN", None),
    ("nl", "Daar gingen de supporters van beide clubs elkaar te lijf.", "ASSAULT", None),
    ("nl", "Na de wedstrijd is het zondagavond in Anderlecht helemaal uit de hand gelopen.", "PROTEST", "riot"),
    ("en", "Later, masked men were throwing bricks at officers guarding the entrance.", "ASSAULT", None),
    ("en", "A delivery rider was chased and beaten.", "ASSAULT", "beat"),
    ("nl", "Jongeren staken autobanden in brand op de ringweg.", "PROTEST", "obstruct"),
    ("en", "Young men burned tyres on the main road.", "PROTEST", "obstruct"),
    ("nl", "Rond het middaguur greep de ME in.", "ASSAULT", "crowd-control"),
    ("nl", "Agenten duwden de betogers met schilden terug.", "ASSAULT", "crowd-control"),
    ("en", "Riot police pushed the protesters back with shields.", "ASSAULT", "crowd-control"),
    ("nl", "Een boer gooide een emmer mest over een agent heen.", "ASSAULT", None),
    ("nl", "Hij werd ter plekke in de boeien geslagen.", "COERCE", "arrest"),
    ("en", "He was handcuffed on the spot.", "COERCE", "arrest"),
    ("nl", "Kevin Bakker werd veroordeeld tot vier jaar cel.", "COERCE", None),
    ("en", "Barton was sentenced to four years in prison.", "COERCE", None),
    # session 14: anything thrown at people is an attack; an act promised on a negated condition is a threat
    ("nl", "Een van de bewoners gooide een pot verf naar de deurwaarders.", "ASSAULT", None),
    ("nl", "Supporters wierpen bekers bier naar de stewards.", "ASSAULT", None),
    ("en", "A man flung a cup of coffee at the minister's bodyguards.", "ASSAULT", None),
    ("en", "Fans hurled plastic chairs at the stewards.", "ASSAULT", None),
    ("nl", "De bonden zeiden dat ze de distributiecentra zouden bezetten als de directie het voorstel niet terugnam.",
     "THREATEN", None),
    ("en", "The students said they would occupy the library if the rector did not meet them by Monday.", "THREATEN", None),
    ("nl", "In de gevangenis weigeren twaalf gedetineerden al een week te eten.", "PROTEST", "hunger"),
    ("en", "Twelve detainees have refused food for a week.", "PROTEST", "hunger"),
    ("nl", "Sinds de uitspraak krijgt de rechter dreigberichten.", "THREATEN", None),
    ("nl", "Twee vissers zijn woensdag in de haven aangehouden.", "COERCE", "arrest"),
    ("en", "Teachers downed their tools across the county on Monday.", "PROTEST", "strike"),
    ("en", "Hundreds of supporters rallied outside the court on Friday.", "PROTEST", "demo"),
    ("en", "Riot police moved in at dawn and cleared the square.", "ASSAULT", "crowd-control"),
    ("en", "Two council vans had their tyres slashed overnight.", "ASSAULT", "destroy"),
    # session 15 (blind roles13): throws at a pronoun for people; an act after a "when"-clause holding an order;
    # tear gas "responded with"; the police regaining control; an unarmed crowd clashing with the police;
    # separable verbs in "-aan"; smashing windows; driving into a picket; ending a protest
    ("nl", "Toen de agenten kwamen, gooiden de jongeren stenen naar hen.", "ASSAULT", None),
    ("en", "When the officers arrived, the youths threw bottles at them.", "ASSAULT", None),
    ("en", "The youths threw bottles at them.", "ASSAULT", None),
    ("nl", "De jongeren gooiden flessen naar hen.", "ASSAULT", None),
    ("en", "When officers ordered them to leave, the students threw rocks at the officers.", "ASSAULT", None),
    ("nl", "Toen agenten hen bevalen te vertrekken, gooiden de studenten stenen naar de agenten.", "ASSAULT", None),
    ("en", "Police responded with tear gas.", "ASSAULT", "crowd-control"),
    ("nl", "De politie reageerde met traangas.", "ASSAULT", "crowd-control"),
    ("en", "The riot police unit regained control shortly after midnight.", "ASSAULT", "crowd-control"),
    ("nl", "Rond middernacht kreeg de politie de situatie weer onder controle.", "ASSAULT", "crowd-control"),
    ("en", "Students clashed with state police at the toll booth on Wednesday.", "PROTEST", "riot"),
    ("nl", "Jongeren raakten zaterdag slaags met de politie.", "PROTEST", "riot"),
    ("en", "Police clashed with gunmen in the north on Wednesday.", "ASSAULT", None),
    ("nl", "Woedende stakers sloegen daarop de ruiten van de vrachtwagen in.", "ASSAULT", "destroy"),
    ("nl", "Een demonstrant sloeg de agent neer.", "ASSAULT", None),
    ("en", "Angry dockers smashed the windscreen of the lorry.", "ASSAULT", "destroy"),
    ("nl", "Een vrachtwagen reed in op het piket van de stakers.", "ASSAULT", None),
    ("nl", "Na afloop van de mars liep het in Otrobanda uit de hand.", "PROTEST", "riot"),  # "hand.": no abbreviation
    ("en", "The minister condemned what he called an \"unprovoked attack\" on officers.", "ASSAULT", None),  # a label
    ("nl", "Rond 11 uur maakte de politie een einde aan de actie.", "ASSAULT", "crowd-control"),
    ("en", "The minister warned of a return-to-work order if exports were hit.", "THREATEN", None),
    ("en", "Those responsible will face the full force of the law, the minister said.", "THREATEN", None),
    # session 16: blocking an entrance or gate; a throw aimed at people is an attack on them; pelting
    ("en", "Workers blocked the entrance of the plant on Monday.", "PROTEST", "obstruct"),
    ("nl", "Werknemers blokkeerden maandag de ingang van de fabriek.", "PROTEST", "obstruct"),
    ("en", "Dockworkers blocked the gates of the terminal.", "PROTEST", "obstruct"),
    ("en", "The strikers threw stones at the police.", "ASSAULT", None),
    ("nl", "De stakers gooiden stenen naar de politie.", "ASSAULT", None),
    ("en", "The protesters pelted the police with stones.", "ASSAULT", None),
    ("en", "A non-union truck was pelted with eggs by protesters.", "ASSAULT", None),
    ("nl", "Een vrachtwagen werd door actievoerders met eieren bekogeld.", "ASSAULT", None),
    # a deadline to leave is an ultimatum; a court's short sentence; a barricaded alley; cut cables; evictions
    ("en", "The board gave the occupiers until 11 pm to leave the building.", "THREATEN", "ultimatum"),
    ("nl", "Het bestuur gaf de bezetters daarop tot 23.00 uur om het gebouw te verlaten.", "THREATEN", "ultimatum"),
    ("en", "The court sentenced four of the detained protesters to ten days of administrative detention.", "COERCE",
     "arrest"),
    ("nl", "De rechtbank veroordeelde vier betogers tot tien dagen administratieve detentie.", "COERCE", "arrest"),
    ("en", "She had been on hunger strike over the jailing of her brother.", "COERCE", "arrest"),
    ("en", "Residents had barricaded the alley with wooden carts.", "PROTEST", "obstruct"),
    ("nl", "Bewoners hadden de steeg met karren gebarricadeerd.", "PROTEST", "obstruct"),
    ("en", "Overnight, the power cables of a production line were cut.", "ASSAULT", "destroy"),
    ("nl", "Onbekenden knipten 's nachts de stroomkabels van de fabriek door.", "ASSAULT", "destroy"),
    ("en", "The city evicted 300 families from the riverbank.", "COERCE", None),
    ("nl", "De gemeente heeft veertig gezinnen uitgezet.", "COERCE", None),
    ("en", "Officers moved in with excavators to clear the waterfront settlement.", "COERCE", None),
    # session 17: people held against their will by others than the police are abducted
    ("en", "Strikers held the plant manager hostage for six hours on Tuesday.", "ASSAULT", "abduct"),
    ("en", "The workers held two directors against their will for six hours.", "ASSAULT", "abduct"),
    ("nl", "Stakers hielden dinsdag de topman en twee directieleden zes uur vast.", "ASSAULT", "abduct"),
    ("nl", "De directeur werd urenlang tegen zijn wil vastgehouden door boze werknemers.", "ASSAULT", "abduct"),
    # protesters removed by the police, an occupied building evacuated: crowd control (carried away protesters
    # stay the arrest the roles gold codes them as)
    ("en", "Gendarmes removed the blockaders without incident.", "ASSAULT", "crowd-control"),
    ("en", "Riot police evacuated the occupied lecture hall on Friday morning.", "ASSAULT", "crowd-control"),
    ("nl", "De ME verwijderde de betogers van het spoor.", "ASSAULT", "crowd-control"),
    # blocking locks, a channel or a port by fishermen; threats to close a port; a skipper held; talks refused
    ("nl", "Vorige maand blokkeerden vissers al een dag lang de sluizen bij Den Oever.", "PROTEST", "obstruct"),
    ("en", "Last month fishermen blocked the locks at Den Oever for a day.", "PROTEST", "obstruct"),
    ("nl", "Vissers leggen de haven van Den Helder plat.", "PROTEST", "obstruct"),
    ("nl", "De vissers gooien volgende week de haven van Rotterdam dicht.", "PROTEST", "obstruct"),
    ("nl", "Een schipper uit Urk werd aangehouden.", "COERCE", "arrest"),
    ("nl", "De havenmeester gaf de vissers tot 11.00 uur om de vaargeul vrij te maken.", "THREATEN", "ultimatum"),
    ("nl", "Dijkstra wil niet met de actievoerders praten zolang de blokkade duurt.", "REJECT", None),
    ("en", "The minister does not want to meet the protesters.", "REJECT", None),
    ("nl", "Politie beëindigt bezetting van Orion na veertig uur", "ASSAULT", "crowd-control"),
    ("en", "Riot police ended the occupation of the lecture hall on Friday.", "ASSAULT", "crowd-control"),
]


@pytest.mark.parametrize(("lang", "text", "trigger"), [
    # a threat verb that reports the act is the threat, its subject the one who threatens (session 15)
    ("nl", "Gebeurt dat niet, dan leggen de havenarbeiders de hele haven plat, dreigt Verstraete.", "dreigt"),
    ("nl", "De vakbond eist loonsverhoging. Anders leggen de havenarbeiders maandag de haven plat, dreigt Peeters.",
     "dreigt"),
])
def test_a_threat_verb_reporting_an_act_is_the_threat(pipeline, lang, text, trigger):  # type: ignore[no-untyped-def]
    doc = events_of(pipeline, text, lang, MONDAY)
    threats = [e for e in doc.events if e.type == "THREATEN"]
    assert [e.trigger.text for e in threats] == [trigger], types(doc)
    assert threats[0].actors and threats[0].actors[0].text.startswith(text.split()[-1].rstrip("."))


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Staan de tenten er woensdag nog, dan laat ik het kamp ontruimen, zei de burgemeester."),
    ("nl", "Gebeurt dat niet, dan leggen we op 17 maart de hele haven plat."),
])
def test_a_verb_first_condition_makes_the_promised_act_a_threat(pipeline, lang, text):  # type: ignore[no-untyped-def]
    doc = events_of(pipeline, text, lang, MONDAY)
    assert "THREATEN" in [e.type for e in doc.events], types(doc)


@pytest.mark.parametrize(("lang", "text", "speaker", "threatened"), [
    ("en", "Those responsible will face the full force of the law, the minister said.", "the minister",
     "Those responsible"),
    ("en", "Protesters must leave by noon or face arrest, police said.", "police", "Protesters"),
    ("nl", "Relschoppers kunnen rekenen op een harde aanpak, zei de burgemeester.", "de burgemeester", "Relschoppers"),
])
def test_who_will_face_a_sanction_is_threatened_by_who_says_so(pipeline, lang, text, speaker, threatened):  # type: ignore[no-untyped-def]
    doc = events_of(pipeline, text, lang, MONDAY)
    threats = [e for e in doc.events if e.type == "THREATEN"]
    assert threats, types(doc)
    assert [a.text for a in threats[0].actors] == [speaker]
    assert [t.text for t in threats[0].targets] == [threatened]
    assert threats[0].modality == "asserted"  # the future is the sanction's; the threat is made as it is said


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Tijdens de spits vielen jongeren een buschauffeur aan."),  # rush hour, not a centre-forward
    ("nl", "Een nieuwe golf van aanslagen trof Kabul op maandag."),  # a wave, not golf
    ("en", "The truck was pelted with eggs by strikers."),  # strikers on a picket line
    ("en", "A wave of attacks hit Kabul, the coach driver said."),
])
def test_one_word_with_a_sports_sense_does_not_make_a_sentence_sport(pipeline, lang, text):  # type: ignore[no-untyped-def]
    doc = events_of(pipeline, text, lang, MONDAY)
    assert "ASSAULT" in types(doc), types(doc)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Anyone who attacks soldiers will face prosecution, the minister said."),
    ("nl", "Iedereen die agenten aanvalt, wordt vervolgd, zei de minister."),
])
def test_the_act_of_a_free_choice_relative_is_no_event(pipeline, lang, text):  # type: ignore[no-untyped-def]
    doc = events_of(pipeline, text, lang, MONDAY)
    assert "ASSAULT" not in [e.type for e in doc.events], types(doc)


@pytest.mark.parametrize(("lang", "text", "etype", "mode"), UNREST_LEXICON)
def test_unrest_and_emergency_vocabulary(pipeline, lang, text, etype, mode):  # type: ignore[no-untyped-def]
    doc = events_of(pipeline, text, lang, MONDAY)
    found = [e for e in doc.events if e.type == etype]
    assert found, f"no {etype} in {types(doc)}"
    if mode is not None:
        assert found[0].mode == mode


LOOTING = [
    ("nl", "Relschoppers plunderden in de nacht een elektronicawinkel."),
    ("en", "Rioters looted an electronics store overnight."),
]


@pytest.mark.parametrize(("lang", "text"), LOOTING)
def test_looting_is_acled_looting(pipeline, lang, text):  # type: ignore[no-untyped-def]
    doc = events_of(pipeline, text, lang, MONDAY)
    assert [e.acled.sub_event_type for e in doc.events] == ["Looting/property destruction"]


STABBED_TO_DEATH = [
    ("nl", "Een man is zondagnacht doodgestoken in een park."),
    ("en", "A teenager was stabbed to death outside a nightclub."),
]


@pytest.mark.parametrize(("lang", "text"), STABBED_TO_DEATH)
def test_stabbed_to_death_is_killed(pipeline, lang, text):  # type: ignore[no-untyped-def]
    doc = events_of(pipeline, text, lang, MONDAY)
    slots = {s.slot for e in doc.events for s in e.size}
    assert "killed" in slots and "injured" not in slots


ACTOR_COUNTS = [
    ("nl", "Honderden jongeren bekogelden de politie met stenen."),
    ("nl", "Tientallen relschoppers gooiden vuurwerk naar agenten."),
    ("en", "Hundreds of youths pelted the police with stones."),
    ("en", "Dozens of rioters threw bottles at officers."),
]


@pytest.mark.parametrize(("lang", "text"), ACTOR_COUNTS)
def test_a_count_of_the_actors_is_no_casualty(pipeline, lang, text):  # type: ignore[no-untyped-def]
    doc = events_of(pipeline, text, lang, MONDAY)
    assert doc.events
    assert not {s.slot for e in doc.events for s in e.size} & {"injured", "killed", "arrested"}


SIZE_BY_ROLE = [
    ("nl", "Bij ongeregeldheden in Tilburg zijn zeven agenten gewond geraakt.", "PROTEST", "injured", 7),
    ("nl", "Bij een aanval op een kazerne kwamen vijf soldaten om het leven.", "ASSAULT", "killed", 5),
    ("nl", "Duizenden boeren betoogden in Den Haag en de politie hield 40 mensen aan.", "COERCE", "arrested", 40),
    ("en", "During clashes in Durban, seven officers were injured.", None, "injured", 7),
    ("en", "Thousands of protesters marched in Lagos and police detained 40 people.", "COERCE", "arrested", 40),
    ("en", "Thousands of protesters marched in Lagos and police detained 40 people.", "PROTEST", "participants", 2000),
    ("en", "Three people died when police opened fire on the crowd.", "ASSAULT", "killed", 3),
]


@pytest.mark.parametrize(("lang", "text", "etype", "slot", "low"), SIZE_BY_ROLE)
def test_size_comes_from_the_role_of_the_counted_people(pipeline, lang, text, etype, slot, low):  # type: ignore[no-untyped-def]
    doc = events_of(pipeline, text, lang, MONDAY)
    found = [e for e in doc.events if etype is None or e.type == etype]
    assert found, f"no {etype} in {types(doc)}"
    sizes = {s.slot: s.low for s in found[0].size}
    assert sizes.get(slot) == low


DAY_TIMES = [
    ("nl", "Zaterdagavond braken in Eindhoven rellen uit.", "2024-05-11"),
    ("nl", "Vrijdagnacht plunderden jongeren een supermarkt in Kaapstad.", "2024-05-10"),
    ("en", "On Saturday night rioters torched a bus in the township.", "2024-05-11"),
    ("en", "Police arrested 20 people on Friday evening.", "2024-05-10"),
]


@pytest.mark.parametrize(("lang", "text", "value"), DAY_TIMES)
def test_an_event_takes_its_day_from_a_time_of_day(pipeline, lang, text, value):  # type: ignore[no-untyped-def]
    doc = events_of(pipeline, text, lang, MONDAY)
    assert doc.events
    when = doc.events[0].when
    assert when is not None and when.source == "text" and when.value == value and when.precision == "day"


COORDINATED_OBJECTS = [
    ("nl", "Relschoppers staken zondagavond een auto en twee containers in brand.", ["een auto", "twee containers"]),
    ("nl", "Onbekenden hebben een moskee, een kerk en een school vernield.", None),
    ("en", "On Sunday, rioters torched a car and two shops.", ["a car", "two shops"]),
]


@pytest.mark.parametrize(("lang", "text", "targets"), COORDINATED_OBJECTS)
def test_each_object_of_a_destruction_verb_is_an_event(pipeline, lang, text, targets):  # type: ignore[no-untyped-def]
    doc = events_of(pipeline, text, lang, MONDAY)
    destroyed = [e for e in doc.events if e.type == "ASSAULT" and e.mode == "destroy"]
    if targets is None:
        assert len(destroyed) == 3
        return
    assert [e.targets[0].text for e in destroyed[1:]] == targets[1:]
    assert len(destroyed) == len(targets)
    assert len({e.when.value for e in destroyed if e.when}) == 1


COORDINATED_VERBS = [
    ("nl", "Jongeren staken auto's in brand en plunderden een supermarkt.", 2),
    ("nl", "Relschoppers vernielden bushokjes en plunderden winkels in het centrum.", 2),
    ("en", "Rioters burned homes and looted shops in the township.", 2),
    ("en", "Gunmen shot and killed three villagers.", 1),
    # an attack on people and a destruction, each with its own subject
    ("nl", "Honderden relschoppers bekogelden de politie met stenen, drie auto's werden in brand gestoken.", 2),
    ("nl", "Relschoppers vielen agenten aan met stenen en drie auto's werden in brand gestoken.", 2),
    ("en", "Rioters attacked police officers with bricks, and three cars were set on fire.", 2),
]


SEQUENCED = [  # "after"/"nadat" between two acts of one type: two happenings; a casualty verb is the toll
    ("en", "The airstrike came a day after resistance fighters ambushed a junta convoy near Shwebo.", 2),
    ("nl", "De aanval op het politiebureau kwam een dag nadat militanten een legerkonvooi aanvielen bij Gao.", 2),
    ("en", "Two villagers were killed after gunmen opened fire on a bus.", 1),
    ("nl", "Twee dorpelingen werden gedood nadat schutters het vuur openden op een bus.", 1),
    # one act that sets off the other (session 32)
    ("en", "Demonstrators set fire to the gate of the directorate, prompting the forces to use tear gas.", 2),
    ("en", "Witnesses said a second drone hit a fuel depot near the airport, setting it ablaze.", 1),
]


def test_the_object_of_a_verb_that_sets_an_act_off_does_it(pipeline):  # type: ignore[no-untyped-def]
    """"prompting the forces to use tear gas": the forces fire it, at the demonstrators of the clause before."""
    doc = events_of(pipeline, "Demonstrators set fire to the gate of the directorate, prompting the forces to use "
                    "tear gas.", "en", MONDAY)
    gas = next(e for e in doc.events if e.mode == "crowd-control")
    assert [a.text for a in gas.actors] == ["the forces"]
    assert [t.text for t in gas.targets] == ["Demonstrators"]  # (used on those whose act set it off)


@pytest.mark.parametrize(("lang", "text", "n"), SEQUENCED)
def test_acts_ordered_in_time_are_separate_events(pipeline, lang, text, n):  # type: ignore[no-untyped-def]
    doc = events_of(pipeline, text, lang, MONDAY)
    assert len([e for e in doc.events if e.type == "ASSAULT"]) == n, [(e.type, e.trigger.text) for e in doc.events]


@pytest.mark.parametrize(("lang", "text", "n"), COORDINATED_VERBS)
def test_coordinated_verbs_with_their_own_objects_are_separate_events(pipeline, lang, text, n):  # type: ignore[no-untyped-def]
    doc = events_of(pipeline, text, lang, MONDAY)
    assault = [e for e in doc.events if e.type == "ASSAULT"]
    assert len(assault) == n
    assert n == 1 or all(e.actors for e in assault)


ATTRIBUTED = [
    ("nl", "De politie heeft zondag 31 mensen aangehouden, meldt een woordvoerder.", "COERCE", "arrested", 31),
    ("nl", "Volgens de politie werden in de nacht 14 mensen opgepakt.", "COERCE", "arrested", 14),
    ("nl", "Een woordvoerder bevestigde dat de politie 25 mensen heeft opgepakt.", "COERCE", "arrested", 25),
    ("nl", "Bij rellen in Arnhem zijn vier mensen aangehouden, laat de politie weten.", "COERCE", "arrested", 4),
    ("en", "Police arrested 35 people, a spokesman said.", "COERCE", "arrested", 35),
    ("en", "According to police, 18 people were detained in the capital.", "COERCE", "arrested", 18),
    ("en", "Security forces killed four protesters, the ministry confirmed.", "ASSAULT", "killed", 4),
    ("en", "Police said 20 people had been detained after the march.", "COERCE", "arrested", 20),
]


@pytest.mark.parametrize(("lang", "text", "etype", "slot", "low"), ATTRIBUTED)
def test_an_attributed_report_is_an_asserted_event(pipeline, lang, text, etype, slot, low):  # type: ignore[no-untyped-def]
    doc = events_of(pipeline, text, lang, MONDAY)
    found = [e for e in doc.events if e.type == etype]
    assert found, f"no {etype} in {types(doc)}"
    assert found[0].modality == "asserted"
    assert {s.slot: s.low for s in found[0].size}.get(slot) == low


CLAIMED = [
    ("nl", "Demonstranten hebben de snelweg geblokkeerd, meldt de ANWB.", "ANWB"),
    ("nl", "Volgens Amnesty International zijn drie betogers doodgeschoten.", "Amnesty International"),
    ("en", "Protesters blocked the main highway, Reuters reported.", "Reuters"),
    ("en", "According to the United Nations, three protesters were shot dead.", "United Nations"),
]


@pytest.mark.parametrize(("lang", "text", "who"), CLAIMED)
def test_the_reporting_entity_claims_the_event(pipeline, lang, text, who):  # type: ignore[no-untyped-def]
    doc = events_of(pipeline, text, lang, MONDAY)
    assert doc.events
    ents = {e.id: e.text for e in doc.entities}
    claimed = doc.events[0].claimed_by
    assert claimed is not None and who in ents[claimed]


REQUEST_CONTENT = [
    ("nl", "De burgemeester riep de jongeren op om de wapens in te leveren.", "REQUEST", ["REQUEST"]),
    ("nl", "De oppositie beschuldigde de politie ervan demonstranten te hebben mishandeld.", "ACCUSE", ["ACCUSE"]),
    ("en", "The mayor urged residents to evacuate the town.", "REQUEST", ["REQUEST"]),
    ("en", "The rebels threatened to attack the capital.", "THREATEN", ["THREATEN"]),
    ("nl", "Het leger dreigde de rebellen in Goma aan te vallen.", "THREATEN", ["THREATEN"]),
    ("nl", "De regering dreigde de partij te verbieden.", "THREATEN", ["THREATEN"]),
]


@pytest.mark.parametrize(("lang", "text", "etype", "expected"), REQUEST_CONTENT)
def test_only_requests_accusations_and_threats_swallow_their_content(pipeline, lang, text, etype, expected):  # type: ignore[no-untyped-def]
    assert types(events_of(pipeline, text, lang, MONDAY)) == expected


AT_RISK = [
    ("nl", "De dijk dreigt te breken."),
    ("nl", "Het overleg over de cao dreigt te mislukken."),
    ("en", "The talks threaten to collapse."),
    ("en", "Rising prices threaten to push millions into poverty."),
    ("en", "The crisis threatens to spill over into neighbouring countries."),
    ("en", "Floods threatened the city on Tuesday."),
    ("en", "The fire threatened hundreds of homes."),
]


@pytest.mark.parametrize(("lang", "text"), AT_RISK)
def test_at_risk_of_something_that_is_no_event_is_no_threat(pipeline, lang, text):  # type: ignore[no-untyped-def]
    """"dreigt te breken": Dutch "dreigen" is also "be at risk of"; only an act of the lexicon makes it a threat.
    English "threaten" is a threat verb of the lexicon by itself, and a subject that names no party ("talks",
    "prices", "fire") makes it the same "be at risk of"."""
    assert "THREATEN" not in types(events_of(pipeline, text, lang, MONDAY))


PARTIES_THREATEN = [
    ("en", "Union leaders threatened to strike on Monday.", "Union leaders"),
    ("en", "Teachers threatened to quit.", "Teachers"),
    ("en", "Landlords threatened to evict the tenants.", "Landlords"),
    ("en", "The statement threatened retaliation.", "The statement"),
    ("en", "Hamas threatened Israel.", "Hamas"),
    ("nl", "Boeren dreigden de snelweg te blokkeren.", "Boeren"),
    ("nl", "De vakbond dreigde met acties.", "De vakbond"),
]


@pytest.mark.parametrize(("lang", "text", "actor"), PARTIES_THREATEN)
def test_a_party_that_threatens_makes_a_threat(pipeline, lang, text, actor):  # type: ignore[no-untyped-def]
    """The other side of the at-risk reading: a person, group or body (an agent noun of the actor tables, an
    occupation, a message standing for its sender, a name) threatens even with nothing else to go on."""
    threats = [e for e in events_of(pipeline, text, lang, MONDAY).events if e.type == "THREATEN"]
    assert [[a.text for a in e.actors] for e in threats] == [[actor]]


SETTING_NOMINALS = [
    ("nl", "Bij ongeregeldheden in Venlo raakten drie agenten gewond.", "PROTEST", "injured", 3),
    ("nl", "Bij rellen in Arnhem zijn vier mensen aangehouden.", "PROTEST", None, None),
    ("en", "During clashes in Mombasa, five officers were injured.", None, "injured", 5),
    ("en", "Amid riots in the capital, police dispersed the crowd with tear gas.", "PROTEST", None, None),
]


@pytest.mark.parametrize(("lang", "text", "etype", "slot", "low"), SETTING_NOMINALS)
def test_a_setting_nominal_is_an_event_with_its_casualties(pipeline, lang, text, etype, slot, low):  # type: ignore[no-untyped-def]
    doc = events_of(pipeline, text, lang, MONDAY)
    found = [e for e in doc.events if etype is None or e.type == etype]
    assert found, f"no {etype} in {types(doc)}"
    if slot is not None:
        assert {s.slot: s.low for s in found[0].size}.get(slot) == low


DISPERSAL = [
    ("nl", "De ME heeft de demonstranten met traangas uiteengedreven.", "crowd-control"),
    ("en", "Police dispersed them with tear gas near the stadium.", "crowd-control"),
]


@pytest.mark.parametrize(("lang", "text", "mode"), DISPERSAL)
def test_dispersal_is_crowd_control(pipeline, lang, text, mode):  # type: ignore[no-untyped-def]
    doc = events_of(pipeline, text, lang, MONDAY)
    assert [(e.type, e.mode) for e in doc.events if e.type == "ASSAULT"] == [("ASSAULT", mode)]


LIVE_FIRE = [
    ("nl", "De politie schoot met scherpe munitie en traangas op betogers in de hoofdstad.", "firearms"),
    ("en", "Security forces fired live rounds and tear gas at protesters in the capital.", "firearms"),
    ("en", "Police fired tear gas at protesters in the capital.", "crowd-control"),
    ("nl", "De politie vuurde traangas af op betogers in de hoofdstad.", "crowd-control"),
]


@pytest.mark.parametrize(("lang", "text", "mode"), LIVE_FIRE)
def test_live_fire_beside_tear_gas_is_firearms(pipeline, lang, text, mode):  # type: ignore[no-untyped-def]
    doc = events_of(pipeline, text, lang, MONDAY)
    assert [(e.type, e.mode) for e in doc.events if e.type == "ASSAULT"] == [("ASSAULT", mode)]


TACTICS = [
    ("nl", "Jongeren staken autobanden in brand en blokkeerden wegen in de wijk."),
    ("en", "Young men burned tyres and blocked roads in the Sebkha district."),
]


@pytest.mark.parametrize(("lang", "text"), TACTICS)
def test_two_tactics_of_one_protest_are_one_event(pipeline, lang, text):  # type: ignore[no-untyped-def]
    doc = events_of(pipeline, text, lang, MONDAY)
    assert types(doc) == ["PROTEST"], [(e.type, e.trigger.text) for e in doc.events]


MORE_VOCABULARY = [
    ("nl", "De VN riepen de strijdende partijen op de wapens neer te leggen.", "REQUEST", None),
    ("nl", "De buschauffeurs gingen maandag in staking.", "PROTEST", "strike"),
    ("nl", "Supporters vielen na de wedstrijd agenten aan met stokken.", "ASSAULT", None),
    ("nl", "De menigte bestormde het gemeentehuis van de stad.", "ASSAULT", None),
    ("nl", "Kapers hebben een vrachtschip gekaapt voor de kust van Somalië.", "ASSAULT", "abduct"),
    ("en", "Rebels shelled the airport overnight.", "ASSAULT", "heavy-weapons"),
    ("en", "Hooligans attacked police officers after the match.", "ASSAULT", None),
    ("en", "Protesters stormed the city hall in the morning.", "ASSAULT", None),
]


@pytest.mark.parametrize(("lang", "text", "etype", "mode"), MORE_VOCABULARY)
def test_more_conflict_vocabulary(pipeline, lang, text, etype, mode):  # type: ignore[no-untyped-def]
    doc = events_of(pipeline, text, lang, MONDAY)
    found = [e for e in doc.events if e.type == etype]
    assert found, f"no {etype} in {types(doc)}"
    if mode is not None:
        assert found[0].mode == mode


VERB_FINAL_COORDINATION = [
    ("nl", "Gewapende mannen hebben een bus gekaapt en de passagiers gegijzeld.", 2),
    ("nl", "Onbekenden hebben een auto vernield en een winkel geplunderd.", 2),
]


@pytest.mark.parametrize(("lang", "text", "n"), VERB_FINAL_COORDINATION)
def test_verb_final_conjuncts_are_separate_events(pipeline, lang, text, n):  # type: ignore[no-untyped-def]
    assert len([e for e in events_of(pipeline, text, lang, MONDAY).events if e.type == "ASSAULT"]) == n


PAST_WITH_LATER_WEEKDAY = [
    ("nl", "Relschoppers plunderden zaterdagavond een supermarkt.", "2024-05-10"),
    ("en", "Rioters looted a shop on Saturday.", "2024-05-10"),
]


@pytest.mark.parametrize(("lang", "text", "published"), PAST_WITH_LATER_WEEKDAY)
def test_a_past_tense_event_is_never_future(pipeline, lang, text, published):  # type: ignore[no-untyped-def]
    doc = events_of(pipeline, text, lang, published)
    assert [e.modality for e in doc.events] == ["asserted"]


def test_headline_event_takes_the_body_day(pipeline):  # type: ignore[no-untyped-def]
    text = ("Rellen in Eindhoven\n\nIn Eindhoven braken zaterdagavond rellen uit. Relschoppers gooiden stenen "
            "naar agenten.")
    doc = events_of(pipeline, text, "nl", MONDAY)
    riots = [e for e in doc.events if e.type == "PROTEST"]
    assert len(riots) == 1 and riots[0].when is not None and riots[0].when.value == "2024-05-11"


TOLL_SENTENCES = [
    ("nl", "Relschoppers bekogelden de ME met stenen en vuurwerk. Vier agenten raakten lichtgewond.", "injured", 4),
    ("nl", "Gewapende mannen vielen een dorp aan. Daarbij kwamen zes inwoners om het leven.", "killed", 6),
    ("en", "Rioters pelted police with stones in the city centre. Four officers were injured.", "injured", 4),
    ("en", "Gunmen attacked a village in the north. Six residents died.", "killed", 6),
]


@pytest.mark.parametrize(("lang", "text", "slot", "low"), TOLL_SENTENCES)
def test_a_toll_sentence_sizes_the_violence_before_it(pipeline, lang, text, slot, low):  # type: ignore[no-untyped-def]
    doc = events_of(pipeline, text, lang, MONDAY)
    sizes = {s.slot: s.low for e in doc.events for s in e.size}
    assert sizes.get(slot) == low


def test_a_toll_sentence_does_not_size_a_non_violent_event(pipeline):  # type: ignore[no-untyped-def]
    doc = events_of(pipeline, "De ministers ontmoetten elkaar in Brussel. Vier mensen raakten gewond.", "nl", MONDAY)
    assert all(not e.size for e in doc.events)


PARTICIPANTS = [
    ("nl", "Jongeren staken meerdere containers in brand.", ["Jongeren"], ["meerdere containers"]),
    ("en", "Police arrested two men and a woman.", ["Police"], ["two men", "a woman"]),
    ("en", "The army and the police attacked the camp.", ["The army", "the police"], ["the camp"]),
]


@pytest.mark.parametrize(("lang", "text", "actors", "targets"), PARTICIPANTS)
def test_coordinated_and_post_verbal_participants(pipeline, lang, text, actors, targets):  # type: ignore[no-untyped-def]
    e = events_of(pipeline, text, lang, MONDAY).events[0]
    assert [a.text for a in e.actors] == actors
    assert [t.text for t in e.targets] == targets


UNCOUNTED_NOUN = [
    ("nl", "De politie heeft ruim 700 demonstranten aangehouden.", "arrested", 700),
    ("en", "Police detained 45 activists outside the ministry.", "arrested", 45),
]


@pytest.mark.parametrize(("lang", "text", "slot", "low"), UNCOUNTED_NOUN)
def test_the_arrest_object_count_is_arrested(pipeline, lang, text, slot, low):  # type: ignore[no-untyped-def]
    doc = events_of(pipeline, text, lang, MONDAY)
    assert {s.slot: s.low for e in doc.events for s in e.size}.get(slot) == low


NOT_RULED_OUT = [
    ("nl", "De politie sluit een aanslag niet uit.", "possible"),
    ("en", "Police did not rule out an attack.", "possible"),
]


@pytest.mark.parametrize(("lang", "text", "modality"), NOT_RULED_OUT)
def test_an_event_not_ruled_out_is_possible(pipeline, lang, text, modality):  # type: ignore[no-untyped-def]
    doc = events_of(pipeline, text, lang, MONDAY)
    assert [e.modality for e in doc.events if e.type == "ASSAULT"] == [modality]


def test_het_was_onrustig_is_a_riot_without_an_expletive_actor(pipeline):  # type: ignore[no-untyped-def]
    doc = events_of(pipeline, "Zaterdagnacht was het in de binnenstad van Tilburg onrustig.", "nl", MONDAY)
    riots = [e for e in doc.events if e.type == "PROTEST" and e.mode == "riot"]
    assert riots and not riots[0].actors


PLACE_INSIDE_A_NAME = [
    ("nl", "Activisten staken in Kazan een kantoor van de partij Verenigd Rusland in brand.", ["Kazan"]),
    ("en", "In Kazan, activists set fire to an office of the United Russia party.", ["Kazan"]),
]


@pytest.mark.parametrize(("lang", "text", "where"), PLACE_INSIDE_A_NAME)
def test_a_place_inside_a_party_name_is_not_where(pipeline, lang, text, where):  # type: ignore[no-untyped-def]
    doc = events_of(pipeline, text, lang, MONDAY)
    assert [w.text for w in doc.events[0].where] == where


ACLED_STYLE = [
    ("en", "On 13 May 2023, armed herders attacked the village of Tudun, killing 8 people and burning several houses.",
     "attacked", "Attack", "killed", 8),
    ("en", "On 12 May 2023, a mob beat a suspected thief to death in Gulu.", "beat", "Mob violence", "killed", 1),
    ("en", "On 10 May 2023, residents of Kisumu rioted and burned tyres on the main road.", "rioted",
     "Violent demonstration", None, None),
]


@pytest.mark.parametrize(("lang", "text", "trigger", "sub_event", "slot", "low"), ACLED_STYLE)
def test_acled_style_snippets(pipeline, lang, text, trigger, sub_event, slot, low):  # type: ignore[no-untyped-def]
    doc = events_of(pipeline, text, lang, MONDAY)
    first = doc.events[0]
    assert (first.trigger.text, first.acled.sub_event_type) == (trigger, sub_event)
    if slot is not None:
        assert {s.slot: s.low for s in first.size}.get(slot) == low


QUOTED_PAST_VIOLENCE = [
    ("nl", "\"Het was een laffe aanslag op onschuldige burgers\", zei de burgemeester.", "ASSAULT"),
    ("en", "\"It was a cowardly attack on innocent civilians,\" the governor said.", "ASSAULT"),
    ("en", "\"We will attack the city next week,\" the rebel commander said.", "THREATEN"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), QUOTED_PAST_VIOLENCE)
def test_violence_told_in_the_past_inside_a_quote_is_no_threat(pipeline, lang, text, etype):  # type: ignore[no-untyped-def]
    assert types(events_of(pipeline, text, lang, MONDAY))[:1] == [etype]


def test_shot_at_is_no_injury(pipeline):  # type: ignore[no-untyped-def]
    doc = events_of(pipeline, "Gunmen shot at a police patrol near the border.", "en", MONDAY)
    assert doc.events and not any(s.slot == "injured" for e in doc.events for s in e.size)


VIOLENT_PROTESTS = [
    ("nl", "In de hoofdstad braken gewelddadige demonstraties uit.", "riot"),
    ("en", "Violent protests erupted in the capital.", "riot"),
    ("en", "Gunmen shot at a police patrol near the border.", None),
]


@pytest.mark.parametrize(("lang", "text", "mode"), VIOLENT_PROTESTS)
def test_violent_protests_are_riots_and_plural_subjects_keep_the_verb(pipeline, lang, text, mode):  # type: ignore[no-untyped-def]
    doc = events_of(pipeline, text, lang, MONDAY)
    assert doc.events
    if mode is not None:
        assert doc.events[0].mode == mode


PAST_WEEKDAY = [
    ("nl", "Boeren voerden dinsdag actie bij het provinciehuis in Groningen.", "2024-05-07"),
    ("en", "Farmers protested on Tuesday outside the provincial office.", "2024-05-07"),
]


@pytest.mark.parametrize(("lang", "text", "value"), PAST_WEEKDAY)
def test_a_past_tense_weekday_is_last_week(pipeline, lang, text, value):  # type: ignore[no-untyped-def]
    doc = events_of(pipeline, text, lang, "2024-05-10")  # a Friday
    assert doc.events[0].when is not None and doc.events[0].when.value == value
    assert doc.events[0].modality == "asserted"


def test_injured_officers_are_no_size_of_the_arrests(pipeline):  # type: ignore[no-untyped-def]
    doc = events_of(pipeline, "Bij de rellen werden 14 agenten gewond en 30 relschoppers aangehouden.", "nl", MONDAY)
    sizes = {e.type: {s.slot: s.low for s in e.size} for e in doc.events}
    assert sizes["PROTEST"].get("injured") == 14
    assert sizes["COERCE"] == {"arrested": 30}


LAST_FIXES = [
    ("nl", "Bij onlusten in de binnenstad van Venlo vielen vrijdagavond twee gewonden.", "PROTEST", "injured", 2),
    ("en", "Hundreds of youths clashed with police, and 9 officers were wounded.", "PROTEST", "injured", 9),
    ("en", "Dozens of rioters threw stones at police, and 3 officers were hurt.", "ASSAULT", "injured", 3),
]


@pytest.mark.parametrize(("lang", "text", "etype", "slot", "low"), LAST_FIXES)
def test_a_casualty_count_of_its_own_is_not_the_crowd(pipeline, lang, text, etype, slot, low):  # type: ignore[no-untyped-def]
    doc = events_of(pipeline, text, lang, MONDAY)
    found = [e for e in doc.events if e.type == etype]
    assert found, f"no {etype} in {types(doc)}"
    assert {s.slot: s.low for s in found[0].size}.get(slot) == low


SET_FIRE_TO_OBJECTS = [
    ("en", "On Friday night, rioters set fire to a library and three cars.", ["three cars"]),
]


@pytest.mark.parametrize(("lang", "text", "copies"), SET_FIRE_TO_OBJECTS)
def test_objects_of_set_fire_to_are_separate_events(pipeline, lang, text, copies):  # type: ignore[no-untyped-def]
    doc = events_of(pipeline, text, lang, MONDAY)
    destroyed = [e for e in doc.events if e.type == "ASSAULT" and e.mode == "destroy"]
    assert [e.targets[0].text for e in destroyed[1:]] == copies


CROWD_SUBJECTS = [
    ("en", "Hundreds of youths threw stones at a police station, injuring officers.", "PROTEST", {"participants": 200}),
    ("en", "Nigerian police kill six robbery suspects.", "ASSAULT", {"killed": 6}),
    ("en", "One passenger was killed, and 14 others were injured when the bus was attacked.", "ASSAULT",
     {"killed": 1, "injured": 14}),
]


@pytest.mark.parametrize(("lang", "text", "etype", "sizes"), CROWD_SUBJECTS)
def test_a_crowd_subject_is_participants_and_victims_are_counted(pipeline, lang, text, etype, sizes):  # type: ignore[no-untyped-def]
    doc = events_of(pipeline, text, lang, MONDAY)
    found = [e for e in doc.events if e.type == etype]
    assert len(found) == 1
    assert {s.slot: s.low for s in found[0].size} == sizes


# --------------------------------------------------------------------------- issue 7: precision/recall on unseen news
PERSON_MODIFIERS = [
    ("en", "Rescue teams searched the collapsed building through the night.", "AID"),
    ("en", "Two aid workers arrived in the town on Tuesday.", "AID"),
    ("en", "Protest organisers spoke to reporters outside the court.", "PROTEST"),
    ("en", "The strike committee published a statement on Friday.", "PROTEST"),
    ("nl", "Reddingswerkers zochten de hele nacht in het ingestorte gebouw.", "AID"),
    ("nl", "Hulpverleners kwamen dinsdag aan in het dorp.", "AID"),
    ("nl", "Het stakingscomité publiceerde vrijdag een verklaring.", "PROTEST"),
    ("nl", "De protestleiders spraken met journalisten voor de rechtbank.", "PROTEST"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), PERSON_MODIFIERS)
def test_an_event_noun_modifying_people_is_no_event(pipeline, lang, text, etype):  # type: ignore[no-untyped-def]
    assert etype not in types(events_of(pipeline, text, lang))


EVENT_BEFORE_PEOPLE = [
    ("en", "During the protest members of parliament were arrested.", "PROTEST"),
    ("en", "The aid convoy reached the besieged city on Tuesday.", "AID"),
    ("nl", "Tijdens het protest werden leden van het parlement gearresteerd.", "PROTEST"),
    ("nl", "Het hulpkonvooi bereikte dinsdag de belegerde stad.", "AID"),
    ("en", "Police arrest activists in Paris", "COERCE"),
    ("nl", "Politie arresteert activisten in Parijs", "COERCE"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), EVENT_BEFORE_PEOPLE)
def test_an_event_noun_before_people_or_things_stays_an_event(pipeline, lang, text, etype):  # type: ignore[no-untyped-def]
    assert etype in types(events_of(pipeline, text, lang))


GENERIC_RELATIVES = [
    ("en", "The ministry blacklisted three firms that supply drones to the militia.", "AID"),
    ("en", "Police raided the office of a network that organises protests against the mine.", "PROTEST"),
    ("nl", "Het ministerie zette drie firma's op een lijst die drones leveren aan de militie.", "AID"),
    ("nl", "De burgemeester bezocht een stichting die hulp verleent aan daklozen.", "AID"),
    ("en", "The mayor visited a charity that provides aid to homeless people.", "AID"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), GENERIC_RELATIVES)
def test_a_present_tense_relative_clause_characterises_and_is_no_event(pipeline, lang, text, etype):  # type: ignore[no-untyped-def]
    assert etype not in types(events_of(pipeline, text, lang))


SPECIFIC_RELATIVES = [
    ("en", "The gang that kidnapped two engineers on Sunday released them.", "ASSAULT"),
    ("nl", "De bende die zondag twee ingenieurs ontvoerde, heeft hen vrijgelaten.", "ASSAULT"),
    ("nl", "De minister bedankte een stichting die hulp heeft verleend aan daklozen.", "AID"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), SPECIFIC_RELATIVES)
def test_a_past_relative_clause_is_still_an_event(pipeline, lang, text, etype):  # type: ignore[no-untyped-def]
    assert etype in types(events_of(pipeline, text, lang))


@pytest.mark.parametrize(("lang", "text", "actor"), [
    ("nl", "Gazet van Antwerpen laat politievakbond VSOA aan het woord, die met een stiptheidsactie dreigt.", "VSOA"),
    ("en", "The paper quotes the police union, which threatens a go-slow over pay.", "union"),
])
def test_a_threat_in_a_present_relative_clause_is_made_now(pipeline, lang, text, actor):  # type: ignore[no-untyped-def]
    """(Dutch "die" never stands for a neuter singular noun: "het woord" is not who threatens.)"""
    threat = next(e for e in events_of(pipeline, text, lang).events if e.type == "THREATEN")
    assert any(actor in a.text for a in threat.actors), [a.text for a in threat.actors]


RAMMING = [  # the people hit, with the group word that counts them ("een groep betogers")
    ("nl", "Een automobilist reed vrijdag in op een groep betogers in Gent.", "een groep betogers"),
    ("nl", "Een bestelbus is op een menigte feestgangers ingereden.", "een menigte feestgangers"),
    ("en", "A driver rammed his van into a group of marchers in Leeds.", "a group of marchers"),
    ("en", "A lorry ploughed into a crowd of shoppers on Friday.", "a crowd of shoppers"),
    ("en", "A man drove into a group of demonstrators in Lyon.", "a group of demonstrators"),
    ("nl", "Een man ramde zijn auto in een groep voetgangers.", "een groep voetgangers"),
    # ... driven through them ("door": not the agent of a passive)
    ("en", "A driver steered an SUV through a picket line outside the hotel.", "a picket line"),
    ("nl", "Een automobilist reed met zijn SUV door een stakingspost bij het hotel.", "een stakingspost"),
]


@pytest.mark.parametrize(("lang", "text", "target"), RAMMING)
def test_a_vehicle_driven_into_people_is_an_assault_on_them(pipeline, lang, text, target):  # type: ignore[no-untyped-def]
    found = [e for e in events_of(pipeline, text, lang).events if e.type == "ASSAULT"]
    assert found
    assert [t.text for t in found[0].targets] == [target]


RAMMING_TOLL = [
    ("nl", "Een automobilist reed in op een groep betogers. Drie mensen raakten gewond.", 3),
    ("en", "A driver ploughed into a crowd of marchers. Four people were injured.", 4),
]


@pytest.mark.parametrize(("lang", "text", "injured"), RAMMING_TOLL)
def test_the_next_casualty_sentence_sizes_the_ramming(pipeline, lang, text, injured):  # type: ignore[no-untyped-def]
    found = [e for e in events_of(pipeline, text, lang).events if e.type == "ASSAULT"]
    assert len(found) == 1
    assert {s.slot: s.low for s in found[0].size}.get("injured") == injured


TALKS_DEMANDED = [
    ("nl", "\"De gesprekken moeten direct worden hervat,\" zei de vakbondsleider."),
    ("nl", "\"Het overleg moet deze week nog beginnen,\" zei de vakbond."),
    ("nl", "De werkgevers vinden dat er snel overleg moet komen."),
    ("en", "\"Talks must start again this week,\" the union leader said."),
    ("en", "There must be talks before the summer, the employers said."),
]


@pytest.mark.parametrize(("lang", "text"), TALKS_DEMANDED)
def test_talks_that_must_happen_are_a_request(pipeline, lang, text):  # type: ignore[no-untyped-def]
    found = types(events_of(pipeline, text, lang))
    assert "REQUEST" in found
    assert "CONSULT" not in found


DENIALS = [
    ("nl", "Het leger ontkende burgers te hebben beschoten.", "ASSAULT", "negated"),
    ("nl", "De regering ontkende dat soldaten het dorp hadden geplunderd.", "ASSAULT", "negated"),
    ("nl", "De regering ontkende de beschuldigingen van de oppositie.", "REJECT", "asserted"),
    ("en", "The army denied shelling the refugee camp.", "ASSAULT", "negated"),
    ("en", "The government denied that soldiers had looted the village.", "ASSAULT", "negated"),
    ("en", "The government denied the allegations made by the opposition.", "REJECT", "asserted"),
]


@pytest.mark.parametrize(("lang", "text", "etype", "modality"), DENIALS)
def test_a_denied_act_is_negated_and_a_denied_accusation_a_reject(pipeline, lang, text, etype, modality):  # type: ignore[no-untyped-def]
    doc = events_of(pipeline, text, lang)
    found = [e for e in doc.events if e.type == etype]
    assert found, types(doc)
    assert all(e.modality == modality for e in found)
    assert not any(e.type == "ASSAULT" and e.modality == "asserted" for e in doc.events)


END_BOUND = [
    ("nl", "De burgemeester kondigde een noodbevel af voor de binnenstad, dat tot woensdag van kracht blijft."),
    ("en", "The mayor imposed a curfew on the city centre that remains in force until Wednesday."),
]


@pytest.mark.parametrize(("lang", "text"), END_BOUND)
def test_an_end_bound_does_not_date_the_event(pipeline, lang, text):  # type: ignore[no-untyped-def]
    doc = events_of(pipeline, text, lang, MONDAY)
    assert doc.events
    assert doc.events[0].when is not None and doc.events[0].when.source == "published"


CROSS_SENTENCE = [
    ("nl", "Bij rellen in het centrum zijn zaterdag zeven agenten gewond geraakt. Honderden jongeren gooiden "
           "stenen naar de ME."),
    ("en", "Seven officers were injured in the riots on Saturday. Hundreds of youths threw stones at the police."),
]


@pytest.mark.parametrize(("lang", "text"), CROSS_SENTENCE)
def test_a_casualty_verb_in_the_previous_sentence_sizes_nothing_here(pipeline, lang, text):  # type: ignore[no-untyped-def]
    doc = events_of(pipeline, text, lang, MONDAY)
    second = [e for e in doc.events if e.sentence == 1]
    assert second, [(e.type, e.sentence) for e in doc.events]
    assert all(s.slot != "injured" for e in second for s in e.size)


HEADLINE_MODES = [
    ("nl", "Onrust na verbod op demonstratie\n\nDe politie heeft zaterdag 57 mensen aangehouden in het centrum."),
    ("en", "Unrest after ban on protest\n\nPolice arrested 57 people in the city centre on Saturday."),
]


@pytest.mark.parametrize(("lang", "text"), HEADLINE_MODES)
def test_a_headline_ban_is_not_the_body_arrest(pipeline, lang, text):  # type: ignore[no-untyped-def]
    doc = events_of(pipeline, text, lang, MONDAY)
    arrests = [e for e in doc.events if e.mode == "arrest"]
    assert arrests and arrests[0].size_of("arrested") is not None
    assert all(e.size_of("arrested") is None for e in doc.events if e.mode == "ban")


SENTENCED = [
    ("nl", "De rechtbank veroordeelde de man tot een celstraf van twee jaar.", ["COERCE"]),
    ("nl", "De minister veroordeelde het geweld tegen de agenten.", ["ACCUSE"]),
    ("en", "The judge sentenced him to life imprisonment.", ["COERCE"]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SENTENCED)
def test_a_sentence_to_prison_is_coercion_and_a_condemnation_is_not(pipeline, lang, text, expected):  # type: ignore[no-untyped-def]
    assert types(events_of(pipeline, text, lang)) == expected


@pytest.mark.parametrize("code", ["nl", "en"])
def test_a_trigger_row_with_a_comma_inside_a_condition_is_refused(code: str) -> None:
    """"block=kick in, kicked in" would split the condition and read its pieces as word groups: a clear error."""
    from kroniek.errors import ResourceError
    from kroniek.events.lexicon import parse_row
    from kroniek.lang import get_language

    with pytest.raises(ResourceError, match="comma"):
        parse_row(("ASSAULT", "beat", "kick", "block=kick off/kicked in,/penalty|w=0.7"), 7, get_language(code))
    assert parse_row(("ASSAULT", "beat", "kick", "block=kick off/penalty|w=0.7"), 7, get_language(code))


@pytest.mark.parametrize(("lang", "text", "trigger", "place"), [
    ("en", "Police break up blockade, detain 19; reporter beaten in Batumi\n\nTBILISI -- Riot police broke up the "
           "blockade in Tbilisi on Friday.", "detain", "Batumi"),
    ("nl", "Politie beëindigt blokkade, 19 aanhoudingen; verslaggever mishandeld in Batoemi\n\nTBILISI -- De ME "
           "beëindigde vrijdag de blokkade in Tbilisi.", "aanhoudingen", "Batoemi"),
])
def test_a_place_after_a_semicolon_is_not_the_place_of_an_event_before_it(pipeline, lang, text, trigger, place):  # type: ignore[no-untyped-def]
    doc = events_of(pipeline, text, lang, MONDAY)
    found = [e for e in doc.events if e.trigger.text == trigger]
    assert found, [(e.type, e.trigger.text) for e in doc.events]
    assert place not in [w.text for w in found[0].where]


# --------------------------------------------------------------------------- session 17: a blind set's classes
@pytest.mark.parametrize(("lang", "text", "etype"), [
    ("en", "Why are drivers striking?\n\nDrivers say gangs shoot those who refuse to pay.", "PROTEST"),
    ("nl", "Waarom staken de chauffeurs?\n\nDe chauffeurs zeggen dat bendes geld eisen.", "PROTEST"),
])
def test_a_question_on_a_line_of_its_own_is_a_heading_not_an_event(pipeline, lang, text,
                                                                     etype):  # type: ignore[no-untyped-def]
    assert etype not in types(events_of(pipeline, text, lang))


@pytest.mark.parametrize(("lang", "text", "actors"), [
    ("en", "Police fired tear gas and rubber pellets to keep them from the building, and some protesters hurled stones "
           "at officers.", ["Police", "some protesters"]),
])
def test_each_side_of_a_clash_coordinated_in_one_sentence_has_its_own_act(pipeline, lang, text,
                                                                          actors):  # type: ignore[no-untyped-def]
    doc = events_of(pipeline, text, lang)
    assert [e.actors[0].text for e in doc.events if e.type == "ASSAULT" and e.actors] == actors


@pytest.mark.parametrize(("lang", "text", "n"), [
    ("nl", "Doden bij ontruiming van blokkade in Bolivia: \u2018Ze schoten op ons\u2019\n\nBij de ontruiming van een "
           "blokkade bij Parotani vielen donderdag doden. \u2018Ze schoten op ons alsof we dieren waren\u2019, zegt Teodora "
           "Mamani.", 2),
])
def test_a_quoted_act_beside_an_unquoted_one_is_another_telling(pipeline, lang, text,
                                                                n):  # type: ignore[no-untyped-def]
    doc = events_of(pipeline, text, lang)
    assert len([e for e in doc.events if e.type == "ASSAULT"]) == n, [(e.type, e.trigger.text) for e in doc.events]


@pytest.mark.parametrize(("lang", "text", "trigger"), [
    ("nl", "Maandagavond praat de gemeenteraad in een extra vergadering over de rellen.", "rellen"),
    ("en", "On Monday evening the council will hold an inquiry into the riots.", "riots"),
])
def test_an_event_that_another_act_is_about_is_not_dated_by_that_act(pipeline, lang, text,
                                                                      trigger):  # type: ignore[no-untyped-def]
    doc = events_of(pipeline, text, lang, "2026-03-08")
    found = [e for e in doc.events if e.trigger.text == trigger]
    assert found and found[0].when is not None and found[0].when.source == "published", \
        [(e.trigger.text, e.when) for e in doc.events]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The source said demonstrators hurled stones and Molotov cocktails at anti-riot forces near al-Haboubi "
           "Square and set fire to the gate of the directorate."),
    ("en", "Anti-riot police were deployed around the stadium on Sunday."),
])
def test_a_word_set_against_by_its_prefix_names_no_event(pipeline, lang, text):  # type: ignore[no-untyped-def]
    assert "riot" not in [e.trigger.text for e in events_of(pipeline, text, lang).events]


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Van buitensporig geweld is geen sprake."),
    ("nl", "We gaan nergens heen."),
    ("en", "We are not going anywhere."),
])
def test_a_denial_written_with_its_negator_is_asserted(pipeline, lang, text):  # type: ignore[no-untyped-def]
    doc = events_of(pipeline, text, lang)
    assert [(e.type, e.modality) for e in doc.events] == [("REJECT", "asserted")]


def test_there_being_no_question_of_violence_is_no_condemnation(pipeline):  # type: ignore[no-untyped-def]
    doc = events_of(pipeline, "Van buitensporig geweld is geen sprake.", "nl")
    assert "ACCUSE" not in types(doc)
