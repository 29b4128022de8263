"""Property tests of the HTTP API against its own OpenAPI schema (schemathesis over the ASGI app).

Schemathesis reads /openapi.json — the request bodies of /predict_reason, /nudge_user and /chat are
declared there (surfaces/api.py) — and sends up to 30 generated requests per operation, valid and
invalid ones, to the app over the tiny hash index (provider `none`: deterministic, no model). No
request may get a 5xx, and a streamed /chat may not end in an `error` event with status 500 either.
"""
from __future__ import annotations

import pytest

schemathesis = pytest.importorskip("schemathesis")

from hypothesis import HealthCheck, settings  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402

OPERATIONS = r"^/(predict_reason|nudge_user|chat)$"


@pytest.fixture(scope="module")
def fuzz_app(tiny_index, tiny_retrievers, tmp_path_factory):
    from assistant.service import FunnelService
    from assistant.settings import Settings
    from surfaces.api import create_app

    d = tmp_path_factory.mktemp("fuzz")
    s = Settings(provider="none", embedder="hash", index_dir=str(tiny_index), audit_log=str(d / "audit.jsonl"),
                 feedback_log=str(d / "feedback.jsonl"))
    return create_app(FunnelService(s, retriever=tiny_retrievers["hybrid+rerank"]))


def _schema():
    """The schema, read from an app's /openapi.json at collection time. That app has no index (the
    schema does not need one); the requests go to `fuzz_app`, over the tiny index. (Schemathesis'
    `pytest.from_fixture` would build it from the fixture, but 4.32 fails under pytest 9.2: it sets
    `request.node._nodeid`, which pytest 9.2 no longer has.)"""
    from assistant.service import FunnelService
    from assistant.settings import Settings
    from surfaces.api import create_app

    app = create_app(FunnelService(Settings(provider="none", embedder="hash", index_dir="/nonexistent", audit_log="")))
    return schemathesis.openapi.from_asgi("/openapi.json", app).include(path_regex=OPERATIONS)


schema = _schema()


def no_error_event(ctx, response, case) -> None:
    """A 200 stream that failed half way says so in an `error` event: that is a server error too."""
    if "text/event-stream" in response.headers.get("content-type", [""])[0]:
        assert '"status": 500' not in response.text, response.text[-500:]


@schema.parametrize()
@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_errors(case, fuzz_app):
    response = case.call(app=fuzz_app)
    case.validate_response(response, checks=[not_a_server_error], additional_checks=[no_error_event])


def test_the_schema_declares_every_request_body(fuzz_app):
    """Without its body in the schema an operation is only ever fuzzed with an empty request."""
    paths = fuzz_app.openapi()["paths"]
    for path in ("/predict_reason", "/nudge_user", "/chat"):
        body = paths[path]["post"].get("requestBody")
        assert body and body["content"]["application/json"]["schema"], path
