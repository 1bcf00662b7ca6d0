"""Config problems in words a marketer understands: where (the source by its name and 1-based
position), what is wrong, and the closest valid key, type or language for a misspelling.

Pydantic reports a place as a tuple (``('sources', 6, 'feed', 'urll')``) and a problem as an error
type with context (a regex, a discriminator, a length). This module turns both into one line; the
valid keys, types and descriptions are read from the config models themselves, so a new key or
source kind needs no change here.
"""

from __future__ import annotations

import difflib
import re
import types
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError

from monitor.display import language_name

# The languages offered when a language is wrong: the detector's defaults, plus `no` for either Norwegian.
SUGGESTED_LANGUAGES = ("nl", "nb", "nn", "no", "da", "sv", "en", "de", "fr", "es")
# Words people write for a source kind that is called otherwise here.
TYPE_ALIASES = {"rss": "feed", "atom": "feed", "jsonfeed": "feed", "podcast": "feed", "blog": "feed",
                "app_store": "appstore", "itunes": "appstore", "ios": "appstore", "google_play": "googleplay",
                "android": "googleplay", "play": "googleplay", "google_news": "news", "hn": "hackernews",
                "bsky": "bluesky", "twitter": None, "x": None, "facebook": None, "instagram": None}
_LANGUAGE_KEYS = ("language", "lang")
_PATH_PREFIX = re.compile(r"^([A-Za-z_][\w.\[\]]*): (.+)$", re.S)
_PATH_PART = re.compile(r"([A-Za-z_]\w*)|\[(\d+)\]")
# Errors are ranked: an unknown key explains a "missing" one (`urll` for `url`), so it is named first.
_RANK = {"extra_forbidden": 0, "union_tag_invalid": 1, "union_tag_not_found": 1}


def _code(text: Any) -> str:
    return f"`{text}`"


def _listing(values: Sequence[str]) -> str:
    return ", ".join(values)


def closest(word: str, choices: Sequence[str]) -> str | None:
    """The valid choice a misspelling most likely meant (difflib), or None when nothing is close."""
    folded = {c.lower(): c for c in choices}
    found = difflib.get_close_matches(str(word).lower(), list(folded), n=1, cutoff=0.6)
    return folded[found[0]] if found else None


# ---------------------------------------------------------------- the models behind a place

def _unwrap(annotation: Any) -> list[Any]:
    """The types a field may hold: Optional, unions and Annotated taken apart."""
    origin = get_origin(annotation)
    if origin is Annotated:
        return _unwrap(get_args(annotation)[0])
    if origin in (Union, types.UnionType):
        return [t for arg in get_args(annotation) for t in _unwrap(arg) if t is not type(None)]
    return [annotation]


def _is_model(value: Any) -> bool:
    return isinstance(value, type) and issubclass(value, BaseModel)


def _type_tag(model: Any) -> str | None:
    field = model.model_fields.get("type") if _is_model(model) else None
    if field is not None and get_origin(field.annotation) is Literal:
        return str(get_args(field.annotation)[0])
    return None


def _step(candidates: list[Any], part: Any) -> list[Any]:
    """The types below `part` (a key, a list index or a source kind's tag)."""
    found: list[Any] = []
    for typ in candidates:
        origin = get_origin(typ)
        if _is_model(typ) and isinstance(part, str) and part in typ.model_fields:
            found += _unwrap(typ.model_fields[part].annotation)
        elif origin in (list, tuple) and isinstance(part, int):
            found += [t for arg in get_args(typ) if arg is not Ellipsis for t in _unwrap(arg)]
        elif origin is dict and isinstance(part, str):
            found += _unwrap(get_args(typ)[1])
    if not found and isinstance(part, str):  # a union tag such as 'feed' picks that kind's model
        found = [t for t in candidates if _type_tag(t) == part]
    return found


def _models_at(root: type[BaseModel], loc: Sequence[Any]) -> list[Any]:
    candidates: list[Any] = [root]
    for part in loc:
        nxt = _step(candidates, part)
        if nxt:
            candidates = nxt
    return candidates


def _keys_of(candidates: list[Any]) -> list[str]:
    return sorted({k for t in candidates if _is_model(t) for k, f in t.model_fields.items() if not f.exclude})


def _field(candidates: list[Any], key: Any) -> Any:
    return next((t.model_fields[key] for t in candidates if _is_model(t) and key in t.model_fields), None)


def source_types(root: type[BaseModel]) -> list[str]:
    return sorted({tag for t in _models_at(root, ("sources", 0)) if (tag := _type_tag(t))})


# ---------------------------------------------------------------- the place, in words

def _strip_tags(root: type[BaseModel], loc: Sequence[Any]) -> list[Any]:
    """Drop pydantic's union tags ('feed', 'function-after[...]') from a place."""
    kept: list[Any] = []
    for part in loc:
        if isinstance(part, str) and ("[" in part or part in source_types(root)) and kept and isinstance(kept[-1], int):
            continue
        kept.append(part)
    return kept


def _item_name(data: Any, section: str, index: int) -> str | None:
    try:
        name = data[section][index].get("name")
    except (KeyError, IndexError, TypeError, AttributeError):
        return None
    return str(name) if isinstance(name, (str, int, float)) and str(name).strip() else None


def place(data: Any, loc: Sequence[Any]) -> tuple[str, list[Any]]:
    """('sources', 6, 'url') -> ('source 7 "blog"', ['url']): who, by 1-based position and name, and
    the keys left below it."""
    parts = list(loc)
    if len(parts) >= 2 and parts[0] in ("sources", "brands", "topics") and isinstance(parts[1], int):
        noun = parts[0].removesuffix("s")
        name = _item_name(data, parts[0], parts[1])
        who = f"{noun} {parts[1] + 1}" + (f' "{name}"' if name else "")
        return who, parts[2:]
    if len(parts) > 1:
        section = ".".join(str(p) if isinstance(p, str) else f"[{p + 1}]" for p in parts[:-1]).replace(".[", "[")
        return section, parts[-1:]
    return "", parts


# ---------------------------------------------------------------- the problem, in words

@lru_cache(maxsize=1)
def _language_names() -> dict[str, str]:
    """Names people write for a language, in English and in the language itself, to its code."""
    from babel import Locale

    names = {}
    for code in SUGGESTED_LANGUAGES:
        names[language_name(code).lower()] = code
        names.setdefault(Locale.parse(code).get_display_name().lower(), code)
    return names


def known_language(code: str) -> bool:
    """A language code CLDR has a name for (two or three letters), or `no` for either Norwegian."""
    if code in SUGGESTED_LANGUAGES:
        return True
    return bool(re.fullmatch(r"[a-z]{2,3}", code)) and language_name(code) != code


def language_problem(value: Any) -> str:
    """Why a language is wrong and which code was meant ('dutch' -> nl)."""
    text = str(value).strip()
    low, by_name = text.lower(), _language_names()
    meant = by_name.get(low) or next((c for n, c in by_name.items() if low and n.startswith(low)), None)
    if meant is None:
        meant = closest(low, SUGGESTED_LANGUAGES) if len(low) <= 3 else by_name.get(closest(low, list(by_name)) or "")
    valid = _listing([f"{c} ({language_name(c)})" for c in SUGGESTED_LANGUAGES])
    guess = f", did you mean {_code(meant)} ({language_name(meant)})?" if meant else ";"
    return f"{_code(text)} is not a language code{guess} use a two-letter code: {valid}"


def _name_hint(key: str, value: Any) -> str:
    fixed = re.sub(r"[^\w.\-]+", "-", str(value)).strip("-")
    example = f"; for example {_code(fixed)}" if fixed else ""
    return (f"{key} {_code(value)} has characters a name cannot have; use only letters, digits, dots, dashes and "
            f"underscores, no spaces{example}")


def _description(field: Any) -> str:
    """A field's description as part of a sentence ('Unique name, ...' -> 'unique name, ...')."""
    text = getattr(field, "description", None) or ""
    return text[0].lower() + text[1:] if text[1:2].islower() else text


def _describe(field: Any) -> str:
    return f"; expected: {_description(field)}" if _description(field) else ""


def _number(value: Any) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def _explain(err: dict[str, Any], key: Any, candidates: list[Any], parent: list[Any], root: type[BaseModel]) -> str:
    kind, ctx, value = err["type"], err.get("ctx") or {}, err.get("input")
    field = _field(parent, key)
    name = _code(key) if key is not None else "this"
    if kind == "extra_forbidden":
        keys = _keys_of(parent)
        meant = closest(str(key), keys)
        return (f"unknown key {name}, did you mean {_code(meant)}?" if meant
                else f"unknown key {name}; valid keys here: {_listing(keys)}")
    if kind == "missing":
        return f"{name} is missing; add it" + (f": {_description(field)}" if _description(field) else "")
    if kind in ("union_tag_invalid", "union_tag_not_found"):
        return _type_problem(ctx.get("tag"), source_types(root))
    if key in _LANGUAGE_KEYS and kind in ("string_too_long", "string_too_short", "string_pattern_mismatch"):
        return f"{_code(key)}: {language_problem(value)}"
    if key == "name" and kind == "string_pattern_mismatch":
        return _name_hint("name", value)
    if value is None and kind.endswith("_type"):  # `url:` with nothing after it
        return f"{name} is empty; fill it in" + (f": {_description(field)}" if _description(field) else "")
    if key is None and kind in ("model_type", "model_attributes_type", "dict_type"):
        return f"expected keys on the indented lines below it (such as `name:`), not {_code(value)}"
    return _GENERIC.get(kind, _fallback)(name, value, ctx, field)


def _type_problem(tag: Any, valid: list[str]) -> str:
    listing = f"valid types: {_listing(valid)}"
    if tag is None:
        return f"`type` is missing; say which kind of source this is ({listing})"
    alias = TYPE_ALIASES.get(str(tag).lower(), "")
    if alias is None:
        return f"{_code(tag)} is not a source type repwatch can read; {listing}"
    meant = alias or closest(str(tag), valid)
    return (f"unknown source type {_code(tag)}, did you mean {_code(meant)}? ({listing})" if meant
            else f"unknown source type {_code(tag)}; {listing}")


def _fallback(name: str, value: Any, ctx: dict[str, Any], field: Any) -> str:
    return f"{name} {_code(value)} is not valid here{_describe(field)}"


def _value_error(name: str, value: Any, ctx: dict[str, Any], field: Any) -> str:
    message = str(ctx.get("error") or "").removeprefix("Value error, ")
    if not message:
        return _fallback(name, value, ctx, field)
    return message if name == "this" else f"{name}: {message}"


def _literal(name: str, value: Any, ctx: dict[str, Any], field: Any) -> str:
    choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
    meant = closest(str(value), choices)
    hint = f", did you mean {_code(meant)}?" if meant else ";"
    listed = ", ".join(choices[:-1]) + f" or {choices[-1]}" if len(choices) > 1 else _listing(choices)
    return f"{name} {_code(value)} is not one of the choices{hint} choose {listed}"


_GENERIC: dict[str, Callable[[str, Any, dict[str, Any], Any], str]] = {
    "value_error": _value_error,
    "assertion_error": _value_error,
    "literal_error": _literal,
    "string_pattern_mismatch": lambda n, v, c, f: f"{n} {_code(v)} is not in the expected form{_describe(f)}",
    "string_too_short": lambda n, v, c, f: f"{n} is empty; fill it in" + (f": {_description(f)}" if _description(f) else ""),
    "string_too_long": lambda n, v, c, f: f"{n} {_code(v)} is too long{_describe(f)}",
    "too_short": lambda n, v, c, f: f"{n} needs at least {c.get('min_length')} entries{_describe(f)}",
    "too_long": lambda n, v, c, f: f"{n} may have at most {c.get('max_length')} entries{_describe(f)}",
    "greater_than": lambda n, v, c, f: f"{n} must be more than {_number(c.get('gt'))} (it is {_number(v)})",
    "greater_than_equal": lambda n, v, c, f: f"{n} must be at least {_number(c.get('ge'))} (it is {_number(v)})",
    "less_than": lambda n, v, c, f: f"{n} must be less than {_number(c.get('lt'))} (it is {_number(v)})",
    "less_than_equal": lambda n, v, c, f: f"{n} must be at most {_number(c.get('le'))} (it is {_number(v)})",
    "int_parsing": lambda n, v, c, f: f"{n} {_code(v)} is not a whole number",
    "int_type": lambda n, v, c, f: f"{n} {_code(v)} is not a whole number",
    "int_from_float": lambda n, v, c, f: f"{n} {_code(v)} is not a whole number",
    "float_parsing": lambda n, v, c, f: f"{n} {_code(v)} is not a number",
    "float_type": lambda n, v, c, f: f"{n} {_code(v)} is not a number",
    "bool_parsing": lambda n, v, c, f: f"{n} {_code(v)} is not yes or no; write true or false",
    "bool_type": lambda n, v, c, f: f"{n} {_code(v)} is not yes or no; write true or false",
    "string_type": lambda n, v, c, f: f"{n} {_code(v)} should be text; put it in quotes",
    "list_type": lambda n, v, c, f: f"{n} should be a list, one entry per line starting with `- `{_describe(f)}",
    "dict_type": lambda n, v, c, f: f"{n} should hold keys on the lines below it, indented{_describe(f)}",
    "model_type": lambda n, v, c, f: f"{n} should hold keys on the lines below it, indented{_describe(f)}",
    "model_attributes_type": lambda n, v, c, f: f"{n} should hold keys on the lines below it, indented{_describe(f)}",
    "date_from_datetime_parsing": lambda n, v, c, f: f"{n} {_code(v)} is not a date; write YYYY-MM-DD",
    "date_parsing": lambda n, v, c, f: f"{n} {_code(v)} is not a date; write YYYY-MM-DD",
    "date_type": lambda n, v, c, f: f"{n} {_code(v)} is not a date; write YYYY-MM-DD",
}


# ---------------------------------------------------------------- one line per config

def _loc_of(err: dict[str, Any]) -> tuple[list[Any], dict[str, Any]]:
    """A model-level check names its own place in its message (`sources[3].brand: ...`)."""
    message = str((err.get("ctx") or {}).get("error") or err.get("msg", "")).removeprefix("Value error, ")
    own = _PATH_PREFIX.match(message) if err["type"] == "value_error" else None
    if own is None:
        return list(err["loc"]), err
    loc = [int(i) if i else k for k, i in _PATH_PART.findall(own.group(1))]
    return [*err["loc"], *loc], {**err, "ctx": {"error": own.group(2)}}


def _join(who: str, rest: list[Any], problem: str) -> str:
    keys = [str(p) for p in rest[:-1]]  # the last key is named in the problem itself
    where = [w for w in (who, ".".join(keys)) if w]
    return ": ".join([*where, problem])


def explain(file: Path | str, data: Any, exc: ValidationError, root: type[BaseModel]) -> str:
    """The most useful of pydantic's errors as one line: file, place and problem in words."""
    errors = sorted(exc.errors(include_url=False), key=lambda e: _RANK.get(e["type"], 9))
    loc, err = _loc_of(errors[0])
    clean = _strip_tags(root, loc)
    key = clean[-1] if clean and isinstance(clean[-1], str) else None
    parent = _models_at(root, loc[:-1]) if key is not None else _models_at(root, loc)
    if err["type"] in ("union_tag_invalid", "union_tag_not_found"):
        key, clean = "type", [*clean, "type"]
    who, rest = place(data, clean)
    problem = _explain(err, key, _models_at(root, loc), parent, root)
    return f"{file}: {_join(who, rest, problem)}"
