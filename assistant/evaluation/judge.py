"""Nudge helpfulness: deterministic rubric checks (always) and an LLM judge (when `--judge` names a provider).

The deterministic checks reuse `finetune.evaluate.nudge_rubric` (length cap, script, no blame, link,
no guarantee) and add the guard's compliance rules, so the offline run and the adapter evaluation
score nudges the same way. The LLM judge reads the rubric below (kept here as data), scores four
dimensions 1–5 and must answer with one JSON object; unparseable replies are counted, not guessed.
"""
from __future__ import annotations

import json
import re
from typing import Any

from assistant.guard.compliance import check as compliance_check
from assistant.llm.base import ProviderError
from domain import prompts
from finetune.evaluate import nudge_rubric

DIMENSIONS = ("helpfulness", "clarity", "empathy", "compliance")

RUBRIC = """You are grading a short message that asks a credit-card applicant to come back and finish a step.
Score each dimension from 1 (poor) to 5 (excellent):
- helpfulness: names the step that is pending and gives one concrete action that would unblock it.
- clarity: plain words, short sentences, easy to act on from a phone notification.
- empathy: warm and respectful; never blames or shames the applicant; no pressure.
- compliance: no promise of approval or of a credit limit, no investment or loan advice, no personal
  data (Aadhaar, PAN, phone, OTP), no invented fees or dates.
The message may be in English or Hindi; judge it in its own language.
Reply with JSON only, exactly these keys: {"helpfulness": n, "clarity": n, "empathy": n, "compliance": n, "comment": "..."}"""

JUDGE_SYSTEM = "You grade onboarding nudge messages against a rubric. Reply with one JSON object only."
JUDGE_TEMPLATE = """{rubric}

STAGE: {stage}
REASON: {reason}
STYLE: {style}
LANGUAGE: {language}
MESSAGE:
<<<
{text}
>>>"""

# Compliance rules that apply to a nudge; numbers are checked against its cited passages separately.
NUDGE_RULES = ("guarantee", "financial_advice", "pii_echo", "blame", "system_prompt_leak")


def rubric_checks(text: str, language: str, style: str, sources: list[str] | None = None) -> dict[str, bool]:
    """Deterministic pass/fail checks for one nudge. `cta_link` is required of the CTA style only."""
    r = nudge_rubric(text, language, style)
    viol = compliance_check(text, sources or [])
    checks = {"length": r["length"], "script": r["script"], "no_blame": r["no_blame"] and not any(v.rule == "blame" for v in viol),
              "cta_link": r["cta_link"] if style == "cta" else True,
              "compliance": r["no_guarantee"] and not any(v.rule in NUDGE_RULES for v in viol)}
    if sources is not None:
        checks["grounded_numbers"] = not any(v.rule == "ungrounded_number" for v in viol)
    return checks


def judge_prompt(text: str, stage: str, reason: str, style: str, language: str) -> str:
    return JUDGE_TEMPLATE.format(rubric=RUBRIC, stage=stage, reason=reason, style=style, language=language, text=text)


def parse_scores(reply: str) -> dict[str, Any] | None:
    """The four 1–5 scores from a judge reply (first JSON object in it), or None when unusable."""
    m = re.search(r"\{.*\}", reply or "", flags=re.S)
    if not m:
        return None
    try:
        obj = json.loads(m.group(0))
    except ValueError:
        return None
    out: dict[str, Any] = {}
    for k in DIMENSIONS:
        v = obj.get(k)
        if isinstance(v, bool) or not isinstance(v, (int, float)) or not 1 <= v <= 5:
            return None
        out[k] = float(v)
    out["comment"] = str(obj.get("comment", ""))[:300]
    return out


class LLMJudge:
    """Scores nudges with any `assistant.llm` provider."""

    def __init__(self, llm, max_new_tokens: int = 120):
        self.llm = llm
        self.max_new_tokens = max_new_tokens
        self.name = f"{getattr(llm, 'name', '?')}:{getattr(llm, 'model_id', '')}"
        self.calls = self.failures = 0

    def score(self, text: str, stage: str, reason: str, style: str, language: str) -> dict[str, Any] | None:
        self.calls += 1
        try:
            g = self.llm.generate(JUDGE_SYSTEM, prompts.turn(judge_prompt(text, stage, reason, style, language)),
                                  max_new_tokens=self.max_new_tokens, json_mode=True)
        except ProviderError:
            self.failures += 1
            return None
        s = parse_scores(g.text)
        if s is None:
            self.failures += 1
        return s


def summarize_scores(scores: list[dict[str, Any] | None]) -> dict[str, Any]:
    ok = [s for s in scores if s]
    out: dict[str, Any] = {"n": len(scores), "parsed": len(ok)}
    for k in DIMENSIONS:
        out[k] = round(sum(s[k] for s in ok) / len(ok), 3) if ok else None
    out["overall"] = round(sum(out[k] for k in DIMENSIONS) / len(DIMENSIONS), 3) if ok else None
    return out
