"""`funnel` — the command line. One argparse parser; each command module adds its subcommands.

Exit codes (all commands):
  0  success
  1  unexpected failure (a bug: please report the message)
  2  bad input: arguments, a file that cannot be read or ingested, an invalid user state, an empty query
  3  not ready: no index yet, or a model/adapter that cannot be loaded
  4  partial: a batch finished but some rows were rejected (see the rejects file)
  5  regression: `funnel eval --baseline` found a metric worse than the baseline
"""
from __future__ import annotations

import argparse
import errno
import importlib
import json
import os
import sys
from typing import Any, Callable

from assistant.settings import SettingsError, load_settings

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

EXIT_OK, EXIT_FAIL, EXIT_INPUT, EXIT_NOT_READY, EXIT_PARTIAL, EXIT_NO_SPACE = 0, 1, 2, 3, 4, 6  # 5: `funnel eval` regression
NO_SPACE = {errno.ENOSPC, errno.EDQUOT}

# Modules that add subcommands through `register(subparsers, common)`; imported at parse time,
# so they keep heavy imports (torch, FastAPI, Gradio…) inside their handlers.
COMMAND_MODULES = ["surfaces.commands.index", "surfaces.commands.core", "surfaces.commands.app", "surfaces.commands.evaluate",
                   "finetune.cli"]


class CliError(Exception):
    """An error with a user-facing message and an exit code; printed without a traceback."""

    def __init__(self, message: str, code: int = EXIT_INPUT):
        super().__init__(message)
        self.code = code


def os_error(e: OSError, what: str, hint: str = "") -> CliError:
    """An OSError as the user's problem: a full disk (exit 6: nothing is wrong with the input, free
    space and run again) or a path that cannot be read or written (exit 2)."""
    where = e.filename or what
    if e.errno in NO_SPACE:
        return CliError(f"{where}: no space left on the device{hint}", EXIT_NO_SPACE)
    return CliError(f"{where}: {e.strerror or e}")


def common_parser() -> argparse.ArgumentParser:
    """Options every command accepts (index, provider, output format)."""
    p = argparse.ArgumentParser(add_help=False)
    g = p.add_argument_group("common options")
    g.add_argument("--config", help="settings YAML (default: funnel.yaml or $FUNNEL_CONFIG)")
    g.add_argument("--index", dest="index_dir", help="index folder (default: data/index)")
    g.add_argument("--store-url", dest="store_url", metavar="URL",
                   help="a Chroma server (`chroma run --path DIR --port 8100`): ingest publishes the index there, "
                        "the other commands read it (default: the embedded store in the index folder)")
    g.add_argument("--provider", choices=["local", "llamacpp", "openai", "anthropic", "fake", "none"], help="LLM provider (default: local; llamacpp: the same model on llama.cpp, `make llamacpp`)")
    g.add_argument("--adapter", help="LoRA adapter folder for the local provider ('' for the base model)")
    g.add_argument("--json", action="store_true", help="machine-readable JSON output")
    return p


def settings_from(args: argparse.Namespace):
    try:
        return load_settings(getattr(args, "config", None), index_dir=getattr(args, "index_dir", None),
                             provider=getattr(args, "provider", None), adapter=getattr(args, "adapter", None),
                             store_url=getattr(args, "store_url", None))
    except SettingsError as e:
        raise CliError(str(e)) from None


def emit(args: argparse.Namespace, data: Any, text: Callable[[Any], str] | None = None) -> None:
    if getattr(args, "json", False) or text is None:
        print(json.dumps(data, ensure_ascii=False, indent=None if getattr(args, "json", False) else 2))
    else:
        print(text(data))


def line_request(line: str) -> dict[str, Any]:
    """A batch input line: a JSON object, or plain text taken as {"query": text}."""
    line = line.strip()
    obj = json.loads(line) if line.startswith("{") else {"query": line}
    if not isinstance(obj, dict):
        raise ValueError("expected a JSON object")
    if "query" not in obj:
        raise ValueError("missing field 'query'")
    if not str(obj["query"]).strip():
        raise ValueError("query is empty: ask a question in words")
    return obj


def run_jsonl(args: argparse.Namespace, handle: Callable[[dict[str, Any]], dict[str, Any]], verb: str) -> int:
    """Answer a JSONL batch (`--batch FILE|-`, `-o FILE`) line by line with models loaded once.
    A bad line becomes {"line": n, "error": ...} and the batch goes on (exit 4 at the end); an
    error that no line can escape (no index: exit 3) stops it."""
    try:
        src = sys.stdin if args.batch == "-" else open(args.batch, encoding="utf-8")
    except OSError as e:
        raise CliError(f"cannot read {args.batch}: {e.strerror or e}") from None
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    bad = 0
    with src:
        for n, line in enumerate(src, 1):
            if not line.strip():
                continue
            try:
                row = {"line": n, **handle(line_request(line))}
            except CliError as e:
                if e.code != EXIT_INPUT:
                    raise
                bad += 1
                row = {"line": n, "error": error_text(e)}
            except Exception as e:  # noqa: BLE001 — any bad line is reported in place; the batch goes on
                bad += 1
                row = {"line": n, "error": error_text(e)}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    if args.output:
        out.close()
    if bad:
        print(f"{bad} line(s) could not be {verb} (see their 'error' field)", file=sys.stderr)
    return EXIT_PARTIAL if bad else EXIT_OK


def error_text(e: Exception) -> str:
    """One line for an exception: a pydantic error names its field; others their type and message."""
    errs = getattr(e, "errors", None)
    if callable(errs):
        x = errs()[0]
        return f"{'.'.join(map(str, x['loc']))}: {x['msg']}"
    return str(e) if isinstance(e, (CliError, ValueError)) else f"{e.__class__.__name__}: {e}"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="funnel", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    common = common_parser()
    for name in COMMAND_MODULES:
        try:
            mod = importlib.import_module(name)
        except ModuleNotFoundError as e:
            if e.name and name.startswith(e.name):
                continue  # an optional command module that is not part of this install
            raise
        mod.register(sub, common)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_INPUT
    try:
        return int(args.func(args) or 0)
    except CliError as e:
        print(f"error: {e}", file=sys.stderr)
        return e.code
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except OSError as e:
        if e.errno not in NO_SPACE:
            raise
        print(f"error: {os_error(e, args.command)}", file=sys.stderr)
        return EXIT_NO_SPACE
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
