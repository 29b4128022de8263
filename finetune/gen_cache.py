"""An exact cache of llama.cpp evaluation generations (`funnel finetune eval --runtime llamacpp`).

Greedy decoding from a cleared KV cache (llamacpp_runtime.fresh) makes a generation a function of
the model and the request alone, so it can be stored and replayed: the base model's outputs are
generated once and reused for every adapter evaluated on the same rows, and re-evaluating an adapter
costs nothing. "Exact" means a stored row is only ever used for the very same computation:

- one JSONL file per *model identity*: sha256 of the base GGUF and the LoRA GGUF (or "base"), the
  llama-cpp-python version, llama.cpp's system info (the CPU features it was built for and runs with
  change the sums, hence the numbers) and the context/batch/thread settings it is loaded with;
- one line per *request*, keyed by sha256 of the full create_completion arguments (rendered prompt,
  max_tokens, temperature, top_k, repeat_penalty, stop).

A row is appended and flushed as soon as it is generated, so a killed evaluation resumes where it
stopped; a half-written last line is skipped. A committed seed folder (SEED_DIR) may hold the base
model's outputs for the default evaluation rows; it is read like the user cache, and since its
identity and keys must match, a seed from another machine or build is simply never hit.
"""
from __future__ import annotations

import functools
import hashlib
import json
from pathlib import Path
from typing import IO, Any, Iterable

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DIR = ROOT / "data" / "cache" / "generations"  # git-ignored (data/cache/)
# Committed, read-only. Not under data/finetune/: every file there is hashed as the dataset.
SEED_DIR = ROOT / "data" / "eval_seed" / "generations"
FORMAT = 1  # bump when a row's meaning changes: old files are then named differently and never read


def file_sha256(path: str | Path) -> str:
    """A file's sha256, computed once per process for a given size and mtime (the base GGUF is ~250 MB
    and is part of both the base's and the adapter's identity)."""
    st = Path(path).stat()
    return _file_sha256(str(Path(path).resolve()), st.st_size, st.st_mtime_ns)


@functools.lru_cache(maxsize=16)
def _file_sha256(path: str, size: int, mtime_ns: int) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(1 << 20):
            h.update(block)
    return h.hexdigest()


def model_identity(base_gguf: Path, lora_gguf: Path | None, n_ctx: int, n_batch: int, n_threads: int) -> dict[str, Any]:
    """Everything a llama.cpp generation's numbers depend on besides the request. Hashes the GGUF files
    (once per process each, see file_sha256): call per model, never per row."""
    import llama_cpp  # heavy: deferred — a source build (`make llamacpp`)

    info = llama_cpp.llama_print_system_info()
    return {"format": FORMAT, "base_gguf_sha256": file_sha256(base_gguf),
            "lora_gguf_sha256": file_sha256(lora_gguf) if lora_gguf else "base",
            "llama_cpp_python": llama_cpp.__version__,
            "system_info": (info.decode() if isinstance(info, bytes) else str(info)).strip(),
            # batch shapes change the sums (see llamacpp_runtime.fresh); thread count may in some kernels
            "n_ctx": n_ctx, "n_batch": n_batch, "n_threads": n_threads}


def _ends_with_newline(path: Path) -> bool:
    with open(path, "rb") as f:
        f.seek(-1, 2)
        return f.read(1) == b"\n"


def _sha(obj: Any) -> str:
    return hashlib.sha256(json.dumps(obj, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def request_key(kwargs: dict[str, Any]) -> str:
    """The key of one create_completion call: its full arguments (prompt, budget, decoding)."""
    return _sha(kwargs)


def cache_record(enabled: bool, runtime: str, stats: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """metrics.json's settings.generation_cache: how many generations per model were replayed (stats
    rows flagged `cached` / `seed` by evaluate.generate_llamacpp), and why that changes no figure."""
    if runtime != "llamacpp":
        return {"enabled": False, "why": "llama.cpp runtime only"}
    return {"enabled": enabled, "exact": True,
            "from_cache": {k: sum(bool(s.get("cached")) for s in v) for k, v in stats.items()},
            "from_seed": {k: sum(bool(s.get("seed")) for s in v) for k, v in stats.items()},  # of from_cache: data/eval_seed/
            "generated": {k: sum(not s.get("cached") for s in v) for k, v in stats.items()},
            "key": "sha256(base GGUF, LoRA GGUF, llama-cpp-python version, llama.cpp system info, n_ctx, n_batch, n_threads) "
                   "+ sha256(rendered prompt, max_tokens, decoding); cached rows keep the tokens and latency measured when made"}


class GenCache:
    """The stored generations of one model identity: `get(key)`, `put(key, row)` (appended at once)."""

    def __init__(self, identity: dict[str, Any], folder: str | Path = DEFAULT_DIR, seeds: Iterable[str | Path] = (SEED_DIR,)):
        self.identity = identity
        self.name = _sha(identity)[:32] + ".jsonl"
        self.path = Path(folder) / self.name
        self.rows: dict[str, dict[str, Any]] = {}
        for seed in seeds:
            self.rows.update(self._read(Path(seed) / self.name) or {})
        self.seeded = set(self.rows)  # keys only a seed holds (minus those the user file has too, below)
        own = self._read(self.path)
        self.seeded -= set(own or {})
        self._usable = own is not None  # False: a file under our name we cannot trust; put() starts it over
        self.rows.update(own or {})
        self._out: IO[str] | None = None

    def _read(self, path: Path) -> dict[str, dict[str, Any]] | None:
        """The rows of one file ({} when absent), or None when its first line is not our identity."""
        if not path.exists() or path.stat().st_size == 0:
            return {}
        rows: dict[str, dict[str, Any]] = {}
        with open(path, encoding="utf-8") as f:
            try:
                head = json.loads(f.readline())
            except ValueError:
                return None
            if not isinstance(head, dict) or head.get("identity") != self.identity:  # renamed or foreign: never used
                return None
            for line in f:
                try:
                    obj = json.loads(line)
                except ValueError:  # the half-written last line of a killed run
                    continue
                if isinstance(obj, dict) and isinstance(obj.get("key"), str):
                    rows[obj["key"]] = obj
        return rows

    def __len__(self) -> int:
        return len(self.rows)

    def get(self, key: str) -> dict[str, Any] | None:
        return self.rows.get(key)

    def put(self, key: str, row: dict[str, Any]) -> None:
        """Store a generation now (appended and flushed: a kill right after loses nothing)."""
        row = {"key": key, **row}
        if self._out is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fresh = not self._usable or not self.path.exists() or self.path.stat().st_size == 0
            self._out = open(self.path, "w" if fresh else "a", encoding="utf-8")
            if fresh:
                self._out.write(json.dumps({"identity": self.identity}, ensure_ascii=False) + "\n")
            elif not _ends_with_newline(self.path):
                self._out.write("\n")  # ends the killed run's half line, which then stays unreadable and skipped
        self._out.write(json.dumps(row, ensure_ascii=False) + "\n")
        self._out.flush()
        self.rows[key] = row

    def close(self) -> None:
        if self._out is not None:
            self._out.close()
            self._out = None

    def __enter__(self) -> GenCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
