"""Quantities: numbers with what they count, in any registered language.

What is read (each becomes one :class:`~kroniek.model.Quantity`):

* digits with the language's separators: "261.000" / "1,2 miljoen" (nl), "261,000" / "3.5 million" (en),
  with scale words (miljoen, miljard, mln, million, billion, bn, thousand...) and currency signs;
* written numbers through ``text2num`` ("drie", "tweehonderdduizend", "twenty-five", "a million");
  "een"/"a" count only before a scale word, "één" and "one" only before a noun;
* ranges: "200.000 tot 250.000", "tussen de 1000 en 3000" (span "1000 en 3000"), "drie tot vijf",
  "10-15", "from 5 to 10", "between 2 and 3 million"; "drie of vier" is an approximate range;
* vague plurals, approximate with a lower bound: tientallen 20..99, honderden 200..999, duizenden
  2000..9999, tienduizenden, honderdduizenden, miljoenen (the same pattern: twice the base up to the next
  order of magnitude minus one); dozens 24..99, hundreds, thousands, tens/hundreds of thousands,
  millions; "enkele honderden" / "several hundred" / "a few thousand" likewise;
* units and percentages: "80 kilometer", "40 procent", "5%", "€ 2 miljoen" (``unit`` is a normalised
  English name: kilometer, percent, euro, ...). The span holds number and unit, never the qualifier.

Qualifiers (the words before the number) set the bounds, consistently:

* lower bound ("ruim", "meer dan", "ten minste", "minstens", "zeker", "at least", "more than", "over"):
  low = X, high = null, approximate = false;
* upper bound ("maximaal", "hooguit", "minder dan", "tot", "up to", "fewer than", "at most"):
  low = null, high = X; "bijna", "nearly", "almost" are upper bounds with approximate = true;
* approximation ("naar schatting", "zo'n", "ongeveer", "circa", "rond de", "about", "around",
  "an estimated", "some", "roughly"): low = high = X, approximate = true.

Not counts, so not read: ranks ("nummer vier", "No. 4"), ordinals ("1e", "derde", "21st"), dates and
times ("21 september", "14.30 uur", "2022-09-26", "28 en 29 augustus"), years ("in 2020"), durations
and ages ("drie jaar", "45-jarige", "(45)", "Karim, 32,"), scores and table rows ("3-1", "Morton 1
Falkirk 0"), frequencies ("drie keer"), fractions ("twee derde"), codes and models ("F-16", "Boeing
737", "the 787") and a number alone on its line. A four-digit number after a count qualifier ("ruim 2000",
"more than 2000") is a count, not a year; "the 10,000 claimed by …" (a thousands separator) is not a model.

Everything the stage knows about a language is data in ``kroniek/lang/<code>/data/`` (see
:mod:`kroniek.quantities.lexicon`); the examples here are Dutch and English. Modules: ``lexicon`` (the
language's word lists, compiled once per language), ``numerals`` (digits, written numbers, scale words,
vague amounts), ``qualifiers``, ``counted`` (the counted noun and its lemma), ``exclusions`` (numbers
that are no counts) and ``stage`` (ranges, units, the stage).

``counted`` is the head noun after the number (adjectives skipped; "hundreds of protesters" reads
through "of"), or the noun of "het aantal X ... op N" / "the number of X ... at N"; its lemma comes
from the token analysis, or from the fallback lemmatizer's plural rule (:func:`kroniek.lang.lemmas.singular`)
where the language prefers it (Dutch plurals) and whenever no lemmatizer ran (a fine noun tag wins over a
VERB coarse tag: "40 demonstranten"; without a
tagger an English "-ed" word is a participle: "18,000 attended"). A number with no noun of its own after a counted one in the same sentence
counts the same thing ("8000 deelnemers, maar de gemeente hield het op ongeveer 5000"). "opgelopen
tot 73" / "rose to 73" is a value, not an upper bound.
"""

from .numerals import parse_digits
from .stage import STAGE, extract

__all__ = ["STAGE", "extract", "parse_digits"]
