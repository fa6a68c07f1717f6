"""Quotes: direct and indirect speech with speakers, in Dutch and English."""

from __future__ import annotations

import json

import pytest

import kroniek
from kroniek.model import Document, spans_of
from kroniek.quotes import extract

from conftest import entity_document, shared_path


def analysed(text: str, lang: str, entities: tuple[tuple[str, str], ...] = ()) -> Document:
    """A segmented document; ``entities`` are (text, label) pairs as NER would give them (every occurrence)."""
    return entity_document(text, lang, entities)  # type: ignore[no-any-return]


def quotes(text: str, lang: str, entities: tuple[tuple[str, str], ...] = ()):  # type: ignore[no-untyped-def]
    doc = analysed(text, lang, entities)
    return doc, extract(doc)


@pytest.mark.parametrize(
    ("lang", "text", "quoted"),
    [
        ("nl", '"We geven niet op", zei Jansen.', "We geven niet op"),
        ("nl", "„We geven niet op”, zei Jansen.", "We geven niet op"),
        ("nl", "“We geven niet op”, zei Jansen.", "We geven niet op"),
        ("nl", "'We geven niet op', zei Jansen.", "We geven niet op"),
        ("nl", "«We geven niet op», zei Jansen.", "We geven niet op"),
        ("en", '"We will not give up," Smith said.', "We will not give up"),
        ("en", "“We will not give up,” Smith said.", "We will not give up"),
        ("en", "‘We will not give up,’ Smith said.", "We will not give up"),
        ("en", '"It is over. We go home," Smith said.', "It is over. We go home"),
        ("nl", '"Dit is onacceptabel", reageert Jansen.', "Dit is onacceptabel"),
    ],
)
def test_direct_quotes_in_all_common_quote_marks(lang: str, text: str, quoted: str) -> None:
    _, found = quotes(text, lang)
    assert [q.text for q in found] == [quoted]
    assert found[0].kind == "direct"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Zo'n 200 mensen kwamen 's avonds naar de achterstandsregio's in het oosten."),
        ("en", "The '90s were different, and the officials' houses were spared."),
    ],
)
def test_apostrophes_are_not_quote_marks(lang: str, text: str) -> None:
    assert quotes(text, lang)[1] == ()


@pytest.mark.parametrize(
    ("lang", "text"),
    [("nl", "'Niet onze oorlog'\n\nDe kanalen hebben veel volgers."),
     ("en", "'Not our war'\n\nThe channels have many followers."),
     # without a parse nothing says whose a short quotation is (see test_characterisations.py)
     ("nl", "De burgemeester noemde het een 'zwarte dag' voor de stad."),
     ("en", "The mayor called it a 'dark day' for the city.")],
)
def test_headlines_and_unparsed_scare_quotes_are_not_quotes(lang: str, text: str) -> None:
    assert quotes(text, lang)[1] == ()


@pytest.mark.parametrize(
    ("lang", "text", "entities", "speaker_text", "description", "cue"),
    [
        ("nl", '"Het blijkt dat veel meer mensen worden opgeroepen", zegt Oost-Europadeskundige Bob Deen van '
         "Instituut Clingendael.", (("Bob Deen", "PER"), ("Instituut Clingendael", "ORG")), "Bob Deen",
         "Oost-Europadeskundige … van Instituut Clingendael", "zegt"),
        ("en", '"Many more people are being called up," said analyst Anna Smirnova.', (("Anna Smirnova", "PER"),),
         "Anna Smirnova", "analyst", "said"),
        ("nl", '"Er was een simpele oplossing", schreef Poetins spreekbuis Medvedev op Telegram.',
         (("Medvedev", "PER"),), "Medvedev", "Poetins spreekbuis", "schreef"),
        ("en", 'President Volodymyr Zelensky said: "We will not give up."', (("Volodymyr Zelensky", "PER"),),
         "Volodymyr Zelensky", "President", "said"),
        ("en", 'Rescue worker Abdul Karim, 32, said: "We carried out bodies all night."',
         (("Rescue", "PER"), ("Abdul Karim", "PER")), "Abdul Karim", "Rescue worker", "said"),
    ],
)
def test_speaker_and_description_from_the_attribution(lang: str, text: str, entities: tuple[tuple[str, str], ...],
                                                      speaker_text: str, description: str, cue: str) -> None:
    doc, found = quotes(text, lang, entities)
    q = found[0]
    assert (q.speaker_text, q.speaker_description, q.cue) == (speaker_text, description, cue)
    assert doc.entity(q.speaker) is not None and doc.entity(q.speaker).text == speaker_text  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("lang", "text", "speaker_text"),
    [
        ("nl", '"We laten ons niet intimideren", zei burgemeester Femke Halsema.', "Femke Halsema"),
        ("en", '"We will not give up," said analyst Anna Smirnova.', "Anna Smirnova"),
    ],
)
def test_names_are_found_without_named_entities(lang: str, text: str, speaker_text: str) -> None:
    q = quotes(text, lang)[1][0]
    assert q.speaker_text == speaker_text and q.speaker is None


@pytest.mark.parametrize(
    ("lang", "text", "entities", "speaker_text"),
    [
        ("nl", "Gezicht van het verzet is Roeslan Gabbasov. Hij zwijgt over zijn contacten. "
         '"Maar we streven hetzelfde doel na", zegt hij.', (("Roeslan Gabbasov", "PER"),), "Roeslan Gabbasov"),
        ("en", "The face of the resistance is Ruslan Gabbasov. He is silent about his contacts. "
         '"But we share the same goal," he said.', (("Ruslan Gabbasov", "PER"),), "Ruslan Gabbasov"),
        ("nl", 'Deen zegt dat Poetin de oorlog heeft verloren. "Het is voorbij", zegt hij.',
         (("Deen", "PER"), ("Poetin", "PER")), "Deen"),
        ("en", 'Deen says that Putin has lost the war. "It is over," he said.', (("Deen", "PER"), ("Putin", "PER")),
         "Deen"),
        # a subject after its title still opens the sentence: the pronoun is hers, not the person she names
        ("nl", 'Fractievoorzitter Fatma Yilmaz wil dat De Groot zich verantwoordt. "Dit is te veel", zegt ze.',
         (("Fatma Yilmaz", "PER"), ("De Groot", "PER")), "Fatma Yilmaz"),
        ("en", 'Union leader Maria Lopez wants Van der Berg to resign. "This is too much," she said.',
         (("Maria Lopez", "PER"), ("Van der Berg", "PER")), "Maria Lopez"),
    ],
)
def test_pronouns_resolve_to_the_last_named_person(lang: str, text: str, entities: tuple[tuple[str, str], ...],
                                                   speaker_text: str) -> None:
    doc, found = quotes(text, lang, entities)
    direct = [q for q in found if q.kind == "direct"][0]
    assert direct.speaker_text == speaker_text and direct.speaker == "e1"


@pytest.mark.parametrize(
    ("lang", "text", "entities"),
    [
        ("nl", 'Kremlin-woordvoerder Dmitri Peskov ontkende niet dat zo\'n besluit eraan komt. "Ik weet daar niets '
         'van. Er zijn nog geen besluiten genomen."', (("Dmitri Peskov", "PER"),)),
        ("en", 'Kremlin spokesman Dmitry Peskov did not deny it. "I know nothing about that. No decisions were '
         'made."', (("Dmitry Peskov", "PER"),)),
        ("nl", 'Deen denkt dat het misgaat. "Dat was ook chaos."\n\n"En dit is incompetentie."', (("Deen", "PER"),)),
    ],
)
def test_quotes_without_a_cue_belong_to_the_speaker_of_the_paragraph(
        lang: str, text: str, entities: tuple[tuple[str, str], ...]) -> None:
    doc, found = quotes(text, lang, entities)
    direct = [q for q in found if q.kind == "direct"]
    assert direct and all(q.speaker == "e1" for q in direct)


@pytest.mark.parametrize(
    ("lang", "text"),
    [("nl", "Hij sprak met Gabbasov.\n\n'Dit is niet onze oorlog', klinkt nu overal in de deelrepubliek."),
     ("en", "He spoke to Gabbasov.\n\n'This is not our war', is heard everywhere in the republic.")],
)
def test_a_quote_whose_speaker_is_not_stated_has_no_speaker(lang: str, text: str) -> None:
    q = quotes(text, lang, (("Gabbasov", "PER"),))[1][0]
    assert q.speaker is None and q.speaker_text is None


@pytest.mark.parametrize(
    ("lang", "text", "quoted", "speaker_text", "cue"),
    [
        ("nl", "Poetin zei vorige week dat het om een gedeeltelijke mobilisatie ging.",
         "dat het om een gedeeltelijke mobilisatie ging", "Poetin", "zei"),
        ("en", "The ministry said that at least 12 civilians were killed.",
         "that at least 12 civilians were killed", "The ministry", "said"),
        ("nl", "Een lid van het Russische hogerhuis zei vandaag dat Rusland reizen moet verbieden.",
         "dat Rusland reizen moet verbieden", "Een lid van het Russische hogerhuis", "zei"),
        ("nl", "Volgens Deen is de mobilisatie in Rusland heel slecht gevallen.",
         "is de mobilisatie in Rusland heel slecht gevallen", "Deen", "Volgens"),
        ("nl", "Volgens de politie verliep het protest grotendeels rustig.",
         "verliep het protest grotendeels rustig", "de politie", "Volgens"),
        ("en", "According to the United Nations, more than 3 million people have fled.",
         "more than 3 million people have fled", "United Nations", "According"),
        ("nl", "De steun onder de bevolking groeit volgens Gabbasov met de dag.",
         "De steun onder de bevolking groeit volgens Gabbasov met de dag", "Gabbasov", "volgens"),
        ("nl", "Er vielen 20 doden, volgens de politie.", "Er vielen 20 doden", "de politie", "volgens"),
        ("nl", "Volgens organisator Extinction Rebellion deden zo'n 10.000 mensen mee.",
         "deden zo'n 10.000 mensen mee", "Extinction Rebellion", "Volgens"),
        ("nl", "Burgemeester Jan van Zanen liet via een verklaring weten dat de politie goed heeft opgetreden.",
         "dat de politie goed heeft opgetreden", "Jan van Zanen", "weten"),
        ("nl", "Door zo veel mannen te mobiliseren zal de economie schade oplopen, denkt Deen.",
         "Door zo veel mannen te mobiliseren zal de economie schade oplopen", "Deen", "denkt"),
        ("en", "About 261,000 men have left Russia, Novaya Gazeta reported on Sunday.",
         "About 261,000 men have left Russia", "Novaya Gazeta", "reported"),
        ("en", "Aid groups warned that the number of displaced people could rise.",
         "that the number of displaced people could rise", "Aid groups", "warned"),
        ("en", "Israel says about 1,200 people were killed in the attack.",
         "about 1,200 people were killed in the attack", "Israel", "says"),
        ("en", "Hamas-run health authorities say more than 11,000 Palestinians have been killed.",
         "more than 11,000 Palestinians have been killed", "Hamas-run health authorities", "say"),
        ("en", "The interior ministry said 66 people had been detained.", "66 people had been detained",
         "The interior ministry", "said"),
        ("en", "Opposition leader Nika Melia told Reuters the crowd numbered more than 30,000.",
         "the crowd numbered more than 30,000", "Nika Melia", "told"),
        ("en", "Prime Minister Irakli Garibashvili defended the bill, saying it was modelled on American law.",
         "it was modelled on American law", "Irakli Garibashvili", "saying"),
        ("nl", "De situatie is onder controle, aldus de burgemeester.", "De situatie is onder controle",
         "de burgemeester", "aldus"),
        ("nl", "Het leger trekt zich terug uit de stad. Dat zegt minister Jan de Vries.",
         "Het leger trekt zich terug uit de stad", "Jan de Vries", "zegt"),
        ("nl", "Het leger trekt zich terug uit de stad. Dat heeft minister Jan de Vries maandag gezegd.",
         "Het leger trekt zich terug uit de stad", "Jan de Vries", "gezegd"),
    ],
)
def test_indirect_speech(lang: str, text: str, quoted: str, speaker_text: str, cue: str) -> None:
    found = [q for q in quotes(text, lang)[1] if q.kind == "indirect"]
    assert [(q.text, q.speaker_text, q.cue) for q in found] == [(quoted, speaker_text, cue)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [("nl", "Peskov ontkende niet dat zo'n besluit eraan komt."),
     ("en", "Peskov did not say that a decision was coming."),
     ("nl", "Het is duidelijk dat de mobilisatie allesbehalve gladjes verloopt."),
     ("en", "It is clear that the mobilization is not going smoothly.")],
)
def test_negated_cues_and_plain_clauses_report_nothing(lang: str, text: str) -> None:
    assert quotes(text, lang)[1] == ()


@pytest.mark.parametrize(
    ("lang", "text"),
    [("nl", '"Het blijkt dat veel meer mensen worden opgeroepen", zegt Oost-Europadeskundige Bob Deen. '
            "Peskov erkent dat er fouten worden gemaakt."),
     ("en", '"Many more people are being called up," said analyst Anna Smirnova. He said that errors were made.')],
)
def test_quote_speaker_and_cue_offsets_point_into_the_text(lang: str, text: str) -> None:
    doc, found = quotes(text, lang)
    doc = doc.replace(quotes=found)
    assert all(q.speaker_start is not None and q.cue_start is not None for q in found)
    for _, start, end, span in spans_of(doc):
        assert doc.text[start:end] == span
    for q in found:
        assert doc.text[q.cue_start:q.cue_end] == q.cue  # type: ignore[index]


def test_example_articles_quotes_and_speakers() -> None:
    """Every gold quote of the example articles is found (>= 50% covered) with its speaker."""
    examples = shared_path("examples")
    total = ok = 0
    for gold_path in sorted(examples.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8")
        found = extract(analysed(text, "nl"))
        for g in gold["quotes"]:
            start = text.find(g["text"])
            end = start + len(g["text"])
            match = [q for q in found if min(end, q.end) - max(start, q.start) >= 0.5 * (end - start)]
            assert match, g["text"]
            if "speaker" in g:
                total += 1
                st = (match[0].speaker_text or "").lower()
                ok += (g["speaker"] is None and not st) or (g["speaker"] is not None and g["speaker"].lower() in st)
    assert ok / total >= 0.9


@pytest.mark.parametrize(
    ("lang", "text", "speaker_text", "description"),
    [("en", '"We will never accept it," said Nino Lomjaria, a former public defender, who joined the protest.',
      "Nino Lomjaria", "a former public defender"),
     ("nl", '"We accepteren het nooit", zei Nino Lomjaria, een voormalige ombudsvrouw, die meeliep.',
      "Nino Lomjaria", "een voormalige ombudsvrouw")],
)
def test_an_apposition_after_the_speaker_is_its_description(lang: str, text: str, speaker_text: str,
                                                            description: str) -> None:
    found = quotes(text, lang)[1]
    assert [(q.kind, q.speaker_text, q.speaker_description) for q in found] == [
        ("direct", speaker_text, description)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [("nl", '"We zijn moe, maar we geven niet op," vertelt Olena uit Kyiv.\n\n"Ik heb drie kinderen. Zonder stroom '
            'kunnen we niet koken.\n\n"Toch blijven we hier. Dit is ons huis."'),
     ("en", '"We are tired, but we will not give up," said Olena from Kyiv.\n\n"I have three children. Without '
            'power we cannot cook.\n\n"Still, we stay here. This is our home."')],
)
def test_a_quote_running_over_paragraphs_keeps_its_speaker(lang: str, text: str) -> None:
    found = quotes(text, lang, (("Olena", "PER"),))[1]
    assert len(found) == 3 and all(q.kind == "direct" and q.speaker == "e1" for q in found)
    assert found[1].text.startswith(("Ik heb", "I have")) and found[2].text.endswith(("huis.", "home."))


@pytest.mark.parametrize(
    ("lang", "text", "role"),
    [("nl", 'Minister Christianne van der Wal reageerde. "Blokkades zijn onacceptabel", aldus de minister.',
      "de minister"),
     ("en", 'Mayor Anna Smith visited the site. "This is a disaster," the mayor said.', "the mayor")],
)
def test_a_role_refers_to_the_person_named_with_it(lang: str, text: str, role: str) -> None:
    entities = (("Christianne van der Wal", "PER"), ("Anna Smith", "PER"))
    q = [q for q in quotes(text, lang, entities)[1] if q.kind == "direct"][0]
    assert q.speaker_text == role and q.speaker == "e1"


@pytest.mark.parametrize(
    ("lang", "text", "quoted"),
    [("nl", 'Minister Jan de Vries bezocht de stad. Hij zei dat "de situatie onhoudbaar is".',
      "de situatie onhoudbaar is"),
     ("en", 'Minister John Smith visited the city. He said that "the situation is untenable".',
      "the situation is untenable")],
)
def test_a_quotation_inside_reported_speech_is_one_direct_quote(lang: str, text: str, quoted: str) -> None:
    found = quotes(text, lang, (("Jan de Vries", "PER"), ("John Smith", "PER")))[1]
    assert [(q.kind, q.text, q.speaker) for q in found] == [("direct", quoted, "e1")]


@pytest.mark.parametrize(
    ("lang", "text", "quoted", "speaker_text", "cue"),
    [
        ("nl", "De politie heeft 57 mensen aangehouden, meldt een woordvoerder.",
         "De politie heeft 57 mensen aangehouden", "een woordvoerder", "meldt"),
        ("nl", "Bij de rellen in Zwolle raakten 23 agenten gewond, zei een woordvoerder van de politie zondag.",
         "Bij de rellen in Zwolle raakten 23 agenten gewond", "een woordvoerder van de politie", "zei"),
        ("en", "Police arrested 35 people, a spokesman said.", "Police arrested 35 people", "a spokesman", "said"),
        ("en", "At least 12 people were injured in the clashes, a police spokeswoman told reporters.",
         "At least 12 people were injured in the clashes", "a police spokeswoman", "told"),
        ("en", "Twenty protesters were detained, said a spokesman for the ministry.",
         "Twenty protesters were detained", "a spokesman", "said"),
    ],
)
def test_an_attribution_after_the_clause_with_an_indefinite_speaker(lang: str, text: str, quoted: str,
                                                                    speaker_text: str, cue: str) -> None:
    _, found = quotes(text, lang)
    assert [(q.kind, q.text, q.speaker, q.speaker_text, q.cue) for q in found] == [
        ("indirect", quoted, None, speaker_text, cue)]


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "De politie schat het aantal op hooguit 800."),
    ("nl", "De brandweer schatte het aantal gewonden gisteren op ruim veertig."),
    ("en", "Police estimated the crowd at 12,000."),
    ("en", "The organisers put the number at more than 5,000."),
    # a passive one neither
    ("en", "The number of protesters was estimated at 8,000 by police."),
    ("nl", "Het aantal demonstranten werd door de politie geschat op 8000."),
])
def test_an_estimate_by_a_common_noun_source_is_no_quote(lang: str, text: str) -> None:
    """No gold set counts "police put the number at 800" as a quote: the number's claimed_by records its source."""
    _, found = quotes(text, lang)
    assert [q.text for q in found] == []


@pytest.mark.parametrize(
    ("lang", "text", "entities"),
    [
        ("nl", "De krant Het Parool schatte het aantal deelnemers op 3000.", (("Het Parool", "ORG"),)),
        ("en", "Reuters estimated the crowd at 3,000.", (("Reuters", "ORG"),)),
        ("en", "The tax office put the new rules into force on Monday.", ()),
    ],
)
def test_a_named_estimator_claims_the_number_without_a_quote(lang: str, text: str,
                                                             entities: tuple[tuple[str, str], ...]) -> None:
    assert quotes(text, lang, entities)[1] == ()


@pytest.mark.parametrize(
    ("lang", "text", "first"),
    [
        ("nl", "Volgens de organisatie waren er ruim 2000 mensen op de been, de politie schat het aantal op "
         "hooguit 800.", ("waren er ruim 2000 mensen op de been", "de organisatie")),
        ("en", "Organisers said more than 2,000 people took part, but police put the number at no more than 800.",
         ("more than 2,000 people took part", "Organisers")),
        ("en", "The union said 5,000 people attended the rally; police put the figure at 1,500.",
         ("5,000 people attended the rally", "The union")),
        ("nl", "Volgens de bond liepen 5000 mensen mee; de politie schatte het aantal op 1500.",
         ("liepen 5000 mensen mee", "de bond")),
    ],
)
def test_reported_speech_ends_where_another_voice_begins(lang: str, text: str, first: tuple[str, str]) -> None:
    _, found = quotes(text, lang)  # (the other voice's estimate is no quote: its number names its source)
    assert [(q.text, q.speaker_text) for q in found] == [first]


@pytest.mark.parametrize(
    ("lang", "text", "quoted", "speaker_text"),
    [
        ("nl", "Volgens de organisatie liepen 5000 mensen mee.", "liepen 5000 mensen mee", "de organisatie"),
        ("nl", "Er waren volgens de organisatoren 3000 deelnemers.", "3000 deelnemers", "de organisatoren"),
        ("nl", "Ruim 2000 mensen liepen mee, aldus de organisatie.", "Ruim 2000 mensen liepen mee",
         "de organisatie"),
        ("en", "According to organisers, 5,000 people marched.", "5,000 people marched", "organisers"),
        ("en", "More than 2,000 people took part, according to the organisers.", "More than 2,000 people took part",
         "the organisers"),
    ],
)
def test_according_to_a_common_noun_phrase_is_indirect_speech(lang: str, text: str, quoted: str,
                                                              speaker_text: str) -> None:
    _, found = quotes(text, lang)
    assert [(q.kind, q.text, q.speaker, q.speaker_text) for q in found] == [("indirect", quoted, None, speaker_text)]


@pytest.mark.parametrize(
    ("lang", "text", "quoted", "speaker_text"),
    [
        # a closing "per" names the source after a comma; a section label opening the sentence is no part of it
        ("en", "Driving the news: Marchers reached the center by 5:30pm, per organizers.",
         "Marchers reached the center by 5:30pm", "organizers"),
        ("en", "At least five protesters were treated for welts, per Aurora Fire Rescue.",
         "At least five protesters were treated for welts", "Aurora Fire Rescue"),
        ("nl", "Achtergrond: Ruim 2000 mensen liepen mee, volgens de organisatie.", "Ruim 2000 mensen liepen mee",
         "de organisatie"),
        ("nl", "Kort: De steun groeit volgens de organisatie met de dag.", "De steun groeit volgens de organisatie "
         "met de dag", "de organisatie"),
        # a clause that ends in "dat:" is no section label
        ("nl", "De politie weigert dat: er is volgens een woordvoerder geen aanleiding voor een onderzoek.",
         "De politie weigert dat: er is volgens een woordvoerder geen aanleiding voor een onderzoek", "een woordvoerder"),
    ],
)
def test_a_closing_source_after_a_comma_and_a_section_label(lang: str, text: str, quoted: str,
                                                            speaker_text: str) -> None:
    _, found = quotes(text, lang)
    assert [(q.kind, q.text, q.speaker_text) for q in found] == [("indirect", quoted, speaker_text)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Tickets cost 50 cents per hour."),
    ("en", "Police fined drivers $200, per offence."),
])
def test_per_as_a_rate_names_no_source(lang: str, text: str) -> None:
    _, found = quotes(text, lang)
    assert not found


@pytest.mark.parametrize(("lang", "text", "speaker_text"), [
    ("en", "By the numbers\n• Police say 14 adults were arrested, mostly for obstruction.", "Police"),
    ("nl", "In cijfers\n• De politie zegt dat 14 volwassenen zijn aangehouden.", "De politie"),
])
def test_a_list_item_s_bullet_is_no_part_of_its_speaker(lang: str, text: str, speaker_text: str) -> None:
    doc = kroniek.extract(text, language=lang, published="2026-09-15")
    assert [q.speaker_text for q in doc.quotes] == [speaker_text]


@pytest.mark.parametrize(
    ("lang", "text", "speaker_text"),
    [
        ("nl", "Er zijn volgens hulporganisaties 1500 mensen gevlucht.", "hulporganisaties"),
        ("en", "According to aid agencies, 1,500 people have fled the area.", "aid agencies"),
        ("en", "According to the interior ministry, 35,000 people marched.", "the interior ministry"),
    ],
)
def test_a_bare_plural_or_compound_after_according_to_is_the_source(lang: str, text: str, speaker_text: str) -> None:
    _, found = quotes(text, lang)
    assert [(q.kind, q.speaker, q.speaker_text) for q in found] == [("indirect", None, speaker_text)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [("nl", "Volgens mij zijn er 300 mensen gevlucht."), ("en", "According to plan, 300 soldiers withdrew.")],
)
def test_according_to_a_pronoun_or_a_plan_names_no_source(lang: str, text: str) -> None:
    assert quotes(text, lang)[1] == ()


@pytest.mark.parametrize(
    ("lang", "text", "quoted", "speaker_text", "cue"),
    [
        ("nl", "Er zijn 57 mensen aangehouden, zo meldt de politie.", "Er zijn 57 mensen aangehouden", "de politie",
         "meldt"),
        ("nl", "Twee agenten raakten gewond, bevestigt een woordvoerder van de politie.", "Twee agenten raakten gewond",
         "een woordvoerder van de politie", "bevestigt"),
        ("nl", "De politie heeft 57 mensen aangehouden, heeft een woordvoerder bevestigd.",
         "De politie heeft 57 mensen aangehouden", "een woordvoerder", "bevestigd"),
        ("en", "Two officers were injured, a police spokeswoman confirmed.", "Two officers were injured",
         "a police spokeswoman", "confirmed"),
        ("en", "Police arrested 35 people, a spokesman for the force said on Sunday.", "Police arrested 35 people",
         "a spokesman for the force", "said"),
    ],
)
def test_more_attributions_after_the_clause(lang: str, text: str, quoted: str, speaker_text: str, cue: str) -> None:
    _, found = quotes(text, lang)
    assert [(q.kind, q.text, q.speaker_text, q.cue) for q in found] == [("indirect", quoted, speaker_text, cue)]


@pytest.mark.parametrize(
    ("lang", "text", "entities", "speaker_text"),
    [
        ("en", "The talks will resume on Monday, a Brazilian Foreign Ministry spokeswoman said.",
         (("Brazilian", "MISC"), ("Foreign Ministry", "ORG")), "a Brazilian Foreign Ministry spokeswoman"),
        ("en", "Repatriation could start within days, an exiled Rwandan Hutu lobby group said.",
         (("Rwandan Hutu", "MISC"),), "an exiled Rwandan Hutu lobby group"),
        ("nl", "De gesprekken gaan maandag verder, zei een Braziliaanse woordvoerster.", (("Braziliaanse", "MISC"),),
         "een Braziliaanse woordvoerster"),
        ("en", "The bank will issue bonds worth three billion baht, an investment banker told Reuters.",
         (("Reuters", "ORG"),), "an investment banker"),
        ("en", "Rudolf Gajdos, head of Slovak Interpol, told a news conference that 12 women were questioned.",
         (("Rudolf Gajdos", "PER"), ("Interpol", "ORG")), "Rudolf Gajdos"),
    ],
)
def test_the_speaker_is_the_head_of_its_phrase_not_a_name_inside_it_or_the_listener(
        lang: str, text: str, entities: tuple[tuple[str, str], ...], speaker_text: str) -> None:
    _, found = quotes(text, lang, entities)
    assert [q.speaker_text for q in found] == [speaker_text]


@pytest.mark.parametrize(
    ("lang", "text"),
    [("nl", "Later trouwt ze met een Tunesiër, die haar enkele maanden later alweer adieu zegt."),
     ("en", "Later she married a banker, who a few months later said goodbye.")],
)
def test_a_relative_clause_is_no_attribution(lang: str, text: str) -> None:
    assert quotes(text, lang)[1] == ()


@pytest.mark.parametrize(
    ("lang", "text", "quoted", "speaker_text"),
    [
        ("en", "Police estimated that about 15,000 people attended.", "that about 15,000 people attended", "Police"),
        ("nl", "De politie schatte dat ongeveer 15.000 mensen aanwezig waren.", "dat ongeveer 15.000 mensen aanwezig waren",
         "De politie"),
    ],
)
def test_an_estimate_with_a_complementizer_is_reported_speech(lang: str, text: str, quoted: str,
                                                             speaker_text: str) -> None:
    _, found = quotes(text, lang)
    assert [(q.kind, q.text, q.speaker_text) for q in found] == [("indirect", quoted, speaker_text)]


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        # a clause without "that" after a speech verb is English syntax, not Dutch
        ("en", "The ministry said 66 people were detained on Sunday.",
         [("66 people were detained on Sunday", "The ministry")]),
        ("nl", "Het ministerie zei 66 mensen waren opgepakt op zondag.", []),
        # a subject after the finite verb is Dutch (verb-second) syntax
        ("nl", "Bij de blokkade zei de politie dat er hooguit 800 mensen waren.",
         [("dat er hooguit 800 mensen waren", "de politie")]),
        ("en", "At the blockade estimated the police the number at 800 people.", []),
    ],
)
def test_syntax_facts_are_the_documents_language(lang: str, text: str, found: list[tuple[str, str]]) -> None:
    _, qs = quotes(text, lang)
    assert [(q.text, q.speaker_text) for q in qs] == found


@pytest.mark.parametrize("lang", [None, "xx"])
def test_an_unknown_language_is_refused(lang: str | None) -> None:
    from kroniek.errors import UnsupportedLanguageError

    with pytest.raises(UnsupportedLanguageError):
        extract(Document(text='"We geven niet op", zei Jansen.', language=lang))


@pytest.mark.parametrize(("lang", "word", "kind"), [
    ("nl", "Chairman", "roles"), ("nl", "General", "titles"),  # English titles in Dutch articles
    ("en", "dan", "generic"),  # a Dutch word, and an English given name
    ("en", "woordvoerder", "roles"), ("nl", "spokesman", "roles"),
])
def test_words_of_every_language_are_read(lang: str, word: str, kind: str) -> None:
    from kroniek.lang import get_language
    from kroniek.quotes.lexicon import quote_words

    assert word.lower() in getattr(quote_words(get_language(lang)), kind)


@pytest.mark.parametrize(
    ("lang", "text", "quoted"),
    [
        ("nl", ",,We geven niet op'', zei Jansen.", ["We geven niet op"]),
        ("en", ",,We will not give up,'' Smith said.", ["We will not give up"]),
        ("nl", ",,Het is op'', zegt ze. ,,Er is niets meer over in de winkel.''",
         ["Het is op", "Er is niets meer over in de winkel."]),
    ],
)
def test_print_style_double_comma_quotes(lang: str, text: str, quoted: list[str]) -> None:
    _, found = quotes(text, lang)
    assert [q.text for q in found if q.kind == "direct"] == quoted


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Wethouder Ilse van Dijk was aangedaan: ,,Dit is een nachtmerrie.\n\n,,We betalen de hotels.''"),
        ("en", 'Councillor Ilse van Dijk was moved: "This is a nightmare.\n\n"We pay for the hotels."'),
    ],
)
def test_a_quote_continued_over_paragraphs_keeps_its_speaker(lang: str, text: str) -> None:
    _, found = quotes(text, lang, (("Ilse van Dijk", "PER"),))
    direct = [q for q in found if q.kind == "direct"]
    assert len(direct) == 2 and all(q.speaker == "e1" for q in direct)


@pytest.mark.parametrize(
    ("lang", "text", "speaker_text"),
    [
        ("nl", "Een bewoner die niet met naam genoemd wil worden, is boos. ,,Het is hier een puinhoop.''",
         "Een bewoner die niet met naam genoemd wil worden"),
        ("en", 'A resident who asked not to be named said the street was unsafe. "My children were terrified," '
         "she said.", "A resident who asked not to be named"),
    ],
)
def test_an_unnamed_speaker_is_the_whole_noun_phrase(lang: str, text: str, speaker_text: str) -> None:
    _, found = quotes(text, lang)
    assert [q.speaker_text for q in found] == [speaker_text] * len(found) and found


@pytest.mark.parametrize(
    ("lang", "text", "speaker_text"),
    [
        ("nl", 'woordvoerder jan de vries zei dat het rustig bleef. "we blijven waakzaam," zei hij.',
         "woordvoerder jan de vries"),
        ("en", 'shop owner priya patel said it was calm. "we stay alert," she said.', "shop owner priya patel"),
    ],
)
def test_a_pronoun_resolves_to_a_speaker_written_without_capitals(lang: str, text: str, speaker_text: str) -> None:
    _, found = quotes(text, lang)
    assert [q.speaker_text for q in found if q.kind == "direct"] == [speaker_text]


@pytest.mark.parametrize(
    ("lang", "text", "description"),
    [
        ("nl", "Een gemeenteraadslid, Moussa Ag Ahmed, zei dat het voedsel opraakte.", "Een gemeenteraadslid"),
        ("en", "A town councillor, Moussa Ag Ahmed, said food was running out.", "A town councillor"),
    ],
)
def test_a_name_in_apposition_to_a_description_is_the_speaker(lang: str, text: str, description: str) -> None:
    q = quotes(text, lang, (("Moussa Ag Ahmed", "PER"),))[1][0]
    assert (q.speaker, q.speaker_text, q.speaker_description) == ("e1", "Moussa Ag Ahmed", description)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", 'Agenten spraken met Jansen, daarna vertrokken ze. "Ik schrok me dood," zei hij.'),
        ("en", 'Officers spoke to Smith, then left the scene. "I was terrified," he said.'),
    ],
)
def test_a_resolved_pronoun_takes_no_description_from_beside_its_antecedent(lang: str, text: str) -> None:
    name = "Jansen" if lang == "nl" else "Smith"
    q = [q for q in quotes(text, lang, ((name, "PER"),))[1] if q.kind == "direct"][0]
    assert (q.speaker, q.speaker_description) == ("e1", None)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Ilse van Dijk sprak met bewoners.\n\nZij was zichtbaar aangedaan: 'Dit is voor iedereen een nachtmerrie.'"),
        ("en", 'Ilse van Dijk met residents.\n\nShe was visibly moved: "This is a nightmare for everyone."'),
    ],
)
def test_a_quote_after_a_colon_belongs_to_the_pronoun_subject_before_it(lang: str, text: str) -> None:
    q = quotes(text, lang, (("Ilse van Dijk", "PER"),))[1][0]
    assert (q.speaker, q.speaker_text) == ("e1", "Ilse van Dijk")


@pytest.mark.parametrize(
    ("lang", "text", "speaker_text"),
    [
        ("nl", "Een studente die haar tentamen miste, is boos: 'Niemand heeft ons iets laten weten.'",
         "Een studente die haar tentamen miste"),
        ("en", 'A student who missed her exam, clearly furious: "Nobody told us anything at all."',
         "A student who missed her exam"),
    ],
)
def test_a_described_person_before_a_colon_is_the_speaker_without_the_clause(
        lang: str, text: str, speaker_text: str) -> None:
    assert quotes(text, lang)[1][0].speaker_text == speaker_text


@pytest.mark.parametrize(
    ("text", "content", "speaker_text"),
    [
        ("In een reactie liet de korpschef weten de aanbeveling over te nemen.", "de aanbeveling over te nemen",
         "de korpschef"),
        ("De exploitant heeft laten weten bezwaar te maken tegen de sluiting.", "bezwaar te maken tegen de sluiting",
         "De exploitant"),
    ],
)
def test_a_report_told_as_an_infinitive_clause_after_laten_weten(text: str, content: str, speaker_text: str) -> None:
    assert [(q.text, q.speaker_text) for q in quotes(text, "nl")[1]] == [(content, speaker_text)]


def test_an_infinitive_clause_around_a_quotation_is_not_cut_after_it() -> None:
    text = "Boerenverzet Drenthe laat weten 'met dubbel zoveel trekkers' terug te komen als de Staten het plan aannemen."
    assert not [q for q in quotes(text, "nl")[1] if q.kind == "indirect" and q.text.startswith("terug")]


@pytest.mark.parametrize(
    ("lang", "text", "content"),
    [
        ("nl", "Verzoekster klaagt erover dat de politie haar raakte. Ook klaagt zij erover dat zij vijf uur moest "
               "wachten.", "dat zij vijf uur moest wachten"),
        ("nl", "De familie beschuldigt de politie ervan dat een combi de scooter heeft aangereden.",
         "dat een combi de scooter heeft aangereden"),
        ("en", "The complainant says police hit her. She also complains that she had to wait for five hours.",
         "that she had to wait for five hours"),
    ],
)
def test_a_complaint_or_an_accusation_with_that_reports_what_it_says(lang: str, text: str, content: str) -> None:
    assert content in [q.text for q in quotes(text, lang)[1]]


@pytest.mark.parametrize(
    ("lang", "text", "speaker_text"),
    [
        ("nl", "Yassin overleed maandag.\n\nZijn familie zegt dat een combi de scooter heeft aangereden.",
         "Zijn familie"),
        ("en", "Yassin died on Monday.\n\nHis family says that a police van hit the scooter.", "His family"),
    ],
)
def test_a_possessive_that_opens_the_sentence_is_part_of_the_speaker(lang: str, text: str, speaker_text: str) -> None:
    assert [q.speaker_text for q in quotes(text, lang)[1]] == [speaker_text]


@pytest.mark.parametrize(
    ("lang", "text", "speaker_text"),
    [
        ("nl", "Schoten bij de markt\nEen bewoner via WhatsApp: 'Ze schieten op de jongeren.'", "Een bewoner"),
        ("en", 'Shooting at Erima\nA resident via WhatsApp: "They are shooting at the youths."', "A resident"),
    ],
)
def test_the_channel_a_speaker_used_is_no_part_of_the_speaker(lang: str, text: str, speaker_text: str) -> None:
    assert [q.speaker_text for q in quotes(text, lang)[1] if q.kind == "direct"] == [speaker_text]


@pytest.mark.parametrize(
    ("lang", "text", "speaker_text"),
    [
        ("nl", "11.00 uur - Een chauffeur die al dertig jaar rijdt, vertelt dat de diensten langer worden.",
         "Een chauffeur die al dertig jaar rijdt"),
        ("en", "11.00 - A driver who has driven for thirty years, says that the shifts keep getting longer.",
         "A driver who has driven for thirty years"),
    ],
)
def test_a_described_person_before_a_comma_and_the_cue_is_the_speaker(lang: str, text: str, speaker_text: str) -> None:
    assert [q.speaker_text for q in quotes(text, lang)[1]] == [speaker_text]


@pytest.mark.parametrize(
    ("lang", "text", "speaker_text"),
    [
        ("nl", "De aanvallers ontvoerden zes vrouwen, volgens een woordvoerder bij de Darfur Bar Association.",
         "een woordvoerder bij de Darfur Bar Association"),
        ("en", "The attackers abducted six women, according to a spokesman for the Darfur Bar Association.",
         "a spokesman for the Darfur Bar Association"),
    ],
)
def test_a_role_keeps_the_body_it_speaks_for(lang: str, text: str, speaker_text: str) -> None:
    q = quotes(text, lang, (("Darfur Bar Association", "ORG"),))[1][0]
    assert (q.speaker_text, q.speaker) == (speaker_text, "e1")


@pytest.mark.parametrize(
    ("lang", "text", "speaker_text"),
    [
        ("nl", "Een luchtaanval trof een markt, bewoners en een lokale verzetsgroep zeggen dat er 23 doden vielen.",
         "bewoners en een lokale verzetsgroep"),
        ("en", "An airstrike hit a market, killing 23 people, residents and a local resistance group said.",
         "residents and a local resistance group"),
    ],
)
def test_coordinated_speakers_opening_a_clause_speak_together(lang: str, text: str, speaker_text: str) -> None:
    assert [q.speaker_text for q in quotes(text, lang)[1]] == [speaker_text]


@pytest.mark.parametrize(("lang", "text", "entities", "speaker_text"), [
    ("nl", "Cel voor relschoppers Hillesluis: ‘Agenten waren die nacht vogelvrij’\n\n"
     "ROTTERDAM - De rechtbank heeft vijf mannen veroordeeld.\n\n‘Agenten waren die nacht vogelvrij’, zei officier "
     "Mirjam Kok.", (("Hillesluis", "LOC"), ("Mirjam Kok", "PER")), "Mirjam Kok"),
    ("en", "Strikers vow to stay in Lagos: 'We are not going anywhere'\n\nDock workers struck on Monday.\n\n"
     '"We are not going anywhere. Not this time," said union leader John Okafor.',
     (("Lagos", "LOC"), ("John Okafor", "PER")), "John Okafor"),
])
def test_a_headline_quoting_the_article_speaks_with_the_articles_speaker(
        lang: str, text: str, entities: tuple[tuple[str, str], ...], speaker_text: str) -> None:
    direct = [q for q in quotes(text, lang, entities)[1] if q.kind == "direct"]
    assert [q.speaker_text for q in direct] == [speaker_text, speaker_text]


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Premier reageert: 'Dit is onaanvaardbaar'\n\nDe premier sprak van een zwarte dag. 'Wij laten dit niet "
           "gebeuren', zei ze."),
    ("en", 'Mayor responds: "This is unacceptable"\n\nThe mayor spoke of a dark day. "We will not let it happen," '
           "she said."),
])
def test_a_headline_quote_the_article_does_not_repeat_keeps_its_own_reading(lang: str, text: str) -> None:
    base = [q.speaker_text for q in quotes(text.split("\n\n")[0], lang)[1]]
    direct = [q for q in quotes(text, lang)[1] if q.kind == "direct"]
    assert direct[0].speaker_text == (base[0] if base else None)



@pytest.mark.parametrize(("lang", "text", "content", "speaker"), [
    # a second verb of the sentence's subject, after a quotation or a long first clause (session 30)
    ("en", "News\n\nMunicipal spokesperson Luthando Mkhize blamed \"criminal elements\" and said the tanker had been "
           "delivering water to a clinic.", "the tanker had been delivering water to a clinic", "Mkhize"),
    ("en", "News\n\nSEPTA, in a statement, accused the union of putting riders in danger and said it would not reopen "
           "its wage offer.", "it would not reopen its wage offer", "SEPTA"),
])
def test_a_cue_coordinated_with_the_subject_s_first_verb_has_that_subject(pipeline, lang, text, content,
                                                                         speaker):  # type: ignore[no-untyped-def]
    doc = kroniek.extract(text, language=lang, published="2026-08-13", pipeline=pipeline)
    found = [q for q in doc.quotes if q.text == content]
    assert found and speaker in (found[0].speaker_text or ""), doc.quotes


@pytest.mark.parametrize(
    ("lang", "text", "first"),
    [
        ("en", "The committee says three protesters were killed and 25 injured; officials confirmed one death.",
         ("three protesters were killed and 25 injured", "The committee")),
        ("en", "FVG said four protesters were killed; govt spokesperson 9 Oct acknowledged one death.",
         ("four protesters were killed", "FVG")),
        ("nl", "Het comité zegt dat drie betogers zijn gedood, de autoriteiten bevestigden één dode.",
         ("dat drie betogers zijn gedood", "Het comité")),
        ("nl", "De bond zegt dat er drie doden vielen, de regering erkende één dode.",
         ("dat er drie doden vielen", "De bond")),
    ],
)
def test_reported_speech_ends_where_another_voice_confirms(lang: str, text: str, first: tuple[str, str]) -> None:
    _, found = quotes(text, lang)
    assert [(q.text, q.speaker_text) for q in found] == [first]


@pytest.mark.parametrize(("lang", "text", "speaker"), [
    ("nl", "Doorgestuurd van Politiezone Brugge\n'De actie was niet toegelaten. Er zijn 143 personen aangehouden.' "
           "– woordvoerder Jens Vandamme", "jens vandamme"),
    ("en", "Forwarded from Bruges police\n'The action was not allowed. 143 people were detained.' "
           "— spokesman Jens Vandamme", "jens vandamme"),
])
def test_a_quote_signed_after_a_dash_is_its_signer_s(pipeline, lang, text, speaker):  # type: ignore[no-untyped-def]
    doc = kroniek.extract(text, language=lang, published="2026-10-17", pipeline=pipeline)
    found = [q for q in doc.quotes if q.kind == "direct"]
    assert found and speaker in (found[0].speaker_text or "").lower(), doc.quotes


@pytest.mark.parametrize(("lang", "text", "speaker"), [
    ("nl", "Volgens ons juridisch team zijn meer dan 200 actievoerders opgepakt.", "ons juridisch team"),
    ("nl", "Volgens mijn buurman waren er veertig agenten.", "mijn buurman"),
    ("en", "According to my lawyer, 40 people were arrested.", "my lawyer"),
])
def test_a_possessive_opens_the_source_after_according_to(pipeline, lang, text, speaker):  # type: ignore[no-untyped-def]
    found = kroniek.extract("Nieuws\n\n" + text, language=lang, published="2026-10-17", pipeline=pipeline).quotes
    assert found and found[0].speaker_text == speaker, found
