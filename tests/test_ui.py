"""The Gradio app without a browser: it builds, mounts beside the API, and its callbacks return
the expected shapes for good and bad input (hash embedder, provider `none`, the tiny index)."""
from __future__ import annotations

import copy
import csv
import json
import os

import pytest

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

gr = pytest.importorskip("gradio")

from surfaces import ui  # noqa: E402
from surfaces.ui_format import MARK_RE, SOURCES_MARK  # noqa: E402

def _skipped(x) -> bool:
    """gr.skip(): the component is left as it is."""
    return isinstance(x, dict) and x == {"__type__": "update"}


def _steps(gen) -> list[tuple]:
    """chat_turn's yields, each with a snapshot of the history (it is one list, updated in place)."""
    return [(copy.deepcopy(s[0]),) + tuple(s[1:]) for s in gen]


def _deps(demo) -> list[tuple[dict, set[str]]]:
    """(dependency, elem_ids of its trigger components) for each event of a built app."""
    ids = {c["id"]: c.get("props", {}).get("elem_id") for c in demo.config["components"]}
    return [(d, {ids.get(t[0]) for t in d["targets"]}) for d in demo.config["dependencies"]]


def _component(demo, elem_id: str) -> dict:
    return next(c for c in demo.config["components"] if c.get("props", {}).get("elem_id") == elem_id)


GOOD = {"user_id": "U1", "stage_dropped": "VKYC", "timestamp": "2025-03-14T18:10:00Z",
        "error_code_history": ["VKYC_AGENT_UNAVAILABLE"], "device": "Android", "language": "en"}


@pytest.fixture(scope="module")
def service(tiny_index, tmp_path_factory):
    from assistant.service import FunnelService
    from assistant.settings import Settings

    d = tmp_path_factory.mktemp("ui")
    s = Settings(index_dir=str(tiny_index), embedder="hash", provider="none", audit_log="",
                 feedback_log=str(d / "feedback.jsonl"))
    return FunnelService(s)


def test_build_ui_and_mount(service):
    from fastapi.testclient import TestClient

    from surfaces.api import create_app

    demo = ui.build_ui(service)
    assert isinstance(demo, gr.Blocks)
    app = create_app(service, with_ui=True)
    with TestClient(app) as c:
        assert c.get("/health").json()["status"] == "ok"  # API routes still win over the mount at "/"
        assert c.get("/docs").status_code == 200
        r = c.get("/")
        assert r.status_code == 200 and "<html" in r.text.lower()
        assert c.get("/gradio_api/info").status_code == 200


def test_ui_auth(service):
    from fastapi.testclient import TestClient

    from surfaces.api import create_app
    from assistant.service import FunnelService

    svc = FunnelService(service.settings.model_copy(update={"ui_auth": "ops:s3cret"}), retriever=service.retriever)
    with TestClient(create_app(svc, with_ui=True)) as c:
        assert c.get("/health").status_code == 200
        assert c.post("/login", data={"username": "ops", "password": "wrong"}).status_code >= 400
        assert c.post("/login", data={"username": "ops", "password": "s3cret"}).status_code == 200


def test_batch_refuses_a_file_that_was_not_uploaded(service, uploads, tmp_path):
    """A client naming any path on the server (the audit log, a secret) gets an error, never its lines."""
    secret = tmp_path / "secret.jsonl"
    secret.write_text(json.dumps({**GOOD, "user_id": "SECRET1"}) + "\n", encoding="utf-8")
    md, df, files, summary, err = ui.score_upload(service, str(secret))
    assert files is None and summary is None and "uploaded through this page" in err
    link = uploads / "link.jsonl"  # a link inside the upload folder pointing out of it
    link.symlink_to(secret)
    *_, err = ui.score_upload(service, str(link))
    assert "uploaded through this page" in err


def test_samples_load(service):
    samples = ui.load_samples(service)
    assert len(samples) >= 10
    state = json.loads(next(iter(samples.values())))
    assert "stage_dropped" in state and "expected_reason" not in state


def test_describe_error_is_field_message():
    from assistant.state import StateError

    # the API's "body" is the "User state JSON" box here
    for text, field in [("{not json", "User state JSON"), ("{}", "stage_dropped"), ('{"stage_dropped": "VKYC", "language": "fr"}', "language"),
                        ('{"stage_dropped": "VKYC", "timestamp": "yesterday"}', "timestamp"), ("[1]", "User state JSON")]:
        with pytest.raises(StateError) as e:
            ui.read_state(text)
        msg = ui.describe_error(e.value)
        assert msg.startswith(field + ":") and "Traceback" not in msg
    assert ui.describe_error(ui.StateError("body", "x")) == "body: x"  # only read_state renames it
    assert ui.read_state("  ") is None


def test_chat_streams_answer_with_citations(service):
    steps = _steps(ui.chat_turn(service, "What do I need for the video call?", [], ""))
    assert len(steps) >= 3  # placeholder, tokens…, done
    history, cites, note, err, box = steps[-1]
    assert [m["role"] for m in history] == ["user", "assistant"]
    assert history[-1]["content"].strip()
    assert "fda-cite" in cites and "<mark>" in cites and "tiny.md" in cites
    # the box is cleared once, when the question is taken; later updates leave it (and what is typed) alone
    assert steps[0][2] == "" and steps[0][3] == "" and steps[0][4] == ""
    assert all(_skipped(s[4]) for s in steps[1:]) and all(_skipped(s[2]) and _skipped(s[3]) for s in steps[1:])
    assert all(_skipped(s[1]) for s in steps[1:-1])  # the passages are written at the start and at the end only
    # the answer grew token by token
    partial = [s[0][-1]["content"] for s in steps[1:-1]]
    assert partial and all(len(a) <= len(b) for a, b in zip(partial, partial[1:]))


def test_chat_follow_up_uses_history(service):
    history = list(ui.chat_turn(service, "What do I need for the video call?", [], ""))[-1][0]
    out = list(ui.chat_turn(service, "And what do I need for it?", history, ""))[-1][0]
    assert len(out) == 4 and out[-1]["role"] == "assistant"


def test_chat_bad_state_is_inline_and_still_answers(service):
    steps = _steps(ui.chat_turn(service, "What do I need for the video call?", [], '{"stage_dropped": "VKYC", "language": "fr"}'))
    err = steps[0][3]
    assert "language: must be" in err and "fda-error" in err
    assert steps[-1][0][-1]["content"].strip()
    history, _, _, err, _ = list(ui.chat_turn(service, "Why did I drop?", [], '{"stage_dropped": "MOON_LANDING"}'))[-1]
    assert "stage_dropped: unknown stage" in err
    err = list(ui.chat_turn(service, "Why did I drop?", [], "{not json"))[0][3]
    assert "User state JSON: not valid JSON" in err and "body" not in err


def test_chat_empty_and_too_long(service):
    # the empty-question error goes to the note under the question box, not under the user state
    (history, _, note, state_err, box), = list(ui.chat_turn(service, "   ", [], ""))
    assert history == [] and "question: type a question first" in note and "fda-error" in note
    assert _skipped(state_err) and _skipped(box)
    # a paste over the limit is answered, cut, and the user is told
    steps = _steps(ui.chat_turn(service, "What do I need for the video call? " + "x" * 5000, [], ""))
    assert "cut to the first 4,000 characters" in steps[0][2]
    history = steps[-1][0]
    assert len(history[0]["content"]) <= ui.MAX_QUERY and history[-1]["content"].strip()
    assert ui.MAX_QUERY == 4000


def test_chat_masks_the_users_own_message(service):
    history = list(ui.chat_turn(service, "My PAN is ABCPK1234F and phone 9876543210, what do I need for the video call?", [], ""))[-1][0]
    shown = history[0]["content"]
    assert "ABCPK1234F" not in shown and "9876543210" not in shown and "[PAN]" in shown and "[PHONE]" in shown


class _StubService:
    """Plays back the events of a language-model answer (chat_stream) without a model."""

    def __init__(self, events, provider="local", llm_default=True):
        from types import SimpleNamespace

        self.settings = SimpleNamespace(provider=provider)
        self.events, self.default = events, llm_default

    def llm_by_default(self):
        return self.default

    def fit_history(self, req):
        return req

    def chat_stream(self, req):
        yield from self.events


def _reply(answer, provider="local"):
    return {"answer": answer, "citations": [], "intent": "faq", "language": "en", "fallback": False, "confidence": 0.9,
            "usage": {"provider": provider, "model": "gemma", "latency_ms": 1200.0}}


def test_chat_llm_replace_is_shown_and_not_credited_to_the_model():
    events = [{"type": "token", "text": "Raw "}, {"type": "token", "text": "model text"},
              {"type": "replace", "text": "The passage answer."}, {"type": "done", "reply": _reply("The passage answer.")}]
    steps = _steps(ui.chat_turn(_StubService(events), "What do I need?", [], "", use_llm=True))
    # before the first token the bubble says the model is working, not an empty bubble
    assert "local model" in steps[0][0][-1]["content"] and "minute" in steps[0][0][-1]["content"]
    assert steps[2][0][-1]["content"] == "Raw model text"
    assert steps[3][0][-1]["content"] == "The passage answer."  # the replace event itself is shown
    meta = steps[-1][1]
    assert "failed a grounding check" in meta and "model: local" not in meta
    # no replace: the model wrote the answer and is named
    events = [{"type": "token", "text": "Model answer."}, {"type": "done", "reply": _reply("Model answer.")}]
    meta = list(ui.chat_turn(_StubService(events), "What do I need?", [], "", use_llm=True))[-1][1]
    assert "model: local/gemma" in meta and "grounding" not in meta
    # the model failed outright (no tokens, no usage): still not credited
    events = [{"type": "replace", "text": "The passage answer."}, {"type": "done", "reply": _reply("The passage answer.", "none")}]
    meta = list(ui.chat_turn(_StubService(events), "What do I need?", [], "", use_llm=True))[-1][1]
    assert "could not answer" in meta and "model:" not in meta


@pytest.mark.parametrize("llm_text,released", [
    ("The card is free. Approval is guaranteed for you. More text.", "The card is free."),
    ("The annual fee is ₹7,777.", ""),
])
def test_chat_shows_only_text_the_engine_released(tiny_index, tiny_retrievers, llm_text, released):
    """(d) The browser app shows the engine's events as they come — so with a real engine and a model that
    writes a guarantee or a made-up fee, no bubble state ever holds text the engine did not release."""
    from assistant.llm.fake import FakeLLM
    from assistant.schemas import ChatRequest
    from assistant.service import FunnelService
    from assistant.settings import Settings

    s = Settings(index_dir=str(tiny_index), embedder="hash", provider="fake", audit_log="")
    svc = FunnelService(s, retriever=tiny_retrievers["hybrid+rerank"], llm=FakeLLM(replies=[llm_text]))
    q = "What are the fees for the card?"
    det = list(ui.chat_turn(FunnelService(s.model_copy(update={"provider": "none"}), retriever=tiny_retrievers["hybrid+rerank"]),
                            q, [], ""))[-1][0][-1]["content"]
    steps = _steps(ui.chat_turn(svc, q, [], "", use_llm=True))
    bubbles = [st[0][-1]["content"] for st in steps]
    assert all("guarantee" not in b.lower() and "7,777" not in b and "More text" not in b for b in bubbles)
    answer = MARK_RE.sub("", det.split(SOURCES_MARK)[0])  # the final bubble adds inline markers and its sources
    allowed = {ui.pending_notice(svc, ChatRequest(query=q, use_llm=True)), released, answer, det}
    assert set(bubbles) <= allowed and bubbles[-1] == det and "Sources: [1] tiny.md" in det
    assert "failed a grounding check" in steps[-1][1]


def test_pending_notice_only_when_a_model_answers(service):
    from assistant.schemas import ChatRequest

    req = ChatRequest(query="hi")
    assert ui.pending_notice(service, req) == ""  # provider none: the answer starts at once
    assert ui.pending_notice(_StubService([], llm_default=False), req) == ""
    assert "minute" in ui.pending_notice(_StubService([], llm_default=False), ChatRequest(query="hi", use_llm=True))
    assert "language model" in ui.pending_notice(_StubService([], provider="openai"), req)


def test_cleared_chat_resets_the_passages():
    cites, note = ui.cleared_chat()
    assert cites == ui.CITES_PLACEHOLDER and note == ""


def test_app_wiring(service):
    demo = ui.build_ui(service)
    deps = _deps(demo)
    # Ask and Enter are one event that queues a second question rather than dropping it
    chat = [d for d, t in deps if t == {"ask", "question"} and d["queue"]]
    assert len(chat) == 1 and chat[0]["trigger_mode"] == "always_last"
    assert any(t == {"ask", "question"} and not d["queue"] for d, t in deps)  # the "still answering" note
    # the question box is an output of the chat only (cleared once per question)
    box = _component(demo, "question")["id"]
    assert [d["queue"] for d, t in deps if t == {"ask", "question"} and box in d["outputs"]] == [True]
    # clearing the chat clears the cited passages
    cites = _component(demo, "citations")["id"]
    assert any(t == {"chatbot"} and d["targets"][0][1] == "clear" and cites in d["outputs"] for d, t in deps)
    # Diagnose reads only the user state: the chat's model checkbox does not apply to it, and says so
    diag = [d for d, t in deps if t == {"diagnose"}]
    assert len(diag) == 1 and diag[0]["inputs"] == [_component(demo, "state")["id"]]
    assert "chat answers" in _component(demo, "use-llm")["props"]["label"]
    assert _component(demo, "batch-chart")["props"]["sort"] == "-y"  # bars by count, not alphabetically
    assert "Diagnose drop-off" in _component(demo, "card")["props"]["value"]  # a placeholder, not an empty box


def test_prediction_card(service):
    card, err = ui.prediction_card(service, json.dumps(GOOD))
    assert err == "" and card.startswith("### ")
    assert "Confidence" in card and "Steps to fix" in card and "Nudge" in card and ("Fallback" in card or "confident" in card)
    card, err = ui.prediction_card(service, '{"user_id": "B2002"}')
    assert card == ui.CARD_PLACEHOLDER and "stage_dropped: is required" in err
    card, err = ui.prediction_card(service, "")
    assert card == ui.CARD_PLACEHOLDER and "stage_dropped" in err


def test_sources_are_named_once():
    from surfaces.ui_format import card_markdown, nudge_rows, sources_text

    cites = [{"source": "a.md", "page": 1}, {"source": "b.md", "page": 2}, {"source": "a.md", "page": 1}]
    assert sources_text(cites) == "a.md p.1; b.md p.2"
    p = {"predicted_drop_reason": "R", "stage_name": "S", "stage": "s", "reason_code": "C", "confidence_score": 0.9,
         "fallback": False, "explanation": "E", "steps_to_fix": [], "nudge_message": "N", "message": "M",
         "secondary_reasons": [], "unknown_error_codes": [], "citations": cites}
    assert card_markdown(p).endswith("**Sources:** a.md p.1; b.md p.2")
    resp = {"stage": "s", "reason_code": "C", "reason": "R",
            "nudges": [{"style": "cta", "language": "en", "text": "t", "chars": 1, "compliant": True, "citations": cites}]}
    assert nudge_rows(resp)[0]["sources"] == "a.md p.1; b.md p.2"


def test_feedback_is_logged_masked(service):
    history = list(ui.chat_turn(service, "My PAN is ABCPK1234F, phone 9876543210, what do I need for the video call?", [], ""))[-1][0]
    data = gr.LikeData(target=None, data={"index": 1, "value": history[1]["content"], "liked": False})
    ui.record_feedback(service, history, data)
    rows = [json.loads(x) for x in open(service.settings.feedback_log, encoding="utf-8")]
    assert rows[-1]["kind"] == "feedback" and rows[-1]["liked"] is False and rows[-1]["index"] == 1
    assert "ABCPK1234F" not in json.dumps(rows[-1]) and "9876543210" not in json.dumps(rows[-1])
    assert "retracted" not in rows[-1]
    # clicking the same thumb again takes it back: a clear retraction, not "liked": ""
    ui.record_feedback(service, history, gr.LikeData(target=None, data={"index": 1, "value": history[1]["content"], "liked": ""}))
    row = json.loads(open(service.settings.feedback_log, encoding="utf-8").read().splitlines()[-1])
    assert row["liked"] is None and row["retracted"] is True and row["index"] == 1


def test_reason_choices_cover_reasons_and_codes(service):
    stages = ui.stage_choices(service)
    assert [v for _, v in stages][:2] == ["ekyc", "liveliness"]
    values = [v for _, v in ui.reason_choices(service, "vkyc")]
    assert "outside_hours" in values and "VKYC_AGENT_UNAVAILABLE" in values
    assert ui.reason_choices(service, "nope") == []


def test_nudges_both_languages_and_exports(service):
    table, files, err = ui.make_nudges(service, "Stage & reason", "vkyc", "VKYC_AGENT_UNAVAILABLE", "", "Asha")
    assert err == "" and table.count("<tr>") == 5  # header + four styles
    assert '<div class="fda-nudges-wrap"><table class="fda-nudges">' in table  # scrolls sideways on a phone
    assert "English" in table and "हिन्दी" in table and "chars" in table and ("✓" in table or "⚠" in table)
    csv_path, json_path = files
    rows = list(csv.DictReader(open(csv_path, encoding="utf-8-sig")))
    assert len(rows) == 8 and {r["language"] for r in rows} == {"en", "hi"}
    assert len(json.load(open(json_path, encoding="utf-8"))["nudges"]) == 8


def test_nudges_from_state_and_bad_input(service):
    table, files, err = ui.make_nudges(service, "User state", None, None, json.dumps(GOOD), "")
    assert err == "" and files
    _, files, err = ui.make_nudges(service, "User state", None, None, "", "")
    assert files is None and "state:" in err
    _, files, err = ui.make_nudges(service, "Stage & reason", "vkyc", "NOT_A_REASON", "", "")
    assert files is None and "reason: unknown reason" in err
    _, files, err = ui.make_nudges(service, "Stage & reason", "vkyc", None, "", "x" * 60)
    assert files is None and err.startswith('<div class="fda-error"') and "name" in err


def test_nudge_name_that_is_a_number_or_email_is_refused(service):
    for name in ("9876543210", "Asha 2", "asha@example.com"):
        table, files, err = ui.make_nudges(service, "Stage & reason", "vkyc", None, "", name)
        assert table == "" and files is None and "First name:" in err and name not in err


def test_compliance_badge_names_the_failed_check():
    from surfaces.ui_format import compliance_badge

    assert "✓ compliant" in compliance_badge({"compliant": True})
    assert "failed a compliance check" in compliance_badge({"compliant": False})  # the schema says no more today
    badge = compliance_badge({"compliant": False, "violations": ["guarantee", {"rule": "ungrounded_number", "detail": "48"}]})
    assert "promises an outcome" in badge and "a number not in the sources" in badge


@pytest.fixture()
def uploads(tmp_path, monkeypatch):
    """Gradio's upload folder for this test: the batch tab scores only files that sit in it."""
    d = tmp_path / "gradio-uploads"
    d.mkdir()
    monkeypatch.setenv("GRADIO_TEMP_DIR", str(d))
    return d


def test_batch_scores_good_and_bad_rows(service, uploads):
    src = uploads / "states.jsonl"
    src.write_text(json.dumps(GOOD) + "\n" + '{"user_id": "B2", "stage_dropped": "MOON_LANDING"}\n{"broken\n', encoding="utf-8")
    seen = []
    md, df, files, summary, err = ui.score_upload(service, str(src), lambda f, desc=None: seen.append(f))
    assert err == "" and summary["scored"] == 1 and summary["rejected"] == 2
    assert seen and seen[-1] == 1.0  # the overlay follows the job (its on_progress) to the end
    assert list(df.columns) == ["reason", "count", "basis"] and df["count"].sum() == 1
    out, rejects = files
    assert sum(1 for _ in open(out)) == 1 and sum(1 for _ in open(rejects)) == 2
    assert "**3** rows" in md


def test_batch_csv_and_bad_files(service, uploads):
    import shutil

    from assistant.settings import ROOT

    csv_copy = shutil.copy(ROOT / "data/samples/states.csv", uploads / "states.csv")
    md, df, files, summary, err = ui.score_upload(service, str(csv_copy))
    assert err == "" and summary["scored"] >= 1
    bad = uploads / "x.csv"
    bad.write_text("user_id,stage\nU1,VKYC\n", encoding="utf-8")
    *_, err = ui.score_upload(service, str(bad))
    assert "stage_dropped" in err
    *_, err = ui.score_upload(service, None)
    assert "file:" in err
    txt = uploads / "x.txt"
    txt.write_text("hello", encoding="utf-8")
    *_, err = ui.score_upload(service, str(txt))
    assert "not JSONL or CSV" in err


def test_batch_empty_file(service, uploads):
    for name, text in [("empty.jsonl", ""), ("blank.jsonl", "\n \n"), ("header.csv", "user_id,stage_dropped\n")]:
        f = uploads / name
        f.write_text(text, encoding="utf-8")
        md, df, files, _, err = ui.score_upload(service, str(f))
        assert md == "" and files is None and "is empty" in err and len(df) == 0, name


def test_status(service):
    md, info = ui.status_markdown(service)
    assert "Chunks" in md and "hash" in md and "Provider `none`" in md
    assert info["index"]["chunks"] > 0


def test_the_batch_chart_counts_one_id_per_cause_and_keeps_evidence_apart_from_defaults(service, uploads):
    """A stage reason that names an error code's cause is counted as that code (camera_permission and
    CAMERA_PERMISSION_DENIED are one bar), and rows with no usable evidence (the stage's default guess)
    are a series of their own, not mixed into the evidence-backed counts."""
    rows = [{"stage_dropped": "liveliness", "error_code_history": ["CAMERA_PERMISSION_DENIED"]}] * 2
    rows += [{"stage_dropped": "liveliness"}] * 3  # no codes: the stage's most common reason, a guess
    src = uploads / "mixed.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    md, df, files, summary, err = ui.score_upload(service, str(src))
    assert err == "" and summary["basis"] == {"error_code": 2, "stage_default": 3}
    by = {(r.reason, r.basis): r["count"] for _, r in df.iterrows()}
    assert by[("CAMERA_PERMISSION_DENIED", "from error codes")] == 2
    assert sum(n for (reason, basis), n in by.items() if basis.startswith("stage default")) == 3
    assert "camera_permission" not in set(df["reason"])
    assert by[("CAMERA_PERMISSION_DENIED (default)", "stage default (no evidence)")] == 3  # its own bar, labelled


def test_each_answer_keeps_its_own_sources_and_history_reads_without_them(tiny_index, tiny_retrievers):
    from assistant.service import FunnelService
    from assistant.settings import Settings

    svc = FunnelService(Settings(index_dir=str(tiny_index), embedder="hash", provider="none", audit_log=""),
                        retriever=tiny_retrievers["hybrid+rerank"])
    history = list(ui.chat_turn(svc, "What do I need for the video call?", [], ""))[-1][0]
    history = list(ui.chat_turn(svc, "What are the fees for the card?", history, ""))[-1][0]
    answers = [m["content"] for m in history if m["role"] == "assistant"]
    assert all(SOURCES_MARK in a and "[1] tiny.md" in a for a in answers)  # under each answer, not only the latest
    assert all(SOURCES_MARK not in t.assistant for t in ui.history_turns(history))  # follow-ups see the answer only


def test_a_pasted_state_that_is_not_used_is_said_so(service):
    html_out, files, err = ui.make_nudges(service, "Stage & reason", "vkyc", None, json.dumps(GOOD), "")
    assert err == "" and "pasted user state was not used" in html_out and files
    html_out, _, _ = ui.make_nudges(service, "Stage & reason", "vkyc", None, "", "")
    assert "not used" not in html_out


def test_a_pdf_citation_links_to_its_page_and_a_guide_does_not():
    from surfaces.ui_format import citations_html, sources_line

    pdf = {"source": "guide.pdf", "page": 3, "section": "Fees", "chunk_id": "0123456789abcdef", "quote": "No joining fee."}
    md = {"source": "edge_plus_onboarding.md", "page": 1, "section": "Fees", "chunk_id": "fedcba9876543210", "quote": "Free."}
    assert 'href="source/0123456789abcdef.png"' in citations_html([pdf]) and "view the page" not in citations_html([md])
    assert 'title="guide.pdf, page 3"' in citations_html([pdf])  # the side viewer's header
    assert '(source/0123456789abcdef.png "guide.pdf, page 3")' in sources_line([pdf, md])
    assert "fedcba9876543210" not in sources_line([pdf, md])


def test_an_answer_carries_inline_markers_for_the_passages_its_sentences_come_from():
    from surfaces.ui_format import marked_answer

    cites = [{"source": "a.pdf", "page": 1, "quote": "Agents work from 9 AM to 11 PM. The quietest slot is noon to 3 PM."},
             {"source": "b.md", "page": 1, "quote": "Keep your original PAN card and a pen ready."}]
    answer = "Agents work from 9 AM to 11 PM. The quietest slot is noon to 3 PM. Keep your original PAN card and a pen ready."
    marked = marked_answer(answer, cites)
    # one marker per run of sentences from one passage, after its last sentence, numbered like the sources line
    assert marked == ("Agents work from 9 AM to 11 PM. The quietest slot is noon to 3 PM.\u2009[1] "
                      "Keep your original PAN card and a pen ready.\u2009[2]")
    lead = "नमस्ते, जानकारी यह है:\nKeep your original PAN card and a pen ready."
    assert marked_answer(lead, cites) == lead + "\u2009[2]"  # a lead-in no passage carries gets no marker
    assert marked_answer(answer, []) == answer
    assert marked_answer("Something else entirely here.", cites) == "Something else entirely here."


def test_inline_markers_never_reach_the_model_as_history():
    history = [{"role": "user", "content": "When can I do the video call?"},
               {"role": "assistant", "content": "From 9 AM to 11 PM.\u2009[1]\n\n---\nSources: [1] a.pdf, p.1"}]
    assert ui.history_turns(history)[0].assistant == "From 9 AM to 11 PM."


def test_a_long_conversation_keeps_going_with_its_latest_turns_and_a_long_question_is_refused(tiny_index, tiny_retrievers):
    """Token budgets (Settings.max_query_tokens / max_history_tokens): the app drops the oldest turns so a
    long conversation goes on; a question over its own budget gets an error by the box, not an answer."""
    from assistant.service import FunnelService
    from assistant.settings import Settings

    svc = FunnelService(Settings(index_dir=str(tiny_index), embedder="hash", provider="none", audit_log="",
                                 max_query_tokens=40, max_history_tokens=60), retriever=tiny_retrievers["hybrid+rerank"])
    turn = [{"role": "user", "content": "When can I do the video call today please?"},
            {"role": "assistant", "content": "Agents are available from 9 AM to 11 PM every day of the week."}]
    steps = list(ui.chat_turn(svc, "What do I need for the video call?", turn * 6, ""))
    assert "PAN card" in steps[-1][0][-1]["content"]  # answered
    assert not any("fda-error" in str(st[2]) for st in steps)
    steps = list(ui.chat_turn(svc, "video " * 60, turn, ""))
    assert len(steps) == 1 and "query: the question is 62 tokens long; the limit is 40" in steps[0][2]


def test_fit_history_drops_only_the_oldest_turns_and_counts_each_once(tiny_index, tiny_retrievers, monkeypatch):
    from assistant.schemas import ChatRequest, ChatTurn
    from assistant.service import FunnelService
    from assistant.settings import Settings

    svc = FunnelService(Settings(index_dir=str(tiny_index), embedder="hash", provider="none", audit_log="",
                                 max_history_tokens=25), retriever=tiny_retrievers["hybrid+rerank"])
    calls = []
    monkeypatch.setattr(svc.retriever.embedder, "token_count", lambda text: calls.append(text) or 5)
    turns = [ChatTurn(user=f"q{i}", assistant=f"a{i}") for i in range(6)]  # 10 tokens a turn, 60 in all
    fitted = svc.fit_history(ChatRequest(query="and then?", history=turns))
    assert [t.user for t in fitted.history] == ["q4", "q5"] and len(calls) == 1 + 2 * len(turns)
