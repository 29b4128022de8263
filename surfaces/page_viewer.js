// The side viewer for cited PDF pages (issue: sources you can open). Gradio runs this function once
// when the app loads (mount_gradio_app(js=...)). A click on any link to a cited page — the [n] links
// under a chat answer and "view the page" in the Cited passages panel — opens the page, rendered by
// GET /source/<chunk_id>.png with the passage highlighted, in a panel beside the chat instead of a
// new tab. Ctrl/cmd/shift-click keeps the browser's own behaviour; Esc or × closes the panel.
() => {
  if (window.fdaViewerReady) return;  // the load hook can run again after a reconnect
  window.fdaViewerReady = true;
  const PAGE = /\/source\/[0-9a-f]{8,40}\.png$/;
  let viewer = null;

  function build() {
    const v = document.createElement("aside");
    v.id = "fda-viewer";
    v.hidden = true;
    v.setAttribute("role", "dialog");
    v.setAttribute("aria-label", "Cited page");
    const bar = document.createElement("div");
    bar.className = "fda-viewer-bar";
    const title = document.createElement("span");
    title.className = "fda-viewer-title";
    const tab = document.createElement("a");
    tab.className = "fda-viewer-tab";
    tab.target = "_blank";
    tab.rel = "noopener";
    tab.textContent = "open in a new tab";
    const close = document.createElement("button");
    close.type = "button";
    close.className = "fda-viewer-close";
    close.setAttribute("aria-label", "Close the page viewer");
    close.textContent = "×";
    close.addEventListener("click", () => { v.hidden = true; });
    bar.append(title, tab, close);
    const body = document.createElement("div");
    body.className = "fda-viewer-body";
    const img = document.createElement("img");
    body.append(img);
    v.append(bar, body);
    document.body.append(v);
    document.addEventListener("keydown", (e) => { if (e.key === "Escape") v.hidden = true; });
    return v;
  }

  document.addEventListener("click", (e) => {
    const a = e.target instanceof Element ? e.target.closest("a[href]") : null;
    if (!a || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    const url = new URL(a.getAttribute("href"), document.baseURI);
    if (url.origin !== location.origin || !PAGE.test(url.pathname)) return;
    e.preventDefault();
    e.stopPropagation();  // capture phase: Gradio's own link handling never sees it
    viewer = viewer || build();
    const name = a.getAttribute("title") || a.textContent.trim();
    viewer.querySelector(".fda-viewer-title").textContent = name;
    viewer.querySelector(".fda-viewer-tab").href = url.href;
    const img = viewer.querySelector("img");
    img.alt = "The cited page (" + name + "), the passage highlighted";
    img.src = url.href;
    viewer.hidden = false;
    viewer.querySelector(".fda-viewer-close").focus();
  }, true);
}
