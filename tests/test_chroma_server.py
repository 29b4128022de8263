"""The index on a real Chroma server (`chroma run`, shipped with the chromadb wheel): ingest publishes
a build, readers find the same passages as the embedded store without holding the vectors, a
re-ingest while they read breaks nothing, and the CLI reads it with `--store-url`. Skipped when the
`chroma` command is not installed next to this Python."""
from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest

CHROMA = Path(sys.executable).with_name("chroma")
QUERIES = ["What do I need for the video call?", "Why is the Aadhaar OTP not coming?", "What are the fees for the card?",
           "video kyc timings", "वीडियो केवाईसी का समय", "retry after rejection"]

if not CHROMA.exists():
    pytest.skip(f"{CHROMA} not found (it comes with the chromadb package)", allow_module_level=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    port = _free_port()
    data = tmp_path_factory.mktemp("chroma-server")
    proc = subprocess.Popen([str(CHROMA), "run", "--path", str(data), "--host", "127.0.0.1", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            urllib.request.urlopen(url + "/api/v2/heartbeat", timeout=1)
            break
        except OSError:
            time.sleep(0.2)
    else:
        proc.kill()
        pytest.fail("chroma run did not start within 30 s")
    yield url
    proc.terminate()
    proc.wait(10)


@pytest.fixture(scope="module")
def published(server, tiny_docs, hash_embedder, catalog, tmp_path_factory):
    from ingest.pipeline import ingest

    d = tmp_path_factory.mktemp("server-index")
    res = ingest([tiny_docs], d, hash_embedder, catalog, progress=False, store_url=server)
    assert res.status == "built"
    return d, res


def _ids(ret, q):
    return [h.chunk.chunk_id for h in ret.search(q, k=5).hits]


def test_a_reader_of_the_server_finds_what_the_embedded_store_finds(server, published, hash_embedder, catalog):
    from rag.loader import load_retriever

    local_dir, res = published
    local = load_retriever(local_dir, embedder=hash_embedder, catalog=catalog)
    remote = load_retriever("", embedder=hash_embedder, catalog=catalog, store_url=server)
    assert remote.index.view_vectors is None  # the corpus's vectors stay on the server
    assert remote.index.manifest["build"] == res.build and len(remote.index.chunks) == len(local.index.chunks)
    for q in QUERIES:
        a, b = local.search(q, k=5), remote.search(q, k=5)
        assert [h.chunk.chunk_id for h in a.hits] == [h.chunk.chunk_id for h in b.hits], q
        assert a.confidence == pytest.approx(b.confidence, abs=1e-4), q
    local.index.store.close()


def test_a_reingest_while_replicas_read_breaks_neither(server, published, tiny_docs, hash_embedder, catalog, tmp_path):
    from ingest.pipeline import ingest
    from rag import remote
    from rag.loader import load_retriever

    local_dir, first = published
    replicas = [load_retriever("", embedder=hash_embedder, catalog=catalog, store_url=server) for _ in range(2)]
    assert _ids(replicas[0], QUERIES[0]) == _ids(replicas[1], QUERIES[0])  # two replicas answer alike
    errors: list[BaseException] = []
    stop = threading.Event()

    def read(ret):
        while not stop.is_set():
            try:
                for q in QUERIES:
                    assert ret.search(q, k=5).hits
            except BaseException as e:  # noqa: BLE001 — collected and asserted below
                errors.append(e)
                return

    threads = [threading.Thread(target=read, args=(r,)) for r in replicas]
    for t in threads:
        t.start()
    docs = tmp_path / "docs"
    shutil.copytree(tiny_docs, docs)
    (docs / "extra.md").write_text("# Card delivery\n\nThe physical card arrives by courier within 7 days.\n", encoding="utf-8")
    second = ingest([docs], local_dir, hash_embedder, catalog, progress=False, store_url=server)
    time.sleep(0.5)
    stop.set()
    for t in threads:
        t.join(30)
    assert not errors, errors[:1]
    assert second.build != first.build and remote.current(server)[0] == second.build
    # only the records the server lacked were sent: the new file's, not the corpus again
    assert 0 < second.published["sent"] < second.published["records"] and first.published["sent"] == first.published["records"]
    fresh = load_retriever("", embedder=hash_embedder, catalog=catalog, store_url=server)
    assert any("courier" in h.chunk.text for h in fresh.search("When does the physical card arrive?", k=5).hits)
    assert replicas[0].search(QUERIES[0], k=5).hits  # the build a replica still holds is kept


def test_the_cli_reads_the_server_and_says_what_is_wrong_when_it_cannot(server, published, tiny_docs, tmp_path):
    from test_cli_index import funnel

    r = funnel("retrieve", "video kyc timings", "--store-url", server, "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["hits"]
    nobody = f"http://127.0.0.1:{_free_port()}"  # nothing listens there
    r = funnel("ingest", tiny_docs, "--store-url", nobody, "--index", tmp_path / "idx", "--quiet")
    assert r.returncode == 2 and "could not publish" in r.stderr and "Traceback" not in r.stderr
    assert not (tmp_path / "idx" / "CURRENT").exists()  # the local index did not switch either
    r = funnel("retrieve", "video kyc timings", "--store-url", nobody)
    assert r.returncode == 3 and "Traceback" not in r.stderr, r.stderr


def test_a_store_url_that_is_not_a_url_is_refused():
    from assistant.settings import Settings

    with pytest.raises(ValueError, match="not a Chroma server URL"):
        Settings(store_url="localhost:8100")
    assert Settings(store_url="http://127.0.0.1:8100").store_url == "http://127.0.0.1:8100"


def test_a_serving_process_picks_up_a_build_published_to_the_server(server, published, tiny_docs, hash_embedder, catalog, tmp_path):
    from assistant.schemas import ChatRequest
    from assistant.service import FunnelService
    from assistant.settings import Settings
    from ingest.pipeline import ingest
    from rag import remote

    local_dir, _ = published
    svc = FunnelService(Settings(store_url=server, embedder="hash", provider="none", audit_log="", index_dir=str(tmp_path / "none")))
    assert not svc.chat(ChatRequest(query="What do I need for the video call?")).fallback
    docs = tmp_path / "docs"
    shutil.copytree(tiny_docs, docs)
    (docs / "limits.md").write_text("# Limits\n\nThe starting credit limit is reviewed after 6 months.\n", encoding="utf-8")
    new = ingest([docs], local_dir, hash_embedder, catalog, progress=False, store_url=server).build
    assert remote.current(server)[0] == new
    deadline = time.time() + 10
    while time.time() < deadline and svc.index.build != new:
        svc.retriever  # noqa: B018 — each use checks the server's pointer (at most once a second)
        time.sleep(0.2)
    assert svc.index.build == new and svc.index.probe() is None
    # the server keeps the current build and the one before it; older lists and their records go
    c = remote.client(server)
    lists = {x.name for x in c.list_collections() if x.name.startswith("fda-build-")}
    assert len(lists) == 2 and f"fda-build-{new}" in lists  # three builds were published: the first one's list is gone
    kept = {r for b in lists for r in remote._members(c, b[len("fda-build-"):])}
    views = [x.name for x in c.list_collections() if x.name.startswith(remote.VIEWS)]
    assert len(views) == 1 and c.get_collection(views[0], embedding_function=None).count() == len(kept)


def test_a_build_with_another_embedder_gets_its_own_views_collection(server, published, tiny_docs, catalog, tmp_path):
    """Vectors of another size cannot share a collection: a new embedder's build publishes beside the
    old one, and readers of either find their own."""
    from ingest.pipeline import ingest
    from rag import remote
    from rag.embedder import HashEmbedder
    from rag.loader import load_retriever

    class Narrow(HashEmbedder):
        id, dim = "hash-bow-128-test", 128

    r = ingest([tiny_docs], tmp_path / "idx", Narrow(), catalog, progress=False, store_url=server)
    assert remote.current(server)[0] == r.build
    views = {x.name for x in remote.client(server).list_collections() if x.name.startswith(remote.VIEWS)}
    assert len(views) == 2  # the previous build (the other embedder's) is kept for its readers
    ret = load_retriever("", embedder=Narrow(), catalog=catalog, store_url=server)
    assert ret.search("What do I need for the video call?", k=3).hits
