"""Load shedding (surfaces/limits.py): bounded concurrency → 503 at once, per-client rate → 429,
the probes and the browser app never limited. In process (httpx + ASGITransport), no models."""
from __future__ import annotations

import asyncio
import time

import httpx
import pytest

from surfaces.api import create_app
from surfaces.limits import Buckets
from assistant.service import FunnelService
from assistant.settings import Settings
from assistant.state import parse_state

STATE = {"stage_dropped": "vkyc"}


def _service(tiny_index, retriever, tmp_path, **kw) -> FunnelService:
    s = Settings(provider="none", embedder="hash", index_dir=str(tiny_index), audit_log=str(tmp_path / "audit.jsonl"), **kw)
    return FunnelService(s, retriever=retriever)


def _slow(svc: FunnelService, monkeypatch, secs: float = 1.0) -> None:
    real = svc.predict
    real(parse_state(STATE))  # warm: the first call loads the catalog on the event loop, which would skew the timings

    def predict(*a, **kw):
        time.sleep(secs)  # hung work, on purpose (runs in a worker thread like the real call)
        return real(*a, **kw)

    monkeypatch.setattr(svc, "predict", predict)


def _run(coro):
    return asyncio.run(coro)


def _client(app) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://127.0.0.1")


def test_saturated_work_route_sheds_at_once_and_health_answers(tiny_index, tiny_retrievers, tmp_path, monkeypatch):
    svc = _service(tiny_index, tiny_retrievers["hybrid+rerank"], tmp_path, max_inflight=1, max_queue=0)
    _slow(svc, monkeypatch)
    app = create_app(svc)

    async def go():
        async with _client(app) as c:
            async def timed(coro):
                t = time.perf_counter()
                r = await coro
                return r, time.perf_counter() - t

            first = asyncio.ensure_future(timed(c.post("/predict_reason", json=STATE)))
            await asyncio.sleep(0.1)  # the first holds the only slot
            rest = await asyncio.gather(*[timed(c.post("/predict_reason", json=STATE)) for _ in range(5)])
            assert not first.done()  # still saturated
            health = await timed(c.get("/health"))
            ready = await c.get("/ready")
            return await first, rest, health, ready

    first, rest, health, ready = _run(go())
    assert first[0].status_code == 200
    for r, secs in rest:
        assert r.status_code == 503 and secs < 0.5
        assert int(r.headers["Retry-After"]) >= 1 and "busy" in r.json()["detail"]
        assert r.headers["X-Content-Type-Options"] == "nosniff"
    assert health[0].status_code == 200 and health[1] < 0.5
    assert ready.status_code == 200


def test_concurrent_burst_exactly_one_admitted(tiny_index, tiny_retrievers, tmp_path, monkeypatch):
    svc = _service(tiny_index, tiny_retrievers["hybrid+rerank"], tmp_path, max_inflight=1, max_queue=0)
    _slow(svc, monkeypatch, 0.6)

    async def go():
        async with _client(create_app(svc)) as c:
            return await asyncio.gather(*[c.post("/predict_reason", json=STATE) for _ in range(8)])

    codes = sorted(r.status_code for r in _run(go()))
    assert codes == [200] + [503] * 7


def test_queue_timeout_gives_503(tiny_index, tiny_retrievers, tmp_path, monkeypatch):
    svc = _service(tiny_index, tiny_retrievers["hybrid+rerank"], tmp_path, max_inflight=1, max_queue=4, queue_timeout_s=0.2)
    _slow(svc, monkeypatch, 1.0)

    async def go():
        async with _client(create_app(svc)) as c:
            first = asyncio.ensure_future(c.post("/predict_reason", json=STATE))
            await asyncio.sleep(0.1)
            t = time.perf_counter()
            waited = await c.post("/predict_reason", json=STATE)
            secs = time.perf_counter() - t
            return await first, waited, secs

    first, waited, secs = _run(go())
    assert first.status_code == 200
    assert waited.status_code == 503 and "Retry-After" in waited.headers and 0.15 < secs < 0.8


def test_rate_limit_429_after_the_burst(tiny_index, tiny_retrievers, tmp_path):
    svc = _service(tiny_index, tiny_retrievers["hybrid+rerank"], tmp_path, rate_per_min=6, rate_burst=3)

    async def go():
        async with _client(create_app(svc)) as c:
            work = [await c.post("/predict_reason", json=STATE) for _ in range(4)]
            return work, await c.get("/health"), await c.get("/info")

    work, health, info = _run(go())
    assert [r.status_code for r in work] == [200, 200, 200, 429]
    assert int(work[-1].headers["Retry-After"]) >= 1 and "too many" in work[-1].json()["detail"]
    assert health.status_code == 200 and info.status_code == 200  # never limited


def test_each_named_api_key_has_its_own_rate_budget(tiny_index, tiny_retrievers, tmp_path):
    """Two teams behind one proxy IP: each key spends its own bucket; a made-up key does not get one
    (it is refused by the door, and shares the IP's bucket meanwhile)."""
    keys = {"team-a": "a" * 16 + "-key", "team-b": "b" * 16 + "-key"}
    svc = _service(tiny_index, tiny_retrievers["hybrid+rerank"], tmp_path, rate_per_min=6, rate_burst=2, api_keys=keys)

    async def go():
        async with _client(create_app(svc)) as c:
            a = [(await c.post("/predict_reason", json=STATE, headers={"X-API-Key": keys["team-a"]})).status_code for _ in range(3)]
            b = [(await c.post("/predict_reason", json=STATE, headers={"X-API-Key": keys["team-b"]})).status_code for _ in range(2)]
            made_up = [(await c.post("/predict_reason", json=STATE, headers={"X-API-Key": f"fake-{i}" * 4})).status_code
                       for i in range(3)]
            return a, b, made_up

    a, b, made_up = _run(go())
    assert a == [200, 200, 429] and b == [200, 200]
    assert made_up == [401, 401, 429]  # one IP bucket for every unknown key: no fresh budget per header


def test_api_keys_from_the_environment_form():
    s = Settings(api_keys="team-a:" + "x" * 16 + ",team-b:" + "y" * 16)
    assert s.api_keys == {"team-a": "x" * 16, "team-b": "y" * 16}
    for bad in ("team-a", "team-a:short", "default:" + "z" * 16, "bad name:" + "z" * 16):
        with pytest.raises(ValueError):
            Settings(api_keys=bad)


def test_buckets_refill_and_are_per_client():
    now = [0.0]
    b = Buckets(60, 2, clock=lambda: now[0])  # one token a second, two at most
    assert b.take("a") == 0 and b.take("a") == 0
    assert b.take("a") == pytest.approx(1.0)
    assert b.take("b") == 0  # another client has its own bucket
    now[0] += 1.0
    assert b.take("a") == 0
    assert Buckets(0, 1).take("a") == 0  # 0: off


def test_browser_app_mount_still_works_with_limits(tiny_index, tiny_retrievers, tmp_path):
    pytest.importorskip("gradio")
    from fastapi.testclient import TestClient

    app = create_app(_service(tiny_index, tiny_retrievers["hybrid+rerank"], tmp_path, max_inflight=1, max_queue=0), with_ui=True)
    with TestClient(app) as c:
        assert c.get("/health").json()["status"] == "ok"
        r = c.get("/")
        assert r.status_code == 200 and "<html" in r.text.lower()
        assert c.get("/gradio_api/info").status_code == 200
        assert c.post("/predict_reason", json=STATE).status_code == 200


def test_by_default_one_request_runs_per_core_and_four_with_a_remote_llm():
    from types import SimpleNamespace

    from surfaces.limits import default_inflight

    assert default_inflight(SimpleNamespace(max_inflight=None, concurrency=2, provider="none")) == 2
    assert default_inflight(SimpleNamespace(max_inflight=None, concurrency=2, provider="local")) == 2
    assert default_inflight(SimpleNamespace(max_inflight=None, concurrency=2, provider="openai")) == 8
    assert default_inflight(SimpleNamespace(max_inflight=5, concurrency=2, provider="openai")) == 5
