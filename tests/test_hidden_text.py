"""Hidden text never reaches the index; visible text always does.

`tests/hidden_pdfs.py` builds one page per hiding technique (white, tiny, off-page, covered by a
shape, an image, an annotation or a later glyph, clipped, transparent, blend modes, soft masks,
Type3 fonts with empty glyphs, /ActualText, forged OCR layers, …) and pages whose unusual text is
plainly visible. Each page goes through the real reader and chunker.
"""
from __future__ import annotations

import logging
from pathlib import Path

import pytest

from hidden_pdfs import CANARIES, LEGIT, TECHNIQUES, build, build_legit, scan_with_ocr_layer
from ingest import ocr, visibility
from ingest.pdf import read_pdf
from ingest.pipeline import read_chunks
from ingest.units import IngestError

PRODUCT_PDF = Path(__file__).resolve().parents[2] / "shared" / "data" / "edge-plus-context.pdf"


def indexed_text(path: Path) -> str:
    chunks = read_chunks(path)
    return " ".join(" ".join((c.text + " " + c.section).split()) for c in chunks)


def test_the_corpus_has_at_least_forty_techniques():
    assert len(TECHNIQUES) >= 40


@pytest.mark.parametrize("name", sorted(TECHNIQUES))
def test_hidden_lines_never_reach_the_chunks(tmp_path, name):
    path, visible = build(name, tmp_path / f"{name}.pdf")
    text = indexed_text(path)
    assert not [c for c in CANARIES if c in text.lower()], f"{name}: hidden text indexed: {text!r}"
    assert not [v for v in visible if v not in text], f"{name}: visible text lost: {text!r}"


@pytest.mark.parametrize("name", sorted(LEGIT))
def test_unusual_but_visible_text_is_kept(tmp_path, name):
    path, visible = build_legit(name, tmp_path / f"{name}.pdf")
    text = indexed_text(path)
    assert not [v for v in visible if v not in text], f"{name}: visible text lost: {text!r}"


@pytest.mark.skipif(ocr.tessdata() is None, reason="tesseract is not installed (make ocr-deps)")
def test_a_scans_ocr_layer_is_kept_where_tesseract_reads_the_same_words(tmp_path):
    text = indexed_text(scan_with_ocr_layer(tmp_path / "scan.pdf", faithful=True))
    assert "9 AM to 11 PM" in text and "plain white paper" in text


def test_a_forged_ocr_layer_over_a_scan_is_dropped(tmp_path):
    with pytest.raises(IngestError, match="no visible text"):
        read_chunks(scan_with_ocr_layer(tmp_path / "forged.pdf", faithful=False))


def test_without_tesseract_an_ocr_layer_is_dropped_with_a_warning(tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(ocr, "tessdata", lambda: None)
    monkeypatch.setattr(logging.getLogger("ingest.pdf"), "disabled", False)  # a server test's logging set-up may disable it
    with caplog.at_level(logging.WARNING, logger="ingest.pdf"), pytest.raises(IngestError, match="install tesseract"):
        read_chunks(scan_with_ocr_layer(tmp_path / "scan.pdf", faithful=True))
    assert "tesseract is not installed" in caplog.text and "page(s) 1" in caplog.text


@pytest.mark.skipif(not PRODUCT_PDF.exists(), reason="the product PDF is not in ../shared/data")
def test_the_render_check_drops_nothing_from_the_product_pdf(monkeypatch):
    """Every line of the real product document reads the same with and without the render check."""
    checked = [(u.type, u.text, u.page) for u in read_pdf(PRODUCT_PDF)]
    monkeypatch.setattr(visibility.Word, "visible", property(lambda self: True))
    unchecked = [(u.type, u.text, u.page) for u in read_pdf(PRODUCT_PDF)]
    assert checked == unchecked


EVAL = Path(__file__).resolve().parents[1] / "data" / "eval"


def test_lines_drawn_word_by_word_are_kept():
    """Justified lines and letter-spaced headings drawn a word (or a letter) at a time: the text trace holds
    one span per word, extraction one span for the line, whose centre can fall in a gap between two words'
    traces (ingest/prefilter.verdict then reads the traces along the line). Two of our fictional documents
    drew such lines; before, they were dropped whole as if hidden."""
    import re

    def words(path: Path) -> str:
        return " " + re.sub(r"[^a-z0-9]+", " ", " ".join(u.text for u in read_pdf(path)).lower()) + " "

    artisan = words(next((EVAL / "twenty-eighth-doc").glob("*.pdf")))
    assert " money from selling your work reaches your bank account regularly " in artisan
    assert " no late payment charge is levied if the lower amount is paid " in artisan
    clubs = words(next((EVAL / "twenty-sixth-doc").glob("*.pdf")))
    assert " c a r d c o n t r o l s " in clubs and " g l a n c e " in clubs
