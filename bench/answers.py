"""Answer-quality benchmark: what the assistant answers, scored against required facts, per
configuration, question set, language and question kind.

    .venv/bin/python bench/answers.py                          # all configurations, all sets but `fresh`
    .venv/bin/python bench/answers.py --config pdf --limit 10  # a quick run
    .venv/bin/python bench/answers.py --fresh                  # also the held-back set (final check only)
    .venv/bin/python bench/answers.py --llm llamacpp --out bench/out/llm  # answers phrased by the model + adapter

Configurations (each an index built once with the real e5 embedder into bench/out/index-<name>/ by the
same ingest() that `funnel ingest` runs; reused while the inputs are unchanged, --rebuild forces it):
  kb+pdf  data/knowledge + the product PDF ../shared/data/edge-plus-context.pdf   sets dev, dev-unanswerable, adev-a, cdev-a, mdev, blind-a, blind-b, fresh, fresh-d … fresh-z, fresh-aa, fresh-ab
  pdf     the product PDF alone                                                  sets cdev-a, mdev, blind-a, blind-b, fresh, fresh-d … fresh-z, fresh-aa, fresh-ab
  second  data/eval/second-doc/udaan-select-card.pdf alone                       sets adev-b, cdev-b, mdev-b, second
  third   data/eval/third-doc/kavach-secured-card.pdf alone                      sets adev-c, cdev-c, mdev-c, tdev, third
  fourth … twenty-eighth   data/eval/<name>-doc/*.pdf alone (twenty-five fictional documents)   set <name> (held back: --fresh)
A configuration whose documents are missing (the product PDF lives outside the repository) is
skipped with a message.

Sets (JSON lines):
  dev      data/eval/qa.jsonl                   development set; every question answerable
  dev-unanswerable  data/eval/unanswerable_dev.jsonl  development set; on-topic questions the documents do not answer
  blind-a  data/eval/blind/product-a.jsonl      blind: run it, never read it
  blind-b  data/eval/blind/product-b.jsonl      blind (the held-back set until it had been run three times)
  fresh    data/eval/blind/product-c.jsonl      blind and held back for the final check: only with --fresh
  fresh-d  data/eval/blind/product-d.jsonl      blind, written at the start of the fourth tuning session; held back
  fresh-e  data/eval/blind/product-e.jsonl      blind, written at the start of the fifth tuning session; held back
  fresh-f  data/eval/blind/product-f.jsonl      blind, written at the start of the sixth tuning session; held back
  fresh-g  data/eval/blind/product-g.jsonl      blind, written at the start of the seventh tuning session; held back
  fresh-h  data/eval/blind/product-h.jsonl      blind, written at the start of the eighth tuning session; held back
  fresh-i  data/eval/blind/product-i.jsonl      blind, written at the start of the ninth tuning session; held back
  fresh-j  data/eval/blind/product-j.jsonl      blind, written at the start of the tenth tuning session; held back
  fresh-k  data/eval/blind/product-k.jsonl      blind, written at the start of the tenth tuning session; held back
  fresh-l  data/eval/blind/product-l.jsonl      blind, written at the start of the eleventh tuning session; held back
  fresh-m  data/eval/blind/product-m.jsonl      blind, written at the start of the twelfth tuning session; held back
  fresh-n  data/eval/blind/product-n.jsonl      blind, written at the start of the thirteenth tuning session; held back
  fresh-o  data/eval/blind/product-o.jsonl      blind, written at the start of the fourteenth tuning session; held back
  fresh-p  data/eval/blind/product-p.jsonl      blind, written in the fourteenth tuning session and first run at its end; held back
  fresh-q  data/eval/blind/product-q.jsonl      blind, written at the start of the fifteenth tuning session; held back
  fresh-r  data/eval/blind/product-r.jsonl      blind, written in the fifteenth tuning session and first run at its end; held back
  fresh-s  data/eval/blind/product-s.jsonl      blind, written at the start of the sixteenth tuning session; held back
  fresh-t  data/eval/blind/product-t.jsonl      blind, written in the sixteenth tuning session and first run at its end; held back
  fresh-u  data/eval/blind/product-u.jsonl      blind, written at the start of the seventeenth tuning session; held back
  fresh-v  data/eval/blind/product-v.jsonl      blind, written in the seventeenth tuning session and first run at its end; held back
  fresh-w  data/eval/blind/product-w.jsonl      blind, written at the start of the eighteenth tuning session; held back
  fresh-x  data/eval/blind/product-x.jsonl      blind, written in the eighteenth tuning session and first run at its end; held back
  fresh-y  data/eval/blind/product-y.jsonl      blind, written at the start of the nineteenth tuning session; held back
  fresh-z  data/eval/blind/product-z.jsonl      blind, written in the nineteenth tuning session and first run at its end; held back
  fresh-aa data/eval/blind/product-aa.jsonl     blind, written in the twentieth tuning session and first run at its end; held back
  fresh-ab data/eval/blind/product-ab.jsonl     blind, written at the start of the twenty-first tuning session; held back
  fresh-ac … fresh-ae                           blind, one written at the start of each later tuning session; held back
  adev-a/b/c data/eval/answerability_dev.jsonl  development: paraphrases and unanswerable questions per document
  cdev-a/b/c data/eval/class_dev.jsonl        development: paraphrase, negation and unanswerable questions per document
  mdev     data/eval/multipart_dev.jsonl        development: multi-part and follow-up questions on the product PDF
  mdev-b/c data/eval/multipart_dev_bc.jsonl     development: multi-part and follow-up questions on the second and third documents
  tdev     data/eval/table_dev.jsonl            development: table questions on the third document
  second   data/eval/second-doc/questions.jsonl blind, about the second document
  third    data/eval/third-doc/questions.jsonl  blind, about the third document
  fourth … twenty-eighth   data/eval/<name>-doc/questions.jsonl  blind, about that document; held back for the final check

Every question goes through FunnelService.chat (provider "none": deterministic answers, audit off,
answer cache off); a follow-up first asks its earlier questions through the same service and passes
the answers as history. Verdicts: correct (answerable, answered, every fact group present),
wrong_refusal (answerable, the fallback sentence), correct_refusal (unanswerable, the fallback
sentence), wrong (anything else). false_stmt counts answers holding a number found neither in the
question (or its history) nor in the indexed documents. score = (correct + correct_refusal) / n.

Nothing is printed per question: per-question details go to bench/out/answers-<config>-<set>.jsonl
and the aggregates to bench/out/answers-summary.json (bench/out is git-ignored).
"""
from __future__ import annotations

import argparse
import functools
import hashlib
import json
import math
import os
import re
import statistics
import sys
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

# Project imports, all here so a moved module is a one-line fix.
from domain.catalog import load_catalog  # noqa: E402
from domain.prompts import FALLBACK_EN, FALLBACK_HI  # noqa: E402
from assistant.schemas import ChatRequest, ChatTurn  # noqa: E402
from assistant.service import FunnelService  # noqa: E402
from assistant.live_index import warm  # noqa: E402
from assistant.settings import Settings  # noqa: E402
from ingest.pipeline import collect_files, ingest  # noqa: E402
from ingest.units import IngestError  # noqa: E402
from rag.embedder import get_embedder  # noqa: E402
from rag.index import Index  # noqa: E402
from rag.loader import load_retriever  # noqa: E402

OUT = ROOT / "bench/out"
PDF = ROOT.parent / "shared" / "data" / "edge-plus-context.pdf"
KB = ROOT / "data/knowledge"
SECOND_PDF = ROOT / "data/eval/second-doc/udaan-select-card.pdf"
THIRD_PDF = ROOT / "data/eval/third-doc/kavach-secured-card.pdf"
# The fictional documents written for the generality check, one per folder data/eval/<name>-doc/ holding
# its PDF and its blind questions.jsonl; each is indexed alone, and its set is held back for the final check.
DOCS = ["fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
        "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
        "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third", "twenty-fourth",
        "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth", "twenty-ninth", "thirtieth", "thirty-first"]


def doc_pdf(name: str) -> Path:
    """The PDF of a generated document (a path that does not exist when its folder holds none)."""
    folder = ROOT / f"data/eval/{name}-doc"
    return next(iter(sorted(folder.glob("*.pdf"))), folder / "missing.pdf")


ADEV = ROOT / "data/eval/answerability_dev.jsonl"

# the blind product sets written after product-c (fresh-d = product-d.jsonl …), one per tuning session
FRESH_LETTERS = [*"defghijklmnopqrstuvwxyz", "aa", "ab", "ac", "ad", "ae"]  # after z: aa … ae
FRESH = ["fresh", *(f"fresh-{x}" for x in FRESH_LETTERS)]

# set name → (question file, format[, the field values a question must have: one file may hold several sets])
SETS: dict[str, tuple] = {
    "dev": (ROOT / "data/eval/qa.jsonl", "dev"),
    "dev-unanswerable": (ROOT / "data/eval/unanswerable_dev.jsonl", "dev"),
    "blind-a": (ROOT / "data/eval/blind/product-a.jsonl", "blind"),
    "blind-b": (ROOT / "data/eval/blind/product-b.jsonl", "blind"),
    "fresh": (ROOT / "data/eval/blind/product-c.jsonl", "blind"),
    **{f"fresh-{x}": (ROOT / f"data/eval/blind/product-{x}.jsonl", "blind") for x in FRESH_LETTERS},
    "second": (ROOT / "data/eval/second-doc/questions.jsonl", "blind"),
    "third": (ROOT / "data/eval/third-doc/questions.jsonl", "blind"),
    **{name: (ROOT / f"data/eval/{name}-doc/questions.jsonl", "blind") for name in DOCS},
    # development: paraphrases and unanswerable questions over three documents (doc a/b/c), read and tuned on
    **{f"adev-{doc}": (ADEV, "blind", {"doc": doc}) for doc in "abc"},
    # development: paraphrase, negation and unanswerable questions on three documents (doc a/b/c), written
    # at the start of the sixth tuning session from the documents alone, read and tuned on
    **{f"cdev-{doc}": (ROOT / "data/eval/class_dev.jsonl", "blind", {"doc": doc}) for doc in "abc"},
    # development: multi-part and follow-up questions on the product PDF, read and tuned on
    "mdev": (ROOT / "data/eval/multipart_dev.jsonl", "blind"),
    # development: table questions on the third document, read and tuned on
    "tdev": (ROOT / "data/eval/table_dev.jsonl", "blind"),
    # development: multi-part and follow-up questions on the second and third documents (doc b/c), written
    # in the seventh tuning session from the documents alone, read and tuned on
    **{f"mdev-{doc}": (ROOT / "data/eval/multipart_dev_bc.jsonl", "blind", {"doc": doc}) for doc in "bc"},
}
# configuration → (documents, sets, the PDF whose pages citations are checked against)
CONFIGS: dict[str, tuple[list[Path], list[str], Path]] = {
    "kb+pdf": ([KB, PDF], ["dev", "dev-unanswerable", "adev-a", "cdev-a", "mdev", "blind-a", "blind-b", *FRESH], PDF),
    "pdf": ([PDF], ["cdev-a", "mdev", "blind-a", "blind-b", *FRESH], PDF),
    "second": ([SECOND_PDF], ["adev-b", "cdev-b", "mdev-b", "second"], SECOND_PDF),
    "third": ([THIRD_PDF], ["adev-c", "cdev-c", "mdev-c", "tdev", "third"], THIRD_PDF),
    **{name: ([doc_pdf(name)], [name], doc_pdf(name)) for name in DOCS},
}
HELD_BACK = {*FRESH, *DOCS}
VERDICTS = ["correct", "correct_refusal", "wrong_refusal", "wrong"]
LANG_ORDER = ["en", "hi", "hinglish"]
KIND_ORDER = ["direct", "paraphrase", "negation", "multi_part", "table", "follow_up", "unanswerable", "dev"]


# --------------------------------------------------------------------------- normalisation

_DEVA_DIGITS = {ord("०") + i: str(i) for i in range(10)}
# Zero-width characters, and the nukta: writers spell ज़्यादा and ज्यादा alike, and an answer must not
# count as wrong for the dot a fact's writer chose (NFKC splits ज़ into ज + nukta first).
_ZERO_WIDTH_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u093c]")
_THOUSANDS_RE = re.compile(r"(?<=\d),(?=\d{2,3}(?!\d))")  # 1,299 and 1,00,000; not a list like 1,2,3
_CURRENCY_RE = re.compile(r"₹|(?<![^\W\d_])(?:rs\.?|inr)(?![^\W\d_])|(?<=\d)/-")  # "rs" only as a word
_HSPACE_RE = re.compile(r"[^\S\n]+")
_NUM_RE = re.compile(r"\d+(?:\.\d+)?")
_LIST_MARKER_RE = re.compile(r"^\s*\d[.)](?=\s|$)", re.M)  # "1." / "2)" opening a line
_CITE_MARK_RE = re.compile(r"\[\s*c?\d+(?:\s*[,–-]\s*c?\d+)*\s*\]")  # [1], [c2], [1, 3]


def normalise(text: str, keep_lines: bool = False) -> str:
    """NFKC, casefold, Devanagari digits → ASCII, thousands separators dropped inside numbers,
    currency marks (₹, rs., rs, inr, a trailing /-) removed, zero-width characters and the nukta removed,
    whitespace collapsed (newlines kept when keep_lines)."""
    t = unicodedata.normalize("NFKC", text or "")
    t = _ZERO_WIDTH_RE.sub("", t).casefold().translate(_DEVA_DIGITS)
    t = _THOUSANDS_RE.sub("", t)
    t = _CURRENCY_RE.sub(" ", t)
    if keep_lines:
        return "\n".join(x.strip() for x in _HSPACE_RE.sub(" ", t).split("\n")).strip()
    return " ".join(t.split())


def _canon(num: str) -> str:
    whole, _, frac = num.partition(".")
    whole, frac = whole.lstrip("0") or "0", frac.rstrip("0")
    return f"{whole}.{frac}" if frac else whole


def numbers(text: str, answer: bool = False) -> set[str]:
    """The numbers in a text, canonical (no leading zeros, no trailing fractional zeros). For an
    answer, list markers opening a line and citation markers are not numbers."""
    t = normalise(text, keep_lines=True)
    if answer:
        t = _CITE_MARK_RE.sub(" ", _LIST_MARKER_RE.sub(" ", t))
    return {_canon(m) for m in _NUM_RE.findall(t)}


@functools.lru_cache(maxsize=8)
def _doc_numbers(doc_text: str) -> frozenset[str]:
    return frozenset(numbers(doc_text))


_FALLBACKS = {normalise(FALLBACK_EN), normalise(FALLBACK_HI)}


def _letters(text: str) -> tuple[int, int]:
    """(Devanagari letters, Latin letters). A Devanagari vowel sign or virama counts as a letter
    (it is a mark, not alphabetic, in Unicode, yet carries a vowel); digits and dandas do not."""
    deva = latin = 0
    for c in text:
        if "\u0900" <= c <= "\u097f" or "\ua8e0" <= c <= "\ua8ff":
            deva += unicodedata.category(c)[0] in "LM"
        elif c < "\u0250" and c.isalpha():
            latin += 1
    return deva, latin


def _cite_get(c, key):
    return c.get(key) if isinstance(c, dict) else getattr(c, key, None)


# --------------------------------------------------------------------------- scoring

# A number with its unit or a range, as a Hindi answer states it: "5 से 7 दिन" is "5 to 7 days", "30 दिन" is
# "30 days". Facts are written as the English document states them; a Hindi answer carrying the same
# number in Hindi words is as correct.
_HI_UNITS = {"working days": "कामकाजी दिन", "working day": "कामकाजी दिन", "days": "दिन", "day": "दिन", "months": "महीन", "month": "महीन",  # stems: महीने/महीनों
             "hours": "घंट", "hour": "घंट", "minutes": "मिनट", "minute": "मिनट", "years": "साल", "year": "साल"}
_RANGE_RE = re.compile(r"^(\d[\d,.]*)\s*(?:-|–|to)\s*(\d[\d,.]*)(.*)$", re.I)
_UNIT_RE = re.compile(r"^(\d[\d,.]*)\s+(working days?|days?|months?|hours?|minutes?|years?)$", re.I)


def _with_hindi_forms(alternatives: list[str]) -> list[str]:
    out = list(alternatives)
    for a in alternatives:
        a = a.strip()
        m = _RANGE_RE.match(a)
        if m:
            unit = m.group(3).strip().lower()
            hi = f"{m.group(1)} से {m.group(2)}"
            out.append(f"{hi} {_HI_UNITS[unit]}" if unit in _HI_UNITS else hi)
            continue
        m = _UNIT_RE.match(a)
        if m:
            out.append(f"{m.group(1)} {_HI_UNITS[m.group(2).lower()]}")
    return out


def score(item: dict, reply_answer: str, fallback: bool, citations: list, doc_text: str, pdf_name: str | None = None) -> dict:
    """Score one reply. `item` is a question in the blind format (answerable, facts, kind, lang,
    question, history, page); `citations` are Citation objects or dicts; `doc_text` is the text of
    every indexed chunk (normalised or not); `pdf_name` is the PDF whose pages `page` refers to
    (default: any .pdf source).

    Returns verdict (correct | correct_refusal | wrong_refusal | wrong), refusal, present (per fact
    group), missing (indexes of absent groups), partial (answered, some but not all of two or more
    groups present), all_parts, false_statement + unsupported_numbers, devanagari (Hindi items with
    an answer, else None) and cites_page (correct answerable items with a page, else None)."""
    answer = reply_answer or ""
    norm = normalise(answer)
    refusal = bool(fallback) or norm in _FALLBACKS
    # a group is a list of alternatives, or one bare string (some sets' writers wrote facts so): iterated as
    # it stands, a string would be read letter by letter and any answer sharing one letter would pass
    groups = [[a for a in (normalise(x) for x in _with_hindi_forms([g] if isinstance(g, str) else g)) if a]
              for g in (item.get("facts") or [])]
    # a group with no non-empty alternative asks for nothing: present (indexes stay those of the file)
    present = [not refusal and (not g or any(a in norm for a in g)) for g in groups]
    answerable = bool(item.get("answerable", True))
    if answerable:
        verdict = "wrong_refusal" if refusal else ("correct" if all(present) else "wrong")
    else:
        verdict = "correct_refusal" if refusal else "wrong"

    unsupported: list[str] = []
    if not refusal:
        asked = " \n".join([item.get("question") or ""] + [_history_text(h) for h in item.get("history") or []])
        known = numbers(asked) | _doc_numbers(doc_text)
        unsupported = sorted(numbers(answer, answer=True) - known, key=lambda x: (len(x), x))

    devanagari = None
    if item.get("lang") == "hi" and not refusal:
        deva, latin = _letters(answer)
        devanagari = deva > latin

    cites_page = None
    page = item.get("page")
    if answerable and page is not None and verdict == "correct":
        cites_page = False
        for c in citations or []:
            src = str(_cite_get(c, "source") or "")
            if (src == pdf_name) if pdf_name else src.lower().endswith(".pdf"):
                first = _cite_get(c, "page")
                last = _cite_get(c, "page_end") or first
                if first is not None and int(first) <= int(page) <= int(last):
                    cites_page = True
                    break

    n_present = sum(present)
    return {
        "verdict": verdict, "refusal": refusal, "present": present,
        "missing": [i for i, p in enumerate(present) if not p],
        "partial": answerable and not refusal and len(groups) >= 2 and 0 < n_present < len(groups),
        "all_parts": answerable and not refusal and n_present == len(groups),
        "false_statement": bool(unsupported), "unsupported_numbers": unsupported,
        "devanagari": devanagari, "cites_page": cites_page,
    }


def _history_text(h) -> str:
    return h if isinstance(h, str) else str(h.get("content") or "")


# --------------------------------------------------------------------------- aggregation

def _rate(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


def _pct(ms: list[float], q: float) -> float | None:
    """Nearest-rank percentile (never below the median)."""
    if not ms:
        return None
    s = sorted(ms)
    return round(s[max(0, math.ceil(q * len(s)) - 1)], 1)


def _counts(rows: list[dict]) -> dict:
    c = {"n": len(rows), **{v: sum(r["verdict"] == v for r in rows) for v in VERDICTS},
         "false_stmt": sum(bool(r["false_statement"]) for r in rows)}
    c["score"] = _rate(c["correct"] + c["correct_refusal"], c["n"])
    return c


def aggregate(rows: list[dict]) -> dict:
    """Rows are per-question records (lang, kind, answerable, latency_ms and score()'s fields)."""
    by_lang = {lang: _counts([r for r in rows if r["lang"] == lang]) for lang in _ordered({r["lang"] for r in rows}, LANG_ORDER)}
    by_kind = {kind: _counts([r for r in rows if r["kind"] == kind]) for kind in _ordered({r["kind"] for r in rows}, KIND_ORDER)}
    unans = [r for r in rows if not r["answerable"]]
    ans = [r for r in rows if r["answerable"]]
    hi = [r for r in rows if r["devanagari"] is not None]
    paged = [r for r in rows if r["cites_page"] is not None]
    multi = [r for r in rows if r["kind"] == "multi_part" and r["answerable"]]
    ms = [r["latency_ms"] for r in rows if r.get("latency_ms") is not None]
    return {
        "all": _counts(rows), "by_lang": by_lang, "by_kind": by_kind,
        "unanswerable_refused": {"rate": _rate(sum(r["refusal"] for r in unans), len(unans)), "n": len(unans)},
        "answerable_wrongly_refused": {"rate": _rate(sum(r["verdict"] == "wrong_refusal" for r in ans), len(ans)), "n": len(ans)},
        "hindi_in_devanagari": {"rate": _rate(sum(bool(r["devanagari"]) for r in hi), len(hi)), "n": len(hi)},
        "cites_pdf_page": {"rate": _rate(sum(bool(r["cites_page"]) for r in paged), len(paged)), "n": len(paged)},
        "multi_part_all_parts": {"rate": _rate(sum(bool(r["all_parts"]) for r in multi), len(multi)), "n": len(multi),
                                 "partial": sum(bool(r["partial"]) for r in multi)},
        "latency_ms": {"p50": round(statistics.median(ms), 1) if ms else None, "p95": _pct(ms, 0.95), "n": len(ms)},
        "errors": sum(bool(r.get("error")) for r in rows),
    }


def _ordered(present: set[str], order: list[str]) -> list[str]:
    return [x for x in order if x in present] + sorted(present - set(order))


def _fmt_rate(d: dict) -> str:
    return "   -  " if d["rate"] is None else f"{d['rate']:.3f} (n={d['n']})"


def print_table(config: str, set_name: str, agg: dict, header: str) -> None:
    print(f"\n== {config} / {set_name}: {header} ==")
    print(f"{'row':18s} {'n':>4s} {'correct':>7s} {'correct_refusal':>15s} {'wrong_refusal':>13s} {'wrong':>5s} "
          f"{'false_stmt':>10s} {'score':>6s}")

    def line(label: str, c: dict) -> None:
        score_s = "   -  " if c["score"] is None else f"{c['score']:6.3f}"
        print(f"{label:18s} {c['n']:4d} {c['correct']:7d} {c['correct_refusal']:15d} {c['wrong_refusal']:13d} "
              f"{c['wrong']:5d} {c['false_stmt']:10d} {score_s}")

    line("overall", agg["all"])
    for lang, c in agg["by_lang"].items():
        line(f"lang {lang}", c)
    for kind, c in agg["by_kind"].items():
        line(f"kind {kind}", c)
    m = agg["multi_part_all_parts"]
    lat = agg["latency_ms"]
    print(f"unanswerable refused rate         {_fmt_rate(agg['unanswerable_refused'])}")
    print(f"answerable wrongly refused rate   {_fmt_rate(agg['answerable_wrongly_refused'])}")
    print(f"Hindi answered in Devanagari rate {_fmt_rate(agg['hindi_in_devanagari'])}")
    print(f"cites-the-PDF-page rate           {_fmt_rate(agg['cites_pdf_page'])}  (correct answers with a page)")
    print(f"multi_part all-parts rate         {_fmt_rate(m)}" + (f", {m['partial']} partial" if m["n"] else ""))
    print(f"latency p50 {lat['p50']} ms, p95 {lat['p95']} ms over {lat['n']} chat calls"
          + (f" | {agg['errors']} question(s) raised an error" if agg["errors"] else ""))


# --------------------------------------------------------------------------- questions

def load_set(name: str) -> list[dict]:
    path, fmt, where = (*SETS[name], {})[:3]
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        d = json.loads(line)
        if fmt == "dev":
            d = {"id": d["id"], "lang": d.get("lang", "en"), "kind": "dev", "question": d["query"], "history": [],
                 "answerable": "required_facts" in d, "facts": [g.split("|") for g in d.get("required_facts", [])], "page": None}
        if any(d.get(k) != v for k, v in where.items()):
            continue
        items.append(d)
    return items


def check_sums(name: str) -> str | None:
    """A warning when a set's SHA256SUMS (next to it) does not match; None when it matches or there is none."""
    path = SETS[name][0]
    sums = path.parent / "SHA256SUMS"
    if not sums.exists():
        return None
    for line in sums.read_text().splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[1].lstrip("*") == path.name:
            if hashlib.sha256(path.read_bytes()).hexdigest() != parts[0]:
                return f"{path.relative_to(ROOT)} does not match its SHA256SUMS"
            return None
    return None


# --------------------------------------------------------------------------- running

def build_index(name: str, docs: list[Path], emb, cat, rebuild: bool) -> dict:
    """Ingest into bench/out/index-<name>/; ingest() itself skips the work when the content is unchanged."""
    index_dir = OUT / f"index-{name}"
    files = collect_files(docs)
    res = ingest(docs, index_dir, emb, cat, progress=sys.stderr.isatty(), force=rebuild)
    return {"dir": str(index_dir.relative_to(ROOT)), "status": res.status, "build": res.build, "chunks": res.chunks,
            "embedded": res.embedded, "seconds": round(res.seconds, 2),
            "inputs": {str(f.relative_to(ROOT.parent)): hashlib.sha256(f.read_bytes()).hexdigest() for f in files}}


def make_service(index_dir: Path, emb, cat, llm: str = "none", adapter: str | None = None,
                 llm_refusals: bool = False) -> tuple[FunnelService, Index]:
    """The service over one bench index: deterministic answers (llm "none"), or phrased by a model that every
    answer's checks still guard (a failing sentence is replaced by the deterministic answer, as served)."""
    extra = {"adapter": adapter} if adapter is not None else {}
    s = Settings(index_dir=str(index_dir), provider=llm, use_llm=llm != "none", audit_log="", cache_size=0,
                 llm_refusals=llm_refusals, **extra)
    index = Index.load(index_dir)
    ret = load_retriever(index_dir, s.retriever, embedder=emb, catalog=cat, index=index)
    return FunnelService(s, retriever=ret, catalog=cat), index


def doc_text_of(index: Index) -> str:
    """The normalised text of every indexed chunk (its passage, FAQ question and section titles)."""
    return normalise("\n".join(" ".join(x for x in (c.section, c.question or "", c.text) if x) for c in index.chunks))


def ask(svc: FunnelService, item: dict) -> tuple[object, float, int]:
    """The reply to the item's question, its latency (ms) and the number of history turns asked first."""
    turns: list[ChatTurn] = []
    for h in item.get("history") or []:
        if isinstance(h, dict) and h.get("role", "user") != "user":
            continue
        q = _history_text(h)
        if not q.strip():
            continue
        r = svc.chat(ChatRequest(query=q, history=turns[-20:]))
        turns.append(ChatTurn(user=q[:4000], assistant=r.answer[:8000]))
    t = time.perf_counter()
    reply = svc.chat(ChatRequest(query=item["question"], history=turns[-20:]))
    return reply, (time.perf_counter() - t) * 1000, len(turns)


def run_set(config: str, set_name: str, items: list[dict], svc: FunnelService, doc_text: str, pdf_name: str) -> list[dict]:
    from tqdm import tqdm

    rows = []
    for item in tqdm(items, desc=f"{config}/{set_name}", unit="q", file=sys.stderr, leave=False):
        row = {"id": item["id"], "lang": item.get("lang"), "kind": item.get("kind"), "answerable": bool(item.get("answerable", True))}
        try:
            reply, ms, n_hist = ask(svc, item)
            answer, fallback, cites = reply.answer, reply.fallback, [c.model_dump() for c in reply.citations]
            row.update(latency_ms=round(ms, 2), history_turns=n_hist, intent=reply.intent, confidence=reply.confidence)
        except Exception as e:  # one broken question must not end the run; it counts and is reported
            answer, fallback, cites = "", False, []
            row.update(latency_ms=None, error=f"{type(e).__name__}: {e}")
        s = score(item, answer, fallback, cites, doc_text, pdf_name=pdf_name)
        row.update(verdict=s["verdict"], missing=s["missing"], partial=s["partial"], all_parts=s["all_parts"],
                   refusal=s["refusal"], false_statement=s["false_statement"], unsupported_numbers=s["unsupported_numbers"],
                   devanagari=s["devanagari"], cites_page=s["cites_page"], page=item.get("page"), answer=answer,
                   citations=[{k: c.get(k) for k in ("source", "page", "page_end", "section", "chunk_id")} for c in cites])
        rows.append(row)
    return rows


def compare_with_baseline(report: dict, baseline: Path, adapter: str | None, record: bool) -> dict:
    """Each set's score phrased by the model against the deterministic run in `baseline`; with `record`,
    written into the adapter's manifest as `answers` (promotion requires `answers.no_worse`)."""
    base = json.loads(baseline.read_text(encoding="utf-8"))
    sets: dict[str, dict] = {}
    for config, entry in report["configs"].items():
        for name, agg in (entry.get("sets") or {}).items():
            ref = ((base.get("configs") or {}).get(config) or {}).get("sets", {}).get(name)
            if "all" in agg and ref and "all" in ref:
                sets[f"{config}/{name}"] = {"deterministic": ref["all"]["score"], "llm": agg["all"]["score"], "n": agg["all"]["n"]}
    out = {"date": report["date"], "provider": report["llm"], "blind": sorted(k for k in sets if k.split("/")[1] in HELD_BACK),
           "sets": sets, "no_worse": bool(sets) and all(v["llm"] >= v["deterministic"] for v in sets.values())}
    print("\nanswers phrased by the model vs deterministic: " + "; ".join(
        f"{k} {v['llm']:.3f} vs {v['deterministic']:.3f}" for k, v in sets.items()) + f" — no worse: {out['no_worse']}")
    if record and adapter:
        path = (ROOT / adapter) if not Path(adapter).is_absolute() else Path(adapter)
        man = json.loads((path / "manifest.json").read_text(encoding="utf-8"))
        man["answers"] = out
        (path / "manifest.json").write_text(json.dumps(man, indent=2, ensure_ascii=False) + "\n")
        print(f"recorded in {path / 'manifest.json'}")
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--config", default=",".join(CONFIGS), metavar="NAMES",
                    help=f"comma-separated configurations to run (default: {','.join(CONFIGS)})")
    ap.add_argument("--sets", default=None, metavar="NAMES",
                    help=f"comma-separated sets to restrict to ({', '.join(SETS)}); default: every set of each configuration")
    ap.add_argument("--fresh", action="store_true", help=f"also run the held-back sets {sorted(HELD_BACK)} (final check only)")
    ap.add_argument("--limit", type=int, default=None, metavar="N", help="only the first N questions of each set (a quick run)")
    ap.add_argument("--rebuild", action="store_true", help="re-ingest every index even when its inputs are unchanged")
    ap.add_argument("--cold", action="store_true", help="do not embed the passages' pieces before the questions, as a "
                    "server does once a build is loaded: every first use of a piece is embedded inside an answer's latency")
    ap.add_argument("--out", default=str(OUT), help="output folder (default bench/out)")
    ap.add_argument("--llm", default="none", choices=["none", "local", "llamacpp", "openai", "anthropic"],
                    help="phrase answers with this provider (default none: deterministic answers); e.g. llamacpp after `make llamacpp`")
    ap.add_argument("--adapter", default=None, metavar="DIR", help="LoRA adapter folder for --llm local/llamacpp "
                    "(default: the settings' adapter; '' for the base model alone)")
    ap.add_argument("--llm-refusals", action="store_true", help="with --llm: the model's fallback sentence ends the answer "
                    "(Settings.llm_refusals) instead of leaving the deterministic answer")
    ap.add_argument("--baseline", default=None, metavar="SUMMARY", help="with --llm: the answers-summary.json of a "
                    "deterministic run of the same sets, to compare each set's score with")
    ap.add_argument("--record", action="store_true", help="with --llm and --baseline: write the comparison into the "
                    "adapter's manifest.json (`answers.no_worse`, which promotion requires)")
    args = ap.parse_args(argv)

    configs = [c.strip() for c in args.config.split(",") if c.strip()]
    bad = [c for c in configs if c not in CONFIGS]
    if bad:
        ap.error(f"unknown configuration(s) {', '.join(bad)}; known: {', '.join(CONFIGS)}")
    wanted = None
    if args.sets:
        wanted = [s.strip() for s in args.sets.split(",") if s.strip()]
        bad = [s for s in wanted if s not in SETS]
        if bad:
            ap.error(f"unknown set(s) {', '.join(bad)}; known: {', '.join(SETS)}")
        if HELD_BACK & set(wanted) and not args.fresh:
            ap.error(f"{sorted(HELD_BACK & set(wanted))} are held back for the final check: add --fresh to run them")
    if (args.baseline or args.record) and args.llm == "none":
        ap.error("--baseline and --record compare answers phrased by a model: add --llm")
    if args.record and not args.baseline:
        ap.error("--record needs --baseline (a deterministic run's answers-summary.json)")
    if args.record and args.limit:
        ap.error("--record needs whole sets: drop --limit")
    if args.limit is not None and args.limit < 1:
        ap.error("--limit must be at least 1")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    t0 = time.perf_counter()
    load1, load5, load15 = os.getloadavg()
    cpus = os.cpu_count() or 1
    print(f"load average {load1:.2f} {load5:.2f} {load15:.2f} on {cpus} CPU(s)"
          + (" — the machine is busy; latencies are pessimistic" if load1 > 0.5 * cpus else ""))
    defaults = Settings()
    emb, cat = get_embedder(defaults.embedder), load_catalog()
    print(f"embedder {emb.id} loaded in {time.perf_counter() - t0:.2f} s; provider {args.llm}"
          + (" (deterministic answers)" if args.llm == "none" else f", adapter {args.adapter if args.adapter is not None else defaults.adapter}")
          + (f"; first {args.limit} question(s) per set" if args.limit else ""))
    report: dict = {"date": time.strftime("%Y-%m-%d %H:%M:%S"), "loadavg": [load1, load5, load15], "cpus": cpus,
                    "embedder": emb.id, "retriever": defaults.retriever, "llm": args.llm, "llm_refusals": args.llm_refusals,
                    "adapter": (args.adapter if args.adapter is not None else defaults.adapter) if args.llm != "none" else None, "limit": args.limit, "fresh": args.fresh, "configs": {}}

    for config in configs:
        docs, set_names, pdf = CONFIGS[config]
        set_names = [s for s in set_names if (wanted is None or s in wanted) and (s not in HELD_BACK or args.fresh)]
        if not set_names:
            print(f"\n== {config}: none of its sets selected ==")
            continue
        missing = [p for p in docs if not p.exists()]
        if missing:
            print(f"\n== {config}: skipped, {', '.join(str(p) for p in missing)} not found ==")
            report["configs"][config] = {"skipped": f"not found: {', '.join(str(p) for p in missing)}"}
            continue
        try:
            idx = build_index(config, docs, emb, cat, args.rebuild)
        except IngestError as e:
            print(f"\n== {config}: skipped, ingest failed: {e} ==")
            report["configs"][config] = {"skipped": f"ingest failed: {e}"}
            continue
        print(f"\nindex {config}: {idx['status']}, {idx['chunks']} chunks ({idx['embedded']} embedded) in {idx['seconds']} s "
              f"→ {idx['dir']} [build {idx['build']}]")
        svc, index = make_service(OUT / f"index-{config}", emb, cat, args.llm, args.adapter, args.llm_refusals)
        entry: dict = {"index": idx, "sets": {}}
        if not args.cold:  # as a server does in the background once a build is loaded (settings.warm_pieces)
            t = time.perf_counter()
            entry["pieces_warmed"] = warm(svc.retriever)
            entry["warm_s"] = round(time.perf_counter() - t, 2)
            print(f"{entry['pieces_warmed']} passage pieces embedded ahead in {entry['warm_s']} s (not in the latencies; --cold skips it)")
        report["configs"][config] = entry
        try:
            doc_text = doc_text_of(index)
            svc.chat(ChatRequest(query="What are the steps of the application?"))  # warm-up, not measured
            for set_name in set_names:
                path = SETS[set_name][0]
                if not path.exists():
                    print(f"\n== {config} / {set_name}: skipped, {path} not found ==")
                    entry["sets"][set_name] = {"skipped": "question file not found"}
                    continue
                warn = check_sums(set_name)
                items = load_set(set_name)[: args.limit] if args.limit else load_set(set_name)
                t = time.perf_counter()
                rows = run_set(config, set_name, items, svc, doc_text, pdf.name)
                secs = time.perf_counter() - t
                detail = out / f"answers-{config}-{set_name}.jsonl"
                with open(detail, "w", encoding="utf-8") as fh:
                    for r in rows:
                        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
                agg = aggregate(rows)
                agg.update(questions=str(path.relative_to(ROOT)), seconds=round(secs, 1), details=str(detail))
                if warn:
                    agg["warning"] = warn
                entry["sets"][set_name] = agg
                print_table(config, set_name, agg, f"{len(rows)} questions ({path.relative_to(ROOT)}), {secs:.1f} s"
                            + (f" — WARNING: {warn}" if warn else ""))
        finally:
            index.store.close()

    report["wall_s"] = round(time.perf_counter() - t0, 1)
    report["loadavg_end"] = list(os.getloadavg())
    summary = out / "answers-summary.json"
    summary.write_text(json.dumps(report, indent=2, ensure_ascii=False))
    if args.baseline:
        compare_with_baseline(report, Path(args.baseline), args.adapter if args.adapter is not None else defaults.adapter,
                              args.record)
    print(f"\nwall time {report['wall_s']} s; load average at end {report['loadavg_end'][0]:.2f}; wrote {summary} "
          f"and per-question details answers-<config>-<set>.jsonl")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
