"""Where the user stands in the funnel's stage order. "What's next?" / "aur uske baad?" asks the stage after
the one named (in the question, else in the previous turn), "what comes before VKYC?" the one before, and
"what's left after eKYC?" / "baaki kya hai?" every stage still to do. The order is our catalog's; the
documents describe each stage, so the answer that follows the lead cites their passages."""
from __future__ import annotations

import re

from assistant.answer_type import asked
from assistant.intent import reports_problem
from domain.phrases import NEXT_LEAD, PREV_LEAD, REST_LEAD
from domain.prompts import FALLBACK_EN, FALLBACK_HI
from rag.text import WORD_START, term_re

NEXT_RE = re.compile(r"\b(what(?:'s| is)? next|next step|what(?:'s| is)? left|what(?:'s| do i do)? after|after (?:that|this)|then what|"
                     r"uske baad|iske baad|uske bad|iske bad|aage kya|ab aage|"
                     r"(?:comes?|is|happens) (?:right |just |immediately )?after|(?:step|stage) after|(?:right|just|immediately) after|"
                     r"ke baad (?:kaunsa|kaun sa|konsa|kon sa|kya aata|kya hota) ?(?:step|stage|charan)?)\b"
                     r"|आगे क्या|इसके बाद|उसके बाद|अगला (?:कदम|स्टेप|चरण)|के बाद (?:कौन सा|कौनसा|कौन-सा) (?:कदम|स्टेप|चरण)", re.I)
# "which step comes just before VKYC?", "vkyc se pehle kaunsa step hai?": the stage before the one named
PREV_RE = re.compile(r"\b((?:comes?|is) (?:right |just |immediately )?before|(?:step|stage) before|(?:right|just|immediately) before|"
                     r"se pehle (?:kaunsa|kaun sa|konsa|kon sa|kya aata|kya hota) ?(?:step|stage|charan)?|previous (?:step|stage))\b"
                     r"|से पहले (?:कौन सा|कौनसा|कौन-सा) (?:कदम|स्टेप|चरण)|पिछला (?:कदम|स्टेप|चरण)", re.I)
# "Who reviews the recording after that?": a question about someone or some way within a step, not the order
# "kaun sa / kaunse / कौन से step" is "which step", an order question; "kaun / कौन" alone is "who"
_NOT_ORDER_RE = re.compile(r"\b(who|whom|why|how|kaun(?!\s?s[aei]\b)|kisne|kaise|kyun|kyu)\b|" + WORD_START
                           + r"(कौन|किसने|कैसे|क्यों)(?![\s-]?(?:सा|से|सी))", re.I)
# "what's left?", "which steps are still pending?", "baaki kaunse steps hain?", "अब क्या बचा है?": every stage
# still to do, not only the next one. Each names the steps or asks what is left: "remaining limit" or "baaki
# paisa" asks an amount, and `asked` turns those away before the order is read.
REST_RE = re.compile(r"\b(what(?:'s| is| all is)? (?:still )?left|remaining (?:steps?|stages?)|(?:steps?|stages?) (?:are )?(?:still )?"
                     r"(?:left|remaining|pending)|rest of the (?:steps?|stages?|process)|(?:baaki|baki|bache|bachi) (?:kya|kaun|kaunse|"
                     r"konse|steps?|stages?|charan|kaam)|(?:kya|steps?|stages?|charan|kaam) (?:baaki|baki|bacha|bache))\b"
                     r"|(?:बाकी|बचे|बचा|शेष) (?:क्या|कौन|कदम|स्टेप|चरण|काम)|(?:क्या|कदम|स्टेप|चरण|काम) (?:बाकी|बचा|बचे|शेष)", re.I)


def next_stage(query: str, history, catalog):
    """The stage after the one the user is at, when the question asks what comes next — or the stage
    before the one named, when it asks what comes before (`asks_before`); the current stage is the
    latest one named in the question, else in the previous turn. "After this" asking for a duration,
    an amount or a time ("uske baad card kitne din me aayega?") asks that, not what comes next,
    "who/how … after that?" asks about the step itself, and "it got rejected, what now?" asks what to
    do about a failed step."""
    before = asks_before(query)
    if not (before or NEXT_RE.search(query) or asks_rest(query)) or asked(query) or _NOT_ORDER_RE.search(query) or reports_problem(query):
        return None
    order = sorted(catalog.stages, key=lambda s: s.order)
    # the fallback sentence names no stage the user is at ("… more details?" is no "additional details")
    said = [f"{history[-1].user} {'' if history[-1].assistant in (FALLBACK_EN, FALLBACK_HI) else history[-1].assistant}"] if history else []
    for text in [query] + said:
        named = [s for s in order if _names_stage(text, s)]
        if named:
            i = order.index(named[-1]) + (-1 if before else 1)  # the latest: "video KYC" names eKYC ("kyc") too
            return order[i] if 0 <= i < len(order) else None
    return None


def asks_before(query: str) -> bool:
    return bool(PREV_RE.search(query))


def _names_stage(text: str, stage) -> bool:
    low = text.lower()
    terms = {stage.name.lower(), stage.name_hi, stage.id.replace("_", " "), *(a.lower().replace("_", " ") for a in stage.aliases)}
    return any(t and term_re(t).search(low) for t in terms)


def asks_rest(query: str) -> bool:
    return bool(REST_RE.search(query))


def lead(query: str, stage, catalog, lang: str) -> str:
    """The sentence that opens the answer about `stage` (from `next_stage`): the stage before, the next one,
    or — when the question asks what is left — every stage from it to the last, then the next one."""
    name = (lambda s: s.name_hi) if lang == "hi" else (lambda s: s.name)
    if asks_before(query):
        return PREV_LEAD[lang].format(stage=name(stage))
    rest = [s for s in sorted(catalog.stages, key=lambda s: s.order) if s.order >= stage.order]
    said = REST_LEAD[lang].format(stages=", ".join(name(s) for s in rest)) if asks_rest(query) and len(rest) > 1 else ""
    return said + NEXT_LEAD[lang].format(stage=name(stage))
