"""The parts of a multi-part question: "What is the joining fee and how long is eKYC valid?" asks
two things, each searched and answered on its own; "Can I pay rent and bills with it?" asks one."""
from __future__ import annotations

import re

from rag.text import tokenize

# Where a question turns to its next part: "…? And how long…", "… and what is…", "… aur kitne din…", "… और …"
PART_RE = re.compile(r"\?\s+(?=\S)|;\s*|,?\s+(?:and|also|plus)\s+(?=(?:what|which|how|when|where|why|who|is|are|do|does|can|will|the)\b)"
                     r"|,?\s+(?:aur|और|तथा)\s+(?=\S+\s+\S+)", re.I)


def split_parts(query: str) -> list[str]:
    """The parts of a multi-part question; one part when it has none (or a part would be too short
    to search on its own)."""
    parts = [p.strip(" ?,.।") for p in PART_RE.split(query)]
    parts = [p for p in parts if tokenize(p) and len(p.split()) >= 2]
    return parts if len(parts) >= 2 else [query]
