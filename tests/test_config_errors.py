"""Config errors a marketer understands: each broken config with its exact one-line message.

Every message names the source by position (1-based) and name, says what is wrong in words (no
regex, no "discriminator", no character counts) and suggests the closest valid key, type or language.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pydantic import BaseModel, Field, ValidationError, field_validator

from monitor.config import ConfigError, load_config
from monitor.config_errors import closest, explain
from tests.test_config import DELETE, with_change, write

LANGS = 'use a two-letter code: nl (Dutch), nb (Norwegian Bokmål), nn (Norwegian Nynorsk), no (Norwegian), da (Danish), sv (Swedish), en (English), de (German), fr (French), es (Spanish)'
TYPES = 'appstore, bluesky, feed, googleplay, hackernews, mastodon, news, reddit'
JARGON = re.compile(r"\^|\$|\\w|discriminator|at most \d+ characters|string_|Input should|pattern|sources\[")

CASES = [
    ('sources[0].language', 'xx',
     'source 1 "a": `language`: `xx` is not a language code; ' + LANGS),
    ('sources[0].language', 'Noors',
     'source 1 "a": `language`: `Noors` is not a language code, did you mean `no` (Norwegian)? ' + LANGS),
    ('sources', ['feed'],
     'source 1: expected keys on the indented lines below it (such as `name:`), not `feed`'),
    ('sources[0].url', None,
     'source 1 "a": `url` is empty; fill it in: http(s) URL, file:// URL or a path relative to config.yaml'),
    ('sources[0]', {'type': 'reddit', 'querry': 'x'},
     'source 1: unknown key `querry`, did you mean `query`?'),
    ('notify', {'email': {'host': 'h', 'sender': 'a@b.nl', 'recipients': ['a@b.nl'], 'port': 'abc'}},
     'notify.email: `port` `abc` is not a whole number'),
    ('sources[0].shift_dates_from', 'gisteren',
     'source 1 "a": `shift_dates_from` `gisteren` is not a date; write YYYY-MM-DD'),
    ('sources[1].url', 'ftp://example.org/x',
     'source 2 "b": `url`: expected an http(s) URL, a file:// URL or a local path'),
    ('sources[1].url', DELETE,
     'source 2 "b": `url` is missing; add it: http(s) URL, file:// URL or a path relative to config.yaml'),
    ('sources[1].urll', 'https://example.org/b.xml',
     'source 2 "b": unknown key `urll`, did you mean `url`?'),
    ('sources[0].type', 'carrier-pigeon',
     'source 1 "a": unknown source type `carrier-pigeon`; valid types: ' + TYPES),
    ('sources[0].type', 'rss',
     'source 1 "a": unknown source type `rss`, did you mean `feed`? (valid types: ' + TYPES + ')'),
    ('sources[0].type', 'fed',
     'source 1 "a": unknown source type `fed`, did you mean `feed`? (valid types: ' + TYPES + ')'),
    ('sources[0].type', DELETE,
     'source 1 "a": `type` is missing; say which kind of source this is (valid types: ' + TYPES + ')'),
    ('sources[1].brand', 'Nobody',
     'source 2 "b": `brand`: no brand is called `Nobody`; brands: Trapkracht, Velora'),
    ('sources[1].brand', 'Velro',
     'source 2 "b": `brand`: no brand is called `Velro`; did you mean `Velora`? brands: Trapkracht, Velora'),
    ('sources[1].name', 'a',
     'source 2 "a": `name`: another source is already called `a`; give each source its own name'),
    ('sources[1].name', 'mijn blog!',
     'source 2 "mijn blog!": name `mijn blog!` has characters a name cannot have; use only letters, digits, dots, dashes and underscores, no spaces; for example `mijn-blog`'),
    ('sources[0].language', False,
     'source 1 "a": `language`: write "no" in quotes: YAML reads a bare no as false'),
    ('sources[0].language', 'dutch',
     'source 1 "a": `language`: `dutch` is not a language code, did you mean `nl` (Dutch)? ' + LANGS),
    ('sources[0].language', 'norsk',
     'source 1 "a": `language`: `norsk` is not a language code, did you mean `no` (Norwegian)? ' + LANGS),
    ('sources[0].language', 'nederlands',
     'source 1 "a": `language`: `nederlands` is not a language code, did you mean `nl` (Dutch)? ' + LANGS),
    ('sources[0].intervall', '5m',
     'source 1 "a": unknown key `intervall`, did you mean `interval`?'),
    ('sources[0].enabled', 'maybe',
     'source 1 "a": `enabled` `maybe` is not yes or no; write true or false'),
    ('brands[0].own', False,
     '`brands`: exactly one brand needs `own: true`, the brand you work for (found 0)'),
    ('brands[0].alias', ['x'],
     'brand 1 "Trapkracht": unknown key `alias`, did you mean `aliases`?'),
    ('brands[1].name', '',
     'brand 2: `name` is empty; fill it in: display name, e.g. Trapkracht'),
    ('storage.url', 5,
     'storage: `url` `5` should be text; put it in quotes'),
    ('http.read_timeout', -1,
     'http: `read_timeout` must be more than 0 (it is -1)'),
    ('http.retries', 12,
     'http: `retries` must be at most 10 (it is 12)'),
    ('surprise', {'x': 1},
     'unknown key `surprise`; valid keys here: alerts, analytics, brands, dashboard, http, model, notify, queue, retention_days, sources, storage, topics'),
    ('sorces', [],
     'unknown key `sorces`, did you mean `sources`?'),
    ('model.sentiment', 'bert',
     'model: `sentiment` `bert` is not in the expected form; expected: `embedded` (offline default), `embedded:<head file>` or `hf:<model id or local path>`'),
    ('model.languages', ['nl', 'xx'],
     'model: `languages`: `xx` is not a language code; ' + LANGS),
    ('model.languages', ['nl', 'dutch'],
     'model: `languages`: `dutch` is not a language code, did you mean `nl` (Dutch)? ' + LANGS),
    ('model.precision', 'fp16',
     'model: `precision` `fp16` is not one of the choices, did you mean `bf16`? choose auto, fp32 or bf16'),
    ('model.batch_size', 0,
     'model: `batch_size` must be at least 1 (it is 0)'),
    ('analytics.timezone', 'Amsterdam',
     'analytics: `timezone`: unknown time zone `Amsterdam`; did you mean `Europe/Amsterdam`? use a name such as Europe/Amsterdam or Europe/Oslo'),
    ('topics', [{'name': 'levering'}],
     'topic 1 "levering": `description` is missing; add it: one line saying what the topic covers'),
    ('sources', 'feed',
     '`sources` should be a list, one entry per line starting with `- `'),
    ('sources[0]', {'name': 'a', 'type': 'appstore', 'country': 'nl'},
     'source 1 "a": `app_id` is missing; add it: the number in the App Store link (…/id1234567890)'),
    ('sources[0]', {'name': 'a', 'type': 'appstore', 'app_id': 'abc', 'country': 'nl'},
     'source 1 "a": `app_id` `abc` is not in the expected form; expected: the number in the App Store link (…/id1234567890)'),
    ('sources[0]', {'name': 'a', 'type': 'appstore', 'app_id': 1, 'country': 'nld'},
     'source 1 "a": `country` `nld` is not in the expected form; expected: two-letter country code, e.g. nl, no'),
    ('sources[0]', {'name': 'a', 'type': 'googleplay', 'package': 'trapkracht', 'lang': 'nl', 'country': 'nl'},
     'source 1 "a": `package` `trapkracht` is not in the expected form; expected: package name, e.g. nl.trapkracht.app'),
    ('sources[0]', {'name': 'a', 'type': 'news', 'query': 'x', 'lang': 'nl'},
     'source 1 "a": `country` is missing; add it: two-letter country code, e.g. nl, no'),
    ('sources[0]', {'name': 'a', 'type': 'news', 'query': 'x', 'lang': 'dutch', 'country': 'nl'},
     'source 1 "a": `lang`: `dutch` is not a language code, did you mean `nl` (Dutch)? ' + LANGS),
    ('sources[0]', {'name': 'a', 'type': 'reddit', 'query': 'x', 'subreddit': 'fietsen'},
     'source 1 "a": give exactly one of `query` or `subreddit`'),
    ('sources[0]', {'name': 'a', 'type': 'reddit'},
     'source 1 "a": give exactly one of `query` or `subreddit`'),
    ('sources[0]', {'name': 'a', 'type': 'mastodon', 'instance': 'https://m.social', 'hashtag': 'x'},
     'source 1 "a": `instance` `https://m.social` is not in the expected form; expected: host name, e.g. mastodon.social'),
    ('sources[0]', {'name': 'a', 'type': 'mastodon', 'instance': 'm.social', 'hashtag': 'x', 'token_env': 'my token'},
     'source 1 "a": `token_env` `my token` is not in the expected form; expected: env variable holding an access token'),
    ('sources[0]', {'name': 'a', 'type': 'bluesky', 'query': 'x', 'base_url': 'ftp://x'},
     'source 1 "a": `base_url`: expected an http(s) URL such as https://example.org'),
    ('sources[0]', {'name': 'a', 'type': 'hackernews', 'query': 'x', 'backfill_days': 0},
     'source 1 "a": `backfill_days` must be at least 1 (it is 0)'),
    ('sources[0]', {'name': 'a', 'type': 'hackernews', 'query': 'x', 'token': 'abc'},
     'source 1 "a": unknown key `token`; valid keys here: backfill_days, backfill_max, base_url, brand, enabled, interval, language, max_items, max_pages, name, overlap, query, type'),
    ('sources[0]', {'name': 'a', 'type': 'feed', 'url': 'x', 'backfill_days': 3},
     'source 1 "a": unknown key `backfill_days`; valid keys here: brand, enabled, interval, language, name, shift_dates_from, type, url'),
    ('sources[0]', {'type': 'feed', 'url': 'x'},
     'source 1: `name` is missing; add it: unique name, letters, digits, . _ -'),
    ('http.min_interval', {'redit': 6},
     'http: `min_interval`: unknown source type `redit`, did you mean `reddit`? valid types: ' + TYPES),
    ('retention_days', 'forever',
     '`retention_days` `forever` is not a whole number'),
]


@pytest.mark.parametrize(("path", "value", "expected"), CASES)
def test_broken_config_has_its_exact_message(tmp_path: Path, path: str, value: object, expected: str) -> None:
    file = write(tmp_path, with_change(path, value))
    with pytest.raises(ConfigError) as info:
        load_config(file)
    assert str(info.value) == f"{file}: {expected}"


@pytest.mark.parametrize(("path", "value", "expected"), CASES)
def test_no_message_speaks_jargon(tmp_path: Path, path: str, value: object, expected: str) -> None:
    assert "\n" not in expected
    assert not JARGON.search(expected), expected


@pytest.mark.parametrize(("given", "stored"), [("nl", "nl"), ("NL", "nl"), ("fi", "fi"), ("no", "no")])
def test_a_known_language_code_is_accepted_in_any_case(tmp_path: Path, given: str, stored: str) -> None:
    assert load_config(write(tmp_path, with_change("sources[0].language", given))).sources[0].language == stored


def test_the_table_covers_at_least_twenty_configs() -> None:
    assert len(CASES) >= 20


@pytest.mark.parametrize(("word", "choices", "meant"), [
    ("urll", ["url", "name", "type"], "url"),
    ("Intervall", ["interval", "enabled"], "interval"),
    ("zzz", ["url", "name"], None),
])
def test_closest(word: str, choices: list[str], meant: str | None) -> None:
    assert closest(word, choices) == meant


class _Custom(BaseModel):
    every: str

    @field_validator("every")
    @classmethod
    def _words(cls, value: str) -> str:
        if value.isdigit():
            raise ValueError(f"`{value}` needs a unit, such as 15m")
        return value


class _Root(BaseModel):
    sources: list[_Custom] = Field(default_factory=list)


def test_a_field_validator_message_is_passed_on_with_its_place() -> None:
    """Another field's own validator (the interval's, say) keeps its words; only the place is added."""
    data = {"sources": [{"every": "ok"}, {"every": "15"}]}
    with pytest.raises(ValidationError) as info:
        _Root.model_validate(data)
    assert explain("c.yaml", data, info.value, _Root) == "c.yaml: source 2: `every`: `15` needs a unit, such as 15m"
