"""scale.worker: a batch worker warms every registered language up with that language's own sentence."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kroniek.lang import Language, register_language, unregister_language
from kroniek.language import build_detector, detect
from kroniek.scale.worker import warmup_texts


@pytest.mark.parametrize("code", ["nl", "en"])
def test_each_shipped_language_warms_up_with_a_sentence_in_that_language(code: str) -> None:
    texts = [text for text, lang in warmup_texts() if lang == code]
    assert texts
    assert all(detect(text, build_detector()) == code for text in texts)


@pytest.fixture()
def plugin_language(tmp_path: Path) -> Iterator[Language]:
    (tmp_path / "warmup.txt").write_text("# a plugin's sentence\nGister het honderde mense betoog.\n", encoding="utf-8")
    lang = register_language(Language("af", "Afrikaans", data=tmp_path))
    try:
        yield lang
    finally:
        unregister_language("af")


def test_a_plugin_language_is_warmed_with_its_own_sentence(plugin_language: Language) -> None:
    assert ("Gister het honderde mense betoog.", "af") in warmup_texts()


def test_a_language_without_a_warmup_sentence_is_not_warmed(plugin_language: Language) -> None:
    (Path(str(plugin_language.data)) / "warmup.txt").unlink()
    assert [lang for _, lang in warmup_texts()] == ["en", "nl"]
