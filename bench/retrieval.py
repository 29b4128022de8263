"""Retrieval benchmark: quality per language and retriever, a llama-index baseline, and timings.

    .venv/bin/python bench/retrieval.py            # prints a table, writes bench/out/retrieval.json

Corpora (each ingested into a fresh temporary index with the real e5 embedder):
  pdf  the product PDF ../shared/data/edge-plus-context.pdf with data/eval/retrieval_pdf.jsonl
       (held out: nothing in rag/ was fitted on it; skipped with a message when the PDF is absent)
  kb   our own knowledge files data/knowledge with data/eval/retrieval_kb.jsonl
       (the set rag/calibration.json was fitted on, so its figures are training figures)
See bench/README.md for what every figure means.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

from domain.catalog import load_catalog  # noqa: E402
from ingest.pipeline import ingest  # noqa: E402
from rag.embedder import get_embedder  # noqa: E402
from rag.evaluation import evaluate, load_queries  # noqa: E402
from rag.index import Index  # noqa: E402
from rag.loader import load_retriever  # noqa: E402
from rag.retriever import RETRIEVERS  # noqa: E402

PDF = ROOT.parent / "shared" / "data" / "edge-plus-context.pdf"
CORPORA = [("pdf", [PDF], ROOT / "data/eval/retrieval_pdf.jsonl"),
           ("kb", [ROOT / "data/knowledge"], ROOT / "data/eval/retrieval_kb.jsonl")]
LANGS = ["en", "hi", "hinglish", "all"]
RANKING = ["hit@1", "mrr@5", "recall@5"]
REJECT = ["false_reject", "oos_reject"]


# --------------------------------------------------------------------------- llama-index baseline

def build_baseline(paths: list[Path], emb, k: int = 5):
    """SentenceSplitter chunks + our e5 as a llama-index embedding + VectorStoreIndex (in memory)
    + BM25Retriever, fused by QueryFusionRetriever(reciprocal_rerank, one query, no LLM)."""
    import pymupdf
    from llama_index.core import Document, VectorStoreIndex
    from llama_index.core.embeddings import BaseEmbedding
    from llama_index.core.llms import MockLLM
    from llama_index.core.node_parser import SentenceSplitter
    from llama_index.core.retrievers import QueryFusionRetriever
    from llama_index.retrievers.bm25 import BM25Retriever

    class E5Embedding(BaseEmbedding):
        def _get_query_embedding(self, query: str) -> list[float]:
            return emb.embed_query(query).tolist()

        async def _aget_query_embedding(self, query: str) -> list[float]:
            return self._get_query_embedding(query)

        def _get_text_embedding(self, text: str) -> list[float]:
            return emb.embed_passages([text])[0].tolist()

        def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
            return emb.embed_passages(texts).tolist()

    docs = []
    for p in paths:
        files = sorted(f for f in p.rglob("*") if f.suffix in {".md", ".pdf"}) if p.is_dir() else [p]
        for f in files:
            if f.suffix == ".pdf":
                with pymupdf.open(f) as d:
                    docs += [Document(text=pg.get_text(), metadata={"source": f.name, "page": i})
                             for i, pg in enumerate(d, 1) if pg.get_text().strip()]
            else:
                docs.append(Document(text=f.read_text(encoding="utf-8"), metadata={"source": f.name, "page": 1}))
    # Same budget as our chunker (380 e5 tokens), counted with the e5 tokenizer (no tiktoken download).
    splitter = SentenceSplitter(chunk_size=380, chunk_overlap=40, tokenizer=lambda t: [0] * emb.token_count(t))
    nodes = splitter.get_nodes_from_documents(docs)
    t = time.perf_counter()
    vindex = VectorStoreIndex(nodes, embed_model=E5Embedding(embed_batch_size=emb.batch_size), show_progress=False)
    build_s = time.perf_counter() - t
    fusion = QueryFusionRetriever([vindex.as_retriever(similarity_top_k=20), BM25Retriever.from_defaults(nodes=nodes, similarity_top_k=20)],
                                  mode="reciprocal_rerank", num_queries=1, similarity_top_k=k, use_async=False, llm=MockLLM())
    return fusion, len(nodes), build_s


class _Chunk:
    def __init__(self, text):
        self.text = text


class _Hit:
    def __init__(self, text, score):
        self.chunk, self.score = _Chunk(text), score


class _Res:
    def __init__(self, hits):
        self.hits, self.confidence = hits, math.nan  # no confidence: rejection figures are dropped


class BaselineAdapter:
    """Gives the llama-index retriever the `search()` shape rag.evaluation.evaluate expects."""

    def __init__(self, fusion):
        self.fusion = fusion

    def search(self, query: str, k: int = 5):
        return _Res([_Hit(n.node.get_content(), n.score or 0.0) for n in self.fusion.retrieve(query)[:k]])


# --------------------------------------------------------------------------- run

def run_corpus(name, paths, qfile, emb, cat, n_latency: int, baseline: bool) -> dict:
    queries = load_queries(qfile)
    out: dict = {"queries": str(qfile.relative_to(ROOT)), "n_queries": len(queries), "retrievers": {}}
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        res = ingest(paths, tmp, emb, cat, progress=False)
        out["ingest_cold_s"] = time.perf_counter() - t
        t = time.perf_counter()
        again = ingest(paths, tmp, emb, cat, progress=False)
        out["reingest_unchanged_s"] = time.perf_counter() - t
        assert again.status == "unchanged", again.status
        out["chunks"], out["views_embedded"] = res.chunks, res.embedded
        index = Index.load(tmp)
        try:
            for kind in RETRIEVERS:
                ret = load_retriever(tmp, kind, embedder=emb, catalog=cat, index=index)
                r = evaluate(ret, queries, k=5)
                out["retrievers"][kind] = {lang: r[lang] for lang in LANGS if lang in r}
            # Warm search latency, hybrid+rerank: one warm-up pass, then n queries with the per-query
            # embedding cache cleared, so every query pays for its e5 embedding as a new user query would.
            ret = load_retriever(tmp, "hybrid+rerank", embedder=emb, catalog=cat, index=index)
            qs = [q["query"] for q in queries]
            for q in qs[:20]:
                ret.search(q, k=5)
            ms = []
            for i in range(n_latency):
                ret._qcache.clear()
                t = time.perf_counter()
                ret.search(qs[i % len(qs)], k=5)
                ms.append((time.perf_counter() - t) * 1000)
            ms.sort()
            out["search_ms"] = {"n": n_latency, "p50": statistics.median(ms), "p95": ms[int(0.95 * (len(ms) - 1))]}
        finally:
            index.store.close()
    if baseline:
        try:
            fusion, n_nodes, build_s = build_baseline(paths, emb)
        except ImportError as e:  # the baseline's BM25 lives in an optional llama-index package
            print(f"llama-index baseline skipped ({e}); `pip install llama-index-retrievers-bm25` to include it")
            return out
        r = evaluate(BaselineAdapter(fusion), queries, k=5)
        out["retrievers"]["llama-index baseline"] = {
            lang: {k: v for k, v in r[lang].items() if k not in REJECT} for lang in LANGS if lang in r}
        out["baseline_nodes"], out["baseline_build_s"] = n_nodes, build_s
    return out


def fmt(v) -> str:
    return "   -  " if v is None else f"{v:6.3f}"


def print_corpus(name: str, res: dict) -> None:
    print(f"\n== {name}: {res['n_queries']} queries ({res['queries']}), {res['chunks']} chunks ==")
    print(f"{'retriever':22s} {'lang':9s} {'n':>4s} {'hit@1':>6s} {'MRR@5':>6s} {'rec@5':>6s} {'FRR':>6s} {'OOSrej':>6s}")
    for kind, by_lang in res["retrievers"].items():
        for lang in LANGS:
            m = by_lang.get(lang)
            if not m:
                continue
            print(f"{kind:22s} {lang:9s} {m.get('n', 0):4d} " + " ".join(fmt(m.get(x)) for x in RANKING + REJECT)
                  + (f"   (n_oos={m['n_oos']})" if m.get("n_oos") else ""))
    s = res["search_ms"]
    print(f"ingest cold {res['ingest_cold_s']:.2f} s ({res['views_embedded']} views embedded) | "
          f"re-ingest unchanged {res['reingest_unchanged_s']:.2f} s | "
          f"hybrid+rerank search p50 {s['p50']:.1f} ms, p95 {s['p95']:.1f} ms over {s['n']} queries")
    if "baseline_nodes" in res:
        print(f"llama-index baseline: {res['baseline_nodes']} SentenceSplitter nodes, index built in {res['baseline_build_s']:.2f} s")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--latency-queries", type=int, default=200)
    ap.add_argument("--no-baseline", action="store_true")
    ap.add_argument("--out", default=str(ROOT / "bench/out/retrieval.json"))
    args = ap.parse_args(argv)

    load1, load5, load15 = os.getloadavg()
    cpus = os.cpu_count() or 1
    busy = load1 > 0.5 * cpus
    print(f"load average {load1:.2f} {load5:.2f} {load15:.2f} on {cpus} CPU(s)"
          + (" — the machine is busy; timings are pessimistic" if busy else ""))
    t = time.perf_counter()
    emb, cat = get_embedder("e5"), load_catalog()
    print(f"e5 embedder loaded in {time.perf_counter() - t:.2f} s (excluded from ingest times)")
    report = {"date": time.strftime("%Y-%m-%d %H:%M:%S"), "loadavg": [load1, load5, load15], "cpus": cpus,
              "embedder": emb.id, "corpora": {}}
    for name, paths, qfile in CORPORA:
        if not all(p.exists() for p in paths):
            print(f"\n== {name}: skipped, {', '.join(str(p) for p in paths if not p.exists())} not found ==")
            report["corpora"][name] = {"skipped": "source not found"}
            continue
        res = run_corpus(name, paths, qfile, emb, cat, args.latency_queries, not args.no_baseline)
        report["corpora"][name] = res
        print_corpus(name, res)
    report["loadavg_end"] = list(os.getloadavg())
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(report, indent=2, ensure_ascii=False))
    print(f"\nload average at end {report['loadavg_end'][0]:.2f}; wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
