"""The records the quotes stage passes between its steps: words, speakers, attributions, quote spans."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Word:
    """A word (or punctuation mark) of the text with its offsets."""

    start: int
    end: int
    text: str

    @property
    def low(self) -> str:
        return self.text.lower()


@dataclass(frozen=True)
class Speaker:
    entity: str | None
    text: str | None
    start: int | None
    end: int | None
    description: str | None = None


@dataclass(frozen=True)
class Attr:
    pos: int
    cue: Word | None
    speaker: Speaker | None
    negated: bool = False


@dataclass
class Direct:
    start: int  # content offsets (without the marks)
    end: int
    open_pos: int
    close_pos: int  # offset of the closing mark (or the paragraph end when the quote continues)
    continued: bool = False  # reopened from the previous paragraph
    open_end: bool = False  # left open at the paragraph end



@dataclass
class Found:
    """A quote found, before ids are given: its content span, kind and attribution."""

    start: int
    end: int
    kind: str
    attr: Attr | None
    cue_pos: int
