"""The browser app (Gradio), mounted on the API server at `/`: layout and wiring only.

Four tabs — Agent (streaming chat with a user-state panel, the drop-reason card and the cited
passages), Nudge studio (four styles, English and Hindi side by side, CSV/JSON export), Batch
(upload JSONL/CSV, progress, chart, downloads) and Status (index, model, adapter).

One function lays out each tab and one wires its events. The callbacks are plain functions in
`surfaces/ui_callbacks.py` (re-exported here), each taking the service first, so tests call them
without a browser; the HTML/Markdown snippets are in `surfaces/ui_format.py`.
"""
from __future__ import annotations

import os
import time
from pathlib import Path
from types import SimpleNamespace

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import gradio as gr  # noqa: E402

from assistant.state import StateError  # noqa: E402,F401 — re-exported: callers name ui.StateError
from surfaces.ui_callbacks import (MAX_QUERY, RETENTION_S, SAMPLES, STATE_FIELDS, STATE_LABEL,  # noqa: E402,F401
                                   _empty_reasons, chat_turn, cleared_chat, describe_error, export_nudges, history_turns,
                                   load_samples, make_nudges, on_stage, pending_notice, prediction_card, read_state,
                                   reason_choices, record_feedback, score_upload, stage_choices, status_markdown)
from surfaces.history import ConversationStore  # noqa: E402
from surfaces.ui_format import CARD_PLACEHOLDER, CITES_PLACEHOLDER, note_html  # noqa: E402,F401

MAX_UPLOAD = "20mb"

CSS = """
.fda-error {color:#b42318; background:#fef3f2; border:1px solid #fecdca; border-radius:6px; padding:6px 10px;}
.fda-cite {border-left:3px solid #6172f3; padding:4px 10px; margin:8px 0;}
.fda-cite mark {background:#fef0c7; padding:0 2px;}
.fda-cite .src {font-size:0.85em; color:#475467;}
.fda-nudges-wrap {max-width:100%; overflow-x:auto;}
.fda-nudges tr > th:first-child {min-width:8.5em; white-space:nowrap;}  /* style labels never break mid-word */
.fda-nudges {width:100%; border-collapse:collapse;}
.fda-nudges td, .fda-nudges th {border:1px solid #d0d5dd; padding:6px 8px; vertical-align:top; text-align:left;
                                overflow-wrap:anywhere;}
@media (max-width:600px) {.fda-nudges td {min-width:13em;}}  /* readable columns; the wrapper scrolls instead */
.fda-note {font-size:0.9em; color:#475467; margin:2px 0;}
.fda-ok {color:#067647; font-weight:600;} .fda-warn {color:#b54708; font-weight:600;}
.fda-meta {font-size:0.85em; color:#475467;}
.fda-mono textarea {font-family:ui-monospace,Menlo,Consolas,monospace; font-size:0.85em;}
/* a phone fits all four tabs: Gradio moves tabs that do not fit behind a "⋯" menu, where nobody finds Batch */
@media (max-width:480px) {.tab-container > button {padding:4px 7px !important; font-size:0.88em !important; min-width:0 !important;}}
/* the side viewer for cited pages (page_viewer.js): beside the chat on a desktop, the whole screen on a phone
   (a width, not a media query: Gradio's CSS scoping leaves an @media rule off an element outside its container) */
#fda-viewer {position:fixed; top:0; right:0; width:max(min(48vw, 760px), min(100vw, 600px)); height:100vh; z-index:1000; display:flex;
             flex-direction:column; background:#fff; box-shadow:-6px 0 18px rgba(16,24,40,.22);}
#fda-viewer[hidden] {display:none;}
#fda-viewer .fda-viewer-bar {display:flex; gap:12px; align-items:center; padding:8px 12px; border-bottom:1px solid #d0d5dd;}
#fda-viewer .fda-viewer-title {flex:1; font-weight:600; color:#101828;}
#fda-viewer .fda-viewer-tab {font-size:0.85em;}
#fda-viewer .fda-viewer-close {font-size:1.5em; line-height:1; padding:0 6px; background:none; border:none; cursor:pointer;}
#fda-viewer .fda-viewer-body {flex:1; overflow:auto; background:#f2f4f7;}
#fda-viewer .fda-viewer-body img {display:block; width:100%; height:auto;}
"""
VIEWER_JS = Path(__file__).with_name("page_viewer.js")


def build_ui(service) -> gr.Blocks:
    samples = load_samples(service)
    # Gradio's own copies of uploads and outputs: swept hourly, removed after a day (RETENTION_S)
    with gr.Blocks(title="Funnel Drop Assistant", delete_cache=(3600, RETENTION_S)) as demo:
        gr.Markdown("## Funnel Drop Assistant — Edge+ card onboarding\n"
                    "Answers in English, Hindi and Hinglish with citations, drop-off diagnosis and bilingual nudge drafts.")
        with gr.Tabs():
            agent = _agent_tab(service, samples)
            nudges = _nudge_tab(service)
            batch = _batch_tab()
            status = _status_tab()
        # events after the layout, in this order (the page's endpoint names are numbered by it)
        agent.tab_load = demo  # the page's load event: the browser's conversations are listed then
        _wire_agent(service, agent, samples)
        _wire_nudges(service, nudges)
        _wire_batch(service, batch)
        demo.load(lambda: status_markdown(service), None, [status.md, status.json])
        status.refresh.click(lambda: status_markdown(service, load=False), None, [status.md, status.json])
    return demo


# ---------------------------------------------------------------------------- agent
def _agent_tab(service, samples: dict[str, str]) -> SimpleNamespace:
    c = SimpleNamespace()
    with gr.Tab("Agent", id="agent"):
        with gr.Row():
            with gr.Column(scale=3):
                with gr.Row():
                    c.conversations = gr.Dropdown(choices=[], value=None, label="Your conversations (kept on this server)",
                                                  elem_id="conversations", scale=4, allow_custom_value=False)
                    c.new_chat = gr.Button("New chat", elem_id="new-chat", scale=1, min_width=90)
                c.browser_id = gr.BrowserState("", storage_key="funnel-drop-assistant-browser")
                c.conv_id = gr.State("")
                c.chatbot = gr.Chatbot(label="Assistant", height=440, buttons=["copy", "copy_all"],
                                       feedback_options=["Like", "Dislike"], elem_id="chatbot",
                                       placeholder="Ask about eKYC, liveliness, video KYC or activation — English, हिन्दी or Hinglish.")
                with gr.Row():
                    # one character over the limit: a longer paste arrives cut, and chat_turn says so
                    c.question = gr.Textbox(show_label=False, placeholder="e.g. Video KYC ka time kya hai?", scale=5,
                                            elem_id="question", max_length=MAX_QUERY + 1)
                    c.ask = gr.Button("Ask", variant="primary", scale=1, elem_id="ask")
                    c.stop = gr.Button("Stop", variant="stop", scale=1, elem_id="stop", min_width=60)
                c.question_note = gr.HTML("", elem_id="question-note")
                c.use_llm = gr.Checkbox(value=service.llm_by_default(), elem_id="use-llm",
                                        label="Let the language model phrase chat answers (slower; "
                                              "Diagnose drop-off stays deterministic)",
                                        interactive=service.settings.provider != "none")
                # an example is asked at once (a click that only fills the box looks like nothing happened)
                c.examples = gr.Dataset(components=[c.question], label="Examples — click to ask", elem_id="examples",
                                        samples=[[q] for q in ("What are the video KYC timings?", "Aadhaar OTP nahi aa raha, kya karun?",
                                                               "वीडियो केवाईसी के लिए क्या चाहिए?", "Is there a joining fee?")])
            with gr.Column(scale=2):
                gr.Markdown("**Cited passages**")
                c.cites = gr.HTML(CITES_PLACEHOLDER, elem_id="citations")
        with gr.Accordion("User state (optional: the answer and the diagnosis use it)", open=True):
            with gr.Row():
                with gr.Column(scale=3):
                    c.sample = gr.Dropdown(choices=list(samples), value=None, label="Bundled sample", elem_id="sample")
                    c.state_box = gr.Textbox(value="", label="User state JSON", lines=8, max_lines=16, elem_id="state",
                                             elem_classes=["fda-mono"], placeholder='{"stage_dropped": "VKYC", "error_code_history": ["VKYC_AGENT_UNAVAILABLE"], "language": "hi"}')
                    c.state_err = gr.HTML("", elem_id="state-error")
                    c.diagnose = gr.Button("Diagnose drop-off", elem_id="diagnose")
                with gr.Column(scale=3):
                    gr.Markdown("**Drop reason**")
                    # no CSS border of its own: with the block's frame that drew two nested, empty boxes
                    c.card = gr.Markdown(CARD_PLACEHOLDER, elem_id="card", container=True, padding=True)
    return c


def _wire_agent(service, c: SimpleNamespace, samples: dict[str, str]) -> None:
    provider = service.settings.provider
    answering: set[str | None] = set()  # sessions with an answer streaming now

    def _chat(message, history, state_text, llm_on, request: gr.Request):
        key = getattr(request, "session_hash", None)
        answering.add(key)
        try:
            yield from chat_turn(service, message, history, state_text, use_llm=llm_on if provider != "none" else False)
        finally:
            answering.discard(key)

    def _queued(message, request: gr.Request):
        if (message or "").strip() and getattr(request, "session_hash", None) in answering:
            return note_html("⏳ Still answering — your question stays in the box and is sent when this answer finishes.")
        return gr.skip()

    # Ask and Enter are one event, so a question sent while an answer streams is queued ("always_last":
    # sent, with the box's text and the finished chat, when the answer completes) instead of dropped,
    # or run beside it on a stale history. The note is registered first: it runs before the chat event.
    chat_triggers = [c.ask.click, c.question.submit]
    gr.on(chat_triggers, _queued, [c.question], [c.question_note], queue=False, trigger_mode="multiple", show_progress="hidden")
    chat_io = ([c.question, c.chatbot, c.state_box, c.use_llm], [c.chatbot, c.cites, c.question_note, c.state_err, c.question])
    asked = gr.on(chat_triggers, _chat, *chat_io, concurrency_id="chat", trigger_mode="always_last")
    example = c.examples.click(lambda sample: sample[0], c.examples, c.question, queue=False).then(_chat, *chat_io, concurrency_id="chat")
    # Stop ends the answer being written (what was already shown passed the checks and stays)
    c.stop.click(None, None, None, cancels=[asked, example], queue=False)
    _wire_history(service, c, [asked, example])
    c.chatbot.clear(cleared_chat, None, [c.cites, c.question_note], queue=False)

    def _like(history, data: gr.LikeData):
        record_feedback(service, history, data)

    c.chatbot.like(_like, inputs=[c.chatbot], outputs=None, queue=False)
    c.sample.change(lambda label: samples.get(label, gr.skip()) if label else gr.skip(), c.sample, c.state_box, queue=False)
    c.diagnose.click(lambda text: prediction_card(service, text, use_llm=False), [c.state_box], [c.card, c.state_err])


def _wire_history(service, c: SimpleNamespace, chats) -> None:
    """Conversations kept per browser (or per login): saved after each answer, listed, reopened."""
    path = service.settings.path(service.settings.history_db) if service.settings.history_db else None
    store = ConversationStore(path) if path else None

    def owner(browser_id: str, request: gr.Request | None) -> str:
        user = getattr(request, "username", None)
        return f"user:{user}" if user else f"browser:{browser_id}" if browser_id else ""

    def choices(who: str):
        return [(f"{title} · {time.strftime('%d %b %H:%M', time.localtime(ts))}", cid) for cid, title, ts in store.list(who)] if store and who else []

    def start(browser_id, request: gr.Request):
        browser_id = browser_id or ConversationStore.new_id()
        return browser_id, gr.update(choices=choices(owner(browser_id, request)), value=None)

    def save(browser_id, conv_id, history, request: gr.Request):
        who = owner(browser_id, request)
        if not store or not who or not history:
            return conv_id, gr.skip()
        conv_id = conv_id or ConversationStore.new_id()
        store.save(who, conv_id, history)
        return conv_id, gr.update(choices=choices(who), value=conv_id)

    def reopen(conv_id, browser_id, request: gr.Request):
        if not store or not conv_id:
            return gr.skip(), gr.skip(), gr.skip()
        return store.load(owner(browser_id, request), conv_id), conv_id, CITES_PLACEHOLDER

    c.tab_load.load(start, [c.browser_id], [c.browser_id, c.conversations], queue=False)
    for evt in chats:
        evt.then(save, [c.browser_id, c.conv_id, c.chatbot], [c.conv_id, c.conversations], queue=False)
    c.conversations.input(reopen, [c.conversations, c.browser_id], [c.chatbot, c.conv_id, c.cites], queue=False)
    c.new_chat.click(lambda: ([], "", None, CITES_PLACEHOLDER), None, [c.chatbot, c.conv_id, c.conversations, c.cites], queue=False)


# ---------------------------------------------------------------------------- nudge studio
def _nudge_tab(service) -> SimpleNamespace:
    stages = stage_choices(service)
    first_stage = stages[0][1] if stages else None
    first_reasons = reason_choices(service, first_stage)
    c = SimpleNamespace()
    with gr.Tab("Nudge studio", id="nudges"):
        with gr.Row():
            with gr.Column(scale=2):
                c.source = gr.Radio(["Stage & reason", "User state"], value="Stage & reason", label="Draft from")
                c.stage = gr.Dropdown(choices=stages, value=first_stage, label="Stage", elem_id="nudge-stage")
                c.reason = gr.Dropdown(choices=first_reasons, value=first_reasons[0][1] if first_reasons else None,
                                       label="Reason or error code", elem_id="nudge-reason")
                c.state = gr.Textbox(value="", label="User state JSON (for 'User state')", lines=6,
                                     elem_classes=["fda-mono"], elem_id="nudge-state")
                c.name = gr.Textbox(label="First name (optional)", max_length=40)
                c.llm = gr.Checkbox(value=False, label="Let the language model rewrite (kept only if it passes the checks)",
                                    interactive=service.settings.provider != "none")
                c.draft = gr.Button("Draft nudges", variant="primary", elem_id="draft")
                c.err = gr.HTML("", elem_id="nudge-error")
            with gr.Column(scale=5):
                c.table = gr.HTML("", elem_id="nudge-table")
                c.files = gr.File(label="Export (CSV, JSON)", file_count="multiple", interactive=False, elem_id="nudge-files")
    return c


def _wire_nudges(service, c: SimpleNamespace) -> None:
    c.stage.change(lambda s: on_stage(service, s), c.stage, c.reason, queue=False)
    c.draft.click(lambda *a: make_nudges(service, *a), [c.source, c.stage, c.reason, c.state, c.name, c.llm],
                  [c.table, c.files, c.err])


# ---------------------------------------------------------------------------- batch
def _batch_tab() -> SimpleNamespace:
    c = SimpleNamespace()
    with gr.Tab("Batch", id="batch"):
        with gr.Row():
            with gr.Column(scale=2):
                c.upload = gr.File(label="User states (JSONL or CSV)", file_types=[".jsonl", ".csv", ".json"],
                                   file_count="single", elem_id="batch-upload")
                c.score = gr.Button("Score", variant="primary", elem_id="score")
                c.err = gr.HTML("", elem_id="batch-error")
                c.md = gr.Markdown("", elem_id="batch-summary")
                c.files = gr.File(label="Results and rejects (JSONL)", file_count="multiple",
                                  interactive=False, elem_id="batch-files")
            with gr.Column(scale=3):
                # one bar per reason and basis: a stage-default guess is its own bar, labelled so (a
                # colour per basis drew no bars at all in Gradio 6.31)
                c.chart = gr.BarPlot(_empty_reasons(), x="reason", y="count", sort="-y",  # most frequent first
                                     title="Predicted drop reasons", x_label_angle=-35, height=360, y_lim=[0, None], elem_id="batch-chart")
                c.json = gr.JSON(label="Summary")
    return c


def _wire_batch(service, c: SimpleNamespace) -> None:
    def _score(upload_file, progress=gr.Progress()):
        return score_upload(service, upload_file, progress)

    # one progress bar, over the summary it fills (not one per output, two of them over the summary)
    c.score.click(_score, c.upload, [c.md, c.chart, c.files, c.json, c.err], concurrency_limit=1, show_progress_on=[c.md])


# ---------------------------------------------------------------------------- status
def _status_tab() -> SimpleNamespace:
    c = SimpleNamespace()
    with gr.Tab("Status", id="status"):
        c.md = gr.Markdown("Loading the index and the model…", elem_id="status")
        c.refresh = gr.Button("Refresh")
        c.json = gr.JSON(label="Raw /info")
    return c


# ---------------------------------------------------------------------------- mount
def mount(app, service, door):
    """Mount the app at `/` after the API routes (so /docs, /health, /chat… keep working).

    Behind `door`: when any credential is configured the app asks for a login (with only an API key,
    the key is the password), so its endpoints are never open beside a keyed API."""
    s = service.settings
    demo = build_ui(service)
    demo.queue(default_concurrency_limit=max(1, s.concurrency), max_size=max(8, 16 * s.concurrency))
    # the index, audit and feedback logs are never served, whatever a client names
    blocked = sorted({str(Path(p).resolve().parent if p.endswith(".jsonl") else Path(p).resolve())
                      for p in (s.index_dir, s.audit_log, s.feedback_log, s.model_cache) if p}
                     | ({str(Path(s.history_db).resolve().parent)} if s.history_db else set()))
    app = gr.mount_gradio_app(app, demo, path="/", auth=None if door.open else door.login,
                              auth_message="Funnel Drop Assistant — sign in", ssr_mode=False, max_file_size=MAX_UPLOAD,
                              css=CSS, js=VIEWER_JS.read_text(encoding="utf-8"), theme=gr.themes.Soft(), footer_links=["api"], mcp_server=False,
                              blocked_paths=blocked, allowed_paths=[])
    # Gradio checks that an input file was uploaded (and not any path a client names) only once the app
    # "has launched", which mount_gradio_app never marks: without this, POST /gradio_api/call/_score with
    # {"path": "/etc/…"} scored any readable file and served its lines back. score_upload checks again.
    demo.has_launched = True
    return app
