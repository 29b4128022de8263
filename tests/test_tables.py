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


def _boxed(page, top: float, rows: list[tuple[str, ...]], height: float = 48) -> None:
    """A ruled table whose cells wrap their text (remedies in a sentence or two)."""
    for i, row in enumerate(rows):
        y = top + height * i
        for j, text in enumerate(row):
            r = pymupdf.Rect(72 + 160 * j, y, 232 + 160 * j, y + height)
            page.draw_rect(r, color=(0, 0, 0), width=0.8)
            page.insert_textbox(r + (3, 3, -3, -3), text, fontsize=8)


REMEDY = "Link your PAN with Aadhaar on the income tax portal, wait two working days and then resume the application."


def test_a_headed_table_with_long_cells_still_gives_one_fact_per_row(tmp_path):
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 60), "Table 5: Hold reasons", fontsize=12)
    _boxed(page, 80, [("Code", "Reason", "What to do"), ("KV-01", "PAN inoperative", REMEDY),
                      ("KV-02", "Name mismatch", "Update the name in the bank records so that it matches the PAN exactly.")])
    # the same long text without a header row is a page laid out in boxes: left to the chunker
    _boxed(page, 400, [("KV-03", "Slot missed", REMEDY), ("KV-04", "Photo blurred", REMEDY)])
    path = tmp_path / "reasons.pdf"
    doc.save(path)

    rows = [c.text for c in table_chunks(path, read_pdf(path), path.name)]
    assert len(rows) == 2, rows
    assert rows[0].startswith("KV-01 — Reason: PAN inoperative; What to do: Link your PAN with Aadhaar")
    assert "resume the application" in rows[0]


def test_running_headers_footers_and_section_labels_are_not_content(tmp_path):
    from ingest.pdf import read_pdf as read

    doc = pymupdf.open()
    for n in range(1, 5):
        page = doc.new_page()
        page.insert_text((72, 30), "Example Bank | Card Guide", fontsize=8)  # running header
        page.insert_text((72, 120), f"SECTION {n}", fontsize=8)
        page.insert_text((72, 140), f"Topic {n}", fontsize=14)
        page.insert_text((72, 170), f"The fee for item {n} is Rs. {n}00. Ask the branch on page {n}.", fontsize=10)
        page.insert_text((72, 820), f"Doc EB-01 v2 - Page {n} of 4", fontsize=8)  # running footer
    path = tmp_path / "guide.pdf"
    doc.save(path)
    text = " ".join(u.text for u in read(path))
    assert "Example Bank" not in text and "Page 3 of 4" not in text and "SECTION" not in text
    assert "The fee for item 3 is Rs. 300." in text and "Topic 4" in text  # body lines that repeat in form stay



def test_a_contents_list_is_dropped_as_a_passage_and_as_table_rows_but_a_ledger_stays(tmp_path):
    """A contents list points at pages and states nothing: its entries (dot leaders, the page number in the line
    or a span of its own, or in a ruled grid) are not indexed; a dotted ledger of fees ends in amounts and stays."""
    from ingest.contents import entries, entry
    from ingest.pipeline import read_chunks

    titles = ["Variants at a glance", "Who can apply", "Fees and charges", "Help and escalation"]
    doc = pymupdf.open()
    p1 = doc.new_page()
    p1.insert_text((72, 60), "Contents", fontsize=14)
    for i, t in enumerate(titles):  # leaders, then the page number in the line or (right-aligned) a span of its own
        p1.insert_text((72, 90 + 18 * i), f"{i + 1}   {t} " + "." * 40 + (f" {i + 2}" if i % 2 else ""), fontsize=10)
        if not i % 2:
            p1.insert_text((500, 90 + 18 * i), str(i + 2), fontsize=10)
    _table(p1, 500, [(f"{i + 1} {t}", str(i + 2)) for i, t in enumerate(titles)])  # the same list as a ruled grid
    p1.insert_text((72, 260), "Annual fee .................... Rs. 499", fontsize=10)
    p1.insert_text((72, 278), "Late fee ...................... Rs. 750", fontsize=10)
    for n, t in enumerate(titles, 2):
        page = doc.new_page()
        page.insert_text((72, 60), f"{n - 1} {t}", fontsize=14)
        page.insert_text((72, 90), f"The part about {t.lower()} says item {n} costs Rs. {n}00.", fontsize=10)
    path = tmp_path / "guide.pdf"
    doc.save(path)
    text = " ".join(c.text for c in read_chunks(path))
    assert "glance ...." not in text and "apply ...." not in text and "charges ...." not in text
    assert not [c.text for c in read_chunks(path) if c.kind == "table_row"]
    assert "Rs. 499" in text and "Rs. 750" in text  # the ledger is content
    assert "The part about help and escalation says item 5 costs Rs. 500." in text
    assert entry("Annual fee ........ Rs. 499", 8) is None and entry("1 MelaCash = Rs. 1", 8) is None
    assert entry("Fees and charges ........ 12", 8) is None  # no such page
    assert entries(["Who can apply .......", "Who can apply"], 8) == set()  # one entry is no contents list

def _fees_table():
    from rag.types import Chunk

    line = ("Charge Amount Joining fee (one-time) Rs. 499 Annual fee (from the 2nd year) Rs. 999; waived if spends in the "
            "previous card year are Rs. 1,50,000 or more Add-on card fee Nil (up to 3 add-on cards) Cash withdrawal fee (ATM) "
            "2.5% of the amount, minimum Rs. 350 Foreign currency markup 1.99% of the transaction amount Reward redemption "
            "fee Rs. 49 per redemption request")
    flat = Chunk(chunk_id="flat", text=line, source="d.pdf", page=4, section="4. Fees and charges")
    rows = [Chunk(chunk_id=f"r{i}", text=t, source="d.pdf", page=4, section="Fees and charges", kind="table_row",
                  position=10_000 + i) for i, t in enumerate([
                      "Joining fee (one-time) — Amount: Rs. 499",
                      "Annual fee (from the 2nd year) — Amount: Rs. 999; waived if spends in the previous card year are "
                      "Rs. 1,50,000 or more",
                      "Add-on card fee — Amount: Nil (up to 3 add-on cards)",
                      "Cash withdrawal fee (ATM) — Amount: 2.5% of the amount, minimum Rs. 350",
                      "Foreign currency markup — Amount: 1.99% of the transaction amount",
                      "Reward redemption fee — Amount: Rs. 49 per redemption request"])]
    return flat, rows


def test_a_table_read_as_one_line_is_answered_by_the_asked_row():
    """The judge's class: a flattened table cut by a window of words gives the next row's value to the
    asked item ("… minimum Rs. 350 Foreign currency markup 1.99%"). Cut into its row passages, the answer is
    the asked row, with its column name, and a row found twice is said once."""
    from assistant.answer import compose
    from assistant.bands import rows_within, tables
    from rag.text import tokenize
    from rag.types import Hit

    flat, rows = _fees_table()
    by_table = tables([flat, *rows])
    assert [c.chunk_id for c in rows_within(flat, by_table)] == [c.chunk_id for c in rows]
    assert rows_within(rows[0], by_table) == []  # a row passage is not a table's line
    q = "What is the cash withdrawal fee at an ATM?"
    text, used = compose([Hit(flat, 2.0), Hit(rows[3], 1.0)], "en", set(tokenize(q)), lambda t: 1.0, question=q,
                         rows=by_table)
    assert text == "Cash withdrawal fee (ATM) — Amount: 2.5% of the amount, minimum Rs. 350"
    # without the row passages: a window of words from the first question word on, the wrong rows
    text, _ = compose([Hit(flat, 2.0)], "en", set(tokenize(q)), lambda t: 1.0, question=q)
    assert "2.5%" not in text and "Amount:" not in text
    # rows of another document or page are not this line's rows
    other = {k: [c.__class__(**{**c.to_dict(), "page": 9}) for c in v] for k, v in by_table.items()}
    assert rows_within(flat, other) == []


def test_a_label_value_list_without_rules_keeps_its_wrapped_lines(tmp_path):
    """Laid out without a rule between rows, a value's second line comes back from the table finder as a
    row with no label (and a label's second line as a row with no value); the row fact must hold the whole
    value, not stop mid-sentence and drop the rest."""
    from ingest.tables import _wrapped_lines_joined

    box = (0, 0, 1, 1)
    rows = [["Age", "18 to 70 years on the date of application. Add-on"],
            ["", "cardholders must be 18 years or above"],
            ["Residency", "Resident Indians only"],
            ["Existing fixed", "Can be used if 12 months of tenure remain"],
            ["deposits", ""]]
    joined = _wrapped_lines_joined(rows, [[box, box]] * len(rows))
    assert joined == [["Age", "18 to 70 years on the date of application. Add-on cardholders must be 18 years or above"],
                      ["Residency", "Resident Indians only"],
                      ["Existing fixed deposits", "Can be used if 12 months of tenure remain"]]
    # a merged cell (no box) is the table's own layout, not a wrapped line
    assert _wrapped_lines_joined([["Fee", "Rs. 100"], ["", "Rs. 200"]], [[box, box], [None, box]]) == [["Fee", "Rs. 100"], ["", "Rs. 200"]]


def test_an_unruled_list_gives_whole_row_facts(tmp_path):
    import pymupdf

    path = tmp_path / "list.pdf"
    doc = pymupdf.open()
    page = doc.new_page()
    y = 100
    for i in range(8):
        page.insert_text((72, y), f"Label {i}", fontsize=10)
        page.insert_text((200, y), f"Value number {i}, long enough to wrap onto the next line, its first", fontsize=10)
        y += 14
        if i % 2 == 0:
            page.insert_text((200, y), f"second line of value {i}", fontsize=10)
            y += 14
        y += 6
    doc.save(path)
    grids: dict = {}
    units = read_pdf(path, grids=grids)
    assert grids.get(1), "the finder reads the aligned list as a table"
    # joined, a value is longer than an unheaded table's cells may be (80 characters): a list's values are long by layout
    rows = table_chunks(path, units, "list.pdf", grids)
    assert [r.text for r in rows][:3] == [
        "Label 0 — Value number 0, long enough to wrap onto the next line, its first second line of value 0",
        "Label 1 — Value number 1, long enough to wrap onto the next line, its first",
        "Label 2 — Value number 2, long enough to wrap onto the next line, its first second line of value 2"]


def test_rows_ranked_under_their_tables_line_leave_room():
    """A table's line is cut into its rows when composed, so its rows ranked below it add nothing: they
    make room for the next passage (the sentence after the table). A row ranked above the line stays."""
    from assistant.bands import tables
    from assistant.flat_tables import rows_under_their_line
    from rag.types import Chunk, Hit

    flat, rows = _fees_table()
    prose = Chunk(chunk_id="after", text="No fee is charged on fuel purchases.", source="d.pdf", page=4, section="Fees")
    by_table = tables([flat, *rows, prose])
    hits = [Hit(flat, 3.0), Hit(rows[3], 2.0), Hit(rows[0], 1.5), Hit(prose, 1.0)]
    assert [h.chunk.chunk_id for h in rows_under_their_line(hits, by_table)] == ["flat", "after"]
    hits = [Hit(rows[3], 3.0), Hit(flat, 2.0), Hit(prose, 1.0)]
    assert [h.chunk.chunk_id for h in rows_under_their_line(hits, by_table)] == ["r3", "flat", "after"]


def test_a_flattened_row_is_never_cut_before_its_value():
    from assistant.flat_tables import around

    filler = "Charge Amount " + "Welcome bonus on the first spend within the first month 500 points " * 3
    long_item = filler + "Late payment fee when the statement balance is above the usual threshold amount Rs. 750 Overlimit fee Rs. 600"
    cut = around(long_item, {"lat"})
    assert cut.startswith("…Late payment fee") and "750" in cut and "600" not in cut  # the item's value, not the next row's
    word_value = "Fees " * 45 + "Add-on card fee Free Joining fee Rs. 499 Annual fee Rs. 999"
    assert around(word_value, {"add"}) == "…Add-on card fee Free Joining…"  # "Free" is the value: no reaching for Rs. 499


def test_a_group_name_over_the_columns_leaves_the_row_below_to_name_them(tmp_path):
    """A two-row header — a group name in one cell spread over the variants, the variants' names below
    it — names each value by its variant; a footnote mark after a column's name is not a value's digit."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 60), "Table 4: Late payment charge", fontsize=12)
    x = [72, 232, 332, 432, 532]
    top, h = 80, 22
    page.draw_rect(pymupdf.Rect(x[0], top, x[1], top + 2 * h), color=(0, 0, 0), width=0.8)
    page.draw_rect(pymupdf.Rect(x[1], top, x[4], top + h), color=(0, 0, 0), width=0.8)
    page.insert_text((x[1] + 4, top + 15), "Charge by variant", fontsize=9)
    rows = [("Amount due", "Basic", "Plus", "Max [1]"), ("Up to Rs. 500", "Nil", "Nil", "Nil"),
            ("Above Rs. 500", "Rs. 100", "Rs. 150", "Rs. 200")]
    for i, row in enumerate(rows):
        y = top + h * (i + 1)
        for j, text in enumerate(row):
            if i == 0 and j == 0:
                page.insert_text((x[0] + 4, top + 15), text, fontsize=9)
                continue
            page.draw_rect(pymupdf.Rect(x[j], y, x[j + 1], y + h), color=(0, 0, 0), width=0.8)
            page.insert_text((x[j] + 4, y + 15), text, fontsize=9)
    path = tmp_path / "slabs.pdf"
    doc.save(path)

    texts = [c.text for c in table_chunks(path, read_pdf(path), path.name)]
    assert "Above Rs. 500 — Basic: Rs. 100; Plus: Rs. 150; Max: Rs. 200" in texts, texts
    assert not any(t.startswith("Amount due") for t in texts)  # the row of names is a header, not a fact


def test_a_grid_of_label_tiles_is_not_a_table():
    """Capitalised labels above their values, tiles in rows: a later row of labels tells the grid from a table."""
    from ingest.tables import _tile_grid

    assert _tile_grid([["ISSUER", "", "CREDIT LIMIT"], ["Pushpa Bank Ltd., 9", "", "Rs. 10,000"],
                       ["INTEREST-FREE PERIOD", "", "CARD NETWORK"], ["20 to 50 days", "", "RuPay"]])
    assert not _tile_grid([["Charge", "Basic", "Plus"], ["Joining fee", "Nil", "Rs. 499"], ["GST", "18%", "18%"]])


def test_margin_line_numbers_are_not_read_into_the_text_but_list_numbers_and_digit_columns_are(tmp_path):
    """Grey numbers down the margin count the lines of a passage; glued into it they read as facts ("… the spend 5
    until it is paid"). A numbered list in the text's size and a table column of digits stay."""
    from ingest.pdf import read_pdf as read

    terms = ["The statement is made on the 5th of every month and sent by e-mail.", "Payment is due 18 days after the",
             "statement date, or 28 days while the card is paused.", "Interest applies to every spend from the date of the",
             "spend until it is paid in full.", "Payments through the app are credited on the same day.",
             "A card unused for 365 days may be closed after notice."]
    doc = pymupdf.open()
    page = doc.new_page()
    for i, line in enumerate(terms):
        y = 100 + 14 * i
        page.insert_text((60, y), line, fontsize=10)
        page.insert_text((45 if i >= 9 else 49, y), str(i + 1), fontsize=6, color=(0.5, 0.5, 0.5))
    for i, step in enumerate(["Open the app", "Tap Apply", "Upload the PAN", "Sign the form", "Wait for the SMS"]):
        page.insert_text((60, 260 + 16 * i), f"{i + 1}", fontsize=10)
        page.insert_text((75, 260 + 16 * i), step, fontsize=10)
    for i, (a, b) in enumerate([("Dining", "4"), ("Fuel", "5"), ("Travel", "3"), ("Groceries", "5"), ("Others", "1")]):
        page.insert_text((60, 400 + 14 * i), a, fontsize=8)
        page.insert_text((200, 400 + 14 * i), b, fontsize=8)
    path = tmp_path / "terms.pdf"
    doc.save(path)
    text = " ".join(u.text for u in read(path))
    assert "from the date of the spend until it is paid" in text and "after the statement date" in text
    assert not any(f"{n} The statement" in text or f" {n} Payment" in text for n in range(1, 8))
    assert "3 Upload the PAN" in text or ("3" in text.split("Tap Apply")[1][:6])  # list numbers stay
    assert "Travel 3" in text and "Groceries 5" in text  # a column of digits that does not count up stays


def test_two_tables_side_by_side_are_two_tables_with_their_own_titles_and_column_names(tmp_path):
    """The finder reads two ruled tables printed side by side as one grid with an empty narrow column between them:
    each is read alone, under its own caption, and a column name over a merged cell names the column of values."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((50, 84), "Table A. Late payment charge", fontsize=10)
    page.insert_text((290, 50), "Table B. Cash withdrawal fee", fontsize=10)  # captions at two heights: two blocks
    left = [("Amount due", "Charge"), ("Up to Rs. 500", "Nil"), ("Rs. 501 to Rs. 5,000", "Rs. 500"), ("Above Rs. 5,000", "Rs. 900")]
    right = [("Amount", "In India", "Abroad"), ("Up to Rs. 10,000", "Rs. 300", "Rs. 450"),
             ("Rs. 10,001 to Rs. 25,000", "2.5%", "3%"), ("Above Rs. 25,000", "3%", "3.5%")]
    for i, (l, r) in enumerate(zip(left, right)):
        y = 90 + 22 * i
        for x, w, text in [(50, 130, l[0]), (180, 90, l[1]), (290, 120, r[0]), (410, 70, r[1]), (480, 70, r[2])]:
            page.draw_rect(pymupdf.Rect(x, y, x + w, y + 22), color=(0, 0, 0), width=0.8)
            page.insert_text((x + 4, y + 15), text, fontsize=9)
    path = tmp_path / "slabs.pdf"
    doc.save(path)
    rows = {c.text: c.section for c in table_chunks(path, read_pdf(path), path.name)}
    assert rows.get("Up to Rs. 10,000 — In India: Rs. 300; Abroad: Rs. 450") == "Table B. Cash withdrawal fee", rows
    assert rows.get("Up to Rs. 500 — Charge: Nil") == "Table A. Late payment charge", rows
    assert not any("Rs. 10,000" in t and "Nil" in t for t in rows)  # no row of one table holds the other's cells


def test_hidden_text_above_a_table_heads_none_of_its_rows(tmp_path):
    """The nearest block above a table is its title, carried by every row: a hidden line there would put
    its claim in each row's heading. Only a block the reader kept may title a table, and only header
    cells it kept name a column."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 60), "Partner benefits on the card", fontsize=12)
    page.insert_text((72, 90), "Members get ninety free lounge visits", fontsize=10, color=(1, 1, 1))  # white on white
    _table(page, 100, [("Partner", "Duration"), ("StreamCo", "6 months"), ("RideCo", "3 months")])
    path = tmp_path / "hidden-title.pdf"
    doc.save(path)

    rows = table_chunks(path, read_pdf(path), path.name)
    assert rows and all("lounge" not in c.section for c in rows)
    assert all(c.section == "Partner benefits on the card" for c in rows)  # the visible title above it instead
