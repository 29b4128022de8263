"""The browser app (Gradio), mounted on the API server at `/`.

Four tabs — Agent (streaming chat with a user-state panel, the drop-reason card and the cited
passages), Nudge studio (four styles, English and Hindi side by side, CSV/JSON export), Batch
(upload JSONL/CSV, progress, chart, downloads) and Status (index, model, adapter).

This module is layout and glue only: every answer comes from `FunnelService` (or
`assistant.batch.score_file`). The callbacks are plain module functions taking the service first,
so tests can call them without a browser. Bad input never shows a traceback: it comes back as a
readable `field: message` line next to the input.
"""
from __future__ import annotations

import csv
import html
import json
import os
import tempfile
import threading
import uuid
from pathlib import Path
from typing import Any, Iterator

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import gradio as gr  # noqa: E402
import pandas as pd  # noqa: E402
from pydantic import ValidationError  # noqa: E402

from assistant.audit import JsonlLog  # noqa: E402
from assistant.nudges import STYLES  # noqa: E402
from assistant.schemas import ChatRequest, ChatTurn, NudgeRequest, UserState  # noqa: E402
from assistant.state import StateError, parse_state  # noqa: E402

SAMPLES = "data/samples/states.jsonl"
STATE_FIELDS = ("user_id", "stage_dropped", "timestamp", "error_code_history", "device", "language")
STYLE_LABELS = {"explanatory": "Explanatory", "cta": "Call to action", "empathetic": "Empathetic",
                "compliance_safe": "Compliance-safe"}
MAX_UPLOAD = "20mb"

CSS = """
.fda-error {color:#b42318; background:#fef3f2; border:1px solid #fecdca; border-radius:6px; padding:6px 10px;}
.fda-card {border:1px solid #d0d5dd; border-radius:8px; padding:10px 14px;}
.fda-cite {border-left:3px solid #6172f3; padding:4px 10px; margin:8px 0;}
.fda-cite mark {background:#fef0c7; padding:0 2px;}
.fda-cite .src {font-size:0.85em; color:#475467;}
.fda-nudges {width:100%; border-collapse:collapse;}
.fda-nudges td, .fda-nudges th {border:1px solid #d0d5dd; padding:6px 8px; vertical-align:top; text-align:left;}
.fda-ok {color:#067647; font-weight:600;} .fda-warn {color:#b54708; font-weight:600;}
.fda-meta {font-size:0.85em; color:#475467;}
.fda-mono textarea {font-family:ui-monospace,Menlo,Consolas,monospace; font-size:0.85em;}
"""


# ---------------------------------------------------------------------------- helpers
def _error_html(msg: str) -> str:
    return f'<div class="fda-error" role="alert">⚠ {html.escape(msg)}</div>' if msg else ""


def describe_error(e: Exception) -> str:
    """`field: message` for the errors users can cause; never a traceback."""
    if isinstance(e, StateError):
        return f"{e.field}: {e.message}"
    if isinstance(e, ValidationError):
        return "; ".join(f"{'.'.join(map(str, x['loc'])) or 'input'}: {x['msg']}" for x in e.errors())
    return str(e) or type(e).__name__


def read_state(text: str | None) -> UserState | None:
    """The pasted user state, or None when the box is empty; raises StateError when it is invalid."""
    if text is None or not text.strip():
        return None
    return parse_state(text)


def _outdir(kind: str) -> Path:
    d = Path(tempfile.gettempdir()) / "funnel-ui" / f"{kind}-{uuid.uuid4().hex[:12]}"
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
def citations_html(citations: list[dict]) -> str:
    if not citations:
        return '<p class="fda-meta">No passages cited for this answer.</p>'
    parts = []
    for i, c in enumerate(citations, 1):
        parts.append(
            f'<div class="fda-cite"><div class="src">[{i}] <b>{html.escape(str(c["source"]))}</b>, page {c["page"]}'
            f' · {html.escape(str(c.get("section") or ""))}</div><mark>{html.escape(str(c["quote"]))}</mark></div>')
    return "".join(parts)


def reply_meta(reply: dict) -> str:
    u = reply.get("usage") or {}
    bits = [f"intent: {reply.get('intent')}", f"language: {reply.get('language')}",
            f"confidence: {reply.get('confidence', 0):.2f}"]
    if reply.get("fallback"):
        bits.append("fallback (handed to a person)")
    if u.get("provider") and u.get("provider") != "none":
        bits.append(f"model: {u.get('provider')}/{u.get('model')}")
    if u.get("latency_ms"):
        bits.append(f"{u['latency_ms']:.0f} ms")
    return '<p class="fda-meta">' + " · ".join(html.escape(b) for b in bits) + "</p>"


def chat_turn(service, message: str, history: list[dict] | None, state_text: str | None,
              use_llm: bool | None = None) -> Iterator[tuple[list[dict], str, str, str]]:
    """Streams (chat history, cited passages HTML, state error HTML, cleared input box)."""
    history = list(history or [])
    query = (message or "").strip()
    if not query:
        yield history, gr.skip(), _error_html("question: type a question first"), ""
        return
    state_err = ""
    try:
        state = read_state(state_text)
    except StateError as e:
        state, state_err = None, _error_html(describe_error(e) + " — answering without the user state")
    try:
        req = ChatRequest(query=query, state=state, history=history_turns(history), stream=True, use_llm=use_llm)
    except ValidationError as e:
        yield history, gr.skip(), _error_html(describe_error(e)), message
        return
    history += [{"role": "user", "content": query}, {"role": "assistant", "content": ""}]
    yield history, '<p class="fda-meta">Searching the knowledge base…</p>', state_err, ""
    answer = ""
    try:
        for ev in service.chat_stream(req):
            if ev["type"] == "token":
                answer += ev["text"]
                history[-1] = {"role": "assistant", "content": answer}
                yield history, gr.skip(), state_err, ""
            elif ev["type"] == "done":
                reply = ev["reply"]
                history[-1] = {"role": "assistant", "content": reply["answer"]}
                yield history, reply_meta(reply) + citations_html(reply["citations"]), state_err, ""
    except StateError as e:  # an unknown stage is only found when the state is resolved
        history[-1] = {"role": "assistant", "content": "I could not use that user state: " + describe_error(e)}
        yield history, "", _error_html(describe_error(e)), ""
    except Exception as e:  # noqa: BLE001 — NotReady (no index yet) and friends: say so in the chat
        history[-1] = {"role": "assistant", "content": f"Sorry, the assistant is not ready: {describe_error(e)}"}
        yield history, "", state_err, ""


def prediction_card(service, state_text: str | None, use_llm: bool = False) -> tuple[str, str]:
    """(drop-reason card markdown, error HTML) for the pasted user state."""
    try:
        state = read_state(state_text)
        if state is None:
            return "", _error_html("stage_dropped: paste a user state (JSON) or pick a sample first")
        p = service.predict(state, use_llm=use_llm).model_dump()
    except (StateError, ValidationError) as e:
        return "", _error_html(describe_error(e))
    steps = "\n".join(f"{i}. {s}" for i, s in enumerate(p["steps_to_fix"], 1)) or "—"
    lines = [
        f"### {p['predicted_drop_reason']}",
        f"**Stage:** {p['stage_name']} (`{p['stage']}`) · **Code:** `{p['reason_code']}` · "
        f"**Confidence:** {p['confidence_score']:.2f}"
        + (" · **⚠ Fallback:** low confidence, route to a person" if p["fallback"] else " · ✓ confident"),
        "",
        p["explanation"],
        "",
        "**Steps to fix**",
        "",
        steps,
        "",
        f"**Nudge:** {p['nudge_message']}",
        "",
        f"**Message to the user:** {p['message']}",
    ]
    if p["secondary_reasons"]:
        lines += ["", "**Also possible:** " + "; ".join(p["secondary_reasons"])]
    if p["unknown_error_codes"]:
        lines += ["", "**Unknown error codes:** " + ", ".join(f"`{c}`" for c in p["unknown_error_codes"])]
    if p["citations"]:
        lines += ["", "**Sources:** " + "; ".join(f"{c['source']} p.{c['page']}" for c in p["citations"])]
    return "\n".join(lines), ""


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
    JsonlLog(path).write("feedback", {"liked": data.liked, "index": idx, "question": question, "answer": _text(data.value)})


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


def nudges_html(resp: dict) -> str:
    by = {(n["style"], n["language"]): n for n in resp["nudges"]}
    langs = [lang for lang in ("en", "hi") if any(k[1] == lang for k in by)]
    head = "".join(f"<th>{'English' if lang == 'en' else 'हिन्दी (Hindi)'}</th>" for lang in langs)
    rows = []
    for style in STYLES:
        if not any((style, lang) in by for lang in langs):
            continue
        cells = []
        for lang in langs:
            n = by.get((style, lang))
            if n is None:
                cells.append("<td></td>")
                continue
            badge = ('<span class="fda-ok">✓ compliant</span>' if n["compliant"]
                     else '<span class="fda-warn">⚠ review: failed a compliance check</span>')
            cells.append(f'<td lang="{lang}"><div>{html.escape(n["text"])}</div>'
                         f'<div class="fda-meta">{n["chars"]} chars · {badge}</div></td>')
        rows.append(f"<tr><th>{STYLE_LABELS[style]}</th>{''.join(cells)}</tr>")
    title = (f'<p><b>Stage:</b> {html.escape(resp["stage"])} · <b>Reason:</b> {html.escape(resp["reason"])} '
             f'(<code>{html.escape(resp["reason_code"])}</code>) · <i>drafts to review, never sent</i></p>')
    return title + f'<table class="fda-nudges"><tr><th>Style</th>{head}</tr>{"".join(rows)}</table>'


def export_nudges(resp: dict) -> list[str]:
    d = _outdir("nudges")
    stem = f"nudges-{resp['stage']}-{resp['reason_code']}".replace("/", "_")
    rows = [{"stage": resp["stage"], "reason_code": resp["reason_code"], "reason": resp["reason"], "style": n["style"],
             "language": n["language"], "text": n["text"], "chars": n["chars"], "compliant": n["compliant"],
             "sources": "; ".join(f"{c['source']} p.{c['page']}" for c in n["citations"])} for n in resp["nudges"]]
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
    try:
        if source == "User state":
            state = read_state(state_text)
            if state is None:
                raise StateError("state", "paste a user state (JSON) or switch to Stage & reason")
            req = NudgeRequest(state=state, name=(name or "").strip() or None, use_llm=bool(use_llm))
        else:
            req = NudgeRequest(stage=stage_id, reason=reason or None, name=(name or "").strip() or None, use_llm=bool(use_llm))
        resp = service.nudge(req).model_dump()
    except (StateError, ValidationError) as e:
        return "", None, _error_html(describe_error(e))
    return nudges_html(resp), export_nudges(resp), ""


# ---------------------------------------------------------------------------- batch
def _count_lines(path: Path) -> int:
    with open(path, "rb") as fh:
        n = sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 20), b""))
    with open(path, "rb") as fh:  # a last line without a newline still counts
        fh.seek(0, 2)
        if fh.tell():
            fh.seek(-1, 2)
            n += fh.read(1) != b"\n"
    return n


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
    from assistant.batch import score_file

    empty = _empty_reasons()
    path = Path(upload if isinstance(upload, (str, Path)) else getattr(upload, "name", "") or "") if upload else None
    if path is None or not path.is_file():
        return "", empty, None, None, _error_html("file: upload a JSONL or CSV file of user states first")
    if path.suffix.lower() not in (".jsonl", ".json", ".csv", ".ndjson"):
        return "", empty, None, None, _error_html(f"file: {path.name} is not JSONL or CSV")
    d = _outdir("batch")
    out, rejects = d / f"{path.stem}.scored.jsonl", d / f"{path.stem}.rejects.jsonl"
    total = max(_count_lines(path) - (1 if path.suffix.lower() == ".csv" else 0), 1)
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
        return "", empty, None, None, _error_html(f"file: {describe_error(result['error'])}")
    s = result["summary"]
    summary = s.to_dict()
    df = pd.DataFrame(s.reasons.most_common(15), columns=["reason", "count"]) if s.reasons else empty
    md = (f"**{summary['total']}** rows · **{summary['scored']}** scored · **{summary['rejected']}** rejected · "
          f"**{summary['fallbacks']}** low-confidence fallbacks · {summary['seconds']} s ({summary['states_per_s']} states/s)")
    return md, df, [str(out), str(rejects)], summary, ""


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

    with gr.Blocks(title="Funnel Drop Assistant") as demo:
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
                            question = gr.Textbox(show_label=False, placeholder="e.g. Video KYC ka time kya hai?", scale=5,
                                                  elem_id="question", max_length=4000)
                            ask = gr.Button("Ask", variant="primary", scale=1, elem_id="ask")
                        use_llm = gr.Checkbox(value=service.llm_by_default(), label="Let the language model phrase the answer",
                                              interactive=provider != "none")
                        gr.Examples(["What are the video KYC timings?", "Aadhaar OTP nahi aa raha, kya karun?",
                                     "वीडियो केवाईसी के लिए क्या चाहिए?", "Is there a joining fee?"], inputs=question)
                    with gr.Column(scale=2):
                        gr.Markdown("**Cited passages**")
                        cites = gr.HTML('<p class="fda-meta">The passages behind each answer appear here.</p>', elem_id="citations")
                with gr.Accordion("User state (optional: the answer and the diagnosis use it)", open=True):
                    with gr.Row():
                        with gr.Column(scale=3):
                            sample = gr.Dropdown(choices=list(samples), value=None, label="Bundled sample", elem_id="sample")
                            state_box = gr.Textbox(value="", label="User state JSON", lines=8, max_lines=16, elem_id="state",
                                                   elem_classes=["fda-mono"], placeholder='{"stage_dropped": "VKYC", "error_code_history": ["VKYC_AGENT_UNAVAILABLE"], "language": "hi"}')
                            state_err = gr.HTML("", elem_id="state-error")
                            diagnose = gr.Button("Diagnose drop-off", elem_id="diagnose")
                        with gr.Column(scale=3):
                            card = gr.Markdown("", label="Drop reason", elem_id="card", elem_classes=["fda-card"])

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
                        chart = gr.BarPlot(_empty_reasons(), x="reason", y="count",
                                           title="Predicted drop reasons", x_label_angle=-35, height=360, y_lim=[0, None], elem_id="batch-chart")
                        batch_json = gr.JSON(label="Summary")

            # ---------------------------------------------------------------- status
            with gr.Tab("Status", id="status"):
                status_md = gr.Markdown("Loading the index and the model…", elem_id="status")
                refresh = gr.Button("Refresh")
                status_json = gr.JSON(label="Raw /info")

        # ---------------------------------------------------------------- events
        def _chat(message, history, state_text, llm_on):
            yield from chat_turn(service, message, history, state_text, use_llm=llm_on if provider != "none" else False)

        chat_io = dict(fn=_chat, inputs=[question, chatbot, state_box, use_llm], outputs=[chatbot, cites, state_err, question])
        ask.click(**chat_io, concurrency_id="chat")
        question.submit(**chat_io, concurrency_id="chat")

        def _like(history, data: gr.LikeData):
            record_feedback(service, history, data)

        chatbot.like(_like, inputs=[chatbot], outputs=None, queue=False)
        sample.change(lambda label: samples.get(label, gr.skip()) if label else gr.skip(), sample, state_box, queue=False)
        diagnose.click(lambda text, llm_on: prediction_card(service, text, use_llm=bool(llm_on) and provider != "none"),
                       [state_box, use_llm], [card, state_err])

        stage_dd.change(lambda s: on_stage(service, s), stage_dd, reason_dd, queue=False)
        draft_btn.click(lambda *a: make_nudges(service, *a), [source, stage_dd, reason_dd, nudge_state, name, nudge_llm],
                        [nudge_out, nudge_files, nudge_err])

        def _score(upload_file, progress=gr.Progress()):
            return score_upload(service, upload_file, progress)

        score_btn.click(_score, upload, [batch_md, chart, batch_files, batch_json, batch_err], concurrency_limit=1)

        demo.load(lambda: status_markdown(service), None, [status_md, status_json])
        refresh.click(lambda: status_markdown(service, load=False), None, [status_md, status_json])
    return demo


def mount(app, service):
    """Mount the app at `/` after the API routes (so /docs, /health, /chat… keep working)."""
    s = service.settings
    demo = build_ui(service)
    demo.queue(default_concurrency_limit=max(1, s.concurrency), max_size=max(8, 16 * s.concurrency))
    auth = None
    if s.ui_auth and ":" in s.ui_auth:
        user, password = s.ui_auth.split(":", 1)
        auth = (user, password)
    return gr.mount_gradio_app(app, demo, path="/", auth=auth, auth_message="Funnel Drop Assistant — sign in",
                               ssr_mode=False, max_file_size=MAX_UPLOAD, css=CSS, theme=gr.themes.Soft(),
                               footer_links=["api"], mcp_server=False)
