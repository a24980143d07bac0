#!/usr/bin/env python3
"""Check testdata/consolidation/gold.toml against the articles it references.

Usage: python3 testdata/consolidation/check_gold.py [path/to/gold.toml]

Standard library only (Python 3.11+ for tomllib). Exits 1 if any check fails.

Checks:
  * every referenced article exists; for `path#id` references, that the JSON
    Lines file holds a record with that "id";
  * every mention `text` occurs exactly once in that article's text (for .txt:
    the text after the optional `date YYYY-MM-DD` header, which may run into
    the first line of text; for a JSONL record: its "text" field), has at
    least 5 words, and a happening has at most one mention per article;
  * story and happening ids are unique, every happening's story exists,
    types are PLOVER names, dates are YYYY-MM-DD or YYYY-MM;
  * every article under testdata/consolidation/articles/ is referenced by at
    least one mention;
  * [[copies]] reference at least two distinct existing articles, and an
    article belongs to at most one copy group;
  * [[undated]] entries reference existing articles that really carry no
    date (no header line / no "date" field), and every undated article that
    is referenced anywhere in the gold is listed in [[undated]].
"""

from __future__ import annotations

import datetime
import json
import re
import sys
import tomllib
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]  # repo root: testdata/consolidation -> testdata -> root
ARTICLES_DIR = HERE / "articles"

PLOVER = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
    "MOBILIZE", "COERCE", "ASSAULT",
}

DATE_HEADER = re.compile(r"\Adate (\d{4}-\d{2}-\d{2})(?:[ \t]+|\n|\Z)")

errors: list[str] = []
warnings: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


class Article:
    def __init__(self, ref: str, text: str, date: str | None):
        self.ref = ref
        self.text = text
        self.date = date


_cache: dict[str, Article | None] = {}
_jsonl_cache: dict[Path, dict[str, dict] | None] = {}


def load_jsonl(path: Path) -> dict[str, dict] | None:
    if path not in _jsonl_cache:
        if not path.is_file():
            _jsonl_cache[path] = None
        else:
            records: dict[str, dict] = {}
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as e:
                    err(f"{path.relative_to(ROOT)}:{n}: invalid JSON ({e})")
                    continue
                rid = rec.get("id")
                if not isinstance(rid, str):
                    err(f"{path.relative_to(ROOT)}:{n}: record without a string \"id\"")
                    continue
                if rid in records:
                    err(f"{path.relative_to(ROOT)}:{n}: duplicate record id {rid!r}")
                records[rid] = rec
            _jsonl_cache[path] = records
    return _jsonl_cache[path]


def load_article(ref: str) -> Article | None:
    """Return the article for a reference, or None (and record no error)."""
    if ref in _cache:
        return _cache[ref]
    art: Article | None = None
    if "#" in ref:
        path_s, rid = ref.split("#", 1)
        records = load_jsonl(ROOT / path_s)
        if records is not None and rid in records:
            rec = records[rid]
            text = rec.get("text")
            if isinstance(text, str):
                art = Article(ref, text, rec.get("date") or None)
    else:
        path = ROOT / ref
        if path.is_file():
            raw = path.read_text(encoding="utf-8").replace("\r\n", "\n").replace("\r", "\n")
            m = DATE_HEADER.match(raw)
            date = None
            if m:
                date = m.group(1)
                raw = raw[m.end():]
            art = Article(ref, raw.strip(), date)
    _cache[ref] = art
    return art


ABBREV = re.compile(r"(?:\b[A-Z]\.|\b(?:Mr|Mrs|Ms|Dr|St|Lt|Gen|Col|Brig|Maj|Capt|Sgt|No|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec)\.)$")


def spans_sentences(text: str) -> bool:
    """Heuristic: a sentence end (., ! or ?, optionally followed by a closing
    quote) followed by a space and an upper-case letter, unless the period
    belongs to an abbreviation ("U.S.", "Lt.", "Oct.")."""
    for m in re.finditer(r"[.!?][\"”’)]?\s+(?=[A-Z“\"])", text):
        before = text[: m.start() + 1]
        if not ABBREV.search(before):
            return True
    return False


def check_date(value: object, where: str, allow_month: bool) -> None:
    if not isinstance(value, str):
        err(f"{where}: date must be a string")
        return
    try:
        if allow_month and re.fullmatch(r"\d{4}-\d{2}", value):
            datetime.date.fromisoformat(value + "-01")
        elif re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            datetime.date.fromisoformat(value)
        else:
            raise ValueError
    except ValueError:
        err(f"{where}: invalid date {value!r}")


def require_article(ref: object, where: str) -> Article | None:
    if not isinstance(ref, str) or not ref:
        err(f"{where}: article reference must be a non-empty string")
        return None
    art = load_article(ref)
    if art is None:
        if "#" in ref:
            err(f"{where}: no JSONL record {ref!r} (file or id missing, or no text)")
        else:
            err(f"{where}: article file {ref!r} does not exist")
    return art


def main() -> int:
    gold_path = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "gold.toml"
    with open(gold_path, "rb") as f:
        gold = tomllib.load(f)

    unknown = set(gold) - {"story", "happening", "copies", "undated"}
    for key in sorted(unknown):
        err(f"unknown top-level table {key!r}")

    # --- stories -----------------------------------------------------------
    stories: dict[str, dict] = {}
    for i, s in enumerate(gold.get("story", []), 1):
        sid = s.get("id")
        if not isinstance(sid, str) or not sid:
            err(f"story #{i}: missing id")
            continue
        if sid in stories:
            err(f"story {sid}: duplicate id")
        if not s.get("title"):
            err(f"story {sid}: missing title")
        stories[sid] = s

    # --- happenings and mentions ---------------------------------------------
    happening_ids: set[str] = set()
    referenced: set[str] = set()
    mentions_total = 0
    per_story = Counter()
    mentions_per_story = Counter()
    for i, h in enumerate(gold.get("happening", []), 1):
        hid = h.get("id")
        where = f"happening {hid or '#' + str(i)}"
        if not isinstance(hid, str) or not hid:
            err(f"{where}: missing id")
        elif hid in happening_ids:
            err(f"{where}: duplicate id")
        else:
            happening_ids.add(hid)
        story = h.get("story")
        if story not in stories:
            err(f"{where}: unknown story {story!r}")
        else:
            per_story[story] += 1
            if isinstance(hid, str) and not hid.startswith(story + "/"):
                warnings.append(f"{where}: id does not start with '{story}/'")
        if h.get("type") not in PLOVER:
            err(f"{where}: type {h.get('type')!r} is not a PLOVER type")
        check_date(h.get("date"), where, allow_month=True)
        if not h.get("summary"):
            err(f"{where}: missing summary")
        mentions = h.get("mentions")
        if not isinstance(mentions, list) or not mentions:
            err(f"{where}: needs at least one mention")
            continue
        seen_articles: set[str] = set()
        for j, m in enumerate(mentions, 1):
            mwhere = f"{where} mention #{j}"
            ref = m.get("article")
            text = m.get("text")
            art = require_article(ref, mwhere)
            if isinstance(ref, str):
                referenced.add(ref)
                if ref in seen_articles:
                    err(f"{mwhere}: second mention from {ref} (one per article)")
                seen_articles.add(ref)
            mentions_total += 1
            if story in stories:
                mentions_per_story[story] += 1
            if not isinstance(text, str) or not text:
                err(f"{mwhere}: missing text")
                continue
            if len(text.split()) < 5:
                err(f"{mwhere}: text has fewer than 5 words: {text!r}")
            if "\n" in text:
                err(f"{mwhere}: text spans a line break: {text!r}")
            if spans_sentences(text):
                warnings.append(f"{mwhere}: text may span two sentences: {text!r}")
            if art is not None:
                n = art.text.count(text)
                if n != 1:
                    err(f"{mwhere}: text occurs {n} times in {ref} (must be exactly once): {text!r}")
        if len(seen_articles) < 2:
            warnings.append(f"{where}: only {len(seen_articles)} article(s) mention it")

    # --- copies ------------------------------------------------------------------
    in_copy_group: dict[str, int] = {}
    copies = gold.get("copies", [])
    for i, c in enumerate(copies, 1):
        arts = c.get("articles")
        where = f"copies #{i}"
        if not isinstance(arts, list) or len(arts) < 2:
            err(f"{where}: needs at least two articles (original first)")
            continue
        if len(set(arts)) != len(arts):
            err(f"{where}: an article is listed twice")
        for ref in arts:
            require_article(ref, where)
            if isinstance(ref, str):
                referenced.add(ref)
                if ref in in_copy_group:
                    err(f"{where}: {ref} already in copies #{in_copy_group[ref]}")
                in_copy_group[ref] = i

    # --- undated -------------------------------------------------------------------
    undated_listed: set[str] = set()
    undated = gold.get("undated", [])
    for i, u in enumerate(undated, 1):
        ref = u.get("article")
        where = f"undated #{i} ({ref})"
        art = require_article(ref, where)
        check_date(u.get("date"), where, allow_month=False)
        if isinstance(ref, str):
            if ref in undated_listed:
                err(f"{where}: listed twice")
            undated_listed.add(ref)
            referenced.add(ref)
        if art is not None and art.date is not None:
            err(f"{where}: article has a date ({art.date}); it is not undated")
    for ref in sorted(referenced):
        art = load_article(ref)
        if art is not None and art.date is None and ref not in undated_listed:
            err(f"article {ref} has no date but is not listed in [[undated]]")

    # --- coverage of the corpus directory --------------------------------------------
    corpus: list[str] = []
    for p in sorted(ARTICLES_DIR.iterdir()):
        rel = p.relative_to(ROOT).as_posix()
        if p.suffix == ".txt":
            corpus.append(rel)
        elif p.suffix == ".jsonl":
            records = load_jsonl(p) or {}
            corpus.extend(f"{rel}#{rid}" for rid in records)
        elif p.is_file():
            warnings.append(f"ignored file in articles/: {rel}")
    mentioned = {m.get("article") for h in gold.get("happening", []) for m in h.get("mentions", [])}
    for ref in corpus:
        if ref not in mentioned:
            err(f"corpus article {ref} is not referenced by any mention")

    # --- report ------------------------------------------------------------------------
    for w in warnings:
        print(f"warning: {w}")
    for e in errors:
        print(f"ERROR: {e}")

    print()
    print(f"gold file:   {gold_path.relative_to(ROOT) if gold_path.is_relative_to(ROOT) else gold_path}")
    print(f"articles:    {len(referenced)} referenced ({len(corpus)} in testdata/consolidation/articles)")
    print(f"stories:     {len(stories)}")
    for sid in stories:
        print(f"  {sid:<20} {per_story[sid]:>2} happenings, {mentions_per_story[sid]:>3} mentions")
    print(f"happenings:  {len(happening_ids)}")
    print(f"mentions:    {mentions_total}")
    print(f"copies:      {len(copies)} groups")
    print(f"undated:     {len(undated)}")
    print()
    if errors:
        print(f"FAILED: {len(errors)} error(s)")
        return 1
    print("OK: gold file is consistent with the articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
