"""Check questions.jsonl of the twenty-ninth document against its PDF.

Usage (from the repository root):
    .venv/bin/python data/eval/twenty-ninth-doc/check_questions.py

Prints only counts and PASS/FAIL lines, never question, fact or hidden text.

Checks:
  * the PDF has 7-9 pages;
  * hidden text: every text span PyMuPDF extracts is compared with a 100 dpi rendering of its page;
    a span whose box (widened to a full line height around its baseline, for text squashed flat)
    holds no pixel that differs from the box's background is hidden.  There must be exactly four
    such spans, on four different pages, and they must be exactly the four sentences in
    build_pdf.HIDDEN (so each is present in the text layer and invisible when rendered);
  * 45 JSON lines, keys exactly id, lang, kind, question, history, answerable, facts, page (in
    this order); ids d29-001 .. d29-045; 15 questions per language (en, hi, hinglish) with
    direct 2, paraphrase 3, negation 2, multi_part 2, table 2, follow_up 1, unanswerable 3;
  * Hindi questions (and their history) in Devanagari, no Devanagari in the other languages;
  * history: [] except on follow-ups, where it is [user turn, assistant turn] as role/content dicts;
  * unanswerable rows: answerable false, facts [], page null; answerable rows: 1-4 facts (2 or
    more for multi_part), each a short string, and page an int;
  * every fact occurs in the VISIBLE text of the stated page (hidden spans removed; compared
    case-insensitively with whitespace collapsed), and no fact occurs only in hidden text;
  * the hashes in SHA256SUMS.
"""

from __future__ import annotations

import collections
import hashlib
import importlib.util
import json
import os
import re
import sys

import pymupdf

HERE = os.path.dirname(os.path.abspath(__file__))
PDF = os.path.join(HERE, "mayurakshi_jaimala_wedding_card_guide.pdf")
QS = os.path.join(HERE, "questions.jsonl")
PREFIX = "d29"
KEYS = ["id", "lang", "kind", "question", "history", "answerable", "facts", "page"]
KINDS = ["direct", "paraphrase", "negation", "multi_part", "table", "follow_up", "unanswerable"]
PER_LANG = {"direct": 2, "paraphrase": 3, "negation": 2, "multi_part": 2, "table": 2, "follow_up": 1,
            "unanswerable": 3}
DEV = re.compile(r"[\u0900-\u097F]")
DPI = 100


def load_hidden():
    spec = importlib.util.spec_from_file_location("build_pdf_29", os.path.join(HERE, "build_pdf.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.HIDDEN


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


def ink_pixels(pix, rect: pymupdf.Rect) -> tuple[int, int]:
    """(pixels in rect that differ from the rect's most common colour, pixels in rect)."""
    z = DPI / 72.0
    x0, y0 = max(0, int(rect.x0 * z) + 1), max(0, int(rect.y0 * z) + 1)
    x1, y1 = min(pix.width, int(rect.x1 * z)), min(pix.height, int(rect.y1 * z))
    if x1 <= x0 or y1 <= y0:
        return 0, 0
    n = pix.n
    samples = pix.samples
    colours = collections.Counter()
    pixels = []
    for yy in range(y0, y1):
        row = (yy * pix.width) * n
        for xx in range(x0, x1):
            c = samples[row + xx * n: row + xx * n + 3]
            colours[c] += 1
            pixels.append(c)
    bg = colours.most_common(1)[0][0]
    diff = sum(1 for c in pixels if max(abs(a - b) for a, b in zip(c, bg)) > 24)
    return diff, len(pixels)


def hidden_spans(page, pix):
    """[(text, bbox)] of spans with no visible ink when the page is rendered."""
    out = []
    for block in page.get_text("dict")["blocks"]:
        for line in block.get("lines", []):
            for span in line["spans"]:
                text = span["text"].strip()
                if not text:
                    continue
                r = pymupdf.Rect(span["bbox"])
                oy = span["origin"][1]
                # widen to a full line around the baseline (text squashed flat has a zero-height box)
                box = pymupdf.Rect(r.x0, min(r.y0, oy - 7.5), r.x1, max(r.y1, oy + 2.5))
                diff, total = ink_pixels(pix, box)
                if total and diff == 0:
                    out.append((text, box))
    return out


def main() -> int:
    fails = []
    hidden_expected = load_hidden()
    doc = pymupdf.open(PDF)
    if not 7 <= len(doc) <= 9:
        fails.append("expected 7-9 pages")
    vis_pages, hid_pages = [], []
    found = []
    for i, page in enumerate(doc):
        pix = page.get_pixmap(dpi=DPI, alpha=False)
        text = page.get_text()
        hid = hidden_spans(page, pix)
        hid_text = []
        for t, _box in hid:
            found.append((i + 1, t))
            hid_text.append(t)
            if t not in text:
                fails.append(f"page {i + 1}: a hidden span is not in the extracted text as one piece")
            text = text.replace(t, " ")
        vis_pages.append(norm(text))
        hid_pages.append(norm(" ".join(hid_text)))
    kinds_by_page = []
    for key, sentence in hidden_expected.items():
        pages = [pg for pg, t in found if t == sentence]
        if len(pages) != 1:
            fails.append(f"hidden span '{key}': found {len(pages)} times as an invisible span (expected 1)")
        else:
            kinds_by_page.append(f"{key}=p{pages[0]}")
        if not any(norm(sentence) in norm(p.get_text()) for p in doc):
            fails.append(f"hidden span '{key}': not in the PDF text layer")
    if len(found) != 4 or len({pg for pg, _ in found}) != 4:
        fails.append(f"expected exactly four invisible spans on four pages, found {len(found)}")
    print(f"PDF: {len(doc)} pages; invisible spans: {len(found)} ({', '.join(kinds_by_page)})")

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
    nfacts = 0
    all_vis = " ".join(vis_pages)
    for n, r in enumerate(rows, 1):
        if list(r.keys()) != KEYS:
            fails.append(f"row {n}: keys/order")
            continue
        rid = r["id"]
        if rid != f"{PREFIX}-{n:03d}":
            fails.append(f"row {n}: id")
        lang, kind = r["lang"], r["kind"]
        if lang not in ("en", "hi", "hinglish") or kind not in KINDS:
            fails.append(f"{rid}: lang/kind")
        counts[(lang, kind)] += 1
        hist = r["history"]
        if not isinstance(hist, list):
            fails.append(f"{rid}: history must be a list")
            continue
        if kind == "follow_up":
            ok = (len(hist) == 2 and all(isinstance(h, dict) and list(h.keys()) == ["role", "content"]
                                         and isinstance(h["content"], str) and h["content"].strip()
                                         for h in hist)
                  and hist[0]["role"] == "user" and hist[1]["role"] == "assistant")
            if not ok:
                fails.append(f"{rid}: follow_up history must be [user, assistant] turns")
        elif hist:
            fails.append(f"{rid}: history must be [] unless follow_up")
        texts = [r["question"]] + [h.get("content", "") for h in hist if isinstance(h, dict)]
        if not isinstance(r["question"], str) or not r["question"].strip():
            fails.append(f"{rid}: empty question")
        if lang == "hi" and not all(DEV.search(t) for t in texts):
            fails.append(f"{rid}: Hindi text must be in Devanagari")
        if lang != "hi" and any(DEV.search(t) for t in texts):
            fails.append(f"{rid}: Devanagari in a non-Hindi row")
        if kind == "unanswerable":
            if r["answerable"] is not False or r["facts"] != [] or r["page"] is not None:
                fails.append(f"{rid}: unanswerable fields")
            continue
        if r["answerable"] is not True or not isinstance(r["page"], int) or not isinstance(r["facts"], list):
            fails.append(f"{rid}: answerable fields")
            continue
        if not 1 <= len(r["facts"]) <= 4:
            fails.append(f"{rid}: 1-4 facts")
        if kind == "multi_part" and len(r["facts"]) < 2:
            fails.append(f"{rid}: multi_part needs 2+ facts")
        if not 1 <= r["page"] <= len(doc):
            fails.append(f"{rid}: page out of range")
            continue
        for k, fact in enumerate(r["facts"], 1):
            nfacts += 1
            if not isinstance(fact, str) or not fact.strip() or len(fact.split()) > 6:
                fails.append(f"{rid}: fact {k} must be a short string")
                continue
            nf = norm(fact)
            if nf not in vis_pages[r["page"] - 1]:
                fails.append(f"{rid}: fact {k} not in the visible text of page {r['page']}")
            if nf not in all_vis and any(nf in h for h in hid_pages):
                fails.append(f"{rid}: fact {k} only in hidden text")

    for lang in ("en", "hi", "hinglish"):
        print(f"{lang:9s} " + ", ".join(f"{k}={counts[(lang, k)]}" for k in KINDS))
        for k, v in PER_LANG.items():
            if counts[(lang, k)] != v:
                fails.append(f"{lang}: expected {v} {k}, got {counts[(lang, k)]}")
    print(f"rows={len(rows)}, facts={nfacts}")

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
