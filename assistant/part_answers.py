"""Answers to each part of a question in parts ("What is the joining fee and how long is eKYC valid?").

The whole question's search lands on one part's passage; each part the composed answer does not yet
answer is searched on its own and its answer added, in the order the parts were asked.
"""
from __future__ import annotations

from assistant import bands, codes, follow_up
from assistant.answer import answers_part, compose
from assistant.answer_type import QUANTITY_RE, mismatch
from assistant.citations import cite
from assistant.guard.pii import PLACEHOLDER_RE
from assistant.parts import split_parts
from assistant.schemas import Citation
from domain.phrases import ANSWER_LEAD_HI_FROM_EN
from rag.text import tokenize


def add(ret, masked: str, lang: str, answer: str, cites: list[Citation], *, top_k: int, threshold: float, lowest: float,
        alone: bool = False, context: str = "") -> tuple[str, list[Citation]]:
    """`answer` (and `cites`) with the answer of each part it does not yet answer (`answers_part`: its
    words, and for "how many/much" a number beside them) — the first part too, since the whole question's
    search can land on the second part's passage. A part answers when its search is at least `lowest`
    sure (the gate's floor: the gate judges the composed answer). A bare later part ("aur call pe kya
    rakhna hai?") that finds nothing `threshold`-sure alone is searched with the first part, which names
    the subject (in a follow-up, any part with the earlier question: `context`) — unless `alone` (the
    whole question was too vague: only parts sure on their own may answer)."""
    parts = split_parts(PLACEHOLDER_RE.sub(" ", masked))
    if len(parts) < 2:
        return answer, cites
    idf, seen = ret.index.bm25.idf, {c.chunk_id for c in cites}
    for i, part in enumerate(parts):
        want = set(tokenize(part))
        if not want or answers_part(part, want, answer, idf) or (alone and i and follow_up.refers_back(part)):
            continue  # answered, or leaning on a first part too vague (or vetoed) to answer
        res = ret.search(part, k=top_k)
        if (i or context) and not alone and (not res.hits or res.confidence < threshold):
            res = ret.search(f"{context or parts[0]} {part}", k=top_k)
            # the context brings its subject's passages, already in the answer: a new one leads
            res.hits = sorted(res.hits, key=lambda h: h.chunk.chunk_id in seen)
        if not res.hits or res.confidence < lowest:
            continue
        codes.lead_with_fact(part, res, ret.index.chunks)
        want |= {t for e in res.expansion for t in tokenize(e)}
        text, used = compose(res.hits[:4], lang, want, idf, want_number=bool(QUANTITY_RE.search(part)), max_extra=0,
                             question=part, similarity=lambda texts, q=part: ret.similarities(q, texts),
                             rows=bands.tables(ret.index.chunks))
        text = text.removeprefix(ANSWER_LEAD_HI_FROM_EN)
        if not text or text in answer or mismatch(part, text):
            continue
        if not answer:
            answer = text
        elif i == 0:  # the first part's answer goes first, as it was asked
            lead = ANSWER_LEAD_HI_FROM_EN if answer.startswith(ANSWER_LEAD_HI_FROM_EN) else ""
            answer = f"{lead}{text} {answer.removeprefix(lead)}"
        else:
            answer = f"{answer} {text}"
        cites += [cite(res.hits[j]) for j in used if res.hits[j].chunk.chunk_id not in seen]
        seen |= {res.hits[j].chunk.chunk_id for j in used}
    return answer, cites
