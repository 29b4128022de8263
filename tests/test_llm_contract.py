"""One contract for every LLM provider that can run here.

- `fake` — queued replies;
- `openai` — against a stub OpenAI-compatible server started on 127.0.0.1 (JSON and SSE streaming);
- `anthropic` — against a stub Messages API on 127.0.0.1 (via `ANTHROPIC_BASE_URL`);
- `local` — a tiny random Llama from finetune/tiny.py, only when torch/transformers are installed.

Nothing leaves the machine.
"""
from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from domain import prompts
from assistant.llm.base import LLM, ProviderError, ProviderUnavailable, get_llm
from assistant.settings import Settings

REPLY = "Keep your PAN card ready [c1]. END extra words after the stop"


class Stub:
    """A tiny server speaking both APIs. `reply` is what the model says; `delay` makes it slow; `status` fails it;
    `terminate = False` closes a stream without its terminator (`data: [DONE]` / `message_stop`), as a cut connection does."""

    def __init__(self):
        self.reply = REPLY
        self.delay = 0.0
        self.status = 200
        self.terminate = True
        self.fail_next: list[int] = []  # statuses answered to the next requests, one each (with Retry-After: 0.1)
        self.requests: list[dict] = []
        stub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *a):
                pass

            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers.get("content-length", 0))) or b"{}")
                stub.requests.append({"path": self.path, "headers": dict(self.headers), "body": body})
                if stub.delay:
                    time.sleep(stub.delay)
                if stub.fail_next:
                    return self._send(stub.fail_next.pop(0), {"error": {"message": "busy"}}, {"retry-after": "0.1"})
                if stub.status != 200:
                    return self._send(stub.status, {"error": {"message": "boom"}})
                if self.path.endswith("/chat/completions"):
                    return self._openai(body)
                if self.path.endswith("/v1/messages"):
                    return self._anthropic(body)
                self._send(404, {"error": "no route"})

            def _send(self, code, obj, headers=None):
                data = json.dumps(obj).encode()
                self.send_response(code)
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _sse(self, events):
                self.send_response(200)
                self.send_header("content-type", "text/event-stream")
                self.send_header("connection", "close")
                self.end_headers()
                for ev in events:
                    self.wfile.write(ev.encode())
                    self.wfile.flush()
                self.close_connection = True

            def _openai(self, body):
                text = stub.reply
                if body.get("stream"):
                    pieces = [text[i:i + 5] for i in range(0, len(text), 5)]
                    events = [f"data: {json.dumps({'choices': [{'delta': {'content': p}, 'index': 0}]})}\n\n" for p in pieces]
                    return self._sse(events + (["data: [DONE]\n\n"] if stub.terminate else []))
                self._send(200, {"model": body["model"], "choices": [{"message": {"role": "assistant", "content": text},
                                                                        "finish_reason": "stop"}],
                                 "usage": {"prompt_tokens": 42, "completion_tokens": 7}})

            def _anthropic(self, body):
                if self.headers.get("x-api-key") != "test-key" or self.headers.get("anthropic-version") != "2023-06-01":
                    return self._send(401, {"type": "error", "error": {"type": "authentication_error"}})
                text = stub.reply
                if body.get("stream"):
                    pieces = [text[i:i + 5] for i in range(0, len(text), 5)]
                    ev = [f"event: message_start\ndata: {json.dumps({'type': 'message_start', 'message': {'usage': {'input_tokens': 42}}})}\n\n",
                          f"event: content_block_start\ndata: {json.dumps({'type': 'content_block_start', 'index': 0})}\n\n"]
                    ev += [f"event: content_block_delta\ndata: {json.dumps({'type': 'content_block_delta', 'index': 0, 'delta': {'type': 'text_delta', 'text': p}})}\n\n"
                           for p in pieces]
                    ev += ["event: ping\ndata: {\"type\": \"ping\"}\n\n"]
                    if stub.terminate:
                        ev += [f"event: message_stop\ndata: {json.dumps({'type': 'message_stop'})}\n\n"]
                    return self._sse(ev)
                self._send(200, {"model": body["model"], "content": [{"type": "text", "text": text}], "stop_reason": "end_turn",
                                 "usage": {"input_tokens": 42, "output_tokens": 7}})

        class Server(ThreadingHTTPServer):
            def handle_error(self, request, client_address):
                pass  # a client that timed out closed the socket: expected here

        self.server = Server(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="module")
def stub():
    s = Stub()
    yield s
    s.close()


@pytest.fixture(autouse=True)
def _reset(stub):
    stub.reply, stub.delay, stub.status, stub.terminate, stub.fail_next = REPLY, 0.0, 200, True, []
    stub.requests.clear()


class Case:
    """A provider plus a way to set what it will say next."""

    def __init__(self, name: str, llm: LLM, set_reply, http: bool = False, applies_stop: bool = True):
        self.name, self.llm, self.set_reply, self.http, self.applies_stop = name, llm, set_reply, http, applies_stop


@pytest.fixture(scope="module")
def tiny_local(tmp_path_factory):
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    import importlib.util

    if importlib.util.find_spec("assistant.llm.local") is None:
        pytest.skip("assistant/llm/local.py is not present")
    from finetune.tiny import make_tiny_base

    base = make_tiny_base(tmp_path_factory.mktemp("tinybase"), ["Keep your PAN card ready."] * 4)
    return get_llm("local", Settings(provider="local", base_model=str(base), adapter=""))


@pytest.fixture(params=["fake", "openai", "anthropic", "local"])
def case(request, stub, monkeypatch) -> Case:
    name = request.param
    if name == "fake":
        llm = get_llm("fake")
        return Case(name, llm, lambda t: llm.replies.append(t), applies_stop=False)
    if name == "openai":
        monkeypatch.delenv("OPENAI_API_KEY", raising=False)
        llm = get_llm("openai", Settings(provider="openai", openai_base_url=stub.url + "/v1", openai_model="stub-model", llm_timeout_s=2))
        return Case(name, llm, lambda t: setattr(stub, "reply", t), http=True)
    if name == "anthropic":
        monkeypatch.setenv("ANTHROPIC_API_KEY", "test-key")
        monkeypatch.setenv("ANTHROPIC_BASE_URL", stub.url)
        llm = get_llm("anthropic", Settings(provider="anthropic", anthropic_model="stub-claude", llm_timeout_s=2))
        return Case(name, llm, lambda t: setattr(stub, "reply", t), http=True)
    llm = request.getfixturevalue("tiny_local")
    return Case(name, llm, lambda t: None)  # a random tiny model says what it says


# (system, messages): what every provider takes
PROMPT = (prompts.SYSTEM, prompts.turn(prompts.answer_prompt("What do I need for video KYC?", "en",
                                                             [{"text": "Keep your PAN ready.", "source": "d.md", "page": 1}])))


def test_generate_text_tokens_latency_info(case):
    case.set_reply("Keep your PAN card ready [c1].")
    g = case.llm.generate(*PROMPT, max_new_tokens=8)
    assert isinstance(g.text, str) and g.prompt_tokens > 0 and g.latency_ms > 0 and g.model
    if case.name != "local":
        assert g.text == "Keep your PAN card ready [c1]."
        assert g.completion_tokens > 0
    else:
        assert 0 <= g.completion_tokens <= 8
    if case.http:  # usage comes from the response, not the estimate
        assert (g.prompt_tokens, g.completion_tokens) == (42, 7)
    info = case.llm.info()
    assert info["provider"] == case.name and info["model"] == case.llm.model_id


def test_stream_yields_pieces_that_join_to_the_generation(case):
    case.set_reply("Keep your PAN card ready [c1].")
    pieces = list(case.llm.stream(*PROMPT, max_new_tokens=8))
    assert all(isinstance(p, str) for p in pieces)
    if case.name == "local":
        case.set_reply("")
        assert "".join(pieces).strip() == case.llm.generate(*PROMPT, max_new_tokens=8).text.strip()
    else:
        assert len(pieces) > 1 and "".join(pieces) == "Keep your PAN card ready [c1]."


def test_stop_sequences_cut_generate_and_stream(case):
    if not case.applies_stop:
        pytest.skip(f"{case.name} returns its queued reply verbatim")
    if case.name == "local":
        pytest.skip("a random tiny model need not produce the stop text")
    case.set_reply(REPLY)
    assert case.llm.generate(*PROMPT, max_new_tokens=32, stop=[" END"]).text == "Keep your PAN card ready [c1]."
    case.set_reply(REPLY)
    # stop text spanning two stream pieces ("Keep your PAN card ready [c1]. E" | "ND ex…")
    assert "".join(case.llm.stream(*PROMPT, max_new_tokens=32, stop=["END"])) == "Keep your PAN card ready [c1]. "


def test_http_request_shape(case, stub):
    if not case.http:
        pytest.skip("not an HTTP provider")
    case.llm.generate(*PROMPT, max_new_tokens=16, stop=["<end_of_turn>"], json_mode=True)
    req = stub.requests[-1]["body"]
    assert req["max_tokens"] == 16 and req["temperature"] == 0
    flat = json.dumps(req)
    assert "<start_of_turn>" not in flat and "<end_of_turn>\\n" not in flat
    if case.name == "openai":
        assert stub.requests[-1]["path"] == "/v1/chat/completions"
        assert req["messages"][0] == {"role": "system", "content": prompts.SYSTEM}
        assert req["messages"][1]["role"] == "user" and req["messages"][1]["content"].startswith("TASK: answer")
        assert req["response_format"] == {"type": "json_object"} and req["stop"] == ["<end_of_turn>"]
        assert "authorization" not in {k.lower() for k in stub.requests[-1]["headers"]}
    else:
        assert stub.requests[-1]["path"] == "/v1/messages"
        assert req["system"].startswith(prompts.SYSTEM) and "JSON" in req["system"]
        assert req["messages"] == [{"role": "user", "content": req["messages"][0]["content"]}]
        assert req["messages"][0]["content"].startswith("TASK: answer") and req["stop_sequences"] == ["<end_of_turn>"]


def test_timeout_and_http_errors_raise_provider_error(case, stub):
    if not case.http:
        pytest.skip("not an HTTP provider")
    case.llm._client.timeout = __import__("httpx").Timeout(0.3)
    stub.delay = 1.0
    with pytest.raises(ProviderError, match="timed out"):
        case.llm.generate(*PROMPT)
    with pytest.raises(ProviderError, match="timed out"):
        list(case.llm.stream(*PROMPT))
    stub.delay, stub.status = 0.0, 500
    with pytest.raises(ProviderError, match="500"):
        case.llm.generate(*PROMPT)
    with pytest.raises(ProviderError, match="500"):
        list(case.llm.stream(*PROMPT))


def test_stream_without_its_terminator_is_a_provider_error(case, stub):
    """A stream that stops before `data: [DONE]` (OpenAI-compatible) or `message_stop` (Anthropic) was cut:
    an error, not a complete answer — even though every piece before the cut arrived."""
    if not case.http:
        pytest.skip("not an HTTP provider")
    stub.terminate = False
    pieces: list[str] = []
    with pytest.raises(ProviderError, match="terminator"):
        for p in case.llm.stream(*PROMPT, max_new_tokens=32):
            pieces.append(p)
    assert "".join(pieces) == REPLY  # what came is passed on; the engine decides what to show
    # a stop sequence found by us ends the stream early: complete, not an error
    assert "".join(case.llm.stream(*PROMPT, max_new_tokens=32, stop=["END"])) == "Keep your PAN card ready [c1]. "


@pytest.mark.parametrize("terminate", [True, False])
def test_chat_stream_cut_before_done_ends_with_the_deterministic_answer(stub, tiny_index, tiny_retrievers, terminate):
    """(c) /chat with the `openai` provider: a stream closed without [DONE] is a provider error, so the SSE
    stream ends with the deterministic answer (`replace`, then `done`); with [DONE] the model's answer stands."""
    from fastapi.testclient import TestClient

    from assistant.service import FunnelService
    from surfaces.api import create_app

    s = Settings(provider="openai", openai_base_url=stub.url + "/v1", openai_model="stub-model", llm_timeout_s=2,
                 embedder="hash", index_dir=str(tiny_index), audit_log="")
    svc = FunnelService(s, retriever=tiny_retrievers["hybrid+rerank"], llm=get_llm("openai", s))
    client = TestClient(create_app(svc))
    q = "What do I need for the video call?"
    det = client.post("/chat", json={"query": q, "use_llm": False}).json()["answer"]
    stub.reply, stub.terminate = "Keep your PAN card ready [c1]. Also keep a pen [c1].", terminate
    r = client.post("/chat", json={"query": q, "stream": True, "use_llm": True})
    assert r.status_code == 200
    events = []
    for block in r.text.strip().split("\n\n"):
        lines = dict(line.split(": ", 1) for line in block.split("\n"))
        events.append((lines["event"], json.loads(lines["data"])))
    tokens = [d["text"] for e, d in events if e == "token"]
    assert events[-1][0] == "done"
    if terminate:
        assert tokens == ["Keep your PAN card ready [c1].", " Also keep a pen [c1]."]
        assert [e for e, _ in events] == ["token", "token", "done"]
        assert events[-1][1]["reply"]["answer"] == "Keep your PAN card ready. Also keep a pen."
        assert svc.llm_error is None
    else:
        # the first sentence was complete (a space followed it) and checked; the last one never was
        assert tokens == ["Keep your PAN card ready [c1]."]
        assert [e for e, _ in events] == ["token", "replace", "done"]
        assert events[-2][1]["text"] == events[-1][1]["reply"]["answer"] == det
        assert "terminator" in svc.llm_error


def test_unreachable_server_is_a_provider_error():
    llm = get_llm("openai", Settings(provider="openai", openai_base_url="http://127.0.0.1:9/v1", llm_timeout_s=1))
    with pytest.raises(ProviderError):
        llm.generate("", prompts.turn("hi"))


def test_openai_sends_bearer_key_when_set(stub, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    llm = get_llm("openai", Settings(provider="openai", openai_base_url=stub.url + "/v1"))
    llm.generate(prompts.SYSTEM, prompts.turn("plain prompt"))
    hdr = {k.lower(): v for k, v in stub.requests[-1]["headers"].items()}
    assert hdr["authorization"] == "Bearer sk-test"
    msgs = stub.requests[-1]["body"]["messages"]
    assert msgs == [{"role": "system", "content": prompts.SYSTEM}, {"role": "user", "content": "plain prompt"}]
    assert llm.info()["api_key"] is True and "sk-test" not in json.dumps(llm.info())


def test_anthropic_without_key_is_unavailable(monkeypatch):
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    with pytest.raises(ProviderUnavailable, match="ANTHROPIC_API_KEY"):
        get_llm("anthropic", Settings(provider="anthropic"))


def test_bad_base_url_is_unavailable():
    with pytest.raises(ProviderUnavailable, match="openai_base_url"):
        get_llm("openai", Settings(provider="openai", openai_base_url="127.0.0.1:8000"))


def test_render_gemma_matches_the_chat_template():
    """The local provider's prompt string is what the tokenizer's chat template (used in training) renders."""
    jinja2 = pytest.importorskip("jinja2")
    msgs = [{"role": "user", "content": "Q1"}, {"role": "assistant", "content": "A1"}, {"role": "user", "content": "Q2"}]
    for m, gen in ((msgs, True), (msgs[:2], False), (msgs[:1], True)):
        want = jinja2.Environment(extensions=["jinja2.ext.loopcontrols"]).from_string(
            prompts.CHAT_TEMPLATE.replace("{% generation %}", "").replace("{% endgeneration %}", "")).render(
            messages=[{"role": "system", "content": prompts.SYSTEM}] + m, bos_token="", add_generation_prompt=gen)
        assert prompts.render_gemma(prompts.SYSTEM, m) == want
    assert prompts.render("X") == prompts.render_gemma(prompts.SYSTEM, prompts.turn("X"))


def test_http_providers_pass_every_message_as_it_is(stub, monkeypatch):
    """Several turns reach the chat APIs as roles, never flattened into one string with markers."""
    monkeypatch.setenv("ANTHROPIC_API_KEY", "test-key")
    monkeypatch.setenv("ANTHROPIC_BASE_URL", stub.url)
    msgs = [{"role": "user", "content": "Q1"}, {"role": "assistant", "content": "A1"}, {"role": "user", "content": "Q2"}]
    get_llm("openai", Settings(provider="openai", openai_base_url=stub.url + "/v1")).generate("SYS", msgs)
    assert stub.requests[-1]["body"]["messages"] == [{"role": "system", "content": "SYS"}] + msgs
    get_llm("anthropic", Settings(provider="anthropic")).generate("SYS", msgs)
    assert stub.requests[-1]["body"]["system"] == "SYS" and stub.requests[-1]["body"]["messages"] == msgs


@pytest.mark.parametrize("name", ["openai", "anthropic"])
def test_retries_what_is_worth_retrying_and_nothing_else(stub, monkeypatch, name):
    """503/429 are asked again (Retry-After honoured) and then succeed; a 400 is not retried; after
    `llm_retries` more tries the failure is a ProviderError saying how many tries it took."""
    monkeypatch.setenv("ANTHROPIC_API_KEY", "test-key")
    monkeypatch.setenv("ANTHROPIC_BASE_URL", stub.url)
    s = Settings(provider=name, openai_base_url=stub.url + "/v1", llm_timeout_s=2, llm_retries=2)
    llm = get_llm(name, s)
    stub.fail_next = [503, 429]
    t = time.perf_counter()
    assert llm.generate(*PROMPT).text.startswith("Keep your PAN")
    assert len(stub.requests) == 3 and time.perf_counter() - t >= 0.1  # Retry-After: 0.1 from the stub
    stub.requests.clear()
    stub.fail_next = [503]
    assert "".join(llm.stream(*PROMPT)).startswith("Keep your PAN")  # a stream is retried before its first byte
    assert len(stub.requests) == 2
    stub.requests.clear()
    stub.fail_next = [400]
    with pytest.raises(ProviderError, match="400"):
        llm.generate(*PROMPT)
    assert len(stub.requests) == 1
    stub.requests.clear()
    stub.status = 503
    with pytest.raises(ProviderError, match="after 3 tries"):
        llm.generate(*PROMPT)
    assert len(stub.requests) == 3


def test_service_falls_back_when_the_endpoint_fails(stub, catalog):
    """A timeout inside the service's LLM path leaves the deterministic prediction standing."""
    from assistant.service import FunnelService

    class R:  # a retriever with nothing to cite is enough for this check
        def search(self, q, k=5, filters=None):
            return type("Res", (), {"hits": [], "confidence": 0.0})()

    s = Settings(provider="openai", openai_base_url=stub.url + "/v1", llm_timeout_s=0.3, audit_log="")
    svc = FunnelService(s, retriever=R(), catalog=catalog)
    stub.delay = 1.0
    det = svc.predict({"stage_dropped": "ekyc", "error_code_history": ["OCR_FAIL"]}, audit=False)
    p = svc.predict({"stage_dropped": "ekyc", "error_code_history": ["OCR_FAIL"]}, use_llm=True, audit=False)
    assert p.explanation == det.explanation and p.reason_code == "OCR_FAIL"
