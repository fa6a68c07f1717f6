"""Pipeline construction: registered stages, requires/assigns checks, plugins."""

from __future__ import annotations

import pytest

import kroniek
from kroniek.errors import ConfigError, InputError
from kroniek.model import Document
from kroniek.pipeline import build_pipeline, check_order, new_document
from kroniek.registry import Services, StageSpec, get_stage, register
from kroniek.settings import load_settings
from kroniek.stages import DEFAULT_PIPELINE


def test_every_builtin_stage_is_registered_under_its_versioned_name() -> None:
    for name in DEFAULT_PIPELINE:
        spec = get_stage(name)
        assert spec.name == name and name.endswith(".v1")


def test_default_order_lists_exactly_kroniek_own_entry_points() -> None:
    from importlib.metadata import distribution

    own = {ep.name for ep in distribution("kroniek").entry_points if ep.group == "kroniek.stages"}
    assert sorted(DEFAULT_PIPELINE) == sorted(own)


def test_default_order_satisfies_every_requirement() -> None:
    check_order([get_stage(n) for n in DEFAULT_PIPELINE])  # raises ConfigError otherwise


@pytest.mark.parametrize(("role", "attribute"), [("requires", "sentense"), ("assigns", "speakers")])
def test_registering_an_unknown_document_attribute_is_a_config_error(role: str, attribute: str) -> None:
    spec = StageSpec(name="tests.typo.v1", factory=lambda s, sv: (lambda d: d), **{role: ("text", attribute)})
    with pytest.raises(ConfigError, match=f"tests.typo.v1 {role} '{attribute}'"):
        register(spec)
    with pytest.raises(ConfigError, match="unknown stage 'tests.typo.v1'"):
        get_stage("tests.typo.v1")


def test_a_string_instead_of_a_tuple_of_attributes_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="tuple"):
        register(StageSpec(name="tests.str.v1", factory=lambda s, sv: (lambda d: d), requires="sentences"))  # type: ignore[arg-type]


def test_stage_order_is_checked_against_requirements() -> None:
    with pytest.raises(ConfigError, match="requires .*sentences"):
        build_pipeline(names=["kroniek.language.v1", "kroniek.nlp.v1"])


def test_unknown_stage_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="unknown stage 'acme.nothing.v1'"):
        build_pipeline(names=["acme.nothing.v1"])


def test_unversioned_stage_name_is_refused() -> None:
    with pytest.raises(ConfigError, match="versioned"):
        register(StageSpec(name="shout", factory=lambda s, sv: (lambda d: d)))


def test_a_plugin_stage_runs_in_order() -> None:
    def factory(settings, services):  # type: ignore[no-untyped-def]
        def stage(doc: Document) -> Document:
            return doc.replace(title=f"{len(doc.sentences)} sentences")
        return stage

    register(StageSpec(name="tests.count.v1", factory=factory, requires=("sentences",), assigns=("title",)))
    pipe = build_pipeline(names=["kroniek.language.v1", "kroniek.segment.v1", "tests.count.v1"])
    doc = pipe(new_document("Een zin over Utrecht. Nog een zin over Gent.", language="nl"))
    assert doc.title == "2 sentences"


def test_pipeline_setting_selects_stages() -> None:
    settings = load_settings(pipeline="kroniek.language.v1,kroniek.segment.v1")
    assert build_pipeline(settings).names == ["kroniek.language.v1", "kroniek.segment.v1"]


def test_services_load_once() -> None:
    services = Services()
    calls = []
    for _ in range(3):
        services.get("x", lambda: calls.append(1) or "value")
    assert calls == [1]


def test_python_api_extract_returns_a_document() -> None:
    doc = kroniek.extract("Honderden mensen gingen zondag in Utrecht de straat op.", published="2023-05-01")
    assert isinstance(doc, Document)
    assert doc.language == "nl" and doc.published == "2023-05-01"
    assert len(doc.id) == 64


@pytest.mark.parametrize(("given", "expected"), [
    ("2022-09-26", "2022-09-26"),
    ("2022-09-26T14:30:00+02:00", "2022-09-26T14:30:00+02:00"),
    ("Mon, 26 Sep 2022 14:30:00 +0200", "2022-09-26T14:30:00+02:00"),
])
def test_published_dates_are_normalized(given: str, expected: str) -> None:
    assert new_document("x", published=given).published == expected


@pytest.mark.parametrize(("given", "why"), [
    ("2024-13-01", "month"), ("2023-02-29", "day"), ("2024-06-31T10:00Z", "day"), ("2024-01-01T25:00", "hour"),
    ("2024-01-01T10:61", "minute"), ("2024-01-01T10:00+25:00", "offset"), ("yesterday", "ISO 8601"),
])
def test_impossible_or_unreadable_published_dates_are_refused(given: str, why: str) -> None:
    with pytest.raises(InputError, match="published must be an ISO 8601 date") as exc:
        new_document("x", published=given)
    assert repr(given) in exc.value.message and why in exc.value.message and "\n" not in exc.value.message


def test_too_short_text_is_refused() -> None:
    with pytest.raises(InputError, match="characters"):
        kroniek.extract("Kort.")
