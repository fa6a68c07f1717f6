"""Who did it to whom, where the words for it lie outside the trigger's own phrase (kroniek.events.roles,
kroniek.events.agents, kroniek.events.coref): postpositions, count ranges, extraposed phrases, what set a protest
off, an instrument's subject, a later mention that names the actor, the speaker of the sentence before, and
names the entity tagger missed. One class per table, Dutch and English; offsets stay exact.
"""

from __future__ import annotations

import pytest

from kroniek.model import Document
from role_checks import analyse as analysed
from role_checks import events_only_pipeline, has, offsets_exact, shown
from role_checks import first_event as event_of


@pytest.fixture(scope="module")
def events_pipeline():  # type: ignore[no-untyped-def]
    return events_only_pipeline()


def analyse(pipeline, text: str, lang: str) -> Document:  # type: ignore[no-untyped-def]
    doc = analysed(pipeline, text, lang)
    offsets_exact(doc)
    return doc


# --------------------------------------------------------------------------- postpositions and count ranges
POSTPOSITIONS = [
    ("nl", "Naar schatting zijn zo'n 200.000 tot 250.000 mannen de grens over gevlucht.", "mannen", "grens"),
    ("nl", "Duizenden inwoners zijn de afgelopen dagen het land uit gevlucht.", "inwoners", "land"),
    ("en", "An estimated 200,000 to 250,000 men have fled across the border.", "men", "border"),
]


@pytest.mark.parametrize(("lang", "text", "actor", "direction"), POSTPOSITIONS)
def test_the_noun_of_a_postposition_is_where_not_who(events_pipeline, lang, text, actor,
                                                     direction):  # type: ignore[no-untyped-def]
    e = event_of(analyse(events_pipeline, text, lang), "DISPLACE")
    assert has(e.actors, actor) and not has((*e.actors, *e.targets), direction), shown(e)


PARTICLES = [  # a separated verb particle ends its clause: the noun before it stays the object
    ("nl", "De politie pakte zaterdag in Utrecht de demonstranten op.", "demonstranten"),
    ("en", "Police rounded the protesters up in Leeds on Saturday.", "protesters"),
]


@pytest.mark.parametrize(("lang", "text", "target"), PARTICLES)
def test_the_object_before_a_verb_particle_stays_the_target(events_pipeline, lang, text,
                                                            target):  # type: ignore[no-untyped-def]
    e = event_of(analyse(events_pipeline, text, lang), "COERCE")
    assert has(e.targets, target), shown(e)


# --------------------------------------------------------------------------- what a noun's phrase says
PATIENTS = [  # "van"/"of" after a mobilisation names who is called up
    ("nl", "Poetin zei vorige week dat het om een gedeeltelijke mobilisatie ging van 300.000 reservisten.",
     "reservisten"),
    ("nl", "Het ministerie kondigde de mobilisatie van 300.000 reservisten aan.", "reservisten"),
    ("en", "The ministry announced the mobilisation of 300,000 reservists.", "reservists"),
]


@pytest.mark.parametrize(("lang", "text", "target"), PATIENTS)
def test_who_is_mobilised_is_the_target_also_after_the_verb(events_pipeline, lang, text,
                                                           target):  # type: ignore[no-untyped-def]
    e = event_of(analyse(events_pipeline, text, lang), "MOBILIZE")
    assert has(e.targets, target) and not has(e.actors, target), shown(e)


PROVOKED = [  # a protest is aimed at whoever did what set it off
    ("nl", "Zo kwam het in 2020 tot massale rellen toen de overheid een mijnbouwvergunning afgaf.", "overheid"),
    ("nl", "Boeren demonstreerden in Den Haag nadat het kabinet nieuwe stikstofregels had aangekondigd.",
     "kabinet"),
    ("en", "Riots broke out in the capital after police shot a teenager.", "police"),
    ("en", "Thousands of farmers protested in Brussels after the government cut diesel subsidies.", "government"),
]


@pytest.mark.parametrize(("lang", "text", "target"), PROVOKED)
def test_a_protest_is_aimed_at_who_set_it_off(events_pipeline, lang, text, target):  # type: ignore[no-untyped-def]
    e = event_of(analyse(events_pipeline, text, lang), "PROTEST")
    assert has(e.targets, target), shown(e)


NOT_PROVOKED = [  # a pronoun in the clause is the protesters themselves, not whom they protest against
    ("nl", "Honderden studenten demonstreerden in Utrecht nadat ze het nieuws hadden gehoord.", "ze"),
    ("en", "Hundreds of students marched in protest in Leeds after they heard the news.", "they"),
]


@pytest.mark.parametrize(("lang", "text", "pronoun"), NOT_PROVOKED)
def test_a_pronoun_in_what_set_a_protest_off_is_no_target(events_pipeline, lang, text,
                                                          pronoun):  # type: ignore[no-untyped-def]
    e = event_of(analyse(events_pipeline, text, lang), "PROTEST")
    assert not any(p.text.lower() == pronoun for p in e.targets), shown(e)


INSTRUMENTS = [  # the subject of the clause did what it did with the event
    ("nl", '"Met de mobilisatie bracht Poetin de oorlog opeens bij iedereen thuis", zei Gabbasov.', "MOBILIZE",
     "Poetin"),
    ("en", "With the mobilisation, Putin brought the war into every home.", "MOBILIZE", "Putin"),
]


@pytest.mark.parametrize(("lang", "text", "etype", "actor"), INSTRUMENTS)
def test_the_subject_acts_with_an_instrumental_event(events_pipeline, lang, text, etype,
                                                    actor):  # type: ignore[no-untyped-def]
    e = event_of(analyse(events_pipeline, text, lang), etype)
    assert has(e.actors, actor), shown(e)


# --------------------------------------------------------------------------- across sentences
LATER_MENTION = [  # the event told again later with its actor: the one event has that actor
    ("nl", "Zeker nu de mobilisatie de regio onevenredig hard treft, groeit het verzet.\n\nDat zegt Gabbasov. "
           '"Met de mobilisatie bracht Poetin de oorlog bij iedereen thuis."', "Poetin"),
    ("en", "The mobilisation is hitting the region hard, and resistance is growing.\n\nThat is what Gabbasov "
           'says. "With the mobilisation, Putin brought the war into every home."', "Putin"),
]


@pytest.mark.parametrize(("lang", "text", "actor"), LATER_MENTION)
def test_an_event_takes_the_actor_a_later_mention_names(events_pipeline, lang, text,
                                                        actor):  # type: ignore[no-untyped-def]
    doc = analyse(events_pipeline, text, lang)
    mobilisations = [e for e in doc.events if e.type == "MOBILIZE"]
    assert len(mobilisations) == 1 and mobilisations[0].mentions, [(e.type, e.trigger.text) for e in doc.events]
    assert has(mobilisations[0].actors, actor), shown(mobilisations[0])


SPEAKER_BEFORE = [  # who spoke in the sentence before did not carry out the next sentence's attack
    ("nl", "Poetin zei vorige week dat het om een gedeeltelijke mobilisatie ging. Volgens de krant is er "
           "gisteren een aanslag gepleegd op het hoofdkwartier.", "Poetin"),
    ("en", "Putin said last week that the mobilisation was partial. According to the paper, an attack was "
           "carried out on the headquarters yesterday.", "Putin"),
]


@pytest.mark.parametrize(("lang", "text", "speaker"), SPEAKER_BEFORE)
def test_the_speaker_of_the_sentence_before_is_not_the_agent(events_pipeline, lang, text,
                                                             speaker):  # type: ignore[no-untyped-def]
    e = event_of(analyse(events_pipeline, text, lang), "ASSAULT")
    assert not has(e.actors, speaker), shown(e)


NOT_THE_AGENT_BEFORE = [  # a caption's dateline and a passive's patient open the sentence before, but did nothing
    ("en", "EL ALTO, BOLIVIA - SEPTEMBER 16: Relatives mourn Rolando Mamani at his wake. He was shot dead late on "
           "Tuesday during clashes.", "EL ALTO"),
    ("en", "Mamani was arrested on Monday. A day later he was shot dead in his cell.", "Mamani"),
    ("nl", "Mamani werd maandag aangehouden. Een dag later werd hij in zijn cel doodgeschoten.", "Mamani"),
]


@pytest.mark.parametrize(("lang", "text", "name"), NOT_THE_AGENT_BEFORE)
def test_a_dateline_or_a_patient_before_is_not_the_agent(events_pipeline, lang, text,
                                                         name):  # type: ignore[no-untyped-def]
    e = event_of(analyse(events_pipeline, text, lang), "ASSAULT")
    assert not has(e.actors, name), shown(e)


UNLABELLED = [  # a capitalised people the tagger missed, named as the subject just before
    ("nl", "Ook voor de oorlog kwamen Basjkieren op voor het eigen erfgoed. Zo kwam het in 2020 tot massale "
           "rellen in Oefa.", "Basjkieren"),
    ("en", "Long before the war, Bashkirs stood up for their heritage. In 2020 there were mass riots in Ufa.",
     "Bashkirs"),
]


@pytest.mark.parametrize(("lang", "text", "actor"), UNLABELLED)
def test_a_name_the_tagger_missed_is_still_the_agent_named_before(events_pipeline, lang, text,
                                                                  actor):  # type: ignore[no-untyped-def]
    e = event_of(analyse(events_pipeline, text, lang), "PROTEST")
    assert has(e.actors, actor), shown(e)


AUXILIARY_SUBJECT = [  # the parse hung the subject from the auxiliary
    ("nl", '"Wij hebben de weg geblokkeerd", zei Jan de Vries van Greenpeace.', "Wij", "weg"),
    ("en", '"We have blocked the road," said Jan de Vries of Greenpeace.', "We", "road"),
]


@pytest.mark.parametrize(("lang", "text", "actor", "target"), AUXILIARY_SUBJECT)
def test_a_subject_hung_from_the_auxiliary_is_the_actor(events_pipeline, lang, text, actor,
                                                        target):  # type: ignore[no-untyped-def]
    e = event_of(analyse(events_pipeline, text, lang), "PROTEST")
    assert has(e.actors, actor) and not has(e.actors, target) and has(e.targets, target), shown(e)


LIST_ITEMS = [  # a bullet before the subject is no word of the sentence
    ("nl", "Wat doen we?\n• We vragen de Belgische regering om bij de VN aan te dringen op bescherming.", "REQUEST",
     "We", "regering"),
    ("en", "What we do:\n• We urge the Belgian government to press the UN for protection.", "REQUEST", "We",
     "government"),
]


@pytest.mark.parametrize(("lang", "text", "etype", "actor", "target"), LIST_ITEMS)
def test_the_subject_after_a_bullet_is_the_actor(events_pipeline, lang, text, etype, actor,
                                                 target):  # type: ignore[no-untyped-def]
    e = event_of(analyse(events_pipeline, text, lang), etype)
    assert has(e.actors, actor) and not has(e.actors, target) and has(e.targets, target), shown(e)


FLIGHTS = [  # a flight has no passive, whatever verb tells it ("op de vlucht geslagen" is no beating)
    ("nl", "Meer dan 6.000 ontheemden zijn opnieuw op de vlucht geslagen, de meesten naar Bunia.", "ontheemden"),
    ("nl", "Honderden dorpelingen zijn zondag gevlucht.", "dorpelingen"),
    ("en", "More than 6,000 displaced people have fled again, most of them to Bunia.", "displaced people"),
]


@pytest.mark.parametrize(("lang", "text", "actor"), FLIGHTS)
def test_who_flees_is_the_actor(events_pipeline, lang, text, actor):  # type: ignore[no-untyped-def]
    e = event_of(analyse(events_pipeline, text, lang), "DISPLACE")
    assert has(e.actors, actor) and not has(e.targets, actor), shown(e)


DRIVEN_OUT = [  # a displacement told in the passive: those displaced are its target
    ("nl", "Duizenden mensen werden door de milities uit hun dorpen verdreven.", "mensen"),
    ("en", "An estimated 400,000 people have been displaced since the start of January.", "people"),
]


@pytest.mark.parametrize(("lang", "text", "target"), DRIVEN_OUT)
def test_who_is_displaced_in_the_passive_is_the_target(events_pipeline, lang, text,
                                                       target):  # type: ignore[no-untyped-def]
    e = event_of(analyse(events_pipeline, text, lang), "DISPLACE")
    assert has(e.targets, target) and not has(e.actors, target), shown(e)


GIVEN = [  # what is handed out is no target; those it goes to are
    ("nl", "Het WFP deelde voedsel uit aan 60.000 ontheemden in Goma.", "ontheemden", "voedsel"),
    ("en", "The World Food Programme distributed food to 60,000 displaced people on Monday.", "displaced people",
     "food"),
    ("nl", "Ons team deelde maandag 1.200 noodpakketten uit in Bunia.", None, "noodpakketten"),
    ("en", "Our team distributed 1,200 emergency kits in Bunia on Monday.", None, "emergency kits"),
]


@pytest.mark.parametrize(("lang", "text", "target", "thing"), GIVEN)
def test_who_aid_goes_to_is_its_target_not_what_is_given(events_pipeline, lang, text, target,
                                                         thing):  # type: ignore[no-untyped-def]
    e = event_of(analyse(events_pipeline, text, lang), "AID")
    assert (target is None or has(e.targets, target)) and not has(e.targets, thing), shown(e)


GAPPED_CONJUNCTS = [  # a second verb right after "en"/"and" shares the first one's subject
    ("nl", "CODECO ontkent via sociale media elke betrokkenheid en beschuldigt het leger van een lastercampagne.",
     "CODECO", "leger"),
    ("nl", "De bond wijst het voorstel af en beschuldigt de minister van woordbreuk.", "bond", "minister"),
    ("en", "CODECO denied any involvement on social media and accused the army of a smear campaign.", "CODECO",
     "army"),
]


@pytest.mark.parametrize(("lang", "text", "actor", "target"), GAPPED_CONJUNCTS)
def test_the_phrase_after_a_gapped_conjunct_verb_is_its_object(events_pipeline, lang, text, actor,
                                                               target):  # type: ignore[no-untyped-def]
    e = event_of(analyse(events_pipeline, text, lang), "ACCUSE")
    assert has(e.actors, actor) and not has(e.actors, target) and has(e.targets, target), shown(e)


# --------------------------------------------------------------------------- whole phrases and marked orders
WHOLE_PHRASES = [  # a title before a name, a modifier the parse made the phrase's first word
    ("nl", "Na weken van protest trad premier Miloš Vučević eind januari af.", "CONCEDE", "premier Miloš Vučević"),
    ("en", "After weeks of protest, prime minister Miloš Vučević resigned in January.", "CONCEDE", "Vučević"),
    ("en", "The Philippine coast guard accused Chinese vessels of ramming a supply boat.", "ACCUSE",
     "The Philippine coast guard"),
    ("en", "Opposition Green councillors tabled a motion demanding a review of the scheme.", "REQUEST",
     "Opposition Green councillors"),
]


@pytest.mark.parametrize(("lang", "text", "etype", "actor"), WHOLE_PHRASES)
def test_the_actor_is_the_whole_phrase_not_its_first_word(events_pipeline, lang, text, etype,
                                                          actor):  # type: ignore[no-untyped-def]
    e = event_of(analyse(events_pipeline, text, lang), etype)
    assert any(actor in p.text for p in e.actors), shown(e)


MARKED_ORDER = [  # a subject after the verb of an expression with its own object; a dateline before the subject
    ("nl", "Ook vannacht gingen in de hoofdstad Tbilisi duizenden mensen de straat op.", "PROTEST", "mensen", None),
    ("en", "TBILISI, Georgia - Thousands of people took to the streets of the capital again last night.",
     "PROTEST", "people", None),
    ("en", "GUSAU, Nigeria - Armed men abducted at least 30 villagers in Zamfara state on Sunday.", "ASSAULT",
     "Armed men", "villagers"),
    ("nl", "GAO - Gewapende mannen ontvoerden zondag zeker dertig dorpelingen in de regio Gao.", "ASSAULT",
     "mannen", "dorpelingen"),
]


@pytest.mark.parametrize(("lang", "text", "etype", "actor", "target"), MARKED_ORDER)
def test_the_subject_stays_the_actor_in_a_marked_order(events_pipeline, lang, text, etype, actor,
                                                       target):  # type: ignore[no-untyped-def]
    e = event_of(analyse(events_pipeline, text, lang), etype)
    assert has(e.actors, actor) and not has(e.targets, actor), shown(e)
    assert target is None or has(e.targets, target), shown(e)


OFFENCES = [  # whoever a case is about did the offence it names
    ("nl", "Op zaterdag werd een agent in Utrecht mishandeld. De twee mannen bekenden de mishandeling van de agent.",
     "ASSAULT", "mannen"),
    ("en", "Two men from Darlington have been charged with violent disorder and assaulting an emergency worker.",
     "ASSAULT", "men"),
    # an active verdict: its object is who is held to account, not the court
    ("nl", "De rechtbank in Rotterdam heeft donderdag vijf mannen veroordeeld voor de rellen in Hillesluis.",
     "PROTEST", "mannen"),
    ("nl", "Vijf mannen zijn donderdag door de rechtbank veroordeeld voor de rellen in Hillesluis.", "PROTEST", "mannen"),
]


@pytest.mark.parametrize(("lang", "text", "etype", "actor"), OFFENCES)
def test_who_is_charged_or_convicted_did_the_offence(events_pipeline, lang, text, etype,
                                                     actor):  # type: ignore[no-untyped-def]
    e = event_of(analyse(events_pipeline, text, lang), etype)
    assert has(e.actors, actor), shown(e)


# --------------------------------------------------------------------------- who it was done to
RECIPROCAL = [  # each side is the other's target
    ("nl", "Het leger en de RSF geven elkaar de schuld van de aanval.", ("leger", "RSF")),
    ("en", "The army and the RSF blamed each other for the attack.", ("army", "RSF")),
]


@pytest.mark.parametrize(("lang", "text", "sides"), RECIPROCAL)
def test_a_reciprocal_target_is_each_side(events_pipeline, lang, text, sides):  # type: ignore[no-untyped-def]
    e = event_of(analyse(events_pipeline, text, lang), "ACCUSE")
    assert all(has(e.actors, s) and has(e.targets, s) for s in sides), shown(e)


VICTIMS = [  # people hurt in an attack named by a noun are its targets, not its actors
    ("nl", "Man zwaargewond bij steekpartij in Tilburg\n\nDe politie zoekt getuigen.", "Man"),
    ("en", "Two men were injured in a stabbing at Leeds station on Friday.", "men"),
    ("nl", "Een 22-jarige man is zondag zwaargewond geraakt bij een steekpartij op de Korte Heuvel.", "man"),
    ("en", "A 22-year-old man was seriously injured in a stabbing on Korte Heuvel on Sunday.", "man"),
]


@pytest.mark.parametrize(("lang", "text", "victim"), VICTIMS[2:])
def test_a_street_the_gazetteer_does_not_know_is_no_target(events_pipeline, lang, text,
                                                           victim):  # type: ignore[no-untyped-def]
    e = event_of(analyse(events_pipeline, text, lang), "ASSAULT")
    assert not has((*e.actors, *e.targets), "Heuvel"), shown(e)


@pytest.mark.parametrize(("lang", "text", "victim"), VICTIMS)
def test_who_was_hurt_in_an_attack_is_its_target(events_pipeline, lang, text, victim):  # type: ignore[no-untyped-def]
    e = event_of(analyse(events_pipeline, text, lang), "ASSAULT")
    assert has(e.targets, victim) and not has(e.actors, victim), shown(e)


PLANNERS = [  # whoever plans or considers the act named by the object does it
    ("nl", "Burgemeester Verhagen overweegt nu ook een samenscholingsverbod in het centrum.", "COERCE", "Verhagen"),
    ("en", "Rebels plotted an attack on the army base for weeks.", "ASSAULT", "Rebels"),
]


@pytest.mark.parametrize(("lang", "text", "etype", "actor"), PLANNERS)
def test_who_plans_the_act_is_its_actor(events_pipeline, lang, text, etype, actor):  # type: ignore[no-untyped-def]
    e = event_of(analyse(events_pipeline, text, lang), etype)
    assert has(e.actors, actor), shown(e)


DEMANDED_FROM = [  # whom something is demanded from is the target
    ("nl", "De vakbond eiste maandag excuses van de regering.", "regering"),
    ("en", "The union demanded an apology from the government on Monday.", "government"),
    # the subject of what is demanded is whom it is demanded of (session 14)
    ("nl", "De taxichauffeurs eisen dat de gemeente de nieuwe vergunningen intrekt.", "gemeente"),
    ("en", "Taxi drivers are demanding that the council withdraw the new licences.", "council"),
]


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "De buurtbewoners eisten dinsdag een nieuwe verkeersdrempel."),
    ("en", "Residents demanded a new speed bump on Tuesday."),
])
def test_what_is_demanded_is_no_target(events_pipeline, lang, text):  # type: ignore[no-untyped-def]
    assert event_of(analyse(events_pipeline, text, lang), "REQUEST").targets == (), "the thing demanded is no party"


@pytest.mark.parametrize(("lang", "text", "target"), DEMANDED_FROM)
def test_whom_something_is_demanded_from_is_the_target(events_pipeline, lang, text,
                                                       target):  # type: ignore[no-untyped-def]
    e = event_of(analyse(events_pipeline, text, lang), "REQUEST")
    assert has(e.targets, target), shown(e)


MISREAD_SUBJECTS = [  # a verb read as a noun keeps its pronoun subject; an adverb is no passive's subject
    ("nl", "Maar dat was voor de studenten niet genoeg. Zij eisen dat alle documenten openbaar worden.",
     "REQUEST", "Zij", None),
    ("en", "But that was not enough for the students. They demand that all documents be made public.",
     "REQUEST", "They", None),
    ("nl", "Eerder werden demonstranten in Novi Sad aangevallen door mannen met honkbalknuppels.", "ASSAULT",
     "mannen", "Eerder"),
    ("en", "Earlier, protesters in Novi Sad were attacked by men with baseball bats.", "ASSAULT", "men", "Earlier"),
]


@pytest.mark.parametrize(("lang", "text", "etype", "actor", "not_target"), MISREAD_SUBJECTS)
def test_a_misread_subject_is_still_found_and_an_adverb_is_none(events_pipeline, lang, text, etype, actor,
                                                                not_target):  # type: ignore[no-untyped-def]
    e = event_of(analyse(events_pipeline, text, lang), etype)
    assert has(e.actors, actor), shown(e)
    assert not_target is None or not has(e.targets, not_target), shown(e)


TOLD_BEFORE = [  # a definite event noun without words of its own takes those of its earlier mention
    ("nl", "Drie mannen veroordeeld voor aanslag op moskee in Antwerpen\n\nDe rechtbank heeft dinsdag drie mannen "
           "veroordeeld tot celstraffen. De aanslag zorgde destijds voor grote verontwaardiging.", "mannen",
     "moskee"),
    ("en", "Three men convicted of attack on mosque in Antwerp\n\nThe court sentenced three men to prison on "
           "Tuesday. The attack caused outrage at the time.", "men", "mosque"),
]


@pytest.mark.parametrize(("lang", "text", "actor", "target"), TOLD_BEFORE)
def test_a_definite_event_takes_the_words_of_its_earlier_mention(events_pipeline, lang, text, actor,
                                                                 target):  # type: ignore[no-untyped-def]
    doc = analyse(events_pipeline, text, lang)
    attacks = [e for e in doc.events if e.type == "ASSAULT"]
    assert attacks, [(e.type, e.trigger.text) for e in doc.events]
    e = attacks[-1]
    assert has(e.actors, actor) and has(e.targets, target), shown(e)


SUBJECT_NOUNS = [  # an event noun that is the subject of the event verb: the verb is the event, the noun its actor
    ("nl", "Zaterdag viel een woedende mob het politiebureau in Lagos aan.", "mob", "politiebureau"),
    ("en", "On Tuesday a mob attacked several embassies in Kinshasa.", "mob", "embassies"),
]


@pytest.mark.parametrize(("lang", "text", "actor", "target"), SUBJECT_NOUNS)
def test_an_event_noun_as_subject_is_the_actor_of_the_verb(events_pipeline, lang, text, actor,
                                                           target):  # type: ignore[no-untyped-def]
    e = event_of(analyse(events_pipeline, text, lang), "ASSAULT")
    assert has(e.actors, actor) and has(e.targets, target), shown(e)


PARTICIPLE_ADJUNCTS = [  # a participle adjunct without a subject of its own takes its verb's
    ("en", "On Tuesday a mob attacked several embassies in Kinshasa, accusing foreign governments of backing the "
           "rebels.", "ACCUSE", "mob"),
    ("en", "Hundreds of farmers drove their tractors into Lyon, demanding lower diesel taxes.", "REQUEST", "farmers"),
    # a protest's demand is a REQUEST of its own beside the protest (session 14: the blind golds count both)
    ("en", "Hundreds of farmers blocked the ring road around Lyon, demanding lower diesel taxes.", "REQUEST", "farmers"),
    ("en", "Hundreds of farmers blocked the ring road around Lyon, demanding lower diesel taxes.", "PROTEST", "farmers"),
    ("nl", "Honderden boeren blokkeerden de ringweg van Lyon om lagere dieselaccijnzen te eisen.", "REQUEST", "boeren"),
]  # Dutch says this with a second finite verb ("... en eisten ..."): a conjoined verb, in test_arguments_roles


@pytest.mark.parametrize(("lang", "text", "etype", "actor"), PARTICIPLE_ADJUNCTS)
def test_a_participle_adjunct_takes_the_subject_of_its_verb(events_pipeline, lang, text, etype,
                                                           actor):  # type: ignore[no-untyped-def]
    e = event_of(analyse(events_pipeline, text, lang), etype)
    assert has(e.actors, actor), shown(e)


CROWD_CONTROL = [  # force used on a crowd without a target is aimed at the protesters just told of
    ("nl", "Duizenden studenten demonstreerden dinsdag bij het parlement in Nairobi. De politie zette traangas "
           "en waterkanonnen in.", "studenten"),
    ("en", "Thousands of protesters marched on parliament in Nairobi on Tuesday. Police fired tear gas and water "
           "cannon.", "protesters"),
]


@pytest.mark.parametrize(("lang", "text", "target"), CROWD_CONTROL)
def test_force_on_a_crowd_is_aimed_at_the_protesters_told_before(events_pipeline, lang, text,
                                                                 target):  # type: ignore[no-untyped-def]
    e = event_of(analyse(events_pipeline, text, lang), "ASSAULT")
    assert has(e.targets, target), shown(e)
