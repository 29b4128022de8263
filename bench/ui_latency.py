"""Latency of the served app with the real settings (e5 index at data/index, provider `local`).

Starts `funnel serve` in a subprocess and measures
  * page served: process start → HTTP 200 on `/` (the Gradio page),
  * ready: process start → HTTP 200 on `/ready` (index and model loaded),
  * per question (EN / HI / Hinglish), `/chat` with `stream: true`: first streamed token and full answer,
  * in a real browser (Debian's chromium, when installed): page interactive — navigation start → the
    question box ready, median of 3 cold loads — and first words — Ask clicked → the answer's first
    words on screen,
then prints a table with p50/p95 and writes bench/out/ui_latency.json.

    .venv/bin/python bench/ui_latency.py [--provider local|none] [--index data/index] [--rounds 1]

Build the index first if missing: `.venv/bin/funnel ingest data/knowledge --index data/index`.
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out" / "ui_latency.json"

QUESTIONS = [
    ("en", "What are the video KYC timings?"),
    ("en", "What documents do I need for the video KYC call?"),
    ("en", "Why is the Aadhaar OTP not coming?"),
    ("en", "How do I activate my card after approval?"),
    ("hi", "वीडियो केवाईसी का समय क्या है?"),
    ("hi", "आधार ओटीपी नहीं आ रहा है, क्या करूँ?"),
    ("hi", "लाइवनेस चेक बार बार फेल क्यों हो रहा है?"),
    ("hinglish", "Video KYC ke liye kya kya chahiye?"),
    ("hinglish", "Aadhaar OTP nahi aa raha, kya karun?"),
    ("hinglish", "Card activate kaise karna hai OTP se?"),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def stop_server(proc: subprocess.Popen, grace_s: float = 15) -> None:
    """Ask the server to stop; kill it if it has not within `grace_s`."""
    proc.terminate()
    try:
        proc.wait(grace_s)
    except subprocess.TimeoutExpired:
        proc.kill()


def wait_status(url: str, t0: float, deadline_s: float, want: int = 200, proc=None) -> float | None:
    """Seconds since t0 when `url` first answers `want`; None after the deadline or if the server died."""
    while time.perf_counter() - t0 < deadline_s:
        if proc is not None and proc.poll() is not None:
            return None
        try:
            with urllib.request.urlopen(url, timeout=5) as r:
                if r.status == want:
                    return time.perf_counter() - t0
        except urllib.error.HTTPError as e:
            if e.code == want:
                return time.perf_counter() - t0
        except OSError:
            pass
        time.sleep(0.1)
    return None


def ask_stream(port: int, query: str, timeout: float = 300) -> dict:
    """One /chat request with stream=true; times the first token event and the done event."""
    body = json.dumps({"query": query, "stream": True}).encode()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    t = time.perf_counter()
    conn.request("POST", "/chat", body=body, headers={"Content-Type": "application/json", "Accept": "text/event-stream"})
    resp = conn.getresponse()
    if resp.status != 200:
        return {"error": f"HTTP {resp.status}: {resp.read()[:200].decode(errors='replace')}"}
    first, reply, tokens, event = None, None, 0, None
    try:
        for raw in resp:  # line by line, as the events arrive
            line = raw.decode("utf-8").rstrip("\n")
            if line.startswith("event:"):
                event = line[6:].strip()
            elif line.startswith("data:"):
                if event == "token":
                    tokens += 1
                    if first is None:
                        first = time.perf_counter() - t
                elif event == "done":
                    reply = json.loads(line[5:])["reply"]
                    break
    except (http.client.HTTPException, OSError) as e:
        return {"error": f"stream broke: {type(e).__name__}: {e}"}
    total = time.perf_counter() - t
    conn.close()
    if reply is None:
        return {"error": "stream ended without a done event"}
    u = reply.get("usage") or {}
    return {"first_token_s": round(first if first is not None else total, 3), "full_s": round(total, 3), "tokens": tokens,
            "intent": reply["intent"], "language": reply["language"], "fallback": reply["fallback"],
            "citations": len(reply["citations"]), "provider": u.get("provider"), "model": u.get("model"),
            "answer": reply["answer"][:160]}


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    if not xs:
        return float("nan")
    k = (len(xs) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(xs) - 1)
    return round(xs[lo] + (xs[hi] - xs[lo]) * (k - lo), 3)


LOG = ROOT / "bench" / "out" / "ui_latency.server.log"


def _server_error() -> str | None:
    """The last exception line the server logged, if any."""
    try:
        lines = [x for x in LOG.read_text(errors="replace").splitlines() if x and not x.startswith((" ", "Traceback", "ERROR:"))]
    except OSError:
        return None
    errs = [x for x in lines if "Error" in x or "Unavailable" in x or "Exception" in x]
    return errs[-1][:300] if errs else None


CHROMIUM = Path(os.environ.get("FUNNEL_CHROMIUM", "/usr/bin/chromium"))


def browser_timings(base: str, query: str = "What are the video KYC timings?") -> dict:
    """What a person at the browser waits for: the page usable, and the first words of an answer."""
    if not CHROMIUM.exists():
        return {"browser": f"not measured: {CHROMIUM} is not installed (make browser-deps)"}
    from playwright.sync_api import sync_playwright

    loads = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu"], headless=True)
        for _ in range(3):
            ctx = browser.new_context(viewport={"width": 1366, "height": 900})  # cold: no cache between loads
            page = ctx.new_page()
            t0 = time.perf_counter()
            page.goto(base + "/", wait_until="commit")
            page.locator("#question textarea").wait_for(state="visible", timeout=60_000)
            loads.append(time.perf_counter() - t0)
            if len(loads) < 3:
                ctx.close()
        bot = page.locator("#chatbot")
        before = bot.inner_text()
        page.locator("#question textarea").fill(query)
        t0 = time.perf_counter()
        page.locator("#ask").click()
        page.wait_for_function("([sel, before]) => { const b = document.querySelector(sel);"
                               " return b && b.innerText.length > before.length + 40; }", arg=["#chatbot", before], timeout=60_000)
        first_words = time.perf_counter() - t0
        browser.close()
    return {"page_interactive_s": round(statistics.median(loads), 3), "page_interactive_all_s": [round(x, 3) for x in loads],
            "browser_first_words_s": round(first_words, 3)}


def run_once(args, provider: str, adapter: str | None) -> dict:
    port = free_port()
    env = {**os.environ, "GRADIO_ANALYTICS_ENABLED": "False", "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1",
           "ANONYMIZED_TELEMETRY": "False", "FUNNEL_AUDIT_LOG": os.environ.get("FUNNEL_AUDIT_LOG", "")}
    cmd = [str(ROOT / ".venv" / "bin" / "funnel"), "serve", "--index", args.index, "--provider", provider,
           "--host", "127.0.0.1", "--port", str(port)]
    if adapter is not None:
        cmd += ["--adapter", adapter]
    LOG.parent.mkdir(parents=True, exist_ok=True)
    log = open(LOG, "w")
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    result: dict = {"provider": provider, "adapter": adapter, "index": args.index, "host": platform.node(),
                    "cpus": os.cpu_count(), "python": platform.python_version()}
    try:
        page_s = wait_status(base + "/", t0, 180, proc=proc)
        if page_s is None:
            print("the server did not serve / (see bench/out/ui_latency.server.log)", file=sys.stderr)
            return result
        health_s = wait_status(base + "/health", t0, 10, proc=proc)
        ready_s = wait_status(base + "/ready", t0, args.ready_timeout, proc=proc)
        info = json.load(urllib.request.urlopen(base + "/info", timeout=30))
        result.update({"page_served_s": round(page_s, 3), "health_s": round(health_s or -1, 3),
                       "ready_s": round(ready_s, 3) if ready_s is not None else None,
                       "llm": info.get("llm"), "index_info": info.get("index")})
        rows = []
        for r in range(args.rounds):
            for lang, q in QUESTIONS:
                res = ask_stream(port, q)
                res.update({"lang": lang, "query": q, "round": r})
                rows.append(res)
                print(f"  [{provider}] {lang:9} {res.get('first_token_s', '-'):>7} {res.get('full_s', '-'):>7}  {q}", file=sys.stderr, flush=True)
        ok = [x for x in rows if "error" not in x]
        result["questions"] = rows
        result["errors"] = len(rows) - len(ok)
        if ok:
            result["summary"] = {k: {"p50": pct([x[k] for x in ok], 50), "p95": pct([x[k] for x in ok], 95),
                                     "mean": round(statistics.fmean([x[k] for x in ok]), 3)}
                                 for k in ("first_token_s", "full_s")}
        result.update(browser_timings(base))
        result["answered_by"] = sorted({f"{x['provider']}/{x['model']}" if x.get("model") else str(x.get("provider")) for x in ok})
    finally:
        stop_server(proc)
        log.close()
    return result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--provider", default="local", help="LLM provider for the server (default: local)")
    ap.add_argument("--index", default="data/index")
    ap.add_argument("--rounds", type=int, default=1, help="times to ask each question (later rounds hit the answer cache "
                                                         "only for non-streamed requests; streaming always recomputes)")
    ap.add_argument("--ready-timeout", type=float, default=900, help="seconds to wait for /ready")
    ap.add_argument("--adapter", default=None, help="LoRA adapter folder ('' for the base model; default: settings)")
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args()

    if not (ROOT / args.index / "CURRENT").exists() and not Path(args.index, "CURRENT").exists():
        print(f"no index at {args.index}: run `.venv/bin/funnel ingest data/knowledge --index {args.index}` first", file=sys.stderr)
        return 2
    result = run_once(args, args.provider, args.adapter)
    if args.provider != "none" and result.get("questions") and result["errors"] == len(result["questions"]):
        first_err = next(x["error"] for x in result["questions"] if "error" in x)
        cause = _server_error() or first_err
        print(f"provider {args.provider} failed on every question ({cause}); measuring with provider none instead",
              file=sys.stderr, flush=True)
        failed = {k: result.get(k) for k in ("page_served_s", "ready_s", "llm")}
        result = run_once(args, "none", None)
        result["note"] = f"provider {args.provider} did not answer: {cause}. Figures below are provider none (deterministic answers)."
        result["failed_attempt"] = {"provider": args.provider, **failed}
    if "summary" not in result:
        print("no measurements (see bench/out/ui_latency.server.log)", file=sys.stderr)
        return 1

    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    s = result["summary"]
    print("\n| metric | value |\n|---|---|")
    print(f"| page served (start → 200 on /) | {result['page_served_s']:.2f} s |")
    print(f"| ready (start → 200 on /ready) | {result['ready_s'] if result['ready_s'] is not None else 'not ready'} s |")
    print(f"| first streamed token p50 / p95 | {s['first_token_s']['p50']:.2f} / {s['first_token_s']['p95']:.2f} s |")
    print(f"| full answer p50 / p95 | {s['full_s']['p50']:.2f} / {s['full_s']['p95']:.2f} s |")
    if "page_interactive_s" in result:
        print(f"| browser: page interactive (median of 3 cold loads) | {result['page_interactive_s']:.2f} s |")
        print(f"| browser: Ask → first words on screen | {result['browser_first_words_s']:.2f} s |")
    else:
        print(f"| browser | {result.get('browser')} |")
    print(f"| questions (errors) | {len(result['questions'])} ({result['errors']}) |")
    print(f"| answered by | {', '.join(result['answered_by'])} |")
    if result.get("note"):
        print(f"\nnote: {result['note']}")
    print(f"\nwrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
