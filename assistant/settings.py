"""Application settings: one typed object, from defaults ← YAML file ← environment variables.

The YAML file is `funnel.yaml` in the working folder, or the path in `FUNNEL_CONFIG`. Every field
can be overridden by `FUNNEL_<FIELD>` (upper case), e.g. `FUNNEL_PROVIDER=openai`.
Settings are built once per process and passed down; nothing reads global mutable config.
"""
from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ValidationError, field_validator

ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseModel):
    index_dir: str = "data/index"
    catalog_dir: str | None = None  # default: data/funnel next to the package
    embedder: Literal["e5", "hash"] = "e5"
    retriever: Literal["dense", "keyword", "hybrid", "hybrid+rerank"] = "hybrid+rerank"
    # a Chroma server (rag/remote.py) instead of the embedded store: ingest publishes there, replicas read
    # it. Not 8000: vLLM's default port.
    store_url: str | None = None
    top_k: int = 5
    # Once a build is loaded, every passage's pieces (sentences, rows, list items) are embedded in the
    # background — a few seconds — so no answer waits for their first embedding (assistant/live_index.py: `warm`).
    warm_pieces: bool = True
    # 0.5 (probability that the top passage answers). 0.4 rejected the same out-of-scope development
    # questions and answered a few more blind ones, but let on-topic unanswerable questions through on
    # the fresh blind set: when unsure, the fallback sentence is the safer error.
    confidence_threshold: float = 0.5
    # the answer gate (assistant/gate.py, fitted by bench/fit_gate.py): a composed answer it judges unlikely to
    # answer the question is replaced by the fallback sentence, and its fitted floor takes the place of
    # confidence_threshold for the main answer; off, every composed answer above the threshold is shown
    answer_gate: bool = True

    provider: Literal["local", "llamacpp", "openai", "anthropic", "fake", "none"] = "local"
    # Chat/reasoning use the LLM by default only when it can help: a hosted/served model, or the
    # local model with an adapter that passed the promotion gate and the blind answers check
    # (manifest `metrics.promoted` and `answers.no_worse`; assistant/llm/local.py `promoted`).
    # true/false force it; requests can still ask with `use_llm`.
    use_llm: bool | None = None
    base_model: str | None = None  # a HF folder; default: Gemma-3-270M from the PyPI parts
    # The GPU-trained rank-32 adapter (all 7,005 rows; finetune/gpu/README.md "Runs"). Not promoted, so it
    # phrases answers only when asked (use_llm), never by default. None or "" → base model only.
    adapter: str | None = "data/adapters/gemma3-270m-funnel-lora-r32"
    model_cache: str = "data/cache"
    openai_base_url: str = "http://127.0.0.1:8000/v1"
    openai_model: str = "gpt-4o-mini"
    anthropic_model: str = "claude-3-5-haiku-latest"
    llm_timeout_s: float = 60.0
    # HTTP providers: more tries after a connection failure or a 408/409/429/5xx, with exponential
    # backoff (a server's Retry-After honoured); a stream only until its first byte.
    llm_retries: int = 2
    # After this many failed calls in a row the model is not asked for llm_breaker_cooldown_s (answers
    # are deterministic at once); then one request tries it again.
    llm_breaker_failures: int = 3
    llm_breaker_cooldown_s: float = 30.0
    max_new_tokens: int = 256
    # Whether the model's fallback sentence ends the answer (an answerability judge) instead of leaving
    # the deterministic answer in place. Off: measured in README "Fine-tuning" (bench/answers.py --llm-refusals).
    llm_refusals: bool = False

    # The deep link in drafts ({stage} is filled in). The default is a placeholder: drafts that carry it
    # are marked `placeholder_link` until FUNNEL_RESUME_URL names the real app link.
    resume_url: str = "https://app.example/resume?stage={stage}"
    api_key: str | None = None  # when set, the HTTP API requires header `X-API-Key`
    # more keys, by name ("team-a:KEY1,team-b:KEY2" in FUNNEL_API_KEYS, or a mapping in YAML): each
    # opens the API like `api_key`, and each has its own rate budget (`rate_per_min`, `rate_burst`)
    api_keys: dict[str, str] | None = None
    ui_auth: str | None = None  # "user:password" for the Gradio login
    max_body_bytes: int = 1_000_000
    max_query_chars: int = 4000
    # Budgets in tokens of the embedder's tokenizer (multilingual e5: about one token per English word,
    # Hindi alike). A question past 512 tokens is past what the embedder reads at all; history is what
    # follow-ups and the model's prompt carry — 20 ordinary turns are about 2,000. Over either: a 422.
    max_query_tokens: int = 512
    max_history_tokens: int = 4096
    audit_log: str = "data/audit/audit.jsonl"
    feedback_log: str = "data/feedback/feedback.jsonl"
    history_db: str = "data/history/conversations.sqlite3"  # the browser app's conversations (surfaces/history.py); "" → off
    cache_size: int = 1024
    host: str = "127.0.0.1"
    port: int = 7860
    concurrency: int = 2  # 2 cores: more parallel generations only queue inside torch
    # Load shedding on /chat, /predict_reason, /nudge_user (surfaces/limits.py): answer 503/429 at once
    # instead of queueing without end. max_inflight unset → concurrency (4 × with a remote LLM): a
    # deterministic answer is tens of ms of Python under the GIL, so one per core keeps the cores busy,
    # and more only make the event loop (sheds, /health) wait for the GIL (surfaces/limits.py).
    # max_queue 16: at ~50 ms a request, 16 waiting drain well inside a second, and past that a client
    # is better told at once. queue_timeout_s 5: a request that waited that long (a
    # slow LLM ahead of it) would miss any interactive deadline; better a fast 503 with Retry-After.
    max_inflight: int | None = None
    max_queue: int = 16
    queue_timeout_s: float = 5.0
    # Per client IP, a token bucket: 600 a minute (10/s, far above a person or a polite batch client)
    # with bursts of 60 (a page's worth of retries); 0 turns it off.
    rate_per_min: int = 600
    rate_burst: int = 60

    @field_validator("api_keys", mode="before")
    @classmethod
    def _api_keys(cls, v):
        if isinstance(v, str):
            pairs = [p.strip() for p in v.split(",") if p.strip()]
            bad = [p.split(":", 1)[0] for p in pairs if ":" not in p or not p.split(":", 1)[1]]
            if bad:
                raise ValueError(f"api_keys must be NAME:KEY pairs separated by commas; {bad[0]!r} has no key")
            v = dict(p.split(":", 1) for p in pairs)
        for name, key in (v or {}).items():
            if not re.fullmatch(r"[\w.-]{1,64}", str(name)) or name == "default":
                raise ValueError(f"api key name {name!r}: letters, digits, '_', '-', '.' (and not 'default', the name of api_key)")
            if len(str(key)) < 16:
                raise ValueError(f"the key of {name!r} is shorter than 16 characters")
        return v or None

    @field_validator("store_url")
    @classmethod
    def _store_url(cls, v: str | None) -> str | None:
        if v and not re.match(r"^https?://[^\s/:]+(:\d+)?/?$", v):
            raise ValueError(f"{v!r} is not a Chroma server URL like http://127.0.0.1:8100")
        return v or None

    @field_validator("ui_auth")
    @classmethod
    def _ui_auth(cls, v: str | None) -> str | None:
        if v and (":" not in v or not v.split(":", 1)[0] or not v.split(":", 1)[1]):
            raise ValueError("must be 'user:password' (a value without both parts would serve the app with no login)")
        return v or None

    def path(self, p: str | None) -> Path | None:
        """Relative paths resolve against the working folder, then against the project root."""
        if not p:
            return None
        q = Path(p)
        if q.is_absolute() or q.exists():
            return q
        return ROOT / q if (ROOT / q).exists() else q


class SettingsError(ValueError):
    pass


def load_settings(path: str | Path | None = None, **overrides) -> Settings:
    data: dict = {}
    cfg = Path(path or os.environ.get("FUNNEL_CONFIG", "funnel.yaml"))
    if cfg.exists():
        data.update(yaml.safe_load(cfg.read_text()) or {})
    for name in Settings.model_fields:
        env = os.environ.get(f"FUNNEL_{name.upper()}")
        if env is not None:
            data[name] = env
    data.update({k: v for k, v in overrides.items() if v is not None})
    try:
        return Settings(**data)
    except ValidationError as e:
        raise SettingsError("invalid settings: " + "; ".join(f"{'.'.join(map(str, x['loc']))}: {x['msg']}" for x in e.errors())) from None
