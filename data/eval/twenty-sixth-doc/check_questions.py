"""Structural and fact check for questions.jsonl against the PDF in this folder.

Usage (from the repository root):
    .venv/bin/python data/eval/twenty-sixth-doc/check_questions.py

Prints only counts and PASS/FAIL lines (never question or fact text), so it
is safe to run for people who must not read the blind set.

The PDF holds a few lines of hidden text (white text on a white background, and
text in a font smaller than 2 points).  Facts of answerable questions must be
found in the VISIBLE text: hidden spans are dropped before the fact check, and
the number of hidden lines is checked too.
"""

from __future__ import annotations

import collections
import hashlib
import json
import os
import re
import sys
import unicodedata

import pymupdf

HERE = os.path.dirname(os.path.abspath(__file__))
PDF = os.path.join(HERE, "ambarkot_dhadkan_club_card_guide.pdf")
QFILE = os.path.join(HERE, "questions.jsonl")

KEYS = ["id", "lang", "kind", "question", "history", "answerable", "facts", "page"]
LANGS = ("en", "hi", "hinglish")
KIND_COUNTS = {"direct": 2, "paraphrase": 2, "negation": 2, "multi_part": 2, "table": 2,
               "follow_up": 2, "unanswerable": 3}
PER_LANG = sum(KIND_COUNTS.values())
DEVANAGARI = re.compile(r"[\u0900-\u097F]")
LATIN = re.compile(r"[A-Za-z]")


DEV_DIGITS = str.maketrans("\u0966\u0967\u0968\u0969\u096a\u096b\u096c\u096d\u096e\u096f", "0123456789")


def norm(s: str) -> str:
    """The answer-side normalisation: lower-case, currency marks removed, thousands separators dropped,
    Devanagari digits to ASCII, nukta removed, whitespace collapsed."""
    s = unicodedata.normalize("NFD", s).replace("\u093c", "")
    s = unicodedata.normalize("NFC", s).replace("\u093c", "")
    s = s.lower().translate(DEV_DIGITS)
    s = s.replace("\u20b9", " ")
    s = re.sub(r"\brs\.?(?=\s|\d)", " ", s)
    s = re.sub(r"\binr\b", " ", s)
    s = re.sub(r"(?<=\d),(?=\d)", "", s)
    return re.sub(r"\s+", " ", s).strip()


HIDDEN_LINES = 4  # three white-on-white lines and one 1-point line


def _filled_rects(page):
    rects = []
    for d in page.get_drawings():
        fill = d.get("fill")
        if fill and any(c < 0.97 for c in fill[:3]):
            rects.append(pymupdf.Rect(d["rect"]))
    return rects


def visible_text(page):
    """Page text without hidden spans (white text not on a coloured fill, or a font under 2 points).
    Returns (text, number of hidden lines)."""
    fills = _filled_rects(page)
    out, hidden = [], 0
    for block in page.get_text("dict")["blocks"]:
        for line in block.get("lines", []):
            parts, dropped = [], False
            for span in line["spans"]:
                bbox = pymupdf.Rect(span["bbox"])
                centre = pymupdf.Point((bbox.x0 + bbox.x1) / 2, (bbox.y0 + bbox.y1) / 2)
                white = span["color"] == 0xFFFFFF and not any(centre in r for r in fills)
                if white or span["size"] < 2:
                    dropped = True
                    continue
                parts.append(span["text"])
            hidden += dropped
            if parts:
                out.append("".join(parts))
    return "\n".join(out), hidden


def main() -> int:
    errors: list[str] = []
    doc = pymupdf.open(PDF)
    vis = [visible_text(p) for p in doc]
    pages = [norm(t) for t, _ in vis]
    full = " ".join(pages)
    hidden_lines = sum(h for _, h in vis)
    if hidden_lines != HIDDEN_LINES:
        errors.append(f"expected {HIDDEN_LINES} hidden lines in the PDF, found {hidden_lines}")

    rows = []
    with open(QFILE, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                errors.append(f"line {n}: blank line")
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError:
                errors.append(f"line {n}: invalid JSON")
    if len(rows) != 3 * PER_LANG:
        errors.append(f"expected {3 * PER_LANG} rows, got {len(rows)}")

    counts = collections.Counter()
    seq = collections.Counter()
    seen_ids = set()
    facts_checked = alts_total = 0
    for i, r in enumerate(rows, 1):
        if not isinstance(r, dict) or list(r.keys()) != KEYS:
            errors.append(f"row {i}: keys missing or out of order")
            continue
        rid, lang, kind = r["id"], r["lang"], r["kind"]
        if lang not in LANGS or kind not in KIND_COUNTS:
            errors.append(f"row {i}: bad lang/kind")
            continue
        seq[lang] += 1
        if rid != f"p26-{lang}-{seq[lang]:02d}":
            errors.append(f"row {i}: unexpected id")
        if rid in seen_ids:
            errors.append(f"row {i}: duplicate id")
        seen_ids.add(rid)
        counts[(lang, kind)] += 1

        q, hist = r["question"], r["history"]
        if not isinstance(q, str) or not q.strip():
            errors.append(f"{rid}: empty question")
            continue
        if not isinstance(hist, list) or not all(isinstance(h, str) and h.strip() for h in hist):
            errors.append(f"{rid}: history must be a list of non-empty strings")
            continue
        texts = [q] + hist
        if lang == "hi" and not all(DEVANAGARI.search(t) for t in texts):
            errors.append(f"{rid}: Hindi text without Devanagari")
        if lang == "hi" and any(LATIN.search(t) for t in texts):
            errors.append(f"{rid}: Latin letters in a Hindi question")
        if lang in ("en", "hinglish") and any(DEVANAGARI.search(t) for t in texts):
            errors.append(f"{rid}: Devanagari in a {lang} question")

        if kind == "follow_up":
            if len(hist) < 1:
                errors.append(f"{rid}: follow_up needs at least one earlier user question")
        elif hist != []:
            errors.append(f"{rid}: history must be [] for {kind}")

        if kind == "unanswerable":
            if r["answerable"] is not False or r["facts"] != [] or r["page"] is not None:
                errors.append(f"{rid}: unanswerable must have answerable=false, facts=[], page=null")
            continue
        if r["answerable"] is not True:
            errors.append(f"{rid}: answerable must be true")
        facts = r["facts"]
        if not isinstance(facts, list) or not (1 <= len(facts) <= 4):
            errors.append(f"{rid}: needs 1-4 fact groups")
            continue
        if kind == "multi_part" and len(facts) < 2:
            errors.append(f"{rid}: multi_part needs a fact group per part")
        page = r["page"]
        if not (isinstance(page, int) and not isinstance(page, bool) and 1 <= page <= len(pages)):
            errors.append(f"{rid}: bad page")
            continue
        for j, alts in enumerate(facts, 1):
            facts_checked += 1
            if not isinstance(alts, list) or not alts or not all(isinstance(a, str) and a.strip() for a in alts):
                errors.append(f"{rid}: fact group {j} malformed")
                continue
            alts_total += len(alts)
            if not any(norm(a) in full for a in alts):
                errors.append(f"{rid}: fact group {j} has no alternative in the visible PDF text")
            if j == 1 and not any(norm(a) in pages[page - 1] for a in alts):
                errors.append(f"{rid}: fact group 1 not found on the stated page")

    for lang in LANGS:
        for kind, want in KIND_COUNTS.items():
            if counts[(lang, kind)] != want:
                errors.append(f"{lang}/{kind}: {counts[(lang, kind)]} (want {want})")

    print(f"PDF pages: {len(pages)}  hidden lines: {hidden_lines}")
    print(f"rows: {len(rows)}  fact groups checked: {facts_checked}  alternatives: {alts_total}")
    for lang in LANGS:
        print(f"  {lang}: " + ", ".join(f"{k}={counts[(lang, k)]}" for k in KIND_COUNTS))

    sums = os.path.join(HERE, "SHA256SUMS")
    if os.path.exists(sums):
        for line in open(sums, encoding="utf-8"):
            if not line.strip():
                continue
            digest, name = line.split()
            name = name.lstrip("*")
            path = os.path.join(HERE, name)
            actual = hashlib.sha256(open(path, "rb").read()).hexdigest() if os.path.exists(path) else ""
            ok = actual == digest
            if not ok:
                errors.append(f"SHA256 mismatch for {name}")
            print(f"  sha256 {name}: {'ok' if ok else 'MISMATCH'}")
    else:
        errors.append("SHA256SUMS missing")

    if errors:
        print("FAIL")
        for e in errors:
            print("  " + e)
        return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
