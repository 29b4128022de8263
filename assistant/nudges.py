"""Nudge drafts: explanatory, CTA, empathetic and compliance-safe, in English and Hindi.

Deterministic templates (domain/phrases.py) personalised by stage and reason; the LLM may
rewrite a draft, and its text is kept only if it passes the same checks (length cap, script,
compliance). Nudges are drafts for a person to approve: the system never sends them.
"""
from __future__ import annotations

import re

from domain.phrases import GREET, GREET_ANON, NUDGE, RETRY_LINK, STEP2, lc, sentence
from domain.prompts import NUDGE_MAX_CHARS
from assistant.reasoner import Candidate

APOLOGY_RE = re.compile(r"^\s*(we are sorry|sorry|no action is needed|हमें खेद है|माफ़ कीजिए|अभी आपको कुछ (?:नहीं करना|करने की ज़रूरत नहीं))", re.I)
STYLES = ("explanatory", "cta", "empathetic", "compliance_safe")


def draft(style: str, lang: str, stage_id: str, stage_name: str, cand: Candidate, name: str | None = None,
          link: str = RETRY_LINK) -> str:
    """A draft in one style and language; `link` is the resume deep link with `{stage}` (Settings.resume_url)."""
    steps = cand.steps_hi if lang == "hi" else cand.steps_en
    if not cand.retryable:  # the way forward, not the apology that opens some remedies
        steps = [s for s in steps if not APOLOGY_RE.match(s)] or steps
    step = steps[0].rstrip(".।") if steps else ""
    # to the customer, never about them: an agent-facing cause ("The customer tried when…") is replaced
    cause = sentence((cand.to_customer_hi or cand.cause_hi) if lang == "hi" else (cand.to_customer_en or cand.cause_en))
    greet = (GREET[lang].format(name=name) if name else GREET_ANON[lang]) if style != "cta" or name else ""
    fields = dict(
        greet=greet, stage=stage_name, cause=cause, cause_lc=lc(cause), step=step, step_lc=lc(step),
        step2=STEP2[lang].format(step=lc(steps[1].rstrip(".।")) if lang == "en" else steps[1].rstrip(".।")) if len(steps) > 1 else "",
        link=link.format(stage=stage_id), step_short=step, step_short_lc=lc(step),
    )
    if style == "cta" and not cand.retryable:
        style = "cta_blocked"
    text = NUDGE[(style, lang)].format(**fields)
    if style.startswith("cta"):
        text = _fit_cta(text, fields, lang, style)
    text = text[0].upper() + text[1:] if text and lang == "en" else text
    return _cap(text, NUDGE_MAX_CHARS["cta" if style == "cta_blocked" else style])


def _fit_cta(text: str, fields: dict, lang: str, style: str = "cta") -> str:
    """Shorten the step so the whole CTA (link included) fits one SMS / push notification."""
    cap = NUDGE_MAX_CHARS["cta"]
    while len(text) > cap and len(fields["step_short"]) > 12:
        words = fields["step_short"].split()
        fields["step_short"] = " ".join(words[:-1])
        fields["step_short_lc"] = lc(fields["step_short"])
        text = NUDGE[(style, lang)].format(**fields)
    return text


def _cap(text: str, cap: int) -> str:
    if len(text) <= cap:
        return text
    cut = text[: cap - 1]
    for mark in (". ", "। ", "; ", ", "):
        i = cut.rfind(mark)
        if i > cap // 2:
            return cut[: i + 1].strip()
    return cut.rsplit(" ", 1)[0] + "…"
