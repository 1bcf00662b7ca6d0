from __future__ import annotations

import pytest

from models.sentences import MAX_SENTENCES, sentence_spans, split_sentences


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("", []),
        ("Top!", ["Top!"]),
        ("De fiets is echt top. Maar de levering duurde drie weken!",
         ["De fiets is echt top.", "Maar de levering duurde drie weken!"]),
        ("Sykkelen er supert bra\nKundeservice svarte aldri på e-post", ["Sykkelen er supert bra", "Kundeservice svarte aldri på e-post"]),
        ("Great bike overall. Meh. Delivery took far too long though.",
         ["Great bike overall. Meh.", "Delivery took far too long though."]),
        ("Was it worth it? Absolutely, I would buy again…  Five stars from me",
         ["Was it worth it?", "Absolutely, I would buy again…", "Five stars from me"]),
    ],
)
def test_split(text: str, sentences: list[str]) -> None:
    assert split_sentences(text) == sentences


def test_spans_point_into_the_text() -> None:
    text = "  Eerste zin is hier.   Tweede zin staat daar.  "
    assert [text[a:b] for a, b in sentence_spans(text)] == ["Eerste zin is hier.", "Tweede zin staat daar."]


def test_an_essay_is_capped() -> None:
    text = " ".join(f"Dit is zin nummer {i} van het verhaal." for i in range(100))
    spans = sentence_spans(text)
    assert len(spans) == MAX_SENTENCES and spans[-1][1] == len(text)
