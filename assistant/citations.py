"""Citations shown to users: built from retrieved hits, with quotes that cannot carry instructions."""
from __future__ import annotations

from assistant.answer import document_twin
from assistant.cache import per_index
from assistant.evidence import SENT_RE, sentence_key
from assistant.guard import neutralize
from assistant.schemas import Citation
from rag.text import tokenize
from rag.types import Hit

# A sentence of the answer counts as taken from a passage when this share of its words is there
FROM_PASSAGE = 0.8
QUOTED_CHARS = 25  # a sentence this long (its words) is one a reader can look up; shorter ones recur anywhere


def cite(hit) -> Citation:
    """A citation whose quote cannot carry instructions (an injected sentence in a source is data)."""
    c = hit.citation().to_dict()
    c["quote"] = neutralize(c["quote"]) or c["quote"][:0]
    return Citation(**c)


def documents_cited(index, cites: list[Citation], answer: str, close=None) -> list[Citation]:
    """Each citation of our guide preceded by the document passages that state the same: the twin of
    each answer sentence taken from that guide passage (one guide passage retells facts found on
    several document pages), else the twin of the whole answer (document_twin; `close` is the
    retriever's `closeness`, for a retelling in other words). The guide stays cited after them: the
    answer's wording is the guide's, and a reader checking a sentence must find it — also when a document
    page was cited in its place, or our Hindi guide's sentence retold an English one (`_quoted`)."""
    cites = cites + _quoted(index, cites, answer)
    out, seen = [], {c.chunk_id for c in cites}
    for c in cites:
        if c.source.lower().endswith(".pdf") or c.chunk_id not in index.by_id:
            out.append(c)
            continue
        for i in dict.fromkeys(_twins(index, c.chunk_id, answer, close)):
            if index.chunks[i].chunk_id not in seen:
                seen.add(index.chunks[i].chunk_id)
                out.append(cite(Hit(index.chunks[i], 1.0)))
        out.append(c)
    return out


def _twins(index, chunk_id: str, answer: str, close) -> list[int]:
    """Rows of the document passages that state the sentences of the answer taken from the guide
    passage `chunk_id` (most of a sentence's words are that passage's), else the whole answer's twin."""
    own = set(tokenize(index.chunk(chunk_id).text))
    found = []
    for sentence in SENT_RE.split(answer):
        words = set(tokenize(sentence))
        if words and len(words & own) >= FROM_PASSAGE * len(words):
            found.append(document_twin(index, chunk_id, sentence, close))
    found = [i for i in found if i is not None]
    if found:
        return found
    whole = document_twin(index, chunk_id, answer, close)
    return [] if whole is None else [whole]


@per_index
def _passage_words(index) -> list[str]:
    """Each passage's words (`sentence_key`), in the index's order."""
    return [sentence_key(c.text) for c in index.chunks]


def _quoted(index, cites: list[Citation], answer: str) -> list[Citation]:
    """The passages an answer quotes a sentence of that no citation holds, in the answer's order."""
    words = _passage_words(index)
    cited = {c.chunk_id for c in cites}
    held = [words[index.by_id[c]] for c in cited if c in index.by_id]
    out: list[Citation] = []
    for sentence in SENT_RE.split(answer):
        k = sentence_key(sentence)
        if len(k) < QUOTED_CHARS or any(k in h for h in held):
            continue
        i = next((i for i, w in enumerate(words) if k in w), None)
        if i is not None and index.chunks[i].chunk_id not in cited:
            cited.add(index.chunks[i].chunk_id)
            held.append(words[i])
            out.append(cite(Hit(index.chunks[i], 1.0)))
    return out
