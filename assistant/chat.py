"""Chat orchestration: guard → language → intent → retrieve → answer → verify.

Deterministic answers come from the best passage (the FAQ answer, trimmed), the catalog or the
reasoner; the LLM, when configured, phrases a grounded answer from the same passages and is kept
only if it passes the checks (citations point at provided passages, numbers appear in them,
compliance, script). Below the retrieval confidence threshold (the answer gate's fitted floor, when it is on)
the answer is exactly the fallback, and so is a composed answer the gate judges unlikely (assistant/gate.py).
"""
from __future__ import annotations

import re
import time
from dataclasses import dataclass
from typing import Any, Callable, Iterator

from assistant.audit import JsonlLog
from assistant.cache import LRUCache
from assistant.llm.handle import ModelHandle
from assistant.settings import Settings
from assistant.state import ResolvedState
from domain.catalog import Catalog

from assistant import bands, codes, fixed_forms, flat_tables, follow_up, gate, part_answers, stage_order
from assistant import intent as intents
from domain import prompts
from assistant.citations import cite, documents_cited
from assistant.answer import (asks_the_same, compose, extract,
                              pick_anew, prefer_documents, says_again)
from assistant.evidence import strong_tokens
from assistant.final_form import final_form
from assistant.answer_type import QUANTITY_RE, mismatch
from assistant.guard import check as compliance_check
from assistant.guard import dropped_numbers, mask_pii, neutralize
from assistant.guard.pii import PLACEHOLDER_RE
from assistant.language import detect, reply_language
from assistant.llm.base import ProviderError, ProviderUnavailable, add_usage
from domain.phrases import NO_GUARANTEE, NUDGES_READY, REFUSE_ADVICE, REFUSE_INJECTION, SMALL_TALK
from assistant.release import CITE_RE, SCAFFOLD_RE, checked_sentences, is_deva
from assistant.schemas import ChatReply, ChatRequest, Citation, NudgeRequest, Usage
from assistant.reasoner import from_code
from rag.text import tokenize

@dataclass
class _Plan:
    """An LLM answer still to be generated: everything needed to generate, check and fall back."""

    messages: list[dict[str, str]]  # sent with prompts.SYSTEM
    hits: list
    sources: list[str]
    query: str
    lang: str
    confidence: float
    fallback_answer: str
    fallback_cites: list[Citation]
    finish: Callable[..., ChatReply]
    usage: Usage


@dataclass(frozen=True)
class ChatParts:
    """What the chat engine works with, built once by the service (FunnelService.__init__)."""

    settings: Settings
    catalog: Catalog
    retriever: Callable[[], Any]  # the loaded retriever (loads the index on first use; NotReady without one)
    model: ModelHandle
    cache: LRUCache  # (question, state, history, model) → reply
    audit: JsonlLog
    support: Callable[..., list[Citation]]  # passages behind a diagnosis (the service's cache)
    predict: Callable[..., Any]  # a resolved state → DropPrediction
    nudge: Callable[..., Any]  # a NudgeRequest (+ its resolved state) → NudgeResponse


class ChatEngine:
    def __init__(self, parts: ChatParts):
        self.p = parts
        self._gate = gate.load_params() if parts.settings.answer_gate else None

    @property
    def retriever(self):
        return self.p.retriever()

    # -------------------------------------------------------------- public
    def reply(self, req: ChatRequest, state: ResolvedState | None = None) -> ChatReply:
        """The answer to one request; `state` is `req.state` resolved (FunnelService.chat does it once)."""
        t = time.perf_counter()
        use_llm = self._use_llm(req)
        llm = self.p.model.get() if use_llm else None
        key = (" ".join(req.query.lower().split()), req.state.model_dump_json() if req.state else "",
               tuple((h.user, h.assistant) for h in req.history[-3:]), llm is not None and llm.model_id)

        outage: list[bool] = []

        def make() -> ChatReply:
            plan = self._plan(req, state, use_llm)
            if isinstance(plan, ChatReply):
                return plan
            errors = self.p.model.errors
            reply = self._generate(plan)
            if self.p.model.errors > errors:
                outage.append(True)
            return reply

        reply, hit = self.p.cache.get_or_set(key, make, keep=lambda _: not outage)
        reply = reply.model_copy(deep=True)
        reply.usage.cache_hit = hit
        if hit:  # every answer shown is audited, a cached one too (a fresh one was audited when planned)
            self._audit(mask_pii(req.query.strip()[: self.p.settings.max_query_chars]), reply, cached=True)
        reply.usage.latency_ms = round((time.perf_counter() - t) * 1000, 2)
        return reply

    def stream(self, req: ChatRequest, state: ResolvedState | None = None) -> Iterator[dict[str, Any]]:
        """Events: {"type": "token", "text"}… then {"type": "done", "reply": {...}}.

        Nothing unchecked is shown. A deterministic answer (already checked) streams word by word.
        LLM text is released a sentence at a time, each sentence checked before it is sent
        (`_sentence_ok`: compliance against the passages, prompt scaffolding, citations, script); the
        first sentence that fails ends the model's part — none of its text is sent after it. The
        complete answer is checked again (`_check`). When a sentence or the whole answer fails, or the
        provider fails (a stream cut before its terminator included), a {"type": "replace", "text"}
        event carries the deterministic answer that `done` also holds (clients show
        `done.reply.answer` as the final text)."""
        t = time.perf_counter()
        plan = self._plan(req, state, self._use_llm(req))
        if isinstance(plan, ChatReply):
            reply = plan
            for piece in re.findall(r"\S+\s*", reply.answer):
                yield {"type": "token", "text": piece}
        else:
            shown: list[str] = []
            outcome: dict[str, str | None] = {}
            for sentence in checked_sentences(self.p.model, plan, outcome):
                shown.append(sentence)
                yield {"type": "token", "text": sentence}
            reply = self._check(plan, outcome["text"]) or plan.finish(plan.fallback_answer, plan.fallback_cites, conf=plan.confidence)
            if reply.answer != CITE_RE.sub("", "".join(shown)).strip():
                yield {"type": "replace", "text": reply.answer}
        reply.usage.latency_ms = round((time.perf_counter() - t) * 1000, 2)
        yield {"type": "done", "reply": reply.model_dump()}

    # -------------------------------------------------------------- pipeline
    def _quoted(self, cites: list[Citation]) -> str:
        """The text of the passages an answer cites: what it may quote without masking."""
        if not cites:
            return ""  # a greeting or a refusal cites nothing: no need to reach the index
        index = getattr(self.retriever, "index", None)
        return "\n".join(index.chunk(c.chunk_id).text for c in cites
                         if index is not None and c.chunk_id in index.by_id)

    def _audit(self, masked_query: str, r: ChatReply, **extra) -> None:
        self.p.audit.write("chat", {"query": masked_query, "intent": r.intent, "language": r.language, "fallback": r.fallback,
                                    "answer": r.answer, "citations": [c.chunk_id for c in r.citations], **extra})

    def _use_llm(self, req: ChatRequest) -> bool:
        return req.use_llm if req.use_llm is not None else self.p.model.by_default()

    def _plan(self, req: ChatRequest, state: ResolvedState | None, use_llm: bool) -> ChatReply | _Plan:
        """A final reply when no LLM is involved; else a plan for one LLM answer."""
        cat = self.p.catalog
        settings = self.p.settings
        query = req.query.strip()[: settings.max_query_chars]
        lang = detect(query)
        rlang = reply_language(lang)
        masked = mask_pii(query)
        intent = intents.classify(masked, cat, has_state=state is not None)
        usage = Usage(provider="none")

        def done(answer: str, cites: list[Citation] | None = None, fallback: bool = False, conf: float = 1.0, it: str = intent) -> ChatReply:
            answer = mask_pii(answer, public=self._quoted(cites or []))  # a document's helpline stays
            r = ChatReply(answer=answer, citations=cites or [], intent=it, language=lang, fallback=fallback,
                          confidence=round(conf, 4), usage=usage)
            self._audit(masked, r)
            return r

        if intent == "injection":
            return done(REFUSE_INJECTION[rlang])
        if intent == "advice_request":
            return done((NO_GUARANTEE if intents.is_guarantee_request(masked) else REFUSE_ADVICE)[rlang])
        if intent == "small_talk":
            return done(SMALL_TALK[rlang])
        if intent == "error_code":
            return self._error_code(masked, rlang, done)
        if intent in ("drop_reason", "nudge_request") and state is not None:
            return self._from_state(state, intent, rlang, done)

        ret = self.retriever  # one build for the whole request, even if a new one is swapped in meanwhile
        lead, search_q, res, hits = self._find(ret, masked, req.history, rlang)
        judge = gate.for_retriever(self._gate, ret)

        def unsure() -> ChatReply:
            return done(prompts.FALLBACK_HI if lang == "hi" else prompts.FALLBACK_EN, fallback=True, conf=res.confidence, it="out_of_scope")

        if not res.hits or (not lead and (res.veto or res.confidence < gate.floor(judge, settings.confidence_threshold))):
            # a question in parts can be vaguer as a whole than each of its parts
            extracted, cites = self._other_parts(ret, judge, masked, lang, "", [], alone=True) if not lead else ("", [])
            if extracted:
                return done(extracted, cites, conf=res.confidence)
            return unsure()
        # "which of these is not …: A, B or C?", "which benefits last 6 months?", "is X the same as Y?": fixed forms
        if fixed := fixed_forms.answer(masked, hits, ret.index.chunks, lang):
            return done(fixed[0], [cite(h) for h in fixed[1]], conf=res.confidence)
        best = pick_anew(hits, lang, masked, req.history)
        qtokens = set(tokenize(search_q)) | {t for e in res.expansion for t in tokenize(e)}
        if lead or (best.chunk.question and asks_the_same(masked, best.chunk.question)):
            # the user asked a FAQ's own question (or what comes next): its answer, opening first
            extracted = extract(best, lang, qtokens)
            cites = [cite(res.hits[i]) for i in prefer_documents(res.hits, [res.hits.index(best)], extracted)]
        else:
            ordered = [best] + [h for h in hits if h is not best]
            extracted, cites = self._compose(ret, masked, lang, ordered, qtokens, res.hits)
            if len(ordered) > 1 and says_again(extracted, masked, req.history, best.chunk.text):
                extracted, cites = self._compose(ret, masked, lang, ordered[1:], qtokens, res.hits)  # not the same answer again
        if not lead:
            # a follow-up's parts lean on the earlier question as the whole did ("do they cost anything?")
            extracted, cites = self._other_parts(ret, judge, masked, lang, extracted, cites, context=search_q[: -len(masked)].strip()
                                                 if search_q.endswith(masked) else "")
        if mismatch(masked, extracted):
            extracted = ""  # "how long is it valid?" answered by the documents to bring states nothing asked
        if not extracted.strip(" …"):  # nothing in the passages is about what was asked
            return unsure()
        extracted = final_form(extracted, masked, best.chunk.question, lead, lang, ret)
        context = bool(req.history) and search_q != masked  # the search leaned on the earlier question
        if not lead and judge is not None and not gate.keep(gate.features(masked, extracted, lang, res, ret, context, judge), judge):
            return unsure()  # the answer carries too little of what was asked: a neighbouring fact (assistant/gate.py)
        cites = documents_cited(ret.index, cites, extracted, getattr(ret, "closeness", None))
        if not (use_llm and self.p.model.get() is not None):
            return done(extracted, cites, conf=res.confidence)
        passages = [{"text": neutralize(h.chunk.text), "source": h.chunk.source, "page": h.chunk.page} for h in hits]
        history = [(mask_pii(h.user), mask_pii(h.assistant)) for h in req.history[-3:]]
        public = state.public() if state is not None else None
        msgs = prompts.turn(prompts.answer_prompt(masked, "hi" if lang == "hi" else "en", passages, history, public))
        return _Plan(msgs, hits, [p["text"] for p in passages], masked, lang, res.confidence, extracted, cites, done, usage)

    def _find(self, ret, masked: str, history, rlang: str):
        """(a lead sentence, the query searched, the retrieval, the top hits to answer from)."""
        lead, nxt, res = "", stage_order.next_stage(masked, history, self.p.catalog), None
        if nxt is not None:
            # "what's left after VKYC?" / "aur uske baad?": the catalog knows the order of the stages,
            # the documents describe each one — search the next stage's passages only
            search_q = f"{nxt.name}: {nxt.next_step_en}"
            res = ret.search(search_q, k=self.p.settings.top_k, filters={"stage": nxt.id})
            lead = stage_order.lead(masked, nxt, self.p.catalog, rlang)
        if res is None or not res.hits:
            lead = ""
            search_q, res = self._search(ret, masked, history)
        codes.lead_with_fact(masked, res, ret.index.chunks)
        hits = res.hits
        if rlang != "hi" and not lead and any(h.chunk.language == "hi" for h in res.hits[:4]):
            # our Hindi guide's passages rank for English questions too (names and numbers in English letters)
            # and would take the places of English ones: search deeper, answer from the English ones
            res = ret.search(search_q, k=self.p.settings.top_k + 4)
            codes.lead_with_fact(masked, res, ret.index.chunks)
            hits = [h for h in res.hits if h.chunk.language != "hi"] or res.hits
        return lead, search_q, res, flat_tables.rows_under_their_line(hits, bands.tables(ret.index.chunks))[:4]

    def _generate(self, plan: _Plan) -> ChatReply:
        llm = self.p.model.get()
        for _ in range(2):  # one regeneration, then the deterministic answer
            try:
                g = llm.generate(prompts.SYSTEM, plan.messages, max_new_tokens=prompts.MAX_NEW_TOKENS["answer"])
            except (ProviderError, ProviderUnavailable) as e:
                self.p.model.failed(e)  # reported by /ready, `funnel info` and `funnel ask`
                break
            self.p.model.ok()
            add_usage(plan.usage, g, llm)
            reply = self._check(plan, g.text)
            if reply is not None:
                return reply
        return plan.finish(plan.fallback_answer, plan.fallback_cites, conf=plan.confidence)

    def _check(self, plan: _Plan, text: str | None) -> ChatReply | None:
        """The LLM answer as a reply if it passes every check, else None."""
        if text is None:
            return None
        text = text.strip()
        if text in (prompts.FALLBACK_EN, prompts.FALLBACK_HI):
            if not self.p.settings.llm_refusals:
                return None  # the model is unsure but retrieval was confident: the passage answers
            return plan.finish(prompts.FALLBACK_HI if plan.lang == "hi" else prompts.FALLBACK_EN, [], fallback=True, conf=plan.confidence, it="out_of_scope")
        used = sorted({int(m) - 1 for m in CITE_RE.findall(text)})
        if any(i < 0 or i >= len(plan.hits) for i in used):
            return None  # cites a passage it was not given
        if SCAFFOLD_RE.search(text):
            return None
        clean = CITE_RE.sub("", text).strip()
        if not clean or (plan.lang == "hi") != is_deva(clean) or compliance_check(clean, plan.sources, plan.query):
            return None
        if dropped_numbers(plan.fallback_answer, clean):
            return None  # the rephrasing lost a number the checked answer states (bench/answers.py --llm)
        cites = [cite(plan.hits[i]) for i in used] or [cite(plan.hits[0])]
        return plan.finish(clean, cites, conf=plan.confidence)

    def _other_parts(self, ret, judge, masked: str, lang: str, answer: str, cites: list[Citation], alone: bool = False,
                     context: str = "") -> tuple[str, list[Citation]]:
        """The answer with each part of a question in parts added (assistant/part_answers.py)."""
        s = self.p.settings
        return part_answers.add(ret, masked, lang, answer, cites, top_k=s.top_k, threshold=s.confidence_threshold,
                                lowest=s.confidence_threshold if alone else gate.floor(judge, s.confidence_threshold),
                                alone=alone, context=context)

    def _compose(self, ret, masked: str, lang: str, hits: list, qtokens: set[str], found: list) -> tuple[str, list[Citation]]:
        """Pieces of the top passages that carry the question's words (assistant/evidence.py), cited
        from the document where it says the same (`found`: every hit of the search)."""
        text, used = compose(hits, lang, qtokens, ret.index.bm25.idf, want_number=bool(QUANTITY_RE.search(masked)),
                             question=masked, similarity=lambda texts: ret.similarities(masked, texts),
                             rows=bands.tables(ret.index.chunks))
        return text, [cite(found[i]) for i in prefer_documents(found, [found.index(hits[i]) for i in used], text)]

    def _error_code(self, text: str, rlang: str, done) -> ChatReply:
        e = self.p.catalog.error(intents.error_codes_in(text, self.p.catalog)[0])
        cites = self.p.support(from_code(e, e.severity), e.stage)
        if rlang == "hi":
            body = f"{e.code}: {e.title_hi}। {e.cause_hi}\nक्या करें:\n" + "\n".join(f"{i}. {s}" for i, s in enumerate(e.fix_hi, 1))
        else:
            body = f"{e.code}: {e.title_en}. {e.cause_en}\nWhat to do:\n" + "\n".join(f"{i}. {s}" for i, s in enumerate(e.fix_en, 1))
        return done(body, cites)

    def _from_state(self, rs: ResolvedState, intent: str, rlang: str, done) -> ChatReply:
        if intent == "nudge_request":
            n = self.p.nudge(NudgeRequest(state=rs.raw), rs)
            lines = [NUDGES_READY[rlang].format(stage=rs.stage.name_hi if rlang == "hi" else rs.stage.name, reason=n.reason)]
            lines += [f"- [{x.style}, {x.language}] {x.text}" for x in n.nudges]
            return done("\n".join(lines), n.nudges[0].citations if n.nudges else [])
        p = self.p.predict(rs.in_language(rlang))
        body = p.message if p.fallback else p.message + "\n" + "\n".join(f"{i}. {s}" for i, s in enumerate(p.steps_to_fix, 1))
        return done(body, p.citations, fallback=p.fallback, conf=p.confidence_score)

    def _search(self, ret, masked: str, history):
        """Retrieval for a question, with the previous question as context when it reads as a
        follow-up: it refers back ("for it", "iska", "इसका") or is too vague alone (low confidence).
        The combined search is used only when it is surer than the question alone, so a new
        topic ("What are the video KYC timings?" after a fee question) is never bent to the old one."""
        q = PLACEHOLDER_RE.sub(" ", masked)  # "[AADHAAR]" would pull every question toward Aadhaar passages
        q = " ".join(q.split()) or masked
        k, threshold = self.p.settings.top_k, self.p.settings.confidence_threshold
        alone = ret.search(q, k=k)
        if not history:
            return q, alone
        refers_back = follow_up.refers_back(q)
        if not refers_back and alone.confidence >= threshold:
            return q, alone
        earlier = [h.user for h in history[-2:]]
        if len(earlier) == 2 and not follow_up.refers_back(earlier[1]):
            earlier = earlier[1:]  # the earlier question names its own subject; one that leans back holds the one before it
        prev = " ".join(PLACEHOLDER_RE.sub(" ", mask_pii(" ".join(earlier))).split())
        combined_q = f"{prev} {q}"
        combined = ret.search(combined_q, k=k, own=q)
        if combined.confidence > alone.confidence or (refers_back and combined.confidence >= threshold):
            # The context finds the topic; the new question picks the passage within it ("what do I
            # keep ready for it?" after the timings question is the checklist, not the timings again) —
            # when that passage carries more of the new question's words than the context's best does
            # ("minimum transaction kitna?" after the fuel waiver stays with the waiver, not EMIs).
            ids = [h.chunk.chunk_id for h in combined.hits[:3]]
            if alone.hits and alone.hits[0].chunk.chunk_id in ids[1:]:
                i = ids.index(alone.hits[0].chunk.chunk_id)
                own, bm25, by_id = list(strong_tokens(set(tokenize(q)))), ret.index.bm25, ret.index.by_id
                if bm25.coverage(own, by_id[ids[i]]) > bm25.coverage(own, by_id[ids[0]]):
                    combined.hits.insert(0, combined.hits.pop(i))
            return combined_q, combined
        return q, alone
