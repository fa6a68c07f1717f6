"""Person names in text without letter case, where the NER (which reads capitals) finds few.

In a lower-cased or ALL-CAPS text (:mod:`kroniek.lettercase` decides) a known given name, any name
particles of the language ("de", "van der") and a known surname make a PER entity: "priya patel",
"anja de vries", "KAREL PEETERS". Common words never become names: a pair is refused when both its
given name and its surname are common words of the language (Zipf >= :data:`COMMON_ZIPF` in
``wordfreq``: "will young", "mark williams"), and a language ``wordfreq`` does not know gets no
fallback. After a full name, the surname alone ("peeters zei") is the same person.

The entity's text and offsets are as written; its canonical name has its capitals restored
("Anja de Vries"). The name words (``data/person_names.tsv.xz``) come from the first- and last-name
lists of Faker's Latin-script locales; :func:`build_name_words` rebuilds the file (Faker is a
training-time dependency).
"""

from __future__ import annotations

import functools
import lzma
from collections.abc import Iterable, Iterator, Sequence
from importlib import resources
from pathlib import Path
from types import ModuleType

from ..lang import Language
from ..lettercase import lower_cased, upper_cased
from ..model import Document, EntityLabel, Token

NAMES_FILE = "person_names.tsv.xz"
COMMON_ZIPF = 4.0


@functools.lru_cache(maxsize=1)
def name_words() -> tuple[frozenset[str], frozenset[str]]:
    """Given names and surnames, lower case."""
    given: set[str] = set()
    surnames: set[str] = set()
    text = lzma.decompress((resources.files("kroniek") / "data" / NAMES_FILE).read_bytes()).decode("utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        word, kinds = line.split("\t")
        if "G" in kinds:
            given.add(word)
        if "S" in kinds:
            surnames.add(word)
    return frozenset(given), frozenset(surnames)


@functools.lru_cache(maxsize=8)
def _word_frequency(language: Language) -> functools._lru_cache_wrapper[float] | None:
    import wordfreq

    if language.code not in wordfreq.available_languages():
        return None

    @functools.lru_cache(maxsize=65536)
    def zipf(word: str) -> float:
        return float(wordfreq.zipf_frequency(word, language.code))

    return zipf


def with_caseless_names(doc: Document, tokens: Sequence[Token], entities: Sequence[tuple[int, int, EntityLabel]],
                        language: Language) -> tuple[list[tuple[int, int, EntityLabel]], dict[tuple[int, int, EntityLabel], str]]:
    """The NER's ``entities`` (start, end, label) with the person names of the caseless sentences of
    ``doc`` added, in text order, and the restored names of those added. A full name replaces the
    entities it overlaps (without capitals the NER's spans are guesses: "WOORDVOERDER ANJA DE VRIES
    GINGEN"); a lone surname is added only where no entity is."""
    names = caseless_names(doc, tokens, language)
    if not names:
        return list(entities), {}
    full = [(a, b) for a, b, _, _, whole in names if whole]
    kept = [e for e in entities if not any(a < e[1] and e[0] < b for a, b in full)]
    added = {(a, b, lab): name for a, b, lab, name, whole in names
             if whole or not any(e[0] < b and a < e[1] for e in kept)}
    return sorted([*kept, *added]), added


def caseless_names(doc: Document, tokens: Sequence[Token], language: Language
                   ) -> list[tuple[int, int, EntityLabel, str, bool]]:
    """(start, end, "PER", restored name, whether a full name) of the person names in the caseless
    sentences of ``doc``, in text order."""
    zipf = _word_frequency(language)
    if zipf is None or not tokens:
        return []
    lower = lower_cased(doc.text)
    caseless = {s.i for s in doc.sentences if lower or upper_cased(doc.text[s.start:s.end])}
    if not caseless:
        return []
    given, surnames = name_words()
    particles = language.words("name_particles")
    out: list[tuple[int, int, EntityLabel, str, bool]] = []
    known: dict[str, str] = {}  # a surname seen in a full name -> that name

    def restore(words: list[str]) -> str:
        return " ".join(w if w in particles and 0 < k < len(words) - 1 else w.capitalize()
                        for k, w in enumerate(words))

    i = 0
    while i < len(tokens):
        t = tokens[i]
        low = t.text.lower()
        if t.sentence not in caseless or not t.text.isalpha():
            i += 1
            continue
        j = i + 1
        if low in given:
            while j < len(tokens) and tokens[j].text.lower() in particles and tokens[j].sentence == t.sentence:
                j += 1
            last = tokens[j] if j < len(tokens) and tokens[j].sentence == t.sentence else None
            if last is not None and last.text.isalpha() and last.text.lower() in surnames \
                    and (zipf(low) < COMMON_ZIPF or zipf(last.text.lower()) < COMMON_ZIPF):
                words = [w.text.lower() for w in tokens[i:j + 1]]
                name = restore(words)
                out.append((t.start, last.end, "PER", name, True))
                known.setdefault(words[-1], name)
                i = j + 1
                continue
        if low in known:
            out.append((t.start, t.end, "PER", known[low], False))
        i += 1
    return out


#: Faker person-provider attributes that hold given names and surnames.
FAKER_GIVEN_NAMES = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")
FAKER_SURNAMES = ("last_names", "last_names_male", "last_names_female")


def faker_names(package: ModuleType, attributes: Sequence[str]) -> Iterator[str]:
    """Every name the locales of a Faker provider ``package`` keep under ``attributes`` (Faker keeps them as
    tuples, lists or {name: weight} dicts). Build-time only: Faker is not needed at run time."""
    import importlib
    import pkgutil

    for mod in pkgutil.iter_modules(package.__path__):
        provider = importlib.import_module(f"{package.__name__}.{mod.name}").Provider
        for attr in attributes:
            value = getattr(provider, attr, ())
            if isinstance(value, dict | list | tuple | set | frozenset):
                yield from (str(v) for v in value)


def build_name_words(path: Path) -> int:
    """Write the name words of Faker's Latin-script locales to ``path`` (xz); returns the number of words."""
    import unicodedata

    import faker.providers.person as person

    def words(names: Iterable[str]) -> list[str]:
        return [w.lower() for n in names for w in n.split()
                if w.isalpha() and len(w) >= 2 and all(unicodedata.name(c, "").startswith("LATIN") for c in w)]

    given = set(words(faker_names(person, FAKER_GIVEN_NAMES)))
    surnames = set(words(n.split()[-1] for n in faker_names(person, FAKER_SURNAMES)))
    header = ("# Person name words in lower case<TAB>G (a given name), S (a surname) or GS (both). Built from the\n"
              "# first- and last-name lists of Faker's Latin-script locales (MIT License, Copyright (c) 2012 Daniele\n"
              "# Faraglia) by kroniek.nlp.caseless_names.build_name_words; a surname of several words gives its last.\n")
    rows = sorted(given | surnames)
    body = header + "".join(f"{w}\t{'G' if w in given else ''}{'S' if w in surnames else ''}\n" for w in rows)
    with lzma.open(path, "wt", encoding="utf-8", preset=9) as f:
        f.write(body)
    return len(rows)
