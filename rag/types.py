"""Shared value types of the retrieval layer: what ingest produces and what retrievers return.

Kept dependency-free (dataclasses only) so every package can import them cheaply.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

# Chunk kinds, as DESIGN.md names them. `general` is for prose that fits none of them.


@dataclass
class Chunk:
    """One retrievable passage with the metadata citations and filters need."""

    chunk_id: str
    text: str
    source: str  # file name of the document, never an absolute path
    page: int  # 1-based; Markdown files count as one page
    section: str = ""
    kind: str = "general"
    stage: str | None = None  # canonical stage id from the funnel catalog
    error_codes: list[str] = field(default_factory=list)
    language: str = "en"
    question: str | None = None  # the FAQ question, when the chunk is a Q/A pair
    position: int = 0  # order in its document
    aliases: str = ""  # extra search terms (e.g. Hindi glossary terms) indexed with the chunk
    page_end: int | None = None  # set when the passage runs onto later pages (cited as "p.9–10")

    def metadata(self) -> dict[str, Any]:
        """Flat, scalar-only metadata (Chroma rejects lists and None)."""
        return {
            "source": self.source,
            "page": self.page,
            "section": self.section,
            "kind": self.kind,
            "stage": self.stage or "",
            "error_codes": ",".join(self.error_codes),
            "language": self.language,
            "question": self.question or "",
            "position": self.position,
            "aliases": self.aliases,
            "page_end": self.page_end or self.page,
        }

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Citation:
    source: str
    page: int
    section: str
    chunk_id: str
    quote: str
    page_end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Hit:
    """A chunk with the score of the stage that produced it (higher is better)."""

    chunk: Chunk
    score: float
    scores: dict[str, float] = field(default_factory=dict)  # per-stage scores, for debugging

    def citation(self, quote_chars: int = 240) -> Citation:
        c = self.chunk
        quote = " ".join(c.text.split())
        if len(quote) > quote_chars:
            quote = quote[: quote_chars - 1].rsplit(" ", 1)[0] + "…"
        return Citation(source=c.source, page=c.page, section=c.section, chunk_id=c.chunk_id, quote=quote, page_end=c.page_end)

    def to_dict(self) -> dict[str, Any]:
        return {
            "chunk_id": self.chunk.chunk_id,
            "score": round(self.score, 4),
            "scores": {k: round(v, 4) for k, v in self.scores.items()},
            "text": self.chunk.text,
            "kind": self.chunk.kind,
            "stage": self.chunk.stage,
            "error_codes": self.chunk.error_codes,
            "citation": self.citation().to_dict(),
        }


def page_label(c: dict[str, Any]) -> str:
    """`p.9` or `p.9–10` for a citation dict."""
    end = c.get("page_end")
    return f"p.{c['page']}–{end}" if end and end > c["page"] else f"p.{c['page']}"
