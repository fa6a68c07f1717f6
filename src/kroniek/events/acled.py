"""PLOVER type + mode -> ACLED event_type / sub_event_type (SPEC §3), refined by the words of the sentence.

Defaults follow the SPEC table; refinements, decided from the mode, the rule's flags and the words
of the sentence (actors and targets included). The stage ``kroniek.acled.v1`` (:mod:`kroniek.acled`) later
refines the class again from the typed actors and targets; these word cues decide where types are missing:

* PROTEST: riot -> Riots/Violent demonstration; police using force or arresting -> Protests/Protest
  with intervention; police or soldiers firing on or killing protesters -> Protests/Excessive force
  against protesters; else Protests/Peaceful protest.
* ASSAULT: fighting between armed parties -> Battles/Armed clash; aerial/drone -> Air/drone strike;
  heavy weapons -> Shelling/artillery/missile attack; explosives -> Remote explosive/landmine/IED
  (grenade, suicide bomb, chemical weapon where named); a defused or intercepted weapon ->
  Strategic developments/Disrupted weapons use; destroy/looting -> Strategic developments/
  Looting/property destruction; abduct -> Abduction/forced disappearance; sexual -> Sexual
  violence; lynching or mob attacks -> Riots/Mob violence; force against protesters (tear gas,
  charges) -> Protests/Protest with intervention, lethal or firearms -> Excessive force against protesters;
  else Violence against civilians/Attack.
  An attack repelled by armed forces, or an armed group's attack on a military target (a base, convoy,
  checkpoint, patrol), is a Battles/Armed clash.
* COERCE: arrest -> Strategic developments/Arrests (of protesters by the police -> Protests/Protest with
  intervention); weapons seized (an arms cache) -> Strategic
  developments/Disrupted weapons use; territory taken by a non-state group ->
  Battles/Non-state actor overtakes territory; territory retaken -> Battles/Government regains
  territory; else Strategic developments/Other.
* MOBILIZE: a base or headquarters set up -> Strategic developments/Headquarters or base
  established; else Other.
* AGREE between armed parties, and ceasefires -> Strategic developments/Agreement; RETREAT
  handing over territory -> Non-violent transfer of territory; an armed group disarming,
  disbanding or splitting -> Change to group/activity; everything else -> Strategic
  developments/Other.
"""

from __future__ import annotations

from ..model import Acled
from .cues import EventCues

VAC = "Violence against civilians"
ERV = "Explosions/Remote violence"
SD = "Strategic developments"


def acled_for(cues: EventCues, event_type: str, mode: str | None, flags: frozenset[str], sentence: str) -> Acled:
    """The ACLED classification of one event (see module docstring); ``cues``: the language's keyword patterns
    (armed, non_state, police, protesters, intervention, lethal, territory, group_change, ceasefire, between)."""
    s = sentence
    police, lethal, intervention = cues.pattern("police"), cues.pattern("lethal"), cues.pattern("intervention")
    non_state, armed, ceasefire = cues.pattern("non_state"), cues.pattern("armed"), cues.pattern("ceasefire")
    territory, group_change = cues.pattern("territory"), cues.pattern("group_change")
    if event_type == "PROTEST":
        if "mob" in flags:
            return Acled("Riots", "Mob violence")
        if police.search(s) and lethal.search(s) and mode != "riot":
            return Acled("Protests", "Excessive force against protesters")
        if mode in ("riot", "vandalize"):
            return Acled("Riots", "Violent demonstration")
        if police.search(s) and intervention.search(s):
            return Acled("Protests", "Protest with intervention")
        return Acled("Protests", "Peaceful protest")
    if event_type == "ASSAULT":
        return _assault(cues, mode, flags, s)
    if event_type == "COERCE":
        if mode == "arrest":
            if police.search(s) and cues.pattern("protesters").search(s):
                return Acled("Protests", "Protest with intervention")  # protesters arrested by the police
            return Acled(SD, "Arrests")
        if mode == "seize" and cues.pattern("arms").search(s):
            return Acled(SD, "Disrupted weapons use")
        if "regain" in flags:
            return Acled("Battles", "Government regains territory")
        if "territory" in flags and non_state.search(s):
            return Acled("Battles", "Non-state actor overtakes territory")
        if "territory" in flags and armed.search(s):
            return Acled("Battles", "Armed clash")  # state forces taking ground in a war
        return Acled(SD, "Other")
    if event_type == "MOBILIZE" and "hq" in flags:
        return Acled(SD, "Headquarters or base established")
    if event_type == "AGREE" and (armed.search(s) or ceasefire.search(s)):
        return Acled(SD, "Agreement")
    if event_type == "RETREAT":
        if mode == "ceasefire":
            return Acled(SD, "Agreement")
        if mode == "withdraw" and territory.search(s) and armed.search(s):
            return Acled(SD, "Non-violent transfer of territory")
        if mode == "disarm" and non_state.search(s):
            return Acled(SD, "Change to group/activity")
    if event_type == "COERCE" and group_change.search(s) and non_state.search(s):
        return Acled(SD, "Change to group/activity")
    return Acled(SD, "Other")


def _assault(cues: EventCues, mode: str | None, flags: frozenset[str], s: str) -> Acled:
    lethal, protesters, police, armed_words = cues.pattern("lethal"), cues.pattern("protesters"), cues.pattern("police"), cues.pattern("armed")
    if "disrupted" in flags:
        return Acled(SD, "Disrupted weapons use")
    if "chem" in flags or mode == "chemical":
        return Acled(ERV, "Chemical weapon")
    if "suicide" in flags or mode == "suicide-attack":
        return Acled(ERV, "Suicide bomb")
    if mode in ("aerial", "drone"):
        return Acled(ERV, "Air/drone strike")
    if mode == "heavy-weapons":
        return Acled(ERV, "Shelling/artillery/missile attack")
    if "grenade" in flags:
        return Acled(ERV, "Grenade")
    if mode == "explosives":
        return Acled(ERV, "Remote explosive/landmine/IED")
    if mode == "destroy" or "loot" in flags:
        return Acled(SD, "Looting/property destruction")
    if mode == "abduct":
        return Acled(VAC, "Abduction/forced disappearance")
    if mode == "sexual":
        return Acled(VAC, "Sexual violence")
    if "mob" in flags:
        return Acled("Riots", "Mob violence")
    if mode == "crowd-control" and not lethal.search(s):
        return Acled("Protests", "Protest with intervention")
    if protesters.search(s) and police.search(s):
        if lethal.search(s) or mode in ("firearms", "heavy-weapons"):  # police firing on protesters
            return Acled("Protests", "Excessive force against protesters")
        return Acled("Protests", "Protest with intervention")
    if mode == "crowd-control":
        return Acled("Protests", "Protest with intervention")
    armed = {m.group(1).lower()[:5] for m in armed_words.finditer(s)}
    if "clash" in flags:
        battle = bool(armed_words.search(s)) or "battle" in flags
        return Acled("Battles", "Armed clash") if battle else Acled("Riots", "Mob violence")
    if len(armed) >= 2 and cues.pattern("between").search(s):
        return Acled("Battles", "Armed clash")
    if armed and cues.pattern("repelled").search(s):
        return Acled("Battles", "Armed clash")  # "troops fended off an attack by militants"
    if cues.pattern("non_state").search(s) and cues.pattern("military_target").search(s):
        return Acled("Battles", "Armed clash")  # "militants attacked an army base"
    return Acled(VAC, "Attack")
