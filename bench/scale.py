"""Batch scoring at scale: the local engine vs Ray Data, and memory as N grows.

```bash
.venv/bin/python bench/scale.py                    # 100k states: local, ray ×1, ray ×2; peak RSS at 100k and 1M (local)
.venv/bin/python bench/scale.py --n 20000 --big 0  # a quick look
```
Each case runs `funnel score IN -o OUT --provider none` as a subprocess (as ops would), over synthetic
user states with ~2 % broken rows (bench/batch.py's generator), index `data/index`. Measured: wall
time, states/s, and peak RSS summed over the process tree (Ray's raylet, GCS and workers included),
sampled every 0.2 s. The issue's target: peak RSS < 1.5 GB for 1M states and flat in N (the local
engine streams rows; it never holds the file). Figures are printed, not asserted; writes
bench/out/scale.json. The machine has 2 cores: Ray with 2 workers has no spare core for its own
processes, so read its figures as the overhead of the pipeline, not a cluster's speed.

Chroma in client/server mode (retrieval p50, index memory at 50,000 chunks) is measured by
bench/store_server.py. Not built yet (README, scale path): ingest on Ray.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

from batch import load_avg, synth_states  # noqa: E402


def tree_rss_mb(pid: int) -> float:
    import psutil

    try:
        root = psutil.Process(pid)
        procs = [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0.0
    total = 0
    for p in procs:
        try:
            total += p.memory_info().rss
        except psutil.NoSuchProcess:
            pass
    return total / 2**20


def write_states(path: Path, n: int) -> None:
    from domain.catalog import load_catalog

    cat = load_catalog()
    with path.open("w", encoding="utf-8") as f:
        for start in range(0, n, 100_000):  # in slices: the generator holds its lines
            f.write("\n".join(synth_states(cat, min(100_000, n - start), seed=7 + start)) + "\n")


def run_case(src: Path, out_dir: Path, engine: str, workers: int, index: str) -> dict:
    out = out_dir / f"scored-{engine}-{workers}-{src.stem}.jsonl"
    for p in out_dir.glob(out.name + "*"):
        p.unlink()
    cmd = [str(ROOT / ".venv/bin/funnel"), "score", str(src), "-o", str(out), "--engine", engine, "--workers", str(workers),
           "--provider", "none", "--index", index, "--quiet", "--overwrite", "--json"]
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "RAY_DEDUP_LOGS": "0"})
    peak = 0.0
    while proc.poll() is None:
        peak = max(peak, tree_rss_mb(proc.pid))
        time.sleep(0.2)
    wall = time.perf_counter() - t
    stdout, stderr = proc.communicate()
    row = {"engine": engine, "workers": workers, "states": sum(1 for _ in src.open("rb")), "wall_s": round(wall, 1),
           "peak_rss_mb": round(peak, 1), "rc": proc.returncode}
    row["states_per_s"] = round(row["states"] / wall, 1)
    try:
        summary = json.loads(stdout.strip().splitlines()[-1])
        row.update({k: summary.get(k) for k in ("scored", "rejected")})
    except (ValueError, IndexError):
        row["error"] = (stderr or stdout)[-600:]
    return row


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=100_000, help="states for the engine comparison (default %(default)s)")
    ap.add_argument("--big", type=int, default=1_000_000, help="states for the memory case, local engine (0: skip)")
    ap.add_argument("--index", default="data/index")
    ap.add_argument("--engines", default="local:1,ray:1,ray:2", help="engine:workers, comma-separated")
    ap.add_argument("--out", default=str(ROOT / "bench" / "out" / "scale.json"))
    a = ap.parse_args(argv)
    if not Path(ROOT / a.index, "CURRENT").exists() and not Path(a.index, "CURRENT").exists():
        print(f"no index at {a.index}: run `.venv/bin/funnel ingest data/knowledge --index {a.index}` first", file=sys.stderr)
        return 2
    tmp = Path(tempfile.mkdtemp(prefix="bench-scale-"))
    print(f"load average at start: {load_avg()}", flush=True)
    src = tmp / f"states-{a.n}.jsonl"
    write_states(src, a.n)
    rows = []
    for spec in a.engines.split(","):
        engine, workers = spec.split(":")
        rows.append(run_case(src, tmp, engine, int(workers), a.index))
        print(json.dumps(rows[-1]), flush=True)
    if a.big:
        big = tmp / f"states-{a.big}.jsonl"
        write_states(big, a.big)
        rows.append(run_case(big, tmp, "local", 1, a.index))
        print(json.dumps(rows[-1]), flush=True)
    print("\n| engine | workers | states | wall s | states/s | peak RSS MB (process tree) | scored / rejected |\n|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['engine']} | {r['workers']} | {r['states']:,} | {r['wall_s']} | {r['states_per_s']} | {r['peak_rss_mb']} | "
              f"{r.get('scored')} / {r.get('rejected')} |" + (f" error: {r['error'][:200]}" if r.get("error") else ""))
    print(f"load average at end: {load_avg()}")
    Path(a.out).parent.mkdir(parents=True, exist_ok=True)
    Path(a.out).write_text(json.dumps({"rows": rows, "cpus": os.cpu_count()}, indent=2))
    print(f"wrote {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
