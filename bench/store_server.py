"""The index on a Chroma server vs the embedded store: retrieval latency and the memory a reader holds.

```bash
.venv/bin/python bench/store_server.py                  # the product PDF + our guide (e5), and a 50,000-chunk synthetic corpus
.venv/bin/python bench/store_server.py --chunks 5000    # a quicker synthetic corpus
```
Starts `chroma run` on a free loopback port with a temporary data folder, publishes the indexes there
with the same `ingest(..., store_url=...)` that `funnel ingest --store-url` runs, and compares, in one
process and one run:
- retrieval p50/p95 over the evaluation queries (data/eval/retrieval_*.jsonl), embedded vs server
  (target: server p50 < 50 ms on loopback), and how often both return the same top-5;
- the vectors a reader holds: all of them embedded, the fetched candidates only on a server;
- ingest time of a synthetic corpus (hash embedder, so the figure is the store's cost, not the
  model's): embedded build vs the same build published to the server, and a re-ingest after one
  document changed.
Printed, not asserted; writes bench/out/store_server.json.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

from domain.catalog import load_catalog  # noqa: E402
from ingest.pipeline import ingest  # noqa: E402
from rag.embedder import get_embedder  # noqa: E402
from rag.evaluation import load_queries  # noqa: E402
from rag.loader import load_retriever  # noqa: E402

OUT = ROOT / "bench" / "out"
DOCS = [ROOT / "data/knowledge", ROOT.parent / "shared/data/edge-plus-context.pdf"]


def start_server(data: Path) -> tuple[subprocess.Popen, str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    chroma = Path(sys.executable).with_name("chroma")
    proc = subprocess.Popen([str(chroma), "run", "--path", str(data), "--host", "127.0.0.1", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(150):
        try:
            urllib.request.urlopen(url + "/api/v2/heartbeat", timeout=1)
            return proc, url
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("chroma run did not start")


def latency(ret, queries: list[str]) -> tuple[list[float], list[list[str]]]:
    ms, tops = [], []
    for q in queries:
        t = time.perf_counter()
        hits = ret.search(q, k=5).hits
        ms.append((time.perf_counter() - t) * 1000)
        tops.append([h.chunk.chunk_id for h in hits])
    return ms, tops


def pct(xs: list[float], q: float) -> float:
    return round(statistics.quantiles(xs, n=100)[int(q) - 1], 2) if len(xs) > 1 else round(xs[0], 2)


def synthetic(folder: Path, chunks: int) -> None:
    """Markdown files of short sections: ~`chunks` passages in all, in files of 500."""
    folder.mkdir(parents=True)
    words = ("card limit video kyc aadhaar otp pan cashback fee delivery address agent auditor stage retry "
             "selfie upload statement reward merchant billing cycle waiver surcharge").split()
    for f in range(max(1, chunks // 500)):
        lines = []
        for i in range(500):
            n = f * 500 + i
            body = " ".join(words[(n * 7 + j * 3) % len(words)] for j in range(40))
            lines.append(f"# Topic {n}\n\nSection {n} says: {body}. Reference number {n}.\n")
        (folder / f"part-{f:03d}.md").write_text("\n".join(lines), encoding="utf-8")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--chunks", type=int, default=50_000, help="size of the synthetic corpus (default 50,000; 0 skips it)")
    args = ap.parse_args(argv)
    cat = load_catalog()
    report: dict = {"date": time.strftime("%Y-%m-%d %H:%M:%S"), "cpus": os.cpu_count()}
    tmp = Path(tempfile.mkdtemp(prefix="store-bench-"))
    proc, url = start_server(tmp / "chroma")
    try:
        if all(p.exists() for p in DOCS):
            emb = get_embedder("e5")
            local_dir = tmp / "index"
            ingest(DOCS, local_dir, emb, cat, progress=False, store_url=url)
            embedded = load_retriever(local_dir, embedder=emb, catalog=cat)
            server = load_retriever("", embedder=emb, catalog=cat, store_url=url)
            queries = [q["query"] for f in ("retrieval_kb", "retrieval_pdf") for q in load_queries(ROOT / f"data/eval/{f}.jsonl")]
            latency(embedded, queries[:20]), latency(server, queries[:20])  # warm both (query embeddings are cached per retriever)
            server.index.store._cache.clear()
            a_ms, a_top = latency(embedded, queries)
            b_ms, b_top = latency(server, queries)
            same = sum(a == b for a, b in zip(a_top, b_top)) / len(queries)
            held = len(server.index.store._cache)
            report["product"] = {
                "queries": len(queries), "chunks": len(embedded.index.chunks),
                "embedded_ms": {"p50": pct(a_ms, 50), "p95": pct(a_ms, 95)}, "server_ms": {"p50": pct(b_ms, 50), "p95": pct(b_ms, 95)},
                "same_top5": round(same, 3),
                "vectors_held": {"embedded": len(embedded.index.view_ids), "server": held},
                "vector_mb": {"embedded": round(embedded.index.view_vectors.nbytes / 2**20, 2),
                              "server": round(held * emb.dim * 4 / 2**20, 2)}}
            p = report["product"]
            print(f"product PDF + guide ({p['chunks']} chunks, {p['queries']} queries): retrieval p50/p95 embedded "
                  f"{p['embedded_ms']['p50']}/{p['embedded_ms']['p95']} ms, server {p['server_ms']['p50']}/{p['server_ms']['p95']} ms; "
                  f"same top-5 {p['same_top5']:.0%}; vectors held {p['vectors_held']['embedded']} vs {p['vectors_held']['server']}")
            embedded.index.store.close()
        else:
            print("product PDF not found: the real-corpus comparison is skipped")
        if args.chunks:
            emb = get_embedder("hash")
            corpus = tmp / "corpus"
            synthetic(corpus, args.chunks)
            t = time.perf_counter()
            r1 = ingest([corpus], tmp / "syn-embedded", emb, cat, progress=False)
            t_embedded = time.perf_counter() - t
            t = time.perf_counter()
            r2 = ingest([corpus], tmp / "syn-server", emb, cat, progress=False, store_url=url)
            t_server = time.perf_counter() - t
            first = sorted(corpus.glob("*.md"))[0]
            first.write_text(first.read_text(encoding="utf-8").replace("Reference number 0.", "Reference number zero."), encoding="utf-8")
            t = time.perf_counter()
            r3 = ingest([corpus], tmp / "syn-server", emb, cat, progress=False, store_url=url)
            t_again = time.perf_counter() - t
            local = load_retriever(tmp / "syn-embedded", embedder=emb, catalog=cat)
            t = time.perf_counter()
            server = load_retriever("", embedder=emb, catalog=cat, store_url=url)
            t_load = time.perf_counter() - t
            qs = [f"section {n} reward merchant" for n in range(0, args.chunks, max(1, args.chunks // 100))]
            a_ms, _ = latency(local, qs)
            b_ms, _ = latency(server, qs)
            report["synthetic"] = {
                "chunks": r1.chunks, "ingest_s": {"embedded": round(t_embedded, 1), "server": round(t_server, 1),
                                                  "server_reingest_one_file": round(t_again, 1)},
                "reembedded_on_reingest": r3.embedded, "server_reader_load_s": round(t_load, 1),
                "retrieval_ms": {"embedded_p50": pct(a_ms, 50), "server_p50": pct(b_ms, 50), "server_p95": pct(b_ms, 95)},
                "vector_mb": {"embedded": round(local.index.view_vectors.nbytes / 2**20, 1),
                              "server": round(len(server.index.store._cache) * emb.dim * 4 / 2**20, 2)}}
            s = report["synthetic"]
            print(f"synthetic {s['chunks']} chunks (hash embedder, {emb.dim}-d): ingest {s['ingest_s']['embedded']} s embedded, "
                  f"{s['ingest_s']['server']} s published, re-ingest after one file changed {s['ingest_s']['server_reingest_one_file']} s "
                  f"({s['reembedded_on_reingest']} re-embedded); a server reader loads in {s['server_reader_load_s']} s; retrieval p50 "
                  f"embedded {s['retrieval_ms']['embedded_p50']} ms, server {s['retrieval_ms']['server_p50']} ms; vectors in memory "
                  f"{s['vector_mb']['embedded']} MB embedded vs {s['vector_mb']['server']} MB on a server reader")
            del r2
            local.index.store.close()
    finally:
        proc.terminate()
        proc.wait(10)
        shutil.rmtree(tmp, ignore_errors=True)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "store_server.json").write_text(json.dumps(report, indent=1))
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
