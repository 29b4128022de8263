"""Batch scoring throughput: deterministic `score_file` over synthetic user states (with ~2% broken rows).

```bash
.venv/bin/python bench/batch.py                      # N = 1k and 10k, real e5 index of data/knowledge (built to a temp dir)
.venv/bin/python bench/batch.py --index data/index   # reuse a built index
.venv/bin/python bench/batch.py --llm                # also the local LLM on a 20-state sample
```
Targets: ≥ 500 states/s deterministic; 10k states < 30 s. Writes bench/out/batch.json.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

BROKEN = ['{"user_id": "X", "stage_dropped": ', '{"user_id": "X"}', '{"stage_dropped": "MOON_LANDING"}',
          '{"stage_dropped": "vkyc", "timestamp": "yesterday"}', '{"stage_dropped": "vkyc", "language": "fr"}', '["vkyc"]', '']


def synth_states(catalog, n: int, broken: float = 0.02, seed: int = 7) -> list[str]:
    """JSONL lines: random stage alias, 0-3 codes (mostly of that stage, some unknown), a time, a language."""
    rng = random.Random(seed)
    by_stage: dict[str, list[str]] = {}
    for e in catalog.error_codes:
        by_stage.setdefault(e.stage, []).append(e.code)
    all_codes = [e.code for e in catalog.error_codes]
    lines = []
    for i in range(n):
        if rng.random() < broken:
            lines.append(rng.choice(BROKEN))
            continue
        st = rng.choice(catalog.stages)
        k = rng.choice([0, 1, 1, 2, 3])
        codes = [rng.choice(by_stage.get(st.id) or all_codes) if rng.random() < 0.8 else rng.choice(all_codes) for _ in range(k)]
        if rng.random() < 0.03:
            codes.append("UNKNOWN_" + str(rng.randint(1, 9)))
        ts = f"2025-03-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.choice(['00', '10', '40'])}:00" + rng.choice(["Z", "", "+05:30"])
        lines.append(json.dumps({"user_id": f"S{i:06d}", "stage_dropped": rng.choice([st.id, *st.aliases]), "timestamp": ts,
                                 "error_code_history": codes, "device": rng.choice(["Android", "iOS", "Web"]),
                                 "language": rng.choice(["en", "en", "hi"])}))
    return lines


def build_index(dest: Path) -> tuple[Path, float]:
    from domain.catalog import load_catalog
    from ingest.pipeline import ingest
    from rag.embedder import get_embedder

    t = time.perf_counter()
    ingest([ROOT / "data" / "knowledge"], dest, get_embedder("e5"), load_catalog(), progress=False)
    return dest, time.perf_counter() - t


def load_avg() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "n/a"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--index", help="an existing index folder (default: build data/knowledge with e5 into a temp dir)")
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--llm", action="store_true", help="also score a 20-state sample with the local LLM")
    ap.add_argument("--out", default=str(ROOT / "bench" / "out" / "batch.json"))
    args = ap.parse_args(argv)

    from surfaces.batch import score_file
    from domain.catalog import load_catalog
    from assistant.service import FunnelService
    from assistant.settings import Settings

    print(f"load average at start: {load_avg()} ({os.cpu_count()} cores)")
    tmp = Path(tempfile.mkdtemp(prefix="bench-batch-"))
    build_s = 0.0
    if args.index:
        index_dir = Path(args.index)
    else:
        index_dir, build_s = build_index(tmp / "index")
        print(f"built e5 index of data/knowledge in {build_s:.1f} s")
    svc = FunnelService(Settings(provider="none", index_dir=str(index_dir), audit_log=""))
    t = time.perf_counter()
    _ = svc.retriever.search("video kyc timings")  # load the embedder and index (not timed below)
    load_s = time.perf_counter() - t
    catalog = load_catalog()
    rows = []
    for n in [int(x) for x in args.sizes.split(",")]:
        src = tmp / f"states_{n}.jsonl"
        lines = synth_states(catalog, n)
        src.write_text("\n".join(lines) + "\n", encoding="utf-8")
        svc.support_cache = type(svc.support_cache)(4096)  # cold cache per size: retrieval cost included
        out = tmp / f"out_{n}.jsonl"
        t = time.perf_counter()
        s = score_file(svc, src, out, workers=args.workers)
        secs = time.perf_counter() - t
        n_out = sum(1 for _ in open(out)) + sum(1 for _ in open(out.with_name(out.stem + ".rejects.jsonl")))
        assert n_out + s.blank_lines == n, f"lost lines: {n_out} + {s.blank_lines} blank != {n}"
        rows.append({"n": n, "seconds": round(secs, 3), "warmup_s": round(s.warmup_s, 3),
                     "states_per_s": round(n / (secs - s.warmup_s), 1), "scored": s.scored,
                     "rejected": s.rejected, "fallbacks": s.fallbacks, "support_cache": svc.support_cache.stats()})
    lin = None
    if len(rows) >= 2:
        # scoring time only (the warm-up is a fixed per-run cost, reported on its own)
        lin = round((rows[-1]["seconds"] - rows[-1]["warmup_s"]) / (rows[0]["seconds"] - rows[0]["warmup_s"]), 2)
    llm_row = None
    if args.llm:
        svc_llm = FunnelService(Settings(provider="local", index_dir=str(index_dir), audit_log=""))
        if svc_llm.llm is None:
            print(f"--llm: local provider unavailable: {getattr(svc_llm, 'llm_error', '?')}")
        else:
            src = tmp / "states_llm.jsonl"
            src.write_text("\n".join(synth_states(catalog, 20, broken=0.0, seed=11)) + "\n", encoding="utf-8")
            t = time.perf_counter()
            s = score_file(svc_llm, src, tmp / "out_llm.jsonl", use_llm=True)
            secs = time.perf_counter() - t
            llm_row = {"n": 20, "seconds": round(secs, 2), "states_per_s": round(20 / secs, 3), "llm": svc_llm.llm.info()}

    print()
    print("| N | total s | warm-up s | states/s (after warm-up) | scored | rejected | fallbacks |")
    print("|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['n']} | {r['seconds']} | {r['warmup_s']} | {r['states_per_s']} | {r['scored']} | {r['rejected']} | {r['fallbacks']} |")
    if lin is not None:
        print(f"\nlinearity: scoring time({rows[-1]['n']})/time({rows[0]['n']}) = {lin} (ideal {rows[-1]['n'] / rows[0]['n']:.0f})")
    targets = {"states_per_s>=500": all(r["states_per_s"] >= 500 for r in rows),
               "10k<30s": all(r["seconds"] < 30 for r in rows if r["n"] == 10000)}
    print("targets:", ", ".join(f"{k}: {'met' if v else 'MISSED'}" for k, v in targets.items()))
    if llm_row:
        print(f"local LLM (20 states): {llm_row['seconds']} s, {llm_row['states_per_s']} states/s")
    print(f"load average at end: {load_avg()}")
    result = {"index": str(index_dir) if args.index else "temp e5 index of data/knowledge", "index_build_s": round(build_s, 1),
              "load_s": round(load_s, 2), "workers": args.workers, "rows": rows, "linearity": lin, "targets": targets,
              "llm": llm_row, "load_avg_end": load_avg()}
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=2))
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
