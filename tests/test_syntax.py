"""The parse walks several stages share (kroniek.syntax)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kroniek.model import Token
from kroniek.syntax import head_chain, phrase


def tokens(parse: list[tuple[str, int, str]], first: int = 0) -> list[Token]:
    """Tokens of (word, head, dep) rows, heads given as document indices; the first token is document index
    ``first``."""
    out, at = [], 0
    for k, (word, head, dep) in enumerate(parse):
        out.append(Token(i=first + k, start=at, end=at + len(word), text=word, lemma=word.lower(), pos="", tag="",
                         morph="", dep=dep, head=head, sentence=0))
        at += len(word) + 1
    return out


# "The marchers, who left on Thursday, were halted": "Thursday" -> "left" -> "marchers" -> "halted"
MARCHERS = [("The", 1, "det"), ("marchers", 6, "nsubj:pass"), ("who", 3, "nsubj"), ("left", 1, "acl:relcl"),
            ("on", 5, "case"), ("Thursday", 3, "obl"), ("halted", 6, "ROOT")]


def test_the_head_chain_runs_from_a_word_to_the_root() -> None:
    assert head_chain(tokens(MARCHERS), 5) == [5, 3, 1, 6]


def test_the_head_chain_answers_in_positions_of_a_sentence_slice() -> None:
    later = tokens([(w, h + 10, d) for w, h, d in MARCHERS], first=10)
    assert head_chain(later, 5, base=10) == [5, 3, 1, 6]


def test_the_head_chain_stops_at_a_cycle_and_at_the_slice_edge() -> None:
    cycle = tokens([("a", 1, "dep"), ("b", 0, "dep")])
    assert head_chain(cycle, 0) == [0, 1]
    outside = tokens([("a", 7, "dep"), ("b", 0, "dep")])
    assert head_chain(outside, 1) == [1, 0]


def test_the_phrase_below_a_word_may_leave_out_a_relative_clause() -> None:
    parse = tokens(MARCHERS)
    assert phrase(parse, [1]) == {0, 1, 2, 3, 4, 5}
    assert phrase(parse, [1], keep=lambda t: not t.dep.startswith("acl")) == {0, 1}


@given(st.lists(st.integers(min_value=-3, max_value=12), min_size=1, max_size=12), st.data())
def test_any_parse_gives_a_finite_chain_of_positions_in_the_slice(heads: list[int], data: st.DataObject) -> None:
    parse = tokens([("w", h, "dep") for h in heads])
    k = data.draw(st.integers(min_value=0, max_value=len(parse) - 1))
    chain = head_chain(parse, k)
    assert chain[0] == k and len(chain) == len(set(chain)) and all(0 <= j < len(parse) for j in chain)
    assert phrase(parse, [k]) <= set(range(len(parse)))
