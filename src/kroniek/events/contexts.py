"""PLOVER contexts that are evident from the words of the event's sentence (the language's ``contexts`` patterns)."""

from __future__ import annotations

from .cues import EventCues


def contexts_for(cues: EventCues, sentence: str) -> tuple[str, ...]:
    """The contexts whose pattern occurs in ``sentence``, in the order the language lists them."""
    return tuple(name for pattern, name in cues.ordered["contexts"] if pattern.search(sentence))
