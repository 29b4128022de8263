"""Conversations that last: the browser app's chats, kept per browser (or per login) in SQLite.

A support agent who reloads the page, or comes back tomorrow, finds the conversation list and reopens
one where it was. Each conversation is stored under its owner — the signed-in user when the app has a
login (`FUNNEL_UI_AUTH`), else a random id the browser keeps in its local storage — so nobody lists
another's chats. Text is PII-masked before it is written, as in the audit log: an Aadhaar, PAN or phone
number typed into a question never reaches the disk. One small file (`Settings.history_db`), WAL mode
so readers do not wait for the writer; at most `MAX_PER_OWNER` conversations are kept per owner.
"""
from __future__ import annotations

import json
import sqlite3
import threading
import time
import uuid
from pathlib import Path

from assistant.guard import mask_pii

MAX_PER_OWNER = 50
MAX_MESSAGES = 200  # the newest ones of a very long chat


class ConversationStore:
    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        with self._db() as db:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("CREATE TABLE IF NOT EXISTS conversations (id TEXT PRIMARY KEY, owner TEXT NOT NULL, title TEXT, "
                       "updated REAL NOT NULL, messages TEXT NOT NULL)")
            db.execute("CREATE INDEX IF NOT EXISTS by_owner ON conversations (owner, updated)")

    def _db(self) -> sqlite3.Connection:
        return sqlite3.connect(self.path, timeout=10)

    @staticmethod
    def new_id() -> str:
        return uuid.uuid4().hex

    def save(self, owner: str, conv_id: str, messages: list[dict]) -> None:
        """Store (or replace) a conversation; messages are chat messages {"role", "content"}."""
        if not owner or not conv_id or not messages:
            return
        kept = [{"role": m.get("role"), "content": mask_pii(message_text(m.get("content")))} for m in messages[-MAX_MESSAGES:]]
        title = next((m["content"] for m in kept if m["role"] == "user" and m["content"]), "Conversation")[:80]
        with self._lock, self._db() as db:
            db.execute("INSERT INTO conversations (id, owner, title, updated, messages) VALUES (?, ?, ?, ?, ?) "
                       "ON CONFLICT(id) DO UPDATE SET title=excluded.title, updated=excluded.updated, messages=excluded.messages "
                       "WHERE conversations.owner=excluded.owner",
                       (conv_id, owner, title, time.time(), json.dumps(kept, ensure_ascii=False)))
            db.execute("DELETE FROM conversations WHERE owner=? AND id NOT IN "
                       "(SELECT id FROM conversations WHERE owner=? ORDER BY updated DESC LIMIT ?)", (owner, owner, MAX_PER_OWNER))

    def list(self, owner: str) -> list[tuple[str, str, float]]:
        """(id, title, updated) of the owner's conversations, newest first."""
        with self._db() as db:
            return db.execute("SELECT id, title, updated FROM conversations WHERE owner=? ORDER BY updated DESC",
                              (owner,)).fetchall()

    def load(self, owner: str, conv_id: str) -> list[dict]:
        """The conversation's messages, or [] when it is not the owner's (or gone)."""
        with self._db() as db:
            row = db.execute("SELECT messages FROM conversations WHERE owner=? AND id=?", (owner, conv_id)).fetchone()
        return json.loads(row[0]) if row else []


def message_text(content) -> str:
    """Plain text of a chat message's content (a string, or a list of content parts)."""
    if isinstance(content, str):
        return content
    if isinstance(content, dict):
        return str(content.get("text") or content.get("value") or "")
    if isinstance(content, (list, tuple)):
        return " ".join(message_text(c) for c in content if c is not None)
    return ""
