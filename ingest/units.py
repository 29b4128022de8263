"""Document units: the reader-neutral stream (headings, questions, paragraphs) the chunker consumes.

Readers (PDF, Markdown) turn files into `Unit`s in reading order; the chunker never looks at
file formats. A question unit starts an FAQ pair that runs until the next question or heading,
which is how a pair stays together across a page break.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# "Question: ...", "Q: ...", "Q1. ...", "प्रश्न: ..." — the FAQ markers seen in product docs.
QUESTION_RE = re.compile(r"^\s*(?:\*\*)?\s*(?:question|ques|q\d*|प्रश्न|सवाल)\s*[:.\-)]\s*", re.IGNORECASE)
ANSWER_RE = re.compile(r"^\s*(?:\*\*)?\s*(?:answer|ans|a|उत्तर|जवाब)\s*(?:[:.\-)]\s*|\s(?=[A-Z\u0900-\u097F]))", re.IGNORECASE)
# A numbered step such as "1. eKYC" or "Step 2:" starts a procedure unit (a table row or list item).
STEP_RE = re.compile(r"^\s*(?:step\s*)?\d{1,2}\s*[.):]\s+\S", re.IGNORECASE)


class IngestError(Exception):
    """A file that cannot be ingested; the message says which file and why."""


@dataclass
class Unit:
    type: str  # heading | question | text
    text: str
    page: int
    level: int = 0  # heading level (1 = top)
    new_para: bool = False  # text that starts a new block/paragraph (vs. a wrapped line)
    table: bool = False  # a line of a ruled table (PDF): a table's text and the prose around it are separate passages


def strip_question(text: str) -> str:
    return QUESTION_RE.sub("", text, count=1).strip().strip("*").strip()


def strip_answer(text: str) -> str:
    m = ANSWER_RE.match(text)
    # "Answer Yes, ..." (no colon) is common in the product PDF; only strip when a word follows.
    return text[m.end():].lstrip() if m else text


INLINE_ANSWER_RE = re.compile(r"(?<=[??।])\s*(?:\*\*)?\s*(?:answer|ans|a|उत्तर|जवाब)\s*[:.\-)]\s*", re.IGNORECASE)


def split_inline_answer(text: str) -> tuple[str, str]:
    """"Question: X? Answer: Y" on one line → ("Question: X?", "Y"); else (text, "")."""
    m = INLINE_ANSWER_RE.search(text)
    if not m:
        return text, ""
    return text[: m.start()].strip(), text[m.end():].strip()


def is_question(text: str) -> bool:
    return bool(QUESTION_RE.match(text)) and len(text) < 400
