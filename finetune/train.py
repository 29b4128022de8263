"""LoRA / QLoRA SFT from a recipe (`funnel finetune train --recipe R`).

TRL `SFTTrainer` + peft; loss on the answer tokens only: each row is a prompt/completion pair
(`to_prompt_completion`: the prompt rendered by `domain.prompts.render`, the completion the answer plus
`<end_of_turn>`) trained with TRL's `completion_only_loss` (the recipe's `assistant_only_loss: true`
selects it), so prompt tokens carry no loss.
Logs the loss curve as JSON lines and tokens/s; writes the adapter and `manifest.json` into
`<output_dir>/<name>/`. Runs on CPU (fp32; tiny smoke model with --tiny) and on CUDA (bf16,
Liger kernels when importable).
"""
from __future__ import annotations

import dataclasses
import json
import math
import os
import subprocess
import time
from pathlib import Path
from typing import Any

from domain import prompts
from domain.prompts import END_OF_TURN

from . import dataset as ds
from .base_model import ensure_base, load_model, load_tokenizer, sha256_file
from .recipe import Recipe, load_recipe
from .tiny import make_tiny_base

ROOT = Path(__file__).resolve().parent.parent


def git_commit() -> str | None:
    try:
        return subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, timeout=10).stdout.strip() or None
    except (OSError, subprocess.SubprocessError):  # no git here, or it hung: the environment may say
        return os.environ.get("GIT_COMMIT")


def device_name() -> str:
    import torch  # heavy: deferred

    return torch.cuda.get_device_name(0) if torch.cuda.is_available() else "cpu"


def liger_available() -> bool:
    try:
        import liger_kernel  # noqa: F401 — heavy: deferred, optional CUDA kernels

        return True
    except Exception:  # noqa: BLE001 — it also fails on import without triton or with a mismatched CUDA: then not available
        return False


def _loss_logger(path: Path):
    from transformers import TrainerCallback  # heavy: deferred

    class LossLog(TrainerCallback):
        def __init__(self):
            self.t0 = time.time()
            self.f = open(path, "w", encoding="utf-8")

        def on_log(self, args, state, control, logs=None, **kw):
            if logs:
                rec = {"step": state.global_step, "epoch": round(state.epoch or 0, 4), "elapsed_s": round(time.time() - self.t0, 2)}
                rec.update({k: v for k, v in logs.items() if isinstance(v, (int, float))})
                self.f.write(json.dumps(rec) + "\n")
                self.f.flush()

        def on_train_end(self, *a, **kw):
            self.f.close()

    return LossLog()


def _adapter_saver(out_dir: Path, every: int):
    """Save the LoRA adapter every `every` steps (and note the step), so a run killed for time keeps its work."""
    from transformers import TrainerCallback  # heavy: deferred

    class SaveAdapter(TrainerCallback):
        def on_step_end(self, args, state, control, model=None, **kw):
            if every and model is not None and state.global_step % every == 0:
                model.save_pretrained(out_dir)
                (out_dir / "partial.json").write_text(json.dumps({"global_step": state.global_step, "max_steps": state.max_steps,
                                                                   "saved_unix": int(time.time())}) + "\n")

    return SaveAdapter()


def to_prompt_completion(row: dict) -> dict[str, str]:
    """A chat row as plain prompt/completion text, rendered by prompts.render exactly as at inference.

    Loss on the completion only (TRL's completion_only_loss). This avoids depending on the chat
    template's `{% generation %}` markers, whose assistant masks some tokenizer versions cannot
    compute (TRL then drops the rows as fully masked, silently)."""
    msgs = row["messages"]
    user = next(m["content"] for m in msgs if m["role"] == "user")
    answer = next(m["content"] for m in msgs if m["role"] == "assistant")
    return {"prompt": prompts.render(user), "completion": answer + END_OF_TURN}


def select_rows(rows: list[dict], how: str, n: int | None, tok=None, max_length: int | None = None) -> list[dict]:
    """`first`: the first n rows. `shortest_balanced`: n rows split evenly over tasks, the shortest of each
    task (by tokens with `tok`, else characters) that fit max_length whole, in a deterministic interleaved order."""
    if how == "first" or not n:
        return rows[:n] if n else rows
    if how != "shortest_balanced":
        raise ValueError(f"unknown row_selection {how!r}")

    def length(r):
        pc = to_prompt_completion(r)
        return len(tok(pc["prompt"] + pc["completion"])["input_ids"]) if tok is not None else len(pc["prompt"] + pc["completion"])

    by: dict[str, list[tuple[int, int, dict]]] = {}
    for i, r in enumerate(rows):
        by.setdefault(r["task"], []).append((length(r), i, r))
    tasks = sorted(by)
    per = max(1, n // len(tasks))
    picked = []
    for t in tasks:
        cand = sorted(by[t], key=lambda x: (x[0], x[1]))
        if max_length:
            cand = [c for c in cand if c[0] <= max_length] or cand[:0]
        picked.append([c[2] for c in cand[:per]])
    out = [p[j] for j in range(max(map(len, picked), default=0)) for p in picked if j < len(p)]
    return out


def make_config(recipe: Recipe, n_rows: int, run_dir: Path, max_steps: int | None, cuda: bool, tok) -> tuple[Any, dict]:
    from trl import SFTConfig  # heavy: deferred

    t = recipe.train
    fields = {f.name for f in dataclasses.fields(SFTConfig)}
    warmup = recipe.warmup_steps(n_rows) if not max_steps else max(1, math.ceil(t.warmup_ratio * max_steps))
    use_liger = bool(t.use_liger_kernel and cuda and liger_available())
    kw: dict[str, Any] = dict(
        output_dir=str(run_dir), num_train_epochs=t.epochs, max_steps=max_steps or -1,
        per_device_train_batch_size=t.per_device_batch_size, gradient_accumulation_steps=t.gradient_accumulation_steps,
        learning_rate=t.learning_rate, lr_scheduler_type=t.lr_scheduler, warmup_steps=warmup,
        weight_decay=t.weight_decay, max_grad_norm=t.max_grad_norm, max_length=t.max_length,
        bf16=bool(t.bf16 and cuda), gradient_checkpointing=t.gradient_checkpointing,
        use_liger_kernel=use_liger, assistant_only_loss=False, completion_only_loss=t.assistant_only_loss,
        logging_steps=t.logging_steps, save_strategy="no", report_to=[], seed=t.seed,
        optim=t.optim if cuda else "adamw_torch", padding_free=False, packing=False,
        dataloader_num_workers=2 if cuda else 0, dataset_num_proc=None,  # multi-process tokenisation lost rows on the GPU machine
    )
    if "use_cpu" in fields and not cuda:
        kw["use_cpu"] = True
    if t.group_by_length:
        if "train_sampling_strategy" in fields:
            kw["train_sampling_strategy"] = "group_by_length"
        elif "group_by_length" in fields:
            kw["group_by_length"] = True
    if END_OF_TURN in tok.get_vocab():
        kw["eos_token"] = END_OF_TURN
    if t.gradient_checkpointing:
        kw["gradient_checkpointing_kwargs"] = {"use_reentrant": False}
    kw = {k: v for k, v in kw.items() if k in fields}
    return SFTConfig(**kw), {"warmup_steps": warmup, "use_liger_kernel": use_liger}


def train(recipe: Recipe, data_dir: str | Path | None = None, out_root: str | Path | None = None, base: str | None = None,
          gguf: str | None = None, max_steps: int | None = None, max_rows: int | None = None, tiny: bool = False,
          batch_size: int | None = None, epochs: float | None = None, name: str | None = None,
          run_root: str | Path | None = None) -> Path:
    import torch  # heavy: deferred — training needs the `local` extra (torch, transformers, peft, trl)

    data_dir = Path(data_dir or ROOT / recipe.dataset_dir)
    rows = ds.read_rows(ds.split_file(data_dir, "train"))
    if max_rows and recipe.train.row_selection == "first":
        rows = rows[:max_rows]
    if batch_size:
        recipe.train.per_device_batch_size = batch_size
    if epochs:
        recipe.train.epochs = epochs
    name = name or recipe.name
    out_dir = Path(out_root or ROOT / recipe.output_dir) / name
    run_dir = Path(run_root or ROOT / "runs") / name  # trainer checkpoints/logs (and --tiny's base)
    out_dir.mkdir(parents=True, exist_ok=True)
    cuda = torch.cuda.is_available()

    base_dir, base_info = _base(recipe, rows, run_dir, base, gguf, tiny)
    tok = load_tokenizer(base_dir)
    rows = _selected(recipe, rows, max_rows, tok)
    model = _model(recipe, base_dir, cuda)
    trainer, cfg, extra = _trainer(recipe, model, tok, rows, run_dir, out_dir, max_steps, cuda)
    result, train_s, num_tokens = _fit(trainer, cfg, cuda)
    losses = [h["loss"] for h in trainer.state.log_history if "loss" in h]
    trainer.model.save_pretrained(out_dir)
    (out_dir / "partial.json").unlink(missing_ok=True)
    tok_dir = out_dir  # keep the tokenizer's chat template with the adapter for serving
    tok.save_pretrained(tok_dir) if tiny else None

    manifest = {
        "name": name, "version": recipe.version, "created_unix": int(time.time()),
        "base": {**base_info, "dir": str(base_dir)},
        "dataset": {"dir": _rel(data_dir), "sha256": ds.dataset_sha256(data_dir), "train_rows": len(rows)},
        "recipe": recipe.to_dict(), "resolved": {**extra, "max_steps": max_steps, "global_steps": trainer.state.global_step},
        "git_commit": git_commit(), "device": device_name(),
        "train": {"tokens_per_s": round(num_tokens / train_s, 1), "tokens": int(num_tokens), "train_time_s": round(train_s, 1),
                  "final_loss": losses[-1] if losses else None, "first_loss": losses[0] if losses else None,
                  "train_loss": result.training_loss,
                  "peak_mem_gib": round(torch.cuda.max_memory_allocated() / 2**30, 2) if cuda else None},
        "metrics": None,  # filled by `finetune eval`
        "files": sorted(p.name for p in out_dir.iterdir()),
    }
    if base_info.get("gguf"):
        g = Path(base_dir).parent / "gguf" / base_info["gguf"]
        if g.exists() and not base_info.get("gguf_sha256"):
            manifest["base"]["gguf_sha256"] = sha256_file(g)
    (out_dir / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
    print(json.dumps({"adapter": str(out_dir), **manifest["train"]}), flush=True)
    return out_dir


def _rel(path: Path) -> str:
    """A path inside the project as the project names it ("data/finetune"): a manifest is committed and
    must not carry one machine's absolute paths."""
    try:
        return str(Path(path).resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def _base(recipe: Recipe, rows: list[dict], run_dir: Path, base: str | None, gguf: str | None, tiny: bool) -> tuple[Path, dict]:
    """The base model's folder and where it came from: a tiny random model (--tiny), else the recipe's."""
    if tiny:
        texts = [m["content"] for r in rows[:200] for m in r["messages"]]
        # Gemma-3-shaped, like the product's base: the adapter has the tensor names the runtimes expect
        # 4,000 merges: with 600, Devanagari rows fall apart into bytes and exceed max_length (dropped rows)
        return (make_tiny_base(run_dir / "tiny-base", texts, arch="gemma3", vocab_size=4000),
                {"package": "tiny-random-gemma3 (test)", "gguf_sha256": None})
    return ensure_base(recipe.base.source, base or recipe.base.path, recipe.base.cache_dir, gguf)


def _selected(recipe: Recipe, rows: list[dict], max_rows: int | None, tok) -> list[dict]:
    """The recipe's row selection (`first` rows were already cut to --max-rows), reported when it applies."""
    t = recipe.train
    if t.row_selection != "first" or t.max_rows:
        rows = select_rows(rows, t.row_selection, max_rows or t.max_rows, tok, t.max_length)
        print(json.dumps({"row_selection": t.row_selection, "rows": len(rows),
                          "tasks": {k: sum(r["task"] == k for r in rows) for k in sorted({r["task"] for r in rows})}}), flush=True)
    return rows


def _model(recipe: Recipe, base_dir: Path, cuda: bool):
    model = load_model(base_dir, dtype="bfloat16" if (cuda and recipe.train.bf16) else "float32",
                       device="cuda" if cuda else None, quant=recipe.quantization if cuda else None)
    if recipe.quantization is not None and cuda:
        from peft import prepare_model_for_kbit_training  # heavy: deferred

        model = prepare_model_for_kbit_training(model, use_gradient_checkpointing=recipe.train.gradient_checkpointing)
    return model


def _trainer(recipe: Recipe, model, tok, rows: list[dict], run_dir: Path, out_dir: Path, max_steps: int | None, cuda: bool):
    """(SFTTrainer, its SFTConfig, resolved settings); fails when tokenisation silently lost rows."""
    from datasets import Dataset  # heavy: deferred
    from peft import LoraConfig  # heavy: deferred
    from trl import SFTTrainer  # heavy: deferred

    t = recipe.train
    train_ds = Dataset.from_list([to_prompt_completion(r) for r in rows])
    cfg, extra = make_config(recipe, len(rows), run_dir, max_steps, cuda, tok)
    lora = LoraConfig(r=recipe.lora.r, lora_alpha=recipe.lora.alpha, lora_dropout=recipe.lora.dropout,
                      target_modules=recipe.lora.target_modules, bias=recipe.lora.bias, task_type="CAUSAL_LM")
    log_path = out_dir / "loss_log.jsonl"
    trainer = SFTTrainer(model=model, args=cfg, train_dataset=train_ds, processing_class=tok, peft_config=lora,
                         callbacks=[_loss_logger(log_path)] + ([_adapter_saver(out_dir, t.save_adapter_steps)] if t.save_adapter_steps else []))
    kept = len(trainer.train_dataset)
    print(json.dumps({"rows": len(rows), "rows_after_tokenisation": kept}), flush=True)
    if kept < 0.9 * len(rows):  # TRL silently drops rows whose loss mask is empty: fail loudly instead
        raise RuntimeError(f"only {kept} of {len(rows)} rows survived tokenisation; check the tokenizer's special tokens")
    return trainer, cfg, extra


def _fit(trainer, cfg, cuda: bool) -> tuple[Any, float, float]:
    """Train; (the trainer's result, seconds, tokens seen — estimated from the dataset when TRL logs none)."""
    import torch  # heavy: deferred

    if cuda:
        torch.cuda.synchronize()
        torch.cuda.reset_peak_memory_stats()
    t0 = time.time()
    result = trainer.train()
    if cuda:
        torch.cuda.synchronize()
    train_s = time.time() - t0
    hist = trainer.state.log_history
    num_tokens = max([h.get("num_tokens", 0) for h in hist] + [0])
    if not num_tokens:  # estimate from the tokenized dataset
        lens = [len(x) for x in trainer.train_dataset["input_ids"]]
        num_tokens = sum(lens) / len(lens) * cfg.per_device_train_batch_size * cfg.gradient_accumulation_steps * trainer.state.global_step
    return result, train_s, num_tokens


def run(recipe_path: str, **kw) -> Path:
    return train(load_recipe(recipe_path), **kw)
