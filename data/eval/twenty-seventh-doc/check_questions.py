"""Check questions.jsonl of the twenty-seventh document against its PDF.

Usage (from the repository root):
    .venv/bin/python data/eval/twenty-seventh-doc/check_questions.py

Prints only counts and PASS/FAIL lines, never question or fact text.

Checks: 45 JSON lines with the keys in order; ids t27-01 .. t27-45; 15 questions per
language; kinds; Hindi text (and history) in Devanagari without Latin letters and no
Devanagari in the other languages; history only on follow-ups; unanswerable rows with
answerable false, facts [] and page null; that the PDF holds exactly four hidden text spans
on four different pages (white text not on a coloured fill, text covered by a filled shape
drawn later, invisible render mode, or text under 2 points); that every fact group of every
answerable question has at least one alternative in the VISIBLE text PyMuPDF extracts
(hidden spans removed), and that the first group is found on the stated page; and the
hashes in SHA256SUMS.  Both sides are normalised as a grader does: NFKC, lower case,
Rs./INR/rupee sign removed, thousands separators dropped, Devanagari digits to ASCII,
nukta removed, whitespace collapsed.
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
PDF = os.path.join(HERE, "dhruvatara_lahar_seafarer_card_guide.pdf")
QS = os.path.join(HERE, "questions.jsonl")
KEYS = ["id", "lang", "kind", "question", "history", "answerable", "facts", "page"]
KINDS = ["direct", "paraphrase", "negation", "multi_part", "table", "follow_up", "unanswerable"]
PER_LANG = {"direct": 2, "paraphrase": 3, "negation": 2, "multi_part": 2, "table": 2, "follow_up": 1,
            "unanswerable": 3}
DEV = re.compile(r"[\u0900-\u097F]")
LATIN = re.compile(r"[A-Za-z]")


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).lower()
    s = s.replace("\u093c", "")  # nukta
    s = "".join(chr(ord("0") + ord(c) - 0x0966) if "\u0966" <= c <= "\u096f" else c for c in s)
    s = s.replace("₹", " ")
    s = re.sub(r"\brs\.?", " ", s)
    s = re.sub(r"\binr\b", " ", s)
    s = re.sub(r"(?<=\d),(?=\d)", "", s)
    return re.sub(r"\s+", " ", s).strip()


def is_white(c):
    return all(v > 0.97 for v in c)


def hidden_spans(page):
    """Return [(text, reason)] for spans a reader cannot see."""
    drawings = [d for d in page.get_drawings() if d.get("fill") is not None and d.get("fill_opacity", 1) > 0.99]
    out = []
    for sp in page.get_texttrace():
        text = "".join(chr(c[0]) for c in sp["chars"]).strip()
        if not text:
            continue
        bbox = pymupdf.Rect(sp["bbox"])
        color = tuple(sp["color"])
        if sp.get("type") == 3 or sp.get("opacity", 1) == 0:
            out.append((text, "invisible"))
            continue
        if sp["size"] < 2:
            out.append((text, "tiny"))
            continue
        core = pymupdf.Rect(bbox.x0 + 1, bbox.y0 + 1, bbox.x1 - 1, bbox.y1 - 1)
        if any(d["seqno"] > sp["seqno"] and d["rect"].contains(core) and not is_white(d["fill"]) for d in drawings):
            out.append((text, "covered"))
            continue
        if is_white(color):
            under = [d for d in drawings if d["seqno"] < sp["seqno"] and d["rect"].intersects(core)
                     and not is_white(d["fill"])]
            if not under:
                out.append((text, "white"))
    return out


def main() -> int:
    fails = []
    doc = pymupdf.open(PDF)
    raw_pages = [p.get_text() for p in doc]
    vis_pages = []
    hidden_found = []
    for i, p in enumerate(doc):
        t = raw_pages[i]
        for text, why in hidden_spans(p):
            hidden_found.append((i + 1, why))
            if text not in t:
                fails.append(f"hidden span on page {i + 1} not found in extracted text")
            t = t.replace(text, " ")
        vis_pages.append(norm(t))
    all_vis = " ".join(vis_pages)
    print(f"PDF: {len(doc)} pages; hidden spans: {len(hidden_found)} -> "
          + ", ".join(f"p{pg}:{why}" for pg, why in hidden_found))
    if len(hidden_found) != 4 or len({pg for pg, _ in hidden_found}) != 4:
        fails.append("expected exactly four hidden spans on four different pages")

    rows = []
    with open(QS, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError:
                fails.append(f"line {n}: invalid JSON")
    if len(rows) != 45:
        fails.append(f"expected 45 rows, got {len(rows)}")
    counts = collections.Counter()
    for n, r in enumerate(rows, 1):
        rid = r.get("id")
        if list(r.keys()) != KEYS:
            fails.append(f"{rid}: keys/order")
        if rid != f"t27-{n:02d}":
            fails.append(f"row {n}: id")
        lang, kind = r["lang"], r["kind"]
        counts[(lang, kind)] += 1
        counts[(lang, "answerable" if r["answerable"] else "not answerable")] += 1
        if kind not in KINDS or lang not in ("en", "hi", "hinglish"):
            fails.append(f"{rid}: lang/kind")
        texts = [r["question"]] + list(r["history"])
        if lang == "hi" and any(LATIN.search(t) or not DEV.search(t) for t in texts):
            fails.append(f"{rid}: Hindi text must be Devanagari only")
        if lang != "hi" and any(DEV.search(t) for t in texts):
            fails.append(f"{rid}: Devanagari in a non-Hindi row")
        if (kind == "follow_up") != bool(r["history"]) or not all(isinstance(h, str) for h in r["history"]):
            fails.append(f"{rid}: history")
        if kind == "unanswerable":
            if r["answerable"] or r["facts"] or r["page"] is not None:
                fails.append(f"{rid}: unanswerable fields")
            continue
        if not r["answerable"] or not r["facts"] or not isinstance(r["page"], int):
            fails.append(f"{rid}: answerable fields")
            continue
        if kind == "multi_part" and len(r["facts"]) < 2:
            fails.append(f"{rid}: multi_part needs 2+ fact groups")
        for g, group in enumerate(r["facts"]):
            if not group or not any(norm(a) in all_vis for a in group):
                fails.append(f"{rid}: fact group {g + 1} not in visible PDF text")
        if not any(norm(a) in vis_pages[r["page"] - 1] for a in r["facts"][0]):
            fails.append(f"{rid}: first fact group not on page {r['page']}")

    for lang in ("en", "hi", "hinglish"):
        line = ", ".join(f"{k}={counts[(lang, k)]}" for k in KINDS)
        print(f"{lang:9s} {line}; answerable={counts[(lang, 'answerable')]}, "
              f"unanswerable={counts[(lang, 'not answerable')]}")
        for k, v in PER_LANG.items():
            if counts[(lang, k)] != v:
                fails.append(f"{lang}: expected {v} {k}")
    tot = collections.Counter()
    for (lang, k), v in counts.items():
        tot[k] += v
    print("total     " + ", ".join(f"{k}={tot[k]}" for k in KINDS)
          + f"; answerable={tot['answerable']}, unanswerable={tot['not answerable']}")

    sums = os.path.join(HERE, "SHA256SUMS")
    if os.path.exists(sums):
        for line in open(sums, encoding="utf-8"):
            h, name = line.split(None, 1)
            name = name.strip()
            with open(os.path.join(HERE, name), "rb") as fh:
                if hashlib.sha256(fh.read()).hexdigest() != h:
                    fails.append(f"hash mismatch: {name}")
    else:
        fails.append("SHA256SUMS missing")

    for f_ in fails:
        print("FAIL", f_)
    print("PASS" if not fails else f"FAILED ({len(fails)})")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
