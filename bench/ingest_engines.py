"""Ingest time, local vs Ray (`funnel ingest --engine ray`), on the same documents in one run.

```bash
.venv/bin/python bench/ingest_engines.py            # our guide + the product PDF, real e5 vectors
.venv/bin/python bench/ingest_engines.py --workers 1,2
```
Each case builds a fresh index (nothing cached) in a temporary folder and reports wall time and
vectors per second; Ray's start-up is included, as a user would feel it. Also: a re-ingest after one
file changed (only its chunks are embedded again). Printed, not asserted; writes bench/out/ingest_engines.json.
On this 2-core machine Ray's actors share the cores the driver uses: read the Ray figures as the
pipeline's overhead, not a cluster's speed.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
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

DOCS = [ROOT / "data/knowledge", ROOT.parent / "shared/data/edge-plus-context.pdf"]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--workers", default="1,2", help="Ray worker counts to try (default 1,2)")
    args = ap.parse_args(argv)
    docs = [p for p in DOCS if p.exists()]
    emb, cat = get_embedder("e5"), load_catalog()
    tmp = Path(tempfile.mkdtemp(prefix="ingest-bench-"))
    report: dict = {"date": time.strftime("%Y-%m-%d %H:%M:%S"), "cpus": os.cpu_count(), "docs": [p.name for p in docs], "cases": {}}
    try:
        cases = [("local", 1)] + [("ray", int(w)) for w in args.workers.split(",") if w.strip()]
        for engine, workers in cases:
            name = engine if engine == "local" else f"ray x{workers}"
            t = time.perf_counter()
            r = ingest(docs, tmp / name.replace(" ", ""), emb, cat, progress=False, engine=engine, workers=workers)
            s = time.perf_counter() - t
            report["cases"][name] = {"seconds": round(s, 1), "embedded": r.embedded, "per_s": round(r.embedded / s, 1)}
            print(f"{name:8s} {r.embedded} vectors in {s:.1f} s ({r.embedded / s:.1f}/s)")
            if engine == "ray":
                import ray

                ray.shutdown()  # the next case starts its own, with its own worker count
        edited = tmp / "docs"
        shutil.copytree(ROOT / "data/knowledge", edited)
        for p in docs[1:]:
            shutil.copy(p, edited / p.name)
        ingest([edited], tmp / "edit", emb, cat, progress=False)
        md = sorted(edited.glob("*.md"))[0]
        md.write_text(md.read_text(encoding="utf-8") + "\n\n## A new note\n\nA short new section.\n", encoding="utf-8")
        t = time.perf_counter()
        r = ingest([edited], tmp / "edit", emb, cat, progress=False)
        report["reingest_after_one_edit"] = {"seconds": round(time.perf_counter() - t, 1), "embedded": r.embedded}
        print(f"re-ingest after one edit: {r.embedded} vector(s) embedded in {report['reingest_after_one_edit']['seconds']} s")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    out = ROOT / "bench/out"
    out.mkdir(parents=True, exist_ok=True)
    (out / "ingest_engines.json").write_text(json.dumps(report, indent=1))
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
