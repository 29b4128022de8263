"""Does a nudge draft contradict the user's state? (shown in the compliance badge)

A draft can pass every wording rule and still tell the customer something their state says is false:
that the step they are stuck at is done ("your video KYC is approved" while it is pending), or that
they are "one step away" when the way forward is a dead end they cannot retry (an application that
cannot be edited). Template drafts are written not to; an LLM rewrite is checked the same way, and a
draft that contradicts the state is marked for review (`contradicts_state`), never silently sent.
"""
from __future__ import annotations

import re

# "is approved", "has been activated", "you're all set", "पूरा हो गया", "चालू हो गया" …
DONE_RE = re.compile(
    r"\b(?:is|are|has been|have been|was|got|now)\s+(?:now\s+|successfully\s+|fully\s+)?(?:approved|activated|active|completed?|"
    r"done|verified|finished)\b|\byou(?:'re| are) all set\b|\bsuccessfully (?:approved|activated|completed|verified)\b"
    r"|(?:पूरा|पूरी|चालू|अप्रूव|सत्यापित|सफल)\s+हो\s+(?:गया|गई|गयी|चुका|चुकी)|सफलतापूर्वक", re.I)
# a claim made conditional or denied is not a claim: "once it is approved", "not yet active", "जब … हो जाए"
HEDGE_RE = re.compile(r"\b(?:once|after|when|until|till|if|not|n't|yet|before|first|make sure|ensure|check that|must|should|"
                      r"needs? to)\b|के बाद|जब|अगर|नहीं|तक|पहले|ज़रूर|जरूर", re.I)
_WORD_RE = re.compile(r"[\w\u0900-\u097F]+")
_CLAUSE_END_RE = re.compile(r"[.!?।,;:]")
ONE_STEP_RE = re.compile(r"\bone step away\b|\b(?:last|final) step\b|बस एक कदम|आख़िरी कदम|आखिरी कदम", re.I)


def _names(clause: str, term: str) -> bool:
    """The clause names the term, or half its words in another script mix ("वीडियो KYC" for
    "वीडियो केवाईसी"): a wrong match only sends a rewrite back to the checked template."""
    words, have = _WORD_RE.findall(term.lower()), set(_WORD_RE.findall(clause.lower()))
    if len(words) == 1:
        return words[0] in have
    return bool(words) and 2 * sum(w in have for w in words) >= len(words)


def pending_terms(stage, catalog) -> list[str]:
    """How a draft names what is not done yet: the user's stage, every later one, and the card itself
    (it is active only after the last stage)."""
    later = [s for s in catalog.stages if s.order >= stage.order]
    return [t for s in later for t in (s.name, s.name_hi, s.id.replace("_", " "), *s.aliases) if t] + ["card", "कार्ड"]


def contradictions(text: str, retryable: bool, pending: list[str] = ()) -> list[str]:
    """What the draft says that the state contradicts (empty when nothing). `pending`: the names of
    what is not done yet (`pending_terms`); a step that *is* done may be called done ("your Video KYC
    is approved" at the activation stage)."""
    out = []
    for m in DONE_RE.finditer(text):
        before = text[max(0, m.start() - 40): m.start()]
        clause = _CLAUSE_END_RE.split(before)[-1]
        names_pending = any(_names(clause, t) for t in pending)
        after = _CLAUSE_END_RE.split(text[m.end(): m.end() + 20])[0]  # "…is activated first"
        if names_pending and not HEDGE_RE.search(f"{clause} {m.group(0)} {after}"):
            out.append(f"says a step is done: {m.group(0)!r}")
            break
    if not retryable and ONE_STEP_RE.search(text):
        out.append("says 'one step away' where the customer cannot simply retry")
    return out
