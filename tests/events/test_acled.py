"""ACLED classification of wire-style conflict reports (issue 16), in Dutch and English; the sentences are
written for these tests."""

from __future__ import annotations

import pytest

import kroniek

CASES = [
    ("en", "Somali troops fended off an attack by al Shabaab fighters on a base near Afgooye on Thursday.",
     "ASSAULT", ("Battles", "Armed clash")),
    ("nl", "Somalische troepen sloegen donderdag een aanval van al-Shabaab-strijders op een basis bij Afgooye af.",
     "ASSAULT", ("Battles", "Armed clash")),
    ("en", "Militants attacked an army convoy near Gao on Monday.", "ASSAULT", ("Battles", "Armed clash")),
    ("nl", "Militanten vielen maandag een legerkonvooi bij Gao aan.", "ASSAULT", ("Battles", "Armed clash")),
    ("en", "Gunmen attacked a village market near Gao on Monday.", "ASSAULT", ("Violence against civilians", "Attack")),
    ("nl", "Gewapende mannen vielen maandag een dorpsmarkt bij Gao aan.", "ASSAULT",
     ("Violence against civilians", "Attack")),
    ("en", "Security forces seized an arms cache with rifles and grenades in Afgooye.", "COERCE",
     ("Strategic developments", "Disrupted weapons use")),
    ("nl", "Veiligheidstroepen namen in Afgooye een wapenopslag met geweren en granaten in beslag.", "COERCE",
     ("Strategic developments", "Disrupted weapons use")),
    ("en", "Police defused a second IED found near the road.", "ASSAULT",
     ("Strategic developments", "Disrupted weapons use")),
    ("nl", "De politie heeft een tweede bermbom bij de weg onschadelijk gemaakt.", "ASSAULT",
     ("Strategic developments", "Disrupted weapons use")),
]


@pytest.mark.parametrize(("lang", "text", "etype", "acled"), CASES)
def test_wire_reports_get_their_acled_class(pipeline, lang, text, etype, acled):  # type: ignore[no-untyped-def]
    doc = kroniek.extract(text, language=lang, published="2024-11-15", pipeline=pipeline)
    found = [(e.acled.event_type, e.acled.sub_event_type) for e in doc.events if e.type == etype]
    assert found[:1] == [acled], [(e.type, e.acled) for e in doc.events]
