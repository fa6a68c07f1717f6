"""Language identification with lingua, restricted to kroniek's languages and their neighbours.

Restricting the candidates makes detection fast and accurate; keeping the neighbours
(German, French, ...) in the set means a German article is refused, not misread as Dutch.
"""

from __future__ import annotations

import logging
from typing import Any

from .errors import InputError, UnsupportedLanguageError
from .lang import language_codes
from .model import Document
from .registry import Services, StageSpec
from .settings import Settings

log = logging.getLogger(__name__)

# ISO 639-1 codes lingua tells apart here besides the registered languages: languages often confused
# with them, kept so that a German article is refused rather than misread.
NEIGHBOURS = ("de", "fr", "af", "fy", "es", "it", "pt", "da", "sv", "nb", "pl", "ru", "tr", "id")


def build_detector() -> Any:
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    langs = []
    for code in dict.fromkeys([*language_codes(), *NEIGHBOURS]):
        try:
            langs.append(Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())))
        except (AttributeError, ValueError):
            log.debug("lingua does not know %s", code)
    return LanguageDetectorBuilder.from_languages(*langs).build()


def detect(text: str, detector: Any) -> str | None:
    """ISO 639-1 code of the most likely language of ``text`` (None when lingua cannot tell)."""
    sample = text[:5000]
    lang = detector.detect_language_of(sample)
    return None if lang is None else lang.iso_code_639_1.name.lower()


def supported(settings: Settings) -> list[str]:
    """The languages this run accepts: the ``languages`` setting, or every registered language."""
    chosen = [x.strip().lower() for x in str(settings.languages).split(",") if x.strip()]
    return chosen or language_codes()


class LanguageStage:
    def __init__(self, settings: Settings, services: Services) -> None:
        self.supported = supported(settings)
        self.services = services

    def __call__(self, doc: Document) -> Document:
        lang = doc.language
        if not lang:
            detector = self.services.get("lingua", build_detector)
            detected = detect(doc.text, detector)
            if detected is None:
                raise InputError("cannot tell the language of the text (too short or no letters); pass --language")
            lang = detected
        if lang not in self.supported:
            raise UnsupportedLanguageError(lang, supported=self.supported)
        return doc if lang == doc.language else doc.replace(language=lang)


STAGE = StageSpec(
    name="kroniek.language.v1",
    factory=LanguageStage,
    requires=("text",),
    assigns=("language",),
    help="Detects the language (lingua) and refuses unsupported ones.",
)
