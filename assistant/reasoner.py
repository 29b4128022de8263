"""Drop-off reasoning, deterministic first.

Signals, in order of strength:
1. error codes: each known code scores `severity × recency` (the latest attempt counts most),
   plus a bonus when it belongs to the stage the user stopped at and when it repeats;
2. time of day (IST) against the stage's service hours — a video-KYC attempt at 23:40 finds no
   agent; this becomes the primary reason when no stronger error explains the drop;
3. with no usable codes, the stage's common reasons ranked by their prior weight.
The confidence is a monotone map of the winning score and its margin over the runner-up (see
`_confidence`). The chain of evidence is kept in `Diagnosis.trace` for the audit log and is never
returned to end users.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from domain.catalog import Catalog, DropReason, ErrorCode, Stage
from domain.phrases import MESSAGE, REPEAT_NOTE, TIME_NOTE, UNKNOWN_NOTE, clock, lc, sentence
from assistant.state import ResolvedState, within

RECENCY_FLOOR = 0.6  # the oldest code in a history still keeps 60% of its severity
STAGE_BONUS = 0.1  # a code of the stage the user stopped at explains the stop better
REPEAT_BONUS, REPEAT_CAP = 0.05, 0.15
OFF_HOURS_ALONE, OFF_HOURS_WITH_CODES = 0.95, 0.8  # no agent answers off hours, whatever else went wrong


@dataclass
class Candidate:
    key: str  # error code or reason id
    score: float
    title_en: str
    title_hi: str
    cause_en: str
    cause_hi: str
    steps_en: list[str]
    steps_hi: list[str]
    search: str  # query that finds the supporting passage
    kind: str  # code | reason | time
    group: str = ""  # the id reasons are counted under: the error code a stage reason names, else the key
    to_customer_en: str = ""  # the cause as said to the customer in a nudge ("" → cause_en reads well as is)
    to_customer_hi: str = ""
    retryable: bool = True  # False: the customer cannot simply try again (a nudge must not say "one step away")


@dataclass
class Diagnosis:
    stage: Stage
    primary: Candidate
    secondary: list[Candidate]
    confidence: float
    explanation: str
    steps: list[str]
    message: str
    language: str
    unknown_codes: list[str] = field(default_factory=list)
    trace: list[str] = field(default_factory=list)

    def reason_text(self) -> str:
        return self.primary.title_hi if self.language == "hi" else self.primary.title_en


class Reasoner:
    def __init__(self, catalog: Catalog):
        self.catalog = catalog

    def diagnose(self, rs: ResolvedState) -> Diagnosis:
        trace: list[str] = []
        cands: dict[str, Candidate] = {}
        n = len(rs.codes)
        counts: dict[str, int] = {}
        for e in rs.codes:
            counts[e.code] = counts.get(e.code, 0) + 1
        for i, e in enumerate(rs.codes):
            recency = RECENCY_FLOOR + (1 - RECENCY_FLOOR) * (i + 1) / n
            s = e.severity * recency
            if e.stage == rs.stage.id:
                s += STAGE_BONUS
            elif self._order(e.stage) > rs.stage.order:
                s *= 0.8  # a code from a later stage than the one reported: the data disagree
            s += min(REPEAT_CAP, REPEAT_BONUS * (counts[e.code] - 1))
            if e.code not in cands or s > cands[e.code].score:
                cands[e.code] = from_code(e, s)
            trace.append(f"code {e.code} at position {i + 1}/{n}: severity {e.severity} × recency {recency:.2f} → {s:.3f}")

        hours = rs.stage.hours
        off_hours = bool(hours and rs.local_time and not within(rs.local_time, hours.start, hours.end))
        if off_hours:
            reason = self._reason(rs.stage, "outside_hours")
            agent = cands.get("VKYC_AGENT_UNAVAILABLE")
            if agent:
                agent.score += 0.15
                trace.append("attempt outside service hours supports VKYC_AGENT_UNAVAILABLE (+0.15)")
            elif reason:
                s = OFF_HOURS_WITH_CODES if cands else OFF_HOURS_ALONE
                cands[reason.id] = from_reason(reason, s, rs.stage, "time")
                trace.append(f"attempt at {rs.local_time:%H:%M} IST outside {hours.start}-{hours.end} → {reason.id} {s}")

        if not cands:
            in_hours = bool(hours and rs.local_time and not off_hours)
            for r in rs.stage.common_reasons:
                if in_hours and r.id == "outside_hours":
                    continue  # the attempt time is known and inside service hours
                cands[r.id] = from_reason(r, r.weight * 0.8, rs.stage, "reason")
            trace.append(f"no usable error codes: stage priors for {rs.stage.id}")

        ranked = sorted(cands.values(), key=lambda c: -c.score)
        top = ranked[0]
        second = ranked[1].score if len(ranked) > 1 else 0.0
        conf = _confidence(top, second, bool(rs.unknown_codes), bool(rs.codes))
        trace.append(f"primary {top.key} ({top.score:.3f}), runner-up {second:.3f}, confidence {conf:.2f}")
        lang = rs.language
        explanation = self._explanation(rs, top, counts, off_hours, lang)
        steps = top.steps_hi if lang == "hi" else top.steps_en
        title = top.title_hi if lang == "hi" else top.title_en
        cause = top.cause_hi if lang == "hi" else top.cause_en
        step = steps[0].rstrip(".।") if steps else ""
        title_clean = title.rstrip(".।")
        note = _time_note(rs, lang) if top.kind == "time" else ""
        message = MESSAGE[(top.kind, lang)].format(title=sentence(title) if top.kind == "reason" else title_clean,
                                                   title_lc=lc(title_clean), cause=sentence(cause), note=note,
                                                   step=step, step_lc=lc(step))
        return Diagnosis(rs.stage, top, [c for c in ranked[1:3] if c.score >= 0.3], conf, explanation, list(steps), message,
                         lang, rs.unknown_codes, trace)

    def _order(self, stage_id: str) -> int:
        s = self.catalog.stage(stage_id)
        return s.order if s else 0

    @staticmethod
    def _reason(stage: Stage, rid: str) -> DropReason | None:
        return next((r for r in stage.common_reasons if r.id == rid), None)

    @staticmethod
    def _explanation(rs: ResolvedState, top: Candidate, counts: dict[str, int], off_hours: bool, lang: str) -> str:
        parts = [sentence(top.cause_hi if lang == "hi" else top.cause_en)]
        if counts.get(top.key, 0) > 1:
            parts.append(REPEAT_NOTE[lang].format(n=counts[top.key]))
        if off_hours:
            parts.append(_time_note(rs, lang))
        if rs.unknown_codes:
            parts.append(UNKNOWN_NOTE[lang].format(codes=", ".join(rs.unknown_codes)))
        return " ".join(parts)


def _time_note(rs: ResolvedState, lang: str) -> str:
    h = rs.stage.hours
    return TIME_NOTE[lang].format(time=f"{rs.local_time:%H:%M}", start=clock(h.start), end=clock(h.end),
                                  best_start=clock(h.best_start or h.start), best_end=clock(h.best_end or h.end))


def _confidence(top: Candidate, second: float, has_unknown: bool, has_codes: bool) -> float:
    """Code-backed diagnoses start high; priors alone stay near the fallback threshold (0.5)."""
    if top.kind == "reason":
        conf = 0.3 + 0.4 * top.score / 0.8  # a prior of weight w → 0.3 + 0.4 w
    else:
        conf = 0.5 + 0.45 * min(top.score, 1.0)
    if top.score - second < 0.05:
        conf -= 0.1  # two explanations fit equally well
    if has_unknown and not has_codes:
        conf -= 0.15  # errors we cannot interpret: the real cause may be elsewhere
    return round(max(0.05, min(conf, 0.95)), 2)


def from_code(e: ErrorCode, score: float) -> Candidate:
    """A candidate reason backed by an error code (also used to draft nudges for a chosen code)."""
    return Candidate(e.code, score, e.title_en, e.title_hi, e.cause_en, e.cause_hi, e.fix_en, e.fix_hi,
                     f"{e.title_en}. {e.cause_en} {' '.join(e.keywords)}", "code", e.code, retryable=e.retryable)


def from_reason(r: DropReason, score: float, stage: Stage, kind: str) -> Candidate:
    """A candidate reason from a stage's common reasons (priors, or the time-of-day rule)."""
    return Candidate(r.id, score, r.en, r.hi, r.en, r.hi, r.steps_en, r.steps_hi, f"{stage.name}: {r.en}", kind, r.code or r.id,
                     r.to_customer_en or "", r.to_customer_hi or "")
