"""Claims: who claims each number (Quantity.claimed_by)."""

from __future__ import annotations

import pytest

from conftest import claims_document


def claimed(text: str, lang: str, entities: tuple[tuple[str, str], ...]) -> dict[str, str | None]:
    """{quantity text: the text of the entity that claims it (or None)} after quantities, quotes, claims."""
    doc = claims_document(text, lang, entities)
    return {q.text: (doc.entity(q.claimed_by).text if q.claimed_by else None)  # type: ignore[union-attr]
            for q in doc.quantities}


@pytest.mark.parametrize(
    ("lang", "text", "entities", "span", "claimant"),
    [
        ("nl", "Poetin zei vorige week dat het ging om 300.000 reservisten.", (("Poetin", "PER"),), "300.000",
         "Poetin"),
        ("en", "Putin said last week that 300,000 reservists would be called up.", (("Putin", "PER"),), "300,000",
         "Putin"),
        ("nl", 'Dat zegt Deen. "Er zijn naar schatting zo\'n 200.000 tot 250.000 mannen gevlucht", zegt Deen.',
         (("Deen", "PER"),), "200.000 tot 250.000", "Deen"),
        ("en", '"Some 200,000 to 250,000 men have fled," Deen said.', (("Deen", "PER"),), "200,000 to 250,000",
         "Deen"),
    ],
)
def test_a_number_in_a_quote_is_claimed_by_its_speaker(lang: str, text: str, entities: tuple[tuple[str, str], ...],
                                                       span: str, claimant: str) -> None:
    assert claimed(text, lang, entities)[span] == claimant


@pytest.mark.parametrize(
    ("lang", "text", "entities", "span", "claimant"),
    [
        ("nl", "De onafhankelijke krant Novaja Gazeta schatte het aantal vluchtelingen zondag op 261.000.",
         (("Novaja Gazeta", "ORG"),), "261.000", "Novaja Gazeta"),
        ("en", "The independent newspaper Novaya Gazeta estimated the number of refugees at 261,000.",
         (("Novaya Gazeta", "ORG"),), "261,000", "Novaya Gazeta"),
        ("nl", "Volgens OVD-Info zijn 745 demonstranten opgepakt.", (("OVD-Info", "ORG"),), "745", "OVD-Info"),
        ("en", "According to OVD-Info, 745 protesters were detained.", (("OVD-Info", "ORG"),), "745", "OVD-Info"),
        ("en", "Russian officials put the number at 200,000 to 250,000.", (("Russian officials", "MISC"),),
         "200,000 to 250,000", "Russian officials"),
        ("nl", "Unicef: 300 kinderen gedood bij aanvallen", (("Unicef", "ORG"),), "300", "Unicef"),
        ("en", "Unicef: 300 children killed in attacks", (("Unicef", "ORG"),), "300", "Unicef"),
    ],
)
def test_a_number_in_an_estimate_or_according_to_clause_is_claimed(
        lang: str, text: str, entities: tuple[tuple[str, str], ...], span: str, claimant: str) -> None:
    assert claimed(text, lang, entities)[span] == claimant


@pytest.mark.parametrize(
    ("lang", "text"),
    [("nl", "In Moskou gingen honderden mensen de straat op."),
     ("en", "Hundreds of people took to the streets in Moscow.")],
)
def test_a_number_the_article_states_itself_has_no_claimant(lang: str, text: str) -> None:
    assert set(claimed(text, lang, (("Moskou", "LOC"), ("Moscow", "LOC"))).values()) == {None}


@pytest.mark.parametrize(
    ("lang", "text", "entities"),
    [("nl", "Volgens FDF deden 2000 boeren mee, maar de politie hield het op 800.", (("FDF", "ORG"),)),
     ("en", "According to FDF, 2000 farmers took part, but the police put it at 800.", (("FDF", "ORG"),))],
)
def test_a_claim_covers_only_the_clause_of_its_source(lang: str, text: str,
                                                      entities: tuple[tuple[str, str], ...]) -> None:
    assert claimed(text, lang, entities) == {"2000": "FDF", "800": None}


@pytest.mark.parametrize(
    ("lang", "text", "entities"),
    [
        ("nl", "Bij het protest van Greenpeace zijn 57 mensen aangehouden, meldt een woordvoerder.",
         (("Greenpeace", "ORG"),)),
        ("en", "At the Greenpeace protest police arrested 35 people, a spokesman said.", (("Greenpeace", "ORG"),)),
        ("en", "At the Extinction Rebellion blockade, police put the number at no more than 800.",
         (("Extinction Rebellion", "ORG"),)),
    ],
)
def test_a_number_reported_by_a_common_noun_source_is_claimed_by_nobody(
        lang: str, text: str, entities: tuple[tuple[str, str], ...]) -> None:
    assert set(claimed(text, lang, entities).values()) == {None}


@pytest.mark.parametrize(("lang", "text", "source"), [
    # the subject the parse puts after the verb (verb-second) estimates, not the name before it
    ("nl", "Bij de blokkade door Extinction Rebellion schat de politie het aantal op hooguit 800.", "de politie"),
    ("en", "At the Extinction Rebellion blockade, police put the number at no more than 800.", "police"),
    ("nl", "De politie schat het aantal op hooguit 800.", "De politie"),
    ("en", "The number of protesters was estimated at 8,000 by police.", "police"),
])
def test_an_estimate_by_a_common_noun_source_is_claimed_by_an_entity_of_its_phrase(lang: str, text: str,
                                                                                     source: str) -> None:
    """The claims stage names the source as text; the claimants stage makes that phrase the number's entity."""
    import kroniek

    doc = kroniek.extract(text, language=lang, published="2026-04-21")
    assert [q.claimed_by_text for q in doc.quantities] == [source], doc.quantities
    entity = doc.entity(doc.quantities[0].claimed_by or "")
    assert entity is not None and (entity.text, entity.label) == (source, "ORG")
    assert doc.quotes == ()  # an estimate is no quote: the number records who gives it


@pytest.mark.parametrize(
    ("lang", "text", "entities", "expected"),
    [
        ("nl", "Volgens Amnesty International zijn 300 mensen gearresteerd, de regering spreekt van 120.",
         (("Amnesty International", "ORG"),), {"300": "Amnesty International", "120": None}),
        ("en", "Amnesty International said 300 people were arrested, the government puts the figure at 120.",
         (("Amnesty International", "ORG"),), {"300": "Amnesty International", "120": None}),
        ("nl", "Volgens de politie waren er 800 betogers, Greenpeace spreekt van 3000.",
         (("Greenpeace", "ORG"),), {"800": None, "3000": "Greenpeace"}),
    ],
)
def test_a_new_source_after_a_comma_starts_its_own_clause(lang: str, text: str, entities: tuple[tuple[str, str], ...],
                                                         expected: dict[str, str | None]) -> None:
    assert claimed(text, lang, entities) == expected


@pytest.mark.parametrize(
    ("lang", "text", "entities"),
    [
        ("en", "An estimated 50,000 Algerians have been killed since 1992.", (("Algerians", "MISC"),)),
        ("nl", "Naar schatting 50.000 Algerijnen zijn sinds 1992 gedood, volgens schattingen van Human Rights Watch "
         "misschien meer.", (("Algerijnen", "MISC"),)),
        ("en", "Danish analysts estimated the sale value at 118 million crowns.", (("Danish", "MISC"),)),
        ("nl", "Deense analisten schatten de verkoopwaarde op 118 miljoen kronen.", (("Deense", "MISC"),)),
        ("en", "The number of protesters was estimated at 8,000 in Berlin.", (("Berlin", "MISC"),)),
    ],
)
def test_an_approximation_or_a_modifier_claims_nothing(lang: str, text: str,
                                                      entities: tuple[tuple[str, str], ...]) -> None:
    assert set(claimed(text, lang, entities).values()) == {None}


@pytest.mark.parametrize(
    ("lang", "text", "entities", "span", "claimant"),
    [
        ("en", "The Bank of Finland earlier estimated the trade surplus at 3.2 billion markka.",
         (("Bank of Finland", "ORG"),), "3.2 billion", "Bank of Finland"),
        ("nl", "Het CBS schatte eerder het aantal asielzoekers op 40.000.", (("CBS", "ORG"),), "40.000", "CBS"),
        ("en", "The number of refugees was estimated at 40,000 by the UNHCR.", (("UNHCR", "ORG"),), "40,000", "UNHCR"),
        ("nl", "Het aantal vluchtelingen werd door de UNHCR geschat op 40.000.", (("UNHCR", "ORG"),), "40.000",
         "UNHCR"),
    ],
)
def test_an_estimator_with_an_adverb_or_as_a_passive_agent_claims(lang: str, text: str,
                                                                  entities: tuple[tuple[str, str], ...],
                                                                  span: str, claimant: str) -> None:
    assert claimed(text, lang, entities)[span] == claimant


@pytest.mark.parametrize(
    ("lang", "text", "entities"),
    [
        ("en", "Organisers said 5,000 people attended the rally.", (("Organisers", "ORG"),)),
        ("en", "Police estimated the crowd at 3,000.", (("Police", "ORG"),)),
        ("nl", "Politie schat het aantal betogers op 3000.", (("Politie", "ORG"),)),
        ("nl", "Volgens Organisatoren liepen 5000 mensen mee.", (("Organisatoren", "ORG"),)),
    ],
)
def test_a_common_noun_taken_for_a_name_claims_nothing(lang: str, text: str,
                                                       entities: tuple[tuple[str, str], ...]) -> None:
    assert set(claimed(text, lang, entities).values()) == {None}


@pytest.mark.parametrize(
    ("lang", "text", "entities", "expected"),
    [
        ("en", "Police estimated the crowd at 3,000, far below the 10,000 claimed by Greenpeace.",
         (("Greenpeace", "ORG"),), {"3,000": None, "10,000": "Greenpeace"}),
        ("nl", "De politie schatte de menigte op 3000, ver onder de 10.000 genoemd door Greenpeace.",
         (("Greenpeace", "ORG"),), {"3000": None, "10.000": "Greenpeace"}),
    ],
)
def test_a_source_named_right_after_the_number_claims_it(lang: str, text: str, entities: tuple[tuple[str, str], ...],
                                                         expected: dict[str, str | None]) -> None:
    assert claimed(text, lang, entities) == expected


@pytest.mark.parametrize(
    ("lang", "text", "entities"),
    [
        ("en", "Iranian officials met on Monday. Iran said 137 people were arrested.", (("Iranian", "MISC"),)),
        ("nl", "Russische diplomaten vertrokken. Rus zei dat 40 mensen waren opgepakt.", (("Russische", "MISC"),)),
    ],
)
def test_a_speaker_is_matched_to_an_entity_by_whole_words(lang: str, text: str,
                                                          entities: tuple[tuple[str, str], ...]) -> None:
    assert set(claimed(text, lang, entities).values()) == {None}


@pytest.mark.parametrize(
    ("lang", "text", "entities", "expected"),
    [
        ("nl", "Poetin zei vorige week dat het ging om 300.000 reservisten.", (("Poetin", "PER"),),
         {"300.000": "Poetin"}),
        ("en", "Putin said last week that 300,000 reservists would be called up.", (("Putin", "PER"),),
         {"300,000": "Putin"}),
        ("nl", "De politie heeft 57 mensen aangehouden, meldt een woordvoerder.", (), {"57": "een woordvoerder"}),
        ("en", "Police detained 57 people, a spokesman said.", (), {"57": "a spokesman"}),
        ("en", "The crowd was larger than the 10,000 claimed by the organisers.", (), {"10,000": "the organisers"}),
        ("nl", "Er waren 3000 mensen op het plein.", (), {"3000": None}),
        ("en", "There were 3,000 people in the square.", (), {"3,000": None}),
    ],
)
def test_claimed_by_text_names_the_claimant_as_written(lang: str, text: str, entities: tuple[tuple[str, str], ...],
                                                       expected: dict[str, str | None]) -> None:
    doc = claims_document(text, lang, entities)
    assert {q.text: q.claimed_by_text for q in doc.quantities} == expected


@pytest.mark.parametrize("lang", [None, "xx"])
def test_an_unknown_language_is_refused(lang: str | None) -> None:
    from kroniek.claims import assign_claims
    from kroniek.errors import UnsupportedLanguageError
    from kroniek.model import Document

    with pytest.raises(UnsupportedLanguageError):
        assign_claims(Document(text="Er waren 3000 mensen.", language=lang))


@pytest.mark.parametrize(
    ("lang", "text", "entities", "source"),
    [
        ("nl", "Volgens de Peruaanse ombudsman kwamen 2 demonstranten om het leven.", (("Peruaanse", "MISC"),),
         "de Peruaanse ombudsman"),
        ("en", "According to the Peruvian ombudsman, 2 protesters were killed.", (("Peruvian", "MISC"),),
         "the Peruvian ombudsman"),
    ],
)
def test_an_adjective_before_the_source_is_not_the_source(lang: str, text: str, entities: tuple[tuple[str, str], ...],
                                                          source: str) -> None:
    """The ombudsman claims the figure: no entity, but the phrase that names the source."""
    q = next(q for q in claims_document(text, lang, entities).quantities if q.text == "2")
    assert (q.claimed_by, q.claimed_by_text) == (None, source)


@pytest.mark.parametrize(
    ("lang", "text", "entities", "span", "claimant"),
    [
        ("nl", "Het parket meldt drie lichtgewonde agenten, HLN heeft het over vijf.", (("HLN", "ORG"),), "vijf", "HLN"),
        ("en", "The prosecutor reported three injured officers, the BBC spoke of five.", (("BBC", "ORG"),), "five",
         "BBC"),
    ],
)
def test_another_voice_claims_its_written_figure(lang: str, text: str, entities: tuple[tuple[str, str], ...],
                                                 span: str, claimant: str) -> None:
    assert claimed(text, lang, entities)[span] == claimant


@pytest.mark.parametrize(("lang", "text", "claims"), [
    ("en", "Q3 Call\n\nOperator\nGood morning, and welcome to the call. Please go ahead.\n\nMartin Oyarzun\nThank you, "
           "operator. The union walked out in October.\nThey detained 23 people; the union puts it at 31.\n\n"
           "Dev Raghunathan\nThanks. Martin, is there any risk?\n\nMartin Oyarzun\nThe union has threatened to, yes.\n",
     {"23": "oyarzun", "31": "union"}),
    ("nl", "Persgesprek\n\nModerator\nGoedemiddag en welkom bij dit gesprek. Het woord is aan u.\n\nAnja de Vries\nDank "
           "u wel. De staking begon in oktober.\nDe politie hield 23 mensen aan; de bond houdt het op 31.\n\n"
           "Piet Jansen\nDank. Sluit u een ontruiming uit?\n\nAnja de Vries\nNee, dat sluit ik niet uit.\n",
     {"23": "vries", "31": "bond"}),
])
def test_a_source_named_in_a_call_s_turn_claims_its_figure_before_the_speaker(pipeline, lang, text,
                                                                              claims):  # type: ignore[no-untyped-def]
    """A turn under a speaker's name line is the speaker's, but "the union puts it at 31" is the union's."""
    import kroniek
    doc = kroniek.extract(text, language=lang, published="2026-11-05", pipeline=pipeline)
    got = {q.text: (doc.entity(q.claimed_by).text.lower() if q.claimed_by else "") for q in doc.quantities}
    assert all(c in got.get(span, "") for span, c in claims.items()), got
