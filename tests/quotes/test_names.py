"""quotes.names: entity lookups by name and role give what a scan of every entity gives."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kroniek.model import Document, Entity
from kroniek.quotes.names import NameReader
from kroniek.segment import segment


def scanned_entity_for_text(reader: NameReader, name: str) -> Entity | None:
    """The lookup as a scan of every entity (the definition ``entity_for_text`` must keep)."""
    low = name.lower()
    alias = reader.aliases.get(low.split()[-1]) if low.split() else None
    if alias is not None:
        return next((e for e in reader.entities if e.id == alias), None)
    best = None
    for e in reader.entities:
        if e.label not in ("PER", "ORG", "MISC"):
            continue
        names = [e.text.lower(), (e.canonical or "").lower()]
        if any(n and (n == low or low in n.split() or n in low) for n in names) and (
                best is None or (e.label == "PER" and best.label != "PER")):
            best = e
    return best


def scanned_named_role(reader: NameReader, role: str, pos: int) -> Entity | None:
    for e in reversed([e for e in reader.entities if e.label == "PER" and e.end <= pos]):
        if pos - e.start > 4000:
            break
        if re.search(r"\b" + re.escape(role) + r"\b[\w\s.-]{0,25}$", reader.text[max(0, e.start - 40):e.start],
                     re.IGNORECASE) or role in e.text.lower().split():
            return e
    return None


def reader_of(text: str, lang: str, entities: list[tuple[str, str, str]]) -> NameReader:
    """A reader over ``text`` with an entity (label, canonical) at every occurrence of each name."""
    sentences, paragraphs = segment(text)
    found = sorted((m.start(), m.end(), name, label, canonical) for name, label, canonical in entities
                   for m in re.finditer(re.escape(name), text))
    ents = tuple(Entity(f"e{i + 1}", n, s, e, lab, can)  # type: ignore[arg-type]
                 for i, (s, e, n, lab, can) in enumerate(found))
    return NameReader(Document(text=text, language=lang, sentences=tuple(sentences),
                               paragraphs=tuple(paragraphs), entities=ents))


TEXTS = {
    "nl": ("Minister Jan de Vries van Defensie sprak met Rutte. De NAVO en de Verenigde Naties reageerden. "
           "Woordvoerder An Smit van Rijkswaterstaat zei dat Oekraïne hulp krijgt. Premier Mark Rutte zweeg."),
    "en": ("Minister John Smith of Defence met Rutte. NATO and the United Nations responded. "
           "Spokeswoman An Lee of the Highways Agency said Ukraine gets help. Prime Minister Mark Rutte was silent."),
}
ENTITIES = {
    "nl": [("Jan de Vries", "PER", "Jan de Vries"), ("Rutte", "PER", "Mark Rutte"), ("NAVO", "ORG", "NAVO"),
           ("Verenigde Naties", "ORG", "Verenigde Naties"), ("An Smit", "PER", "An Smit"),
           ("Rijkswaterstaat", "ORG", "Rijkswaterstaat"), ("Oekraïne", "LOC", "Oekraïne"),
           ("Mark Rutte", "PER", "Mark Rutte"), ("Defensie", "MISC", "")],
    "en": [("John Smith", "PER", "John Smith"), ("Rutte", "PER", "Mark Rutte"), ("NATO", "ORG", "NATO"),
           ("United Nations", "ORG", "United Nations"), ("An Lee", "PER", "An Lee"),
           ("Highways Agency", "ORG", "Highways Agency"), ("Ukraine", "LOC", "Ukraine"),
           ("Mark Rutte", "PER", "Mark Rutte"), ("Defence", "MISC", "")],
}
QUERIES = ["Rutte", "Mark Rutte", "mark", "De Vries", "Jan de Vries", "Vries", "NAVO", "NATO", "Naties", "Nations",
           "An", "Smit", "Lee", "Oekraïne", "Ukraine", "Defensie", "Defence", "woordvoerder An Smit",
           "spokeswoman An Lee", "the United Nations today", "Ann", "Nobody", "", "  ", "e", "Hanna", "Lee An"]


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("query", QUERIES)
def test_entity_for_text_finds_what_a_scan_of_every_entity_finds(lang: str, query: str) -> None:
    reader = reader_of(TEXTS[lang], lang, ENTITIES[lang])
    assert reader.entity_for_text(query) == scanned_entity_for_text(reader, query)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_entity_for_text_follows_an_alias_to_its_entity(lang: str) -> None:
    reader = reader_of(TEXTS[lang], lang, ENTITIES[lang])
    last = reader.entities[-1]
    reader.aliases["rutte"] = last.id
    assert reader.entity_for_text("Rutte") == last == scanned_entity_for_text(reader, "Rutte")
    reader.aliases["nobody"] = "e999"
    assert reader.entity_for_text("Nobody") is None


NAME_WORDS = st.text(alphabet="abAB é", min_size=0, max_size=8)


@settings(max_examples=300, deadline=None)
@given(names=st.lists(st.tuples(NAME_WORDS, st.sampled_from(["PER", "ORG", "MISC", "LOC"]), NAME_WORDS),
                      min_size=1, max_size=8),
       query=NAME_WORDS)
def test_entity_for_text_equals_the_scan_for_any_names(names: list[tuple[str, str, str]], query: str) -> None:
    text = " ".join(n for n, _, _ in names)
    ents = []
    pos = 0
    for k, (name, label, canonical) in enumerate(names):
        ents.append(Entity(f"e{k}", name, pos, pos + len(name), label, canonical))  # type: ignore[arg-type]
        pos += len(name) + 1
    reader = NameReader(Document(text=text, language="en", entities=tuple(ents)))
    assert reader.entity_for_text(query) == scanned_entity_for_text(reader, query)


@pytest.mark.parametrize(("lang", "role"), [("nl", "minister"), ("nl", "premier"), ("nl", "woordvoerder"),
                                            ("en", "minister"), ("en", "spokeswoman")])
def test_named_role_finds_what_a_scan_of_every_entity_finds(lang: str, role: str) -> None:
    text = " ".join([TEXTS[lang]] * 3 + ["x" * 4100, TEXTS[lang]])
    reader = reader_of(text, lang, ENTITIES[lang])
    found = [reader.named_role(role, pos) for pos in range(0, len(text) + 1, 37)]
    assert found == [scanned_named_role(reader, role, pos) for pos in range(0, len(text) + 1, 37)]
    assert any(found) and not all(found)  # some found, and some too far back to count
