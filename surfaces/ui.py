"""The browser app (Gradio), mounted on the API server at `/`.

Four tabs — Agent (streaming chat with a user-state panel, the drop-reason card and the cited
passages), Nudge studio (four styles, English and Hindi side by side, CSV/JSON export), Batch
(upload JSONL/CSV, progress, chart, downloads) and Status (index, model, adapter).

This module is layout and glue only: every answer comes from `FunnelService` (or
`surfaces.batch.score_file`). The callbacks are plain module functions taking the service first,
so tests can call them without a browser. Bad input never shows a traceback: it comes back as a
readable `field: message` line next to the input. The HTML/Markdown snippets are in
`surfaces/ui_format.py`.
"""
from __future__ import annotations

import csv
import json
import os
import shutil
import tempfile
import threading
import time
import uuid
from pathlib import Path
from typing import Any, Iterator

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import gradio as gr  # noqa: E402
import pandas as pd  # noqa: E402
from pydantic import ValidationError  # noqa: E402

from assistant.audit import JsonlLog  # noqa: E402
from assistant.guard.pii import contains_pii, mask_pii  # noqa: E402
from assistant.schemas import ChatRequest, ChatTurn, NudgeRequest, UserState  # noqa: E402
from assistant.state import StateError, parse_state  # noqa: E402
from surfaces.ui_format import (CARD_PLACEHOLDER, CITES_PLACEHOLDER, SEARCHING,  # noqa: E402
                                 batch_summary_md, card_markdown, citations_html, error_html, note_html, nudge_rows,
                                 nudges_html, reply_meta)

SAMPLES = "data/samples/states.jsonl"
STATE_FIELDS = ("user_id", "stage_dropped", "timestamp", "error_code_history", "device", "language")
MAX_UPLOAD = "20mb"
MAX_QUERY = 4000  # ChatRequest.query's limit
STATE_LABEL = "User state JSON"  # the box's label: parse errors name it instead of the API's "body"

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
"""


# ---------------------------------------------------------------------------- helpers
def describe_error(e: Exception) -> str:
    """`field: message` for the errors users can cause; never a traceback."""
    if isinstance(e, StateError):
        return f"{e.field}: {e.message}"
    if isinstance(e, ValidationError):
        # pydantic prefixes a validator's own message with "Value error, ": noise to a user
        return "; ".join(f"{'.'.join(map(str, x['loc'])) or 'input'}: {x['msg'].removeprefix('Value error, ')}"
                         for x in e.errors())
    return str(e) or type(e).__name__


def read_state(text: str | None) -> UserState | None:
    """The pasted user state, or None when the box is empty; raises StateError when it is invalid."""
    if text is None or not text.strip():
        return None
    try:
        return parse_state(text)
    except StateError as e:
        if e.field == "body":  # the API's name for the whole request; here it is the text box
            raise StateError(STATE_LABEL, e.message) from None
        raise


RETENTION_S = 24 * 3600  # a job's derived files (results, rejects, exports) are kept a day, then removed


def _outdir(kind: str) -> Path:
    """A fresh folder for one job's files; jobs older than RETENTION_S are removed first, so a server
    that runs for weeks does not fill its disk with old uploads' results."""
    base = Path(tempfile.gettempdir()) / "funnel-ui"
    now = time.time()
    for old in base.glob("*-*") if base.exists() else ():
        try:
            if now - old.stat().st_mtime > RETENTION_S:
                shutil.rmtree(old, ignore_errors=True)
        except OSError:
            pass
    d = base / f"{kind}-{uuid.uuid4().hex[:12]}"
    d.mkdir(parents=True, exist_ok=True)
    return d


def load_samples(service) -> dict[str, str]:
    """Bundled sample states, label → pretty JSON (only the user-state fields)."""
    p = service.settings.path(SAMPLES)
    out: dict[str, str] = {}
    if not p or not Path(p).exists():
        return out
    for line in Path(p).read_text(encoding="utf-8").splitlines():
        try:
            row = json.loads(line)
        except ValueError:
            continue
        state = {k: row[k] for k in STATE_FIELDS if k in row}
        codes = ", ".join(state.get("error_code_history") or []) or "no codes"
        label = f"{state.get('user_id', '?')} · {state.get('stage_dropped', '?')} · {codes} · {state.get('language', 'en')}"
        out[label] = json.dumps(state, ensure_ascii=False, indent=2)
    return out


def _text(content: Any) -> str:
    """Plain text of a Chatbot message's content (a string, or a list of content parts)."""
    if isinstance(content, str):
        return content
    if isinstance(content, dict):
        return str(content.get("text") or content.get("value") or "")
    if isinstance(content, (list, tuple)):
        return " ".join(_text(c) for c in content if c is not None)
    return ""


def history_turns(history: list[dict] | None) -> list[ChatTurn]:
    """Chatbot messages → (user, assistant) turns for ChatRequest (the last 20)."""
    turns: list[ChatTurn] = []
    pending: str | None = None
    for m in history or []:
        role, text = m.get("role"), _text(m.get("content"))
        if role == "user":
            pending = text
        elif role == "assistant" and pending is not None and text:
            turns.append(ChatTurn(user=pending[:4000], assistant=text[:8000]))
            pending = None
    return turns[-20:]


# ---------------------------------------------------------------------------- agent tab
def pending_notice(service, req: ChatRequest) -> str:
    """What the answer bubble says before the first token: a model can take a minute (CPU), and an empty
    bubble for that long reads as a hang. Empty when the answer is deterministic (it starts at once)."""
    provider = service.settings.provider
    on = req.use_llm if req.use_llm is not None else service.llm_by_default()
    if not on or provider == "none":
        return ""
    if provider == "local":
        return "⏳ The local model is writing the answer — on a CPU this can take a minute."
    return "⏳ The language model is writing the answer…"


def chat_turn(service, message: str, history: list[dict] | None, state_text: str | None,
              use_llm: bool | None = None) -> Iterator[tuple[Any, Any, Any, Any, Any]]:
    """Streams (chat history, cited passages HTML, note under the question box, state error HTML, question box).

    The question box is written once — cleared on the first yield, when the question is taken — and then
    left alone (gr.skip()), so whatever the user types while the answer streams is kept. Later yields skip
    every component they do not change."""
    skip = gr.skip
    history = list(history or [])
    query = (message or "").strip()
    if not query:
        yield history, skip(), error_html("question: type a question first"), skip(), skip()
        return
    note = ""
    if len(query) > MAX_QUERY:  # the box lets one character more through, so a cut paste is seen here
        query = query[:MAX_QUERY].rstrip()
        note = note_html(f"Your message was cut to the first {MAX_QUERY:,} characters.")
    state_err = ""
    try:
        state = read_state(state_text)
    except StateError as e:
        state, state_err = None, error_html(describe_error(e) + " — answering without the user state")
    try:
        req = ChatRequest(query=query, state=state, history=history_turns(history), stream=True, use_llm=use_llm)
    except ValidationError as e:
        yield history, skip(), error_html(describe_error(e)), skip(), skip()
        return
    # the user's own bubble is masked too: it is what "copy conversation" copies
    history += [{"role": "user", "content": mask_pii(query)}, {"role": "assistant", "content": pending_notice(service, req)}]
    yield history, SEARCHING, note, state_err, ""
    answer, replaced = "", False
    try:
        for ev in service.chat_stream(req):
            if ev["type"] == "token":
                answer += ev["text"]
                history[-1] = {"role": "assistant", "content": answer}
                yield history, skip(), skip(), skip(), skip()
            elif ev["type"] == "replace":  # the model's text failed a check: show the answer that stands
                answer, replaced = ev["text"], True
                history[-1] = {"role": "assistant", "content": answer}
                yield history, skip(), skip(), skip(), skip()
            elif ev["type"] == "done":
                reply = ev["reply"]
                history[-1] = {"role": "assistant", "content": reply["answer"]}
                yield history, reply_meta(reply, replaced) + citations_html(reply["citations"]), skip(), skip(), skip()
    except StateError as e:  # an unknown stage is only found when the state is resolved
        history[-1] = {"role": "assistant", "content": "I could not use that user state: " + describe_error(e)}
        yield history, "", skip(), error_html(describe_error(e)), skip()
    except Exception as e:  # noqa: BLE001 — NotReady (no index yet) and friends: say so in the chat
        history[-1] = {"role": "assistant", "content": f"Sorry, the assistant is not ready: {describe_error(e)}"}
        yield history, "", skip(), skip(), skip()


def cleared_chat() -> tuple[str, str]:
    """(cited passages, question note) after the chat is cleared: the old passages belong to the old answers."""
    return CITES_PLACEHOLDER, ""


def prediction_card(service, state_text: str | None, use_llm: bool = False) -> tuple[str, str]:
    """(drop-reason card markdown, error HTML) for the pasted user state. The app always calls it with
    use_llm=False: the model only rephrases the same diagnosis, at minutes per card on a CPU."""
    try:
        state = read_state(state_text)
        if state is None:
            return CARD_PLACEHOLDER, error_html("stage_dropped: paste a user state (JSON) or pick a sample first")
        p = service.predict(state, use_llm=use_llm).model_dump()
    except (StateError, ValidationError) as e:
        return CARD_PLACEHOLDER, error_html(describe_error(e))
    return card_markdown(p), ""


def record_feedback(service, history: list[dict] | None, data: gr.LikeData) -> None:
    """Append a 👍/👎 on an answer to the feedback log (PII-masked by JsonlLog)."""
    history = history or []
    idx = data.index[0] if isinstance(data.index, (list, tuple)) else data.index
    question = ""
    for m in reversed(history[: (idx or 0)]):
        if m.get("role") == "user":
            question = _text(m.get("content"))
            break
    path = service.settings.path(service.settings.feedback_log) or service.settings.feedback_log
    record: dict[str, Any] = {"liked": data.liked, "index": idx, "question": question, "answer": _text(data.value)}
    if data.liked == "":  # Gradio sends "" when a 👍/👎 is clicked again, i.e. taken back
        record.update(liked=None, retracted=True)
    JsonlLog(path).write("feedback", record)


# ---------------------------------------------------------------------------- nudge studio
def stage_choices(service) -> list[tuple[str, str]]:
    return [(f"{s.name} ({s.id})", s.id) for s in sorted(service.catalog.stages, key=lambda s: s.order)]


def reason_choices(service, stage_id: str | None) -> list[tuple[str, str]]:
    stage = service.catalog.stage(stage_id) if stage_id else None
    if stage is None:
        return []
    reasons = [(f"{r.en.rstrip('.')} ({r.id})", r.id) for r in stage.common_reasons]
    codes = [(f"{e.code} — {e.title_en}", e.code) for e in service.catalog.error_codes if e.stage == stage.id]
    return reasons + codes


def on_stage(service, stage_id: str | None):
    choices = reason_choices(service, stage_id)
    return gr.update(choices=choices, value=choices[0][1] if choices else None)


def export_nudges(resp: dict) -> list[str]:
    d = _outdir("nudges")
    stem = f"nudges-{resp['stage']}-{resp['reason_code']}".replace("/", "_")
    rows = nudge_rows(resp)
    csv_path, json_path = d / f"{stem}.csv", d / f"{stem}.json"
    with open(csv_path, "w", newline="", encoding="utf-8-sig") as fh:  # BOM: Excel shows Devanagari correctly
        w = csv.DictWriter(fh, fieldnames=list(rows[0]) if rows else ["stage"])
        w.writeheader()
        w.writerows(rows)
    json_path.write_text(json.dumps(resp, ensure_ascii=False, indent=2), encoding="utf-8")
    return [str(csv_path), str(json_path)]


def make_nudges(service, source: str, stage_id: str | None, reason: str | None, state_text: str | None,
                name: str | None, use_llm: bool = False) -> tuple[str, list[str] | None, str]:
    """(nudge table HTML, export file paths, error HTML)."""
    name = (name or "").strip()
    # checked here as well as in NudgeRequest: the name is copied into all eight drafts, so a phone number,
    # ID or email typed into it is refused with a message that names the field and does not echo the value
    if any(ch.isdigit() for ch in name) or contains_pii(name):
        return "", None, error_html("First name: only a first name, without digits — never a phone number, "
                                     "ID or email (it is copied into every draft)")
    try:
        if source == "User state":
            state = read_state(state_text)
            if state is None:
                raise StateError("state", "paste a user state (JSON) or switch to Stage & reason")
            req = NudgeRequest(state=state, name=name or None, use_llm=bool(use_llm))
        else:
            req = NudgeRequest(stage=stage_id, reason=reason or None, name=name or None, use_llm=bool(use_llm))
        resp = service.nudge(req).model_dump()
    except (StateError, ValidationError) as e:
        return "", None, error_html(describe_error(e))
    return nudges_html(resp), export_nudges(resp), ""


# ---------------------------------------------------------------------------- batch
def _is_empty(path: Path) -> bool:
    """Nothing but whitespace (or a BOM) in the file; only small files are read to find out."""
    size = path.stat().st_size
    return size == 0 or (size <= 1 << 16 and not path.read_bytes().strip(b" \t\r\n\xef\xbb\xbf"))


def _uploaded(path: Path) -> bool:
    """The file sits in Gradio's upload folder (where /gradio_api/upload puts files), not anywhere a
    client chose to name."""
    from gradio.utils import get_upload_folder, is_in_or_equal

    return is_in_or_equal(path.resolve(), Path(get_upload_folder()).resolve())


class _LineCounter:
    """Counts the lines appended to a file so far, reading only what is new."""

    def __init__(self, path: Path):
        self.path, self.pos, self.n = path, 0, 0

    def __call__(self) -> int:
        try:
            with open(self.path, "rb") as fh:
                fh.seek(self.pos)
                data = fh.read()
        except OSError:
            return self.n
        self.pos += len(data)
        self.n += data.count(b"\n")
        return self.n


def _empty_reasons() -> pd.DataFrame:
    # typed columns: the plot reads "reason" as categorical only when its dtype says text
    return pd.DataFrame({"reason": pd.Series([], dtype="object"), "count": pd.Series([], dtype="int64")})


def score_upload(service, upload: Any, progress: gr.Progress | None = None):
    """(summary markdown, reasons DataFrame, [results, rejects] paths, summary dict, error HTML)."""
    from surfaces.batch import count_lines, score_file

    empty = _empty_reasons()
    path = Path(upload if isinstance(upload, (str, Path)) else getattr(upload, "name", "") or "") if upload else None
    if path is None or not path.is_file():
        return "", empty, None, None, error_html("file: upload a JSONL or CSV file of user states first")
    if not _uploaded(path):
        return "", empty, None, None, error_html("file: only a file uploaded through this page can be scored")
    if path.suffix.lower() not in (".jsonl", ".json", ".csv", ".ndjson"):
        return "", empty, None, None, error_html(f"file: {path.name} is not JSONL or CSV")
    if _is_empty(path):
        return "", empty, None, None, error_html(f"file: {path.name} is empty — there are no user states to score")
    d = _outdir("batch")
    out, rejects = d / f"{path.stem}.scored.jsonl", d / f"{path.stem}.rejects.jsonl"
    total = max(count_lines(path) - (1 if path.suffix.lower() == ".csv" else 0), 1)
    result: dict[str, Any] = {}

    def run():
        try:
            result["summary"] = score_file(service, path, out, rejects, progress=False)
        except Exception as e:  # noqa: BLE001 — shown inline (e.g. a CSV without stage_dropped)
            result["error"] = e

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    done_out, done_rej = _LineCounter(out), _LineCounter(rejects)
    while worker.is_alive():
        worker.join(0.25)
        if progress is not None:
            n = done_out() + done_rej()
            progress(min(n / total, 1.0), desc=f"scored {n} of ~{total}")
    if "error" in result:
        return "", empty, None, None, error_html(f"file: {describe_error(result['error'])}")
    s = result["summary"]
    summary = s.to_dict()
    if not summary["total"]:  # e.g. a CSV with only its header row
        return "", empty, None, summary, error_html(f"file: {path.name} is empty — there are no user states to score")
    df = pd.DataFrame(s.reasons.most_common(15), columns=["reason", "count"]) if s.reasons else empty
    return batch_summary_md(summary), df, [str(out), str(rejects)], summary, ""


# ---------------------------------------------------------------------------- status
def status_markdown(service, load: bool = True) -> tuple[str, dict]:
    """What is indexed and which model/adapter is loaded. `load` loads them first (first page view)."""
    if load:
        try:
            service.ready()
        except Exception:  # noqa: BLE001 — info() below reports what is missing
            pass
    info = service.info()
    lines = ["### Index"]
    idx = info.get("index") or {}
    if "error" in idx:
        lines.append(f"⚠ {idx['error']}")
    else:
        lines += [f"- **Chunks:** {idx.get('chunks')}", f"- **Sources ({len(idx.get('sources', []))}):** " + ", ".join(idx.get("sources", [])),
                  f"- **Built:** {idx.get('created_at')} (build `{idx.get('build')}`)", f"- **Embedder:** `{idx.get('embedder')}`",
                  f"- **Retriever:** `{info.get('retriever')}`"]
    lines += ["", "### Language model"]
    llm = info.get("llm")
    if info.get("provider") == "none":
        lines.append("- Provider `none`: answers are deterministic, straight from the cited passages.")
    elif not llm:
        lines.append(f"- Provider `{info.get('provider')}`: not loaded yet.")
    elif "error" in llm:
        lines.append(f"- Provider `{info.get('provider')}` could not load: {llm['error']} — answers fall back to the deterministic path.")
    else:
        lines.append(f"- **Provider:** `{llm.get('provider')}` · **Model:** `{llm.get('model')}`")
        a = llm.get("adapter")
        if isinstance(a, dict) and "error" not in a:
            lines.append(f"- **Adapter:** `{a.get('name')}` version `{a.get('version')}`")
        elif isinstance(a, dict):
            lines.append(f"- **Adapter:** ⚠ {a['error']}")
        else:
            lines.append("- **Adapter:** none (base model)")
        for k in ("device", "dtype"):
            if llm.get(k):
                lines.append(f"- **{k.capitalize()}:** `{llm[k]}`")
    return "\n".join(lines), info


# ---------------------------------------------------------------------------- layout
def build_ui(service) -> gr.Blocks:
    samples = load_samples(service)
    stages = stage_choices(service)
    first_stage = stages[0][1] if stages else None
    first_reasons = reason_choices(service, first_stage)
    provider = service.settings.provider

    # Gradio's own copies of uploads and outputs: swept hourly, removed after a day (RETENTION_S)
    with gr.Blocks(title="Funnel Drop Assistant", delete_cache=(3600, RETENTION_S)) as demo:
        gr.Markdown("## Funnel Drop Assistant — Edge+ card onboarding\n"
                    "Answers in English, Hindi and Hinglish with citations, drop-off diagnosis and bilingual nudge drafts.")
        with gr.Tabs():
            # ---------------------------------------------------------------- agent
            with gr.Tab("Agent", id="agent"):
                with gr.Row():
                    with gr.Column(scale=3):
                        chatbot = gr.Chatbot(label="Assistant", height=440, buttons=["copy", "copy_all"],
                                             feedback_options=["Like", "Dislike"], elem_id="chatbot",
                                             placeholder="Ask about eKYC, liveliness, video KYC or activation — English, हिन्दी or Hinglish.")
                        with gr.Row():
                            # one character over the limit: a longer paste arrives cut, and chat_turn says so
                            question = gr.Textbox(show_label=False, placeholder="e.g. Video KYC ka time kya hai?", scale=5,
                                                  elem_id="question", max_length=MAX_QUERY + 1)
                            ask = gr.Button("Ask", variant="primary", scale=1, elem_id="ask")
                        question_note = gr.HTML("", elem_id="question-note")
                        use_llm = gr.Checkbox(value=service.llm_by_default(), elem_id="use-llm",
                                              label="Let the language model phrase chat answers (slower; "
                                                    "Diagnose drop-off stays deterministic)",
                                              interactive=provider != "none")
                        gr.Examples(["What are the video KYC timings?", "Aadhaar OTP nahi aa raha, kya karun?",
                                     "वीडियो केवाईसी के लिए क्या चाहिए?", "Is there a joining fee?"], inputs=question)
                    with gr.Column(scale=2):
                        gr.Markdown("**Cited passages**")
                        cites = gr.HTML(CITES_PLACEHOLDER, elem_id="citations")
                with gr.Accordion("User state (optional: the answer and the diagnosis use it)", open=True):
                    with gr.Row():
                        with gr.Column(scale=3):
                            sample = gr.Dropdown(choices=list(samples), value=None, label="Bundled sample", elem_id="sample")
                            state_box = gr.Textbox(value="", label="User state JSON", lines=8, max_lines=16, elem_id="state",
                                                   elem_classes=["fda-mono"], placeholder='{"stage_dropped": "VKYC", "error_code_history": ["VKYC_AGENT_UNAVAILABLE"], "language": "hi"}')
                            state_err = gr.HTML("", elem_id="state-error")
                            diagnose = gr.Button("Diagnose drop-off", elem_id="diagnose")
                        with gr.Column(scale=3):
                            gr.Markdown("**Drop reason**")
                            # no CSS border of its own: with the block's frame that drew two nested, empty boxes
                            card = gr.Markdown(CARD_PLACEHOLDER, elem_id="card", container=True, padding=True)

            # ---------------------------------------------------------------- nudges
            with gr.Tab("Nudge studio", id="nudges"):
                with gr.Row():
                    with gr.Column(scale=2):
                        source = gr.Radio(["Stage & reason", "User state"], value="Stage & reason", label="Draft from")
                        stage_dd = gr.Dropdown(choices=stages, value=first_stage, label="Stage", elem_id="nudge-stage")
                        reason_dd = gr.Dropdown(choices=first_reasons, value=first_reasons[0][1] if first_reasons else None,
                                                label="Reason or error code", elem_id="nudge-reason")
                        nudge_state = gr.Textbox(value="", label="User state JSON (for 'User state')", lines=6,
                                                 elem_classes=["fda-mono"], elem_id="nudge-state")
                        name = gr.Textbox(label="First name (optional)", max_length=40)
                        nudge_llm = gr.Checkbox(value=False, label="Let the language model rewrite (kept only if it passes the checks)",
                                                interactive=provider != "none")
                        draft_btn = gr.Button("Draft nudges", variant="primary", elem_id="draft")
                        nudge_err = gr.HTML("", elem_id="nudge-error")
                    with gr.Column(scale=5):
                        nudge_out = gr.HTML("", elem_id="nudge-table")
                        nudge_files = gr.File(label="Export (CSV, JSON)", file_count="multiple", interactive=False,
                                              elem_id="nudge-files")

            # ---------------------------------------------------------------- batch
            with gr.Tab("Batch", id="batch"):
                with gr.Row():
                    with gr.Column(scale=2):
                        upload = gr.File(label="User states (JSONL or CSV)", file_types=[".jsonl", ".csv", ".json"],
                                         file_count="single", elem_id="batch-upload")
                        score_btn = gr.Button("Score", variant="primary", elem_id="score")
                        batch_err = gr.HTML("", elem_id="batch-error")
                        batch_md = gr.Markdown("", elem_id="batch-summary")
                        batch_files = gr.File(label="Results and rejects (JSONL)", file_count="multiple",
                                              interactive=False, elem_id="batch-files")
                    with gr.Column(scale=3):
                        chart = gr.BarPlot(_empty_reasons(), x="reason", y="count", sort="-y",  # most frequent first
                                           title="Predicted drop reasons", x_label_angle=-35, height=360, y_lim=[0, None], elem_id="batch-chart")
                        batch_json = gr.JSON(label="Summary")

            # ---------------------------------------------------------------- status
            with gr.Tab("Status", id="status"):
                status_md = gr.Markdown("Loading the index and the model…", elem_id="status")
                refresh = gr.Button("Refresh")
                status_json = gr.JSON(label="Raw /info")

        # ---------------------------------------------------------------- events
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
        chat_triggers = [ask.click, question.submit]
        gr.on(chat_triggers, _queued, [question], [question_note], queue=False, trigger_mode="multiple", show_progress="hidden")
        gr.on(chat_triggers, _chat, [question, chatbot, state_box, use_llm], [chatbot, cites, question_note, state_err, question],
              concurrency_id="chat", trigger_mode="always_last")
        chatbot.clear(cleared_chat, None, [cites, question_note], queue=False)

        def _like(history, data: gr.LikeData):
            record_feedback(service, history, data)

        chatbot.like(_like, inputs=[chatbot], outputs=None, queue=False)
        sample.change(lambda label: samples.get(label, gr.skip()) if label else gr.skip(), sample, state_box, queue=False)
        diagnose.click(lambda text: prediction_card(service, text, use_llm=False), [state_box], [card, state_err])

        stage_dd.change(lambda s: on_stage(service, s), stage_dd, reason_dd, queue=False)
        draft_btn.click(lambda *a: make_nudges(service, *a), [source, stage_dd, reason_dd, nudge_state, name, nudge_llm],
                        [nudge_out, nudge_files, nudge_err])

        def _score(upload_file, progress=gr.Progress()):
            return score_upload(service, upload_file, progress)

        score_btn.click(_score, upload, [batch_md, chart, batch_files, batch_json, batch_err], concurrency_limit=1)

        demo.load(lambda: status_markdown(service), None, [status_md, status_json])
        refresh.click(lambda: status_markdown(service, load=False), None, [status_md, status_json])
    return demo


def mount(app, service, door):
    """Mount the app at `/` after the API routes (so /docs, /health, /chat… keep working).

    Behind `door`: when any credential is configured the app asks for a login (with only an API key,
    the key is the password), so its endpoints are never open beside a keyed API."""
    s = service.settings
    demo = build_ui(service)
    demo.queue(default_concurrency_limit=max(1, s.concurrency), max_size=max(8, 16 * s.concurrency))
    # the index, audit and feedback logs are never served, whatever a client names
    blocked = sorted({str(Path(p).resolve().parent if p.endswith(".jsonl") else Path(p).resolve())
                      for p in (s.index_dir, s.audit_log, s.feedback_log, s.model_cache) if p})
    app = gr.mount_gradio_app(app, demo, path="/", auth=None if door.open else door.login,
                              auth_message="Funnel Drop Assistant — sign in", ssr_mode=False, max_file_size=MAX_UPLOAD,
                              css=CSS, theme=gr.themes.Soft(), footer_links=["api"], mcp_server=False,
                              blocked_paths=blocked, allowed_paths=[])
    # Gradio checks that an input file was uploaded (and not any path a client names) only once the app
    # "has launched", which mount_gradio_app never marks: without this, POST /gradio_api/call/_score with
    # {"path": "/etc/…"} scored any readable file and served its lines back. score_upload checks again.
    demo.has_launched = True
    return app
