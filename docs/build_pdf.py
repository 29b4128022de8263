"""Render the design documents and the latest evaluation report into one PDF with PyMuPDF.

    .venv/bin/python docs/build_pdf.py [-o docs/funnel-drop-assistant.pdf] [--report reports/latest]

Order: architecture, design decisions, fine-tuning, limitations (then any other docs/*.md), the
fine-tuning adapter report when an adapter has one (data/adapters/*/report.md), and the newest
reports/*/report.md with its PNG plots. Markdown is converted by a small built-in converter
(headings, paragraphs, lists, tables, code, bold/italic/code spans, images); Mermaid blocks are shown
as their source in a box. The PDF is a build output: do not commit it.
"""
from __future__ import annotations

import argparse
import html
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
ORDER = ["architecture.md", "design_decisions.md", "finetuning.md", "limitations.md"]

CSS = """
body { font-family: sans-serif; font-size: 10pt; line-height: 1.35; }
h1 { font-size: 17pt; color: #1d3557; margin-top: 6pt; }
h2 { font-size: 13pt; color: #1d3557; margin-top: 10pt; }
h3 { font-size: 11pt; color: #1d3557; }
p, li { margin-top: 2pt; margin-bottom: 2pt; }
code { font-family: monospace; font-size: 8.5pt; background-color: #f1f1f1; }
pre { font-family: monospace; font-size: 7.5pt; background-color: #f4f4f4; border: 1px solid #999; padding: 4pt; }
pre.mermaid { background-color: #eef4fb; border: 1px solid #4a78a8; }
table { border-collapse: collapse; margin: 4pt 0; }
th, td { border: 1px solid #999; padding: 2pt 4pt; font-size: 8.5pt; }
th { background-color: #e6ecf3; }
.caption { font-size: 8pt; color: #555; }
"""


# ---------------------------------------------------------------- markdown → HTML (the subset our docs use)
def _inline(text: str, base: Path) -> str:
    parts = re.split(r"(`[^`]+`)", text)
    out = []
    for p in parts:
        if p.startswith("`") and p.endswith("`") and len(p) > 1:
            out.append(f"<code>{html.escape(p[1:-1])}</code>")
            continue
        s = html.escape(p, quote=False)
        s = re.sub(r"!\[([^\]]*)\]\(([^)]+)\)", lambda m: _img(m.group(2), base, m.group(1)), s)
        s = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r"\1", s)
        s = re.sub(r"\*\*([^*]+)\*\*", r"<b>\1</b>", s)
        s = re.sub(r"(?<![\w*])\*([^*\n]+)\*(?![\w*])", r"<i>\1</i>", s)
        out.append(s)
    return "".join(out)


def _img(src: str, base: Path, alt: str = "") -> str:
    p = (base / src).resolve()
    if not p.exists():
        return html.escape(f"[missing image {src}]")
    return f'<img src="{p.name}" width="430"/><br/><span class="caption">{html.escape(alt)}</span>'


def md_to_html(md: str, base: Path) -> str:
    lines = md.splitlines()
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("```"):
            lang = line[3:].strip()
            j = i + 1
            buf = []
            while j < len(lines) and not lines[j].startswith("```"):
                buf.append(lines[j])
                j += 1
            cls = ' class="mermaid"' if lang == "mermaid" else ""
            head = "Mermaid diagram source (render with any Mermaid viewer):\n\n" if lang == "mermaid" else ""
            out.append(f"<pre{cls}>{html.escape(head + chr(10).join(buf))}</pre>")
            i = j + 1
            continue
        m = re.match(r"^(#{1,4})\s+(.*)", line)
        if m:
            n = len(m.group(1))
            out.append(f"<h{n}>{_inline(m.group(2), base)}</h{n}>")
            i += 1
            continue
        if line.startswith("|") and i + 1 < len(lines) and re.match(r"^\|[\s\-:|]+\|\s*$", lines[i + 1]):
            rows = [line]
            j = i + 2
            while j < len(lines) and lines[j].startswith("|"):
                rows.append(lines[j])
                j += 1
            cells = [[c.strip() for c in r.strip().strip("|").split("|")] for r in rows]
            t = ["<table>", "<tr>" + "".join(f"<th>{_inline(c, base)}</th>" for c in cells[0]) + "</tr>"]
            t += ["<tr>" + "".join(f"<td>{_inline(c, base)}</td>" for c in r) + "</tr>" for r in cells[1:]]
            out.append("".join(t) + "</table>")
            i = j
            continue
        if re.match(r"^\s*([-*]|\d+\.)\s+", line):
            ordered = bool(re.match(r"^\s*\d+\.", line))
            items: list[str] = []
            j = i
            while j < len(lines) and (re.match(r"^\s*([-*]|\d+\.)\s+", lines[j]) or (lines[j].startswith("  ") and lines[j].strip())):
                if re.match(r"^\s*([-*]|\d+\.)\s+", lines[j]):
                    items.append(re.sub(r"^\s*([-*]|\d+\.)\s+", "", lines[j]))
                else:
                    items[-1] += " " + lines[j].strip()
                j += 1
            tag = "ol" if ordered else "ul"
            out.append(f"<{tag}>" + "".join(f"<li>{_inline(x, base)}</li>" for x in items) + f"</{tag}>")
            i = j
            continue
        if not line.strip():
            i += 1
            continue
        buf = [line]
        j = i + 1
        while j < len(lines) and lines[j].strip() and not re.match(r"^(#|```|\||\s*([-*]|\d+\.)\s)", lines[j]):
            buf.append(lines[j])
            j += 1
        out.append(f"<p>{_inline(' '.join(x.strip() for x in buf), base)}</p>")
        i = j
    return "\n".join(out)


# ---------------------------------------------------------------- sources
def latest_report(explicit: str | None) -> Path | None:
    if explicit:
        p = Path(explicit)
        p = p / "report.md" if p.is_dir() else p
        return p if p.exists() else None
    found = sorted((ROOT / "reports").glob("*/report.md"), key=lambda p: p.stat().st_mtime)
    return found[-1] if found else None


def sections(report: Path | None) -> list[tuple[str, Path]]:
    docs = [DOCS / n for n in ORDER if (DOCS / n).exists()]
    docs += sorted(p for p in DOCS.glob("*.md") if p.name not in ORDER)
    out = [(p.read_text(encoding="utf-8"), p.parent) for p in docs]
    for rep in sorted((ROOT / "data" / "adapters").glob("*/report.md")):
        out.append((f"# Appendix: adapter evaluation ({rep.parent.name})\n\n" + rep.read_text(encoding="utf-8"), rep.parent))
    if report is not None:
        out.append(("# Appendix: evaluation report\n\n" + f"Source: `{report.relative_to(ROOT) if report.is_relative_to(ROOT) else report}`\n\n"
                    + re.sub(r"^# ", "## ", report.read_text(encoding="utf-8"), flags=re.M), report.parent))
    return [(t, b) for t, b in out]


def build(out: Path, report: Path | None) -> int:
    import pymupdf

    parts = sections(report)
    title = ("<h1>Funnel Drop Assistant</h1><p>Architecture, design decisions, fine-tuning, limitations and evaluation "
             "of the Edge+ onboarding assistant.</p>")
    body = title + "".join(f"<div>{md_to_html(t, b)}</div>" for t, b in parts)
    archive = pymupdf.Archive()
    for _, base in parts:
        archive.add(str(base))
    story = pymupdf.Story(html=body, user_css=CSS, archive=archive)
    writer = pymupdf.DocumentWriter(str(out))
    rect = pymupdf.paper_rect("a4")
    where = rect + (50, 50, -50, -50)
    pages = 0
    more = True
    while more:
        dev = writer.begin_page(rect)
        more, _ = story.place(where)
        story.draw(dev)
        writer.end_page()
        pages += 1
    writer.close()
    _number_pages(out)
    return pages


def _number_pages(path: Path) -> None:
    import pymupdf

    doc = pymupdf.open(str(path))
    for i, page in enumerate(doc, 1):
        page.insert_text((page.rect.width / 2 - 20, page.rect.height - 25), f"{i} / {doc.page_count}", fontsize=8, color=(0.4, 0.4, 0.4))
    doc.saveIncr() if doc.can_save_incrementally() else None
    doc.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-o", "--output", default=str(DOCS / "funnel-drop-assistant.pdf"))
    ap.add_argument("--report", help="report folder or report.md (default: the newest reports/*/report.md)")
    args = ap.parse_args(argv)
    rep = latest_report(args.report)
    if rep is None:
        print("note: no reports/*/report.md yet (run `funnel eval`); building the PDF without the evaluation report", file=sys.stderr)
    pages = build(Path(args.output), rep)
    print(f"wrote {args.output} ({pages} pages{'' if rep is None else ', report ' + str(rep)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
