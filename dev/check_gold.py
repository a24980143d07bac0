#!/usr/bin/env python3
"""Checks dev/gold.jsonl against the articles it annotates.

Usage: python3 dev/check_gold.py [path/to/gold.jsonl]

Every line must be one JSON object following the conventions in dev/README.md.
The check fails (exit status 1) when
  - a line is not valid JSON or misses a required field;
  - an article file is missing, or its `date` field disagrees with its header;
  - an event `evidence`, an `also` entry, a quote `text`, a `not_quotes` text or
    a `not_events` evidence is not an exact substring of the article text
    (the text as storyline ingests it: BOM and `date YYYY-MM-DD` header removed,
    line ends normalised, surrounding whitespace trimmed);
  - a type, status, bound, date, code or quantity kind is outside the conventions;
  - a `not_events` evidence overlaps an event's evidence.
It warns (without failing) when a substring occurs more than once in its article,
and when a span between quote marks is listed neither in `quotes` nor in `not_quotes`.
At the end it prints counts: articles, events per type and status, quotes,
entities per kind.
"""

import datetime
import json
import re
import sys
from collections import Counter
from pathlib import Path

TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
STATUSES = {"reported", "scheduled", "hypothetical", "negated", "background"}
BOUNDS = {"exact", "about", "at_least", "more_than", "at_most", "less_than", "range"}
KINDS = {"killed", "injured", "missing", "prisoners", "hostages", "drones", "missiles", "rockets",
         "shells", "bombs", "aircraft", "buildings", "troops", "civilians", "children", "displaced",
         "arrested", "intercepted", "vehicles", "money", "percent", "count"}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
ENTITY_KINDS = {"person", "org", "country", "place"}
# Modes used in this dev set, per type (PLOVER manual tables plus the storyline
# additions listed in dev/README.md). None (null) is always allowed.
MODES = {
    "ASSAULT": {"air", "drone", "missile", "rocket", "artillery", "ground", "firearms", "explosives",
                "suicide-attack", "abduct", "assassinate", "destroy"},
    "RETREAT": {"withdraw", "release", "return", "disarm", "ceasefire", "access", "resign"},
    "AID": {"economic", "military", "humanitarian", "asylum"},
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "REQUEST": {"assist", "change", "yield", "meet"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "THREATEN": {"restrict", "ban", "arrest", "relations", "expel", "territory", "violence", "sanction"},
    "SANCTION": {"convict", "cancel", "expel", "withdraw", "sever", "sanctions"},
    "MOBILIZE": {"troops", "weapons", "police"},
    "COERCE": {"confiscate", "restrict", "ban", "censor", "curfew", "martial-law", "arrest", "deport", "withhold"},
    "PROTEST": {"demo", "riot", "strike-gen", "strike-lim", "strike-hun", "boycott", "obstruct"},
    "COOPERATE": {"military", "economic", "judicial", "intelligence"},
}
CODE_RE = re.compile(r"^(?:[A-Z]{3}|IGO:[A-Z0-9_]+|NSA:[A-Z0-9_]+)$")
DATE_RE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
HEADER_RE = re.compile(r"^date:?[ \t]+(\d{4}-\d{1,2}-\d{1,2})", re.IGNORECASE)


def clean_text(raw):
    """The article text as storyline's plain-text ingest produces it."""
    raw = raw.lstrip("\ufeff")
    date = None
    start = raw.lstrip()
    m = HEADER_RE.match(start)
    body = raw
    if m:
        date = m.group(1)
        body = start[m.end():]
    body = body.replace("\r\n", "\n").replace("\r", "\n").strip()
    return date, body


NUMBER_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
                9: "nine", 10: "ten", 12: "dozen"}


def figure_in(value, sentence):
    """Whether `value` is written in `sentence` (digits, grouped digits, a number
    word, or "N million/billion")."""
    if not float(value).is_integer():
        return str(value) in sentence
    v = int(value)
    forms = [str(v), f"{v:,}"]
    if v >= 1_000_000_000 and v % 1_000_000_000 == 0:
        forms.append(f"{v // 1_000_000_000} billion")
    elif v >= 1_000_000 and v % 1_000_000 == 0:
        forms.append(f"{v // 1_000_000} million")
    if v in NUMBER_WORDS:
        forms.append(NUMBER_WORDS[v])
    low = sentence.lower()
    return any(re.search(r"(?<![\d,])" + re.escape(f.lower()) + r"(?![\d,])", low) for f in forms)


def quoted_spans(text):
    """Every span the article puts between quote marks: straight and typographic
    double quotes, typographic single quotes, and straight single quotes that open
    after a space or bracket. Returns the inner texts."""
    spans = []
    for para in text.split("\n"):
        marks = [i for i, c in enumerate(para) if c == '"']
        for a, b in zip(marks[0::2], marks[1::2]):
            spans.append(para[a + 1:b])
        spans += re.findall(r"“([^”]*)”", para)
        spans += re.findall(r"‘([^’]*)’", para)
        spans += re.findall(r"(?:(?<=[\s(])|^)'([^'\n]+?)'(?=[\s.,;:)]|$)", para)
    return [s.strip().rstrip(",").strip() for s in spans]


class Checker:
    def __init__(self):
        self.errors = []
        self.warnings = []

    def err(self, where, msg):
        self.errors.append(f"{where}: {msg}")

    def warn(self, where, msg):
        self.warnings.append(f"{where}: {msg}")

    def substring(self, where, text, needle):
        if not isinstance(needle, str) or not needle:
            self.err(where, "missing or empty text")
            return None
        pos = text.find(needle)
        if pos < 0:
            self.err(where, f"not a substring of the article: {needle[:80]!r}")
            return None
        if text.find(needle, pos + 1) >= 0:
            self.warn(where, f"occurs more than once: {needle[:60]!r}")
        return (pos, pos + len(needle))

    def code(self, where, code, nullable=True):
        if code is None:
            if not nullable:
                self.err(where, "code must not be null")
            return
        if not isinstance(code, str) or not CODE_RE.match(code):
            self.err(where, f"bad code {code!r}")

    def date(self, where, value):
        if value is None:
            return
        if not isinstance(value, str) or not DATE_RE.match(value):
            self.err(where, f"bad date {value!r}")


def main():
    here = Path(__file__).resolve().parent
    gold_path = Path(sys.argv[1]) if len(sys.argv) > 1 else here / "gold.jsonl"
    base = gold_path.parent
    ck = Checker()
    types, statuses, ekinds = Counter(), Counter(), Counter()
    n_articles = n_quotes = n_not_events = n_not_quotes = 0
    seen_paths = set()

    for lineno, line in enumerate(gold_path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where0 = f"{gold_path.name}:{lineno}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            ck.err(where0, f"invalid JSON: {e}")
            continue
        art = rec.get("article") or {}
        rel = art.get("path")
        if not rel:
            ck.err(where0, "article.path missing")
            continue
        where0 = f"{where0} ({rel})"
        if rel in seen_paths:
            ck.err(where0, "article annotated twice")
        seen_paths.add(rel)
        apath = base / rel
        if not apath.is_file():
            ck.err(where0, "article file not found")
            continue
        header_date, text = clean_text(apath.read_text(encoding="utf-8"))
        if art.get("date") != header_date:
            ck.err(where0, f"article.date {art.get('date')!r} but header says {header_date!r}")
        n_articles += 1

        for key in ("events", "quotes", "entities", "not_events"):
            if not isinstance(rec.get(key), list):
                ck.err(where0, f"{key} must be a list")
        spans = []
        for i, ev in enumerate(rec.get("events", [])):
            where = f"{where0} event {i + 1}"
            t = ev.get("type")
            if t not in TYPES:
                ck.err(where, f"bad type {t!r}")
            types[t] += 1
            mode = ev.get("mode")
            if mode is not None and mode not in MODES.get(t, set()):
                ck.err(where, f"mode {mode!r} not in the mode list for {t}")
            st = ev.get("status")
            if st not in STATUSES:
                ck.err(where, f"bad status {st!r}")
            statuses[st] += 1
            span = ck.substring(where + " evidence", text, ev.get("evidence"))
            if span:
                spans.append(span)
            for j, also in enumerate(ev.get("also", []) or []):
                sp = ck.substring(f"{where} also[{j}]", text, also)
                if sp:
                    spans.append(sp)
            ck.code(where + " source", ev.get("source"))
            ck.code(where + " target", ev.get("target"))
            parts = ev.get("participants")
            if not isinstance(parts, list) or not parts:
                ck.err(where, "participants must be a non-empty list")
                parts = []
            for p in parts:
                ck.code(where + " participant", p, nullable=False)
            for role in ("source", "target"):
                if ev.get(role) is not None and ev.get(role) not in parts:
                    ck.err(where, f"{role} {ev.get(role)!r} missing from participants")
            ck.date(where, ev.get("date"))
            if header_date is None and ev.get("date") is None and st != "background" and "date_text" not in ev:
                pass  # undated text with no temporal expression: nothing to check
            if header_date is None and ev.get("date") is not None:
                # undated article: only absolute dates may be resolved
                if not re.search(r"\b(19|20)\d\d\b", ev.get("evidence", "") + " " + " ".join(ev.get("also", []) or []) + " " + ev.get("note", "")):
                    ck.err(where, "undated article: a resolved date needs an explicit year in the text")
            if header_date and ev.get("date") and st in ("reported", "background", "negated"):
                if ev["date"][: len(header_date)] > header_date[: len(ev["date"])]:
                    ck.err(where, f"{st} event dated {ev['date']} after the article date {header_date}")
            dt = (ev.get("date_text") or "").lower()
            if ev.get("date") and len(ev["date"]) == 10:
                for wd in WEEKDAYS:
                    if wd in dt and datetime.date.fromisoformat(ev["date"]).strftime("%A").lower() != wd:
                        ck.err(where, f"date {ev['date']} is not a {wd.title()} (date_text {ev.get('date_text')!r})")
            if "location" not in ev:
                ck.err(where, "location missing (use null)")
            for k, q in enumerate(ev.get("quantities", []) or []):
                if isinstance(q.get("value"), (int, float)) and not figure_in(q["value"], ev.get("evidence") or ""):
                    ck.warn(f"{where} quantity {k + 1}", f"value {q['value']} not written in the evidence (move it to also_quantities?)")
            for k, q in enumerate((ev.get("quantities", []) or []) + (ev.get("also_quantities", []) or [])):
                qw = f"{where} quantity {k + 1}"
                if q.get("kind") not in KINDS:
                    ck.err(qw, f"bad kind {q.get('kind')!r}")
                if q.get("bound") not in BOUNDS:
                    ck.err(qw, f"bad bound {q.get('bound')!r}")
                if not isinstance(q.get("value"), (int, float)):
                    ck.err(qw, "value must be a number")
                if q.get("bound") == "range" and not isinstance(q.get("max"), (int, float)):
                    ck.err(qw, "range needs max")
                if q.get("kind") in ("money", "percent") and not q.get("unit"):
                    ck.err(qw, "money and percent need a unit")

        for i, qu in enumerate(rec.get("quotes", [])):
            where = f"{where0} quote {i + 1}"
            ck.substring(where, text, qu.get("text"))
            if not qu.get("speaker"):
                ck.err(where, "speaker missing")
            ck.code(where + " speaker_code", qu.get("speaker_code"))
            t = qu.get("text") or ""
            if t[:1] in "\"“”'‘’" or t[-1:] in "\"“”'‘’":
                ck.err(where, "quote text must not include the quote marks")
            n_quotes += 1
        for i, nq in enumerate(rec.get("not_quotes", []) or []):
            ck.substring(f"{where0} not_quote {i + 1}", text, nq.get("text"))
            n_not_quotes += 1

        annotated = {(q.get("text") or "").rstrip(",").strip() for q in rec.get("quotes", [])}
        annotated |= {(q.get("text") or "").rstrip(",").strip() for q in rec.get("not_quotes", []) or []}
        for inner in quoted_spans(text):
            if inner and inner not in annotated:
                ck.warn(where0, f"quoted span is neither in quotes nor in not_quotes: {inner[:60]!r}")

        for i, en in enumerate(rec.get("entities", [])):
            where = f"{where0} entity {i + 1}"
            if en.get("kind") not in ENTITY_KINDS:
                ck.err(where, f"bad kind {en.get('kind')!r}")
            ekinds[en.get("kind")] += 1
            if not en.get("name"):
                ck.err(where, "name missing")
            forms = [en.get("name") or ""] + list(en.get("aliases", []) or [])
            if not any(f and f in text for f in forms):
                ck.warn(where, f"neither the name nor an alias occurs in the text: {en.get('name')!r}")
            for alias in en.get("aliases", []) or []:
                if alias not in text:
                    ck.warn(where, f"alias does not occur in the text: {alias!r}")
            ck.code(where, en.get("code"))
            if en.get("kind") == "country" and en.get("code") and not re.match(r"^[A-Z]{3}$", en["code"]):
                ck.err(where, "country code must be ISO alpha-3")

        for i, ne in enumerate(rec.get("not_events", [])):
            where = f"{where0} not_event {i + 1}"
            sp = ck.substring(where, text, ne.get("evidence"))
            if not ne.get("why"):
                ck.err(where, "why missing")
            if sp:
                for a, b in spans:
                    if sp[0] < b and a < sp[1]:
                        ck.err(where, "overlaps an event evidence")
            n_not_events += 1

    for w in ck.warnings:
        print("warning:", w)
    for e in ck.errors:
        print("error:", e)
    print(f"articles: {n_articles}")
    print(f"events: {sum(types.values())}  " + "  ".join(f"{k}={v}" for k, v in sorted(types.items())))
    print("status: " + "  ".join(f"{k}={v}" for k, v in sorted(statuses.items())))
    print(f"quotes: {n_quotes}  not_quotes: {n_not_quotes}  not_events: {n_not_events}")
    print(f"entities: {sum(ekinds.values())}  " + "  ".join(f"{k}={v}" for k, v in sorted(ekinds.items())))
    if ck.errors:
        print(f"FAILED: {len(ck.errors)} error(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
