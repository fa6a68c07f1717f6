"""ACLED classes decided by who acts on whom (SPEC §3): the stage ``kroniek.acled.v1``.

The events stage gives every event an ACLED class from its type, mode, rule flags and the words of its
sentence (:mod:`kroniek.events.acled`); only after ``kroniek.actors.v1`` are its participants typed with
ACLED's categories (:data:`kroniek.model.ACTOR_TYPES`) and sectors. This stage refines that class where the
types say more than the words, and leaves it as it is where they are missing:

* violence (an Attack, an Armed clash, Mob violence, or force at protesters) by state forces on protesters:
  Protests/Excessive force against protesters when it is lethal (firearms, heavy weapons, people killed),
  else Protests/Protest with intervention; protesters who attack or destroy property:
  Riots/Violent demonstration; rioters who attack: Riots/Mob violence; both sides organized armed groups (state, rebel,
  militia or external forces): Battles/Armed clash; an armed group's "clash" with civilians only:
  Violence against civilians/Attack;
* an arrest of protesters by state forces: Protests/Protest with intervention; people arrested or seized
  by a non-state armed group: Violence against civilians/Abduction/forced disappearance;
* territory taken (Battles/Government regains territory or Non-state actor overtakes territory): by state
  forces is Government regains territory, by a non-state armed group Non-state actor overtakes territory;
* an agreement one of whose parties is an armed group: Strategic developments/Agreement.

Explosions, sexual violence, abductions, looting by others and disrupted weapons stay as the words made
them: ACLED codes those by the weapon or the act, whoever the parties are. Language-neutral: the stage reads only the
typed participants, the mode and the size of each event.
"""

from __future__ import annotations

from dataclasses import replace

from .model import Acled, Document, Event, Participant
from .registry import Services, StageSpec
from .settings import Settings

VAC = "Violence against civilians"
SD = "Strategic developments"
ATTACK = Acled(VAC, "Attack")
ARMED_CLASH = Acled("Battles", "Armed clash")
MOB = Acled("Riots", "Mob violence")
VIOLENT_DEMO = Acled("Riots", "Violent demonstration")
INTERVENTION = Acled("Protests", "Protest with intervention")
EXCESSIVE = Acled("Protests", "Excessive force against protesters")
ABDUCTION = Acled(VAC, "Abduction/forced disappearance")
REGAINS = Acled("Battles", "Government regains territory")
OVERTAKES = Acled("Battles", "Non-state actor overtakes territory")
AGREEMENT = Acled(SD, "Agreement")
DESTRUCTION = Acled(SD, "Looting/property destruction")

#: Organized armed groups that are not the state (ACLED's rebel groups, militias, external forces).
NON_STATE_ARMED = frozenset({"rebel group", "political militia", "identity militia", "external/other forces"})
#: The sectors of state forces that bear arms; a minister or a court is a state actor but no side in a fight.
ARMED_SECTORS = frozenset({"military", "police", "intelligence"})
#: The classes of direct violence that the parties decide; the others (explosions, sexual violence,
#: abduction, looting, disrupted weapons) follow the weapon or the act.
BY_PARTIES = frozenset({ATTACK, ARMED_CLASH, MOB, INTERVENTION, EXCESSIVE})
TERRITORY = frozenset({REGAINS, OVERTAKES})
#: Modes of an ASSAULT whose force at protesters is lethal (ACLED's excessive force).
LETHAL_MODES = frozenset({"firearms", "heavy-weapons"})
#: COERCE modes that, done to people by a non-state armed group, take them away.
TAKING_MODES = frozenset({"arrest", "seize"})


def state_armed(p: Participant) -> bool:
    """Armed forces of a state: ACLED's state forces in a sector that bears arms (or none given)."""
    return p.type == "state forces" and (p.sector is None or p.sector in ARMED_SECTORS)


def armed(p: Participant) -> bool:
    """An organized armed group: state forces that bear arms, rebels, militias, external forces."""
    return state_armed(p) or p.type in NON_STATE_ARMED


def _assault(ev: Event) -> Acled:
    actors, targets = ev.actors, ev.targets
    if ev.acled == DESTRUCTION and any(a.type == "protesters" for a in actors) and not any(armed(a) for a in actors):
        return VIOLENT_DEMO  # ACLED: demonstrators' vandalism and arson make a violent demonstration
    if ev.acled not in BY_PARTIES:
        return ev.acled
    if any(state_armed(a) for a in actors) and any(t.type == "protesters" for t in targets):
        lethal = ev.mode in LETHAL_MODES or ev.size_of("killed") is not None or ev.acled == EXCESSIVE
        return EXCESSIVE if lethal else INTERVENTION
    if any(a.type == "protesters" for a in actors) and not any(armed(a) for a in actors):
        return VIOLENT_DEMO
    if any(a.type == "rioters" for a in actors) and not any(armed(a) for a in actors):
        return MOB
    if any(armed(a) for a in actors) and targets:
        if any(armed(t) for t in targets):
            return ARMED_CLASH
        if ev.acled == ARMED_CLASH and all(t.type == "civilians" for t in targets):
            return ATTACK  # "troops clashed with villagers": one side unarmed
    return ev.acled


def _coerce(ev: Event) -> Acled:
    actors, targets = ev.actors, ev.targets
    if ev.mode in TAKING_MODES and any(a.type in NON_STATE_ARMED for a in actors) \
            and not any(state_armed(a) for a in actors) and any(t.type in ("civilians", "protesters") for t in targets):
        return ABDUCTION  # ACLED: only a state arrests; an armed group taking people abducts them
    if ev.acled in TERRITORY:
        if any(a.type in NON_STATE_ARMED for a in actors) and not any(state_armed(a) for a in actors):
            return OVERTAKES
        if any(state_armed(a) for a in actors) and not any(a.type in NON_STATE_ARMED for a in actors):
            return REGAINS
        return ev.acled
    if ev.mode == "arrest" and any(state_armed(a) for a in actors) and any(t.type == "protesters" for t in targets):
        return INTERVENTION
    return ev.acled


def acled_of(ev: Event) -> Acled:
    """The ACLED class of ``ev`` with its typed participants (see the module docstring)."""
    if ev.type == "ASSAULT":
        return _assault(ev)
    if ev.type == "COERCE":
        return _coerce(ev)
    if ev.type == "AGREE" and any(armed(p) and p.type != "state forces" for p in (*ev.actors, *ev.targets)):
        return AGREEMENT
    return ev.acled


def classify(doc: Document) -> Document:
    """``doc`` with each event's ACLED class refined by its typed actors and targets."""
    if not doc.events:
        return doc
    events = tuple(ev if (a := acled_of(ev)) == ev.acled else replace(ev, acled=a) for ev in doc.events)
    return doc.replace(events=events)


def make_stage(settings: Settings, services: Services):  # type: ignore[no-untyped-def]
    def stage(doc: Document) -> Document:
        return classify(doc)

    return stage


STAGE = StageSpec(
    name="kroniek.acled.v1",
    factory=make_stage,
    requires=("events",),
    assigns=("events",),
    help="ACLED event and sub-event types refined by the typed actors and targets (armed clash, attack on "
         "civilians, force against protesters, territory, abduction, agreement).",
)
