"""Load test over loopback: `funnel serve` on a free 127.0.0.1 port, N concurrent clients, load shedding measured.

```bash
.venv/bin/python bench/load.py                          # 50 then 200 clients, ~20 s each, index data/index
.venv/bin/python bench/load.py --clients 50 --seconds 10 --one-ip
```
Starts `funnel serve --no-ui --provider none` (deterministic answers; the index is built from
data/knowledge when data/index is absent), then per phase runs N clients that post a mix of /chat,
/predict_reason and /nudge_user back to back, while a separate process probes /health every 50 ms.
Each client sends from its own loopback address (127.0.x.y) so the per-client rate limit sees N
clients, as it would in production; `--one-ip` sends them all from 127.0.0.1 (then the rate limit
sheds most of it). Clients retry at once after a 429/503 (the worst case) unless `--honor-retry-after`. Bounded: each phase stops after `--seconds` or `--max-requests`, each request
after 30 s, and the server is stopped at the end whatever happens.

Prints per phase: throughput (admitted 200s per second), p50/p95/p99 of admitted requests, the shed
rate (429 and 503) and the shed responses' latency, /health p99, 5xx other than 503, transport errors,
and the server's RSS before and after. Targets (operations issue): admitted p99 < 3 s, sheds < 50 ms
(p99), /health p99 < 100 ms. Writes bench/out/load.json. The clients share the server's 2 cores:
their own CPU time is in every figure.
"""
from __future__ import annotations

import argparse
import asyncio
import http.client
import json
import multiprocessing as mp
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from api import QUERIES, pct  # noqa: E402
from batch import load_avg, synth_states  # noqa: E402
from ui_latency import free_port, stop_server  # noqa: E402


def start_server(index: Path, port: int, env_extra: dict[str, str]) -> subprocess.Popen:
    if not (index / "CURRENT").exists():
        print(f"building the index at {index} …", flush=True)
        subprocess.run([str(ROOT / ".venv/bin/funnel"), "ingest", "data/knowledge", "--index", str(index)], cwd=ROOT, check=True)
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "ANONYMIZED_TELEMETRY": "False", **env_extra}
    return subprocess.Popen([str(ROOT / ".venv/bin/funnel"), "serve", "--no-ui", "--provider", "none", "--index", str(index),
                             "--host", "127.0.0.1", "--port", str(port)], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def wait_ready(port: int, proc: subprocess.Popen, limit_s: float = 180) -> float:
    t = time.perf_counter()
    while time.perf_counter() - t < limit_s:
        if proc.poll() is not None:
            raise SystemExit(f"server exited: {proc.stderr.read()[-2000:]}")
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            c.request("GET", "/ready")
            if c.getresponse().status == 200:
                return time.perf_counter() - t
        except OSError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"/ready not 200 within {limit_s} s")


def probe_health(port: int, seconds: float, out, stop) -> None:
    """In its own process (its own CPU scheduling, not the clients' event loop): GET /health every 50 ms."""
    lat, codes, end = [], {}, time.perf_counter() + seconds
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    while time.perf_counter() < end and not stop.is_set():
        t = time.perf_counter()
        try:
            c.request("GET", "/health")
            r = c.getresponse()
            r.read()
            codes[r.status] = codes.get(r.status, 0) + 1
            lat.append((time.perf_counter() - t) * 1000)
        except (OSError, http.client.HTTPException) as e:
            codes[type(e).__name__] = codes.get(type(e).__name__, 0) + 1
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        time.sleep(max(0.0, 0.05 - (time.perf_counter() - t)))
    out.put({"lat": lat, "codes": codes})


PROBE_IP = "127.0.10.1"  # not one of the crowd's addresses (127.0.1.x …)


def probe_work(port: int, seconds: float, out, stop) -> None:
    """In its own process, like the /health probe: one more client that POSTs /chat every 150 ms
    beside the crowd and times each answer or shed. The crowd's own figures include the load
    generator's CPU starvation (200 tasks in one Python process on the same 2 cores: a response that has
    arrived waits for its task to run); this client is not starved, so its figures are the server's."""
    rows, end, i = [], time.perf_counter() + seconds, 0

    def conn():
        return http.client.HTTPConnection("127.0.0.1", port, timeout=30, source_address=(PROBE_IP, 0))

    c = conn()
    while time.perf_counter() < end and not stop.is_set():
        i += 1  # a question of its own each time: a cached answer would time the cache, not the server
        body = json.dumps({"query": f"{QUERIES[i % len(QUERIES)]} (probe {i})", "use_llm": False}).encode()
        t = time.perf_counter()
        try:
            c.request("POST", "/chat", body=body, headers={"content-type": "application/json"})
            r = c.getresponse()
            r.read()
            rows.append((r.status, (time.perf_counter() - t) * 1000))
        except (OSError, http.client.HTTPException) as e:
            rows.append((type(e).__name__, (time.perf_counter() - t) * 1000))
            c = conn()
        time.sleep(max(0.0, 0.15 - (time.perf_counter() - t)))
    out.put(rows)


def mix(n: int, seed: int) -> list[tuple[str, dict]]:
    from domain.catalog import load_catalog

    rng = random.Random(seed)
    states = [json.loads(x) for x in synth_states(load_catalog(), n, broken=0.0, seed=seed)]
    calls = []
    for i, s in enumerate(states):
        calls += [("/predict_reason", s), ("/nudge_user", {"state": s}),
                  # half repeated questions (the answer cache), half new ones; every fourth one streamed (SSE)
                  ("/chat", {"query": rng.choice(QUERIES) + ("" if i % 2 else f" (case {i})"), "use_llm": False,
                             "stream": i % 4 == 3})]
    rng.shuffle(calls)
    return calls


async def _post(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, path: str, body: bytes) -> tuple[int, bool]:
    """One keep-alive HTTP/1.1 POST → (status, server closed). A bare client on purpose: httpx costs
    ~1 ms of the load generator's CPU a request, and on 2 shared cores that CPU is the server's."""
    writer.write(b"POST %s HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n"
                 % (path.encode(), len(body)) + body)
    await writer.drain()
    status = int((await reader.readline()).split()[1])
    length, chunked, close = 0, False, False
    while (line := await reader.readline()) not in (b"\r\n", b""):
        key, _, value = line.decode("latin-1").partition(":")
        key, value = key.strip().lower(), value.strip().lower()
        length = int(value) if key == "content-length" else length
        chunked |= key == "transfer-encoding" and "chunked" in value
        close |= key == "connection" and value == "close"
    if chunked:
        while size := int((await reader.readline()).split(b";")[0], 16):
            await reader.readexactly(size + 2)
        await reader.readline()
    else:
        await reader.readexactly(length)
    return status, close


async def run_clients(port: int, n: int, seconds: float, cap: int, calls, one_ip: bool, honor: bool = False,
                      ids: range | None = None) -> list[tuple[str, object, float]]:
    """Clients `ids` (default: all n) of a crowd of n, in this process's event loop."""
    results: list[tuple[str, object, float]] = []
    end = time.perf_counter() + seconds
    bodies = [(path, json.dumps(body).encode()) for path, body in calls]

    async def client(i: int) -> None:
        addr = "127.0.0.1" if one_ip else f"127.0.{1 + i // 250}.{1 + i % 250}"
        conn = None
        k = i
        while time.perf_counter() < end and len(results) < cap:
            path, body = bodies[k % len(bodies)]
            k += n
            t = time.perf_counter()
            code: object
            try:
                if conn is None:
                    conn = await asyncio.wait_for(asyncio.open_connection("127.0.0.1", port, local_addr=(addr, 0)), 30)
                code, close = await asyncio.wait_for(_post(*conn, path, body), 30)
                if close:
                    conn[1].close()
                    conn = None
            except (OSError, asyncio.TimeoutError, asyncio.IncompleteReadError, ValueError, IndexError) as e:
                code = type(e).__name__
                if conn is not None:
                    conn[1].close()
                conn = None
            results.append((path, code, (time.perf_counter() - t) * 1000))
            if honor and code in (429, 503):  # Retry-After is 1 s on every shed answer
                await asyncio.sleep(min(1.0, max(0.0, end - time.perf_counter())))
        if conn is not None:
            conn[1].close()

    await asyncio.gather(*(client(i) for i in (ids if ids is not None else range(n))))
    return results


def crowd_worker(port: int, n: int, seconds: float, cap: int, calls, one_ip: bool, honor: bool, ids: range, out) -> None:
    """One share of the crowd in its own process, on uvloop when installed (uvicorn's own loop)."""
    try:
        import uvloop
        run = uvloop.run
    except ImportError:
        run = asyncio.run
    out.put(run(run_clients(port, n, seconds, cap, calls, one_ip, honor, ids)))


def crowd_processes(n: int, asked: int = 0) -> int:
    """Processes for a crowd of n: `asked` (--procs), else one per 50 clients."""
    return asked or max(1, -(-n // 50))


def run_crowd(port: int, n: int, seconds: float, cap: int, calls, one_ip: bool, honor: bool, procs: int) -> list:
    """The crowd split over `procs` processes: a single Python event loop with 200 tasks is itself the
    bottleneck on 2 cores (a response that has arrived waits for its task's turn), and that wait
    would be counted as the server's. Real clients are on other machines, each with its own CPU."""
    procs = max(1, min(procs, n))
    ctx = mp.get_context("spawn")
    q = ctx.Queue()
    workers = [ctx.Process(target=crowd_worker, args=(port, n, seconds, max(1, cap // procs), calls, one_ip, honor,
                                                      range(k, n, procs), q), daemon=True) for k in range(procs)]
    for w in workers:
        w.start()
    results = []
    for _ in workers:
        results += q.get(timeout=seconds + 120)
    for w in workers:
        w.join(10)
    return results


def rss_mb(pid: int) -> float:
    import psutil

    return round(psutil.Process(pid).memory_info().rss / 2**20, 1)


def sample_rss(pid: int, every_s: float, stop: threading.Event, into: list) -> None:
    while not stop.wait(every_s):
        into.append(rss_mb(pid))


def phase(port: int, pid: int, n: int, seconds: float, cap: int, calls, one_ip: bool, honor: bool, procs: int) -> dict:
    rss0 = rss_mb(pid)
    ctx = mp.get_context("spawn")
    q, wq, crowd_done = ctx.Queue(), ctx.Queue(), ctx.Event()
    probers = [ctx.Process(target=probe_health, args=(port, seconds, q, crowd_done), daemon=True),
               ctx.Process(target=probe_work, args=(port, seconds, wq, crowd_done), daemon=True)]
    for pr in probers:
        pr.start()
    rss, stop = [rss0], threading.Event()
    sampler = threading.Thread(target=sample_rss, args=(pid, max(1.0, seconds / 60), stop, rss), daemon=True)
    sampler.start()
    t = time.perf_counter()
    res = run_crowd(port, n, seconds, cap, calls, one_ip, honor, procs)
    wall = time.perf_counter() - t
    stop.set()
    crowd_done.set()
    recovered = recovery_s(port)
    health, probe = q.get(timeout=60), wq.get(timeout=60)
    for pr in probers:
        pr.join(10)
    p_ok = [ms for c, ms in probe if c == 200]
    p_shed = [ms for c, ms in probe if c in (429, 503)]
    ok = [ms for _, c, ms in res if c == 200]
    shed = [ms for _, c, ms in res if c in (429, 503)]
    row = {"clients": n, "seconds": round(wall, 1), "requests": len(res), "admitted": len(ok),
           "throughput_rps": round(len(ok) / wall, 1), "all_responses_rps": round(len(res) / wall, 1),
           "p50_ms": _p(ok, 50), "p95_ms": _p(ok, 95), "p99_ms": _p(ok, 99),
           "shed_429": sum(c == 429 for _, c, _ in res), "shed_503": sum(c == 503 for _, c, _ in res),
           "shed_rate": round(len(shed) / max(1, len(res)), 3), "shed_p50_ms": _p(shed, 50), "shed_p99_ms": _p(shed, 99),
           "health_n": len(health["lat"]), "health_p50_ms": _p(health["lat"], 50), "health_p99_ms": _p(health["lat"], 99),
           "health_codes": health["codes"],
           "other_5xx": sum(isinstance(c, int) and c >= 500 and c != 503 for _, c, _ in res),
           "other_codes": sorted({str(c) for _, c, _ in res if c not in (200, 429, 503)}),
           "transport_errors": sum(not isinstance(c, int) for _, c, _ in res),
           "probe_n": len(probe), "probe_p50_ms": _p(p_ok, 50), "probe_p99_ms": _p(p_ok, 99),
           "probe_shed_rate": round(len(p_shed) / max(1, len(probe)), 3), "probe_shed_p50_ms": _p(p_shed, 50),
           "probe_shed_p99_ms": _p(p_shed, 99), "probe_other": sorted({str(c) for c, _ in probe if c not in (200, 429, 503)}),
           "rss_mb_before": rss0, "rss_mb_after": rss_mb(pid), "rss_mb_min": min(rss), "rss_mb_max": max(rss),
           "rss_samples": len(rss), "rss_mb_series": rss, "recovery_s": recovered, "load_avg_end": load_avg()}
    # the crowd's latencies carry the load generator's own CPU starvation; the probe's are the server's
    row["targets"] = {"admitted_p99_lt_3s": bool(ok) and row["p99_ms"] < 3000,
                      "probe_admitted_p99_lt_3s": (not p_ok) or row["probe_p99_ms"] < 3000,
                      "shed_p99_lt_50ms_crowd": (not shed) or row["shed_p99_ms"] < 50,
                      "shed_p99_lt_50ms_probe": (not p_shed) or row["probe_shed_p99_ms"] < 50,
                      "health_p99_lt_100ms": bool(health["lat"]) and row["health_p99_ms"] < 100,
                      "rss_flat_10pct": row["rss_mb_max"] <= 1.1 * rss0 and row["rss_mb_min"] >= 0.9 * rss0}
    return row


def recovery_s(port: int, limit_s: float = 30.0) -> float | None:
    """After the crowd stops: seconds until a new question is answered (200) within 3× its idle time."""
    def ask(i: int) -> tuple[int, float]:
        c = http.client.HTTPConnection("127.0.0.1", port, timeout=30, source_address=(PROBE_IP, 0))
        body = json.dumps({"query": f"{QUERIES[i % len(QUERIES)]} (recovery {i} {time.time()})", "use_llm": False})
        t = time.perf_counter()
        try:
            c.request("POST", "/chat", body=body, headers={"content-type": "application/json"})
            r = c.getresponse()
            r.read()
            return r.status, time.perf_counter() - t
        except (OSError, http.client.HTTPException):
            return 0, time.perf_counter() - t
        finally:
            c.close()

    t0, i = time.perf_counter(), 0
    while time.perf_counter() - t0 < limit_s:
        i += 1
        code, took = ask(i)
        if code == 200 and took <= 3 * IDLE_S[0]:
            return round(time.perf_counter() - t0, 2)
        time.sleep(0.05)
    return None


IDLE_S = [0.1]  # one idle question's time, measured after the warm-up (main)


def _p(xs: list[float], p: float) -> float | None:
    return round(pct(xs, p), 1) if xs else None


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--index", default=str(ROOT / "data" / "index"))
    ap.add_argument("--clients", type=int, nargs="+", default=[50, 200])
    ap.add_argument("--seconds", type=float, default=20.0)
    ap.add_argument("--max-requests", type=int, default=1_000_000, help="per phase (a bound, not a target: --seconds ends a phase first)")
    ap.add_argument("--one-ip", action="store_true", help="all clients from 127.0.0.1 (one rate-limit bucket)")
    ap.add_argument("--honor-retry-after", action="store_true",
                    help="a shed client waits Retry-After before its next request (default: retries at once, the worst case)")
    ap.add_argument("--warmup", type=float, default=0.0,
                    help="seconds of the full crowd before the measured phases (a soak's steady state: caches full); "
                         "RSS right after the short start-up warm-up is still reported as rss_mb_cold")
    ap.add_argument("--procs", type=int, default=0,
                    help="processes the crowd is split over (default: one per 50 clients)")
    ap.add_argument("--out", default=str(ROOT / "bench" / "out" / "load.json"))
    args = ap.parse_args(argv)

    port = free_port()
    tmp = Path(tempfile.mkdtemp(prefix="bench-load-"))
    print(f"load average at start: {load_avg()}")
    proc = start_server(Path(args.index), port, {"FUNNEL_AUDIT_LOG": str(tmp / "audit.jsonl")})
    rows = []
    try:
        print(f"server on 127.0.0.1:{port}, ready in {wait_ready(port, proc):.1f} s", flush=True)
        calls = mix(400, seed=11)
        asyncio.run(run_clients(port, 4, 3.0, 200, calls, one_ip=False))  # warm-up: models, caches, first-call imports
        cold_rss = rss_mb(proc.pid)
        if args.warmup > 0:
            # a soak measures drift at steady state: first fill the bounded caches (answers 1,024, query
            # vectors 2,048) and let the allocator's heaps settle under the full crowd
            print(f"warm-up: {max(args.clients)} clients for {args.warmup:g} s (RSS {cold_rss} MB) …", flush=True)
            run_crowd(port, max(args.clients), args.warmup, args.max_requests, calls, args.one_ip, args.honor_retry_after,
                      crowd_processes(max(args.clients), args.procs))
            print(f"warm: RSS {rss_mb(proc.pid)} MB", flush=True)
        t = time.perf_counter()
        recovery_s(port)
        IDLE_S[0] = max(0.05, time.perf_counter() - t)  # a new question on an idle server
        for n in args.clients:
            procs = crowd_processes(n, args.procs)
            rows.append(phase(port, proc.pid, n, args.seconds, args.max_requests, calls, args.one_ip, args.honor_retry_after, procs))
            rows[-1].update(crowd_processes=procs, warmup_s=args.warmup, rss_mb_cold=cold_rss)
            print(json.dumps(rows[-1]), flush=True)
    finally:
        stop_server(proc)
    print()
    print("| clients | s | admitted/s | crowd: p50 / p95 / p99 ms (admitted) | crowd: shed 429 / 503 (rate) | crowd: shed p50 / p99 ms "
          "| probe: admitted p50 / p99 ms | probe: shed rate, p50 / p99 ms | /health p99 ms | other 5xx | RSS MB before, min–max, after | recovery s |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['clients']} | {r['seconds']} | {r['throughput_rps']} | {r['p50_ms']} / {r['p95_ms']} / {r['p99_ms']} | {r['shed_429']} / {r['shed_503']} "
              f"({r['shed_rate']:.1%}) | {r['shed_p50_ms']} / {r['shed_p99_ms']} | {r['probe_p50_ms']} / {r['probe_p99_ms']} | "
              f"{r['probe_shed_rate']:.1%}, {r['probe_shed_p50_ms']} / {r['probe_shed_p99_ms']} | {r['health_p99_ms']} | {r['other_5xx']} | "
              f"{r['rss_mb_before']}, {r['rss_mb_min']}–{r['rss_mb_max']}, {r['rss_mb_after']} | {r['recovery_s']} |")
    for r in rows:
        print(f"{r['clients']} clients: " + ", ".join(f"{k} {'met' if v else 'MISSED'}" for k, v in r["targets"].items()))
    print(f"load average at end: {load_avg()}")
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps({"rows": rows, "one_ip": args.one_ip, "honor_retry_after": args.honor_retry_after, "env": {k: v for k, v in os.environ.items() if k.startswith("FUNNEL_")}}, indent=2))
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
