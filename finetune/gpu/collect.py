"""Copy the GPU job's files (from the device tool's files_at folder) into data/adapters/<name>/.

    python -m finetune.gpu.collect FILES_AT [--name gemma3-270m-funnel-lora]

Rewrites the manifest's base dir to the local cache, re-renders the loss plot (PNG was left out
to stay within 8 returned files) and prints the headline metrics.
"""
from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

from finetune.evaluate import _loss_plot

ROOT = Path(__file__).resolve().parents[2]
FILES = ("adapter_model.safetensors", "adapter_config.json", "manifest.json", "metrics.json", "report.md", "loss_log.jsonl", "samples.jsonl")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("src", help="folder holding the returned files (searched recursively)")
    ap.add_argument("--name", default="gemma3-270m-funnel-lora")
    a = ap.parse_args(argv)
    dst = ROOT / "data" / "adapters" / a.name
    dst.mkdir(parents=True, exist_ok=True)
    for f in FILES:
        hits = sorted(Path(a.src).rglob(f))
        if hits:
            shutil.copy2(hits[0], dst / f)
    m = json.loads((dst / "manifest.json").read_text())
    m["base"]["dir"] = "data/cache/gemma3-270m-bf16"
    (dst / "manifest.json").write_text(json.dumps(m, indent=2, ensure_ascii=False) + "\n")
    _loss_plot(dst / "loss_log.jsonl", dst / "loss_curve.png")
    met = json.loads((dst / "metrics.json").read_text()) if (dst / "metrics.json").exists() else {}
    print(json.dumps({"adapter": str(dst), "train": m.get("train"), "base": met.get("base"), "adapter_metrics": met.get("adapter")}, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
