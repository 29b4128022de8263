"""Markdown reader: headings, FAQ pairs (`**Q: ...**` / `Q:` / `Question:`), paragraphs, lists, tables."""
from __future__ import annotations

import re
from pathlib import Path

from ingest.units import IngestError, Unit, is_question, split_inline_answer

HEADING_RE = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
LIST_RE = re.compile(r"^\s*(?:[-*+]|\d{1,2}[.)])\s+")
TABLE_SEP_RE = re.compile(r"^\s*\|?\s*:?-{3,}")


def read_markdown(path: Path, allow_damaged: bool = False) -> list[Unit]:
    # `allow_damaged` only means something for PDFs; every reader takes it so the pipeline calls them alike.
    try:
        raw = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise IngestError(f"{path.name}: not UTF-8 text") from None
    units: list[Unit] = []
    fresh = True  # the next text line starts a paragraph
    for line in raw.splitlines():
        stripped = line.strip()
        if not stripped:
            fresh = True
            continue
        if stripped.startswith("<!--") or TABLE_SEP_RE.match(stripped):
            continue
        m = HEADING_RE.match(stripped)
        if m:
            units.append(Unit("heading", _inline(m.group(2)), 1, level=len(m.group(1))))
            fresh = True
            continue
        text = _inline(stripped)
        if is_question(text) or is_question(stripped.strip("*")):
            q, answer = split_inline_answer(text)  # "Q: X? A: Y" on one line
            units.append(Unit("question", q, 1))
            if answer:
                units.append(Unit("text", answer, 1, new_para=True))
            fresh = True
            continue
        if stripped.startswith("|"):
            text = " | ".join(c.strip() for c in stripped.strip("|").split("|"))
            fresh = True
        elif LIST_RE.match(stripped):
            text = "- " + _inline(LIST_RE.sub("", stripped, count=1))
            fresh = True
        units.append(Unit("text", text, 1, new_para=fresh))
        fresh = False
    if not any(u.type == "text" for u in units):
        raise IngestError(f"{path.name}: no text to index")
    return units


def _inline(text: str) -> str:
    """Drop emphasis and link syntax; keep the words."""
    text = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", text)
    text = re.sub(r"(\*\*|__|`)", "", text)
    return text.strip()
