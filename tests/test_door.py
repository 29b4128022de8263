"""One door: every route that does work (API and browser app) asks for the same credentials when any
are configured; the app scores only files that were uploaded to it; failed sign-ins are limited."""
from __future__ import annotations

import base64
import json
import os

import pytest

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
pytest.importorskip("gradio")

from fastapi.testclient import TestClient  # noqa: E402

from surfaces.door import Door, Throttle  # noqa: E402

CHAT = {"query": "What are the video KYC timings?"}


def _app(service, **update):
    from surfaces.api import create_app
    from assistant.service import FunnelService

    svc = FunnelService(service.settings.model_copy(update=update), retriever=service.retriever)
    return create_app(svc, with_ui=True)


@pytest.fixture(scope="module")
def service(tiny_index, tmp_path_factory):
    from assistant.service import FunnelService
    from assistant.settings import Settings

    d = tmp_path_factory.mktemp("door")
    return FunnelService(Settings(index_dir=str(tiny_index), embedder="hash", provider="none", audit_log="",
                                  feedback_log=str(d / "feedback.jsonl")))


def _basic(user: str, password: str) -> dict:
    return {"authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()}


def _call(c, api_name: str, data: list) -> tuple[int, str]:
    """Gradio's two-step HTTP API: POST the inputs, then read the event stream of the result."""
    r = c.post(f"/gradio_api/call/{api_name}", json={"data": data})
    if r.status_code != 200:
        return r.status_code, r.text
    with c.stream("GET", f"/gradio_api/call/{api_name}/{r.json()['event_id']}") as s:
        return s.status_code, "".join(s.iter_text())


def test_door_rules():
    assert Door().open and Door().allows({})
    d = Door.from_settings("k3y", None)
    assert not d.open and d.allows({"x-api-key": "k3y"}) and not d.allows({"x-api-key": "k3"})
    assert d.login("anyone", "k3y") and not d.login("anyone", "nope")  # the key is the app's password
    u = Door.from_settings(None, "ops:s3cret")
    assert u.allows(_basic("ops", "s3cret")) and not u.allows(_basic("ops", "x")) and not u.allows({"x-api-key": "s3cret"})
    assert not u.allows({"authorization": "Basic !!notbase64"})


def test_named_keys_open_the_door_and_say_whose_they_are():
    d = Door.from_settings("k" * 16, None, {"team-a": "a" * 16, "team-b": "b" * 16})
    assert d.key_name("a" * 16) == "team-a" and d.key_name("k" * 16) == "default" and d.key_name("c" * 16) is None
    assert d.allows({"x-api-key": "b" * 16}) and not d.allows({"x-api-key": "b" * 15})
    assert d.login("anyone", "a" * 16) and not Door.from_settings(None, None, {"t": "t" * 16}).open


def test_throttle_locks_out_after_the_limit():
    t = Throttle(max_failures=3, window_s=60)
    for _ in range(3):
        assert t.retry_after("1.2.3.4") == 0
        t.fail("1.2.3.4")
    assert t.retry_after("1.2.3.4") > 0 and t.retry_after("5.6.7.8") == 0
    t.succeed("1.2.3.4")
    assert t.retry_after("1.2.3.4") == 0


@pytest.mark.parametrize("update", [{"api_key": "k3y"}, {"ui_auth": "ops:s3cret"}, {"api_key": "k3y", "ui_auth": "ops:s3cret"}])
def test_no_route_that_does_work_is_open_when_a_credential_is_set(service, update):
    with TestClient(_app(service, **update)) as c:
        assert c.get("/health").status_code == 200
        assert c.post("/chat", json=CHAT).status_code == 401
        assert c.post("/predict_reason", json={"stage_dropped": "VKYC"}).status_code == 401
        assert c.get("/info").status_code == 401
        for name in ("_chat", "_score", "_like"):
            assert c.post(f"/gradio_api/call/{name}", json={"data": []}).status_code == 401, name
        assert c.post("/gradio_api/queue/join", json={"data": [], "fn_index": 0, "session_hash": "x"}).status_code == 401
        assert c.post("/gradio_api/upload", files={"files": ("a.jsonl", b"{}")}).status_code == 401
        ok = {"x-api-key": "k3y"} if "api_key" in update else _basic("ops", "s3cret")
        assert c.post("/chat", json=CHAT, headers=ok).status_code == 200


def test_the_api_key_signs_in_to_the_app_when_it_has_no_login_of_its_own(service):
    with TestClient(_app(service, api_key="k3y")) as c:
        assert c.post("/login", data={"username": "agent", "password": "wrong"}).status_code >= 400
        assert c.post("/login", data={"username": "agent", "password": "k3y"}).status_code == 200
        assert c.get("/gradio_api/info").status_code == 200  # the session cookie now opens the app


def test_failed_sign_ins_are_limited_per_client(service):
    with TestClient(_app(service, api_key="k3y", ui_auth="ops:s3cret")) as c:
        codes = [c.post("/login", data={"username": "ops", "password": f"guess{i}"}).status_code for i in range(12)]
        assert codes[-1] == 429 and 429 not in codes[:10]
        r = c.post("/login", data={"username": "ops", "password": "s3cret"})  # even the right one waits
        assert r.status_code == 429 and int(r.headers["retry-after"]) > 0
        assert c.post("/chat", json=CHAT, headers={"x-api-key": "k3y"}).status_code == 429


def test_the_app_never_reads_a_path_it_did_not_receive(service, tmp_path, monkeypatch):
    """The reported hole: naming a server path in the batch endpoint scored the file and served its lines."""
    monkeypatch.setenv("GRADIO_TEMP_DIR", str(tmp_path / "uploads"))
    secret = tmp_path / "secret.jsonl"
    secret.write_text(json.dumps({"stage_dropped": "VKYC", "user_id": "SECRET123"}) + "\n", encoding="utf-8")
    with TestClient(_app(service)) as c:
        code, body = _call(c, "_score", [{"path": str(secret), "meta": {"_type": "gradio.FileData"}}])
        assert "SECRET123" not in body and "secret.scored" not in body
        assert "event: error" in body or code >= 400
        # the same file, uploaded, is scored
        up = c.post("/gradio_api/upload", files={"files": ("states.jsonl", secret.read_bytes())})
        assert up.status_code == 200
        code, body = _call(c, "_score", [{"path": up.json()[0], "meta": {"_type": "gradio.FileData"}}])
        assert code == 200 and "event: complete" in body and "**1** scored" in body
