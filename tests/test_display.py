"""How codes and figures read: plurals, language names, topic strength levels."""

from __future__ import annotations

import pytest

from monitor.display import (
    language_label,
    language_name,
    mention_count,
    mentions_match,
    plural,
    topic_strength,
    topic_strength_help,
)


@pytest.mark.parametrize(("n", "text"), [(0, "0 mentions"), (1, "1 mention"), (2, "2 mentions"), (1204, "1,204 mentions")])
def test_mention_count(n: int, text: str) -> None:
    assert mention_count(n) == text


def test_plural_with_an_irregular_form_and_the_verb() -> None:
    assert plural(1, "reply", "replies") == "1 reply" and plural(3, "reply", "replies") == "3 replies"
    assert mentions_match(1) == "1 mention matches" and mentions_match(5) == "5 mentions match"


@pytest.mark.parametrize(("code", "name"), [
    ("nl", "Dutch"), ("nb", "Norwegian Bokmål"), ("nn", "Norwegian Nynorsk"), ("no", "Norwegian"), ("da", "Danish"),
    ("sv", "Swedish"), ("de", "German"), ("en", "English"), ("NL", "Dutch"), ("en-GB", "English"),
    ("und", "unknown"), (None, "unknown"), ("zz", "zz"),
])
def test_language_names(code: str | None, name: str) -> None:
    assert language_name(code) == name


def test_a_picker_label_keeps_the_code() -> None:
    assert language_label("nb") == "Norwegian Bokmål (nb)"


@pytest.mark.parametrize(("z", "level"), [(2.1, "slight"), (3.0, "clear"), (3.9, "clear"), (4.0, "strong"), (4.189, "strong"),
                                          (1.5, "not about it")])
def test_topic_strength_is_a_plain_level(z: float, level: str) -> None:
    assert topic_strength(z) == level


def test_the_threshold_moves_the_levels_and_the_number_is_in_the_hover() -> None:
    assert topic_strength(4.189, threshold=3.0) == "clear"
    assert topic_strength_help(4.189).startswith("4.2 standard deviations above")
    assert "similarity" not in topic_strength_help(4.189)
