"""Check questions.jsonl of the twenty-eighth document against its PDF.

Usage (from the repository root):
    .venv/bin/python data/eval/twenty-eighth-doc/check_questions.py

Prints only counts and PASS/FAIL lines, never question or fact text.

Checks: 45 JSON lines with the keys in order; ids t28-01 .. t28-45; 15 questions per language;
kinds per language (direct 2, paraphrase 3, negation 2, multi_part 2, table 2, follow_up 1,
unanswerable 3); Hindi text (and history) in Devanagari without Latin letters and no Devanagari
in the other languages; history (a list of strings) only on follow-ups; unanswerable rows with
answerable false, facts [] and page null; 1-4 fact groups per answerable row (2 or more for
multi_part); that the PDF holds exactly four hidden text spans on four different pages (text
with fill opacity 0, text in the colour of the box it sits in, text in render mode 7 that is
never painted, text covered by a raster image placed later; white-on-white, invisible render
mode 3 and sub-2-point text are detected as well); that every fact group of every answerable
question has at least one alternative in the VISIBLE text PyMuPDF extracts (hidden spans
removed, words hyphenated at a line end joined again), and that the first group is found on
the stated page; and the hashes in SHA256SUMS.  Both sides are normalised as a grader does:
NFKC, lower case, Rs./INR/rupee sign removed, thousands separators dropped, Devanagari digits
to ASCII, nukta removed, whitespace collapsed.
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
PDF = os.path.join(HERE, "indrakeel_karghaa_artisan_card_guide.pdf")
QS = os.path.join(HERE, "questions.jsonl")
PREFIX = "t28"
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


def dehyphenate(t: str) -> str:
    """Join words split with a hyphen at a line end (lower-case letters on both sides)."""
    return re.sub(r"([a-z])-\n([a-z])", r"\1\2", t)


def is_white(c):
    return all(v > 0.97 for v in c)


def same_colour(a, b):
    return all(abs(x - y) < 0.02 for x, y in zip(a, b))


def hidden_spans(page):
    """Return [(text, reason)] for text a reader cannot see on this page."""
    out = []
    fills = [d for d in page.get_drawings() if d.get("fill") is not None and (d.get("fill_opacity") or 1) > 0.99]
    log = page.get_bboxlog()
    trace = page.get_texttrace()
    traced = set()
    for sp in trace:
        for ch in sp["chars"]:
            traced.add((round(ch[2][0], 1), round(ch[2][1], 1)))
        text = "".join(chr(c[0]) for c in sp["chars"]).strip()
        if not text:
            continue
        bbox = pymupdf.Rect(sp["bbox"])
        core = pymupdf.Rect(bbox.x0 + 1, bbox.y0 + 1, bbox.x1 - 1, bbox.y1 - 1)
        color = tuple(sp["color"])
        if sp.get("opacity", 1) == 0:
            out.append((text, "fill opacity 0"))
            continue
        if sp.get("type") == 3:
            out.append((text, "render mode 3"))
            continue
        if sp["size"] < 2:
            out.append((text, "tiny"))
            continue
        if any(kind == "fill-image" and i > sp["seqno"] and pymupdf.Rect(r).contains(core)
               for i, (kind, r) in enumerate(log)):
            out.append((text, "under an image"))
            continue
        under = [d for d in fills if d["seqno"] < sp["seqno"] and d["rect"].contains(core)]
        if under:
            top = max(under, key=lambda d: d["seqno"])
            if same_colour(color, top["fill"]):
                out.append((text, "colour of its box"))
                continue
        elif is_white(color):
            out.append((text, "white on white"))
            continue
    # text that is extracted but never painted (render mode 7: clip only) is absent from the trace
    for block in page.get_text("rawdict")["blocks"]:
        for line in block.get("lines", []):
            for span in line["spans"]:
                chars = [c for c in span["chars"] if c["c"].strip()]
                if chars and not any((round(c["origin"][0], 1), round(c["origin"][1], 1)) in traced for c in chars):
                    out.append(("".join(c["c"] for c in span["chars"]).strip(), "render mode 7"))
    return out


def main() -> int:
    fails = []
    doc = pymupdf.open(PDF)
    vis_pages = []
    hidden_found = []
    for i, p in enumerate(doc):
        t = p.get_text()
        for text, why in hidden_spans(p):
            hidden_found.append((i + 1, why))
            if text not in t:
                fails.append(f"hidden span on page {i + 1} not found in extracted text")
            t = t.replace(text, " ")
        vis_pages.append(norm(dehyphenate(t)))
    all_vis = " ".join(vis_pages)
    print(f"PDF: {len(doc)} pages; hidden spans: {len(hidden_found)} -> "
          + ", ".join(f"p{pg}:{why}" for pg, why in hidden_found))
    if len(hidden_found) != 4 or len({pg for pg, _ in hidden_found}) != 4:
        fails.append("expected exactly four hidden spans on four different pages")
    if not 6 <= len(doc) <= 8:
        fails.append("expected 6-8 pages")

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
    groups = 0
    for n, r in enumerate(rows, 1):
        rid = r.get("id")
        if list(r.keys()) != KEYS:
            fails.append(f"row {n}: keys/order")
            continue
        if rid != f"{PREFIX}-{n:02d}":
            fails.append(f"row {n}: id")
        lang, kind = r["lang"], r["kind"]
        counts[(lang, kind)] += 1
        counts[(lang, "answerable" if r["answerable"] else "not answerable")] += 1
        if kind not in KINDS or lang not in ("en", "hi", "hinglish"):
            fails.append(f"{rid}: lang/kind")
        if not isinstance(r["history"], list) or not all(isinstance(h, str) for h in r["history"]):
            fails.append(f"{rid}: history must be a list of strings")
            continue
        texts = [r["question"]] + list(r["history"])
        if lang == "hi" and any(LATIN.search(t) or not DEV.search(t) for t in texts):
            fails.append(f"{rid}: Hindi text must be Devanagari only")
        if lang != "hi" and any(DEV.search(t) for t in texts):
            fails.append(f"{rid}: Devanagari in a non-Hindi row")
        if (kind == "follow_up") != bool(r["history"]):
            fails.append(f"{rid}: history only (and always) on follow-ups")
        if kind == "unanswerable":
            if r["answerable"] is not False or r["facts"] != [] or r["page"] is not None:
                fails.append(f"{rid}: unanswerable fields")
            continue
        if r["answerable"] is not True or not r["facts"] or not isinstance(r["page"], int):
            fails.append(f"{rid}: answerable fields")
            continue
        if not 1 <= len(r["facts"]) <= 4:
            fails.append(f"{rid}: 1-4 fact groups")
        if kind == "multi_part" and len(r["facts"]) < 2:
            fails.append(f"{rid}: multi_part needs 2+ fact groups")
        if not 1 <= r["page"] <= len(doc):
            fails.append(f"{rid}: page out of range")
            continue
        for g, group in enumerate(r["facts"]):
            groups += 1
            if not isinstance(group, list) or not group or not all(isinstance(a, str) and a.strip() for a in group):
                fails.append(f"{rid}: fact group {g + 1} malformed")
                continue
            if any(len(a.split()) > 4 for a in group):
                fails.append(f"{rid}: fact group {g + 1} has an alternative longer than 4 words")
            if not any(norm(a) in all_vis for a in group):
                fails.append(f"{rid}: fact group {g + 1} not in visible PDF text")
        if r["facts"] and not any(norm(a) in vis_pages[r["page"] - 1] for a in r["facts"][0]):
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
          + f"; answerable={tot['answerable']}, unanswerable={tot['not answerable']}; fact groups={groups}")

    sums = os.path.join(HERE, "SHA256SUMS")
    if os.path.exists(sums):
        names = set()
        for line in open(sums, encoding="utf-8"):
            if not line.strip():
                continue
            h, name = line.split(None, 1)
            name = name.strip()
            names.add(name)
            with open(os.path.join(HERE, name), "rb") as fh:
                if hashlib.sha256(fh.read()).hexdigest() != h:
                    fails.append(f"hash mismatch: {name}")
        if names != {os.path.basename(PDF), os.path.basename(QS)}:
            fails.append("SHA256SUMS must list the PDF and questions.jsonl")
    else:
        fails.append("SHA256SUMS missing")

    for f_ in fails:
        print("FAIL", f_)
    print("PASS" if not fails else f"FAILED ({len(fails)})")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
