"""`funnel ingest` and `funnel retrieve`."""
from __future__ import annotations

import argparse
from pathlib import Path

from domain.catalog import load_catalog
from ingest.pipeline import ingest
from ingest.units import IngestError
from rag.embedder import get_embedder
from rag.index import IndexMissing
from rag.loader import load_retriever
from rag.retriever import QueryError
from rag.types import page_label
from surfaces.cli import EXIT_INPUT, EXIT_NOT_READY, CliError, emit, run_jsonl, settings_from


def register(sub, common) -> None:
    p = sub.add_parser("ingest", parents=[common], help="chunk and index PDF/Markdown files",
                       description="Chunk PDF and Markdown files into a new Chroma index and switch to it atomically. "
                                   "Unchanged content is detected and skipped; a bad file leaves the current index untouched.")
    p.add_argument("paths", nargs="+", help="files or folders (.pdf, .md)")
    p.add_argument("--force", action="store_true", help="rebuild even when the content is unchanged")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--allow-damaged", action="store_true", help="index what can be read from a damaged (repaired) PDF instead of refusing it")
    p.add_argument("--engine", choices=["local", "ray"], default="local",
                   help="local: embed in this process (default); ray: embed on Ray actors — a local Ray with --workers CPUs, "
                        "or the cluster at --ray-address / $RAY_ADDRESS (needs the ray extra)")
    p.add_argument("--workers", type=int, default=1, help="Ray actors with --engine ray (default 1)")
    p.add_argument("--ray-address", help="a Ray cluster to join (default $RAY_ADDRESS; none: start a local Ray)")
    p.set_defaults(func=cmd_ingest)

    r = sub.add_parser("retrieve", parents=[common], help="search the index and print cited passages",
                       description="Hybrid retrieval (dense + BM25, fused and reranked) with citations and a calibrated confidence.")
    r.add_argument("query", nargs="?", help="the question (omit with --batch)")
    r.add_argument("--k", type=int, default=5, help="number of passages (default 5)")
    r.add_argument("--retriever", choices=["dense", "keyword", "hybrid", "hybrid+rerank"], help="retrieval method (default hybrid+rerank)")
    r.add_argument("--stage", help="only passages about this funnel stage (e.g. vkyc)")
    r.add_argument("--kind", help="only passages of this kind (faq, procedure, offer, ...)")
    r.add_argument("--batch", metavar="FILE", help='JSONL lines {"query": ...} or plain text lines; "-" for stdin')
    r.add_argument("--output", "-o", metavar="FILE", help="with --batch: write results here (default stdout)")
    r.set_defaults(func=cmd_retrieve)


def cmd_ingest(args: argparse.Namespace) -> int:
    s = settings_from(args)
    try:
        res = ingest(args.paths, s.path(s.index_dir) or s.index_dir, get_embedder(s.embedder), load_catalog(s.catalog_dir),
                     progress=not args.quiet, force=args.force, allow_damaged=args.allow_damaged, store_url=s.store_url,
                     engine=args.engine, workers=max(1, args.workers), ray_address=args.ray_address)
    except IngestError as e:
        had = (Path(s.path(s.index_dir) or s.index_dir) / "CURRENT").exists()
        raise CliError(f"{e}{' (the existing index was not changed)' if had else ''}", EXIT_INPUT) from None
    data = {"status": res.status, "build": res.build, "chunks": res.chunks, "embedded": res.embedded,
            "seconds": round(res.seconds, 2), "sources": res.sources,
            "index": str(s.index_dir) + (f" and {s.store_url}" if s.store_url else ""), "published": res.published}
    emit(args, data, lambda d: f"{d['status']}: {d['chunks']} chunks from {len(d['sources'])} file(s) "
                              f"({d['embedded']} embedded) in {d['seconds']} s → {d['index']} [build {d['build']}]"
                              + (f"; {d['published']['sent']} of {d['published']['records']} records sent to the server"
                                 if d["published"] else ""))
    return 0


def load_retriever_for(args, s):
    try:
        return load_retriever(s.path(s.index_dir) or s.index_dir, getattr(args, "retriever", None) or s.retriever,
                              catalog=load_catalog(s.catalog_dir), store_url=s.store_url)
    except IndexMissing as e:
        raise CliError(str(e), EXIT_NOT_READY) from None


def cmd_retrieve(args: argparse.Namespace) -> int:
    if not args.batch and not args.query:
        raise CliError("give a QUERY or --batch FILE")
    s = settings_from(args)
    ret = load_retriever_for(args, s)
    filters = {k: v for k, v in (("stage", _stage_id(args.stage, s)), ("kind", args.kind)) if v}
    if not args.batch:
        try:
            res = ret.search(args.query, k=args.k, filters=filters)
        except QueryError as e:
            raise CliError(str(e)) from None
        emit(args, res.to_dict(), _format)
        return 0
    return _batch(args, ret, filters)


def _batch(args, ret, filters) -> int:
    return run_jsonl(args, lambda req: ret.search(req["query"], k=args.k, filters=filters).to_dict(), "searched")


def _format(d: dict) -> str:
    lines = [f"confidence {d['confidence']:.2f}  ({d['latency_ms']:.0f} ms)" + (f"  expanded: {', '.join(d['expansion'])}" if d["expansion"] else "")]
    for i, h in enumerate(d["hits"], 1):
        c = h["citation"]
        lines.append(f"\n[{i}] score {h['score']:.3f}  {c['source']} {page_label(c)} — {c['section'] or '-'}  ({h['kind']}, {h['stage'] or '-'}, {c['chunk_id']})")
        lines.append("    " + h["text"].replace("\n", "\n    "))
    return "\n".join(lines)


def _stage_id(name: str | None, s) -> str | None:
    """`--stage` by any alias (VKYC, video_kyc, वीडियो केवाईसी); an unknown one is an error, not 0 hits."""
    if not name:
        return None
    cat = load_catalog(s.catalog_dir)
    stage = cat.stage(name)
    if stage is None:
        raise CliError(f"unknown stage {name!r}; known stages: {', '.join(cat.stage_names())}")
    return stage.id
