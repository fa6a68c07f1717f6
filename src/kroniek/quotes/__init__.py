"""Direct and indirect quotes with their speakers, in Dutch and English.

Direct quotes are the text between quote marks ("…", “…”, „…”, '…', ‘…’, «…», ‹…›, and the ,,…'' of
Dutch print), across sentences;
a quote left open at the end of a paragraph and reopened at the start of the next continues there
(one quote per paragraph, same speaker). Headlines that are only a quotation are not quotes. A quotation of a
few words without a speech cue is a quote when a verb of judging gives it (a characterisation, its subject's:
"Mahlangu blamed “political opportunists”", "noemt het vonnis ‘buitenproportioneel’") or a slogan verb introduces
it ("placards reading “Athlone says no”": no one named); inside reported speech ("said the attack had been 'sudden
and savage'") or as a label ("hurled rocks and “pillboxes”") it is none of its own.

Indirect speech is read from a cue: a speech or cognition verb followed by "dat"/"that" ("Poetin zei
vorige week dat …", "Deen denkt dat …"; in English also without "that": "the ministry said 66 people
were detained", "told Reuters the crowd …", "…, saying it was …"), "volgens X" / "according to X" /
"aldus X" (the clause beside it, up to another voice: "…, maar de politie …"), a cue put after the
content (", denkt Deen.", ", Novaya Gazeta reported on Sunday.") and "Dat zegt X." / "Dat heeft X
gezegd." after the sentence it reports. A negated cue ("ontkende niet dat") reports nothing, but still
tells who is talking. A cue after the content may have an indefinite or common-noun speaker (", meldt een
woordvoerder.", ", a spokesman said.", ", said a spokesman for the ministry."). An estimate ("de politie schat het
aantal op hooguit 800", "police put the number at 800") is no quote: the number records who gives it
(``Quantity.claimed_by`` for a named estimator, ``claimed_by_text`` for a common-noun one), as every gold set has it;
its estimator is still a voice a later quote may continue.
Reported speech ends where another voice begins: "…, maar de politie …", "…; police put the figure at …",
"…, de politie schat …".

The speaker comes from the attribution clause next to the quote (after it: ", zegt hij", ", schreef
Poetins spreekbuis Medvedev"; before it: "Peskov zei:"; or a following "Zo luidde het bericht van X"):
a PER entity, else a pronoun resolved to the last person named before it (outside quotes), else an
ORG/other entity, else a capitalised name, else a descriptive phrase ("Een lid van het Russische
hogerhuis", "een bewoner die niet met naam genoemd wil worden", "residents and a local resistance group",
kept whole as ``speaker_text`` with ``speaker`` null; a pronoun may also point to such a phrase, or to a
name written without capitals next to its role: "shop owner priya patel"). A name in apposition to a
description ("A town councillor, Moussa Ag Ahmed, said") is the speaker. What surrounds the name is kept as
``speaker_description`` ("Oost-Europadeskundige … van Instituut Clingendael"). A quote without an
attribution of its own belongs to the latest speaker of its paragraph (or the quote it continues);
a quote whose attribution names nobody ("…', klinkt nu overal") has speaker null.

Named entities are used when the NER model gives them, and checked: a PER span that is really a
genitive ("Poetins spreekbuis"), a modifier ("Rescue worker"), a place ("Kyiv") or a fragment of the
written name ("Oost-Europadeskundige Bob" for "Bob Deen") is corrected from the capitalised name in the
text. Without named entities names are found by capitalisation alone, and ``speaker`` is null.

The words of each language come from its data (``kroniek.lang``): the attribution floor's cues and
``data/quotes.json``; a language the registry does not know is an UnsupportedLanguageError.

The stage is a package of one concern per module: ``records`` (the records passed between steps),
``lexicon`` (the language's words, :func:`~kroniek.quotes.lexicon.quote_words`), ``analysis`` (words and cues),
``names`` (name chunking), ``pronouns`` (pronoun resolution), ``speakers`` (attribution clauses), ``direct``
and ``indirect`` (the two kinds of quote), ``estimates`` (estimates: whose voice, no quote), ``clauses`` (where
reported speech ends) and ``stage`` (the extraction and the stage). Public: :func:`extract` and ``STAGE``.
"""

from __future__ import annotations

from .stage import STAGE, extract

__all__ = ["STAGE", "extract", "make_stage"]
