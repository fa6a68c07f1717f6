"""The nlp stage: shipped spaCy pipelines, kroniek tokens/entities, corpus readers and eval commands."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from kroniek.errors import ResourceError
from kroniek.model import Document
from kroniek.nlp import canonical_names, load_model, shipped_model_path
from kroniek.nlp.corpora import read_conll_ner, read_conllu, spans
from kroniek.pipeline import build_pipeline, new_document
from kroniek.settings import load_settings

from conftest import ROOT, shared_path

STAGES = ["kroniek.language.v1", "kroniek.segment.v1", "kroniek.nlp.v1"]


def shipped(lang: str) -> Path:
    path = shipped_model_path(lang)
    if not (path / "meta.json").is_file():
        pytest.skip(f"no shipped {lang} model at {path}")
    return path


@pytest.fixture(scope="module")
def nlp_pipeline():  # type: ignore[no-untyped-def]
    shipped("nl")
    shipped("en")
    return build_pipeline(names=STAGES)


def analyse(pipeline, text: str, lang: str) -> Document:  # type: ignore[no-untyped-def]
    return pipeline(new_document(text, language=lang))


# --------------------------------------------------------------------------- loading
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_model_named_by_path_in_environment_is_loaded(lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    path = shipped(lang)
    monkeypatch.setenv(f"KRONIEK_MODEL_{lang.upper()}", str(path))
    nlp = load_model(lang, load_settings())
    assert nlp.lang == lang
    assert {"tagger", "morphologizer", "parser", "ner"} <= set(nlp.pipe_names)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_shipped_model_is_the_default(lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    shipped(lang)
    monkeypatch.delenv(f"KRONIEK_MODEL_{lang.upper()}", raising=False)
    assert load_model(lang, load_settings()).meta["name"] == f"kroniek_{lang}"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_unknown_model_name_is_a_resource_error(lang: str) -> None:
    settings = load_settings().with_(**{f"model_{lang}": "no_such_spacy_package_xyz"})
    with pytest.raises(ResourceError, match="KRONIEK_MODEL_"):
        load_model(lang, settings)


# --------------------------------------------------------------------------- tokens and entities
TEXTS = [
    ("nl", "Premier Mark Rutte sprak dinsdag in Brussel met de NAVO over Oekraïne. Hij was o.a. in 's-Hertogenbosch."),
    ("en", "Prime Minister Boris Johnson met NATO officials in Brussels on Tuesday. He said 1,200 troops would go."),
]


@pytest.mark.parametrize(("lang", "text"), TEXTS)
def test_token_and_entity_offsets_are_exact(nlp_pipeline, lang: str, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = analyse(nlp_pipeline, text, lang)
    assert doc.tokens and doc.entities
    for tok in doc.tokens:
        assert doc.text[tok.start:tok.end] == tok.text
        assert 0 <= tok.head < len(doc.tokens)
    for ent in doc.entities:
        assert doc.text[ent.start:ent.end] == ent.text


@pytest.mark.parametrize(("lang", "text"), TEXTS)
def test_tokens_carry_tags_lemmas_and_dependencies(nlp_pipeline, lang: str, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = analyse(nlp_pipeline, text, lang)
    assert all(t.pos and t.lemma and t.dep for t in doc.tokens)
    roots = {t.sentence for t in doc.tokens if t.head == t.i}
    assert roots == {s.i for s in doc.sentences}


@pytest.mark.parametrize(("lang", "text"), TEXTS)
def test_token_sentence_indices_follow_kroniek_sentences(nlp_pipeline, lang: str, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = analyse(nlp_pipeline, text, lang)
    assert len(doc.sentences) == 2
    for tok in doc.tokens:
        s = doc.sentences[tok.sentence]
        assert s.start <= tok.start and tok.end <= s.end


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("nl", "Premier Mark Rutte sprak dinsdag in Brussel met de NAVO.", {("Mark Rutte", "PER"), ("Brussel", "LOC")}),
        ("nl", "De Verenigde Naties sturen hulp naar Syrië, zei Antonio Guterres.",
         {("Syrië", "LOC"), ("Antonio Guterres", "PER")}),
        ("nl", "Volgens de politie in Amsterdam werden drie mensen gearresteerd.", {("Amsterdam", "LOC")}),
        ("en", "Prime Minister Boris Johnson met officials in Brussels on Tuesday.",
         {("Boris Johnson", "PER"), ("Brussels", "LOC")}),
        ("en", "The United Nations sent aid to Syria, Antonio Guterres said.",
         {("Syria", "LOC"), ("Antonio Guterres", "PER")}),
        ("en", "Police in London arrested three people after the protest.", {("London", "LOC")}),
    ],
)
def test_finds_expected_entities(nlp_pipeline, lang: str, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    doc = analyse(nlp_pipeline, text, lang)
    assert expected <= {(e.text, e.label) for e in doc.entities}


@pytest.mark.parametrize(
    ("lang", "text", "tokens"),
    [
        ("nl", "Dat zei o.a. de burgemeester van 's-Hertogenbosch.", ["o.a.", "'s-Hertogenbosch"]),
        ("nl", "Er kwamen 261.000 mensen, 1,2 procent meer.", ["261.000", "1,2"]),
        ("nl", "Hij vloog naar Sint-Petersburg en 's avonds terug.", ["Sint-Petersburg", "'s"]),
        ("en", "Gen. Smith said 1,200 people in the U.S. had fled.", ["Gen.", "1,200", "U.S."]),
        # a typographic apostrophe inside a word keeps the word whole, as the ASCII one does
        ("nl", "Ze staken twee auto’s in brand.", ["auto’s"]),
        ("nl", "Er stonden zo’n tachtig jongeren, ‘boos’ en luid.", ["zo’n", "‘", "boos", "’"]),
        ("en", "The mayor’s office said it didn’t know.", ["mayor", "’s", "did", "n’t"]),
        # a word that is also an abbreviation ends its sentence ("hand." for "handelingen", "ME.")
        ("nl", "Het liep uit de hand. Daarna bekogelden jongeren de ME. Dat duurde lang.", ["hand", "ME", "."]),
    ],
)
def test_news_tokenization(nlp_pipeline, lang: str, text: str, tokens: list[str]) -> None:  # type: ignore[no-untyped-def]
    doc = analyse(nlp_pipeline, text, lang)
    got = [t.text for t in doc.tokens]
    assert all(t in got for t in tokens), got


@pytest.mark.parametrize(
    ("mentions", "expected"),
    [
        ([("Vladimir Poetin", "PER"), ("Poetin", "PER")], ["Vladimir Poetin", "Vladimir Poetin"]),
        ([("Biden", "PER"), ("Joe Biden", "PER")], ["Joe Biden", "Joe Biden"]),
        ([("Poetin", "PER"), ("Poetin", "LOC")], ["Poetin", "Poetin"]),
        ([("“NAVO”", "ORG"), ("Navo", "ORG")], ["NAVO", "Navo"]),
        ([("Den  Haag", "LOC")], ["Den Haag"]),
    ],
)
def test_canonical_names_within_document(mentions: list[tuple[str, str]], expected: list[str]) -> None:
    assert canonical_names(mentions) == expected


# --------------------------------------------------------------------------- long texts
LONG_TEXTS = {
    "nl": [
        "Duizenden boeren trokken dinsdag met trekkers naar Den Haag. Zij protesteerden tegen het stikstofbeleid.",
        "Volgens de politie waren er ongeveer 8000 demonstranten. De organisatoren spraken van 20.000 mensen.",
        "Minister Piet Adema zei in Utrecht dat hij met de boeren wil praten. Hij noemde het overleg nuttig.",
        "In Amsterdam werden drie mensen aangehouden. De burgemeester Femke Halsema riep op tot kalmte.",
        "Ook in Brussel gingen boeren de straat op. Daar sprak de Europese Commissie met hun vertegenwoordigers.",
    ],
    "en": [
        "Thousands of farmers drove their tractors to London on Tuesday. They protested against new taxes.",
        "Police said about 8,000 people took part. The organisers spoke of 20,000 demonstrators.",
        "Minister Steve Reed said in Manchester that he would meet the farmers. He called the talks useful.",
        "In Birmingham three people were arrested. Mayor Andy Street called for calm after the clashes.",
        "Farmers also marched in Brussels, where the European Commission met their representatives.",
    ],
}


def chunked_pipeline(lang: str, max_length: int):  # type: ignore[no-untyped-def]
    """The nlp pipeline with a model whose ``max_length`` is ``max_length`` characters."""
    from kroniek.registry import Services

    services = Services()
    model = load_model(lang, load_settings().with_(**{f"model_{lang}": str(shipped(lang))}))
    model.max_length = max_length
    services.put(f"spacy:{lang}", model)
    return build_pipeline(names=STAGES, services=services)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_text_longer_than_max_length_is_analysed_with_exact_offsets(lang: str) -> None:
    from kroniek.model import spans_of

    text = "\n\n".join(LONG_TEXTS[lang])
    doc = analyse(chunked_pipeline(lang, 250), text, lang)
    assert len(text) > 250 and doc.tokens and doc.entities
    for _, start, end, item in spans_of(doc):
        assert doc.text[start:end] == item
    assert [t.i for t in doc.tokens] == list(range(len(doc.tokens)))
    for tok in doc.tokens:
        s = doc.sentences[tok.sentence]
        assert s.start <= tok.start and tok.end <= s.end
        assert doc.tokens[tok.head].sentence == tok.sentence
    assert "".join(t.text for t in doc.tokens) == "".join(text.split())  # every character, once


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_pieces_give_the_sentences_and_entities_of_one_piece(nlp_pipeline, lang: str) -> None:  # type: ignore[no-untyped-def]
    text = "\n\n".join(LONG_TEXTS[lang])
    whole = analyse(nlp_pipeline, text, lang)
    pieces = analyse(chunked_pipeline(lang, 250), text, lang)
    assert pieces.sentences == whole.sentences
    assert [(e.text, e.start, e.label, e.canonical) for e in pieces.entities] == \
        [(e.text, e.start, e.label, e.canonical) for e in whole.entities]
    assert {t.sentence for t in pieces.tokens if t.head == t.i} == {s.i for s in whole.sentences}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_pieces_end_at_paragraph_breaks_and_stay_below_the_limit(lang: str) -> None:
    from kroniek.nlp import chunks
    from kroniek.segment import segment

    text = "\n\n".join(LONG_TEXTS[lang])
    sentences, paragraphs = segment(text, lang)
    doc = new_document(text, language=lang).replace(sentences=tuple(sentences), paragraphs=tuple(paragraphs))
    pieces = chunks(doc, 250)
    assert len(pieces) > 1
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(pieces, pieces[1:], strict=False))
    assert all(b - a <= 250 for a, b in pieces)
    assert {a for a, _ in pieces[1:]} <= {p[0] for p in paragraphs}


@pytest.mark.parametrize(("lang", "word"), [("nl", "demonstranten"), ("en", "protesters")])
def test_a_sentence_longer_than_the_limit_is_cut_between_words(lang: str, word: str) -> None:
    from kroniek.nlp import chunks
    from kroniek.segment import segment

    text = " ".join([word] * 100)  # one sentence of 1,300-1,400 characters
    sentences, paragraphs = segment(text, lang)
    doc = new_document(text, language=lang).replace(sentences=tuple(sentences), paragraphs=tuple(paragraphs))
    pieces = chunks(doc, 200)
    assert all(b - a <= 200 for a, b in pieces)
    assert all(text[a - 1] == " " for a, _ in pieces[1:])


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_text_shorter_than_max_length_is_one_piece(lang: str) -> None:
    from kroniek.nlp import chunks

    text = LONG_TEXTS[lang][0]
    assert chunks(new_document(text, language=lang), len(text)) == [(0, len(text))]


# --------------------------------------------------------------------------- name-list features
NAME_LIST_CASES = [
    ("nl", "Jan Peeters woont in Ukkel .", {"Jan": 1, "Peeters": 2, "Ukkel": 4}),
    ("nl", "De burgemeester van Den Haag sprak .", {"Haag": 8}),
    ("en", "Mary Smith flew to Assam yesterday .", {"Mary": 1, "Smith": 2, "Assam": 20}),
    ("en", "The mayor of New York spoke .", {"New": 8, "York": 12}),
]


@pytest.mark.parametrize(("lang", "text", "table"), NAME_LIST_CASES)
def test_name_list_bits_are_the_last_feature_column(lang: str, text: str, table: dict[str, int]) -> None:
    import spacy
    from spacy.tokens import Doc

    from kroniek.nlp.namelists import TABLE, name_list_features

    nlp = spacy.blank(lang)
    nlp.vocab.lookups.add_table(TABLE, table)
    doc = Doc(nlp.vocab, words=text.split())
    (features,), _ = name_list_features(["NORM", "SHAPE"])([doc], is_train=False)
    assert features[:, -1].tolist() == [table.get(t.text, 0) for t in doc]
    assert (features[:, :2] == doc.to_array(["NORM", "SHAPE"]).astype("uint64")).all()


@pytest.mark.parametrize(("lang", "text", "table"), [
    ("nl", "Jan Peeters woont in Ukkel .", {"jan": 1, "peeters": 2, "ukkel": 4}),
    ("en", "Mary Smith flew to Assam yesterday .", {"mary": 1, "smith": 2, "assam": 20}),
])
@pytest.mark.parametrize("case", ["cased", "lower", "upper"])
def test_lower_keyed_name_lists_give_the_same_bits_in_every_case(lang: str, text: str, table: dict[str, int],
                                                                  case: str) -> None:
    import spacy
    from spacy.tokens import Doc

    from kroniek.nlp.casing import recase
    from kroniek.nlp.namelists import TABLE, name_list_features

    nlp = spacy.blank(lang)
    nlp.vocab.lookups.add_table(TABLE, table)
    doc = Doc(nlp.vocab, words=recase(text, case).split())  # type: ignore[arg-type]
    (features,), _ = name_list_features(["NORM"], key="lower")([doc], is_train=False)
    assert features[:, -1].tolist() == [table.get(w.lower(), 0) for w in text.split()]


def test_name_list_features_reject_an_unknown_key() -> None:
    from kroniek.nlp.namelists import name_list_features

    with pytest.raises(ValueError, match="norm"):
        name_list_features(["NORM"], key="norm")


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_without_name_lists_every_token_gets_zero(lang: str) -> None:
    import spacy

    from kroniek.nlp.namelists import name_list_features

    doc = spacy.blank(lang)("Amsterdam en Parijs")
    (features,), _ = name_list_features(["NORM"])([doc], is_train=False)
    assert features[:, -1].tolist() == [0, 0, 0]


@pytest.mark.parametrize("version", ["v1", "v2"])
def test_name_list_embed_gives_one_vector_per_token(version: str) -> None:
    import spacy

    from kroniek.nlp.namelists import TABLE

    nlp = spacy.blank("nl")
    nlp.vocab.lookups.add_table(TABLE, {"Utrecht": 4, "utrecht": 4})
    docs = [nlp("Zij woont in Utrecht ."), nlp("Hallo")]
    model = spacy.registry.architectures.get(f"kroniek.NameListEmbed.{version}")(width=8, attrs=["NORM", "PREFIX", "SUFFIX", "SHAPE"], rows=[50, 20, 20, 10], list_rows=8)
    model.initialize(X=docs)
    assert [y.shape for y in model.predict(docs)] == [(5, 8), (1, 8)]


def test_shipped_dutch_model_carries_its_name_lists() -> None:
    from kroniek.nlp.namelists import PLACE, TABLE

    nlp = load_model("nl", load_settings().with_(model_nl=str(shipped("nl"))))
    assert nlp.vocab.lookups.has_table(TABLE)
    table = nlp.vocab.lookups.get_table(TABLE)
    assert len(table) > 100_000
    (layer,) = [node for node in nlp.get_pipe("ner").model.walk() if node.name == "extract_features_with_name_lists"]
    assert table.get("Rotterdam" if layer.attrs["key"] == "orth" else "rotterdam", 0) & PLACE


def test_plain_spacy_load_finds_the_name_list_layer_through_its_entry_point() -> None:
    """A user who only has kroniek installed can `spacy.load` the shipped path without importing kroniek."""
    import subprocess
    import sys

    code = "import spacy, sys; nlp = spacy.load(sys.argv[1]); print([e.label_ for e in nlp('Jan Peeters woont in Gent.').ents])"
    run = subprocess.run([sys.executable, "-c", code, str(shipped("nl"))], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "PER" in run.stdout


# --------------------------------------------------------------------------- readers and eval
NER_SNIPPETS = {
    "nl": "-DOCSTART- -DOCSTART- O\nMark Misc B-PER\nRutte Misc I-PER\nbezocht V O\nBrussel N B-LOC\n. Punc O\n\n"
          "De Art O\nNAVO N B-ORG\nvergaderde V O\n. Punc O\n",
    "en": "-DOCSTART- -X- -X- O\n\nBoris NNP B-NP B-PER\nJohnson NNP I-NP I-PER\nvisited VBD B-VP O\n"
          "Brussels NNP B-NP B-LOC\n. . O O\n\nNATO NNP B-NP B-ORG\nmet VBD B-VP O\n. . O O\n",
}
UD_SNIPPETS = {
    "nl": "# sent_id = 1\n# text = Rutte bezocht Brussel.\n"
          "1\tRutte\tRutte\tPROPN\tSPEC|deeleigen\t_\t2\tnsubj\t_\t_\n"
          "2\tbezocht\tbezoeken\tVERB\tWW|pv|verl|ev\t_\t0\troot\t_\t_\n"
          "3\tBrussel\tBrussel\tPROPN\tSPEC|deeleigen\t_\t2\tobj\t_\tSpaceAfter=No\n"
          "4\t.\t.\tPUNCT\tLET\t_\t2\tpunct\t_\t_\n\n",
    "en": "# sent_id = 1\n# text = Johnson visited Brussels.\n"
          "1\tJohnson\tJohnson\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
          "2\tvisited\tvisit\tVERB\tVBD\t_\t0\troot\t_\t_\n"
          "3\tBrussels\tBrussels\tPROPN\tNNP\t_\t2\tobj\t_\tSpaceAfter=No\n"
          "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n",
}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_conll_reader_treats_docstart_as_boundary(lang: str, tmp_path: Path) -> None:
    path = tmp_path / "x.conll"
    path.write_text(NER_SNIPPETS[lang], encoding="utf-8")
    sents = list(read_conll_ner(path))
    assert [len(s.words) for s in sents] == ([5, 4] if lang == "nl" else [5, 3])
    assert spans(sents[0].tags)[0] == (0, 2, "PER")
    assert all("-DOCSTART-" not in s.words for s in sents)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_conllu_reader_reads_words_and_heads(lang: str, tmp_path: Path) -> None:
    path = tmp_path / "x.conllu"
    path.write_text(UD_SNIPPETS[lang], encoding="utf-8")
    (sent,) = read_conllu(path)
    assert [w.head for w in sent.words] == [2, 0, 2, 2]
    assert sent.words[2].space_after is False


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_eval_ner_command_prints_scores(lang: str, tmp_path: Path) -> None:
    from kroniek.cli import app

    shipped(lang)
    path = tmp_path / "x.conll"
    path.write_text(NER_SNIPPETS[lang], encoding="utf-8")
    out = tmp_path / "scores.json"
    result = CliRunner().invoke(app, ["eval", "ner", "--lang", lang, str(path), "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert "micro" in result.output and "PER" in result.output
    assert out.is_file()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_eval_ud_command_prints_scores(lang: str, tmp_path: Path) -> None:
    from kroniek.cli import app

    shipped(lang)
    path = tmp_path / "x.conllu"
    path.write_text(UD_SNIPPETS[lang], encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "ud", "--lang", lang, str(path)])
    assert result.exit_code == 0, result.output
    assert "uas" in result.output and "las" in result.output and "upos" in result.output


def test_eval_ner_on_missing_file_is_an_input_error(tmp_path: Path) -> None:
    from kroniek.cli import app

    shipped("nl")
    result = CliRunner().invoke(app, ["eval", "ner", "--lang", "nl", str(tmp_path / "absent.conll")])
    assert result.exit_code != 0


@pytest.mark.slow
def test_train_recipe_smoke_run_builds_a_loadable_pipeline(tmp_path: Path) -> None:
    """`kroniek train nl` end to end with two steps per component (about a minute)."""
    import subprocess
    import sys

    import spacy

    data = shared_path("data")
    dest = tmp_path / "model"
    run = subprocess.run([sys.executable, str(ROOT / "training" / "train.py"), "nl", "--data", str(data),
                          "--work", str(tmp_path), "--dest", str(dest), "--syntax-steps", "2", "--ner-steps", "2"],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr[-2000:]
    nlp = spacy.load(dest)
    assert {"parser", "ner"} <= set(nlp.pipe_names)
    assert len(nlp.vocab.lookups.get_table("kroniek_name_lists")) > 100_000  # carried over by assemble
    assert [t.text for t in nlp("Zij woont in 's-Hertogenbosch.")][3] == "'s-Hertogenbosch"


def test_a_language_without_a_model_gets_a_blank_tokenizer_of_its_spacy_code(tmp_path: Path) -> None:
    from kroniek.lang import Language, register_language, unregister_language

    register_language(Language(code="xa", name="Test Afrikaans", data=tmp_path, spacy_code="af"))
    try:
        nlp = load_model("xa", load_settings())
    finally:
        unregister_language("xa")
    assert nlp.lang == "af" and nlp.pipe_names == []


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Toen de mars was afgelopen, bekogelde een groep jongeren de ME met stenen en vuurwerk."),
    ("en", "After the march had ended, a group of youths pelted the riot police with stones and fireworks."),
])
def test_all_caps_text_is_tagged_and_parsed_as_its_lower_case(nlp_pipeline, lang: str, text: str) -> None:  # type: ignore[no-untyped-def]
    """An ALL-CAPS wire gets the tags and parse of the same words in lower case, and keeps its own capitals."""
    upper, lower = analyse(nlp_pipeline, text.upper(), lang), analyse(nlp_pipeline, text.lower(), lang)
    assert [(t.pos, t.dep, t.head) for t in upper.tokens] == [(t.pos, t.dep, t.head) for t in lower.tokens]
    assert all(t.text == upper.text[t.start:t.end] and t.text.isupper() for t in upper.tokens if t.text.isalpha())


@pytest.mark.parametrize(("lang", "text", "word"), [
    ("en", "The alliance held a sit-in. Sit-ins followed in Lahore.", "sit-in"),
    ("en", "Dockers staged a walk-out on Monday.", "walk-out"),
    ("nl", "De studenten hielden een sit-in in de aula.", "sit-in"),
    ("nl", "De directie kondigde een lock-out af.", "lock-out"),
])
def test_a_hyphenated_protest_word_stays_one_token(nlp_pipeline, lang, text, word):  # type: ignore[no-untyped-def]
    doc = nlp_pipeline(new_document(text, language=lang))
    assert word in [t.text for t in doc.tokens], [t.text for t in doc.tokens]
    assert all(doc.text[t.start:t.end] == t.text for t in doc.tokens)
