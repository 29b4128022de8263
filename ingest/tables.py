"""Table rows as facts: each row of a PDF table becomes a passage of its own ("SonyLIV — Duration:
6 months"), so a question about one benefit or one fee finds exactly its row, with its column names.

Why: the chunker reads a table as lines of text, so a row's value can land beside the next row's item
and a table that runs onto the next page loses its header. PyMuPDF's `find_tables` keeps the grid; a
table at the top of a page with the previous table's column count and no header of its own continues
that table. A table with a header row is a facts table whatever its cells hold ("Code | Reason | What
to do": each row is one reason and its remedy); without a header only short cells count — long prose
cells there are usually a page laid out in boxes, which the chunker reads better as text. A cell counts only if its text is among the page's visible lines, so
hidden text the reader dropped cannot come back through the table finder.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from ingest import contents, upright
from ingest.units import Unit
from rag.types import Chunk

MAX_CELL_CHARS = 80  # in a table without a header row, longer cells are laid-out prose, not row facts
MAX_HEADED_CELL_CHARS = 400  # under a header even a remedy in a sentence or two is one row's fact
TOP_OF_PAGE = 0.25  # share of the page height where a continuing table starts


def _clean(cell) -> str:
    return " ".join(str(cell or "").split()).strip(" .")


# a footnote mark after a column's name ("Udbhav Fellow [1]", "Premium*"): not a value's digit
FOOTNOTE_MARK_RE = re.compile(r"\s*(?:\[\d{1,2}\]|\*{1,3}|[¹²³†‡])$")


def _is_header(row: list[str]) -> bool:
    cells = [FOOTNOTE_MARK_RE.sub("", c) for c in row if c]
    return bool(cells) and all(not re.search(r"\d", c) and len(c) <= 40 for c in cells)


def _header(rows: list[list[str]]) -> tuple[list[str], int]:
    """The column names and how many rows they take. A group name spread over several columns (one
    merged cell: "Late payment charge" over the variants) sits above the row that names each column;
    the row below names them ("Campus", "Scholar"), else the first row's names stand. Footnote marks go."""
    top = [FOOTNOTE_MARK_RE.sub("", c) for c in rows[0]]
    if len(rows) > 2 and "" in top[1:] and _is_header(rows[1]) and all(rows[1][1:]):
        return [FOOTNOTE_MARK_RE.sub("", b) or a for a, b in zip(top, rows[1])], 2
    return top, 1


def _spread(header: list[str], body: list[list[str]]) -> list[str]:
    """A column name in a merged header cell sits over an empty grid column, its values in the next one
    ("Charge" over "", the amounts under ""): the name moves to the column that holds the values."""
    out = list(header)
    for c in range(len(out) - 1):
        empty = not any(len(r) > c and r[c] for r in body)
        if out[c] and not out[c + 1] and empty and any(len(r) > c + 1 and r[c + 1] for r in body):
            out[c], out[c + 1] = "", out[c]
    return out


def _tile_grid(rows: list[list[str]]) -> bool:
    """Boxes of a capitalised label above a value, laid out in rows ("ISSUER", "CREDIT LIMIT"): the finder
    reads them as a table whose later rows are labels again and whose values wrap into rows of their own.
    The reader's text keeps each label beside its value; such a grid gives no row facts."""
    return any(sum(1 for c in r if c) >= 2 and all(c.isupper() and not re.search(r"\d", c) for c in r if c) for r in rows[1:])


def _title_above(blocks, bbox, visible: set[str]) -> str:
    """The nearest block of text above the table: its title. Only a block whose words the reader kept:
    text hidden above a table would otherwise head every row of it."""
    best, best_y = "", -1.0
    for block in blocks:
        lines = block.get("lines", [])
        y = block["bbox"][3]
        text = " ".join(s["text"] for ln in lines for s in ln["spans"]).strip()
        beside = block["bbox"][0] < bbox[2] and block["bbox"][2] > bbox[0]  # not the caption of a table beside it
        if text and beside and _words(text) <= visible and y <= bbox[1] + 1 and y > best_y and bbox[1] - y < 80 and len(text) < 160:
            best, best_y = " ".join(text.split()).rstrip(" .:"), y
    return best


@dataclass(frozen=True)
class Grid:
    """A ruled table as the finder saw it: its box and each row's cell boxes (None: a merged cell)."""
    bbox: tuple[float, float, float, float]
    rows: list[list[tuple | None]]


def find_grids(page) -> list[Grid]:
    """The page's ruled tables. The finder is the slow part of reading a PDF (~0.3 s a page), so the
    reader runs it once and hands the grids on (`read_pdf(..., grids=)`)."""
    return [Grid(tuple(t.bbox), [list(r.cells) for r in t.rows]) for t in page.find_tables().tables]


def table_chunks(path: Path, units: list[Unit], source: str, grids: dict[int, list[Grid]] | None = None) -> list[Chunk]:
    """One chunk per row of each facts table of the PDF; `grids` (page → its grids) as the reader
    found them, else found here."""
    import pymupdf  # heavy: deferred, like the reader

    visible: dict[int, set[str]] = {}  # the words the reader kept, per page (a wrapped cell is not contiguous)
    for u in units:
        visible.setdefault(u.page, set()).update(_words(u.text))
    out: list[Chunk] = []
    prev: tuple[list[str], str, int] | None = None  # header, title, column count of the last table
    printed = {contents.key(u.text) for u in units}  # the headings a contents entry points at
    with pymupdf.open(path) as doc:
        copies, turned = upright.upright_copies(doc)  # sideways pages: their tables are read upright
        for pno, page in enumerate(doc, 1):
            if pno - 1 in turned:
                page = copies[turned[pno - 1]]
                tables = find_grids(page)
            else:
                tables = grids.get(pno, []) if grids is not None else find_grids(page)
            if not tables:
                continue
            words, blocks = page.get_text("words"), page.get_text("dict")["blocks"]  # once per page, not per table
            seen = visible.get(pno, set())
            rules = [d["rect"] for d in page.get_drawings()]
            for table, rows in (part for t in tables for part in _side_by_side(t, _rows(t, words))):
                lines = len(rows)
                unruled = _rules_inside(table.bbox, rules) < lines
                if unruled:  # rows not ruled apart: a wrapped line is no row
                    rows = _wrapped_lines_joined(rows, table.rows)
                wrapped = len(rows) < lines  # a label/value list whose values run over lines: its cells are long by layout
                rows = [r for r in rows if any(r) and not contents.is_entry_row(r, doc.page_count, printed)]
                if not rows or len(rows[0]) < 2 or (unruled and _tile_grid(rows)):
                    prev = None
                    continue
                ncols = len(rows[0])
                starts_top = table.bbox[1] < page.rect.height * TOP_OF_PAGE
                continues = bool(prev and starts_top and prev[2] == ncols and not _is_header(rows[0]))
                limit = MAX_HEADED_CELL_CHARS if continues or wrapped or _is_header(rows[0]) else MAX_CELL_CHARS
                if max(len(c) for r in rows for c in r) > limit:
                    prev = None
                    continue
                if continues:
                    header, title, body = prev[0], prev[1], rows  # the previous page's table goes on
                elif _is_header(rows[0]):
                    header, taken = _header(rows)
                    header = _kept(header, seen)  # a hidden header cell names no column
                    title, body = _title_above(blocks, table.bbox, seen), rows[taken:]
                else:
                    header, title, body = [""] * ncols, _title_above(blocks, table.bbox, seen), rows
                header = _spread(header, body)
                prev = (header, title, ncols)
                for r, row in enumerate(body):
                    text = _row_text(row, header, seen)
                    if text:
                        key = f"{source}\x00table\x00{pno}\x00{r}\x00{text}"
                        out.append(Chunk(chunk_id=hashlib.sha1(key.encode()).hexdigest()[:16], text=text, source=source,
                                         page=pno, section=title, kind="table_row", position=10_000 + len(out)))
        if copies is not None:
            copies.close()
    return out


GAP_WIDTH = 25  # points: the empty column the finder puts between two tables side by side is narrower than a column


def _side_by_side(table: Grid, rows: list[list[str]]) -> list[tuple[Grid, list[list[str]]]]:
    """Two tables printed side by side on the same rows come back from the finder as one grid, with an empty narrow
    column where the page shows the gap between them: the right table's rows would read as values of the left one's,
    under the left one's title. The grid (with its cell texts, `_rows`) is split at such a column (empty in every
    row, narrower than GAP_WIDTH, two columns or more on each side), and each part finds its own title."""
    width = len(table.rows[0]) if table.rows else 0
    if any(len(r) != width for r in table.rows):
        return [(table, rows)]
    for c in range(2, width - 2):
        boxes = [r[c] for r in table.rows if r[c] is not None]
        if boxes and not any(row[c] for row in rows) and max(b[2] - b[0] for b in boxes) < GAP_WIDTH:
            return [_part(table, rows, 0, c), *_side_by_side(*_part(table, rows, c + 1, width))]
    return [(table, rows)]


def _part(table: Grid, rows: list[list[str]], start: int, end: int) -> tuple[Grid, list[list[str]]]:
    """The columns start … end - 1 of a grid and of its cell texts, as a grid of their own (a cell's text comes
    from its own box alone, so the part's texts are a slice of the whole's)."""
    cells = [r[start:end] for r in table.rows]
    boxes = [b for r in cells for b in r if b is not None]
    bbox = (min(b[0] for b in boxes), table.bbox[1], max(b[2] for b in boxes), table.bbox[3])
    return Grid(bbox, cells), [r[start:end] for r in rows]


def _rows(table, words) -> list[list[str]]:
    """Cell texts from the page's words inside each cell box: `extract()` drops the spaces of text
    drawn word by word, and a cell's wrapped lines come back in reading order."""
    out = []
    for row in table.rows:
        cells = []
        for box in row:
            if box is None:
                cells.append("")
                continue
            x0, y0, x1, y1 = box
            inside = [w for w in words if x0 <= (w[0] + w[2]) / 2 <= x1 and y0 <= (w[1] + w[3]) / 2 <= y1]
            inside.sort(key=lambda w: (w[5], w[6], w[7]))  # block, line, word: reading order
            cells.append(_clean(" ".join(w[4] for w in inside)))
        out.append(cells)
    return out


def _rules_inside(bbox, rules) -> int:
    """How many of the page's drawn lines and boxes lie within a table's box (a ruled table: one per row at least)."""
    x0, y0, x1, y1 = bbox
    return sum(1 for r in rules if r.x0 >= x0 - 2 and r.x1 <= x1 + 2 and r.y0 >= y0 - 2 and r.y1 <= y1 + 2)


def _wrapped_lines_joined(rows: list[list[str]], boxes: list[list]) -> list[list[str]]:
    """A table laid out without a rule between its rows (a label/value list) comes back from the finder
    a line per row: a value's second line is a row with no label, a label's second line a row with no
    value. Each joins the row above, or the row would end mid-sentence and the line be lost (a row
    fact needs a label and a value)."""
    out: list[list[str]] = []
    for row, row_boxes in zip(rows, boxes):
        if not out or not any(row):
            out.append(list(row))
            continue
        no_label = not row[0] and row_boxes[0] is not None and any(row[1:])
        no_value = row[0][:1].islower() and not any(row[1:]) and all(b is not None for b in row_boxes[1:])  # "deposits", "and above"
        if no_label or no_value:
            out[-1] = [f"{a} {b}".strip() for a, b in zip(out[-1], row)]
        else:
            out.append(list(row))
    return out


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def _kept(cells: list[str], visible: set[str]) -> list[str]:
    """The cells whose words the reader kept on the page; any other is blanked."""
    return [c if _words(c) <= visible else "" for c in cells]


def _row_text(row: list[str], header: list[str], visible: set[str]) -> str:
    cells = _kept(row, visible)  # hidden or unreadable cells are dropped
    label = next((c for c in cells if c), "")
    if not label or sum(1 for c in cells if c) < 2:
        return ""
    first = cells.index(label)
    values = [f"{h}: {c}" if h else c for h, c in zip(header[first + 1:], cells[first + 1:]) if c]
    return f"{label} — " + "; ".join(values)
