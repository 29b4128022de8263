"""The service: owns the loaded pieces (catalog, retriever, LLM, caches, logs) and serves every
surface — CLI, HTTP API, Gradio UI and batch scoring. Build one per process; heavy pieces load
lazily on first use and are reused (never re-indexed per request).
"""
from __future__ import annotations

import json
import time
from typing import Any, Iterator

from domain import prompts
from assistant.audit import JsonlLog
from assistant.chat import ChatEngine, ChatParts
from assistant.citations import cite
from assistant.cache import LRUCache
from domain.catalog import Catalog, load_catalog
from assistant.guard import check as compliance_check
from assistant.guard import mask_pii
from assistant.llm.base import LLM, ProviderError, ProviderUnavailable, add_usage
from assistant.live_index import LiveIndex, NotReady  # noqa: F401 — NotReady is part of the service's API
from assistant.llm.handle import ModelHandle
from assistant import sms
from assistant.nudge_checks import contradictions, pending_terms
from assistant.nudges import draft
from assistant.reasoner import Candidate, Diagnosis, Reasoner, from_code, from_reason
from assistant.schemas import (ChatReply, ChatRequest, Citation, DropPrediction, Nudge, NudgeRequest, NudgeResponse,
                               Usage, UserState)
from assistant.settings import Settings
from assistant.state import ResolvedState, StateError, TooLong, parse_state, resolve
from ingest import page_image
from ingest.pipeline import SOURCES_DIR, build_dir
from rag.text import script


PLACEHOLDER_HOST = "app.example"  # the default resume_url: not a link a customer can open
BASIS = {"code": "error_code", "time": "attempt_time", "reason": "stage_default"}


class FunnelService:
    def __init__(self, settings: Settings, retriever=None, llm: LLM | None = None, catalog: Catalog | None = None):
        self.settings = settings
        self.catalog = catalog or load_catalog(settings.path(settings.catalog_dir))
        self.reasoner = Reasoner(self.catalog)
        self.index = LiveIndex(settings, self.catalog, retriever)
        self.model = ModelHandle(settings, llm)
        self.support_cache = LRUCache(4096)  # reason → supporting passages
        self.answer_cache = LRUCache(settings.cache_size)  # (query, state, model) → chat reply
        self.audit = JsonlLog(settings.path(settings.audit_log) or settings.audit_log)
        self.started = time.time()
        # built once: the chat engine gets exactly what it uses, never the service
        self.chat_engine = ChatEngine(ChatParts(settings=settings, catalog=self.catalog, retriever=lambda: self.retriever,
                                                model=self.model, cache=self.answer_cache, audit=self.audit,
                                                support=self.support, predict=self.predict, nudge=self.nudge))

    # ------------------------------------------------------------------ loaded pieces
    @property
    def retriever(self):
        """The retriever over the index's current build (assistant/live_index.py: loaded on first use,
        a new build picked up while serving); NotReady without an index."""
        return self.index.get()

    @property
    def llm(self) -> LLM | None:
        """The configured LLM, or None (provider `none`, or it could not load: answers stay deterministic)."""
        return self.model.get()

    @property
    def llm_error(self) -> str | None:
        """Why the LLM last failed to answer (answers fell back); None once it answers again."""
        return self.model.error

    def llm_failed(self, e: Exception) -> None:
        self.model.failed(e)

    def llm_by_default(self) -> bool:
        """Whether answers use the LLM when a request does not say (see Settings.use_llm)."""
        return self.model.by_default()

    def info(self) -> dict[str, Any]:
        out: dict[str, Any] = {"provider": self.settings.provider, "retriever": self.settings.retriever,
                               "llm_by_default": self.llm_by_default()}
        try:
            m = self.retriever.index.manifest
            out["index"] = {"build": m["build"], "created_at": m["created_at"], "chunks": m["counts"]["chunks"],
                            "sources": [s["name"] for s in m["sources"]], "embedder": m["embedder"]}
            if self.index.swap_error:
                out["index"]["swap_error"] = self.index.swap_error
        except NotReady as e:
            out["index"] = {"error": str(e)}
        if self.model.current is not None:
            out["llm"] = {**self.model.current.info(), **self.model.health()}
        if self.llm_error:
            out["llm_error"] = self.llm_error
        out["cache"] = {"support": self.support_cache.stats(), "answers": self.answer_cache.stats()}
        return out

    def ready(self) -> tuple[bool, dict[str, Any]]:
        """Whether the service can answer: the loaded build answers a probe question (a damaged one is
        not ready, and says how to heal it) and the model, when answers use it, is loaded. A model that
        cannot load or whose breaker is open leaves the service ready but degraded: every answer is
        still served, deterministically."""
        problem = self.index.probe()
        if problem:
            return False, {"index": problem}
        detail: dict[str, Any] = {"chunks": len(self.retriever.index.chunks), "build": self.index.build}
        if self.index.swap_error:
            detail["swap_error"] = self.index.swap_error
        llm = self.model.loaded()
        llm_ok = self.settings.provider == "none" or (llm is not None and (not self.llm_by_default() or getattr(llm, "loaded", True)))
        detail["llm"] = {**llm.info(), **self.model.health()} if llm else {"provider": self.settings.provider, "loaded": False}
        if self.llm_error and (not llm_ok or self.model.breaker() != "closed"):
            # a model that cannot load or keeps failing (a missing adapter, a server down): degraded
            detail["llm"]["error"] = self.llm_error
            detail["degraded"] = True
            llm_ok = True
        return detail["chunks"] > 0 and llm_ok, detail

    def source_page(self, chunk_id: str) -> bytes | None:
        """The PDF page a citation names, as a PNG with the passage highlighted; None when the chunk is
        not in the loaded build or does not come from a PDF kept in it."""
        index = self.retriever.index
        i = index.by_id.get(chunk_id)
        if i is None:
            return None
        chunk = index.chunks[i]
        pdf = build_dir(index.path, index.manifest.get("build", "")) / SOURCES_DIR / chunk.source
        if not chunk.source.lower().endswith(".pdf") or not pdf.is_file():
            return None
        return page_image.render(pdf, chunk.page, chunk.text)

    # ------------------------------------------------------------------ reasoning
    def resolve(self, state: UserState | dict | str | ResolvedState) -> ResolvedState:
        if isinstance(state, ResolvedState):
            return state
        if not isinstance(state, UserState):
            state = parse_state(state)
        return resolve(state, self.catalog)

    def support(self, cand: Candidate, stage_id: str, k: int = 2) -> list[Citation]:
        """Passages that back a diagnosis (cached per reason: batch scoring reuses them)."""
        def search():
            hits = self.retriever.search(cand.search, k=k + 2).hits
            same_stage = [h for h in hits if h.chunk.stage in (stage_id, None)] or hits
            return [cite(h) for h in same_stage[:k]]

        cites, _ = self.support_cache.get_or_set((cand.key, stage_id, k), search)
        return cites

    def warm_support(self) -> int:
        """Find the supporting passages of every catalog reason up front (before batch scoring): the
        queries are embedded in one batch, then each search fills the support cache once."""
        pairs = [(from_code(e, e.severity), e.stage) for e in self.catalog.error_codes]
        pairs += [(from_reason(r, r.weight, st, "reason"), st.id) for st in self.catalog.stages for r in st.common_reasons]
        self.retriever.prime([c.search for c, _ in pairs])
        for c, stage in pairs:
            self.support(c, stage)
        return len(pairs)

    def predict(self, state: UserState | dict | str | ResolvedState, use_llm: bool = False, audit: bool = True) -> DropPrediction:
        t = time.perf_counter()
        rs = self.resolve(state)
        d = self.reasoner.diagnose(rs)
        cites = self.support(d.primary, rs.stage.id)
        usage = Usage(provider="none")
        pred = self._prediction(rs, d, cites)
        if use_llm and self.llm is not None and not pred.fallback:
            pred = self._refine(rs, d, pred, usage)
        pred.usage = usage
        pred.usage.latency_ms = round((time.perf_counter() - t) * 1000, 2)
        if audit:
            self.audit.write("prediction", {"user_id": rs.raw.user_id, "state": rs.public(), "prediction": pred.model_dump(exclude={"usage"}),
                                            "trace": d.trace})
        return pred

    def _prediction(self, rs: ResolvedState, d: Diagnosis, cites: list[Citation]) -> DropPrediction:
        lang = rs.language
        stage_name = rs.stage.name_hi if lang == "hi" else rs.stage.name
        fallback = d.confidence < self.settings.confidence_threshold
        return DropPrediction(
            user_id=rs.raw.user_id, stage=rs.stage.id, stage_name=stage_name,
            predicted_drop_reason=d.reason_text().rstrip(".।"), reason_code=d.primary.key,
            reason_group=d.primary.group or d.primary.key, basis=BASIS[d.primary.kind],
            secondary_reasons=[(c.title_hi if lang == "hi" else c.title_en).rstrip(".।") for c in d.secondary],
            explanation=d.explanation, nudge_message=draft("cta", lang, rs.stage.id, stage_name, d.primary),
            steps_to_fix=d.steps, confidence_score=d.confidence, citations=cites,
            message=(prompts.FALLBACK_HI if lang == "hi" else prompts.FALLBACK_EN) if fallback else d.message,
            language=lang, fallback=fallback, unknown_error_codes=d.unknown_codes,
        )

    def _refine(self, rs: ResolvedState, d: Diagnosis, pred: DropPrediction, usage: Usage) -> DropPrediction:
        """Let the LLM rephrase explanation and message; keep them only if they pass every check."""
        passages = [{"text": c.quote, "source": c.source, "page": c.page} for c in pred.citations]
        facts = {"latest_error": rs.codes[-1].code if rs.codes else None, "retryable": rs.codes[-1].retryable if rs.codes else True,
                 "stage": rs.stage.id}
        msgs = prompts.turn(prompts.reason_prompt(rs.public(), facts, passages))
        for _ in range(2):  # one regeneration, then the deterministic answer stands
            try:
                g = self.llm.generate(prompts.SYSTEM, msgs, max_new_tokens=prompts.MAX_NEW_TOKENS["reason"], json_mode=True)
            except (ProviderError, ProviderUnavailable) as e:
                self.model.failed(e)
                return pred
            self.model.ok()
            add_usage(usage, g, self.llm)
            try:
                obj = json.loads(g.text[g.text.find("{"): g.text.rfind("}") + 1])
            except ValueError:
                continue
            expl, msg = str(obj.get("explanation", "")), str(obj.get("message", ""))
            sources = [c.quote for c in pred.citations] + [pred.explanation, " ".join(pred.steps_to_fix)]
            if expl and msg and not compliance_check(expl + " " + msg, sources) and _script_ok(msg, rs.language):
                return pred.model_copy(update={"explanation": mask_pii(expl), "message": mask_pii(msg)})
        return pred

    # ------------------------------------------------------------------ nudges
    def nudge(self, req: NudgeRequest, state: ResolvedState | None = None) -> NudgeResponse:
        """Nudges for a state or a stage (+ reason); `state`: the request's state already resolved."""
        t = time.perf_counter()
        usage = Usage(provider="none")
        rs, cand, stage = state, None, None
        if rs is None and req.state is not None:
            rs = self.resolve(req.state)
        if rs is not None:
            stage = rs.stage
        if req.stage:
            stage = self.catalog.stage(req.stage)
            if stage is None:
                raise StateError("stage", f"unknown stage {req.stage!r}; known stages: {', '.join(self.catalog.stage_names())}")
        if stage is None:
            raise StateError("stage", "give a user state or a stage")
        if req.reason:
            cand = self._candidate(req.reason, stage)
        elif rs is not None:
            cand = self.reasoner.diagnose(rs).primary
        else:
            top = max(stage.common_reasons, key=lambda r: r.weight)
            cand = self._candidate(top.id, stage)
        cites = self.support(cand, stage.id)
        # what a draft is checked against: the same for every style and language, an LLM rewrite included
        sources = [c.quote for c in cites] + [cand.cause_en, cand.cause_hi, cand.to_customer_en, cand.to_customer_hi,
                                              " ".join(cand.steps_en + cand.steps_hi)]
        pending = pending_terms(stage, self.catalog)

        def violations(text: str) -> list[str]:
            rules = [v.rule for v in compliance_check(text, sources)]
            return rules + (["contradicts_state"] if contradictions(text, cand.retryable, pending) else [])

        nudges = []
        for lang in dict.fromkeys(req.languages):
            stage_name = stage.name_hi if lang == "hi" else stage.name
            for style in dict.fromkeys(req.styles):
                text = draft(style, lang, stage.id, stage_name, cand, req.name, link=self.settings.resume_url)
                if req.use_llm and self.llm is not None:
                    text = self._llm_nudge(style, lang, stage, cand, cites, req.name, text, usage, violations)
                rules = violations(text)
                nudges.append(Nudge(style=style, language=lang, text=text, chars=len(text), compliant=not rules,
                                    violations=list(dict.fromkeys(rules)), citations=cites,
                                    sms_encoding=sms.encoding(text), sms_segments=sms.segments(text), fits=sms.channels(text),
                                    warnings=["placeholder_link"] if PLACEHOLDER_HOST in text else []))
        resp = NudgeResponse(user_id=rs.raw.user_id if rs else None, stage=stage.id, reason_code=cand.key,
                             reason=cand.title_en, nudges=nudges, usage=usage)
        resp.usage.latency_ms = round((time.perf_counter() - t) * 1000, 2)
        self.audit.write("nudges", {"user_id": resp.user_id, "stage": stage.id, "reason": cand.key,
                                    "nudges": [n.model_dump(exclude={"citations"}) for n in nudges], "status": "draft"})
        return resp

    def _candidate(self, reason: str, stage) -> Candidate:
        e = self.catalog.error(reason)
        if e:
            return from_code(e, e.severity)
        r = next((r for r in stage.common_reasons if r.id == reason), None)
        if r is None:
            known = [r.id for r in stage.common_reasons]
            raise StateError("reason", f"unknown reason {reason!r}: use an error code or one of {', '.join(known)}")
        return from_reason(r, r.weight, stage, "reason")

    def _llm_nudge(self, style, lang, stage, cand, cites, name, fallback_text, usage, violations) -> str:
        """The model's rewrite of a draft when it passes the draft's own checks (`violations`), else the draft."""
        passages = [{"text": c.quote, "source": c.source, "page": c.page} for c in cites]
        reason = f"{cand.key}: {cand.title_en}"
        msgs = prompts.turn(prompts.nudge_prompt(style, lang, stage.id, reason, passages, name))
        try:
            g = self.llm.generate(prompts.SYSTEM, msgs, max_new_tokens=prompts.MAX_NEW_TOKENS["nudge"])
        except (ProviderError, ProviderUnavailable) as e:
            self.model.failed(e)
            return fallback_text
        self.model.ok()
        add_usage(usage, g, self.llm)
        text = g.text.strip()
        if (text and len(text) <= prompts.NUDGE_MAX_CHARS[style] and _script_ok(text, lang)
                and (style != "cta" or "http" in text) and not violations(text)):
            return mask_pii(text)
        return fallback_text

    # ------------------------------------------------------------------ chat
    def chat(self, req: ChatRequest, state: ResolvedState | None = None) -> ChatReply:
        """One answer. `state`: the request's user state already resolved (surfaces resolve it first,
        to report a bad one as the client's error); else it is resolved here — once per request."""
        self.check_size(req)
        return self.chat_engine.reply(req, self._resolved(req, state))

    def chat_stream(self, req: ChatRequest, state: ResolvedState | None = None) -> Iterator[dict[str, Any]]:
        """The answer's events. Not a generator itself: the request is checked (no index, over its token
        budget, a bad state) when this is called, so a surface can refuse before it opens a stream."""
        self.check_size(req)
        return self.chat_engine.stream(req, self._resolved(req, state))

    def check_size(self, req: ChatRequest) -> None:
        """TooLong when the question or the history is over its token budget, counted with the index's
        own embedder — the characters cap alone let a 4,000-character question cost seconds of CPU."""
        s = self.settings
        if (n := sum(self._turn_tokens(req))) > s.max_history_tokens:
            raise TooLong("history", f"the conversation history is {n} tokens long; the limit is {s.max_history_tokens} "
                                     "— send only the latest turns")

    def fit_history(self, req: ChatRequest) -> ChatRequest:
        """The request with its oldest turns dropped until the history fits its token budget (each turn
        counted once); TooLong when the question itself is over its budget."""
        sizes = self._turn_tokens(req)
        drop, total = 0, sum(sizes)
        while total > self.settings.max_history_tokens and drop < len(sizes):
            total -= sizes[drop]
            drop += 1
        return req.model_copy(update={"history": req.history[drop:]}) if drop else req

    def _turn_tokens(self, req: ChatRequest) -> list[int]:
        """Tokens of each history turn, after checking the question against its own budget (TooLong)."""
        count, s = self.retriever.embedder.token_count, self.settings
        if (n := count(req.query)) > s.max_query_tokens:
            raise TooLong("query", f"the question is {n} tokens long; the limit is {s.max_query_tokens} — ask it in fewer words")
        return [count(t.user) + count(t.assistant) for t in req.history]

    def _resolved(self, req: ChatRequest, state: ResolvedState | None) -> ResolvedState | None:
        if state is None and req.state is not None:
            return self.resolve(req.state)
        return state


def _script_ok(text: str, lang: str) -> bool:
    return (script(text) == "deva") == (lang == "hi")
