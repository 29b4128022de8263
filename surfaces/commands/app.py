"""`funnel serve` (HTTP API + Gradio UI on one server) and `funnel info`."""
from __future__ import annotations

import sys
import threading
import time

from assistant.llm.base import ProviderError, ProviderUnavailable
from assistant.service import FunnelService, NotReady
from surfaces.cli import emit, settings_from


def register(sub, common) -> None:
    s = sub.add_parser("serve", parents=[common], help="start the HTTP API and the browser app",
                       description="Serve the API (/docs) and the Gradio app (/) on one server.")
    s.add_argument("--host", help="bind address (default 127.0.0.1)")
    s.add_argument("--port", type=int, help="port (default 7860)")
    s.add_argument("--no-ui", action="store_true", help="API only")
    s.set_defaults(func=cmd_serve)

    i = sub.add_parser("info", parents=[common], help="what is indexed and which model/adapter is active")
    i.set_defaults(func=cmd_info)


def cmd_serve(args) -> int:
    import uvicorn  # heavy: deferred — the server stack (uvicorn, FastAPI, Gradio) loads only for `serve`

    from surfaces.api import create_app  # heavy: deferred (FastAPI)

    s = settings_from(args)
    host, port = args.host or s.host, args.port or s.port
    svc = FunnelService(s)
    if (s.api_key or s.api_keys) and not s.ui_auth and not args.no_ui:
        print("note: the browser app asks for a sign-in; with only API keys set, a key is the password "
              "(any user name). FUNNEL_UI_AUTH=user:password sets a login of its own.", file=sys.stderr, flush=True)
    app = create_app(svc, with_ui=not args.no_ui)
    # Load the index and the model in the background: the page is served at once, and /ready
    # turns 200 when both are loaded (the first GGUF conversion takes a minute or two on CPU).
    threading.Thread(target=_warm, args=(svc,), daemon=True).start()
    print(f"Funnel Drop Assistant on http://{host}:{port}/  (API docs: http://{host}:{port}/docs)", file=sys.stderr, flush=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
    return 0


def _warm(svc) -> None:
    t = time.perf_counter()
    try:
        svc.retriever.search("video KYC timings", k=1)
    except NotReady as e:
        print(f"not ready: {e}", file=sys.stderr, flush=True)
        return
    llm = svc.llm
    if llm is not None and hasattr(llm, "load") and svc.llm_by_default():
        try:
            llm.load()  # only when answers will use it: the first load converts the base model (minutes on CPU)
        except (ProviderUnavailable, ProviderError) as e:
            svc.llm_failed(e)  # /ready and /info report it; answers stay deterministic
            print(f"LLM unavailable, answers stay deterministic: {e}", file=sys.stderr, flush=True)
            return
    state = "no LLM (deterministic answers)" if llm is None else f"{llm.info()}"
    print(f"ready in {time.perf_counter() - t:.1f} s: {state}", file=sys.stderr, flush=True)


def cmd_info(args) -> int:
    svc = FunnelService(settings_from(args))
    svc.llm  # noqa: B018 — load it so the adapter version is reported
    emit(args, svc.info())
    return 0
