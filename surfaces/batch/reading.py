"""Reading a batch input: physical lines → rows, or rejects that name the line and the reason.

The input is read in binary, one physical line at a time, and each line is decoded and (CSV) parsed
on its own: a line that is not UTF-8, too long or badly quoted becomes a reject naming that line and
the rest go on. User-state CSVs have no legitimate multi-line fields, so one CSV record is one line;
this also keeps line numbers exact.
"""
from __future__ import annotations

import csv
import itertools
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Iterator

from assistant.guard import mask_pii

CSV_FIELDS = ("user_id", "stage_dropped", "timestamp", "error_code_history", "device", "language")
MAX_LINE_BYTES = 100_000  # a user state is a few hundred bytes; longer lines are rejected unread
PREVIEW_CHARS = 300
_BOM = b"\xef\xbb\xbf"


class BatchInputError(ValueError):
    """Paths, header or flags that make the job impossible; raised before anything is written."""


@dataclass(frozen=True)
class BadLine:
    """A line the reader could not turn into a state (not UTF-8, too long, bad CSV quoting)."""

    field: str
    error: str
    text: str  # what the line says, for the (masked) preview


def is_csv(path: str | Path) -> bool:
    return Path(path).suffix.lower() == ".csv"


def read_rows(path: str | Path) -> Iterator[tuple[int, Any]]:
    """(line number, row), one pair per physical line (CSV: after the header). A row is a dict (CSV),
    a str (a JSONL line, parsed when scored), a BadLine (rejected by the reader) or None (blank)."""
    p = Path(path)
    with open(p, "rb") as fh:
        lines = _lines(fh)
        if is_csv(p):
            yield from _csv_rows(p.name, lines)
            return
        for n, text in lines:
            yield n, None if isinstance(text, str) and not text.strip() else text


# What a file that is not text starts with: refused up front, not read as thousands of bad lines.
MAGIC = ((b"%PDF", "a PDF document"), (b"PK\x03\x04", "a ZIP archive (an .xlsx or .docx is one: export CSV instead)"),
         (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
         (b"\x1f\x8b", "a gzip archive (decompress it first)"), (b"\xd0\xcf\x11\xe0", "an old Office document (.xls/.doc)"),
         (b"SQLite format 3", "an SQLite database"))


def check_header(path: Path) -> None:
    """Refuses (BatchInputError) a file that is not JSONL/CSV text — a PDF or spreadsheet renamed, a
    JSON array — and a CSV whose header is unreadable or lacks stage_dropped. OSError when the file
    cannot be read."""
    with open(path, "rb") as fh:
        head = fh.read(8192)
        _sniff(path.name, head)
        fh.seek(0)
        if is_csv(path):
            _csv_header(path.name, next(_lines(fh), None))


def _sniff(name: str, head: bytes) -> None:
    body = head[len(_BOM):] if head.startswith(_BOM) else head
    for magic, what in MAGIC:
        if body.startswith(magic):
            raise BatchInputError(f"{name}: this is {what}, not a JSONL or CSV file of user states")
    if b"\x00" in body:
        raise BatchInputError(f"{name}: this is a binary file (it holds NUL bytes), not a JSONL or CSV file of user states")
    if body.lstrip().startswith(b"["):
        raise BatchInputError(f"{name}: this is a JSON array; write one user state per line (JSON Lines), "
                              f"e.g. jq -c '.[]' {name} > states.jsonl")


def preview(raw: Any, limit: int = PREVIEW_CHARS) -> str:
    """The start of a rejected row, masked *before* it is cut: a cut through a phone or Aadhaar number
    leaves a fragment too short to be recognised, and so echoed. Only a window is masked (cost stays
    flat for a 100 KB line); a token would need to be hundreds of characters long to cross it."""
    text = raw.text if isinstance(raw, BadLine) else raw if isinstance(raw, str) else json.dumps(raw, ensure_ascii=False)
    masked = mask_pii(text[:4 * limit])
    return masked[:limit] + ("…" if len(masked) > limit or len(text) > 4 * limit else "")


def _lines(fh: BinaryIO, first: int = 1) -> Iterator[tuple[int, str | BadLine]]:
    """Numbered lines (from `first`), each decoded on its own, so one bad line costs only itself."""
    for n, chunk in enumerate(iter(lambda: fh.readline(MAX_LINE_BYTES + 1), b""), first):
        if len(chunk) > MAX_LINE_BYTES and not chunk.endswith(b"\n"):
            size = len(chunk) + _skip_rest_of_line(fh)  # never held in memory whole
            yield n, BadLine("line", f"line is {size} bytes; the limit is {MAX_LINE_BYTES} (a user state is a few hundred)",
                             chunk[:4 * PREVIEW_CHARS].decode("utf-8", "replace"))
            continue
        if n == 1 and chunk.startswith(_BOM):  # Excel and Notepad write one
            chunk = chunk[len(_BOM):]
        body = chunk.rstrip(b"\r\n")
        try:
            yield n, body.decode("utf-8")
        except UnicodeDecodeError as e:
            yield n, BadLine("line", f"not UTF-8 at byte {e.start + 1} of the line; save the file as UTF-8",
                             body.decode("utf-8", "replace"))


def blocks(path: str | Path, lines_per_block: int) -> list[dict[str, int]]:
    """The input cut into runs of whole physical lines — {start, end (byte offsets), first_line,
    lines} — for workers that each read their own run (the Ray engine). CSV: the header is left out."""
    out: list[dict[str, int]] = []
    with open(path, "rb") as fh:
        n = 0
        if is_csv(path) and fh.readline(MAX_LINE_BYTES + 1):
            n = 1
        while True:
            pos = fh.tell()
            chunk = fh.readline(MAX_LINE_BYTES + 1)
            if not chunk:
                break
            n += 1
            if not out or out[-1]["lines"] >= lines_per_block:
                if out:
                    out[-1]["end"] = pos
                out.append({"start": pos, "end": -1, "first_line": n, "lines": 0})
            out[-1]["lines"] += 1
            if len(chunk) > MAX_LINE_BYTES and not chunk.endswith(b"\n"):
                _skip_rest_of_line(fh)
        if out:
            out[-1]["end"] = fh.tell()
    return out


def read_block(path: str | Path, start: int, end: int, first_line: int) -> Iterator[tuple[int, Any]]:
    """The rows of one block (see `blocks`), numbered as `read_rows` numbers them."""
    p = Path(path)
    with open(p, "rb") as fh:
        header = next(_lines(fh), (0, ""))[1] if is_csv(p) else None
        fh.seek(start)
        lines = _lines(_Bounded(fh, end), first_line)
        if header is not None:
            yield from _csv_rows(p.name, itertools.chain([(1, header)], lines))
            return
        for n, text in lines:
            yield n, None if isinstance(text, str) and not text.strip() else text


class _Bounded:
    """A binary file read up to byte `end` only (one block of lines)."""

    def __init__(self, fh: BinaryIO, end: int):
        self.fh, self.end = fh, end

    def readline(self, size: int = -1) -> bytes:
        left = self.end - self.fh.tell()
        if left <= 0:
            return b""
        return self.fh.readline(left if size < 0 else min(size, left))


def _skip_rest_of_line(fh: BinaryIO) -> int:
    skipped = 0
    while chunk := fh.readline(1 << 20):
        skipped += len(chunk)
        if chunk.endswith(b"\n"):
            break
    return skipped


def _csv_rows(name: str, lines: Iterator[tuple[int, str | BadLine]]) -> Iterator[tuple[int, Any]]:
    header = _csv_header(name, next(lines, None))
    for n, text in lines:
        if isinstance(text, BadLine):
            yield n, text
            continue
        try:
            values = next(csv.reader([text], strict=True), [])
        except csv.Error as e:
            yield n, BadLine("line", _csv_problem(e), text)
            continue
        if not any(v.strip() for v in values):  # "" or ",,,,," (spreadsheets pad with empty rows)
            yield n, None
            continue
        if len(values) > len(header) and any(v.strip() for v in values[len(header):]):
            # an unquoted comma shifts every later field: scoring it would silently drop values
            yield n, BadLine("line", f"{len(values)} fields but the header has {len(header)} "
                                     "(an unquoted comma inside a value? quote it, or use | between error codes)", text)
            continue
        yield n, _csv_state(dict(zip(header, values)))


def _csv_header(name: str, first: tuple[int, str | BadLine] | None) -> list[str]:
    if first is None:
        raise BatchInputError(f"{name}: empty file; a CSV needs a header line that includes stage_dropped")
    _, text = first
    if isinstance(text, BadLine):
        raise BatchInputError(f"{name}: header (line 1): {text.error}")
    try:
        header = [h.strip() for h in next(csv.reader([text], strict=True), [])]
    except csv.Error as e:
        raise BatchInputError(f"{name}: header (line 1): {_csv_problem(e)}") from None
    if "stage_dropped" not in header:
        # without a header, line 1 is a data row that may hold a phone number: masked, and cut
        has = mask_pii(", ".join(header))
        raise BatchInputError(f"{name}: CSV header must include stage_dropped (has: {has[:200]})")
    return header


def _csv_problem(e: csv.Error) -> str:
    msg = str(e)
    if "unexpected end of data" in msg:
        return 'unclosed quote: a field opened with " is not closed on this line (fields cannot span lines)'
    if "new-line character" in msg:
        return "a carriage return (\\r) inside the line"
    return f"not a valid CSV line ({msg})"


def _csv_state(row: dict[str, str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in row.items():
        if not k or v.strip() == "":
            continue
        out[k] = _codes(v) if k == "error_code_history" else v.strip()
    return out


def _codes(value: str) -> list[Any]:
    """`A|B`, `A,B`, `A;B`, or a JSON list `["A", "B"]` as exports written with json.dumps have it."""
    value = value.strip()
    if value.startswith("["):
        try:
            parsed = json.loads(value)
        except (ValueError, RecursionError):
            parsed = None
        if isinstance(parsed, list):
            return parsed  # items that are not strings are reported by the state check
        value = value.strip("[]").replace('"', "").replace("'", "")  # [A, B]: a list that is not JSON
    return [c.strip() for c in re.split(r"[|,;]", value) if c.strip()]
