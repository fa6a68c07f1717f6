"""``/incidents``: the reports of one happening across articles (SPEC §6), read open, written with a token.

* ``GET /incidents`` — incidents with a report matching the event filters (as on ``/events``),
  latest first; each item is the reconciled incident (type, date, place, sizes with every
  claim, conflicts between outlets, first and last report, sources).
* ``GET /incidents/{id}`` — one incident with ``members``: every report (document, event,
  sentence, trigger) and the link that put it there (score, features, the member it matched).
* ``GET /incidents/timeline`` and ``GET /incidents/map`` — incidents per day or week and type,
  and one point per located incident, shaped like ``/timeline`` and ``/map`` (the web page shows
  incidents by default); ``GET /incidents/of/{key}`` — the incident of one event.
* ``POST /incidents/{id}/merge`` (``{"other": id}``) and ``POST /incidents/{id}/split``
  (``{"members": [keys]}``) record the user's decision; they need ``Authorization: Bearer
  <KRONIEK_TOKEN>`` (:func:`~kroniek.api.security.require_token`: 401 without, 403 wrong).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Query
from pydantic import BaseModel, Field

from ..errors import StoreError
from ..store import Store
from ..store.incidents import Incidents
from . import convert
from . import schemas as s
from .app import Filter, Limit, Offset, reject_unknown_params
from .security import require_token

IncidentId = Annotated[str, Path(pattern=r"^inc-[0-9a-f]{16}$", description="Incident id (from /incidents).")]


class IncidentPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[dict[str, Any]] = Field(description="Reconciled incidents (without members).")


class MergeBody(BaseModel):
    other: str = Field(pattern=r"^inc-[0-9a-f]{16}$", description="The incident whose reports join this one.")


class SplitBody(BaseModel):
    members: list[str] = Field(min_length=1, description="Member keys '<document id>:<event id>' to take out.")


class IncidentOf(BaseModel):
    key: str
    incident: str


def incidents_router(store: Store) -> APIRouter:
    """The incident endpoints on ``store``."""
    api = APIRouter(dependencies=[Depends(reject_unknown_params)], tags=["incidents"])
    incidents = Incidents(store)

    def missing(incident: str) -> HTTPException:
        return HTTPException(404, detail=f"incident {incident} is not in this database; /incidents lists them")

    @api.get("/incidents", response_model=IncidentPage)
    def list_incidents(f: Filter, limit: Limit = 50, offset: Offset = 0) -> IncidentPage:
        """Incidents with a report matching the filters, latest first (undated last)."""
        rows = incidents.find(f, limit=limit, offset=offset)
        return IncidentPage(total=incidents.count(f), limit=limit, offset=offset,
                            items=[r.to_dict(members=False) for r in rows])

    @api.get("/incidents/timeline", response_model=s.Timeline)
    def incident_timeline(f: Filter, bucket: Annotated[str, Query(pattern="^(day|week)$",
                                                                  description="day or week")] = "week") -> s.Timeline:
        """Number of matching incidents per day or ISO week (starting Monday) and type."""
        return convert.timeline(incidents.counts(f), bucket)

    @api.get("/incidents/map", response_model=s.MapCollection)
    def incident_map(f: Filter, limit: Annotated[int, Query(ge=1, le=5000)] = 5000) -> s.MapCollection:
        """One point per located incident (latest first, at most ``limit``), shaped like /map."""
        rows = incidents.find(f, limit=limit + 1)
        features = []
        for r in rows[:limit]:
            place = r.summary.get("place") or {}
            if place.get("lat") is None or place.get("lon") is None:
                continue
            when = r.summary.get("when") or {}
            features.append(s.MapFeature(
                geometry=s.MapGeometry(coordinates=[float(place["lon"]), float(place["lat"])]),
                properties=s.MapFeatureProps(
                    key=r.id, type=r.summary["type"], place=place.get("name") or "", date=when.get("start"),
                    title=r.summary.get("title"),
                    trigger=f"{r.summary.get('trigger') or r.summary['type']} ({_reports(r.summary['n_reports'])})",
                    confidence=float(r.summary.get("confidence") or 0.0))))
        return s.MapCollection(features=features, truncated=len(rows) > limit)

    @api.get("/incidents/of/{key}", response_model=IncidentOf)
    def incident_of(key: Annotated[str, Path(pattern=r"^[0-9a-f]{64}:[\w.-]{1,32}$",
                                             description="Event key '<document id>:<event id>'.")]) -> IncidentOf:
        """The incident an event belongs to."""
        found = incidents.of_event(key)
        if found is None:
            raise HTTPException(404, detail=f"event {key} is in no incident of this database")
        return IncidentOf(key=key, incident=found)

    @api.get("/incidents/{incident}")
    def incident(incident: IncidentId) -> dict[str, Any]:
        """One incident with every report and why it was linked."""
        row = incidents.get(incident)
        if row is None:
            raise missing(incident)
        return row.to_dict(members=True)

    @api.post("/incidents/{incident}/merge", dependencies=[Depends(require_token)])
    def merge(incident: IncidentId, body: MergeBody) -> dict[str, Any]:
        """Put the reports of ``other`` into this incident (recorded: re-linking keeps them together)."""
        for x in (incident, body.other):
            if incidents.get(x) is None:
                raise missing(x)
        try:
            kept = incidents.merge(incident, body.other)
        except StoreError as exc:  # merging an incident with itself
            raise HTTPException(422, detail=str(exc)) from None
        row = incidents.get(kept)
        assert row is not None
        return row.to_dict(members=True)

    @api.post("/incidents/{incident}/split", dependencies=[Depends(require_token)])
    def split(incident: IncidentId, body: SplitBody) -> dict[str, Any]:
        """Take ``members`` out into a new incident (recorded: re-linking keeps them apart); the new incident."""
        if incidents.get(incident) is None:
            raise missing(incident)
        try:
            new = incidents.split(incident, body.members)
        except StoreError as exc:  # a key that is no member, or every member
            raise HTTPException(422, detail=str(exc)) from None
        row = incidents.get(new)
        assert row is not None
        return row.to_dict(members=True)

    return api


def _reports(n: int) -> str:
    return f"{n} report" + ("" if n == 1 else "s")
