"""Conversations kept per browser or login in SQLite: masked, separated by owner, newest first, bounded."""
from __future__ import annotations

from surfaces import history
from surfaces.history import ConversationStore


def _chat(q: str, a: str) -> list[dict]:
    return [{"role": "user", "content": q}, {"role": "assistant", "content": a}]


def test_saved_listed_reopened_and_masked(tmp_path):
    store = ConversationStore(tmp_path / "h.sqlite3")
    cid = store.new_id()
    store.save("browser:a", cid, _chat("My PAN is ABCDE1234F and phone 9876543210, why stuck?", "Finish video KYC."))
    (conv,) = store.list("browser:a")
    assert conv[0] == cid and conv[1].startswith("My PAN is")
    msgs = store.load("browser:a", cid)
    assert msgs[1]["content"] == "Finish video KYC."
    raw = (tmp_path / "h.sqlite3").read_bytes() + b"".join(p.read_bytes() for p in tmp_path.glob("h.sqlite3-*"))
    assert b"ABCDE1234F" not in raw and b"9876543210" not in raw  # masked before it reaches the disk


def test_nobody_lists_or_opens_another_owners_conversation(tmp_path):
    store = ConversationStore(tmp_path / "h.sqlite3")
    cid = store.new_id()
    store.save("user:asha", cid, _chat("q", "a"))
    assert store.list("user:ravi") == [] and store.load("user:ravi", cid) == []
    store.save("user:ravi", cid, _chat("hijack", "x"))  # the same id from another owner does not overwrite it
    assert store.load("user:asha", cid)[0]["content"] == "q"


def test_newest_first_and_bounded(tmp_path, monkeypatch):
    monkeypatch.setattr(history, "MAX_PER_OWNER", 3)
    store = ConversationStore(tmp_path / "h.sqlite3")
    ids = [store.new_id() for _ in range(5)]
    for i, cid in enumerate(ids):
        store.save("browser:b", cid, _chat(f"question {i}", "a"))
    assert [c[0] for c in store.list("browser:b")] == ids[:1:-1]
