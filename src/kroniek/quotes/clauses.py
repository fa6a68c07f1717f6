"""Where reported speech ends: another voice ("…, maar de politie …", "…; police put the figure at …")."""

from __future__ import annotations

from .records import Word
from .speakers import Analysis


def other_voice(an: Analysis, a: int, b: int) -> int | None:
    """Where, in [a, b), a clause of another voice starts ("…, maar de politie …", "…, de politie schat …")."""
    text = an.text
    cuts = [m.start() for m in (an.w.other_voice.search(text, a, b),
                                an.w.asyndetic_voice.search(text, a, b)) if m]
    return min(cuts) if cuts else None



def clause_end(an: Analysis, words: list[Word], comp: int, content_end: int) -> int:
    """End of the reported clause: the sentence end, or before ", maar zegt …" / a direct quote."""
    for k in range(comp + 1, len(words)):
        w = words[k]
        if w.start >= content_end:
            break
        if w.text in ("\"", "“", "„", "«", ":") or an.in_direct(w.start):
            return words[k - 1].end
        if w.text == "," and k + 2 < len(words) and words[k + 1].low in an.w.clause_coordinators and (
                an.is_cue(words, k + 2) or words[k + 2].low in an.w.pronouns):
            return words[k - 1].end
        if w.text == "," and k + 1 < len(words) and words[k + 1].low in an.w.speech_participles:
            return words[k - 1].end  # "…, adding that police had acted appropriately": a quote of its own
        if w.text in (",", ";") and k + 1 < len(words) and words[k + 1].low in an.w.contrast_subordinators:
            return words[k - 1].end  # "300,000 took part, while the police estimated …": another voice
        if w.text in (",", ";") and an.w.asyndetic_voice.match(an.text, words[k - 1].end):
            return words[k - 1].end  # "…; police put the figure at 1,500", "…, de politie schat …"
    return content_end
