"""The source layer: formats, sidecars, the one suffix table and length rule, one clear error per bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kroniek.errors import InputError
from kroniek.settings import load_settings
from kroniek.sources import RawArticle, kind_of, prepare, read

LIMIT = 1_000_000
HTML = """<!DOCTYPE html><html><head><title>Boeren protesteren</title></head><body>
<nav>Home | Nieuws | Sport</nav>
<article><h1>Boeren protesteren in Den Haag</h1>
<p>Duizenden boeren zijn dinsdag met tractoren naar Den Haag getrokken om te demonstreren tegen de
nieuwe stikstofregels van het kabinet. Volgens de politie verliep het protest grotendeels rustig.</p>
<p>Bij de snelweg blokkeerden tientallen tractoren urenlang de weg. De politie hield veertien betogers aan.</p>
</article><footer>Copyright</footer></body></html>"""


def one(path: Path) -> RawArticle | InputError:
    items = list(read(str(path), max_bytes=LIMIT))
    assert len(items) == 1
    return items[0]


def test_plain_text_with_sidecar(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Een bericht over een protest in Utrecht.", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(json.dumps({"published": "2023-01-02", "language": "nl",
                                                      "source": "Demo"}), encoding="utf-8")
    item = one(tmp_path / "a.txt")
    assert isinstance(item, RawArticle)
    assert (item.published, item.language, item.source) == ("2023-01-02", "nl", "Demo")


def test_html_main_text_is_extracted(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(HTML, encoding="utf-8")
    item = one(tmp_path / "page.html")
    assert isinstance(item, RawArticle)
    assert "stikstofregels" in item.text
    assert "Home | Nieuws" not in item.text


@pytest.mark.parametrize("suffix", [".jsonl", ".json"])
def test_json_records(tmp_path: Path, suffix: str) -> None:
    records = [{"text": "Eerste bericht over Utrecht.", "published": "2023-01-02", "title": "Een"},
               {"text": "Second report about Leeds.", "url": "https://example.org/2"}]
    path = tmp_path / f"recs{suffix}"
    body = "\n".join(json.dumps(r) for r in records) if suffix == ".jsonl" else json.dumps(records)
    path.write_text(body, encoding="utf-8")
    items = list(read(str(path), max_bytes=LIMIT))
    assert [i.text for i in items if isinstance(i, RawArticle)] == [r["text"] for r in records]


def test_bad_jsonl_line_is_reported_and_others_continue(tmp_path: Path) -> None:
    path = tmp_path / "recs.jsonl"
    path.write_text('{"text": "Goed bericht."}\n{not json\n{"title": "no text"}\n{"text": "Nog een."}\n',
                    encoding="utf-8")
    items = list(read(str(path), max_bytes=LIMIT))
    assert [type(i).__name__ for i in items] == ["RawArticle", "InputError", "InputError", "RawArticle"]
    assert "recs.jsonl:2" in str(items[1]) and "invalid JSON" in str(items[1])
    assert "recs.jsonl:3" in str(items[2]) and "text" in str(items[2])


def test_latin1_text_is_decoded(tmp_path: Path) -> None:
    text = "De ministerraad besprak gisteren de financiën van de gemeenten en de crèches in België."
    (tmp_path / "l1.txt").write_bytes(text.encode("latin-1"))
    item = one(tmp_path / "l1.txt")
    assert isinstance(item, RawArticle)
    assert "financiën" in item.text and "België" in item.text


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\t\n", "empty"),
        ("bin.txt", bytes(range(256)) * 10, "binary"),
        ("noarticle.html", b"<html><head><title>x</title></head><body><script>x</script></body></html>",
         "no article text"),
        ("broken.json", b'{"text": "x"', "invalid JSON"),
        ("list.json", b"[1, 2]", "expected a JSON object"),
    ],
)
def test_bad_inputs_give_one_clear_error(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    (tmp_path / name).write_bytes(content)
    errors = [i for i in read(str(tmp_path / name), max_bytes=LIMIT) if isinstance(i, InputError)]
    assert errors, "expected an InputError"
    message = str(errors[0])
    assert name in message and reason in message
    assert "\n" not in message


def test_too_big_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(b"Een zin. " * 200_000)
    item = list(read(str(path), max_bytes=1_000_000))[0]
    assert isinstance(item, InputError)
    assert "over the limit" in str(item) and "huge.txt" in str(item)


def test_missing_file(tmp_path: Path) -> None:
    item = one(tmp_path / "nope.txt")
    assert isinstance(item, InputError) and "no such file" in str(item)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Boeren blokkeren snelweg\n\nDuizenden boeren zijn dinsdag naar Den Haag getrokken.", "Boeren blokkeren snelweg"),
        ("Farmers block motorway\n\nThousands of farmers drove to The Hague on Tuesday.", "Farmers block motorway"),
        ("Duizenden boeren zijn dinsdag naar Den Haag getrokken. Het was druk.", None),
        ("Een zin die eindigt met een punt.\n\nEn nog een alinea over iets anders.", None),
    ],
)
def test_plain_text_headline_becomes_the_title(tmp_path: Path, text: str, title: str | None) -> None:
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    item = one(tmp_path / "a.txt")
    assert isinstance(item, RawArticle) and item.title == title


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("stub.html", b"<html><body><nav>Home</nav></body></html>"),
        ("kort.txt", b"Kort bericht."),
        ("short.jsonl", b'{"text": "Short note."}\n'),
    ],
)
def test_every_format_meets_the_one_minimum_length_rule(tmp_path: Path, name: str, content: bytes) -> None:
    settings = load_settings()
    (tmp_path / name).write_bytes(content)
    [item] = list(read(str(tmp_path / name), max_bytes=LIMIT))
    outcome = prepare(item, settings)
    assert outcome.doc is None and name in str(outcome.error)
    assert f"at least {settings.min_chars} are needed for an article" in str(outcome.error)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("artikel.txt", "text"), ("page.HTML", "html"), ("page.xhtml", "html"), ("one.json", "json"),
        ("dump.ndjson.gz", "jsonl"), ("crawl.warc.gz", "warc"), ("old.arc", "warc"), ("news.rss", "feed"),
        ("artikel.txt.gz", None), ("artikel.meta.json", None), ("a.gold.json", None), ("photo.png", None),
    ],
)
def test_one_suffix_table_says_what_a_file_holds(name: str, kind: str | None) -> None:
    assert kind_of(name) == kind
