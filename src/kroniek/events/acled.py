"""PLOVER type + mode -> ACLED event_type / sub_event_type (SPEC §3), refined by actors and context.

Defaults follow the SPEC table; refinements, decided from the mode, the rule's flags and the words
of the sentence (actors and targets included):

* PROTEST: riot -> Riots/Violent demonstration; police using force or arresting -> Protests/Protest
  with intervention; police or soldiers firing on or killing protesters -> Protests/Excessive force
  against protesters; else Protests/Peaceful protest.
* ASSAULT: fighting between armed parties -> Battles/Armed clash; aerial/drone -> Air/drone strike;
  heavy weapons -> Shelling/artillery/missile attack; explosives -> Remote explosive/landmine/IED
  (grenade, suicide bomb, chemical weapon where named); a defused or intercepted weapon ->
  Strategic developments/Disrupted weapons use; destroy/looting -> Strategic developments/
  Looting/property destruction; abduct -> Abduction/forced disappearance; sexual -> Sexual
  violence; lynching or mob attacks -> Riots/Mob violence; force against protesters (tear gas,
  charges) -> Protests/Protest with intervention, lethal -> Excessive force against protesters;
  else Violence against civilians/Attack.
* COERCE: arrest -> Strategic developments/Arrests; territory taken by a non-state group ->
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

import re

from ..model import Acled

ARMED = re.compile(
    r"(?<!\w)(leger|troepen|soldat|militair|strijdkracht|rebel|militie|strijders|opstandeling|separatist|jihadist|"
    r"terrorist|guerrilla|milities|paramilit|huurling|army|troops|soldier|military|forces|rebel|militia|militant|"
    r"insurgent|fighters|separatist|jihadist|gunmen|guerrilla|mercenar|taliban|hamas|hezbollah|al-shabaab|"
    r"is-strijders|islamic state|wagner)",
    re.IGNORECASE)
NON_STATE = re.compile(r"(?<!\w)(rebel|militie|strijders|opstandeling|separatist|jihadist|terrorist|guerrilla|"
                       r"militia|militant|insurgent|fighters|taliban|al-shabaab|islamic state|is-strijders|hamas|"
                       r"hezbollah|gang|bende)", re.IGNORECASE)
POLICE = re.compile(r"(?<!\w)(politie|agent|me(?!\w)|mobiele eenheid|oproerpolitie|veiligheidstroepen|"
                    r"police|riot police|officers|security forces|soldiers|troops|leger)", re.IGNORECASE)
PROTESTERS = re.compile(r"(?<!\w)(demonstrant|betoger|actievoerder|protest|demonstratie|betoging|relschopper|rioter|youths|"
                        r"demonstrator|rally|march)", re.IGNORECASE)
INTERVENTION = re.compile(r"(?<!\w)(traangas|waterkanon|charge|uiteengedreven|uiteen te drijven|uiteengeslagen|"
                          r"gearresteerd|aangehouden|opgepakt|arrestaties|duw- en trekwerk|botsing|slaags|met geweld|beëindigd|"
                          r"ontruimd|ingegrepen|greep in|forcibly|broke up|cleared|"
                          r"tear gas|teargas|water cannon|dispers|arrest|detain|clash|scuffle|baton|rubber)",
                          re.IGNORECASE)
LETHAL = re.compile(r"(?<!\w)(scherpe munitie|scherp geschoten|doodgeschoten|gedood|doden|kogels|schoten op|"
                    r"opened fire|live ammunition|killed|shot dead|shot and killed|killing)", re.IGNORECASE)
TERRITORY = re.compile(r"(?<!\w)(controle|stad|dorp|gebied|regio|territorium|provincie|stelling|control|town|city|"
                       r"village|territory|area|region|province|positions?)(?!\w)", re.IGNORECASE)
GROUP_CHANGE = re.compile(r"(?<!\w)(ontbonden|ontbinden|splitst|fuseert|disband|dissolve|split|merge|new leader|"
                          r"nieuwe leider)", re.IGNORECASE)

CEASEFIRE = re.compile(r"(?<!\w)(staakt-het-vuren|wapenstilstand|bestand|vredesakkoord|vredesverdrag|ceasefire|"
                       r"cease-fire|truce|armistice|peace deal|peace agreement|peace accord)", re.IGNORECASE)
VAC = "Violence against civilians"
ERV = "Explosions/Remote violence"
SD = "Strategic developments"


def acled_for(event_type: str, mode: str | None, flags: frozenset[str], sentence: str) -> Acled:
    """The ACLED classification of one event (see module docstring)."""
    s = sentence
    if event_type == "PROTEST":
        if "mob" in flags:
            return Acled("Riots", "Mob violence")
        if POLICE.search(s) and LETHAL.search(s) and mode != "riot":
            return Acled("Protests", "Excessive force against protesters")
        if mode in ("riot", "vandalize"):
            return Acled("Riots", "Violent demonstration")
        if POLICE.search(s) and INTERVENTION.search(s):
            return Acled("Protests", "Protest with intervention")
        return Acled("Protests", "Peaceful protest")
    if event_type == "ASSAULT":
        return _assault(mode, flags, s)
    if event_type == "COERCE":
        if mode == "arrest":
            return Acled(SD, "Arrests")
        if "regain" in flags:
            return Acled("Battles", "Government regains territory")
        if "territory" in flags and NON_STATE.search(s):
            return Acled("Battles", "Non-state actor overtakes territory")
        if "territory" in flags and ARMED.search(s):
            return Acled("Battles", "Armed clash")  # state forces taking ground in a war
        return Acled(SD, "Other")
    if event_type == "MOBILIZE" and "hq" in flags:
        return Acled(SD, "Headquarters or base established")
    if event_type == "AGREE" and (ARMED.search(s) or CEASEFIRE.search(s)):
        return Acled(SD, "Agreement")
    if event_type == "RETREAT":
        if mode == "ceasefire":
            return Acled(SD, "Agreement")
        if mode == "withdraw" and TERRITORY.search(s) and ARMED.search(s):
            return Acled(SD, "Non-violent transfer of territory")
        if mode == "disarm" and NON_STATE.search(s):
            return Acled(SD, "Change to group/activity")
    if event_type == "COERCE" and GROUP_CHANGE.search(s) and NON_STATE.search(s):
        return Acled(SD, "Change to group/activity")
    return Acled(SD, "Other")


def _assault(mode: str | None, flags: frozenset[str], s: str) -> Acled:
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
    if mode == "crowd-control" and not LETHAL.search(s):
        return Acled("Protests", "Protest with intervention")
    if PROTESTERS.search(s) and POLICE.search(s):
        if LETHAL.search(s):
            return Acled("Protests", "Excessive force against protesters")
        return Acled("Protests", "Protest with intervention")
    if mode == "crowd-control":
        return Acled("Protests", "Protest with intervention")
    armed = {m.group(1).lower()[:5] for m in ARMED.finditer(s)}
    if "clash" in flags:
        battle = bool(ARMED.search(s)) or "battle" in flags
        return Acled("Battles", "Armed clash") if battle else Acled("Riots", "Mob violence")
    if len(armed) >= 2 and re.search(r"(?<!\w)(tussen|met|between|with|tegen|against)(?!\w)", s, re.IGNORECASE):
        return Acled("Battles", "Armed clash")
    return Acled(VAC, "Attack")
