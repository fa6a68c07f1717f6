"""The read-only REST API (FastAPI, OpenAPI at /openapi.json and /docs) and the web page at /.

    >>> from kroniek.api import create_app
    >>> app = create_app("sqlite:///kroniek.db")      # then: uvicorn.run(app, host="127.0.0.1")

Every endpoint is GET, but for the incident merge and split (:mod:`kroniek.api.incidents`), which need the token. Query parameters are validated: a wrong or unknown one gives 422 with a
one-line ``message`` (plus FastAPI's usual ``detail`` list). Database access goes through
:class:`kroniek.store.Store` (SQLAlchemy, bound parameters only).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, HTTPException, Path, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from .. import __version__ as VERSION
from ..errors import ConfigError, KroniekError, StoreError
from ..model import ACTOR_SECTORS, ACTOR_TYPES, EVENT_TYPES
from ..store import ActorFilter, EventFilter, ItemFilter, Store
from ..store.filters import MODALITIES, ROLES
from ..web import DOCS_HTML, INDEX_HTML, STATIC_DIR
from . import convert
from . import schemas as s
from .security import SECURITY_HEADERS

log = logging.getLogger(__name__)

MAX_LIMIT = 500
MAX_MAP_POINTS = 5000
_TEXT = {"max_length": 200}

DESCRIPTION = """Read-only access to the events, documents, places, quotes and conflicts that kroniek
extracted from news articles. Every event carries its evidence: the sentence, trigger and argument
spans with character offsets into the article text (`text[start:end]`).

Filters on `/events`, `/map`, `/timeline` and `/places`: `type`, `mode`, `country`, `admin1` and
`modality` take one value or several separated by commas; `date_from`/`date_to` are ISO dates
(`2022`, `2022-09`, `2022-09-25`, inclusive; an event whose date overlaps the range matches);
`actor` matches part of a participant's name (as written, canonical, or its actor's name across
documents); `actor_type` is an ACLED actor category (state forces, rebel group, political militia,
identity militia, rioters, protesters, civilians, external/other forces) or a PLOVER/CAMEO sector
(police, military, government, ...), one or several separated by commas; `actor_id` is an id from
`/actors`; the three apply to one participant, an actor or a target of the event unless `role`
(`actor` or `target`) says which; `text` is a full-text query (every word must occur);
`min_confidence` is 0..1. Unknown or malformed parameters give 422 with a `message`.

`/actors` lists the actors across documents (named participants, one per name and country) with
how many events and documents name them and the words they were named with; filter by `name`,
`type` (category or sector) and `country`.

Filters on `/quotes` and `/conflicts` select by the article an item is from: `language`, `source`
(part of its name), `date_from`/`date_to` (its publication date) and `document`; `text` is part of
the quote on `/quotes` (`speaker` part of the speaker's name) and a full-text query over the
article on `/conflicts`.

`/incidents` lists incidents, the reports of one happening across articles (filters as on `/events`:
an incident matches when one of its reports does); `/incidents/{id}` gives every report with the link
that put it there (score and features). `POST /incidents/{id}/merge` and `/split` record a user's
decision and need `Authorization: Bearer <KRONIEK_TOKEN>`."""


# --------------------------------------------------------------------------- parameters
class BadQuery(Exception):
    """A query parameter that passed type checks but means nothing (e.g. date_from after date_to)."""

    def __init__(self, param: str, message: str) -> None:
        super().__init__(message)
        self.param = param
        self.message = message


def event_filter(
    type: Annotated[str | None, Query(description=f"Event type(s): {', '.join(EVENT_TYPES)}.",
                                      pattern=r"^[A-Za-z]+(,[A-Za-z]+)*$", **_TEXT)] = None,
    mode: Annotated[str | None, Query(description="PLOVER mode(s), e.g. violence.",
                                      pattern=r"^[\w -]+(,[\w -]+)*$", **_TEXT)] = None,
    country: Annotated[str | None, Query(description="ISO 3166-1 alpha-2 code(s) of the event's place.",
                                         pattern=r"^[A-Za-z]{2}(,[A-Za-z]{2})*$", max_length=60)] = None,
    admin1: Annotated[str | None, Query(description="Admin-1 region name(s) of the event's place.",
                                        **_TEXT)] = None,
    date_from: Annotated[str | None, Query(description="First day (ISO date, 2022 / 2022-09 / 2022-09-25).",
                                           max_length=10)] = None,
    date_to: Annotated[str | None, Query(description="Last day (ISO date), inclusive.", max_length=10)] = None,
    actor: Annotated[str | None, Query(description="Part of a participant's name (as written, canonical or its "
                                       "actor's name).", **_TEXT)] = None,
    actor_type: Annotated[str | None, Query(description=f"ACLED actor categor(y/ies): {', '.join(ACTOR_TYPES)}; or "
                                            f"sector(s): {', '.join(ACTOR_SECTORS)}.", **_TEXT)] = None,
    actor_id: Annotated[str | None, Query(description="Actor id(s) from /actors.",
                                          pattern=r"^[0-9a-f]{16}(,[0-9a-f]{16})*$", max_length=170)] = None,
    role: Annotated[str | None, Query(description="Whom `actor`, `actor_type` and `actor_id` must be: actor or "
                                      "target (default: either).", max_length=10)] = None,
    text: Annotated[str | None, Query(description="Full-text query over evidence, participants, places, title.",
                                      **_TEXT)] = None,
    modality: Annotated[str | None, Query(description=f"Modality: {', '.join(MODALITIES)}.",
                                          pattern=r"^[A-Za-z]+(,[A-Za-z]+)*$", max_length=80)] = None,
    min_confidence: Annotated[float | None, Query(ge=0.0, le=1.0, description="Lowest confidence, 0..1.")] = None,
) -> EventFilter:
    try:
        f = EventFilter(type=type, mode=mode, country=country, admin1=admin1, date_from=date_from,
                        date_to=date_to, actor=actor, actor_type=actor_type, actor_id=actor_id, role=role, text=text,
                        modality=modality, min_confidence=min_confidence)
    except ConfigError as exc:
        param = next((p for p in ("actor_type", "role", "type", "modality", "date_from", "date_to", "min_confidence")
                      if str(exc).startswith(p.replace("_", " ")) or str(exc).startswith(p) or f"{p} " in str(exc)),
                     "query")
        raise BadQuery(param, str(exc)) from None
    if f.date_from and f.date_to:
        from ..store import date_range

        first, last = date_range(f.date_from), date_range(f.date_to)
        if first and last and first[0] > last[1]:
            raise BadQuery("date_from", f"date_from {f.date_from} is after date_to {f.date_to}; swap them")
    return f


def item_filter(
    document: Annotated[str | None, Query(pattern=r"^[0-9a-f]{64}$", description="Only this document (id).")] = None,
    language: Annotated[str | None, Query(pattern=r"^[a-z]{2}$", description="The article's language (nl, en).")] = None,
    source: Annotated[str | None, Query(description="Part of the article's source name.", **_TEXT)] = None,
    date_from: Annotated[str | None, Query(description="First publication day of the article (ISO date, 2022 / "
                                           "2022-09 / 2022-09-25).", max_length=10)] = None,
    date_to: Annotated[str | None, Query(description="Last publication day (ISO date), inclusive.",
                                         max_length=10)] = None,
) -> ItemFilter:
    """The article filters that quotes and conflicts share."""
    try:
        return ItemFilter(document=document, language=language, source=source, date_from=date_from, date_to=date_to)
    except ConfigError as exc:
        param = "date_to" if str(exc).startswith("date_to") else "date_from"
        raise BadQuery(param, str(exc)) from None


def actor_filter(
    name: Annotated[str | None, Query(description="Part of the actor's name or of a word it was named with.",
                                      **_TEXT)] = None,
    type: Annotated[str | None, Query(description=f"ACLED actor categor(y/ies): {', '.join(ACTOR_TYPES)}; or "
                                      f"sector(s): {', '.join(ACTOR_SECTORS)}.", **_TEXT)] = None,
    country: Annotated[str | None, Query(description="ISO 3166-1 alpha-2 code(s) of the actor.",
                                         pattern=r"^[A-Za-z]{2}(,[A-Za-z]{2})*$", max_length=60)] = None,
) -> ActorFilter:
    try:
        return ActorFilter(name=name, type=type, country=country)
    except ConfigError as exc:
        raise BadQuery("country" if str(exc).startswith("country") else "type", str(exc)) from None


Filter = Annotated[EventFilter, Depends(event_filter)]
Actors = Annotated[ActorFilter, Depends(actor_filter)]
Items = Annotated[ItemFilter, Depends(item_filter)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"Items per page (1..{MAX_LIMIT}).")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Items to skip.")]
DocId = Annotated[str, Path(pattern=r"^[0-9a-f]{64}$", description="Document id (sha256 of its text).")]


def _declared_query_params(dependant: Any) -> set[str]:
    names = {f.alias for f in getattr(dependant, "query_params", [])}
    for sub in getattr(dependant, "dependencies", []):
        names |= _declared_query_params(sub)
    return names


def reject_unknown_params(request: Request) -> None:
    """422 for query parameters an endpoint does not know (a typo should not silently mean 'all')."""
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if dependant is None:
        return
    unknown = sorted(set(request.query_params) - _declared_query_params(dependant))
    if unknown:
        known = sorted(_declared_query_params(dependant))
        raise BadQuery(unknown[0], f"unknown query parameter {unknown[0]!r}; this endpoint takes "
                                   f"{', '.join(known) if known else 'no parameters'}")


# --------------------------------------------------------------------------- the app
def create_app(store_url: str) -> FastAPI:
    """The FastAPI application serving the store at ``store_url`` (opened and migrated now)."""
    store = Store.open(store_url)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    app = FastAPI(
        title="kroniek", version=VERSION, description=DESCRIPTION, lifespan=lifespan,
        docs_url=None, redoc_url=None,
    )
    api = APIRouter(dependencies=[Depends(reject_unknown_params)])
    app.state.store = store

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        for key, value in SECURITY_HEADERS.items():
            response.headers.setdefault(key, value)
        return response

    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        first = errors[0] if errors else {}
        where = ".".join(str(x) for x in first.get("loc", ()) if x != "query") or "request"
        message = f"{where}: {first.get('msg', 'invalid value')}"
        if "input" in first and first["input"] is not None:
            message += f", got {str(first['input'])[:80]!r}"
        return JSONResponse(status_code=422, content={"message": message, "detail": jsonable_encoder(errors)})

    @app.exception_handler(BadQuery)
    async def bad_query(_: Request, exc: BadQuery) -> JSONResponse:
        return JSONResponse(status_code=422, content={
            "message": exc.message,
            "detail": [{"type": "value_error", "loc": ["query", exc.param], "msg": exc.message}]})

    @app.exception_handler(StoreError)
    async def store_error(_: Request, exc: StoreError) -> JSONResponse:
        log.error("store error: %s", exc)
        return JSONResponse(status_code=503, content={"message": str(exc), "detail": str(exc)})

    @app.exception_handler(KroniekError)
    async def kroniek_error(_: Request, exc: KroniekError) -> JSONResponse:
        return JSONResponse(status_code=400, content={"message": str(exc), "detail": str(exc)})

    # -- page
    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(INDEX_HTML, media_type="text/html")

    @app.get("/docs", include_in_schema=False)
    def docs() -> FileResponse:
        return FileResponse(DOCS_HTML, media_type="text/html")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=204)

    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    _add_routes(api, store)
    app.include_router(api)
    from .incidents import incidents_router  # imports this module's parameters

    app.include_router(incidents_router(store))
    return app


def _add_routes(api: APIRouter, store: Store) -> None:
    """The read-only endpoints (every one is GET)."""

    def not_found(what: str) -> HTTPException:
        return HTTPException(404, detail=f"{what} is not in this database; list what is with the collection "
                                         "endpoint (e.g. /events)")

    # -- documents
    @api.get("/documents", response_model=s.DocumentPage, tags=["documents"])
    def documents(
        limit: Limit = 50, offset: Offset = 0,
        text: Annotated[str | None, Query(description="Full-text query over title and text.", **_TEXT)] = None,
        language: Annotated[str | None, Query(pattern=r"^[a-z]{2}$", description="nl or en.")] = None,
        source: Annotated[str | None, Query(description="Part of the source name.", **_TEXT)] = None,
    ) -> s.DocumentPage:
        """Stored articles, newest first."""
        rows = store.documents(text=text, language=language, source=source, limit=limit, offset=offset)
        total = store.count_documents(text=text, language=language, source=source)
        return s.DocumentPage(total=total, limit=limit, offset=offset,
                              items=[convert.document_summary(d) for d in rows])

    @api.get("/documents/{doc_id}", tags=["documents"],
             responses={200: {"description": "The document in the kroniek/1 JSON shape."}})
    def document(doc_id: DocId) -> JSONResponse:
        """One article with its whole analysis, as kroniek/1 JSON."""
        doc = store.get_document(doc_id)
        if doc is None:
            raise not_found(f"document {doc_id}")
        return JSONResponse(doc.to_dict())

    # -- events
    @api.get("/events", response_model=s.EventPage, tags=["events"])
    def events(f: Filter, limit: Limit = 50, offset: Offset = 0) -> s.EventPage:
        """Events matching the filters, latest first (undated last)."""
        rows = store.events(f, limit=limit, offset=offset)
        return s.EventPage(total=store.count_events(f), limit=limit, offset=offset,
                           items=[convert.event_out(r) for r in rows])

    @api.get("/events/{key}", response_model=s.EventDetail, tags=["events"])
    def event(key: Annotated[str, Path(pattern=r"^[0-9a-f]{64}:[\w.-]{1,32}$",
                                       description="Event key '<document id>:<event id>'.")]) -> s.EventDetail:
        """One event with its article text and the spans of its evidence (sentence, trigger, arguments)."""
        row = store.event(key)
        doc = store.get_document(row.doc_id) if row else None
        if row is None or doc is None:
            raise not_found(f"event {key}")
        return convert.event_detail(row, doc)

    @api.get("/timeline", response_model=s.Timeline, tags=["events"])
    def timeline(f: Filter, bucket: Annotated[str, Query(pattern="^(day|week)$",
                                                         description="day or week")] = "week") -> s.Timeline:
        """Number of matching events per day or ISO week (starting Monday) and type."""
        return convert.timeline(store.event_counts(f), bucket)

    @api.get("/map", response_model=s.MapCollection, tags=["events"])
    def map_(f: Filter, limit: Annotated[int, Query(ge=1, le=MAX_MAP_POINTS)] = MAX_MAP_POINTS) -> s.MapCollection:
        """GeoJSON points (one per event and resolved place) of the matching events, latest first."""
        return convert.map_collection(store.map_points(f, limit=limit + 1), limit)

    # -- actors
    @api.get("/actors", response_model=s.ActorPage, tags=["actors"])
    def actors(f: Actors, limit: Limit = 50, offset: Offset = 0) -> s.ActorPage:
        """Actors across documents (a named participant: one per name and country), in most events first,
        with their ACLED category, sector, country, counts and the words they were named with."""
        rows = store.actors(f, limit=limit, offset=offset)
        return s.ActorPage(total=store.count_actors(f), limit=limit, offset=offset,
                           items=[convert.actor_out(a) for a in rows])

    @api.get("/actors/{actor_id}", response_model=s.ActorOut, tags=["actors"])
    def actor(actor_id: Annotated[str, Path(pattern=r"^[0-9a-f]{16}$", description="Actor id (from /actors).")]
              ) -> s.ActorOut:
        """One actor; its events are `/events?actor_id=<id>`."""
        found = store.actor(actor_id)
        if found is None:
            raise not_found(f"actor {actor_id}")
        return convert.actor_out(found)

    # -- places, quotes, conflicts, stats
    @api.get("/places", response_model=s.PlacePage, tags=["places"])
    def places(f: Filter, limit: Limit = 100, offset: Offset = 0) -> s.PlacePage:
        """Places with how many (matching) events happened there, most first. `total` counts this page."""
        rows = store.places(None if f.is_empty else f, limit=limit, offset=offset)
        return s.PlacePage(total=offset + len(rows) + (1 if len(rows) == limit else 0), limit=limit, offset=offset,
                           items=[convert.place_summary(p) for p in rows])

    @api.get("/quotes", response_model=s.QuotePage, tags=["quotes"])
    def quotes(
        f: Items, limit: Limit = 50, offset: Offset = 0,
        speaker: Annotated[str | None, Query(description="Part of the speaker's name (as written or canonical).",
                                             **_TEXT)] = None,
        text: Annotated[str | None, Query(description="Part of the quote.", **_TEXT)] = None,
    ) -> s.QuotePage:
        """Direct and indirect quotes with their speakers, newest article first."""
        f = f.with_(speaker=speaker, text=text)
        rows = store.quotes(f, limit=limit, offset=offset)
        return s.QuotePage(total=store.count_quotes(f), limit=limit, offset=offset,
                           items=[convert.quote_out(q) for q in rows])

    @api.get("/conflicts", response_model=s.ConflictPage, tags=["conflicts"])
    def conflicts(
        f: Items, limit: Limit = 50, offset: Offset = 0,
        text: Annotated[str | None, Query(description="Full-text query over the article's title and text.",
                                          **_TEXT)] = None,
    ) -> s.ConflictPage:
        """Figures that sources disagree on (e.g. two death tolls), each value with who gives it (`source`,
        `claimed_by_text`), newest article first."""
        f = f.with_(text=text)
        rows = store.conflicts(f, limit=limit, offset=offset)
        return s.ConflictPage(total=store.count_conflicts(f), limit=limit, offset=offset,
                              items=[convert.conflict_out(c) for c in rows])

    @api.get("/stats", response_model=s.Stats, tags=["stats"])
    def stats() -> s.Stats:
        """Counts: documents, events by type and country, places, quotes, conflicts, date range."""
        return convert.stats_out(store.stats())

    @api.get("/types", response_model=s.EventTypes, tags=["stats"])
    def types() -> s.EventTypes:
        """The event types, modalities, actor categories, sectors and roles the filters accept."""
        return s.EventTypes(types=list(EVENT_TYPES), modalities=list(MODALITIES), actor_types=list(ACTOR_TYPES),
                            sectors=list(ACTOR_SECTORS), roles=list(ROLES))
