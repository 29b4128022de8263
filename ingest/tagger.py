"""Chunk metadata from content: kind, funnel stage, error codes, language.

Uses the funnel catalog's stage keywords and error-code aliases, so tagging follows the catalog
rather than words hard-coded here. Works (with fewer tags) when no catalog is available.
"""
from __future__ import annotations

import re

from domain.catalog import Catalog
from rag.types import Chunk

CODE_RE = re.compile(r"\b[A-Z][A-Z0-9]{1,}(?:_[A-Z0-9]+)+\b")
DEVANAGARI_RE = re.compile(r"[\u0900-\u097F]")

# Kind cues, checked in order; the first that matches wins (FAQ and code tags are structural).
KIND_CUES: list[tuple[str, tuple[str, ...]]] = [
    ("nudge_example", ("call starter", "nudge", "[customer name]", "hi [", "reminder message", "example message")),
    ("offer", ("cashback", "membership", "offer", "benefit", "times prime", "surcharge", "waiver", "emi")),
    ("compliance", ("compliance", "must never", "privacy", "regulat", "policy", "consent")),
    ("eligibility", ("eligib", "credit limit", "bureau", "underwriting", "existing csb")),
    ("procedure", ("step", "open the", "click", "tap", "go to", "follow the")),
]


def tag(chunk: Chunk, catalog: Catalog | None) -> Chunk:
    low = f"{chunk.section} {chunk.text}".lower()
    chunk.language = "hi" if _deva_share(chunk.text) > 0.3 else "en"
    if catalog is not None:
        chunk.error_codes = _codes(chunk.text, catalog)
        chunk.stage = _stage(low, catalog)
    if chunk.kind == "general":
        if chunk.error_codes or "error code" in low:
            chunk.kind = "error_code"
        else:
            chunk.kind = next((k for k, cues in KIND_CUES if any(c in low for c in cues)), "general")
    return chunk


def _deva_share(text: str) -> float:
    letters = sum(map(str.isalpha, text))
    return sum(map(str.isalpha, DEVANAGARI_RE.findall(text))) / max(letters, 1)


def _codes(text: str, catalog: Catalog) -> list[str]:
    found = []
    for token in CODE_RE.findall(text):
        e = catalog.error(token)
        code = e.code if e else token
        if code not in found:
            found.append(code)
    return found


def _stage(low: str, catalog: Catalog) -> str | None:
    """The stage whose keywords occur most often; ties go to the later stage (more specific)."""
    best, best_n = None, 0
    for s in catalog.stages:
        terms = {k.lower() for k in s.keywords} | {s.name.lower()}
        # a plain substring test first: most terms are absent, and it is ~50× cheaper than the regex
        n = sum(len(re.findall(r"(?<![a-z])" + re.escape(t) + r"(?![a-z])", low)) for t in terms if t and t in low)
        if n and n >= best_n:
            best, best_n = s.id, n
    return best
