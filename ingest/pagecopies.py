"""The page variants the visibility check compares, made with MuPDF's own content filter.

- `reader_view`: the document as a conforming viewer paints it, where MuPDF's renderer differs;
- `textless_copy`: every glyph removed, images and drawings kept as drawn;
- `remove_glyphs`: a page rewritten without chosen glyphs (by origin and character), forms included.
"""
from __future__ import annotations

import re


def reader_view(doc_bytes: bytes) -> bytes:
    """The document as a conforming viewer paints it, where MuPDF's renderer differs.

    - Each page is painted white first. MuPDF composites a page onto paper only at the end, so
      text in blend mode Lighten or Screen over the bare page still shows; in Acrobat or a browser
      it blends with the white page and vanishes.
    - Glyphs painted in the colourant /None (a Separation or DeviceN colour space) are taken out:
      the PDF standard says /None never marks the page; MuPDF paints it through the alternate
      colour space. A glyph of other text inside such a text object's box goes with it.
    """
    import pymupdf

    doc = pymupdf.open("pdf", doc_bytes)
    no_ink = _uses_none_colourant(doc)
    for page in doc:
        boxes = _none_painted_text(page) if no_ink else []
        if boxes:
            to_page = page.transformation_matrix
            remove_glyphs(page, lambda x, y, ch: any((pymupdf.Point(x, y) * to_page) in b for b in boxes))
        page.draw_rect(pymupdf.Rect(page.mediabox) + (-1e4, -1e4, 1e4, 1e4), color=None, fill=(1, 1, 1), overlay=False)
    return doc.tobytes()


def _uses_none_colourant(doc) -> bool:
    import pymupdf

    none = re.compile(r"/Separation\s*/None\b|/DeviceN\s*\[\s*(?:/None\s*)+\]")
    for x in range(1, doc.xref_length()):
        try:
            if none.search(doc.xref_object(x, compressed=True) or ""):
                return True
        except pymupdf.mupdf.FzErrorBase:  # a free or broken object
            continue
    return False


def _none_painted_text(page) -> list:
    """Boxes (page coordinates) of text objects filled or stroked in the colourant /None."""
    import pymupdf

    mupdf = pymupdf.mupdf
    found = []

    class Trace(mupdf.FzDevice2):
        def __init__(self):
            super().__init__()
            self.use_virtual_fill_text()
            self.use_virtual_stroke_text()

        def _note(self, text, ctm, cs):
            if "None" in (mupdf.ll_fz_colorspace_name(cs) or ""):
                r = mupdf.ll_fz_bound_text(text, None, ctm)
                found.append(pymupdf.Rect(r.x0 - 2, r.y0 - 2, r.x1 + 2, r.y1 + 2))  # ink box → origins too

        def fill_text(self, ctx, text, ctm, cs, color, alpha, params):
            self._note(text, ctm, cs)

        def stroke_text(self, ctx, text, stroke, ctm, cs, color, alpha, params):
            self._note(text, ctm, cs)

    mupdf.fz_run_page(page.this, Trace(), mupdf.FzMatrix(), mupdf.FzCookie())
    return found


def textless_copy(doc_bytes: bytes):
    """The document with every glyph removed and everything else kept as drawn."""
    import pymupdf

    bare = pymupdf.open("pdf", doc_bytes)
    for page in bare:  # one redaction over the whole page and beyond, text only, nothing painted in its place
        page.add_redact_annot(pymupdf.Rect(page.mediabox) + (-1e4, -1e4, 1e4, 1e4), fill=False)
        page.apply_redactions(images=pymupdf.PDF_REDACT_IMAGE_NONE, graphics=pymupdf.PDF_REDACT_LINE_ART_NONE,
                              text=pymupdf.PDF_REDACT_TEXT_REMOVE)
    return bare


def remove_glyphs(page, drop) -> None:
    """Rewrites the page's content (and its forms) without the glyphs for which `drop(x, y, ch)` is
    true: (x, y) the glyph's origin in PDF user space, ch its (first) character."""
    import ctypes

    import pymupdf

    mupdf = pymupdf.mupdf

    class Glyphs(mupdf.PdfSanitizeFilterOptions2):
        def __init__(self):
            super().__init__()
            self.use_virtual_text_filter()

        def text_filter(self, ctx, ucsbuf, ucslen, trm, ctm, bbox, *rest):
            m = mupdf.fz_concat(mupdf.FzMatrix(trm), mupdf.FzMatrix(ctm))  # ctm already holds any form's placement
            u = ctypes.c_int.from_address(int(ucsbuf)).value if ucslen > 0 else 0xFFFD  # MuPDF's int ucsbuf[8]
            return 1 if drop(m.e, m.f, chr(u) if 0 < u <= 0x10FFFF else "\ufffd") else 0

    class Factory(mupdf.PdfFilterFactory2):
        def __init__(self):
            super().__init__()
            self.use_virtual_filter()
            self.glyphs = Glyphs()

        def filter(self, ctx, doc, chain, struct_parents, transform, options):
            return mupdf.ll_pdf_new_sanitize_filter(doc, chain, struct_parents, transform, options, self.glyphs.internal())

    factory = Factory()
    opts = mupdf.PdfFilterOptions()
    # every field set: the wrapper's constructor leaves some of them undefined
    opts.recurse, opts.instance_forms, opts.ascii, opts.no_update, opts.newlines = 1, 1, 0, 0, 0
    opts.add_factory(factory.internal())
    pdf_page = mupdf.pdf_page_from_fz_page(page.this)
    mupdf.pdf_filter_page_contents(pdf_page.doc(), pdf_page, opts)
