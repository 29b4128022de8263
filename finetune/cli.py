"""`funnel finetune …` subcommands (argparse). Also runnable as `python -m finetune.cli …`."""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from pathlib import Path

from . import dataset, evaluate, train
from .recipe import RecipeError, load_recipe


def register(subparsers, common: argparse.ArgumentParser | None = None) -> argparse.ArgumentParser:
    """Add `finetune` with `build-data`, `train`, `eval` to an argparse subparsers object."""
    p = subparsers.add_parser("finetune", help="build the SFT dataset, train a LoRA adapter, evaluate it",
                              description="LoRA fine-tuning of the assistant's generator (dataset → adapter → before/after eval).")
    sub = p.add_subparsers(dest="finetune_cmd", required=True)

    b = sub.add_parser("build-data", help="write train/val JSONL(.gz) + dataset card",
                       description="Build the synthetic bilingual SFT dataset from data/knowledge/*.md and the funnel catalog. "
                                   "Deterministic for a seed; val holds out whole templates.")
    b.add_argument("--out", default="data/finetune", help="output directory (default: data/finetune)")
    b.add_argument("--seed", type=int, default=13, help="random seed (default: 13)")
    b.add_argument("--plain", action="store_true", help="write plain .jsonl instead of deterministic .jsonl.gz")
    b.add_argument("--check", action="store_true", help="rebuild in memory and fail if it differs from the card in --out")
    b.set_defaults(func=_build)

    t = sub.add_parser("train", help="LoRA/QLoRA SFT from a recipe; writes data/adapters/<name>/",
                       description="Train an adapter with TRL SFTTrainer + peft (assistant-only loss). Writes adapter_model.safetensors, "
                                   "adapter_config.json, loss_log.jsonl and manifest.json.")
    t.add_argument("--recipe", required=True, help="recipe YAML path or name in finetune/recipes (e.g. gemma3-270m-lora)")
    t.add_argument("--data", default=None, help="dataset dir (default: the recipe's dataset_dir)")
    t.add_argument("--out", default=None, help="adapter root dir (default: the recipe's output_dir)")
    t.add_argument("--base", default=None, help="plain HF model dir to use as base (overrides the recipe)")
    t.add_argument("--gguf", default=None, help="a GGUF file to convert instead of assembling it from the PyPI packages")
    t.add_argument("--name", default=None, help="adapter name (default: the recipe's name)")
    t.add_argument("--max-steps", type=int, default=None, help="stop after N optimizer steps (smoke runs)")
    t.add_argument("--max-rows", type=int, default=None, help="train on the first N rows only")
    t.add_argument("--batch-size", type=int, default=None, help="override per-device batch size")
    t.add_argument("--epochs", type=float, default=None, help="override epochs")
    t.add_argument("--tiny", action="store_true", help="use a tiny random model + local tokenizer (CPU smoke test)")
    t.set_defaults(func=_train)

    e = sub.add_parser("eval", help="base vs base+adapter on validation rows → metrics.json, report.md",
                       description="Greedy batched generation with the base and the adapter on N validation rows; JSON/schema validity, "
                                   "citation consistency, hallucination rate, fallback accuracy, Hindi chrF, nudge rubric, latency. "
                                   "With --runtime llamacpp, generations are cached exactly (see --gen-cache, --no-cache).")
    e.add_argument("--adapter", required=True, help="adapter directory (with manifest.json)")
    e.add_argument("--data", default=None, help="dataset dir with val.jsonl(.gz) (default: data/finetune)")
    e.add_argument("--base", default=None, help="base model dir (default: from the adapter's manifest)")
    e.add_argument("-n", type=int, default=200, help="validation rows, task-stratified (default: 200)")
    e.add_argument("--batch-size", type=int, default=32, help="generation batch size (default: 32)")
    e.add_argument("--out", default=None, help="where to write metrics/report (default: the adapter dir)")
    e.add_argument("--max-new-scale", type=float, default=1.0, help="scale MAX_NEW_TOKENS (CPU smoke: 0.1)")
    e.add_argument("--shipped", default=None, help="metrics.json of the shipped adapter, for the promotion gate")
    e.add_argument("--runtime", choices=["transformers", "llamacpp"], default="transformers",
                   help="transformers (the reference; CUDA when present) or llamacpp (the CPU runtime, ~7x faster here; make llamacpp)")
    e.add_argument("--model-cache", default="data/cache", help="where the base GGUF is assembled for llamacpp (default: data/cache)")
    e.add_argument("--gen-cache", default=str(evaluate.GEN_CACHE_DIR.relative_to(evaluate.ROOT)), metavar="DIR",
                   help="llamacpp only: exact cache of generations, one JSONL per model (GGUF hashes, llama.cpp build, CPU features); "
                        "the base's outputs are reused for every adapter, a killed run resumes (default: %(default)s)")
    e.add_argument("--no-cache", action="store_true", help="llamacpp only: generate every row, reading and writing no cache")
    e.set_defaults(func=_eval)
    return p


def _quiet():
    os.environ.setdefault("HF_DATASETS_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


def _build(a) -> int:
    if a.check:
        card = json.loads((Path(a.out) / "card.json").read_text())
        train_rows, val_rows, _ = dataset.build(card["seed"])
        got = {"train.jsonl": hashlib.sha256(dataset._dump(train_rows)).hexdigest(),
               "val.jsonl": hashlib.sha256(dataset._dump(val_rows)).hexdigest()}
        ok = got == card["sha256"]
        print(json.dumps({"reproducible": ok, "expected": card["sha256"], "got": got}))
        return 0 if ok else 1
    card = dataset.write(a.out, seed=a.seed, compress=not a.plain)
    print(json.dumps({k: card[k] for k in ("sha256", "files", "catalog", "dropped")} | {"train": card["train"]["rows"], "val": card["val"]["rows"],
                      "hindi_share": card["train"]["hindi_share"]}, ensure_ascii=False))
    return 0


def _train(a) -> int:
    _quiet()
    try:
        recipe = load_recipe(a.recipe)
    except (RecipeError, FileNotFoundError) as e:  # bad input: exit 2, without a traceback
        print(f"error: {e}", file=sys.stderr)
        return 2
    train.train(recipe, data_dir=a.data, out_root=a.out, base=a.base, gguf=a.gguf, max_steps=a.max_steps, max_rows=a.max_rows,
                tiny=a.tiny, batch_size=a.batch_size, epochs=a.epochs, name=a.name)
    return 0


def _eval(a) -> int:
    _quiet()
    evaluate.evaluate(a.adapter, data_dir=a.data, n=a.n, base=a.base, batch_size=a.batch_size, out_dir=a.out,
                      max_new_scale=a.max_new_scale, shipped=a.shipped, runtime=a.runtime, model_cache=a.model_cache,
                      gen_cache=None if a.no_cache else a.gen_cache)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="finetune")
    sub = parser.add_subparsers(dest="cmd", required=True)
    register(sub)
    args = parser.parse_args(["finetune", *(sys.argv[1:] if argv is None else argv)])
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
