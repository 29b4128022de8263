"""HTTP API through fastapi's TestClient over the tiny hash index (no models)."""
from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from surfaces.api import create_app
from assistant.llm.fake import FakeLLM
from domain.prompts import FALLBACK_EN
from assistant.service import FunnelService
from assistant.settings import Settings

BRIEF = {"user_id": "A937272", "stage_dropped": "KYC_verification_pending", "timestamp": "2025-03-14T10:22:00Z",
         "error_code_history": ["OCR_FAIL", "PAN_NAME_MISMATCH"], "device": "Android", "language": "en"}


def _client(tiny_index, retriever, tmp_path, **kw) -> TestClient:
    s = Settings(provider=kw.pop("provider", "none"), embedder="hash", index_dir=str(tiny_index),
                 audit_log=str(tmp_path / "audit.jsonl"), **kw)
    return TestClient(create_app(FunnelService(s, retriever=retriever, llm=kw.get("llm"))))


@pytest.fixture()
def client(tiny_index, tiny_retrievers, tmp_path):
    return _client(tiny_index, tiny_retrievers["hybrid+rerank"], tmp_path)


def _loc(r) -> list[list]:
    return [d["loc"] for d in r.json()["detail"]]


def test_health_ready_info_docs(client):
    h = client.get("/health")
    assert h.status_code == 200 and h.json()["status"] == "ok"
    r = client.get("/ready")
    assert r.status_code == 200 and r.json()["ready"] is True and r.json()["chunks"] > 0
    i = client.get("/info").json()
    assert i["provider"] == "none" and i["index"]["chunks"] > 0 and "answers" in i["cache"]
    assert client.get("/openapi.json").status_code == 200 and client.get("/docs").status_code == 200


def test_ready_503_without_index(tmp_path):
    s = Settings(provider="none", embedder="hash", index_dir=str(tmp_path / "no-index"), audit_log="")
    c = TestClient(create_app(FunnelService(s)))
    r = c.get("/ready")
    assert r.status_code == 503 and r.json()["ready"] is False and "index" in r.json()
    p = c.post("/predict_reason", json=BRIEF)
    assert p.status_code == 503 and "detail" in p.json()
    st = c.post("/chat", json={"query": "video call timings?", "stream": True})
    assert st.status_code == 503 and "detail" in st.json()
    assert c.get("/health").status_code == 200


def test_predict_reason(client):
    r = client.post("/predict_reason", json=BRIEF)
    assert r.status_code == 200
    d = r.json()
    assert d["reason_code"] == "PAN_NAME_MISMATCH" and d["confidence_score"] >= 0.8 and d["citations"]
    for k in ("user_id", "stage", "predicted_drop_reason", "secondary_reasons", "explanation", "nudge_message", "steps_to_fix",
              "confidence_score", "citations", "message", "fallback"):
        assert k in d
    assert "trace" not in d and d["usage"]["latency_ms"] > 0


def test_predict_reason_with_fake_llm(tiny_index, tiny_retrievers, tmp_path):
    llm = FakeLLM(replies=['{"explanation": "The PAN name differs from the profile.", "message": "Update your profile name to match the PAN."}'])
    c = _client(tiny_index, tiny_retrievers["hybrid+rerank"], tmp_path, provider="fake", llm=llm)
    d = c.post("/predict_reason?use_llm=true", json=BRIEF).json()
    assert d["message"] == "Update your profile name to match the PAN." and d["usage"]["provider"] == "fake"
    assert d["usage"]["prompt_tokens"] > 0 and d["usage"]["completion_tokens"] > 0


@pytest.mark.parametrize("body,loc,text", [
    ({"stage_dropped": "MOON_LANDING"}, ["body", "stage_dropped"], "known stages: ekyc, liveliness, additional_details, vkyc, activation"),
    ({"stage_dropped": "vkyc", "timestamp": "yesterday"}, ["body", "timestamp"], "ISO 8601"),
    ({"user_id": "X"}, ["body", "stage_dropped"], "required"),
    ({"stage_dropped": "vkyc", "language": "fr"}, ["body", "language"], "'en' or 'hi'"),
    ({"stage_dropped": "vkyc", "error_code_history": "OCR_FAIL"}, ["body", "error_code_history"], "list"),
    (["VKYC"], ["body"], "JSON object"),
])
def test_predict_reason_422_names_the_field(client, body, loc, text):
    r = client.post("/predict_reason", json=body)
    assert r.status_code == 422
    assert _loc(r)[0] == loc and text in r.json()["detail"][0]["msg"]


def test_invalid_json_is_422(client):
    for path in ("/predict_reason", "/nudge_user", "/chat"):
        r = client.post(path, content=b'{"stage_dropped": "vkyc",', headers={"content-type": "application/json"})
        assert r.status_code == 422 and _loc(r)[0] == ["body"] and "not valid JSON" in r.json()["detail"][0]["msg"]


def test_body_over_the_limit_is_413(client):
    big = b'{"stage_dropped": "vkyc", "device": "' + b"x" * (10 * 1024 * 1024) + b'"}'
    for path in ("/predict_reason", "/nudge_user", "/chat"):
        r = client.post(path, content=big, headers={"content-type": "application/json"})
        assert r.status_code == 413 and "limit" in r.json()["detail"][0]["msg"]

    def chunks():  # no content-length: the body reader enforces the limit
        for _ in range(11):
            yield b"x" * (1024 * 1024)

    r = client.post("/predict_reason", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413


def test_nudge_user(client):
    r = client.post("/nudge_user", json={"state": BRIEF, "name": "Asha"})
    assert r.status_code == 200
    d = r.json()
    assert len(d["nudges"]) == 8 and {n["language"] for n in d["nudges"]} == {"en", "hi"} and d["status"] == "draft"
    assert d["usage"]["latency_ms"] > 0
    bare = client.post("/nudge_user", json=BRIEF).json()  # a bare user state also works
    assert bare["reason_code"] == "PAN_NAME_MISMATCH"
    by_stage = client.post("/nudge_user", json={"stage": "vkyc", "reason": "VKYC_AGENT_UNAVAILABLE", "languages": ["hi"], "styles": ["cta"]}).json()
    assert [(n["style"], n["language"]) for n in by_stage["nudges"]] == [("cta", "hi")] and len(by_stage["nudges"][0]["text"]) <= 160


@pytest.mark.parametrize("body,loc", [
    ({"stage": "moon"}, ["body", "stage"]),
    ({"stage": "vkyc", "reason": "NOPE"}, ["body", "reason"]),
    ({"stage": "vkyc", "styles": ["shouty"]}, ["body", "styles", "0"]),
    ({"stage": "vkyc", "bogus": 1}, ["body", "bogus"]),
    ({"state": {"stage_dropped": "moon"}}, ["body", "state", "stage_dropped"]),
    ({"stage_dropped": "moon"}, ["body", "stage_dropped"]),  # a bare state
    ({"stage": "vkyc", "name": "9876543210"}, ["body", "name"]),
])
def test_nudge_user_422(client, body, loc):
    r = client.post("/nudge_user", json=body)
    assert r.status_code == 422 and _loc(r)[0] == loc


def test_chat(client):
    r = client.post("/chat", json={"query": "What do I need for the video call?"})
    assert r.status_code == 200
    d = r.json()
    assert d["intent"] == "faq" and "PAN" in d["answer"] and d["citations"] and d["fallback"] is False
    assert d["usage"]["latency_ms"] > 0
    oos = client.post("/chat", json={"query": "What is the capital of France?"}).json()
    assert oos["answer"] == FALLBACK_EN and oos["fallback"] is True and oos["usage"]["latency_ms"] > 0
    again = client.post("/chat", json={"query": "What do I need for the video call?"}).json()
    assert again["usage"]["cache_hit"] is True


@pytest.mark.parametrize("body,loc", [
    ({"query": "   "}, ["body", "query"]),
    ({}, ["body", "query"]),
    ({"query": "x" * 4001}, ["body", "query"]),
    ({"query": "hi", "state": {"stage_dropped": "moon"}}, ["body", "state", "stage_dropped"]),
])
def test_chat_422(client, body, loc):
    r = client.post("/chat", json=body)
    assert r.status_code == 422 and _loc(r)[0] == loc


def _events(text: str) -> list[tuple[str, dict]]:
    out = []
    for block in text.strip().split("\n\n"):
        lines = dict(line.split(": ", 1) for line in block.split("\n"))
        out.append((lines["event"], json.loads(lines["data"])))
    return out


def test_chat_sse_stream(client):
    for kw in ({"json": {"query": "What do I need for the video call?", "stream": True}},
               {"json": {"query": "What do I need for the video call?"}, "headers": {"accept": "text/event-stream"}}):
        r = client.post("/chat", **kw)
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
        ev = _events(r.text)
        assert [e for e, _ in ev[:-1]] == ["token"] * (len(ev) - 1) and ev[-1][0] == "done"
        reply = ev[-1][1]["reply"]
        assert "".join(d["text"] for _, d in ev[:-1]).strip() == reply["answer"] and reply["usage"]["latency_ms"] > 0


@pytest.mark.parametrize("llm_text,shown", [
    ("The card is free. Approval is guaranteed for you. More text.", ["The card is free."]),  # (a) a guarantee
    ("The annual fee is ₹7,777.", []),                                                       # (b) a made-up fee
])
def test_chat_sse_never_sends_an_unchecked_sentence(tiny_index, tiny_retrievers, tmp_path, llm_text, shown):
    """Over HTTP: model text arrives a checked sentence at a time; the sentence that fails is never sent, and the
    checked deterministic answer follows as `replace` (then `done`)."""
    llm = FakeLLM(replies=[llm_text])
    c = _client(tiny_index, tiny_retrievers["hybrid+rerank"], tmp_path, provider="fake", llm=llm)
    q = "What are the fees for the card?"
    det = c.post("/chat", json={"query": q, "use_llm": False}).json()["answer"]
    r = c.post("/chat", json={"query": q, "stream": True, "use_llm": True})
    ev = _events(r.text)
    tokens = [d["text"] for e, d in ev if e == "token"]
    assert tokens == shown
    assert not any(bad in t.lower() for t in tokens for bad in ("guarantee", "more text", "7,777", "7777"))
    assert [e for e, _ in ev] == ["token"] * len(shown) + ["replace", "done"]
    assert ev[-2][1]["text"] == ev[-1][1]["reply"]["answer"] == det
    assert "guarantee" not in r.text.lower() and "7,777" not in r.text  # nowhere in the response at all


def test_api_key_auth(tiny_index, tiny_retrievers, tmp_path):
    c = _client(tiny_index, tiny_retrievers["hybrid+rerank"], tmp_path, api_key="s3cret")
    for path, body in (("/predict_reason", BRIEF), ("/nudge_user", {"state": BRIEF}), ("/chat", {"query": "hello"})):
        assert c.post(path, json=body).status_code == 401
        assert c.post(path, json=body, headers={"X-API-Key": "wrong"}).status_code == 401
        ok = c.post(path, json=body, headers={"X-API-Key": "s3cret"})
        assert ok.status_code == 200 and ok.json()["usage"]["latency_ms"] > 0
    assert c.get("/health").status_code == 200  # probes stay open


def test_chat_sse_reports_a_failure_mid_stream_as_an_error_event(client):
    def broken(req, state=None):
        yield {"type": "token", "text": "Keep "}
        raise RuntimeError("generation thread died")

    client.app.state.service.chat_stream = broken
    r = client.post("/chat", json={"query": "What do I need for the video call?", "stream": True})
    assert r.status_code == 200
    events = [line.split(": ", 1)[1] for line in r.text.splitlines() if line.startswith("event: ")]
    assert events == ["token", "error"] and "generation thread died" in r.text


@pytest.mark.parametrize("raw,needle", [
    (b'{"stage_dropped": "vk\xffyc"}', "UTF-8"),
    (b'{"stage_dropped": "vkyc", "x": ' + b"[" * 5000 + b"]" * 5000 + b"}", "nested too deeply"),
])
def test_undecodable_bodies_are_422_not_500(client, raw, needle):
    for path in ("/predict_reason", "/nudge_user", "/chat"):
        r = client.post(path, content=raw, headers={"content-type": "application/json"})
        assert r.status_code == 422 and needle in r.text, (path, r.text)


def test_pii_in_a_state_is_never_echoed(client):
    body = {"stage_dropped": "VKYC", "user_id": "+91 98765 43210", "error_code_history": ["ABCDE1234F", "+919812345678", "1234 5678 9012"]}
    r = client.post("/predict_reason", json=body)
    assert r.status_code == 200
    for leak in ("98765", "9812345678", "ABCDE1234F", "5678 9012"):
        assert leak not in r.text
    bad = client.post("/predict_reason", json={"stage_dropped": "call 9812345678 ABCDE1234F"})
    assert bad.status_code == 422 and "9812345678" not in bad.text and "ABCDE1234F" not in bad.text


def test_ready_is_degraded_not_stuck_when_the_llm_cannot_load(tiny_index, tiny_retrievers, tmp_path):
    from assistant.llm.base import ProviderUnavailable

    s = Settings(provider="fake", use_llm=True, embedder="hash", index_dir=str(tiny_index), audit_log=str(tmp_path / "a.jsonl"))
    svc = FunnelService(s, retriever=tiny_retrievers["hybrid+rerank"], llm=FakeLLM())
    svc.llm.loaded = False  # a model whose load failed
    svc.llm_failed(ProviderUnavailable("adapter at data/adapters/nope: folder not found"))
    r = TestClient(create_app(svc)).get("/ready")
    assert r.status_code == 200 and r.json()["degraded"] is True and "folder not found" in r.json()["llm"]["error"]


@pytest.mark.parametrize("query,stream", [("why did I drop off?", False), ("write nudges for me", False),
                                          ("why did I drop off?", True), ("What do I need for the video call?", False)])
def test_a_chat_request_resolves_its_state_once(client, monkeypatch, query, stream):
    """The API resolves the pasted state (a bad one is a 422) and hands the result on: the chat engine,
    the prediction and the nudges it calls all use it, none resolves it again."""
    import assistant.service as service_module

    calls = []
    real = service_module.resolve
    monkeypatch.setattr(service_module, "resolve", lambda *a, **k: calls.append(1) or real(*a, **k))
    r = client.post("/chat", json={"query": query, "state": BRIEF, "stream": stream})
    assert r.status_code == 200 and len(calls) == 1


def test_the_chat_engine_is_built_once_and_never_holds_the_service(client):
    from assistant.chat import ChatEngine

    svc = client.app.state.service
    engine = svc.chat_engine
    client.post("/chat", json={"query": "What do I need for the video call?"})
    assert svc.chat_engine is engine and isinstance(engine, ChatEngine)
    assert all(v is not svc for v in vars(engine.p).values())


def test_a_body_that_does_not_arrive_in_time_is_a_408(monkeypatch):
    """A client that opens a request and stalls its body frees the slot after BODY_TIMEOUT_S."""
    import asyncio

    from fastapi import HTTPException

    import surfaces.api as api

    class Stalled:
        async def body(self):
            await asyncio.sleep(5)

    monkeypatch.setattr(api, "BODY_TIMEOUT_S", 0.2)
    with pytest.raises(HTTPException) as e:
        asyncio.run(api._body_json(Stalled(), 1000))
    assert e.value.status_code == 408 and "did not arrive" in e.value.detail[0]["msg"]


@pytest.mark.parametrize("stream", [False, True])
def test_a_question_or_history_over_its_token_budget_is_a_422_naming_the_field(client, stream):
    """Budgets are in tokens of the index's embedder (Settings.max_query_tokens 512, max_history_tokens
    4096): under the 4,000-character cap, 600 words are still refused — and a stream is refused before it
    opens, not cut."""
    r = client.post("/chat", json={"query": "video " * 600, "stream": stream})
    assert r.status_code == 422 and _loc(r) == [["body", "query"]]
    assert "tokens long; the limit is 512" in r.json()["detail"][0]["msg"]
    turns = [{"user": "kyc " * 300, "assistant": "ok " * 900}] * 4  # 4,808 tokens by the test embedder
    r = client.post("/chat", json={"query": "What do I need for the video call?", "history": turns, "stream": stream})
    assert r.status_code == 422 and _loc(r) == [["body", "history"]]
    r = client.post("/chat", json={"query": "What do I need for the video call?", "history": turns[:3], "stream": stream})
    assert r.status_code == 200
