"""A page opened in a real headless Chromium (Debian's ``chromium``, driven by Playwright): what it
logs to its console, whether each figure decoded, and a screenshot kept as a test artefact."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from tests.conftest import ROOT, skip_unless_ci

#: Where the screenshots are kept (CI's workspace keeps them; the folder is git-ignored).
ARTEFACTS = Path(os.environ.get("FACEVALENCE_TEST_ARTEFACTS", ROOT / "test-artefacts"))
#: Chromium's flags for a closed network, as root, without a display.
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]


def chromium() -> str:
    """The Chromium binary; the test is skipped (failed in CI) without it."""
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        skip_unless_ci("chromium is not installed (`make test` installs Debian's chromium when run as root)")
    return found


def open_page(url: str, screenshot: str, width: int = 1250) -> dict:
    """:func:`open_pages` of one page."""
    return open_pages([(url, screenshot)], width)[0]


def open_pages(pages: list[tuple[str, str]], width: int = 1250) -> list[dict]:
    """Load each ``(url, screenshot name)`` in one headless Chromium, wait until it has loaded, and
    report what a user would see.

    Returns
    -------
    list of dict
        Per page: ``errors``: console errors and uncaught exceptions; ``images``: per ``<img>`` its
        ``data-figure`` name, whether it decoded, and its natural width and height; ``links``: the
        ``href`` of every link; ``text``: the page's visible text; ``screenshot``: the full-page PNG.
    """
    from playwright.sync_api import sync_playwright

    binary = chromium()
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    seen = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=binary, args=FLAGS)
        try:
            for url, screenshot in pages:
                errors: list[str] = []
                page = browser.new_page(viewport={"width": width, "height": 900})
                page.on("console", lambda m, errors=errors: errors.append(m.text) if m.type == "error" else None)
                page.on("pageerror", lambda e, errors=errors: errors.append(str(e)))
                page.goto(url, wait_until="load")
                images = page.eval_on_selector_all(
                    "img", "els => els.map(e => ({figure: e.dataset.figure || '', complete: e.complete, "
                           "width: e.naturalWidth, height: e.naturalHeight}))")
                links = page.eval_on_selector_all("a", "els => els.map(e => e.getAttribute('href'))")
                shot = ARTEFACTS / screenshot
                page.screenshot(path=str(shot), full_page=True)
                seen.append({"errors": errors, "images": images, "links": links, "text": page.inner_text("body"),
                             "screenshot": shot})
                page.close()
        finally:
            browser.close()
    return seen


def table_rows(text: str) -> dict[str, list[str]]:
    """The rows of a page's tables from its visible text (cells tab-separated): first cell -> the others."""
    return {line.split("\t")[0]: line.split("\t")[1:] for line in text.splitlines() if "\t" in line}
