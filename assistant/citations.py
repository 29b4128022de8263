"""Citations shown to users: built from retrieved hits, with quotes that cannot carry instructions."""
from __future__ import annotations

from assistant.guard import neutralize
from assistant.schemas import Citation


def cite(hit) -> Citation:
    """A citation whose quote cannot carry instructions (an injected sentence in a source is data)."""
    c = hit.citation().to_dict()
    c["quote"] = neutralize(c["quote"]) or c["quote"][:0]
    return Citation(**c)
