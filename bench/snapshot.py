"""Behaviour snapshot: every answer, reason, nudge, batch line and LLM prompt the assistant produces
on the development sets and `data/samples`, hashed per section — run it before and after a
refactor and compare (a refactor must change nothing a user or a model sees).

    .venv/bin/python bench/snapshot.py --out bench/out/snapshot-before.json
    … refactor …
    .venv/bin/python bench/snapshot.py --out bench/out/snapshot-after.json --compare bench/out/snapshot-before.json

Uses the index in data/index (`funnel ingest data/knowledge --index data/index`), provider "none"
for the deterministic outputs and the `fake` provider (replies queued, calls recorded) for the
prompt each LLM call carries, rendered as the local model reads it. Timings and ids that change per run (latency, job ids) are dropped.
Exit code 1 when --compare finds a section that differs, naming it.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

from assistant.llm.fake import FakeLLM  # noqa: E402
from domain.prompts import render_gemma  # noqa: E402
from assistant.schemas import ChatRequest, NudgeRequest  # noqa: E402
from assistant.service import FunnelService  # noqa: E402
from assistant.settings import Settings  # noqa: E402
from surfaces.batch.job import score_file  # noqa: E402

QUESTION_SETS = ["data/eval/qa.jsonl", "data/eval/unanswerable_dev.jsonl", "data/eval/adversarial.jsonl"]
STATES = ROOT / "data/samples/states.jsonl"
VOLATILE = {"latency_ms", "job_id", "elapsed_s", "started_at", "finished_at", "rows_per_s", "warmup_s"}


def _clean(obj):
    if isinstance(obj, dict):
        return {k: _clean(v) for k, v in obj.items() if k not in VOLATILE}
    if isinstance(obj, list):
        return [_clean(v) for v in obj]
    return obj


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _service(tmp: Path, llm=None) -> FunnelService:
    s = Settings(provider="fake" if llm else "none", audit_log=str(tmp / "audit.jsonl"), cache_size=0)
    return FunnelService(s, llm=llm)


def snapshot(tmp: Path) -> dict[str, list]:
    svc = _service(tmp)
    queries = [q for f in QUESTION_SETS for q in _jsonl(ROOT / f)]
    states = [{k: v for k, v in s.items() if k != "expected_reason"} for s in _jsonl(STATES)]
    out: dict[str, list] = {"answers": [], "answers_with_state": [], "reasons": [], "nudges": [], "batch": [], "prompts": []}
    for q in queries:
        out["answers"].append(svc.chat(ChatRequest(query=q["query"])).model_dump())
    for st in states[:10]:
        for text in ("why did I drop?", "write nudges for me", "what is the joining fee?"):
            out["answers_with_state"].append(svc.chat(ChatRequest(query=text, state=st)).model_dump())
    for st in states:
        out["reasons"].append(svc.predict(st).model_dump())
        out["nudges"].append(svc.nudge(NudgeRequest(state=st, languages=["en", "hi"])).model_dump())
    score_file(svc, STATES, tmp / "out.jsonl", tmp / "rejects.jsonl")
    out["batch"] = [json.loads(x) for x in (tmp / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    out["batch"] += [json.loads(x) for x in (tmp / "rejects.jsonl").read_text(encoding="utf-8").splitlines()]
    fake = FakeLLM()
    llm_svc = _service(tmp, fake)
    for q in queries[:20]:
        llm_svc.chat(ChatRequest(query=q["query"], use_llm=True))
    for st in states[:5]:
        llm_svc.predict(st, use_llm=True)
        llm_svc.nudge(NudgeRequest(state=st, use_llm=True))
    # what the local model would read: the Gemma string it renders from each (system, messages)
    out["prompts"] = [render_gemma(system, msgs) for system, msgs in fake.calls]
    return _clean(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default="bench/out/snapshot.json", help="where to write the snapshot (default %(default)s)")
    ap.add_argument("--compare", help="an earlier snapshot: report the sections that differ, exit 1 if any")
    a = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        snap = snapshot(Path(tmp))
    digest = {k: hashlib.sha256(json.dumps(v, ensure_ascii=False, sort_keys=True).encode()).hexdigest() for k, v in snap.items()}
    Path(a.out).parent.mkdir(parents=True, exist_ok=True)
    Path(a.out).write_text(json.dumps({"sha256": digest, "counts": {k: len(v) for k, v in snap.items()}, "data": snap},
                                      ensure_ascii=False, indent=1), encoding="utf-8")
    for k in snap:
        print(f"{k:20s} {len(snap[k]):5d}  {digest[k][:16]}")
    if not a.compare:
        return 0
    before = json.loads(Path(a.compare).read_text(encoding="utf-8"))
    differ = [k for k in digest if before["sha256"].get(k) != digest[k]]
    for k in differ:
        first = next((i for i, (x, y) in enumerate(zip(before["data"][k], snap[k])) if x != y), None)
        print(f"DIFFERS: {k} (first differing item: {first})")
    print("identical" if not differ else f"{len(differ)} section(s) differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
