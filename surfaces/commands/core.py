"""`funnel reason`, `funnel nudge`, `funnel ask`, `funnel score`."""
from __future__ import annotations

import csv
import sys
import time
from pathlib import Path

from tqdm import tqdm

from assistant.schemas import ChatRequest, NudgeRequest
from assistant.service import FunnelService, NotReady
from assistant.state import StateError, parse_state
from rag.types import page_label
from surfaces.batch import JobPaths, check_job, score_file
from surfaces.cli import EXIT_INPUT, EXIT_NOT_READY, EXIT_PARTIAL, CliError, emit, error_text, os_error, run_jsonl, settings_from


def register(sub, common) -> None:
    r = sub.add_parser("reason", parents=[common], help="diagnose why a user dropped off (JSON user state)",
                       description="Predict the drop-off reason, steps to fix, a nudge and citations for one user state.")
    r.add_argument("state", help="user state JSON file, or '-' for stdin")
    r.add_argument("--llm", action="store_true", help="let the LLM rephrase (checked; deterministic otherwise)")
    r.set_defaults(func=cmd_reason)

    n = sub.add_parser("nudge", parents=[common], help="draft nudges (3 styles + compliance-safe, English and Hindi)",
                       description="Draft nudges for a user state, or for a stage and reason. Drafts are for a person to approve.")
    n.add_argument("state", nargs="?", help="user state JSON file, or '-' for stdin")
    n.add_argument("--stage", help="stage (when no state is given), e.g. vkyc")
    n.add_argument("--reason", help="error code or reason id, e.g. VKYC_AGENT_UNAVAILABLE")
    n.add_argument("--lang", action="append", choices=["en", "hi"], help="language (repeatable; default both)")
    n.add_argument("--style", action="append", choices=["explanatory", "cta", "empathetic", "compliance_safe"], help="style (repeatable; default all)")
    n.add_argument("--name", help="first name for personalisation")
    n.add_argument("--llm", action="store_true", help="let the LLM rewrite the drafts (checked)")
    n.add_argument("--csv", metavar="FILE", help="also export the drafts as CSV")
    n.set_defaults(func=cmd_nudge)

    a = sub.add_parser("ask", parents=[common], help="ask a question (English, Hindi or Hinglish)",
                       description="Grounded answer with citations; the fallback sentence when unsure.")
    a.add_argument("question", nargs="?", help="the question (omit with --batch)")
    a.add_argument("--state", help="user state JSON file to answer about")
    a.add_argument("--batch", metavar="FILE", help='JSONL lines {"query": ..., "state": {...}?}; one reply per line')
    a.add_argument("-o", "--output", help="with --batch: output file (default stdout)")
    a.add_argument("--stream", action="store_true", help="print the answer as it is generated")
    a.add_argument("--no-llm", action="store_true", help="deterministic answer only")
    a.set_defaults(func=cmd_ask)

    s = sub.add_parser("score", parents=[common], help="batch-score user states (JSONL/CSV) into drop reasons",
                       description="Stream user states from JSONL or CSV into predictions (JSONL). Bad rows go to a rejects file "
                                   "with the reason; every input line ends up in one of the two. --resume continues a killed run.")
    s.add_argument("input", help="states .jsonl or .csv")
    s.add_argument("-o", "--output", required=True, help="predictions .jsonl")
    s.add_argument("--rejects", help="rejects .jsonl (default: OUTPUT.rejects.jsonl)")
    again = s.add_mutually_exclusive_group()
    again.add_argument("--resume", action="store_true",
                       help="continue a killed run: skip lines already in the output/rejects files (refused if the input changed)")
    again.add_argument("--overwrite", action="store_true", help="replace an existing output instead of refusing")
    s.add_argument("--workers", type=int, default=1, help="processes, or Ray actors with --engine ray (default 1; the deterministic path is fast)")
    s.add_argument("--engine", choices=["local", "ray"], default="local",
                   help="local: this machine (default); ray: a Ray Data pipeline — a local Ray with --workers CPUs, or the "
                        "cluster at --ray-address / $RAY_ADDRESS (needs the ray extra)")
    s.add_argument("--ray-address", help="a Ray cluster to join (default $RAY_ADDRESS; none: start a local Ray)")
    s.add_argument("--llm", action="store_true", help="let the LLM rephrase each prediction (slow)")
    s.add_argument("--quiet", action="store_true", help="no progress bar")
    s.set_defaults(func=cmd_score)


def service_for(args, **overrides):
    s = settings_from(args)
    if overrides:
        s = s.model_copy(update=overrides)
    return FunnelService(s)


def _read_state(path: str):
    try:
        text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
    except OSError as e:
        raise CliError(f"cannot read {path}: {e.strerror}") from None
    try:
        return parse_state(text)
    except StateError as e:
        raise CliError(f"invalid user state: {e}") from None


def _guard(fn):
    """Map domain errors to exit codes (2 bad input, 3 not ready) without tracebacks."""
    try:
        return fn()
    except StateError as e:
        raise CliError(f"invalid input: {e}", EXIT_INPUT) from None
    except NotReady as e:
        raise CliError(str(e), EXIT_NOT_READY) from None


def cmd_reason(args) -> int:
    state = _read_state(args.state)
    svc = service_for(args)
    p = _guard(lambda: svc.predict(state, use_llm=args.llm))
    emit(args, p.model_dump(), lambda d: _fmt_prediction(d))
    return 0


def _fmt_prediction(d: dict) -> str:
    lines = [f"{d['stage_name']}: {d['predicted_drop_reason']}  (confidence {d['confidence_score']:.2f}{', fallback' if d['fallback'] else ''})",
             d["message"], "", "Steps:"] + [f"  {i}. {s}" for i, s in enumerate(d["steps_to_fix"], 1)]
    if d["secondary_reasons"]:
        lines += ["Also possible: " + "; ".join(d["secondary_reasons"])]
    lines += ["", f"Nudge: {d['nudge_message']}", "", "Sources:"]
    lines += [f"  [{i}] {c['source']} {page_label(c)} — {c['quote'][:120]}" for i, c in enumerate(d["citations"], 1)]
    return "\n".join(lines)


def cmd_nudge(args) -> int:
    if not args.state and not args.stage:
        raise CliError("give a user state file or --stage")
    state = _read_state(args.state) if args.state else None
    svc = service_for(args)
    req = NudgeRequest(state=state, stage=args.stage, reason=args.reason, languages=args.lang or ["en", "hi"],
                       styles=args.style or ["explanatory", "cta", "empathetic", "compliance_safe"], name=args.name, use_llm=args.llm)
    r = _guard(lambda: svc.nudge(req))
    if args.csv:
        with open(args.csv, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["stage", "reason_code", "style", "language", "chars", "compliant", "text"])
            for n in r.nudges:
                w.writerow([r.stage, r.reason_code, n.style, n.language, n.chars, n.compliant, n.text])
    emit(args, r.model_dump(), lambda d: "\n\n".join(
        f"[{n['style']} · {n['language']} · {n['chars']} chars{' · ✓ compliant' if n['compliant'] else ' · ⚠ check'}]\n{n['text']}" for n in d["nudges"]))
    return 0


def cmd_ask(args) -> int:
    if not args.batch and not args.question:
        raise CliError("give a QUESTION or --batch FILE")
    svc = service_for(args)
    use_llm = False if args.no_llm else None
    if args.batch:
        return _ask_batch(args, svc, use_llm)
    state = _read_state(args.state) if args.state else None
    try:
        req = ChatRequest(query=args.question, state=state, use_llm=use_llm)
    except Exception as e:  # pydantic ValidationError: an empty or oversized question
        raise CliError(f"invalid question: {error_text(e)}") from None
    if args.stream and not args.json:
        return _ask_stream(svc, req)
    r = _guard(lambda: svc.chat(req))
    if svc.llm_error:
        print(f"warning: the LLM could not answer, so the answer is the deterministic one: {svc.llm_error}", file=sys.stderr)
    emit(args, r.model_dump(), lambda d: d["answer"] + "\n\n" + "\n".join(
        f"  [{i}] {c['source']} {page_label(c)} — {c['section']}" for i, c in enumerate(d["citations"], 1))
        + f"\n({d['intent']}, {d['language']}, confidence {d['confidence']:.2f})")
    return 0


def _ask_stream(svc, req) -> int:
    """Tokens as they come; a `replace` event (the LLM's answer failed a check) is shown as the
    correction it is, so the terminal ends with the answer that `done` carries."""
    def run():
        final = None
        for ev in svc.chat_stream(req):
            if ev["type"] == "token":
                print(ev["text"], end="", flush=True)
            elif ev["type"] == "replace":
                print("\n\n[the answer above failed a grounding check; the checked answer is:]\n" + ev["text"], end="", flush=True)
            elif ev["type"] == "done":
                final = ev["reply"]
        return final

    final = _guard(run)
    print()
    if svc.llm_error:
        print(f"warning: the LLM could not answer, so the answer is the deterministic one: {svc.llm_error}", file=sys.stderr)
    for i, c in enumerate(final["citations"], 1):
        print(f"  [{i}] {c['source']} {page_label(c)} — {c['section']}")
    return 0


def _ask_batch(args, svc, use_llm) -> int:
    def answer(req: dict) -> dict:
        chat = ChatRequest(query=req["query"], state=req.get("state"), history=req.get("history") or [], use_llm=use_llm)
        # resolved first: an unknown stage is this line's error, as in the API
        rs = _guard(lambda: svc.resolve(chat.state)) if chat.state is not None else None
        return _guard(lambda: svc.chat(chat, rs)).model_dump()

    return run_jsonl(args, answer, "answered")


def cmd_score(args) -> int:
    paths = JobPaths.of(args.input, args.output, args.rejects, Path(args.output).with_suffix(".summary.json"))
    try:
        check_job(paths, args.resume, args.overwrite)  # before loading the index: refused at once, nothing created
    except ValueError as e:
        raise CliError(str(e)) from None
    svc = service_for(args, audit_log="")
    progress = None if args.quiet else ScoreProgress()
    try:
        summary = _guard(lambda: score_file(svc, paths.src, paths.out, paths.rejects, resume=args.resume, overwrite=args.overwrite,
                                            use_llm=args.llm, workers=args.workers, summary_path=paths.summary,
                                            on_progress=progress, engine=args.engine, ray_address=args.ray_address))
    except ValueError as e:  # BatchInputError: paths, CSV header, --resume/--overwrite rules
        raise CliError(str(e)) from None
    except OSError as e:  # a full disk (exit 6, resumable) or a path that cannot be written (exit 2)
        raise os_error(e, args.output, "; free some space and run the same command with --resume: "
                                       "the rows written so far are kept") from None
    finally:
        if progress is not None:
            progress.close()
    d = summary.to_dict()
    emit(args, d, lambda d: _fmt_score(d, paths.rejects))
    return EXIT_PARTIAL if d["rejected"] else 0


class ScoreProgress:
    """`funnel score`'s progress, as the batch job's `on_progress(done, total)`: a tqdm bar on a
    terminal; in a log (stderr not a TTY) a plain line at every 10% and at least every 30 s, so a
    long job shows it is alive."""

    def __init__(self, every_s: float = 30.0):
        self.every_s, self.next_pct = every_s, 10
        self.t0 = self.last = None
        self.bar = None

    def __call__(self, done: int, total: int | None) -> None:
        total = max(total or 0, 0)
        now = time.monotonic()
        if self.t0 is None:  # the job's first call, (0, total): the clock starts after its warm-up
            self.t0 = self.last = now
            if sys.stderr.isatty():
                self.bar = tqdm(total=total, desc="scoring", unit="line", file=sys.stderr)
        if self.bar is not None:
            self.bar.update(done - self.bar.n)
            return
        pct = 100 * done // total if total else 0
        if pct >= self.next_pct or now - self.last >= self.every_s:
            rate = done / max(now - self.t0, 1e-9)
            print(f"scoring: {done}/{total} lines ({pct}%), {rate:.0f} lines/s", file=sys.stderr, flush=True)
            self.next_pct, self.last = pct // 10 * 10 + 10, now

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _fmt_score(d: dict, rejects: Path) -> str:
    lines = [f"scored {d['scored']}, rejected {d['rejected']}, blank {d['blank_lines']} (of {d['total']} lines; "
             f"{d['resumed']} done earlier) in {d['seconds']} s ({d['states_per_s']} states/s)"]
    if d["top_reasons"]:
        lines.append("top reasons: " + ", ".join(f"{k} {v}" for k, v in list(d["top_reasons"].items())[:8]))
    if d["duplicate_user_ids"]:
        lines.append(f"{d['duplicate_user_ids']} user ids appear on more than one row (all scored)")
    if d["rejected"]:
        lines.append(f"rejects ({rejects}) by field: " + ", ".join(f"{k} {v}" for k, v in d["reject_fields"].items()))
    return "\n".join(lines)
