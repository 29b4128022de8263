"""Citations shown to users: built from retrieved hits, with quotes that cannot carry instructions."""
from __future__ import annotations

from assistant.answer import document_twin
from assistant.guard import neutralize
from assistant.schemas import Citation
from rag.types import Hit


def cite(hit) -> Citation:
    """A citation whose quote cannot carry instructions (an injected sentence in a source is data)."""
    c = hit.citation().to_dict()
    c["quote"] = neutralize(c["quote"]) or c["quote"][:0]
    return Citation(**c)


def documents_cited(index, cites: list[Citation], answer: str) -> list[Citation]:
    """Each citation of our guide replaced by the document passage that states the same (document_twin)."""
    out, seen = [], {c.chunk_id for c in cites}
    for c in cites:
        i = None if c.source.lower().endswith(".pdf") or c.chunk_id not in index.by_id else document_twin(index, c.chunk_id, answer)
        if i is not None and index.chunks[i].chunk_id not in seen:
            seen.add(index.chunks[i].chunk_id)
            c = cite(Hit(index.chunks[i], 1.0))
        out.append(c)
    return out
