"""Numbers in the text: digits with the language's separators, written numbers, scale words and vague amounts.

:class:`Scanner` finds every number of a document as an :class:`Atom` (value and span), before ranges,
units and qualifiers are applied by the stage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..footnotes import footnotes
from ..model import Document, Token
from .lexicon import SPACE, Lexicon

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
#: a number written with a leading zero, and the groups joined to it: a telephone number or a code
_LEADING_ZERO = re.compile(r"(?<![\d.,])0\d+(?:[-/ ]\d+)*")
_DIGITS = re.compile(r"\d(?:[\d.,]|[\u00a0\u202f](?=\d{3}))*\d|\d")
_DATE_LIKE = re.compile(
    r"(?<![\w.,])(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\s?[-/.]\s?\d{1,2}\s?[-/.]\s?\d{2,4}|\d{1,2}:\d{2}(?::\d{2})?)(?![\w])")
_GLUED_WORD = re.compile(r"[^\W\d_]+")
_THOUSANDS_GROUP = re.compile(r"\d[.,]\d{3}(?!\d)")


@dataclass
class Atom:
    """One number in the text, before ranges and qualifiers are applied."""

    start: int
    end: int
    low: float | None
    high: float | None
    kind: str  # digit | word | vague | approximate (a scale word that is vague: "een tiental")
    scaled: bool = False


#: what stands between a number and its repetition in brackets ("Thirteen (13)", "8 (eight)")
_REPEAT_OPEN = re.compile(r"[ \t]*\(")


def _with_repeats(text: str, atoms: list[Atom]) -> list[Atom]:
    """``atoms`` with a number and its repetition in brackets, in digits or in words ("Thirteen (13) workers",
    "8 (eight) constables", as legal and official texts write them), joined into one: a count said twice."""
    out: list[Atom] = []
    for atom in atoms:
        last = out[-1] if out else None
        if last is not None and last.low is not None and last.low == last.high == atom.low == atom.high \
                and {last.kind, atom.kind} == {"digit", "word"} and _REPEAT_OPEN.fullmatch(text, last.end, atom.start) \
                and text[atom.end:atom.end + 1] == ")":
            out[-1] = Atom(last.start, atom.end + 1, last.low, last.high, last.kind, last.scaled)
            continue
        out.append(atom)
    return out


def parse_digits(s: str, thousands_separator: str) -> float | None:
    """A digit string as a number, given the language's thousands separator ("261.000" with "." -> 261000)."""
    s = s.replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if not s or not s[0].isdigit():
        return None
    dots, commas = s.count("."), s.count(",")
    try:
        if dots and commas:
            dec = "." if s.rfind(".") > s.rfind(",") else ","
            thou = "," if dec == "." else "."
            return float(s.replace(thou, "").replace(dec, "."))
        if dots + commas == 0:
            return float(s)
        sep = "." if dots else ","
        count = dots or commas
        head, _, tail = s.partition(sep)
        if count > 1:  # 1.234.567
            return float(s.replace(sep, ""))
        if len(tail) == 3 and head != "0" and (sep == thousands_separator or len(head) <= 3):
            if sep == thousands_separator:
                return float(head + tail)
            return float(f"{head}.{tail}")  # "3.500" in English, "2,500" in Dutch: the decimal reading
        return float(f"{head}.{tail}")
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def word_value(word: str, lex: Lexicon) -> float | None:
    """The value of one written number ("drie", "tweehonderdduizend", "twenty-five"), else None."""
    from text_to_num import text2num

    w = word.lower()
    if lex.number_words_spaced:
        parts = re.split(r"[- ]", w)
        if not parts or parts[0] in lex.number_joiners or any(
                p not in lex.number_pieces and p not in lex.number_joiners for p in parts):
            return None
    elif w in lex.scale_articles or w in lex.number_joiners or not lex.number_word.fullmatch(w):
        return None
    try:
        return float(text2num(w, lex.text2num))
    except Exception:  # text2num raises several kinds on words it cannot read
        return None


class Scanner:
    """The numbers of one document, and what the stage's later steps ask about its tokens."""

    def __init__(self, doc: Document, lex: Lexicon) -> None:
        self.doc = doc
        self.text = doc.text
        self.lex = lex
        self.tokens_at: dict[int, Token] = {t.start: t for t in doc.tokens}
        self.has_pos = any(t.pos for t in doc.tokens)

    def currency_before(self, start: int) -> re.Match[str] | None:
        return self.lex.currency_before.search(self.text[max(0, start - 5):start])

    # -- atoms
    def atoms(self) -> list[Atom]:
        text, lex = self.text, self.lex
        out: list[Atom] = []
        mask = bytearray(len(text) + 1)  # 1 where a number or a date was already read

        def take(a: int, b: int) -> None:
            mask[a:b] = b"\x01" * (b - a)

        def free(a: int, b: int) -> bool:
            return not any(mask[a:b])

        for m in lex.vague_re.finditer(text):
            low, high = lex.vague[m.group(1).lower()]
            out.append(Atom(m.start(), m.end(), low, high, "vague"))
            take(m.start(), m.end())
        for m in lex.several.finditer(text):
            base = lex.scales[m.group(1).lower()]
            if free(m.start(), m.end()):
                out.append(Atom(m.start(), m.end(), 2 * base, 10 * base - 1, "vague"))
                take(m.start(), m.end())
        for m in _DATE_LIKE.finditer(text):
            take(m.start(), m.end())  # 2022-09-26, 26/7/2000, 14:30: dates and times
        for m in _LEADING_ZERO.finditer(text):
            take(m.start(), m.end())  # "0900-8844", "020 555 1234": a phone number or a code, no count
        notes = footnotes(text)
        for a, b in (*notes.markers, *notes.numbers):
            take(a, b)  # a note's number, in the text or opening the note: no count
        for m in _DIGITS.finditer(text):
            a, b = m.start(), m.end()
            marker = notes.marker_in(a + 1, b)
            if marker is not None:
                b = marker[0]  # "hield het op 800.61": 800, and note 61
            s = text[a:b]
            while s and s[-1] in ".,":
                s, b = s[:-1], b - 1
            if not free(a, b) or not self._digit_ok(a, b):
                continue
            value = parse_digits(s, lex.thousands_separator)
            if value is None:
                continue
            atom = Atom(a, b, value, value, "digit")
            self._apply_scale(atom)
            out.append(atom)
            take(atom.start, atom.end)
        for m in _WORD.finditer(text):
            if not free(m.start(), m.end()):
                continue
            word_atom = self._word_atom(m.start(), m.end())
            if word_atom is not None:
                out.append(word_atom)
                take(word_atom.start, word_atom.end)
        out.sort(key=lambda x: x.start)
        return _with_repeats(text, out)

    def _digit_ok(self, a: int, b: int) -> bool:
        text = self.text
        before, after = text[a - 1:a], text[b:b + 1]
        if (before.isalpha() and not self._glued_currency(a, b)) or before in ("_", "/", ":", "#") or (before == "-" and text[a - 2:a - 1].isalpha()):
            return False
        if after == ":" and text[b + 1:b + 2].isdigit():
            return False  # 14:30
        if after == "/" or (before == "." and text[a - 2:a - 1].isdigit()):
            return False
        if after.isalpha():
            glued = _GLUED_WORD.match(text, b)
            word = glued.group(0).lower() if glued else ""
            currency = self.currency_before(a) is not None
            return word in self.lex.glued_units or (currency and word in self.lex.glued_after_currency)
        return not (after == "-" and text[b + 1:b + 2].isalpha()) \
            or self.lex.glued_scale.match(text, b) is not None  # 45-jarige, 3-daagse; but "een 650-tal"

    def _glued_currency(self, a: int, b: int) -> bool:
        """A currency's letters glued to an amount ("N45,000", "USD5 million"). A code's letters glued to a
        number ("N7", "A4") are no currency, so the amount must be grouped in thousands or scaled."""
        if self.currency_before(a) is None:
            return False
        return bool(_THOUSANDS_GROUP.search(self.text, a, b) or self._scale_at(b))

    def _scale_at(self, pos: int) -> re.Match[str] | None:
        """A scale word at ``pos``, on its own or glued ("5 million", "5mln")."""
        return self.lex.separate_scale.match(self.text, pos) or self.lex.glued_scale.match(self.text, pos)

    def _apply_scale(self, atom: Atom) -> None:
        text, lex = self.text, self.lex
        m = self._scale_at(atom.end)
        if m is None and lex.glued_lower_scale is not None and self.currency_before(atom.start):
            m = lex.glued_lower_scale.match(text, atom.end)
        if m is None:
            return
        scale = lex.scales.get(m.group(1).lower())
        if scale is None or atom.low is None:
            return
        atom.low = atom.high = atom.low * scale
        atom.end = m.end()
        atom.scaled = True
        if m.group(1).lower() in lex.approximate_scales:
            atom.kind = "approximate"

    def _word_atom(self, a: int, b: int) -> Atom | None:
        text, lex = self.text, self.lex
        lw = text[a:b].lower()
        if lw in lex.one_and_a_half_words:
            m = lex.separate_scale.match(text, b)
            if m and m.group(1).lower() in lex.one_and_a_half_scales:
                v = 1.5 * lex.scales[m.group(1).lower()]
                return Atom(a, m.end(), v, v, "word", scaled=True)
            return None
        half = lex.half_phrases.get(lw)
        if half is not None:
            m = half.match(text, b)
            if m:
                v = 0.5 * lex.scales[m.group(1).lower()]
                return Atom(a, m.end(), v, v, "word", scaled=True)
            return None
        if lw in lex.scale_articles or lw in lex.one_words:
            m = lex.article_scale.match(text, b)
            if m:
                unit = m.group(2).lower()
                v = lex.scales[unit] * (0.5 if m.group(1) else 1.0)
                return Atom(a, m.end(), v, v, "approximate" if unit in lex.approximate_scales else "word", scaled=True)
            if lw in lex.scale_articles:
                return None
        if lex.number_words_spaced:
            return self._word_run(a, b)
        value = word_value(lw, lex)
        if value is None:
            return None
        atom = Atom(a, b, value, value, "word")
        self._apply_scale(atom)
        return atom

    def _word_run(self, a: int, b: int) -> Atom | None:
        """A run of spaced number words: "two hundred and fifty thousand", "three million"."""
        text, lex = self.text, self.lex
        run_end, pos = b, b
        while True:
            m = lex.run_word.match(text, pos)
            if not m or not all(p in lex.number_pieces or p in lex.run_scales for p in m.group(1).lower().split("-")):
                break
            pos = run_end = m.end()
        raw = text[a:run_end].lower()
        bare = raw
        for w in lex.run_scales:
            bare = bare.replace(f" {w}", "")  # before the spaces are normalised, as the run was read
        scale = next((v for w, v in lex.run_scales.items() if raw.endswith(w)), 1.0)
        phrase = re.sub(rf"{SPACE}+", " ", bare)
        value = word_value(phrase, lex)
        if value is None:
            return None
        atom = Atom(a, run_end, value * scale, value * scale, "word")
        if scale == 1:
            self._apply_scale(atom)
        return atom


__all__ = ["Atom", "Scanner", "parse_digits", "word_value"]
