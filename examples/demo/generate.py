#!/usr/bin/env python3
"""Generate repwatch's bundled offline demo: feeds about the fictional bike shop Trapkracht.

    python examples/demo/generate.py

Writes examples/demo/feeds/* and examples/demo/expected.json. Standard library only and fully
deterministic: the same SEED gives byte-identical files, so the committed output can be checked by
re-running the script. All text comes from the phrase banks in phrases/ (written for this project);
see README.md for what the files contain.
"""

from __future__ import annotations

import hashlib
import html
import json
import math
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path
from types import ModuleType
from typing import Callable, Iterable, Sequence, TypeVar
from xml.etree import ElementTree
from xml.sax.saxutils import escape, quoteattr

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # so `phrases` imports when run from the repository root

from phrases import LANGS  # noqa: E402
from phrases import news as NEWS  # noqa: E402

SEED = 20261437  # of seeds 20261100-20261499, the one whose sample lands closest to the target shares
ANCHOR = date(2026, 11, 20)  # the newest day in the recording; the app shifts it to "today"
WINDOW_DAYS = 120
FIRST_DAY = ANCHOR - timedelta(days=WINDOW_DAYS - 1)
# The incident is the last three days of the recording, so once the app shifts the anchor day's end
# onto "now" it is live: open, spanning the last 72 hours, whatever the time of day of the run.
INCIDENT_START = ANCHOR - timedelta(days=2)
INCIDENT_END = ANCHOR
# Trapkracht's negative delivery mentions per incident day, as a multiple of the normal daily rate:
# a wave that builds and is still rising (20+ mentions in all, far above 3x the usual).
INCIDENT_WAVE = (8.0, 11.0, 14.0)
FEEDS_DIR = HERE / "feeds"
EXPECTED = HERE / "expected.json"

T = TypeVar("T")


# --------------------------------------------------------------------------------------------
# Brands
# --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Brand:
    key: str
    name: str
    domain: str
    aliases: tuple[str, ...]  # every spelling a matcher should accept (brief + config.yaml)
    written: tuple[tuple[str, float], ...]  # how people actually type it, with weights


BRANDS: dict[str, Brand] = {
    "trapkracht": Brand(
        "trapkracht", "Trapkracht", "trapkracht.nl", ("Trapkracht", "trapkracht.nl", "TrapKracht", "Trap Kracht"),
        (("Trapkracht", 0.74), ("trapkracht.nl", 0.09), ("TrapKracht", 0.08), ("trapkracht", 0.09)),
    ),
    "velora": Brand("velora", "Velora", "velora.nl", ("Velora", "velora.nl"), (("Velora", 0.86), ("velora.nl", 0.08), ("velora", 0.06))),
    "spaakwiel": Brand(
        "spaakwiel", "Spaakwiel", "spaakwiel.com", ("Spaakwiel", "spaakwiel.com", "spaakwiel.nl"),
        (("Spaakwiel", 0.86), ("spaakwiel.com", 0.08), ("spaakwiel", 0.06)),
    ),
}
STEMS = ("trapkracht", "velora", "spaakwiel", "trap kracht")


def fold(text: str) -> str:
    """Case- and accent-insensitive form, the same folding the collector uses."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_ALIAS_RE = {
    key: re.compile(r"(?<!\w)(?:" + "|".join(re.escape(fold(a)) for a in sorted(b.aliases, key=len, reverse=True)) + r")(?!\w)")
    for key, b in BRANDS.items()
}


def brand_hits(text: str) -> dict[str, int]:
    """Alias hits per brand, on word boundaries (mirrors monitor.brands.BrandMatcher)."""
    folded = fold(text)
    return {k: n for k, rx in _ALIAS_RE.items() if (n := len(rx.findall(folded)))}


def assigned_brand(text: str) -> str | None:
    """The brand the collector will file an unbranded item under: most hits, ties to the first named."""
    hits = brand_hits(text)
    if not hits:
        return None
    folded = fold(text)
    return min(hits, key=lambda k: (-hits[k], _ALIAS_RE[k].search(folded).start()))  # type: ignore[union-attr]


def accidental_names(text: str) -> list[str]:
    """Brand stems glued to other letters ("Veloras", "spaakwielen"): those would not match."""
    folded = fold(text)
    bad = []
    for stem in STEMS:
        for m in re.finditer(re.escape(stem), folded):
            before = folded[m.start() - 1] if m.start() else " "
            after = folded[m.end()] if m.end() < len(folded) else " "
            if before.isalnum() or before == "_" or after.isalnum() or after == "_":
                bad.append(folded[max(0, m.start() - 8): m.end() + 8])
    return bad


# --------------------------------------------------------------------------------------------
# Feeds and how their volume, brands, languages and sentiment are distributed
# --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Stream:
    """One feed's daily production: a Poisson rate, then brand and language per item."""

    feed: str
    channel: str  # review / forum / social / news
    rate: float  # items per average weekday-adjusted day
    brands: dict[str | None, float]  # None = an item that names no brand
    langs: dict[str | None, dict[str, float]]  # per brand (None = default)


STREAMS: tuple[Stream, ...] = (
    Stream("trapkracht-reviews.json", "review", 3.45, {"trapkracht": 1.0},
           {None: {"nl": 0.68, "no": 0.11, "en": 0.10, "de": 0.11}}),
    Stream("velora-reviews.json", "review", 2.05, {"velora": 1.0},
           {None: {"nl": 0.83, "en": 0.11, "de": 0.05, "no": 0.01}}),
    Stream("spaakwiel-reviews.json", "review", 1.5, {"spaakwiel": 1.0},
           {None: {"nl": 0.48, "de": 0.37, "en": 0.12, "no": 0.03}}),
    Stream("forum.atom", "forum", 4.45, {"trapkracht": 0.45, "velora": 0.30, "spaakwiel": 0.20, None: 0.05},
           {"trapkracht": {"nl": 0.62, "no": 0.10, "en": 0.14, "de": 0.14},
            "velora": {"nl": 0.80, "en": 0.13, "de": 0.05, "no": 0.02},
            "spaakwiel": {"nl": 0.46, "de": 0.38, "en": 0.13, "no": 0.03},
            None: {"nl": 0.50, "en": 0.18, "de": 0.17, "no": 0.15}}),
    Stream("nieuws-nl.xml", "news", 1.35, {"trapkracht": 0.40, "velora": 0.33, "spaakwiel": 0.22, None: 0.05},
           {None: {"nl": 0.82, "en": 0.18}}),
    Stream("nieuws-syndicated.xml", "news", 0.85, {"trapkracht": 0.38, "velora": 0.30, "spaakwiel": 0.27, None: 0.05},
           {None: {"nl": 0.45, "en": 0.27, "de": 0.28}}),
    Stream("social-no.xml", "social", 1.45, {"trapkracht": 0.62, "velora": 0.14, "spaakwiel": 0.19, None: 0.05},
           {None: {"no": 1.0}}),
)
FEED_ORDER = [s.feed for s in STREAMS]

# Fewer posts on Sundays, fewer articles at weekends.
WEEKDAY_FACTOR = {
    "opinion": (1.12, 1.08, 1.05, 1.02, 0.95, 0.88, 0.68),
    "news": (1.15, 1.15, 1.15, 1.15, 1.10, 0.55, 0.35),
}
# Posting hour weights 0..23; hour 2 is 0 so no time falls in the DST change-over hour.
HOURS = {
    "opinion": (0.3, 0.15, 0, 0.05, 0.05, 0.2, 0.6, 1.2, 1.6, 1.6, 1.5, 1.6, 2.0, 1.8, 1.5, 1.5, 1.6, 1.8, 2.0, 2.4, 2.6, 2.3, 1.6, 0.8),
    "news": (0, 0, 0, 0, 0, 0, 0.5, 1.5, 2.0, 2.0, 1.8, 1.6, 1.4, 1.4, 1.4, 1.4, 1.3, 1.2, 0.8, 0.5, 0.4, 0.3, 0.1, 0),
}

# Positive / neutral / negative shares in customer channels; Velora fares a bit better than the
# own brand, which is the point of a competitor benchmark.
SENTIMENT = {
    "trapkracht": {"pos": 0.47, "neu": 0.21, "neg": 0.32},
    "velora": {"pos": 0.53, "neu": 0.22, "neg": 0.25},
    "spaakwiel": {"pos": 0.46, "neu": 0.22, "neg": 0.32},
}
NEUTRAL_FACTOR = {"review": 0.7, "forum": 1.45, "social": 1.0}  # reviews rarely neutral, forums ask questions

# Touchpoint weights per sentiment; complaints cluster on delivery, service and returns.
TOPICS = ("product", "service", "price", "delivery", "store", "website", "returns", "advertising")
TOPIC_WEIGHTS = {
    "pos": (0.30, 0.20, 0.12, 0.12, 0.10, 0.07, 0.05, 0.04),
    "neu": (0.18, 0.11, 0.17, 0.17, 0.10, 0.11, 0.09, 0.07),
    "neg": (0.13, 0.18, 0.10, 0.27, 0.06, 0.09, 0.13, 0.04),
}
STORE_FACTOR = {"trapkracht": 1.0, "velora": 1.6, "spaakwiel": 0.35}  # a chain vs. a webshop
DELIVERY_FACTOR = {"trapkracht": 1.6, "velora": 0.8, "spaakwiel": 1.15}  # webshops get more delivery talk
MIXED_SHARE = {"review": 0.16, "forum": 0.12, "social": 0.03}
LONG_REVIEW_SHARE = 0.08  # reviews written out at length
COMPARE_SHARE = 0.05  # forum posts that also name a competitor
CONTRADICTION_SHARE = 0.03  # reviews whose stars contradict the text
SYNDICATED_SHARE = 0.03  # news items that also appear in the second news feed
EMOJI_SHARE = {"review": 0.05, "forum": 0.14, "social": 0.45}
TYPO_SHARE = {"review": 0.05, "forum": 0.09, "social": 0.12}
EMOJI = {"pos": ["😍", "👍", "🚲", "🙌", "😊", "👌", "💪"], "neu": ["🤔", "🚲", "🙂"], "neg": ["😡", "🙄", "👎", "😤", "🤬", "😩"]}
INCIDENT_LANGS = {"nl": 0.72, "no": 0.16, "de": 0.12}
SENTIMENT_NAME = {"pos": "positive", "neu": "neutral", "neg": "negative"}


# --------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------

def weighted(rng: random.Random, weights: dict[T, float]) -> T:
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


def poisson(rng: random.Random, lam: float) -> int:
    """Knuth's method; fine for the small daily rates used here."""
    limit, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


def last_sunday(year: int, month: int) -> date:
    d = date(year, month + 1, 1) - timedelta(days=1)
    return d - timedelta(days=(d.weekday() + 1) % 7)


def local_tz(day: date) -> timezone:
    """Central European time with EU summer time (Amsterdam, Oslo, Berlin); no tz database needed."""
    summer = last_sunday(day.year, 3) < day <= last_sunday(day.year, 10) - timedelta(days=1)
    # On the October change-over day itself times after 03:00 are winter time; posts avoid 02:00-03:00.
    return timezone(timedelta(hours=2 if summer else 1))


def at(day: date, rng: random.Random, kind: str) -> datetime:
    hour = rng.choices(range(24), weights=HOURS[kind])[0]
    tz = local_tz(day)
    if day == last_sunday(day.year, 10) and hour < 2:
        tz = timezone(timedelta(hours=2))
    return datetime.combine(day, time(hour, rng.randrange(60), rng.randrange(60)), tz)


def cap(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def dedup_hash(title: str, text: str) -> str:
    """The collector's content hash: normalized words of title and text."""
    return hashlib.sha256(" ".join(re.findall(r"\w+", fold(f"{title} {text}"))).encode()).hexdigest()


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")[:60]


# --------------------------------------------------------------------------------------------
# Text composition
# --------------------------------------------------------------------------------------------

SLOT_RE = re.compile(r"\{(\w+)(\^?)\}")
# Template flags: E| needs an electric bike, O| a customer who has the bike, W| one still waiting for it,
# R| a recent purchase, L| long use; R and L never meet in one post ("bought it last week ... after 8 months").
FLAG_RE = re.compile(r"^([EOWRL]+)\|")
# Slots drawn afresh at every use: two prices in one post are rarely the same amount.
FRESH_SLOTS = {"amount", "smallamount", "minutes", "times", "very", "percent"}
EMOJI_RE = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]")


@dataclass
class Ctx:
    """What one item is about: brand, product, store... chosen once so its sentences agree."""

    brand: str | None
    day: date
    formal: bool = False
    other: str | None = None
    electric: bool = True
    stage: str = "owned"  # "owned" or "waiting": keeps "riding it for months" away from "still not delivered"
    tenure: str = ""  # "", "R" (recent) or "L" (long): set by the first template that says which
    values: dict[str, str] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)


class Writer:
    """Builds texts in one language from that language's phrase bank."""

    def __init__(self, lang: str, rng: random.Random) -> None:
        self.lang = lang
        self.bank: ModuleType = LANGS.get(lang) or LANGS["en"]
        self.rng = rng

    # -- slots --------------------------------------------------------------------------
    def ctx(self, brand: str | None, day: date, formal: bool = False, other: str | None = None) -> Ctx:
        ctx = Ctx(brand, day, formal, other)
        products = self.bank.SLOTS["product"]
        if brand == "spaakwiel":  # Spaakwiel only sells e-bikes
            products = [p for p in products if p["e"]]
        product = self.rng.choice(products)
        ctx.electric = bool(product["e"])
        ctx.values.update({k: str(v) for k, v in product.items() if k != "e"})
        ctx.values["order"] = f"#{self.rng.randint(1_000_000, 9_999_999)}"
        if self.lang in NEWS.MONTHS:
            months = NEWS.MONTHS[self.lang]
            ctx.values["next_month"] = months[day.month % 12]
            ctx.values["season_sale"] = NEWS.SEASON_SALE[self.lang][0 if day.month <= 8 else 1]
        return ctx

    def alias(self, brand: str, ctx: Ctx) -> str:
        b = BRANDS[brand]
        if ctx.formal:
            return b.name
        return weighted(self.rng, dict(b.written))

    def source(self, name: str, ctx: Ctx) -> list[str]:
        if name == "part":
            return list(self.bank.SLOTS["part"]) + (list(self.bank.SLOTS["part_e"]) if ctx.electric else [])
        if ctx.brand:
            facts = NEWS.BRAND_FACTS.get(self.lang, {}).get(ctx.brand, {})
            if name in facts:
                return facts[name]
            if name in self.bank.BRAND_SLOTS[ctx.brand]:
                return self.bank.BRAND_SLOTS[ctx.brand][name]
        if name in NEWS.NEWS_SLOTS.get(self.lang, {}):
            return NEWS.NEWS_SLOTS[self.lang][name]
        return self.bank.SLOTS[name]

    def value(self, name: str, ctx: Ctx) -> str:
        if name == "brand":
            return self.alias(ctx.brand, ctx)  # type: ignore[arg-type]
        if name == "other":
            return self.alias(ctx.other, ctx)  # type: ignore[arg-type]
        if name == "site":
            return BRANDS[ctx.brand].domain  # type: ignore[index]
        if name == "handle":
            return ctx.brand  # type: ignore[return-value]
        if name not in ctx.values or name in FRESH_SLOTS:
            choice = self.rng.choice(self.source(name, ctx))
            ctx.values[name] = self.fill(choice, ctx) if "{" in choice else choice
        return ctx.values[name]

    def fill(self, template: str, ctx: Ctx) -> str:
        def sub(m: re.Match[str]) -> str:
            v = self.value(m.group(1), ctx)
            return cap(v) if m.group(2) else v

        return SLOT_RE.sub(sub, FLAG_RE.sub("", template, count=1))

    # -- sentences ----------------------------------------------------------------------
    def pick(self, options: Sequence[str], ctx: Ctx, statement: bool = False) -> str:
        """A template not used yet in this item that fits its bike and purchase stage."""
        fits = [t for t in options if fits_ctx(t, ctx) and not (statement and t.endswith("?"))]
        fresh = [t for t in fits if t not in ctx.used] or fits
        template = self.rng.choice(fresh)
        ctx.used.add(template)
        flags = m.group(1) if (m := FLAG_RE.match(template)) else ""
        ctx.tenure = ctx.tenure or ("R" if "R" in flags else "L" if "L" in flags else "")
        return template

    def claim(self, topic: str, pol: str, ctx: Ctx, statement: bool = False) -> str:
        return self.fill(self.pick(self.bank.CLAIMS[topic][pol], ctx, statement), ctx)

    def lower_first(self, clause: str) -> str:
        """Lower-case a clause's first letter after a comma, unless it is a name or German noun."""
        first = clause.split(" ", 1)[0]
        bare = first.strip("'\"«„")
        if any(fold(bare).startswith(s) for s in STEMS) or bare in ("I", "I'm", "I've", "I'd") or bare[1:2].isupper():
            return clause
        if bare in self.bank.SLOTS["staff"] or any(bare == c for b in self.bank.BRAND_SLOTS.values() for c in b.get("city", [])):
            return clause
        if self.lang == "de" and bare.lower() not in self.bank.LOWERABLE:
            return clause
        return clause[:1].lower() + clause[1:]

    def finish(self, clause: str, pol: str) -> str:
        clause = cap(clause.strip())
        if clause[-1] in ".!?" or EMOJI_RE.match(clause[-1]):  # no full stop after an emoji
            return clause
        r = self.rng.random()
        if pol == "pos" and r < 0.25 or pol == "neg" and r < 0.15:
            return clause + "!"
        return clause + "."

    def contrast(self, first: str, second: str) -> str:
        joiner = self.rng.choice(self.bank.CONTRAST)
        return first + joiner + self.lower_first(second)

    def opener(self, clause: str, pol: str) -> str:
        opener = self.rng.choice(self.bank.OPENERS["q" if clause.endswith("?") else pol])
        keep = self.lang == "de" and opener.endswith(":")  # German capitalizes a full sentence after a colon
        return f"{opener} {clause if keep else self.lower_first(clause)}"

    # -- whole texts --------------------------------------------------------------------
    def opinion(self, ctx: Ctx, pol: str, topic: str, channel: str, mixed: bool) -> list[str]:
        """Sentences of a customer post: [intro] [context] claims [closer]."""
        rng = self.rng
        n = rng.choices((1, 2, 3, 4), weights={"review": (28, 36, 25, 11), "forum": (34, 36, 20, 10), "social": (70, 30, 0, 0)}[channel])[0]
        # now and then someone writes it all down: intro, background, five points, a verdict (80+ words)
        essay = channel == "review" and rng.random() < LONG_REVIEW_SHARE
        if essay:
            n = 5
        if mixed:
            n = max(n, 2)  # the caveat sentence plus at least one that sets the item's overall tone
        topics = [topic]
        while len(topics) < n:
            extra = pick_topic(rng, pol, ctx.brand)
            if ctx.stage == "waiting" and extra not in WAITING_TOPICS:
                continue  # someone still waiting for a bike cannot review riding it
            if extra not in topics or rng.random() < 0.15:
                topics.append(extra)
        mixed_at = rng.randrange(n) if mixed else -1
        statements = channel == "review" and rng.random() < 0.85  # reviews seldom ask questions
        out: list[str] = []
        if essay or rng.random() < {"review": 0.45, "forum": 0.35, "social": 0.05}[channel]:
            out.append(self.finish(self.fill(self.pick(self.bank.INTROS, ctx), ctx), "neu"))
        if essay or channel != "social" and rng.random() < (0.28 if channel == "review" else 0.15):
            for _ in range(2 if essay else rng.choice((1, 1, 2))):
                out.append(self.finish(self.fill(self.pick(self.bank.CONTEXT, ctx), ctx), "neu"))
        for i, tp in enumerate(topics):
            if i == mixed_at:
                # praise first, then the catch ("fiets is top, maar de levering duurde lang"); the item's
                # other sentences decide whether it is on balance positive or negative
                other = other_topic(rng, topics)  # a touchpoint no other sentence talks about
                good_tp, bad_tp = (tp, other) if pol == "pos" else (other, tp)
                clause = self.contrast(self.claim(good_tp, "pos", ctx, True), self.claim(bad_tp, "neg", ctx, True))
            else:
                clause = self.claim(tp, pol, ctx, statements)
            if i == 0 and rng.random() < 0.14:
                clause = self.opener(clause, pol)
            out.append(self.finish(clause, pol))
        if essay or rng.random() < {"review": 0.38, "forum": 0.22, "social": 0.15}[channel]:
            out.append(self.finish(self.pick(self.bank.CLOSERS[pol], ctx), pol))
        return out


WAITING_TOPICS = ("delivery", "service", "website", "price", "advertising")


def fits_ctx(template: str, ctx: Ctx) -> bool:
    flags = m.group(1) if (m := FLAG_RE.match(template)) else ""
    return (
        ("E" not in flags or ctx.electric)
        and ("O" not in flags or ctx.stage == "owned")
        and ("W" not in flags or ctx.stage == "waiting")
        and not ("R" in flags and ctx.tenure == "L" or "L" in flags and ctx.tenure == "R")
    )


def pick_topic(rng: random.Random, pol: str, brand: str | None) -> str:
    weights = dict(zip(TOPICS, TOPIC_WEIGHTS[pol]))
    weights["store"] *= STORE_FACTOR.get(brand or "", 1.0)
    weights["delivery"] *= DELIVERY_FACTOR.get(brand or "", 1.0)
    return weighted(rng, weights)


def other_topic(rng: random.Random, taken: Sequence[str]) -> str:
    free = [t for t in ("product", "service", "price", "delivery", "store") if t not in taken]
    return rng.choice(free or ["website", "returns"])


# --------------------------------------------------------------------------------------------
# Items
# --------------------------------------------------------------------------------------------

@dataclass
class Item:
    feed: str
    when: datetime
    lang: str
    brand: str | None  # the brand it was written about (None: names no brand)
    sentiment: str  # pos / neu / neg, by construction
    topic: str  # touchpoint, or "general" / "news-general"
    title: str
    text: str  # plain text (what the collector should end up with)
    kind: str  # review / forum / social / news / nobrand
    author: str = ""
    html: str | None = None  # markup for RSS/Atom bodies
    rating: int | None = None
    contradiction: bool = False
    incident: bool = False
    mixed: bool = False
    syndicated_from: int | None = None  # index of the original for a syndicated copy
    uid: str = ""
    link: str = ""


AUTHORS = {
    "nl": ["Sanne V.", "Mark de Jong", "Fleur", "Jeroen B.", "Anouk", "Pieter van Dijk", "Lisa M.", "Bram", "Marieke S.", "Henk",
           "Yasmina", "Tom Bakker", "Esther", "Ruben K.", "Inge", "Daan", "Noor", "Willem", "Ilse de Groot", "Kevin", "Femke", "Gerard",
           "Hatice", "Sven", "Joyce", "Martijn", "Linda", "Stefan", "Roos", "Arjen P.", "fietsfreak030", "bakfietsmama", "Erik_H",
           "trappen_maar", "M. Visser", "Annemarie", "Robin", "Wouter", "Nadia", "J. Smit"],
    "no": ["Kari N.", "Ola", "Ingrid H.", "Magnus", "Silje", "Håkon B.", "Marte", "Eirik", "Tone S.", "Jonas", "Ida", "Lars Erik",
           "Sigrid", "Anders", "Hanne", "sykkelkari", "pendler_bergen", "Øystein", "Kristin", "Thomas R.", "Nora", "Bjørn", "Vilde",
           "Trond", "elsykkel_oslo", "Marius", "Camilla", "Petter", "Astrid", "Sindre"],
    "en": ["Sarah K.", "James", "Priya", "Tom H.", "Emily", "Daniel", "Olivia R.", "Chris", "Ana", "Michael B.", "Rachel", "Luca",
           "expat_in_utrecht", "Hannah", "David", "Sofia", "Ben", "Aisha", "Matt", "Claire"],
    "de": ["Jan S.", "Katrin", "Markus", "Julia W.", "Stefan", "Anna", "Thomas K.", "Sabine", "Lukas", "Melanie", "Florian",
           "radfahrer_koeln", "Petra", "Michael", "Lena", "Sebastian", "Birgit", "Tobias", "Nina H.", "Uwe"],
}
JOURNALISTS = {
    "nl": ["Redactie", "Marloes Vink", "Pieter de Graaf", "Sanne Mulder", "Koen Dijkstra", "Redactie Fietsnieuws"],
    "en": ["Staff writer", "Emma Clarke", "Ruben Hartman"],
    "de": ["Redaktion", "Katharina Vogel", "Jens Albrecht"],
}


class PoolExhausted(Exception):
    """Every no-brand text of a kind is used; the caller writes a branded item instead."""


class Generator:
    def __init__(self, seed: int = SEED) -> None:
        self.rng = random.Random(seed)
        self.items: list[Item] = []
        self.seen: set[str] = set()  # dedup hashes: no accidental copies between any two items
        self.nobrand_pool: dict[tuple[str, str], list] = {}

    def writer(self, lang: str) -> Writer:
        return Writer(lang, self.rng)

    def add(self, item: Item) -> bool:
        h = dedup_hash(item.title, item.text)
        if h in self.seen:
            return False
        self.seen.add(h)
        self.items.append(item)
        return True

    def add_unique(self, build: Callable[[], Item]) -> Item:
        """Build until the text is new: two identical customer posts would look like a syndicated copy."""
        for _ in range(60):
            item = build()
            if self.add(item):
                return item
        raise RuntimeError(f"could not build a unique item: {item.title!r}")

    # -- sentiment, rating -----------------------------------------------------------------
    def sentiment(self, brand: str, channel: str) -> str:
        w = dict(SENTIMENT[brand])
        w["neu"] *= NEUTRAL_FACTOR[channel]
        return weighted(self.rng, w)

    def rating(self, pol: str, mixed: bool) -> tuple[int, bool]:
        """Stars that agree with the text, loosely; now and then (3%) they contradict it."""
        r = self.rng
        # only clear-cut texts (not neutral, not mixed: about 62% of reviews) can contradict their stars
        if pol != "neu" and not mixed and r.random() < CONTRADICTION_SHARE / 0.62:
            return (1 if pol == "pos" else r.choice((4, 5, 5))), True
        if pol == "pos":
            return (weighted(r, {4: 0.7, 3: 0.3}) if mixed else weighted(r, {5: 0.64, 4: 0.36})), False
        if pol == "neg":
            return (weighted(r, {2: 0.6, 3: 0.4}) if mixed else weighted(r, {1: 0.56, 2: 0.40, 3: 0.04})), False
        return weighted(r, {3: 0.6, 4: 0.25, 2: 0.15}), False

    # -- customer posts ---------------------------------------------------------------------
    def opinion_item(self, stream: Stream, day: date, brand: str, lang: str) -> Item:
        rng, channel = self.rng, stream.channel
        pol = self.sentiment(brand, channel)
        mixed = pol != "neu" and rng.random() < MIXED_SHARE[channel]
        topic = pick_topic(rng, pol, brand)
        w = self.writer(lang)
        other = None
        if channel == "forum" and rng.random() < COMPARE_SHARE:
            other = rng.choice([b for b in BRANDS if b != brand])
        ctx = w.ctx(brand, day, other=other)
        if topic == "delivery" and pol != "pos" and rng.random() < 0.75:
            ctx.stage = "waiting"
            mixed = False
        when = at(day, rng, "opinion")
        author = rng.choice(AUTHORS[lang])

        if channel == "social" or (channel == "forum" and rng.random() < 0.12):
            return self.short_post(stream, w, ctx, pol, topic, when, author, lang)

        sentences = w.opinion(ctx, pol, topic, channel, mixed)
        if other:
            # the compared brand is named once, the post's own brand at least twice, so the
            # collector files the post under the brand it is about
            sentences.insert(min(2, len(sentences)), w.finish(w.fill(w.pick(w.bank.COMPARE, ctx), ctx), "neu"))
        title = self.title(w, ctx, channel, topic, pol)
        text = self.ensure_brand(w, ctx, sentences, title, brand, need=2 if other else 1)
        text = self.decorate(text, pol, channel, lang)
        item = Item(stream.feed, when, lang, brand, pol, topic, title, text, channel, author, mixed=mixed)
        if channel == "review":
            item.rating, item.contradiction = self.rating(pol, mixed)
        else:
            item.html = paragraphs_html(text)
        return item

    def short_post(self, stream: Stream, w: Writer, ctx: Ctx, pol: str, topic: str, when: datetime, author: str, lang: str) -> Item:
        """Tweet-length posts: a ready-made short, or one or two claims with hashtags."""
        rng = self.rng
        if rng.random() < 0.45:
            # a short may be tagged "delivery|..." with the touchpoint it is about
            tagged, _, template = w.pick(w.bank.SHORTS[pol], ctx).rpartition("|")
            text = w.finish(w.fill(template, ctx), pol)
            topic = tagged or "general"
        else:
            text = " ".join(w.opinion(ctx, pol, topic, "social", False))
        if not brand_hits(text).get(ctx.brand or ""):
            tag = rng.choice((f"@{ctx.brand}", f"#{ctx.brand}", f"@{ctx.brand}"))
            text = f"{text} {tag}" if rng.random() < 0.7 else f"{tag} {text}"
        if lang == "no" and rng.random() < 0.5:
            text += " " + " ".join(rng.sample(LANGS["no"].HASHTAGS, rng.choice((1, 1, 2))))
        text = self.decorate(text, pol, "social", lang)
        title = headline(text)
        item = Item(stream.feed, when, lang, ctx.brand, pol, topic, title, text, "social" if stream.channel == "social" else "forum", author)
        item.html = paragraphs_html(text)
        return item

    def title(self, w: Writer, ctx: Ctx, channel: str, topic: str, pol: str) -> str:
        bank, rng = w.bank, self.rng
        if channel == "review":
            options = bank.REVIEW_TITLES[topic][pol] if rng.random() < 0.55 else bank.REVIEW_TITLES_ANY[pol]
        else:
            options = bank.FORUM_TITLES[topic] if rng.random() < 0.55 else bank.FORUM_TITLES_ANY[pol]
        return cap(w.fill(w.pick(options, ctx), ctx))

    def ensure_brand(self, w: Writer, ctx: Ctx, sentences: list[str], title: str, brand: str, need: int = 1) -> str:
        """Customers name the shop they write about; add an opening line when a post does not."""
        text = " ".join(sentences)
        tries = 0
        while brand_hits(f"{title} {text}").get(brand, 0) < need and tries < 5:
            intro = w.finish(w.fill(w.pick(w.bank.INTROS, ctx), ctx), "neu")
            sentences.insert(0, intro)
            text = " ".join(sentences)
            tries += 1
        if len(sentences) >= 4 and self.rng.random() < 0.5:  # long reviews come in paragraphs
            cut = len(sentences) // 2
            text = " ".join(sentences[:cut]) + "\n\n" + " ".join(sentences[cut:])
        return text

    def decorate(self, text: str, pol: str, channel: str, lang: str) -> str:
        """Emoji and typos, as people actually post."""
        rng = self.rng
        if rng.random() < EMOJI_SHARE[channel] and not EMOJI_RE.search(text):
            emoji = rng.choice(EMOJI[pol]) * rng.choice((1, 1, 1, 2, 3))
            text = f"{text} {emoji}"
        if rng.random() < TYPO_SHARE[channel]:
            text = typo(text, lang, rng)
        return text

    # -- incident -------------------------------------------------------------------------
    def incident_item(self, day: date) -> Item:
        rng = self.rng
        lang = weighted(rng, INCIDENT_LANGS)
        if lang == "no":
            feed = weighted(rng, {"social-no.xml": 0.55, "trapkracht-reviews.json": 0.3, "forum.atom": 0.15})
        else:
            feed = weighted(rng, {"trapkracht-reviews.json": 0.5, "forum.atom": 0.5})
        channel = {"social-no.xml": "social", "forum.atom": "forum"}.get(feed, "review")
        w = self.writer(lang)
        ctx = w.ctx("trapkracht", day)
        ctx.stage = "waiting"
        n = {"social": rng.choice((1, 2)), "forum": rng.choice((2, 3, 3, 4)), "review": rng.choice((2, 3, 3, 4))}[channel]
        sentences = [w.finish(w.fill(w.pick(w.bank.INCIDENT, ctx), ctx), "neg") for _ in range(n)]
        if channel != "social" and rng.random() < 0.3:  # a second complaint from the normal bank
            sentences.append(w.finish(w.claim(rng.choice(("delivery", "service")), "neg", ctx, True), "neg"))
        if channel != "social" and rng.random() < 0.45:
            sentences.insert(0, w.finish(w.fill(w.pick(w.bank.INTROS, ctx), ctx), "neu"))
        if rng.random() < 0.3:
            sentences.append(w.finish(w.pick(w.bank.CLOSERS["neg"], ctx), "neg"))
        when = at(day, rng, "opinion")
        author = rng.choice(AUTHORS[lang])
        if channel == "social":
            text = " ".join(sentences)
            if not brand_hits(text):
                text += rng.choice((" @trapkracht", " #trapkracht"))
            text = self.decorate(text, "neg", "social", lang)
            item = Item(feed, when, lang, "trapkracht", "neg", "delivery", headline(text), text, "social", author, incident=True)
            item.html = paragraphs_html(text)
            return item
        title = cap(w.fill(w.pick(w.bank.INCIDENT_TITLES, ctx), ctx))
        text = self.decorate(self.ensure_brand(w, ctx, sentences, title, "trapkracht"), "neg", channel, lang)
        item = Item(feed, when, lang, "trapkracht", "neg", "delivery", title, text, channel, author, incident=True)
        if channel == "review":
            item.rating = weighted(rng, {1: 0.8, 2: 0.2})
        else:
            item.html = paragraphs_html(text)
        return item

    # -- news -----------------------------------------------------------------------------
    def news_item(self, stream: Stream, day: date, brand: str, lang: str) -> Item:
        rng = self.rng
        w = self.writer(lang)
        if rng.random() < 0.03:
            title, paras = rng.choice(NEWS.COMPARISONS[lang])
            pol, topic, brand_ = "neu", "product", assigned_brand(title + " " + " ".join(paras))
        else:
            stories = [s for s in NEWS.STORIES[lang] if brand in s["brands"]]  # type: ignore[operator]
            s = rng.choice(stories)
            ctx = w.ctx(brand, day, formal=True)
            title = cap(w.fill(rng.choice(s["titles"]), ctx))  # type: ignore[arg-type]
            details = s["details"]  # type: ignore[assignment]
            picked = sorted(rng.sample(range(len(details)), rng.randint(1, min(3, len(details)))))
            paras = [w.fill(rng.choice(s["leads"]), ctx)] + [w.fill(details[i], ctx) for i in picked]  # type: ignore[arg-type]
            if s["quotes"] and rng.random() < 0.55:
                paras.append(w.fill(rng.choice(s["quotes"]), ctx))  # type: ignore[arg-type]
            if rng.random() < 0.35:
                paras.append(w.fill(rng.choice(NEWS.BRAND_FACTS[lang][brand]["background"]), ctx))
            pol, topic, brand_ = s["pol"], s["topic"], brand  # type: ignore[assignment]
        return self.news(stream.feed, at(day, rng, "news"), lang, brand_, pol, topic, title, paras)  # type: ignore[arg-type]

    def news(self, feed: str, when: datetime, lang: str, brand: str | None, pol: str, topic: str, title: str, paras: list[str]) -> Item:
        rng = self.rng
        text = " ".join(paras)
        body = "".join(f"<p>{inline_html(p, rng)}</p>" for p in paras)
        if brand and rng.random() < 0.4:
            body += f'<p><a href="https://www.{BRANDS[brand].domain}/nieuws">{escape(rng.choice(NEWS.READ_MORE[lang]))}</a></p>'
        return Item(feed, when, lang, brand, pol, topic, title, text, "news", rng.choice(JOURNALISTS[lang]), html=body)

    # -- items naming no brand --------------------------------------------------------------
    def nobrand_item(self, stream: Stream, day: date, lang: str) -> Item:
        rng = self.rng
        # each no-brand text is used once; when a language runs dry, the feed's next language steps in
        langs = [lang] + [lg for lg in stream.langs[None] if lg != lang]
        if stream.channel == "news":
            lang = next((lg for lg in langs if self.pool("news", lg, NEWS.NOBRAND[lg])), "")
            if not lang:
                raise PoolExhausted
            title, paras = self.nobrand_pool[("news", lang)].pop()
            item = self.news(stream.feed, at(day, rng, "news"), lang, None, "neu", "news-general", title, paras)
            item.kind = "nobrand"
            return item
        if stream.channel == "social":
            lang = "no"
            bank = [("", t) for t in LANGS["no"].NOBRAND_SHORT] + LANGS["no"].NOBRAND
            if not self.pool("social", "no", bank):
                raise PoolExhausted
            title, text = self.nobrand_pool[("social", "no")].pop()
            title = title or headline(text)
        else:
            lang = next((lg for lg in langs if self.pool("forum", lg, LANGS[lg].NOBRAND)), "")
            if not lang:
                raise PoolExhausted
            title, text = self.nobrand_pool[("forum", lang)].pop()
        item = Item(stream.feed, at(day, rng, "opinion"), lang, None, "neu", "general", title, text, "nobrand", rng.choice(AUTHORS[lang]))
        item.html = paragraphs_html(text)
        return item

    def pool(self, kind: str, lang: str, bank: list) -> list:
        """The unused no-brand texts of one kind and language, shuffled once."""
        key = (kind, lang)
        if key not in self.nobrand_pool:
            items = list(bank)
            self.rng.shuffle(items)
            self.nobrand_pool[key] = items
        return self.nobrand_pool[key]

    # -- the whole recording ----------------------------------------------------------------
    def run(self) -> None:
        rng = self.rng
        days = [FIRST_DAY + timedelta(days=i) for i in range(WINDOW_DAYS)]
        for day in days:
            # autumn means less cycling talk than high summer; a shared daily mood adds noise
            season = 1.12 - 0.24 * (day - FIRST_DAY).days / (WINDOW_DAYS - 1)
            mood = rng.uniform(0.85, 1.15)
            for stream in STREAMS:
                factor = WEEKDAY_FACTOR["news" if stream.channel == "news" else "opinion"][day.weekday()]
                for _ in range(poisson(rng, stream.rate * factor * season * mood)):
                    brand = weighted(rng, stream.brands)
                    if brand is None:
                        lang = weighted(rng, stream.langs[None])
                        try:
                            self.add_unique(lambda s=stream, d=day, lg=lang: self.nobrand_item(s, d, lg))
                            continue
                        except PoolExhausted:  # an unlucky seed; rare
                            brand = weighted(rng, {b: w for b, w in stream.brands.items() if b})
                    lang = weighted(rng, stream.langs.get(brand, stream.langs[None]))
                    if stream.channel == "news":
                        self.add_unique(lambda s=stream, d=day, b=brand, lg=lang: self.news_item(s, d, b, lg))
                    else:
                        self.add_unique(lambda s=stream, d=day, b=brand, lg=lang: self.opinion_item(s, d, b, lg))
        self.place_incident_articles()
        self.inject_incident(days)
        self.syndicate()
        self.assign_ids()

    def place_incident_articles(self) -> None:
        for offset, feed, lang, pol, title, paras in NEWS.INCIDENT_ARTICLES:
            day = INCIDENT_START + timedelta(days=offset)
            item = self.news(feed, at(day, self.rng, "news"), lang, "trapkracht", pol, "delivery", title, paras)
            if not self.add(item):
                raise RuntimeError(f"incident article collides: {title}")

    def tk_neg_delivery(self, day: date) -> int:
        return sum(1 for i in self.items if i.brand == "trapkracht" and i.sentiment == "neg" and i.topic == "delivery" and i.when.date() == day)

    def inject_incident(self, days: list[date]) -> None:
        """Top the incident days up to INCIDENT_WAVE times the normal rate of negative delivery posts."""
        normal = [self.tk_neg_delivery(d) for d in days if not INCIDENT_START <= d <= INCIDENT_END]
        self.baseline_rate = sum(normal) / len(normal)
        for i, mult in enumerate(INCIDENT_WAVE):
            day = INCIDENT_START + timedelta(days=i)
            for _ in range(max(0, round(mult * self.baseline_rate) - self.tk_neg_delivery(day))):
                self.add_unique(lambda d=day: self.incident_item(d))

    def syndicate(self) -> None:
        """Copy ~3% of the news into the other news feed: same title and text, own link and id."""
        rng = self.rng
        news = [i for i in self.items if i.kind == "news"]
        first = next(i for i in news if i.title.startswith("Klanten Trapkracht wachten"))  # the incident story travels
        candidates = [i for i in news if i is not first and i.feed == "nieuws-nl.xml" and words(f"{i.title} {i.text}") >= 12]
        count = max(1, round(SYNDICATED_SHARE * len(news)))
        for original in [first] + rng.sample(candidates, count - 1):
            copy = Item(**{**original.__dict__})
            copy.feed = "nieuws-syndicated.xml" if original.feed == "nieuws-nl.xml" else "nieuws-nl.xml"
            # republished an hour or three later, always the same day
            later = original.when + timedelta(hours=rng.randint(1, 3), minutes=rng.randrange(60))
            copy.when = min(later, datetime.combine(original.when.date(), time(23, 50), original.when.tzinfo))
            copy.author = rng.choice(JOURNALISTS[original.lang])
            copy.syndicated_from = self.items.index(original)
            self.items.append(copy)  # deliberately a copy: bypasses the uniqueness check

    def assign_ids(self) -> None:
        counters: Counter[str] = Counter()
        for item in sorted(self.items, key=lambda i: (i.when, i.feed, i.title)):
            counters[item.feed] += 1
            n = counters[item.feed]
            if item.feed.endswith("-reviews.json"):
                brand = item.feed.removesuffix("-reviews.json")
                item.uid = f"{brand}-r{n:05d}"
                item.link = f"https://reviews.example/{brand}/{item.uid}"
            elif item.feed == "forum.atom":
                item.uid = f"tag:fietsforum.example,2026:post-{n}"
                item.link = f"https://fietsforum.example/t/{slug(item.title)}/{n}"
            elif item.feed == "social-no.xml":
                item.uid = f"sykkelprat-{n}"
                item.link = f"https://sykkelprat.example/innlegg/{n}"
            elif item.feed == "nieuws-nl.xml":
                item.uid = f"fietsnieuws-{n}"
                item.link = f"https://fietsnieuws.example/artikel/{n}-{slug(item.title)}"
            else:
                item.uid = f"tweewielerpers-{n}"
                item.link = f"https://tweewielerpers.example/news/{n}/{slug(item.title)}?utm_source=rss"


# --------------------------------------------------------------------------------------------
# Text decoration and markup
# --------------------------------------------------------------------------------------------

def headline(text: str, limit: int = 70) -> str:
    """A social post's title as feed bridges make it: the text, cut at a word."""
    first = text.split("\n")[0]
    if len(first) <= limit:
        return first
    cut = first[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def typo(text: str, lang: str, rng: random.Random) -> str:
    """One realistic slip: a known misspelling, two swapped letters, or no capitals at all."""
    table = LANGS[lang].TYPOS
    known = [w for w in table if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text)]
    roll = rng.random()
    if known and roll < 0.55:
        w = rng.choice(known)
        return re.sub(rf"(?<!\w){re.escape(w)}(?!\w)", table[w], text, count=1)
    if roll < 0.8:
        candidates = [m for m in re.finditer(r"\b[^\W\d_]{6,}\b", text) if not any(s in fold(m.group()) for s in STEMS)]
        if candidates:
            m = rng.choice(candidates)
            w = m.group()
            k = rng.randrange(1, len(w) - 2)
            return text[: m.start()] + w[:k] + w[k + 1] + w[k] + w[k + 2 :] + text[m.end() :]
    return text.lower()


def inline_html(text: str, rng: random.Random) -> str:
    """Escape a paragraph and add the light markup news sites use: bold names, &euro;."""
    out = html.escape(text, quote=False)
    if rng.random() < 0.35:
        out = re.sub(r"(?<!\w)(Trapkracht|Velora|Spaakwiel)(?!\w)", r"<b>\1</b>", out, count=1)
    if rng.random() < 0.5:
        out = out.replace("€", "&euro;")
    return out


def paragraphs_html(text: str) -> str:
    return "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in text.split("\n\n"))


# --------------------------------------------------------------------------------------------
# Writing the files
# --------------------------------------------------------------------------------------------

def rfc3339(dt: datetime) -> str:
    return dt.isoformat(timespec="seconds")


def rfc822(dt: datetime) -> str:
    return format_datetime(dt)


REVIEW_FEEDS = {
    "trapkracht-reviews.json": ("Trapkracht", "Reviews van Trapkracht"),
    "velora-reviews.json": ("Velora", "Reviews van Velora"),
    "spaakwiel-reviews.json": ("Spaakwiel", "Reviews van Spaakwiel"),
}
RSS_FEEDS = {
    "nieuws-nl.xml": ("Fietsnieuws", "https://fietsnieuws.example/", "Nieuws over fietsen, fietswinkels en de fietsbranche", "nl"),
    "nieuws-syndicated.xml": ("Tweewieler Pers", "https://tweewielerpers.example/", "Bicycle retail news from the Netherlands and Germany", "nl"),
    "social-no.xml": ("Sykkelprat", "https://sykkelprat.example/", "Innlegg om sykler og sykkelbutikker", "no"),
}


def write_json_feed(path: Path, items: list[Item]) -> None:
    name, title = REVIEW_FEEDS[path.name]
    key = name.lower()
    doc = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": title,
        "home_page_url": f"https://reviews.example/{key}",
        "feed_url": f"https://reviews.example/{key}/feed.json",
        "description": f"Klantbeoordelingen van {name} (demo-opname, alle teksten verzonnen)",
        "language": "nl",
        "items": [
            {
                "id": i.uid,
                "url": i.link,
                "title": i.title,
                "content_text": i.text,
                "date_published": rfc3339(i.when),
                "authors": [{"name": i.author}],
                "language": i.lang,
                "_review": {"rating": i.rating, "best": 5},
            }
            for i in items
        ],
    }
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def write_rss(path: Path, items: list[Item]) -> None:
    title, link, description, lang = RSS_FEEDS[path.name]
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">',
        "<channel>",
        f"<title>{escape(title)}</title>",
        f"<link>{escape(link)}</link>",
        f"<description>{escape(description)}</description>",
        f"<language>{lang}</language>",
        f"<lastBuildDate>{rfc822(items[0].when)}</lastBuildDate>",
    ]
    for i in items:
        body = i.html if i.html is not None else html.escape(i.text, quote=False)
        out += [
            "<item>",
            f"  <title>{escape(i.title)}</title>",
            f"  <link>{escape(i.link)}</link>",
            f'  <guid isPermaLink="false">{escape(i.uid)}</guid>',
            f"  <pubDate>{rfc822(i.when)}</pubDate>",
            f"  <dc:creator>{escape(i.author)}</dc:creator>",
            f"  <dc:language>{i.lang}</dc:language>",
            f"  <description>{escape(body)}</description>",
            "</item>",
        ]
    out += ["</channel>", "</rss>", ""]
    path.write_text("\n".join(out), encoding="utf-8")


def write_atom(path: Path, items: list[Item]) -> None:
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">',
        "<id>tag:fietsforum.example,2026:recent</id>",
        "<title>Fietsforum: recente berichten</title>",
        '<link rel="alternate" href="https://fietsforum.example/"/>',
        '<link rel="self" href="https://fietsforum.example/recent.atom"/>',
        f"<updated>{rfc3339(items[0].when)}</updated>",
    ]
    for i in items:
        out += [
            f'<entry xml:lang="{i.lang}">',
            f"  <id>{escape(i.uid)}</id>",
            f"  <title>{escape(i.title)}</title>",
            f'  <link rel="alternate" href={quoteattr(i.link)}/>',
            f"  <published>{rfc3339(i.when)}</published>",
            f"  <updated>{rfc3339(i.when)}</updated>",
            f"  <author><name>{escape(i.author)}</name></author>",
            f'  <content type="html">{escape(i.html or "")}</content>',
            "</entry>",
        ]
    out += ["</feed>", ""]
    path.write_text("\n".join(out), encoding="utf-8")


SCRIPT_TAG = "<script type=\"text/javascript\">window.dataLayer=window.dataLayer||[];dataLayer.push({'event':'article_view'});</script>"


def add_script_tags(items: list[Item], rng: random.Random) -> list[str]:
    """Two articles carry an analytics <script>, as scraped pages do; the collector must drop it."""
    chosen = rng.sample([i for i in items if i.kind == "news" and i.syndicated_from is None], 2)
    for i in chosen:
        i.html = (i.html or "") + SCRIPT_TAG
    return [i.uid for i in chosen]


def write_all(gen: Generator) -> dict[str, list[Item]]:
    FEEDS_DIR.mkdir(parents=True, exist_ok=True)
    by_feed: dict[str, list[Item]] = defaultdict(list)
    for item in sorted(gen.items, key=lambda i: i.when, reverse=True):  # feeds list newest first
        by_feed[item.feed].append(item)
    gen.script_ids = add_script_tags(gen.items, gen.rng)  # type: ignore[attr-defined]
    for feed in FEED_ORDER:
        path = FEEDS_DIR / feed
        if feed.endswith(".json"):
            write_json_feed(path, by_feed[feed])
            assert len(json.loads(path.read_text(encoding="utf-8"))["items"]) == len(by_feed[feed])
        else:
            (write_atom if feed.endswith(".atom") else write_rss)(path, by_feed[feed])
            root = ElementTree.parse(path).getroot()  # well-formed, and every item made it
            entries = root.findall("{http://www.w3.org/2005/Atom}entry") or root.findall("channel/item")
            assert len(entries) == len(by_feed[feed]), path
    return by_feed


# --------------------------------------------------------------------------------------------
# expected.json and self-checks
# --------------------------------------------------------------------------------------------

def collector_brand(item: Item) -> str | None:
    """The brand the shipped config files an item under: fixed for review feeds, else by alias."""
    if item.feed.endswith("-reviews.json"):
        return item.feed.removesuffix("-reviews.json")
    return assigned_brand(f"{item.title}\n{item.text}")


MIN_VARIETY = 40  # distinct sentences each language/touchpoint/sentiment bank can produce


def bank_variety() -> dict[tuple[str, str, str], int]:
    """How many distinct claims each bank yields once its slots are filled (a lower bound: the
    brand-dependent slots count with their smallest list)."""
    out = {}
    for lang, bank in LANGS.items():
        products = len(bank.SLOTS["product"])

        def size(name: str) -> int:
            if name in ("brand", "other", "site", "handle", "order"):
                return 1
            if name in ("product_def", "a_product"):
                return products
            if name == "part":
                return len(bank.SLOTS["part"])
            if name in bank.SLOTS:
                return len(bank.SLOTS[name])
            return min((len(v[name]) for v in bank.BRAND_SLOTS.values() if name in v), default=1)

        for topic, pols in bank.CLAIMS.items():
            for pol, templates in pols.items():
                out[(lang, topic, pol)] = sum(
                    math.prod(size(n) for n in {m.group(1) for m in SLOT_RE.finditer(t)}) for t in templates
                )
    return out


def check(gen: Generator) -> None:
    """Fail loudly when the data breaks a promise the README or the tests rely on."""
    problems: list[str] = [f"bank {k} yields only {n} claims" for k, n in bank_variety().items() if n < MIN_VARIETY]
    for i in gen.items:
        full = f"{i.title}\n{i.text}"
        if bad := accidental_names(full):
            problems.append(f"{i.uid}: brand name inside a word: {bad}")
        if i.kind == "nobrand" and brand_hits(full):
            problems.append(f"{i.uid}: no-brand item names a brand")
        if i.kind != "nobrand" and i.brand and not i.feed.endswith("-reviews.json") and collector_brand(i) != i.brand:
            problems.append(f"{i.uid}: written about {i.brand}, collector would file it under {collector_brand(i)}")
        if i.feed.endswith("-reviews.json") and i.rating is None:
            problems.append(f"{i.uid}: review without rating")
        if "{" in full or "}" in full:
            problems.append(f"{i.uid}: unfilled slot in {full[:80]!r}")
        if not FIRST_DAY <= i.when.date() <= ANCHOR:
            problems.append(f"{i.uid}: date {i.when} outside the window")
    hashes = Counter(dedup_hash(i.title, i.text) for i in gen.items)
    copies = sum(n - 1 for n in hashes.values())
    if copies != sum(1 for i in gen.items if i.syndicated_from is not None):
        problems.append(f"{copies} duplicate texts, expected only the syndicated copies")
    if len({i.uid for i in gen.items}) != len(gen.items):
        problems.append("ids are not unique")
    if problems:
        raise SystemExit("demo data check failed:\n  " + "\n  ".join(problems[:40]))


def expected(gen: Generator, by_feed: dict[str, list[Item]]) -> dict[str, object]:
    items = gen.items
    copies = [i for i in items if i.syndicated_from is not None]
    skipped = [i for i in items if collector_brand(i) is None]
    window = [i for i in items if INCIDENT_START <= i.when.date() <= INCIDENT_END]
    incident_mentions = [i for i in window if i.brand == "trapkracht" and i.sentiment == "neg" and i.topic == "delivery"]
    stored = [i for i in items if i.syndicated_from is None and collector_brand(i) is not None]
    names = {k: b.name for k, b in BRANDS.items()}

    def count(values: Iterable[str | None]) -> dict[str, int]:
        return dict(sorted(Counter(v or "none" for v in values).items()))

    reviews = [i for i in items if i.rating is not None]
    return {
        "about": "Counts for examples/demo/feeds, written by generate.py; see README.md.",
        "seed": SEED,
        "anchor_date": ANCHOR.isoformat(),
        "first_date": FIRST_DAY.isoformat(),
        "days": WINDOW_DAYS,
        "items_per_file": {f: len(by_feed[f]) for f in FEED_ORDER},
        "total_items": len(items),
        "items_per_brand": {names.get(k, k): n for k, n in count(i.brand for i in items).items()},
        "items_per_brand_collector": {names.get(k, k): n for k, n in count(collector_brand(i) for i in items).items()},
        "items_naming_two_brands": sum(1 for i in items if len(brand_hits(f"{i.title} {i.text}")) > 1),
        "items_per_language": count(i.lang for i in items),
        "items_per_language_per_file": {f: count(i.lang for i in by_feed[f]) for f in FEED_ORDER},
        "sentiment_by_construction": {SENTIMENT_NAME[k]: v for k, v in count(i.sentiment for i in items).items()},
        "sentiment_per_brand": {
            names[b]: {SENTIMENT_NAME[k]: v for k, v in count(i.sentiment for i in items if i.brand == b).items()} for b in BRANDS
        },
        "mixed_opinion_items": sum(1 for i in items if i.mixed),
        "syndicated_duplicates": len(copies),
        "syndicated_pairs": [[items[i.syndicated_from].uid, i.uid] for i in copies],  # type: ignore[index]
        "no_brand_items": len(skipped),
        "no_brand_items_per_file": {f: sum(1 for i in by_feed[f] if collector_brand(i) is None) for f in FEED_ORDER},
        "expected_collect": {
            "fetched": len(items),
            "skipped": len(skipped),
            "duplicates": len(copies),
            "mentions": len(stored),
            "mentions_per_brand": {names[k]: n for k, n in count(collector_brand(i) for i in stored).items()},
        },
        "reviews_with_rating": len(reviews),
        "rating_distribution": {str(k): v for k, v in sorted(Counter(i.rating for i in reviews).items())},
        "rating_contradictions": sum(1 for i in items if i.contradiction),
        "rating_contradiction_ids": sorted(i.uid for i in items if i.contradiction),
        "script_tag_items": sorted(gen.script_ids),  # type: ignore[attr-defined]
        "incident": {
            "brand": "Trapkracht",
            "topic": "delivery",
            "start": INCIDENT_START.isoformat(),
            "end": INCIDENT_END.isoformat(),
            "days_before_anchor": [(ANCHOR - INCIDENT_START).days, (ANCHOR - INCIDENT_END).days],
            "mentions": len(incident_mentions),
            "injected_items": sum(1 for i in items if i.incident),
            "mentions_per_language": count(i.lang for i in incident_mentions),
            "mentions_per_day": {d.isoformat(): gen.tk_neg_delivery(d) for d in (INCIDENT_START + timedelta(days=k) for k in range(len(INCIDENT_WAVE)))},
            "normal_daily_rate": round(gen.baseline_rate, 3),
            "incident_daily_rate": round(len(incident_mentions) / len(INCIDENT_WAVE), 3),
            "ratio": round(len(incident_mentions) / len(INCIDENT_WAVE) / gen.baseline_rate, 2),
        },
    }


def main() -> None:
    gen = Generator()
    gen.run()
    check(gen)
    by_feed = write_all(gen)
    data = expected(gen, by_feed)
    EXPECTED.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    total = data["total_items"]
    print(f"{total} items over {WINDOW_DAYS} days ending {ANCHOR}")
    for key in ("items_per_file", "items_per_brand", "items_per_language", "sentiment_by_construction"):
        shares = ", ".join(f"{k} {v} ({v / total:.0%})" for k, v in data[key].items())  # type: ignore[union-attr]
        print(f"  {key}: {shares}")
    inc = data["incident"]
    print(f"  incident {inc['start']}..{inc['end']}: {inc['mentions']} negative delivery mentions "  # type: ignore[index]
          f"({inc['ratio']}x the normal {inc['normal_daily_rate']}/day), {inc['injected_items']} injected")  # type: ignore[index]
    print(f"  syndicated copies {data['syndicated_duplicates']}, no-brand {data['no_brand_items']}, "
          f"rating contradictions {data['rating_contradictions']}")


if __name__ == "__main__":
    main()
