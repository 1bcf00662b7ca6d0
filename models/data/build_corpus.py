#!/usr/bin/env python3
"""Build repwatch's own multilingual sentiment training corpus.

Stdlib only and deterministic: the same sources always give the same
``sentiment_train.jsonl``.

Sources live in ``models/data/corpus_src/<lang>.py`` and
``corpus_src/<lang>_<topic>.py`` (e.g. ``nl_long.py``, ``en_tweets.py``,
``nb_critic.py``, ``de_rail.py``), and as plain data files
``corpus_src/<lang>_<topic>.txt`` (``de_shop.txt``: new sources are data, not
modules); the language is the part of the file name
before the first underscore, and a source file whose prefix is not a known
language is an error (so a misnamed file cannot be skipped silently). Each
``.txt`` file, and each module's string ``DATA``, holds one labelled text per line::

    <label> <register> <case> <text>

    label     +  positive   -  negative   0  neutral
    register  r review  c complaint  s social  n news  q question
              p politics_opinion
    case      pl plain  ng negation  sa sarcasm  mx mixed  em emoji
              ty typo  mi mild  co comparative  in intensifier

Lines that are empty or start with ``#`` are ignored. All texts were written
by hand for this project (see README.md). The script validates the sources,
adds a small amount of programmatic augmentation (emoji and typo variants,
marked with an ``aug`` field, capped well below 30 % of the corpus), checks
balance and template repetition, writes the JSONL file and prints the
statistics tables that are pasted into README.md.

Usage::

    python models/data/build_corpus.py            # build + print tables
    python models/data/build_corpus.py --markdown # tables as Markdown
    python models/data/build_corpus.py --sample 20  # also print random rows
"""
from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "corpus_src"
OUT = HERE / "sentiment_train.jsonl"

LABELS = {"+": "positive", "-": "negative", "0": "neutral"}
REGISTERS = {
    "r": "review",
    "c": "complaint",
    "s": "social",
    "n": "news",
    "q": "question",
    "p": "politics_opinion",
}
CASES = {
    "pl": "plain",
    "ng": "negation",
    "sa": "sarcasm",
    "mx": "mixed",
    "em": "emoji",
    "ty": "typo",
    "mi": "mild",
    "co": "comparative",
    "in": "intensifier",
}
# language -> minimum number of rows (augmented rows included)
LANG_MIN = {
    "nl": 450, "nb": 450, "en": 450, "de": 450,
    "nn": 350, "da": 350, "sv": 350, "fr": 350, "es": 350,
    "it": 120, "pt": 120, "ar": 120, "hi": 120,
}
LANG_ORDER = list(LANG_MIN)
TOTAL_MIN = 5000
HARD_MIN_SHARE = 0.25
AUG_MAX_SHARE = 0.30
AUG_RATE = 0.25          # augmented rows per base row (per language)
BALANCE_TOL = 0.10       # each label within +-10 % of the language mean
MAX_WORDS = 75
MIN_WORDS = 3
MAX_SAME_PREFIX_BASE = 4  # texts sharing the same first 4 words (base rows)
MAX_SAME_PREFIX_ALL = 8   # same, after augmentation (variant + source)
SEED = 20240611

EMOJI_RE = re.compile(
    "[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200d]"
)
WORD_RE = re.compile(r"\w+", re.UNICODE)

# Emoji appended by the "emoji" augmentation, chosen per label.
AUG_EMOJI = {
    "positive": ["👍", "😍", "🙌", "😊", "👌", "🥳", "❤️", "💯", "👏", "😄 👍", "🙏❤️"],
    "negative": ["👎", "😡", "🙄", "😤", "😞", "🤬", "😒", "💀", "😩", "👎👎", "😠"],
}
# Neutral texts only get an emoji that fits the register and adds no stance.
AUG_EMOJI_NEUTRAL = {
    "question": ["🤔", "🙏", "❓"],
    "news": ["📢", "📰", "ℹ️"],
    "politics_opinion": ["📰", "🗓️", "ℹ️"],
    "social": ["👀", "📍", "🕒"],
    "complaint": ["ℹ️"],
}

# Per-language character-level "typing in a hurry" substitutions.
FOLD = {
    "nb": {"æ": "ae", "ø": "o", "å": "a", "Æ": "Ae", "Ø": "O", "Å": "A"},
    "nn": {"æ": "ae", "ø": "o", "å": "aa", "Æ": "Ae", "Ø": "O", "Å": "Aa"},
    "da": {"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"},
    "sv": {"å": "a", "ä": "a", "ö": "o", "Å": "A", "Ä": "A", "Ö": "O"},
    "de": {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"},
    # casual Arabic typing: hamza seats and ta marbuta simplified, tanwin
    # and short-vowel marks left out
    "ar": {"أ": "ا", "إ": "ا", "آ": "ا", "ة": "ه", "ى": "ي",
           "\u064b": "", "\u064c": "", "\u064d": "", "\u064e": "",
           "\u064f": "", "\u0650": "", "\u0651": "", "\u0652": ""},
    # casual Hindi typing: nukta dropped, chandrabindu typed as anusvara
    "hi": {"\u093c": "", "\u0901": "\u0902"},
}


def _is_word(w: str) -> bool:
    """Letters only (combining vowel signs allowed, e.g. Devanagari matras)."""
    return bool(w) and w[0].isalpha() and all(
        c.isalpha() or unicodedata.category(c).startswith("M") for c in w
    )


class CorpusError(Exception):
    pass


def _source_lines(path: Path) -> list[str]:
    """The lines of a source: a plain-text data file (`.txt`), or the `DATA` string of an older
    `.py` module (issue 14: sources are data; new ones are written as .txt)."""
    if path.suffix == ".txt":
        return path.read_text(encoding="utf-8").splitlines()
    spec = importlib.util.spec_from_file_location(f"corpus_src_{path.stem}", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod.DATA.splitlines()


def load_sources() -> list[dict]:
    sys.dont_write_bytecode = True  # keep corpus_src/ free of __pycache__
    rows: list[dict] = []
    errors: list[str] = []
    for path in sorted([*SRC.glob("*.py"), *SRC.glob("*.txt")]):
        lang = path.stem.split("_")[0]
        if lang not in LANG_MIN:
            errors.append(f"{path.name}: unknown language prefix {lang!r} "
                          f"(name source files <lang>.txt or <lang>_<topic>.txt)")
            continue
        for lineno, raw in enumerate(_source_lines(path), 1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            parts = line.split(None, 3)
            where = f"{path.name}:{lineno}"
            if len(parts) < 4:
                errors.append(f"{where}: malformed line: {line!r}")
                continue
            lab, reg, case, text = parts
            if lab not in LABELS:
                errors.append(f"{where}: bad label {lab!r}")
                continue
            if reg not in REGISTERS:
                errors.append(f"{where}: bad register {reg!r}")
                continue
            if case not in CASES:
                errors.append(f"{where}: bad case {case!r}")
                continue
            rows.append({
                "text": text.strip(),
                "label": LABELS[lab],
                "lang": lang,
                "register": REGISTERS[reg],
                "case": CASES[case],
                "_where": where,
            })
    if errors:
        raise CorpusError("\n".join(errors))
    return rows


def norm_key(text: str) -> str:
    t = unicodedata.normalize("NFKC", text).casefold()
    t = EMOJI_RE.sub("", t)
    return " ".join(WORD_RE.findall(t))


def n_words(text: str) -> int:
    return len(text.split())


def prefix4(text: str) -> str:
    words = WORD_RE.findall(unicodedata.normalize("NFKC", text).casefold())
    return " ".join(words[:4]) if len(words) >= 4 else ""


def has_emoji(text: str) -> bool:
    return bool(EMOJI_RE.search(text))


def validate_base(rows: list[dict]) -> list[str]:
    errs: list[str] = []
    seen: dict[tuple[str, str], str] = {}
    for r in rows:
        t = r["text"]
        key = (r["lang"], norm_key(t))
        if not key[1] and r["case"] != "emoji":
            errs.append(f"{r['_where']}: empty text")
        if key in seen and key[1]:
            errs.append(f"{r['_where']}: duplicate of {seen[key]}: {t!r}")
        seen.setdefault(key, r["_where"])
        nw = n_words(t)
        if r["case"] == "emoji":
            if len(t) < 2:
                errs.append(f"{r['_where']}: emoji text too short")
        elif nw < MIN_WORDS:
            errs.append(f"{r['_where']}: too short ({nw} words): {t!r}")
        if nw > MAX_WORDS:
            errs.append(f"{r['_where']}: too long ({nw} words)")
        if r["case"] == "emoji" and not has_emoji(t):
            errs.append(f"{r['_where']}: case emoji without emoji: {t!r}")
        if "\t" in t or '"""' in t:
            errs.append(f"{r['_where']}: bad characters")
    # exact duplicates of emoji-only rows (key empty) are checked on raw text
    raw = Counter((r["lang"], r["text"]) for r in rows)
    for (lang, t), c in raw.items():
        if c > 1:
            errs.append(f"{lang}: exact duplicate x{c}: {t!r}")
    return errs


# ---------------------------------------------------------------- augmentation

def _stable_rng(*parts: str) -> random.Random:
    h = hashlib.sha256("\x1f".join((str(SEED),) + parts).encode()).hexdigest()
    return random.Random(int(h[:16], 16))


def make_emoji_variant(row: dict) -> str | None:
    t = row["text"]
    if has_emoji(t):
        return None
    rng = _stable_rng("emoji", row["lang"], t)
    if row["label"] == "neutral":
        emo = rng.choice(AUG_EMOJI_NEUTRAL[row["register"]])
        return f"{t} {emo}"
    if row["case"] == "mild":  # keep the emoji as lukewarm as the text
        return f"{t} {rng.choice(['👍', '👌', '🙂'])}"
    emo = rng.choice(AUG_EMOJI[row["label"]])
    style = rng.random()
    if row["lang"] in ("ar",):
        return f"{t} {emo}"
    if style < 0.45:
        return f"{t} {emo}"
    if style < 0.75:
        return f"{t.rstrip('.!')} {emo}"
    # emoji replaces the final punctuation and is repeated
    first = emo.split()[0]
    return f"{t.rstrip('.!')} {first}{first}"


def _word_typo(word: str, rng: random.Random) -> str:
    if len(word) < 4 or not _is_word(word) or not word.isalpha():
        return word  # too short, or contains combining marks
    i = rng.randrange(1, len(word) - 1)
    op = rng.random()
    if op < 0.4:   # swap two neighbours
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if op < 0.7:   # drop a letter
        return word[:i] + word[i + 1:]
    return word[:i] + word[i] + word[i:]  # double a letter


def make_typo_variant(row: dict) -> str | None:
    t = row["text"]
    lang = row["lang"]
    rng = _stable_rng("typo", lang, t)
    out = t
    # 1. strip accents / national letters the way people do on a foreign keyboard
    if lang in FOLD and (lang in ("hi", "ar") or rng.random() < 0.8):
        for a, b in FOLD[lang].items():
            out = out.replace(a, b)
    elif lang in ("fr", "es", "pt", "it", "nl") and rng.random() < 0.8:
        out = "".join(
            c for c in unicodedata.normalize("NFD", out)
            if unicodedata.category(c) != "Mn"
        )
        out = unicodedata.normalize("NFC", out)
    if lang == "hi":
        # letter swaps would break Devanagari conjuncts; instead drop the
        # danda the way people do in chats
        if rng.random() < 0.7:
            out = out.replace("।", rng.choice(["", ".", " ..."])).strip()
        if out == t:
            return None
        return out
    # 2. one or two letter-level slips in longer words
    words = out.split(" ")
    cand = [i for i, w in enumerate(words) if len(w) >= 5 and _is_word(w)]
    rng.shuffle(cand)
    for i in cand[: 1 + (rng.random() < 0.4)]:
        words[i] = _word_typo(words[i], rng)
    out = " ".join(words)
    # 3. casual casing / punctuation
    if lang not in ("ar", "hi", "de") and rng.random() < 0.5:
        out = out.lower()
    if rng.random() < 0.5:
        out = out.rstrip(".!")
    if out == t or norm_key(out) == norm_key(t):
        return None
    return out


def augment(base: list[dict]) -> list[dict]:
    by_lang: dict[str, list[dict]] = defaultdict(list)
    for r in base:
        by_lang[r["lang"]].append(r)
    aug_rows: list[dict] = []
    existing = {(r["lang"], norm_key(r["text"])) for r in base}
    existing_raw = {(r["lang"], r["text"]) for r in base}
    for lang in LANG_ORDER:
        rows = by_lang.get(lang, [])
        if not rows:
            continue
        per_label = int(round(len(rows) * AUG_RATE / 3))
        for label in ("negative", "neutral", "positive"):
            rng = _stable_rng("pick", lang, label)
            pool = [r for r in rows if r["label"] == label]
            # emoji variants only from plain texts without emoji in informal
            # registers; neutral gets emoji only on questions/social/news
            emo_pool = [
                r for r in pool
                if r["case"] in ("plain", "mild", "intensifier", "comparative")
                and not has_emoji(r["text"])
                and r["register"] in ("review", "complaint", "social", "question",
                                      "politics_opinion", "news")
                and not (label == "neutral" and r["register"] == "review")
            ]
            typo_pool = [
                r for r in pool
                if r["case"] not in ("typo", "emoji", "sarcasm")
                and r["register"] != "news"
            ]
            rng.shuffle(emo_pool)
            rng.shuffle(typo_pool)
            n_emoji = per_label // 2 if label != "neutral" else per_label // 3
            n_typo = per_label - n_emoji
            used: set[str] = set()
            made = 0
            for kind, pool_k, want in (("emoji", emo_pool, n_emoji),
                                       ("typo", typo_pool, n_typo)):
                got = 0
                for src in pool_k:
                    if got >= want:
                        break
                    if src["text"] in used:
                        continue
                    new = (make_emoji_variant(src) if kind == "emoji"
                           else make_typo_variant(src))
                    if not new:
                        continue
                    key = (lang, norm_key(new))
                    if (lang, new) in existing_raw:
                        continue
                    if kind == "typo" and key in existing:
                        continue
                    used.add(src["text"])
                    existing.add(key)
                    existing_raw.add((lang, new))
                    aug_rows.append({
                        "text": new,
                        "label": label,
                        "lang": lang,
                        "register": src["register"],
                        "case": kind,
                        "aug": kind,
                        "_where": f"aug<{src['_where']}",
                    })
                    got += 1
                made += got
    return aug_rows


# ---------------------------------------------------------------- checks

def check_corpus(rows: list[dict], base: list[dict]) -> tuple[list[str], list[str]]:
    errs: list[str] = []
    warns: list[str] = []
    n = len(rows)
    if n < TOTAL_MIN:
        errs.append(f"total {n} < {TOTAL_MIN}")
    lang_c = Counter(r["lang"] for r in rows)
    for lang, mn in LANG_MIN.items():
        if lang_c[lang] < mn:
            errs.append(f"{lang}: {lang_c[lang]} rows < {mn}")
        labs = Counter(r["label"] for r in rows if r["lang"] == lang)
        if not labs:
            continue
        mean = sum(labs.values()) / 3
        for lab in LABELS.values():
            if abs(labs[lab] - mean) > BALANCE_TOL * mean:
                errs.append(f"{lang}: {lab}={labs[lab]} outside +-10% of mean {mean:.1f} ({dict(labs)})")
    hard = sum(r["case"] != "plain" for r in rows) / n
    if hard < HARD_MIN_SHARE:
        errs.append(f"hard-case share {hard:.1%} < {HARD_MIN_SHARE:.0%}")
    hard_base = sum(r["case"] != "plain" for r in base) / len(base)
    if hard_base < HARD_MIN_SHARE:
        errs.append(f"hard-case share in hand-written rows {hard_base:.1%} < 25%")
    aug = sum("aug" in r for r in rows) / n
    if aug >= AUG_MAX_SHARE:
        errs.append(f"augmented share {aug:.1%} >= 30%")
    # template repetition: first four words
    for which, pool, limit in (("base", base, MAX_SAME_PREFIX_BASE),
                               ("all", rows, MAX_SAME_PREFIX_ALL)):
        pc = Counter((r["lang"], prefix4(r["text"])) for r in pool if prefix4(r["text"]))
        for (lang, p), c in pc.most_common():
            if c <= limit:
                break
            errs.append(f"{lang}: {c} {which} texts start with {p!r}")
    # global normalised duplicates across everything
    nk = Counter((r["lang"], norm_key(r["text"]), r["text"]) for r in rows)
    for k, c in nk.items():
        if c > 1:
            errs.append(f"duplicate row: {k}")
    lab_conflict: dict[tuple[str, str], set[str]] = defaultdict(set)
    for r in rows:
        k = norm_key(r["text"])
        if k:
            lab_conflict[(r["lang"], k)].add(r["label"])
    for k, labs in lab_conflict.items():
        if len(labs) > 1:
            errs.append(f"same text with different labels: {k} {labs}")
    lengths = [n_words(r["text"]) for r in rows]
    mid = sum(8 <= x <= 35 for x in lengths) / n
    if mid < 0.6:
        warns.append(f"only {mid:.0%} of texts have 8-35 words")
    return errs, warns


# ---------------------------------------------------------------- tables

def table(rows_spec, header, md: bool) -> str:
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows_spec)]
    if md:
        out = ["| " + " | ".join(str(h) for h in header) + " |",
               "|" + "|".join("---:" if i else "---" for i in range(len(header))) + "|"]
        out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows_spec]
        return "\n".join(out)
    fmt = "  ".join(f"{{:<{w}}}" if i == 0 else f"{{:>{w}}}" for i, w in enumerate(widths))
    return "\n".join([fmt.format(*header)] + [fmt.format(*r) for r in rows_spec])


def stats(rows: list[dict], md: bool) -> str:
    out = []
    lab_order = ["negative", "neutral", "positive"]
    h = "### " if md else ""
    # lang x label
    spec = []
    for lang in LANG_ORDER:
        c = Counter(r["label"] for r in rows if r["lang"] == lang)
        a = sum(1 for r in rows if r["lang"] == lang and "aug" in r)
        spec.append([lang] + [c[l] for l in lab_order] + [sum(c.values()), a])
    tot = Counter(r["label"] for r in rows)
    spec.append(["total"] + [tot[l] for l in lab_order] + [len(rows), sum("aug" in r for r in rows)])
    out.append(h + "Language x label\n\n" + table(spec, ["lang"] + lab_order + ["total", "of which aug"], md))
    # register x label
    spec = []
    for reg in REGISTERS.values():
        c = Counter(r["label"] for r in rows if r["register"] == reg)
        spec.append([reg] + [c[l] for l in lab_order] + [sum(c.values())])
    out.append(h + "Register x label\n\n" + table(spec, ["register"] + lab_order + ["total"], md))
    # case x label
    spec = []
    for case in CASES.values():
        c = Counter(r["label"] for r in rows if r["case"] == case)
        a = sum(1 for r in rows if r["case"] == case and "aug" in r)
        spec.append([case] + [c[l] for l in lab_order] + [sum(c.values()), a])
    out.append(h + "Case x label\n\n" + table(spec, ["case"] + lab_order + ["total", "of which aug"], md))
    # lang x register
    spec = []
    for lang in LANG_ORDER:
        c = Counter(r["register"] for r in rows if r["lang"] == lang)
        spec.append([lang] + [c[g] for g in REGISTERS.values()])
    out.append(h + "Language x register\n\n" + table(spec, ["lang"] + list(REGISTERS.values()), md))
    n = len(rows)
    hard = sum(r["case"] != "plain" for r in rows)
    lengths = sorted(n_words(r["text"]) for r in rows)
    mid = sum(8 <= x <= 35 for x in lengths)
    out.append(
        f"{h}Summary\n\n"
        f"- rows: {n}\n"
        f"- hand-written rows: {n - sum('aug' in r for r in rows)}\n"
        f"- augmented rows: {sum('aug' in r for r in rows)} ({sum('aug' in r for r in rows) / n:.1%})\n"
        f"- hard cases (case != plain): {hard} ({hard / n:.1%})\n"
        f"- words per text: min {lengths[0]}, median {lengths[n // 2]}, max {lengths[-1]}; "
        f"8-35 words: {mid / n:.1%}"
    )
    return "\n\n".join(out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--markdown", action="store_true", help="print tables as Markdown")
    ap.add_argument("--sample", type=int, default=0, help="print N random rows per language")
    ap.add_argument("--no-write", action="store_true", help="validate only")
    args = ap.parse_args(argv)

    base = load_sources()
    errs = validate_base(base)
    if errs:
        print("\n".join(errs), file=sys.stderr)
        print(f"{len(errs)} source error(s)", file=sys.stderr)
        return 1
    aug = augment(base)
    # keep language order, base rows first, then their augmentations
    rows: list[dict] = []
    for lang in LANG_ORDER:
        rows += [r for r in base if r["lang"] == lang]
        rows += [r for r in aug if r["lang"] == lang]
    errs, warns = check_corpus(rows, base)
    for w in warns:
        print("warning:", w, file=sys.stderr)
    if errs:
        print("\n".join(errs), file=sys.stderr)
        print(f"{len(errs)} corpus error(s)", file=sys.stderr)
        return 1
    counters: Counter = Counter()
    out_rows = []
    for r in rows:
        counters[r["lang"]] += 1
        rec = {
            "id": f"{r['lang']}-{counters[r['lang']]:04d}",
            "text": r["text"],
            "label": r["label"],
            "lang": r["lang"],
            "register": r["register"],
            "case": r["case"],
        }
        if "aug" in r:
            rec["aug"] = r["aug"]
        out_rows.append(rec)
    if not args.no_write:
        with OUT.open("w", encoding="utf-8", newline="\n") as fh:
            for rec in out_rows:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(f"wrote {len(out_rows)} rows to {OUT.relative_to(HERE.parent.parent)}")
    print(stats(out_rows, args.markdown))
    if args.sample:
        rng = random.Random(SEED)
        for lang in LANG_ORDER:
            pool = [r for r in out_rows if r["lang"] == lang]
            print(f"\n=== sample {lang} ===")
            for r in rng.sample(pool, min(args.sample, len(pool))):
                tag = f"{r['label'][:3]} {r['register'][:5]} {r['case'][:5]}"
                if "aug" in r:
                    tag += " aug"
                print(f"[{tag}] {r['text']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
