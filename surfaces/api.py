"""HTTP API (FastAPI): /predict_reason, /nudge_user, /chat (JSON or server-sent events),
/health, /ready, /info; OpenAPI docs at /docs. The Gradio UI mounts on the same app (ui.py).
The work routes shed load (`surfaces/limits.py`): 503 when busy, 429 over a client's rate, both with
Retry-After and at once; the probes and the browser app are never limited.

Errors are JSON with the field at fault: 422 for an invalid body, 413 for an oversized one,
401 without a credential when any is configured (`surfaces/door.py`: the same door for the API and
the browser app), 429 after repeated failed sign-ins, 503 while the index/model is not ready.
"""
from __future__ import annotations

import asyncio
import json
import re
import time
from typing import Any, Callable

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response, StreamingResponse
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from surfaces.door import Door, Throttle
from surfaces.limits import add_load_limits
from assistant.guard import mask_pii
from assistant.schemas import ChatReply, ChatRequest, DropPrediction, NudgeRequest, NudgeResponse, UserState
from assistant.service import FunnelService, NotReady
from assistant.state import ResolvedState, StateError, parse_state

VERSION = "0.1.0"


def create_app(service: FunnelService, with_ui: bool = False) -> FastAPI:
    s = service.settings
    app = FastAPI(title="Funnel Drop Assistant", version=VERSION,
                  description="Grounded answers, drop-off reasons and bilingual nudge drafts for the Edge+ card onboarding funnel.")
    app.state.service = service
    door, throttle = Door.from_settings(s.api_key, s.ui_auth, s.api_keys), Throttle()
    app.state.door = door
    _add_limits(app, s.max_body_bytes, throttle)
    add_load_limits(app, s, door)  # added last, the outermost: a shed request costs no other middleware
    _add_error_handlers(app)
    auth = _auth(door, throttle)
    _add_status_routes(app, service, auth)
    _add_work_routes(app, service, auth, s.max_body_bytes)
    _add_body_schemas(app, (UserState, NudgeRequest, ChatRequest))
    if with_ui:
        from surfaces.ui import mount  # heavy: deferred — Gradio loads only when the browser app is served

        app = mount(app, service, door)
    return app


def _add_limits(app: FastAPI, max_body: int, throttle: Throttle) -> None:
    """The body-size limit and the sign-in throttle, before any route runs; `nosniff` on every response."""
    @app.middleware("http")
    async def limit_body(request: Request, call_next):
        length = request.headers.get("content-length")
        # browser-app uploads (batch files) have their own limit, set in surfaces/ui.py
        if length and length.isdigit() and int(length) > max_body and not request.url.path.startswith("/gradio_api/upload"):
            return JSONResponse(status_code=413, content={"detail": [{"loc": ["body"], "msg": f"body is {int(length)} bytes; the limit is {max_body}"}]})
        return await call_next(request)

    @app.middleware("http")
    async def limit_logins(request: Request, call_next):
        # the browser app's login form (Gradio's /login) counts failures per client like the API key does
        if request.method != "POST" or not request.url.path.rstrip("/").endswith("/login"):
            return await call_next(request)
        client = _client(request)
        if wait := throttle.retry_after(client):
            return _too_many(wait)
        response = await call_next(request)
        throttle.fail(client) if response.status_code >= 400 else throttle.succeed(client)
        return response

    @app.middleware("http")  # added last: the outermost, so the 413 and 429 above carry it too
    async def no_sniff(request: Request, call_next):
        # a JSON body that echoes a state's "<script>" is data: a browser must never sniff it as HTML
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        return response


def _body(*models: type) -> dict[str, Any]:
    """An OpenAPI request body for a route that parses its own JSON (so /docs and fuzzers know its shape)."""
    refs = [{"$ref": f"#/components/schemas/{m.__name__}"} for m in models]
    return {"requestBody": {"content": {"application/json": {"schema": refs[0] if len(refs) == 1 else {"anyOf": refs}}},
                            "required": True}}


def _add_body_schemas(app: FastAPI, models) -> None:
    """Adds the request models that `_body` refers to to the OpenAPI components."""
    base = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = base()
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        for m in models:
            js = m.model_json_schema(ref_template="#/components/schemas/{model}")
            for name, d in js.pop("$defs", {}).items():
                components.setdefault(name, d)
            components.setdefault(m.__name__, js)
        return schema

    app.openapi = openapi


def _auth(door: Door, throttle: Throttle) -> Callable[[Request], None]:
    """The dependency on every route that does work: a credential, unless the door is open."""
    def auth(request: Request) -> None:
        client = _client(request)
        if wait := throttle.retry_after(client):
            raise HTTPException(status_code=429, detail=f"too many failed sign-ins; retry in {wait} s",
                                headers={"Retry-After": str(wait)})
        if not door.allows(request.headers):
            throttle.fail(client)
            raise HTTPException(status_code=401, detail="missing or wrong credentials: send the X-API-Key header "
                                "(or HTTP Basic with the browser app's user:password)")

    return auth


def _add_error_handlers(app: FastAPI) -> None:
    """Errors as JSON with the field at fault (422), 503 while not ready."""
    @app.exception_handler(StateError)
    async def state_error(request: Request, e: StateError):
        loc = ["body"] if e.field == "body" else ["body", *e.field.split(".")]  # not ["body", "body"]
        return JSONResponse(status_code=422, content={"detail": [{"loc": loc, "msg": e.message}]})

    @app.exception_handler(NotReady)
    async def not_ready(request: Request, e: NotReady):
        return JSONResponse(status_code=503, content={"detail": str(e)})

    @app.exception_handler(ValidationError)
    async def validation_error(request: Request, e: ValidationError):
        return JSONResponse(status_code=422, content={"detail": _masked(e.errors(), ["body"])})

    @app.exception_handler(RequestValidationError)  # query parameters: FastAPI's own would echo the input
    async def request_validation_error(request: Request, e: RequestValidationError):
        return JSONResponse(status_code=422, content={"detail": _masked(e.errors(), [])})


def _add_status_routes(app: FastAPI, service: FunnelService, auth) -> None:
    """/health and /ready stay open (probes); /info needs a credential."""
    @app.get("/health")
    async def health() -> dict[str, Any]:
        # async: answered on the event loop, so it stays fast even when every worker thread is busy
        return {"status": "ok", "version": VERSION, "uptime_s": round(time.time() - service.started, 1)}

    @app.get("/ready")
    def ready():
        ok, detail = service.ready()
        return JSONResponse(status_code=200 if ok else 503, content={"ready": ok, **detail})

    @app.get("/info", dependencies=[Depends(auth)])
    def info() -> dict[str, Any]:
        return service.info()

    @app.get("/source/{chunk_id}.png", dependencies=[Depends(auth)], response_class=Response,
             responses={200: {"content": {"image/png": {}}}, 404: {"description": "no such PDF passage in the index"}})
    def source_page(chunk_id: str) -> Response:
        """The cited PDF page (a citation's `chunk_id`) as a PNG with the passage highlighted."""
        if not re.fullmatch(r"[0-9a-f]{8,40}", chunk_id):
            raise HTTPException(status_code=404, detail=[{"loc": ["path", "chunk_id"], "msg": "not a chunk id"}])
        png = service.source_page(chunk_id)
        if png is None:
            raise HTTPException(status_code=404, detail=[{"loc": ["path", "chunk_id"], "msg": "no PDF passage with this id in the "
                                                          "loaded index (a build made before sources were kept: ingest with --force)"}])
        return Response(content=png, media_type="image/png", headers={"Cache-Control": "private, max-age=3600"})


def _add_work_routes(app: FastAPI, service: FunnelService, auth, max_body: int) -> None:
    """/predict_reason, /nudge_user and /chat: each parses its body, then calls the service off the event loop."""
    @app.post("/predict_reason", response_model=DropPrediction, dependencies=[Depends(auth)],
              openapi_extra={"requestBody": {"content": {"application/json": {"schema": UserState.model_json_schema()}}, "required": True}})
    async def predict_reason(request: Request, use_llm: bool = False) -> DropPrediction:
        """Body: a user state (only `stage_dropped` is required). `?use_llm=true` lets the LLM rephrase."""
        state = parse_state(await _body_json(request, max_body))
        # The service blocks (retrieval, maybe the LLM): off the event loop, so /health and the
        # browser app keep answering while one request generates.
        return await run_in_threadpool(service.predict, state, use_llm=use_llm)

    @app.post("/nudge_user", response_model=NudgeResponse, dependencies=[Depends(auth)], openapi_extra=_body(NudgeRequest, UserState))
    async def nudge_user(request: Request) -> NudgeResponse:
        """Body: `{"state": {...}}` or `{"stage": "vkyc", "reason": "VKYC_AGENT_UNAVAILABLE"}`; a bare user state also works.
        Always both languages unless `languages` says otherwise. The nudges are drafts to review, never sent."""
        data = await _body_json(request, max_body)
        bare = isinstance(data, dict) and "stage_dropped" in data
        if bare:
            data = {"state": data}
        if not isinstance(data, dict):
            raise StateError("body", "expected a JSON object")
        req = NudgeRequest.model_validate(data)
        rs = None
        if req.state is not None:
            rs = service.resolve(req.state) if bare else _resolve_nested(service, req.state)
        return await run_in_threadpool(service.nudge, req, rs)

    @app.post("/chat", response_model=ChatReply, dependencies=[Depends(auth)], openapi_extra=_body(ChatRequest))
    async def chat(request: Request):
        """Body: `{"query": "...", "state": {...}?, "history": [...]?, "stream": false}`.
        With `stream: true` (or `Accept: text/event-stream`) the answer arrives as server-sent events."""
        req = ChatRequest.model_validate(await _body_json(request, max_body))
        # resolved once, here: an unknown stage is a 422 now, not a failure mid-stream or never
        rs = _resolve_nested(service, req.state) if req.state is not None else None
        if req.stream or "text/event-stream" in request.headers.get("accept", ""):
            # no index (503) or a question over its token budget (422): said now, not as a cut stream
            events = await run_in_threadpool(service.chat_stream, req, rs)
            # A sync generator: Starlette iterates it in a worker thread.
            return StreamingResponse(_sse(events), media_type="text/event-stream")
        return await run_in_threadpool(service.chat, req, rs)


BODY_TIMEOUT_S = 10.0  # a client that has not sent its whole body by then is gone or stalling: free the slot


async def _body_json(request: Request, max_body: int) -> Any:
    try:
        raw = await asyncio.wait_for(request.body(), BODY_TIMEOUT_S)
    except asyncio.TimeoutError:
        raise HTTPException(status_code=408, detail=[{"loc": ["body"], "msg": f"the request body did not arrive within {BODY_TIMEOUT_S:.0f} s"}])
    if len(raw) > max_body:  # chunked uploads carry no content-length
        raise HTTPException(status_code=413, detail=[{"loc": ["body"], "msg": f"body is over {max_body} bytes"}])
    try:
        return json.loads(raw or b"null")
    except json.JSONDecodeError as e:
        raise HTTPException(status_code=422, detail=[{"loc": ["body"], "msg": f"not valid JSON: {e.msg} at line {e.lineno} column {e.colno}"}])
    except UnicodeDecodeError as e:
        raise HTTPException(status_code=422, detail=[{"loc": ["body"], "msg": f"not UTF-8 text (byte {e.start})"}])
    except RecursionError:
        raise HTTPException(status_code=422, detail=[{"loc": ["body"], "msg": "JSON nested too deeply"}])


def _masked(errors: list[dict], loc: list[str]) -> list[dict[str, Any]]:
    """Validation errors as {loc, msg}, PII-masked: an unknown key is echoed in `loc`; never the input."""
    return [{"loc": [*loc, *(mask_pii(str(p)) for p in x["loc"])], "msg": mask_pii(x["msg"])} for x in errors]


def _client(request: Request) -> str:
    return request.client.host if request.client else "?"


def _too_many(wait: int) -> JSONResponse:
    return JSONResponse(status_code=429, headers={"Retry-After": str(wait)},
                        content={"detail": f"too many failed sign-ins; retry in {wait} s"})


def _sse(stream):
    """Server-sent events; a failure after the 200 has gone out becomes an `error` event, so the
    client learns why the answer stopped instead of seeing a cut connection."""
    def event(ev: dict) -> str:
        return f"event: {ev['type']}\ndata: {json.dumps(ev, ensure_ascii=False)}\n\n"
    try:
        for ev in stream:
            yield event(ev)
    except NotReady as e:
        yield event({"type": "error", "status": 503, "detail": str(e)})
    except Exception as e:  # noqa: BLE001 — the stream is already open; report, don't cut
        yield event({"type": "error", "status": 500, "detail": mask_pii(f"{type(e).__name__}: {e}")})


def _resolve_nested(service: FunnelService, state: UserState) -> ResolvedState:
    """Resolve a state that sits in the body's `state` field: its errors point at `state.<field>`."""
    try:
        return service.resolve(state)
    except StateError as e:
        raise StateError(f"state.{e.field}", e.message) from None
