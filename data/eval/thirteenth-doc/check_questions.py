"""Structural and fact check for questions.jsonl against the PDF in this folder.

Usage (from the repository root):
    .venv/bin/python data/eval/thirteenth-doc/check_questions.py

Prints only counts and PASS/FAIL lines (never question or fact text), so it
is safe to run for people who must not read the blind set.
"""

from __future__ import annotations

import collections
import hashlib
import json
import os
import re
import sys

import pymupdf

HERE = os.path.dirname(os.path.abspath(__file__))
PDF = os.path.join(HERE, "mandakini_shubhvarsh_pension_card_guide.pdf")
QFILE = os.path.join(HERE, "questions.jsonl")

KEYS = ["id", "lang", "kind", "question", "history", "answerable", "facts", "page"]
LANGS = ("en", "hi", "hinglish")
KIND_COUNTS = {"direct": 2, "paraphrase": 2, "negation": 2, "multi_part": 2, "table": 2,
               "follow_up": 2, "unanswerable": 3}
DEVANAGARI = re.compile(r"[\u0900-\u097F]")


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


def main() -> int:
    errors: list[str] = []
    doc = pymupdf.open(PDF)
    pages = [norm(p.get_text()) for p in doc]
    full = " ".join(pages)

    rows = []
    with open(QFILE, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                errors.append(f"line {n}: invalid JSON ({exc})")
    if len(rows) != 45:
        errors.append(f"expected 45 rows, got {len(rows)}")

    counts = collections.Counter()
    facts_checked = 0
    for i, r in enumerate(rows, 1):
        rid = r.get("id")
        if list(r.keys()) != KEYS:
            errors.append(f"{rid}: keys/order {list(r.keys())}")
            continue
        if rid != f"s13-{i:03d}":
            errors.append(f"row {i}: id {rid}")
        lang, kind = r["lang"], r["kind"]
        if lang not in LANGS or kind not in KIND_COUNTS:
            errors.append(f"{rid}: bad lang/kind")
            continue
        counts[(lang, kind)] += 1
        texts = [r["question"]] + [h.get("content", "") for h in r["history"]]
        has_dev = any(DEVANAGARI.search(t) for t in texts)
        if lang == "hi" and not DEVANAGARI.search(r["question"]):
            errors.append(f"{rid}: Hindi question without Devanagari")
        if lang in ("en", "hinglish") and has_dev:
            errors.append(f"{rid}: Devanagari in a {lang} question")
        # history
        if kind == "follow_up":
            h = r["history"]
            if not (len(h) == 1 and h[0].get("role") == "user" and h[0].get("content")):
                errors.append(f"{rid}: follow_up needs one earlier user turn")
        elif r["history"] != []:
            errors.append(f"{rid}: history must be [] for {kind}")
        # answerability
        if kind == "unanswerable":
            if r["answerable"] is not False or r["facts"] != [] or r["page"] is not None:
                errors.append(f"{rid}: unanswerable must have answerable=false, facts=[], page=null")
            continue
        if r["answerable"] is not True:
            errors.append(f"{rid}: answerable must be true")
        facts = r["facts"]
        if not (1 <= len(facts) <= 3):
            errors.append(f"{rid}: needs 1-3 facts")
        if kind == "multi_part" and len(facts) < 2:
            errors.append(f"{rid}: multi_part needs a fact per part")
        page = r["page"]
        if not (isinstance(page, int) and 1 <= page <= len(pages)):
            errors.append(f"{rid}: bad page {page}")
            continue
        for j, alts in enumerate(facts):
            facts_checked += 1
            if not alts or not all(isinstance(a, str) and a.strip() for a in alts):
                errors.append(f"{rid}: fact {j + 1} has empty alternatives")
                continue
            if not any(norm(a) in full for a in alts):
                errors.append(f"{rid}: fact {j + 1} not found in PDF text")
            # page: every fact of a single-part question, and the first fact of a
            # multi_part question, must occur on the stated page
            if (kind != "multi_part" or j == 0) and not any(norm(a) in pages[page - 1] for a in alts):
                errors.append(f"{rid}: fact {j + 1} not found on page {page}")

    for lang in LANGS:
        for kind, want in KIND_COUNTS.items():
            if counts[(lang, kind)] != want:
                errors.append(f"{lang}/{kind}: {counts[(lang, kind)]} (want {want})")

    print(f"PDF pages: {len(pages)}")
    print(f"rows: {len(rows)}  facts checked: {facts_checked}")
    for lang in LANGS:
        print(f"  {lang}: " + ", ".join(f"{k}={counts[(lang, k)]}" for k in KIND_COUNTS))

    sums = os.path.join(HERE, "SHA256SUMS")
    if os.path.exists(sums):
        for line in open(sums, encoding="utf-8"):
            digest, name = line.split()
            actual = hashlib.sha256(open(os.path.join(HERE, name.lstrip("*")), "rb").read()).hexdigest()
            status = "ok" if actual == digest else "MISMATCH"
            if actual != digest:
                errors.append(f"SHA256 mismatch for {name}")
            print(f"  sha256 {name}: {status}")

    if errors:
        print("FAIL")
        for e in errors:
            print("  " + e)
        return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
