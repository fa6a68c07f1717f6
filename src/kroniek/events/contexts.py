"""PLOVER contexts that are evident from the words of the event's sentence."""

from __future__ import annotations

import re

CONTEXTS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((name, re.compile(pattern, re.IGNORECASE)) for name, pattern in (
    ("military", r"(?<!\w)(leger|troepen|soldat|militair|strijdkracht|defensie|army|troops|soldier|military|armed forces"
                 r"|navy|marine|mobilisatie|mobilization|reservist)"),
    ("economic", r"(?<!\w)(economi|handel|export|import|belasting|loon|lonen|salaris|prijzen|inflatie|economy|economic|"
                 r"trade|tariff|wage|salar|prices|inflation|tax)"),
    ("election", r"(?<!\w)(verkiezing|stembus|election|ballot|vote rigging)"),
    ("humanitarian", r"(?<!\w)(humanitair|noodhulp|voedselhulp|humanitarian|relief)"),
    ("migration", r"(?<!\w)(migrant|asielzoeker|vluchteling|migration|asylum|refugee)"),
    ("terrorism", r"(?<!\w)(terreur|terroris|terror)"),
    ("ethnic", r"(?<!\w)(etnisch|minderheid|ethnic|minorit)"),
    ("religion", r"(?<!\w)(moskee|kerk|religi|geloof|mosque|church|religio)"),
    ("legal", r"(?<!\w)(rechtbank|rechter|justitie|aanklacht|court|judge|prosecutor|lawsuit|indict)"),
    ("environment", r"(?<!\w)(klimaat|milieu|stikstof|mijnbouw|climate|environment|pollution|mining)"),
    ("health", r"(?<!\w)(corona|covid|pandemie|vaccin|ziekenhuis|pandemic|vaccine|hospital)"),
    ("cbrn", r"(?<!\w)(kernwapen|nucleair|chemische wapens|gifgas|nuclear|chemical weapon|sarin)"),
    ("rights_freedoms", r"(?<!\w)(persvrijheid|mensenrechten|vrijheid van|censuur|press freedom|human rights|"
                        r"freedom of|censorship)"),
    ("pro_democracy", r"(?<!\w)(democratie|oppositie|pro-democrat|democracy|opposition)"),
    ("labor", r"(?<!\w)(vakbond|cao|werknemers|union|workers|labou?r)"),
))


def contexts_for(sentence: str) -> tuple[str, ...]:
    return tuple(name for name, pattern in CONTEXTS if pattern.search(sentence))
