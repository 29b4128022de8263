"""Table rows become facts of their own: header names carried, a table continuing on the next page
keeps its header, and only cells the reader can see count."""
from __future__ import annotations

import pymupdf

from ingest.pdf import read_pdf
from ingest.tables import table_chunks


def _table(page, top: float, rows: list[tuple[str, str]], hidden: set[str] = frozenset()) -> None:
    for i, (a, b) in enumerate(rows):
        y = top + 22 * i
        for x, text in ((72, a), (272, b)):
            page.draw_rect(pymupdf.Rect(x, y, x + 200, y + 22), color=(0, 0, 0), width=0.8)
            page.insert_text((x + 4, y + 15), text, fontsize=10, color=(1, 1, 1) if text in hidden else (0, 0, 0))


def test_rows_headers_continuation_and_hidden_cells(tmp_path):
    doc = pymupdf.open()
    p1 = doc.new_page()
    p1.insert_text((72, 60), "Partner benefits on the card", fontsize=12)
    p1.insert_text((72, 90), "Each partner plan runs for the months shown below.", fontsize=10)
    _table(p1, 600, [("Partner", "Duration"), ("StreamCo", "6 months"), ("RideCo", "3 months")],
           hidden={"3 months"})
    p2 = doc.new_page()
    _table(p2, 60, [("FoodCo", "12 months"), ("BookCo", "2 months")])
    p2.insert_text((72, 300), "More offers may be added later.", fontsize=10)
    path = tmp_path / "benefits.pdf"
    doc.save(path)

    rows = {c.text: c for c in table_chunks(path, read_pdf(path), path.name)}
    assert "StreamCo — Duration: 6 months" in rows
    assert "FoodCo — Duration: 12 months" in rows and rows["FoodCo — Duration: 12 months"].page == 2  # header carried over
    assert not any("3 months" in t for t in rows)  # white-on-white: the reader dropped it, so the row has no value
    assert all(c.kind == "table_row" for c in rows.values())
