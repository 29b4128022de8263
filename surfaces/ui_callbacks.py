"""The browser app's callbacks: plain functions taking the service first, so tests call them
without a browser (`surfaces/ui.py` lays them out and wires them to the page).

Every answer comes from `FunnelService` (or `surfaces.batch.score_file`); no business logic here.
Bad input never shows a traceback: it comes back as a readable `field: message` line next to the
input. The HTML/Markdown snippets are in `surfaces/ui_format.py`.
"""
from __future__ import annotations

import csv
import json
import os
import shutil
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any, Iterator

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import gradio as gr  # noqa: E402
import pandas as pd  # noqa: E402
from gradio.utils import get_upload_folder, is_in_or_equal  # noqa: E402
from pydantic import ValidationError  # noqa: E402

from assistant.audit import JsonlLog  # noqa: E402
from assistant.guard.pii import contains_pii, mask_pii  # noqa: E402
from assistant.schemas import ChatRequest, ChatTurn, NudgeRequest, UserState  # noqa: E402
from assistant.live_index import NotReady  # noqa: E402
from assistant.state import StateError, TooLong, parse_state  # noqa: E402
from surfaces.batch import score_file  # noqa: E402
from surfaces.history import message_text  # noqa: E402
from surfaces.ui_format import (CARD_PLACEHOLDER, CITES_PLACEHOLDER, MARK_RE, SEARCHING, SOURCES_MARK,  # noqa: E402
                                 batch_summary_md, card_markdown, citations_html, error_html, marked_answer, note_html,
                                 nudge_rows, nudges_html, reply_meta, sources_line, status_md)

SAMPLES = "data/samples/states.jsonl"
STATE_FIELDS = ("user_id", "stage_dropped", "timestamp", "error_code_history", "device", "language")
MAX_QUERY = 4000  # ChatRequest.query's limit
STATE_LABEL = "User state JSON"  # the box's label: parse errors name it instead of the API's "body"
RETENTION_S = 24 * 3600  # a job's derived files (results, rejects, exports) are kept a day, then removed
PROGRESS_EVERY_S = 0.25  # the batch overlay's refresh


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


def history_turns(history: list[dict] | None) -> list[ChatTurn]:
    """Chatbot messages → (user, assistant) turns for ChatRequest (the last 20)."""
    turns: list[ChatTurn] = []
    pending: str | None = None
    for m in history or []:
        role, text = m.get("role"), MARK_RE.sub("", message_text(m.get("content")).split(SOURCES_MARK)[0])
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


def _fit_history(service, req: ChatRequest) -> ChatRequest:
    """The request with its oldest turns dropped until the history fits its token budget: a long
    conversation in the app keeps going (the latest turns are what a follow-up needs); a question
    over its own budget is still refused."""
    try:
        return service.fit_history(req)
    except NotReady:  # no index yet: the answer stream says so in the chat
        return req


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
        req = _fit_history(service, ChatRequest(query=query, state=state, history=history_turns(history), stream=True,
                                                use_llm=use_llm))
    except (ValidationError, TooLong) as e:
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
                history[-1] = {"role": "assistant", "content": marked_answer(reply["answer"], reply["citations"])
                               + sources_line(reply["citations"])}
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
            question = message_text(m.get("content"))
            break
    path = service.settings.path(service.settings.feedback_log) or service.settings.feedback_log
    record: dict[str, Any] = {"liked": data.liked, "index": idx, "question": question, "answer": message_text(data.value)}
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
    unused = "" if source == "User state" or not (state_text or "").strip() else note_html(
        "Drafted from the stage and reason picked above; the pasted user state was not used — switch "
        "“Draft from” to User state to draft from it.")
    return unused + nudges_html(resp), export_nudges(resp), ""


# ---------------------------------------------------------------------------- batch
def _is_empty(path: Path) -> bool:
    """Nothing but whitespace (or a BOM) in the file; only small files are read to find out."""
    size = path.stat().st_size
    return size == 0 or (size <= 1 << 16 and not path.read_bytes().strip(b" \t\r\n\xef\xbb\xbf"))


def _uploaded(path: Path) -> bool:
    """The file sits in Gradio's upload folder (where /gradio_api/upload puts files), not anywhere a
    client chose to name."""
    return is_in_or_equal(path.resolve(), Path(get_upload_folder()).resolve())


def _empty_reasons() -> pd.DataFrame:
    # typed columns: the plot reads "reason" as categorical only when its dtype says text
    return pd.DataFrame({"reason": pd.Series([], dtype="object"), "count": pd.Series([], dtype="int64"),
                         "basis": pd.Series([], dtype="object")})


def score_upload(service, upload: Any, progress: gr.Progress | None = None):
    """(summary markdown, reasons DataFrame, [results, rejects] paths, summary dict, error HTML)."""
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
    # the kind first: on a phone a long name is cut from the end, and both must stay told apart
    out, rejects = d / f"scored-{path.stem}.jsonl", d / f"rejects-{path.stem}.jsonl"
    try:
        s = score_file(service, path, out, rejects, on_progress=_overlay(progress) if progress is not None else None)
    except Exception as e:  # noqa: BLE001 — shown inline (e.g. a CSV without stage_dropped)
        return "", empty, None, None, error_html(f"file: {describe_error(e)}")
    summary = s.to_dict()
    if not summary["total"]:  # e.g. a CSV with only its header row
        return "", empty, None, summary, error_html(f"file: {path.name} is empty — there are no user states to score")
    df = reasons_frame(s) if s.reasons else empty
    return batch_summary_md(summary), df, [str(out), str(rejects)], summary, ""


BASIS_LABEL = {"error_code": "from error codes", "attempt_time": "from the attempt time", "stage_default": "stage default (no evidence)"}


def reasons_frame(s) -> pd.DataFrame:
    """The top 15 reasons (one catalog id per cause), each split by what it rests on: the chart shows
    evidence-backed reasons apart from stage defaults guessed for rows with no usable error code."""
    top = [g for g, _ in s.reasons.most_common(15)]
    rows = [(g if b != "stage_default" else f"{g} (default)", n, BASIS_LABEL.get(b, b))
            for (g, b), n in s.by_basis.items() if g in top]
    rows.sort(key=lambda r: -r[1])
    return pd.DataFrame(rows, columns=["reason", "count", "basis"])


def _overlay(progress, every_s: float = PROGRESS_EVERY_S):
    """The batch job's on_progress → Gradio's progress overlay, at most every `every_s` seconds (a
    job moves thousands of lines a second; each update is a message to the page) and at the end."""
    last = -every_s

    def report(done: int, total: int | None) -> None:
        nonlocal last
        now = time.monotonic()
        if done == total or now - last >= every_s:
            last = now
            total = max(total or 0, 1)
            progress(min(done / total, 1.0), desc=f"scored {done} of {total}")

    return report


# ---------------------------------------------------------------------------- status
def status_markdown(service, load: bool = True) -> tuple[str, dict]:
    """What is indexed and which model/adapter is loaded. `load` loads them first (first page view)."""
    if load:
        try:
            service.ready()
        except Exception:  # noqa: BLE001 — info() below reports what is missing
            pass
    info = service.info()
    return status_md(info), info
