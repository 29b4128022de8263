"""Regenerate the README's screenshots from the running app (docs/screenshots/*.png).

    .venv/bin/python docs/screenshots.py                 # our guides + our English guide printed as a PDF

Indexes data/knowledge plus a PDF printed from our own English guide (so the page viewer has a page
to show: the product's documents are not ours and never appear in a committed screenshot) into a
temporary folder, starts `funnel serve` on a free loopback port (provider none: deterministic
answers), drives Debian's chromium with Playwright through the Agent tab (and its page viewer), the
Nudge studio and Batch tabs, and writes agent.png, agent-page.png, nudge-studio.png and batch.png.
The server is stopped at the end whatever happens.
"""
from __future__ import annotations

import argparse
import html
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
CHROMIUM = os.environ.get("FUNNEL_CHROMIUM", "/usr/bin/chromium")


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(index: str, port: int) -> subprocess.Popen:
    env = {**os.environ, "FUNNEL_INDEX_DIR": index, "FUNNEL_PROVIDER": "none", "FUNNEL_AUDIT_LOG": "",
           "FUNNEL_HISTORY_DB": str(Path(tempfile.mkdtemp()) / "history.sqlite3")}
    proc = subprocess.Popen([str(ROOT / ".venv/bin/funnel"), "serve", "--port", str(port)], env=env, cwd=ROOT)
    deadline = time.time() + 120
    while time.time() < deadline:
        try:
            if urllib.request.urlopen(f"http://127.0.0.1:{port}/ready", timeout=5).status == 200:
                return proc
        except OSError:
            time.sleep(0.5)
    proc.terminate()
    raise SystemExit("the server did not become ready within 120 s")


def _guide_pdf(out: Path) -> None:
    """Our English guide as a PDF: headings, paragraphs and list items, **bold** kept."""
    import pymupdf

    def inline(text: str) -> str:
        return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", html.escape(text))

    parts = []
    for line in (ROOT / "data/knowledge/edge_plus_onboarding.md").read_text(encoding="utf-8").splitlines():
        if m := re.match(r"(#{1,3}) (.*)", line):
            parts.append(f"<h{len(m[1])}>{inline(m[2])}</h{len(m[1])}>")
        elif m := re.match(r"(?:- |\d+\. )(.*)", line):
            parts.append(f"<p>• {inline(m[1])}</p>")
        elif line.strip():
            parts.append(f"<p>{inline(line)}</p>")
    story, writer = pymupdf.Story("".join(parts), user_css="body {font-family: sans-serif; font-size: 10pt;}"), pymupdf.DocumentWriter(str(out))
    more = True
    while more:
        dev = writer.begin_page(pymupdf.paper_rect("a4"))
        more, _ = story.place(pymupdf.paper_rect("a4") + (54, 54, -54, -54))
        story.draw(dev)
        writer.end_page()
    writer.close()


def shoot(url: str) -> None:
    from playwright.sync_api import sync_playwright

    OUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"], headless=True)
        page = browser.new_page(viewport={"width": 1366, "height": 900})
        page.set_default_timeout(60_000)
        page.goto(url + "/", wait_until="domcontentloaded")
        page.locator("#question textarea").fill("Aadhaar OTP nahi aa raha, kya karun?")
        page.locator("#ask").click()
        page.locator("#chatbot").get_by_text("Sources: [1]").first.wait_for()
        page.locator("#state textarea").fill('{"user_id": "A937272", "stage_dropped": "KYC_verification_pending", '
                                             '"timestamp": "2025-03-14T10:22:00Z", "error_code_history": ["OCR_FAIL", '
                                             '"PAN_NAME_MISMATCH"], "device": "Android", "language": "en"}')
        page.locator("#diagnose").click()
        page.locator("#card").get_by_text("Steps to fix").wait_for()
        page.screenshot(path=str(OUT / "agent.png"), full_page=True)
        page.locator("#chatbot a[href*='source/']").last.click()  # the cited page, in the side viewer
        page.wait_for_function("() => { const i = document.querySelector('#fda-viewer img'); return i && i.complete && i.naturalWidth > 0; }")
        page.screenshot(path=str(OUT / "agent-page.png"))
        page.locator("#fda-viewer .fda-viewer-close").click()
        page.get_by_role("tab", name="Nudge studio").click()
        page.locator("#draft").click()
        page.locator("#nudge-table table").wait_for()
        page.screenshot(path=str(OUT / "nudge-studio.png"), full_page=True)
        page.get_by_role("tab", name="Batch").click()
        with page.expect_file_chooser() as chooser:  # the drop zone, as a user does (see tests/test_browser.py)
            page.locator("#batch-upload button.upload-container").click()
        chooser.value.set_files(str(ROOT / "data/samples/states.jsonl"))
        page.locator("#batch-upload").get_by_text("states.jsonl").first.wait_for()
        page.locator("#score").click()
        page.locator('#batch-files a[href*="scored"]').first.wait_for()
        page.wait_for_timeout(4000)  # the chart draws after the summary
        page.screenshot(path=str(OUT / "batch.png"), full_page=True)
        browser.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="screens-"))
    _guide_pdf(work / "edge_plus_guide.pdf")
    index = str(work / "index")
    subprocess.run([str(ROOT / ".venv/bin/funnel"), "ingest", str(ROOT / "data/knowledge"), str(work / "edge_plus_guide.pdf"),
                    "--index", index], check=True)
    port = _port()
    proc = _serve(index, port)
    try:
        shoot(f"http://127.0.0.1:{port}")
    finally:
        proc.terminate()
        proc.wait(30)
    print(f"wrote {', '.join(p.name for p in sorted(OUT.glob('*.png')))} in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
