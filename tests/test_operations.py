"""Health that tells the truth and a server that heals: a damaged build is reported by /ready and
healed by `ingest --force` without a restart, a new build is served within seconds, ingest does not
call a damaged build "unchanged", prune spares a build a live process serves, and the LLM circuit
breaker opens after failures in a row and says so."""
from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from assistant.schemas import ChatRequest
from assistant.service import FunnelService
from assistant.settings import Settings
from ingest.pipeline import READERS_DIR, current_build, ingest
from surfaces.api import create_app

Q = "What do I need for the video call?"


def _wait(cond, timeout: float = 5.0) -> float:
    t = time.monotonic()
    while time.monotonic() - t < timeout:
        if cond():
            return time.monotonic() - t
        time.sleep(0.1)
    raise AssertionError(f"not within {timeout} s")


@pytest.fixture()
def live(tmp_path, tiny_docs, hash_embedder, catalog):
    index = tmp_path / "index"
    ingest([tiny_docs], index, hash_embedder, catalog, progress=False)
    svc = FunnelService(Settings(provider="none", embedder="hash", index_dir=str(index), audit_log=""))
    return svc, TestClient(create_app(svc)), index


def test_a_new_build_is_served_within_seconds_without_a_restart(live, tmp_path, hash_embedder, catalog):
    svc, client, index = live
    first = client.get("/ready").json()["build"]
    docs = tmp_path / "docs2"
    docs.mkdir()
    (docs / "more.md").write_text("# Card delivery\n\nThe card reaches you in 5 to 7 days after approval.\n", encoding="utf-8")
    ingest([docs], index, hash_embedder, catalog, progress=False)
    new = current_build(index).name
    assert new != first
    took = _wait(lambda: client.get("/ready").json().get("build") == new)
    assert took < 5
    assert {h.chunk.source for h in svc.retriever.search("When does the card reach me after approval?").hits} == {"more.md"}


def test_a_damaged_build_is_reported_and_healed_by_ingest_force(live, tiny_docs, hash_embedder, catalog):
    svc, client, index = live
    assert client.get("/ready").status_code == 200
    build = current_build(index)
    for f in (build / "chroma").rglob("*"):
        if f.is_file():
            f.write_bytes(b"")  # a disk error, a half-copied folder
    svc.retriever.index.store.close()
    for p in (build / "vectors.npy", build / "chunks.jsonl"):
        p.write_text("")
    # a fresh process over the damaged build: not ready, and it says how to heal
    broken = TestClient(create_app(FunnelService(Settings(provider="none", embedder="hash", index_dir=str(index), audit_log=""))))
    r = broken.get("/ready")
    assert r.status_code == 503 and "--force" in r.json()["index"]
    # a plain ingest of the same content does not call it unchanged
    res = ingest([tiny_docs], index, hash_embedder, catalog, progress=False)
    assert res.status == "built"
    _wait(lambda: broken.get("/ready").status_code == 200)
    assert "PAN" in broken.post("/chat", json={"query": Q}).json()["answer"]


def test_prune_spares_a_build_that_a_live_process_serves(live, tmp_path, hash_embedder, catalog):
    svc, client, index = live
    assert client.get("/ready").status_code == 200  # the server loaded the build
    served = current_build(index)
    assert (served / READERS_DIR / str(os.getpid())).exists()
    # two more builds: the served one is neither the new one nor the one just replaced
    for i in range(2):
        d = tmp_path / f"d{i}"
        d.mkdir()
        (d / "x.md").write_text(f"# Topic {i}\n\nSome text about topic number {i} and the card.\n", encoding="utf-8")
        ingest([d], index, hash_embedder, catalog, progress=False)
    assert served.exists()
    (served / READERS_DIR / str(os.getpid())).unlink()
    shutil.copytree(tmp_path / "d0", tmp_path / "d2")
    ingest([tmp_path / "d2"], index, hash_embedder, catalog, progress=False, force=True)
    assert not served.exists()  # nobody reads it any more


def test_the_breaker_opens_after_failures_in_a_row_and_ready_says_so(tiny_index, tiny_retrievers, tmp_path):
    from assistant.llm.base import ProviderError
    from assistant.llm.fake import FakeLLM

    class Down(FakeLLM):
        asked = 0

        def _generate(self, system, messages, max_new_tokens, stop, json_mode):
            Down.asked += 1
            raise ProviderError("server at 127.0.0.1:9 refused the connection")

    llm = Down()
    s = Settings(provider="fake", use_llm=True, embedder="hash", index_dir=str(tiny_index), audit_log="",
                 llm_breaker_failures=2, llm_breaker_cooldown_s=0.5, cache_size=0)
    svc = FunnelService(s, retriever=tiny_retrievers["hybrid+rerank"], llm=llm)
    svc.chat(ChatRequest(query=Q))
    assert svc.model.breaker() == "closed"
    svc.chat(ChatRequest(query=Q))  # the second failure in a row opens it (no answer cache here)
    assert svc.model.breaker() == "open"
    asked = Down.asked
    r = svc.chat(ChatRequest(query=Q))
    assert Down.asked == asked and not r.fallback and "PAN" in r.answer  # not asked while open: deterministic at once
    ok, detail = svc.ready()
    assert ok and detail["degraded"] and detail["llm"]["breaker"] == "open" and "refused" in detail["llm"]["error"]
    time.sleep(0.6)
    assert svc.model.breaker() == "half-open"
    llm.__class__ = FakeLLM  # the server is back
    llm.queue("Keep your PAN card and a pen ready [c1].")
    svc.chat(ChatRequest(query=Q))
    assert svc.model.breaker() == "closed" and svc.llm_error is None


def test_a_cited_pdf_page_opens_with_the_passage_highlighted(tmp_path, hash_embedder, catalog):
    """GET /source/<chunk_id>.png: the page a citation names, rendered from the build's own copy of the
    PDF with the passage highlighted; anything else is a 404 — no path from the request is ever read."""
    import pymupdf
    from hidden_pdfs import titled_pages

    docs = tmp_path / "docs"
    docs.mkdir()
    titled_pages(docs / "guide.pdf", [("Card delivery", "The card reaches you in 5 to 7 days after approval."),
                                      ("Activation", "Activate the card with the one-time password sent to your phone.")])
    (docs / "notes.md").write_text("# Notes\n\nOur own summary of the guide.\n", encoding="utf-8")
    index = tmp_path / "index"
    ingest([docs], index, hash_embedder, catalog, progress=False)
    svc = FunnelService(Settings(provider="none", embedder="hash", index_dir=str(index), audit_log=""))
    client = TestClient(create_app(svc))
    chunks = svc.retriever.index.chunks
    pdf_chunk = next(c for c in chunks if c.source == "guide.pdf" and "one-time password" in c.text)
    assert pdf_chunk.page == 2
    r = client.get(f"/source/{pdf_chunk.chunk_id}.png")
    assert r.status_code == 200 and r.headers["content-type"] == "image/png" and r.content.startswith(b"\x89PNG")
    plain = pymupdf.open(docs / "guide.pdf")[1].get_pixmap(matrix=pymupdf.Matrix(1.6, 1.6)).tobytes("png")
    assert r.content != plain  # the passage is highlighted
    md_chunk = next(c for c in chunks if c.source == "notes.md")
    assert client.get(f"/source/{md_chunk.chunk_id}.png").status_code == 404  # not a PDF
    assert client.get("/source/0123456789abcdef.png").status_code == 404
    assert client.get("/source/..%2F..%2Fetc%2Fpasswd.png").status_code == 404


def test_the_whole_passage_is_highlighted_not_only_its_first_runs_of_words():
    from ingest.page_image import SNIPPET_WORDS, _snippets

    for n in (1, 3, SNIPPET_WORDS, SNIPPET_WORDS + 3, 2 * SNIPPET_WORDS, 3 * SNIPPET_WORDS - 1):
        words = [f"w{i}" for i in range(n)]
        runs = _snippets(words)
        covered = {w for r in runs for w in r.split()}
        assert covered == set(words), n  # the tail of an 11-word passage was never searched
        assert all(len(r.split()) == min(n, SNIPPET_WORDS) for r in runs)  # no short run that matches anywhere
