"""The Gradio app without a browser: it builds, mounts beside the API, and its callbacks return
the expected shapes for good and bad input (hash embedder, provider `none`, the tiny index)."""
from __future__ import annotations

import csv
import json
import os

import pytest

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

gr = pytest.importorskip("gradio")

from assistant import ui  # noqa: E402

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

    from assistant.api import create_app

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

    from assistant.api import create_app
    from assistant.service import FunnelService

    svc = FunnelService(service.settings.model_copy(update={"ui_auth": "ops:s3cret"}), retriever=service.retriever)
    with TestClient(create_app(svc, with_ui=True)) as c:
        assert c.get("/health").status_code == 200
        assert c.post("/login", data={"username": "ops", "password": "wrong"}).status_code >= 400
        assert c.post("/login", data={"username": "ops", "password": "s3cret"}).status_code == 200


def test_samples_load(service):
    samples = ui.load_samples(service)
    assert len(samples) >= 10
    state = json.loads(next(iter(samples.values())))
    assert "stage_dropped" in state and "expected_reason" not in state


def test_describe_error_is_field_message():
    from assistant.state import StateError

    for text, field in [("{not json", "body"), ("{}", "stage_dropped"), ('{"stage_dropped": "VKYC", "language": "fr"}', "language"),
                        ('{"stage_dropped": "VKYC", "timestamp": "yesterday"}', "timestamp"), ("[1]", "body")]:
        with pytest.raises(StateError) as e:
            ui.read_state(text)
        msg = ui.describe_error(e.value)
        assert msg.startswith(field + ":") and "Traceback" not in msg
    assert ui.read_state("  ") is None


def test_chat_streams_answer_with_citations(service):
    steps = list(ui.chat_turn(service, "What do I need for the video call?", [], ""))
    assert len(steps) >= 3  # placeholder, tokens…, done
    history, cites, err, box = steps[-1]
    assert [m["role"] for m in history] == ["user", "assistant"]
    assert history[-1]["content"].strip() and err == "" and box == ""
    assert "fda-cite" in cites and "<mark>" in cites and "tiny.md" in cites
    # the answer grew token by token
    partial = [s[0][-1]["content"] for s in steps[1:-1]]
    assert partial and all(len(a) <= len(b) for a, b in zip(partial, partial[1:]))


def test_chat_follow_up_uses_history(service):
    history = list(ui.chat_turn(service, "What do I need for the video call?", [], ""))[-1][0]
    out = list(ui.chat_turn(service, "And what do I need for it?", history, ""))[-1][0]
    assert len(out) == 4 and out[-1]["role"] == "assistant"


def test_chat_bad_state_is_inline_and_still_answers(service):
    history, cites, err, _ = list(ui.chat_turn(service, "What do I need for the video call?", [], '{"stage_dropped": "VKYC", "language": "fr"}'))[-1]
    assert "language: must be" in err and "fda-error" in err
    assert history[-1]["content"].strip()
    history, _, err, _ = list(ui.chat_turn(service, "Why did I drop?", [], '{"stage_dropped": "MOON_LANDING"}'))[-1]
    assert "stage_dropped: unknown stage" in err


def test_chat_empty_and_too_long(service):
    (history, _, err, _), = list(ui.chat_turn(service, "   ", [], ""))
    assert history == [] and "question:" in err
    (history, _, err, box), = list(ui.chat_turn(service, "x" * 5000, [], ""))
    assert history == [] and "query:" in err and box  # the text stays in the box


def test_prediction_card(service):
    card, err = ui.prediction_card(service, json.dumps(GOOD))
    assert err == "" and card.startswith("### ")
    assert "Confidence" in card and "Steps to fix" in card and "Nudge" in card and ("Fallback" in card or "confident" in card)
    card, err = ui.prediction_card(service, '{"user_id": "B2002"}')
    assert card == "" and "stage_dropped: is required" in err
    card, err = ui.prediction_card(service, "")
    assert card == "" and "stage_dropped" in err


def test_feedback_is_logged_masked(service):
    history = list(ui.chat_turn(service, "My PAN is ABCPK1234F, phone 9876543210, what do I need for the video call?", [], ""))[-1][0]
    data = gr.LikeData(target=None, data={"index": 1, "value": history[1]["content"], "liked": False})
    ui.record_feedback(service, history, data)
    rows = [json.loads(x) for x in open(service.settings.feedback_log, encoding="utf-8")]
    assert rows[-1]["kind"] == "feedback" and rows[-1]["liked"] is False and rows[-1]["index"] == 1
    assert "ABCPK1234F" not in json.dumps(rows[-1]) and "9876543210" not in json.dumps(rows[-1])


def test_reason_choices_cover_reasons_and_codes(service):
    stages = ui.stage_choices(service)
    assert [v for _, v in stages][:2] == ["ekyc", "liveliness"]
    values = [v for _, v in ui.reason_choices(service, "vkyc")]
    assert "outside_hours" in values and "VKYC_AGENT_UNAVAILABLE" in values
    assert ui.reason_choices(service, "nope") == []


def test_nudges_both_languages_and_exports(service):
    table, files, err = ui.make_nudges(service, "Stage & reason", "vkyc", "VKYC_AGENT_UNAVAILABLE", "", "Asha")
    assert err == "" and table.count("<tr>") == 5  # header + four styles
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


def test_batch_scores_good_and_bad_rows(service, tmp_path):
    src = tmp_path / "states.jsonl"
    src.write_text(json.dumps(GOOD) + "\n" + '{"user_id": "B2", "stage_dropped": "MOON_LANDING"}\n{"broken\n', encoding="utf-8")
    seen = []
    md, df, files, summary, err = ui.score_upload(service, str(src), lambda f, desc=None: seen.append(f))
    assert err == "" and summary["scored"] == 1 and summary["rejected"] == 2
    assert list(df.columns) == ["reason", "count"] and df["count"].sum() == 1
    out, rejects = files
    assert sum(1 for _ in open(out)) == 1 and sum(1 for _ in open(rejects)) == 2
    assert "**3** rows" in md


def test_batch_csv_and_bad_files(service, tmp_path):
    from assistant.settings import ROOT

    md, df, files, summary, err = ui.score_upload(service, str(ROOT / "data/samples/states.csv"))
    assert err == "" and summary["scored"] >= 1
    bad = tmp_path / "x.csv"
    bad.write_text("user_id,stage\nU1,VKYC\n", encoding="utf-8")
    *_, err = ui.score_upload(service, str(bad))
    assert "stage_dropped" in err
    *_, err = ui.score_upload(service, None)
    assert "file:" in err
    txt = tmp_path / "x.txt"
    txt.write_text("hello", encoding="utf-8")
    *_, err = ui.score_upload(service, str(txt))
    assert "not JSONL or CSV" in err


def test_status(service):
    md, info = ui.status_markdown(service)
    assert "Chunks" in md and "hash" in md and "Provider `none`" in md
    assert info["index"]["chunks"] > 0
