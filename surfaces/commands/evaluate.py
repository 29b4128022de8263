"""`funnel eval`: the evaluation report and the regression gate (exit 5 on a regression)."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from assistant.evaluation import report
from assistant.evaluation.metrics import compare
from assistant.evaluation.run import DATA, STATES, EvalConfig, run
from assistant.service import FunnelService, NotReady
from surfaces.cli import EXIT_INPUT, EXIT_NOT_READY, CliError, settings_from

EXIT_REGRESSION = 5
ROOT = Path(__file__).resolve().parents[2]
DEFAULT_BASELINE = ROOT / "data" / "eval" / "baseline_metrics.json"


def register(sub, common) -> None:
    p = sub.add_parser("eval", parents=[common], help="evaluate retrieval, answers, reasons, nudges and safety; gate on a baseline",
                       description="Run the labelled sets in data/eval/ (and data/samples/states.jsonl) through the service and write "
                                   "report.md, metrics.json and plots. Exit 5 when a gated metric regressed beyond --tolerance "
                                   "against --baseline (latency is reported, not gated).")
    p.add_argument("--out", default="reports/latest", help="output folder (default reports/latest)")
    p.add_argument("--subset", type=int, help="evaluate a fixed, evenly spaced subset of N items per set (CI gate: 40)")
    p.add_argument("--baseline", help=f"metrics.json to compare with (default {DEFAULT_BASELINE.relative_to(ROOT)} when present; "
                                      "'none' to skip)")
    p.add_argument("--tolerance", type=float, default=0.02, help="allowed absolute drop on rates (default 0.02)")
    p.add_argument("--judge", default="rubric", help="nudge judge: 'rubric' (deterministic checks only) or an LLM provider "
                                                    "(local, openai, anthropic, fake)")
    p.add_argument("--price-in", type=float, default=0.0, help="price per 1M prompt tokens (0 for local)")
    p.add_argument("--price-out", type=float, default=0.0, help="price per 1M completion tokens (0 for local)")
    p.add_argument("--data", help="folder with qa.jsonl, adversarial.jsonl, retrieval_*.jsonl (default data/eval)")
    p.add_argument("--states", help="labelled user states JSONL (default data/samples/states.jsonl)")
    p.set_defaults(func=cmd_eval)


def cmd_eval(args: argparse.Namespace) -> int:
    if args.subset is not None and args.subset < 1:
        raise CliError("--subset must be at least 1")
    if not 0 <= args.tolerance < 1:
        raise CliError("--tolerance is an absolute rate between 0 and 1")
    s = settings_from(args).model_copy(update={"audit_log": ""})  # evaluation traffic stays out of the audit log
    cfg = EvalConfig(subset=args.subset, judge=args.judge, price_in=args.price_in, price_out=args.price_out,
                     data_dir=Path(args.data) if args.data else DATA, states=Path(args.states) if args.states else STATES)
    for f in (cfg.data_dir / "qa.jsonl", cfg.data_dir / "adversarial.jsonl", cfg.states):
        if not f.exists():
            raise CliError(f"missing evaluation file {f}")
    baseline_path = None if (args.baseline or "").lower() == "none" else Path(args.baseline) if args.baseline else \
        (DEFAULT_BASELINE if DEFAULT_BASELINE.exists() else None)
    if baseline_path is not None and not baseline_path.exists():
        raise CliError(f"baseline {baseline_path} not found")
    try:
        m = run(FunnelService(s), cfg)
    except NotReady as e:
        raise CliError(str(e), EXIT_NOT_READY) from None
    except (OSError, ValueError) as e:
        raise CliError(str(e), EXIT_INPUT) from None

    regressions, note, gate = None, "", False
    if baseline_path is not None:
        base = json.loads(baseline_path.read_text(encoding="utf-8"))
        regressions = compare(m, base, args.tolerance)
        bc = base.get("config", {})
        same = bc.get("subset") == m["config"]["subset"] and bc.get("provider") == m["config"]["provider"]
        gate = same
        note = (f"Baseline `{_shown(baseline_path)}` (subset {bc.get('subset')}, provider {bc.get('provider')}), tolerance {args.tolerance}."
                + ("" if same else " Its subset/provider differ from this run, so the comparison is shown but does not gate the exit code."))
        m["regression"] = {"baseline": _shown(baseline_path), "tolerance": args.tolerance, "gated": gate, "regressions": regressions}
    out = Path(args.out)
    files = report.write(out, m, cfg.details, regressions, note)

    if args.json:
        print(json.dumps({"out": str(out), "files": [str(f) for f in files], "metrics": {k: v for k, v in m.items()}},
                         ensure_ascii=False, default=str))
    else:
        print(_summary(m, out))
    if regressions:
        print(("REGRESSION" if gate else "worse than baseline (not gated)") + " — " +
              "; ".join(f"{x['metric']}: {x['baseline']} → {x['current']}" for x in regressions), file=sys.stderr)
        if gate:
            return EXIT_REGRESSION
    return 0


def _summary(m: dict, out: Path) -> str:
    kb = m["retrieval"].get("kb", {}).get("all", {})
    a, r, n, s, u = m["answers"], m["reasons"], m["nudges"], m["safety"], m["usage"]["all"]
    return (f"eval ({m['config']['provider']}, subset {m['config']['subset'] or 'full'}) in {m['config']['seconds']} s → {out}/report.md\n"
            f"  retrieval kb: recall@5 {kb.get('recall@5')} mrr@5 {kb.get('mrr@5')} hit@1 {kb.get('hit@1')}\n"
            f"  answers: facts {a['facts_rate']} hallucination {a['hallucination_rate']} citation consistency {a['citation_consistency']}\n"
            f"  reasons: accuracy {r['accuracy']} json validity {r['json_validity']}\n"
            f"  nudges: rubric pass {n['rubric_pass_rate']} compliance {n['compliance_rate']}\n"
            f"  safety: fallback P/R {s['fallback']['precision']}/{s['fallback']['recall']} refusal {s['refusal_rate']} "
            f"behaviour {s['behaviour_accuracy']} PII echoes {s['pii_echo_count']}\n"
            f"  latency p50/p95 {u.get('latency_ms_p50')}/{u.get('latency_ms_p95')} ms")


def _shown(path: Path) -> str:
    """A path as reports show it: relative to the project when inside it (reports are committed,
    and a machine's absolute paths do not belong in them)."""
    try:
        return str(Path(path).resolve().relative_to(ROOT))
    except ValueError:
        return Path(path).name
