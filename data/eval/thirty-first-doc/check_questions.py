"""Check the thirty-first document's PDF, its four hidden spans and questions.jsonl.

Usage (from the repository root):
    .venv/bin/python data/eval/thirty-first-doc/check_questions.py

Prints only counts and PASS/FAIL lines -- never question, fact or hidden text.

Checks:
  * the PDF has 7-9 pages and build_pdf.build() reproduces it byte for byte;
  * hidden text, three ways:
      - every page of the PDF renders (100 dpi, annotations included) pixel-identical to the same page
        of build_pdf.build(hidden=False), the document without the hidden spans;
      - each of the four strings of hidden_spans() is in the PDF's text layer (page.get_text()), each
        on a different page, and none is in the text layer of the build without them;
      - span by span: every non-blank span PyMuPDF extracts is compared with the rendered page; a span
        whose box holds no pixel that differs from the box's background is hidden.  Exactly the four
        hidden strings (and nothing else) must come out as hidden;
  * 45 JSON lines, keys exactly id, lang, kind, question, history, answerable, facts, page (in this
    order); ids t31-01 .. t31-45; 15 questions per language (en, hi, hinglish) with direct 2,
    paraphrase 3, negation 2, multi_part 2, table 2, follow_up 1, unanswerable 3;
  * Hindi questions (and their history) in Devanagari without Latin letters; no Devanagari elsewhere;
  * history: [] except on follow-ups, where it is a non-empty list of {"role": "user", "content": ...};
  * unanswerable rows: answerable false, facts [], page null;
  * answerable rows: 1-4 fact groups (2 or more for multi_part); each group a non-empty list of
    alternative strings whose first entry (the form printed in the PDF) has 1-4 words; at least one
    alternative of every group occurs in the VISIBLE text of the document (hidden spans excluded), and
    for the first group on the stated page; so no fact can come from hidden text alone;
  * the hashes in SHA256SUMS.
Facts and page text are compared after the normalisation the answer grader uses: NFKC, case-folded,
Devanagari digits to ASCII, thousands separators dropped, Rs. / INR / rupee sign removed, nukta and
zero-width characters removed, whitespace collapsed.
"""

from __future__ import annotations

import collections
import hashlib
import importlib.util
import json
import math
import os
import re
import sys
import unicodedata

import pymupdf

HERE = os.path.dirname(os.path.abspath(__file__))
QS = os.path.join(HERE, "questions.jsonl")
PREFIX = "t31"
KEYS = ["id", "lang", "kind", "question", "history", "answerable", "facts", "page"]
KINDS = ["direct", "paraphrase", "negation", "multi_part", "table", "follow_up", "unanswerable"]
PER_LANG = {"direct": 2, "paraphrase": 3, "negation": 2, "multi_part": 2, "table": 2, "follow_up": 1,
            "unanswerable": 3}
LANGS = ["en", "hi", "hinglish"]
DEV = re.compile(r"[\u0900-\u097F]")
LATIN = re.compile(r"[A-Za-z]")
DPI = 100


def _build_module():
    spec = importlib.util.spec_from_file_location("build_pdf_31", os.path.join(HERE, "build_pdf.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def hidden_spans() -> list[str]:
    """The four hidden strings, as drawn into the PDF's content streams."""
    return list(_build_module().HIDDEN)


# -- the grader's normalisation (bench/answers.py normalise), repeated here so this file stands alone
_DEVA_DIGITS = {ord("०") + i: str(i) for i in range(10)}
_ZERO_WIDTH_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u093c]")
_THOUSANDS_RE = re.compile(r"(?<=\d),(?=\d{2,3}(?!\d))")
_CURRENCY_RE = re.compile(r"₹|(?<![^\W\d_])(?:rs\.?|inr)(?![^\W\d_])|(?<=\d)/-")


def norm(text: str) -> str:
    t = unicodedata.normalize("NFKC", text or "")
    t = _ZERO_WIDTH_RE.sub("", t).casefold().translate(_DEVA_DIGITS)
    t = _THOUSANDS_RE.sub("", t)
    t = _CURRENCY_RE.sub(" ", t)
    return " ".join(t.split())


def ws(text: str) -> str:
    return " ".join(text.split())


def render(page):
    return page.get_pixmap(dpi=DPI, annots=True)


def span_is_hidden(pix, bbox, page_rect) -> bool:
    """True when the span's box (widened by 2 pt) shows no pixel that differs from its background."""
    s = DPI / 72.0
    r = pymupdf.Rect(bbox) + (-2, -2, 2, 2)
    r &= page_rect
    if r.is_empty:
        return True
    x0, y0 = max(0, int(r.x0 * s)), max(0, int(r.y0 * s))
    x1, y1 = min(pix.width, int(math.ceil(r.x1 * s))), min(pix.height, int(math.ceil(r.y1 * s)))
    colours = collections.Counter()
    for yy in range(y0, y1):
        for xx in range(x0, x1):
            colours[pix.pixel(xx, yy)] += 1
    return len(colours) <= 1


def main() -> int:
    fails: list[str] = []
    mod = _build_module()
    pdf_path = mod.PDF
    hidden = hidden_spans()
    if len(hidden) != 4 or len(set(hidden)) != 4:
        fails.append("hidden_spans() must return four different strings")

    with open(pdf_path, "rb") as fh:
        pdf_bytes = fh.read()
    if mod.build(hidden=True) != pdf_bytes:
        fails.append("build_pdf.build() does not reproduce the PDF byte for byte")
    doc = pymupdf.open(stream=pdf_bytes, filetype="pdf")
    clean = pymupdf.open(stream=mod.build(hidden=False), filetype="pdf")
    npages = len(doc)
    if not 7 <= npages <= 9 or len(clean) != npages:
        fails.append(f"page count {npages}")

    # --- hidden text: whole-page rendering identical with and without the hidden spans
    pixes = []
    for i in range(npages):
        a, b = render(doc[i]), render(clean[i])
        pixes.append(a)
        if (a.width, a.height) != (b.width, b.height) or a.samples != b.samples:
            fails.append(f"page {i + 1}: rendering differs from the build without hidden spans")

    # --- hidden text: in the text layer, one page each, absent from the clean build
    full = [doc[i].get_text() for i in range(npages)]
    vis = [clean[i].get_text() for i in range(npages)]
    pages_of = []
    for k, h in enumerate(hidden, 1):
        on = [i for i in range(npages) if ws(h) in ws(full[i])]
        if len(on) != 1:
            fails.append(f"hidden span {k}: found on {len(on)} pages of the text layer (want 1)")
        else:
            pages_of.append(on[0])
        if any(ws(h) in ws(v) for v in vis):
            fails.append(f"hidden span {k}: present in the visible build")
    if len(set(pages_of)) != len(pages_of):
        fails.append("hidden spans must sit on four different pages")
    # the visible text is the full text minus the hidden spans
    for i in range(npages):
        t = ws(full[i])
        for h in hidden:
            t = t.replace(ws(h), " ")
        if ws(t) != ws(vis[i]):
            fails.append(f"page {i + 1}: text layer minus hidden spans differs from the visible build")

    # --- hidden text: span by span against the rendering
    found = collections.defaultdict(list)
    for i in range(npages):
        page = doc[i]
        for b in page.get_text("dict")["blocks"]:
            for line in b.get("lines", []):
                for sp in line["spans"]:
                    if not sp["text"].strip():
                        continue
                    if span_is_hidden(pixes[i], sp["bbox"], page.rect):
                        found[i].append(sp["text"])
    got = sorted(ws(" ".join(v)) for v in found.values())
    if got != sorted(ws(h) for h in hidden):
        fails.append(f"span-level rendering check: {sum(len(v) for v in found.values())} hidden span(s) on "
                     f"{len(found)} page(s) do not match the four hidden strings")
    print(f"pages={npages}, hidden spans: text layer {len(pages_of)}, by rendering "
          f"{sum(len(v) for v in found.values())} on {len(found)} pages")

    vis_norm = [norm(v) for v in vis]
    all_vis = " ".join(vis_norm)

    # --- questions
    rows = []
    with open(QS, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                fails.append(f"line {n}: empty")
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError:
                fails.append(f"line {n}: invalid JSON")
    if len(rows) != 45:
        fails.append(f"expected 45 rows, got {len(rows)}")
    counts = collections.Counter()
    nfacts = 0
    for n, r in enumerate(rows, 1):
        if list(r.keys()) != KEYS:
            fails.append(f"row {n}: keys/order")
            continue
        rid = r["id"]
        if rid != f"{PREFIX}-{n:02d}":
            fails.append(f"row {n}: id")
        lang, kind = r["lang"], r["kind"]
        if lang not in LANGS or kind not in KINDS:
            fails.append(f"{rid}: lang/kind")
        counts[(lang, kind)] += 1
        hist = r["history"]
        if not isinstance(hist, list):
            fails.append(f"{rid}: history must be a list")
            continue
        if kind == "follow_up":
            ok = bool(hist) and all(isinstance(h, dict) and list(h.keys()) == ["role", "content"]
                                    and h["role"] == "user" and isinstance(h["content"], str)
                                    and h["content"].strip() for h in hist)
            if not ok:
                fails.append(f"{rid}: follow_up history must be user turns")
        elif hist:
            fails.append(f"{rid}: history must be [] unless follow_up")
        if not isinstance(r["question"], str) or not r["question"].strip():
            fails.append(f"{rid}: empty question")
            continue
        texts = [r["question"]] + [h.get("content", "") for h in hist if isinstance(h, dict)]
        if lang == "hi" and not all(DEV.search(t) and not LATIN.search(t) for t in texts):
            fails.append(f"{rid}: Hindi text must be Devanagari without Latin letters")
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
            fails.append(f"{rid}: 1-4 fact groups")
        if kind == "multi_part" and len(r["facts"]) < 2:
            fails.append(f"{rid}: multi_part needs 2+ fact groups")
        if not 1 <= r["page"] <= npages:
            fails.append(f"{rid}: page out of range")
            continue
        for k, group in enumerate(r["facts"], 1):
            nfacts += 1
            if (not isinstance(group, list) or not group
                    or not all(isinstance(a, str) and a.strip() for a in group)):
                fails.append(f"{rid}: fact {k} must be a non-empty list of strings")
                continue
            if not 1 <= len(group[0].split()) <= 4:
                fails.append(f"{rid}: fact {k}: printed form must have 1-4 words")
            if norm(group[0]) not in all_vis:
                fails.append(f"{rid}: fact {k}: printed form not in the visible text")
            where = vis_norm[r["page"] - 1] if k == 1 else all_vis
            if not any(norm(a) in where for a in group):
                fails.append(f"{rid}: fact {k} not in the visible text" + (" of the stated page" if k == 1 else ""))

    for lang in LANGS:
        print(f"{lang:9s} " + ", ".join(f"{k}={counts[(lang, k)]}" for k in KINDS))
        for k, v in PER_LANG.items():
            if counts[(lang, k)] != v:
                fails.append(f"{lang}: expected {v} {k}, got {counts[(lang, k)]}")
    print(f"rows={len(rows)}, fact groups={nfacts}")

    # --- hashes
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
        if names != {os.path.basename(pdf_path), os.path.basename(QS)}:
            fails.append("SHA256SUMS must list the PDF and questions.jsonl")
    else:
        fails.append("SHA256SUMS missing")

    for f_ in fails:
        print("FAIL", f_)
    print("PASS" if not fails else f"FAIL ({len(fails)} problem(s))")
    return 0 if not fails else 1


if __name__ == "__main__":
    sys.exit(main())
