"""Ingest: files → chunks → embeddings → a new index build, switched in atomically.

Layout of an index folder:
    CURRENT                 name of the active build (replaced atomically with os.replace)
    builds/<key>/           chroma/ + chunks.jsonl + vectors.npy + manifest.json
An ingest killed halfway leaves only an incomplete build folder that CURRENT never points to, so
the previous index stays usable. Same content (same files, chunker and embedder) → no work at all;
changed content re-embeds only the chunks whose text changed (vectors are cached by text hash).
"""
from __future__ import annotations

import functools
import hashlib
import logging
import json
import os
import shutil
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ingest.chunker import CHUNKER_VERSION, MAX_TOKENS, chunk_units
from ingest.markdown import read_markdown
from ingest.pdf import read_pdf
from ingest.tables import table_chunks
from ingest.tagger import tag
from ingest.units import IngestError
from rag.types import Chunk

log = logging.getLogger(__name__)
READERS = {".pdf": read_pdf, ".md": read_markdown, ".markdown": read_markdown, ".txt": read_markdown}
MAX_FILE_BYTES = 50 * 2**20  # a product document is a few MB; larger is a mistake or an attack


@dataclass
class IngestResult:
    build: str
    status: str  # built | unchanged
    chunks: int
    embedded: int  # chunks that needed new embeddings
    seconds: float
    sources: list[dict] = field(default_factory=list)
    published: dict | None = None  # with a store_url: records in the build, and how many were sent (the rest the server had)


def collect_files(paths: list[str | Path]) -> list[Path]:
    files: list[Path] = []
    for p in map(Path, paths):
        if not p.exists():
            raise IngestError(f"{p}: no such file or folder")
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.suffix.lower() in READERS and f.is_file())
            if not found:
                raise IngestError(f"{p}: no .pdf or .md files in this folder")
            files += found
        elif p.suffix.lower() not in READERS:
            raise IngestError(f"{p.name}: unsupported file type {p.suffix or '(none)'}; use .pdf or .md")
        else:
            files.append(p)
    return files


def read_chunks(path: Path, catalog=None, count_tokens=None, max_tokens: int = MAX_TOKENS, allow_damaged: bool = False) -> list[Chunk]:
    size = path.stat().st_size
    if size == 0:
        raise IngestError(f"{path.name}: the file is empty")
    if size > MAX_FILE_BYTES:
        raise IngestError(f"{path.name}: {size / 2**20:.0f} MB is over the {MAX_FILE_BYTES // 2**20} MB limit")
    pdf = path.suffix.lower() == ".pdf"
    grids: dict = {}  # the PDF's ruled tables, found once by the reader and read again for their rows
    read = functools.partial(read_pdf, grids=grids) if pdf else READERS[path.suffix.lower()]
    units = read(path, allow_damaged=allow_damaged)
    kwargs = {"count_tokens": count_tokens} if count_tokens else {}
    chunks = chunk_units(units, source=path.name, max_tokens=max_tokens, **kwargs)
    if pdf:
        chunks += table_chunks(path, units, path.name, grids)  # each table row also as a fact of its own
    if not chunks:
        raise IngestError(f"{path.name}: no text to index")
    return [tag(c, catalog) for c in chunks]


def embed_text(c: Chunk) -> str:
    """What the full-passage view embeds: the section gives short table rows their context."""
    return c.text if c.question or not c.section else f"{c.section.split(' › ')[-1]}\n{c.text}"


def views(chunks: list[Chunk]) -> list[tuple[str, str, Chunk]]:
    """(view id, text to embed, chunk). FAQ chunks get a second, question-only view: a user's
    question matches the FAQ's question far more sharply than the question+answer blob."""
    out = []
    for c in chunks:
        out.append((c.chunk_id, embed_text(c), c))
        if c.question:
            out.append((c.chunk_id + "#q", c.question, c))
    return out


def ingest(paths: list[str | Path], index_dir: str | Path, embedder, catalog=None, progress: bool = True, force: bool = False,
           allow_damaged: bool = False, store_url: str | None = None, engine: str = "local", workers: int = 1,
           ray_address: str | None = None) -> IngestResult:
    """Build the index of `paths` in `index_dir`; with `store_url`, also publish it to that Chroma
    server (rag/remote.py), where `--store-url` readers find it. The local build stays the source
    of re-ingests (its vectors are reused) and of the page images citations open. `engine="ray"`
    computes the missing vectors on Ray actors (ingest/ray_embed.py); the result is the same build."""
    t0 = time.perf_counter()
    index_dir = Path(index_dir)
    files = collect_files(paths)
    # Read everything before touching the index: one bad file aborts with the index intact.
    chunks: list[Chunk] = []
    sources = []
    for f in files:
        cs = read_chunks(f, catalog, count_tokens=embedder.token_count, allow_damaged=allow_damaged)
        chunks += cs
        sources.append({"name": f.name, "sha256": _sha256(f), "chunks": len(cs), "pages": max(c.page for c in cs)})
    _dedupe_ids(chunks)
    vs = views(chunks)
    key = _content_key(vs, embedder.id)
    current = current_build(index_dir)
    m = _manifest(current)
    if m and not force and m.get("content_key", m.get("build")) in (key, key[:16]):
        problem = verify_build(current, len(vs))
        if problem is None:
            if not (current / SOURCES_DIR).is_dir():
                _keep_sources(current, files)  # a build from before sources were kept: add them (files only)
            sent = None
            if store_url and _published(store_url) != current.name:  # a new server, or another build on it
                sent = _publish(store_url, current.name, chunks, np.load(current / "vectors.npy"), m)
            return IngestResult(current.name, "unchanged", m["counts"]["chunks"], 0, time.perf_counter() - t0, m["sources"], sent)
        # the same content, but the build on disk is damaged: "unchanged" would leave it broken
        log.warning("%s: build %s is damaged (%s); rebuilding it", index_dir, current.name, problem)
        current = None  # nor are its vectors reused

    texts = [t for _, t, _ in vs]
    vectors, todo = _vectors(texts, _vector_cache(current, embedder.id) if current else {}, embedder, progress,
                             engine, workers, ray_address)

    build = build_dir(index_dir, key[:16])
    if build.exists():  # a forced rebuild of the same content: never delete a build readers may have open
        build = build.with_name(f"{key[:16]}-{time.strftime('%Y%m%d%H%M%S')}-{os.getpid()}")
    tmp = build_dir(index_dir, f".tmp-{key[:16]}-{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    _write_store(tmp / "chroma", vs, vectors, current)
    with open(tmp / "chunks.jsonl", "w", encoding="utf-8") as fh:
        for c in chunks:
            fh.write(json.dumps(c.to_dict(), ensure_ascii=False) + "\n")
    np.save(tmp / "vectors.npy", vectors)
    (tmp / "view_texts.json").write_text(json.dumps([_th(t) for t in texts]))
    manifest = {
        "build": build.name, "content_key": key, "created_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "chunker_version": CHUNKER_VERSION, "embedder": embedder.id, "dim": embedder.dim,
        "sources": sources,
        "counts": {"chunks": len(chunks), "views": len(vs), "kinds": _count(c.kind for c in chunks),
                   "stages": _count(c.stage or "-" for c in chunks), "languages": _count(c.language for c in chunks)},
    }
    (tmp / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False))
    _keep_sources(tmp, files)
    os.replace(tmp, build)
    sent = None
    if store_url:  # before the local switch: a server that refuses the build leaves both as they were
        sent = _publish(store_url, build.name, chunks, vectors, manifest)
    _switch(index_dir, build.name)
    _prune(index_dir, keep={build.name, current.name if current else ""})
    return IngestResult(build.name, "built", len(chunks), len(todo), time.perf_counter() - t0, sources, sent)


def _view_meta(view_id: str, c: Chunk) -> dict:
    """A view's metadata in a vector store (embedded or server)."""
    return {**c.metadata(), "chunk_id": c.chunk_id, "view": "q" if view_id.endswith("#q") else "full"}


def _store_records(vs) -> list[tuple[str, dict, str]]:
    """(view id, metadata, text hash) of each view, as the vector store holds them."""
    return [(v, _view_meta(v, c), _th(t)) for v, t, c in vs]


def _write_store(path: Path, vs, vectors: np.ndarray, previous: Path | None) -> None:
    """The build's vector store. When most views are unchanged since `previous` (a re-ingest after an
    edit), its store is copied and only the difference applied: rebuilding the store is most of a
    re-ingest's time at corpus scale (~8 s per 10,000 views here). Builds are never written after
    they are made, so copying one that a server reads is safe."""
    from rag.store import ChromaStore

    new = _store_records(vs)
    old: dict[str, tuple[dict, str]] = {}
    if previous is not None and (previous / "chroma").is_dir():
        try:
            prev_chunks = [Chunk(**json.loads(x)) for x in (previous / "chunks.jsonl").read_text(encoding="utf-8").splitlines() if x]
            old = {v: (m, h) for v, m, h in _store_records(views(prev_chunks))}
        except (OSError, ValueError, TypeError):
            old = {}  # unreadable: build from scratch
    same = {v for v, m, h in new if old.get(v) == (m, h)}
    copy = len(same) > len(new) // 2
    if copy:
        shutil.copytree(previous / "chroma", path)
    store = ChromaStore(path, create=not copy)
    try:
        if copy:
            store.delete([v for v in old if v not in same])
        # a fresh store (under half the views unchanged) needs every view, the unchanged ones too
        add = [i for i, (v, _, _) in enumerate(new) if not copy or v not in same]
        store.add([new[i][0] for i in add], vectors[add], [new[i][1] for i in add], [vs[i][1] for i in add])
        if store.count() != len(new):
            raise IngestError(f"the new build's vector store holds {store.count()} of {len(new)} vectors; the index was not changed")
    finally:
        store.close()  # also on failure: a store left open at tmp breaks the next ingest in this process


def _vectors(texts: list[str], cache: dict[str, np.ndarray], embedder, progress: bool, engine: str, workers: int,
             ray_address: str | None) -> tuple[np.ndarray, list[int]]:
    """A vector per view text: cached ones by text hash, the rest embedded here or on Ray; and which were embedded."""
    vectors = np.zeros((len(texts), embedder.dim), dtype=np.float32)
    todo = []
    for i, t in enumerate(texts):
        cached = cache.get(_th(t))
        if cached is None:
            todo.append(i)
        else:
            vectors[i] = cached
    if todo and engine == "ray":
        from ingest.ray_embed import embed_on_ray

        vectors[todo] = embed_on_ray(embedder, [texts[i] for i in todo], workers, ray_address, progress)
    elif todo:
        vectors[todo] = _embed_with_progress(embedder, [texts[i] for i in todo], progress)
    return vectors, todo


def _published(store_url: str) -> str | None:
    from rag import remote

    found = remote.current(store_url)
    return found[0] if found else None


def _publish(store_url: str, build: str, chunks: list[Chunk], vectors: np.ndarray, manifest: dict) -> dict:
    from rag import remote

    vs = views(chunks)
    try:
        return remote.publish(store_url, build, [v for v, _, _ in vs], vectors, [_view_meta(v, c) for v, _, c in vs],
                              [t for _, t, _ in vs], chunks, {**manifest, "build": build})
    except Exception as e:  # noqa: BLE001 — connection refused, a server error: the user gets why, the index stays as it was
        raise IngestError(f"could not publish build {build} to the Chroma server at {store_url}: {type(e).__name__}: {e}") from None


SOURCES_DIR = "sources"  # builds/<id>/sources/<name>.pdf: the PDFs a citation can open (ingest/page_image.py)


def _keep_sources(build: Path, files: list[Path]) -> None:
    """A copy of each indexed PDF in the build: a cited page is rendered from the build, never from a
    path a request names."""
    (build / SOURCES_DIR).mkdir(exist_ok=True)
    for f in files:
        if f.suffix.lower() == ".pdf":
            shutil.copyfile(f, build / SOURCES_DIR / f.name)


def verify_build(build: Path, views: int) -> str | None:
    """What is wrong with a build on disk, or None: its chunks parse, its vectors and its vector store
    hold one row per view."""
    from rag.store import ChromaStore  # deferred like the writer above: chromadb is heavy

    try:
        for line in (build / "chunks.jsonl").read_text(encoding="utf-8").splitlines():
            if line:
                json.loads(line)
        if len(np.load(build / "vectors.npy")) != views:
            return "vectors.npy does not hold one vector per view"
        store = ChromaStore(build / "chroma")
        try:
            n = store.count()
        finally:
            store.close()
        return None if n == views else f"the vector store holds {n} of {views} vectors"
    except Exception as e:  # noqa: BLE001 — any failure to read the build is damage to report
        return f"{type(e).__name__}: {str(e)[:200]}"


def build_dir(index_dir: str | Path, build: str = "") -> Path:
    """Where a build lives: <index>/builds/<build id> (the builds folder itself without an id)."""
    return Path(index_dir) / "builds" / build


def current_build(index_dir: str | Path) -> Path | None:
    ptr = Path(index_dir) / "CURRENT"
    if not ptr.exists():
        return None
    b = build_dir(index_dir, ptr.read_text().strip())
    return b if (b / "manifest.json").exists() else None


def _switch(index_dir: Path, name: str) -> None:
    tmp = index_dir / f".CURRENT.{os.getpid()}"
    tmp.write_text(name)
    os.replace(tmp, index_dir / "CURRENT")  # atomic on POSIX: readers see the old or the new build


def _manifest(build: Path | None) -> dict | None:
    try:
        return json.loads((build / "manifest.json").read_text()) if build else None
    except (OSError, ValueError):
        return None


READERS_DIR = ".readers"  # builds/<id>/.readers/<pid>: a process serving from that build


def _prune(index_dir: Path, keep: set[str]) -> None:
    """Drop old builds: keep the new one and the one just replaced, any build a live process still
    serves from (`.readers/<pid>`, see assistant/live_index.py), and never touch another ingest's work
    in progress (`.tmp-<key>-<pid>` of a live process)."""
    for d in build_dir(index_dir).iterdir():
        if d.name in keep:
            continue
        if d.name.startswith(".tmp-") and _alive(d.name.rsplit("-", 1)[-1]):
            continue
        if any(_alive(p.name) for p in (d / READERS_DIR).glob("*")):
            continue
        shutil.rmtree(d, ignore_errors=True)


def _alive(pid: str) -> bool:
    try:
        os.kill(int(pid), 0)
    except (ValueError, ProcessLookupError):
        return False
    except PermissionError:
        return True
    return True


def _embed_with_progress(embedder, texts: list[str], progress: bool) -> np.ndarray:
    bs = embedder.batch_size
    bar = None
    if progress and sys.stderr.isatty():
        from tqdm import tqdm

        bar = tqdm(total=len(texts), desc="embedding", unit="chunk", file=sys.stderr)
    out = []
    for i in range(0, len(texts), bs):
        out.append(embedder.embed_passages(texts[i:i + bs]))
        if bar:
            bar.update(len(texts[i:i + bs]))
    if bar:
        bar.close()
    return np.vstack(out)


def _vector_cache(build: Path, embedder_id: str) -> dict[str, np.ndarray]:
    try:
        if json.loads((build / "manifest.json").read_text()).get("embedder") != embedder_id:
            return {}
        hashes = json.loads((build / "view_texts.json").read_text())
        vecs = np.load(build / "vectors.npy")
        return dict(zip(hashes, vecs))
    except (OSError, ValueError, EOFError):
        return {}


def _dedupe_ids(chunks: list[Chunk]) -> None:
    seen: set[str] = set()
    for c in chunks:
        while c.chunk_id in seen:
            c.chunk_id = hashlib.sha1(c.chunk_id.encode()).hexdigest()[:16]
        seen.add(c.chunk_id)


def _content_key(vs, embedder_id: str) -> str:
    h = hashlib.sha256(f"{CHUNKER_VERSION}\x00{embedder_id}".encode())
    for vid, text, c in vs:
        h.update(json.dumps([vid, text, c.metadata()], ensure_ascii=False, sort_keys=True).encode())
    return h.hexdigest()


def _th(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _count(items) -> dict[str, int]:
    out: dict[str, int] = {}
    for i in items:
        out[i] = out.get(i, 0) + 1
    return out
