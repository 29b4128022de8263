"""HTML and Markdown snippets for the browser app (surfaces/ui.py): pure functions of plain dicts,
no Gradio, so they are tested without building the app."""
from __future__ import annotations

import html
import re
from typing import Any, Iterable

from assistant.nudges import STYLES
from rag.types import page_label

STYLE_LABELS = {"explanatory": "Explanatory", "cta": "Call to action", "empathetic": "Empathetic",
                "compliance_safe": "Compliance-safe"}
CITES_PLACEHOLDER = '<p class="fda-meta">The passages behind each answer appear here.</p>'
SEARCHING = '<p class="fda-meta">Searching the knowledge base…</p>'
CARD_PLACEHOLDER = "*Paste a user state (or pick a sample) and press **Diagnose drop-off**.*"
# compliance rule ids (assistant.guard.compliance) → what a reviewer reads on the badge
RULE_LABELS = {"ungrounded_number": "a number not in the sources", "guarantee": "promises an outcome",
               "financial_advice": "financial advice", "pii_echo": "personal data", "blame": "blames the user",
               "system_prompt_leak": "repeats the system prompt", "action_claim": "claims an action it cannot take",
               "persona": "speaks as an injected persona", "markup": "HTML or script",
               "contradicts_state": "contradicts the state"}


def error_html(msg: str) -> str:
    return f'<div class="fda-error" role="alert">⚠ {html.escape(msg)}</div>' if msg else ""


def note_html(msg: str) -> str:
    """A notice that is not an error (a cut message, a queued question)."""
    return f'<p class="fda-note" role="status">{html.escape(msg)}</p>' if msg else ""


def sources_text(citations: Iterable[dict]) -> str:
    """"file p.N; …" — two passages from the same page are one source, so each is named once (first-seen order)."""
    return "; ".join(dict.fromkeys(f"{c['source']} {page_label(c)}" for c in citations))


# ---------------------------------------------------------------------------- agent tab
SOURCES_MARK = "\n\n---\nSources: "  # starts the sources line under an answer in the chat (history_turns cuts it off)


def sources_line(citations: list[dict]) -> str:
    """The cited passages under the answer they belong to — each answer keeps its own sources, and
    on a phone they sit right below it, not a screen away in the panel."""
    if not citations:
        return ""
    items = [f"[{i}] {_md(str(c['source']))}, {_page_link(c)}" + (f" · {_md(str(c['section']))}" if c.get("section") else "")
             for i, c in enumerate(citations, 1)]
    return SOURCES_MARK + "; ".join(items)


MARK_RE = re.compile("\u2009\\[\\d+\\]")  # an inline marker (history_turns strips them before the model sees a turn)
_SENTENCE_END = re.compile(r"[.!?।](?=\s|$)|\n")
_WORD = re.compile(r"[^\W_]{3,}|\d+")
MARK_SHARE = 0.6  # share of a sentence's words that must be in a passage for the sentence to be credited to it


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence or line, the end before any trailing whitespace."""
    spans, start = [], 0
    for m in [*_SENTENCE_END.finditer(text), None]:
        end = m.end() if m else len(text)
        seg = text[start:end]
        if seg.strip():
            spans.append((start, start + len(seg.rstrip())))
        start = end
    return spans


def marked_answer(answer: str, citations: list[dict]) -> str:
    """The answer with an inline [n] after the sentences that come from cited passage n (numbered like the
    sources line): a sentence is credited to the passage holding most of its words, and a run of sentences
    from one passage gets one marker at its end. A sentence no passage carries (a lead-in, a model's own
    link words) gets none — a marker is a claim about where the words came from."""
    if not citations:
        return answer
    quotes = [set(_WORD.findall(str(c.get("quote", "")).casefold())) for c in citations]
    owners = []
    for start, end in (spans := _sentence_spans(answer)):
        words = set(_WORD.findall(answer[start:end].casefold()))
        shares = [len(words & q) / len(words) if words else 0.0 for q in quotes]
        best = max(range(len(quotes)), key=lambda i: shares[i])
        owners.append(best if shares[best] >= MARK_SHARE else None)
    out, last = [], 0
    for i, ((_, end), owner) in enumerate(zip(spans, owners)):
        if owner is not None and (i + 1 == len(spans) or owners[i + 1] != owner):
            out += [answer[last:end], f"\u2009[{owner + 1}]"]
            last = end
    return "".join(out) + answer[last:]


def page_url(c: dict) -> str | None:
    """Where the cited PDF page opens (the API's /source route), or None for our Markdown guides."""
    return f"source/{c['chunk_id']}.png" if str(c.get("source", "")).lower().endswith(".pdf") and c.get("chunk_id") else None


def page_title(c: dict) -> str:
    """What the page viewer's header says for a citation: "guide.pdf, page 3"."""
    return f"{c['source']}, {page_label(c).replace('p.', 'page ')}"


def _open_link(c: dict) -> str:
    # target=_blank is the fallback: the page's script (VIEWER_JS) opens the link in the side viewer
    # instead, and a ctrl/cmd-click still gets a tab
    url = page_url(c)
    return (f' · <a class="fda-page-link" href="{html.escape(url)}" title="{html.escape(page_title(c))}" target="_blank" '
            f'rel="noopener">view the page</a>') if url else ""


def _page_link(c: dict) -> str:
    url = page_url(c)
    title = page_title(c).replace('"', "'")
    return f'[{page_label(c)}]({url} "{_md(title)}")' if url else page_label(c)


def citations_html(citations: list[dict]) -> str:
    if not citations:
        return '<p class="fda-meta">No passages cited for this answer.</p>'
    parts = []
    for i, c in enumerate(citations, 1):
        parts.append(
            f'<div class="fda-cite"><div class="src">[{i}] <b>{html.escape(str(c["source"]))}</b>, {page_label(c).replace("p.", "page ")}'
            f' · {html.escape(str(c.get("section") or ""))}{_open_link(c)}</div><mark>{html.escape(str(c["quote"]))}</mark></div>')
    return "".join(parts)


def reply_meta(reply: dict, replaced: bool = False) -> str:
    """The line above the citations. `replaced`: the stream sent a `replace` event, i.e. the model's text was
    thrown away and the answer is the deterministic one — so the line must not credit the model for it
    (usage.provider still names the model, because it did run)."""
    u = reply.get("usage") or {}
    bits = [f"intent: {reply.get('intent')}", f"language: {reply.get('language')}",
            f"confidence: {reply.get('confidence', 0):.2f}"]
    if reply.get("fallback"):
        bits.append("fallback (handed to a person)")
    provider = u.get("provider")
    if replaced and provider and provider != "none":
        bits.append("model output failed a grounding check — showing the cited passage")
    elif replaced:
        bits.append("the language model could not answer — showing the cited passage")
    elif provider and provider != "none":
        bits.append(f"model: {provider}/{u.get('model')}")
    if u.get("latency_ms"):
        bits.append(f"{u['latency_ms']:.0f} ms")
    return '<p class="fda-meta">' + " · ".join(html.escape(b) for b in bits) + "</p>"


def _md(text: Any) -> str:
    """Text for Markdown: no HTML tag, link or code span survives (a state's unknown error code, a
    model's explanation); entities and escaped brackets / backticks still read as the same characters."""
    return html.escape(str(text), quote=False).replace("[", "\\[").replace("]", "\\]").replace("`", "\\`")


def _code(text: Any) -> str:
    """An inline code span (its content is shown as typed); a backtick inside cannot close it early."""
    return "`" + str(text).replace("`", "'") + "`"


def card_markdown(p: dict) -> str:
    """The drop-reason card for a DropPrediction (as a dict). Every value is escaped: the card is
    Markdown, and a pasted state's text (an unknown error code) reaches it."""
    steps = "\n".join(f"{i}. {_md(s)}" for i, s in enumerate(p["steps_to_fix"], 1)) or "—"
    lines = [
        f"### {_md(p['predicted_drop_reason'])}",
        f"**Stage:** {_md(p['stage_name'])} ({_code(p['stage'])}) · **Code:** {_code(p['reason_code'])} · "
        f"**Confidence:** {p['confidence_score']:.2f}"
        + (" · **⚠ Fallback:** low confidence, route to a person" if p["fallback"] else " · ✓ confident"),
        "",
        _md(p["explanation"]),
        "",
        "**Steps to fix**",
        "",
        steps,
        "",
        f"**Nudge:** {_md(p['nudge_message'])}",
        "",
        f"**Message to the user:** {_md(p['message'])}",
    ]
    if p["secondary_reasons"]:
        lines += ["", "**Also possible:** " + "; ".join(_md(r) for r in p["secondary_reasons"])]
    if p["unknown_error_codes"]:
        lines += ["", "**Unknown error codes:** " + ", ".join(_code(c) for c in p["unknown_error_codes"])]
    if p["citations"]:
        lines += ["", "**Sources:** " + _md(sources_text(p["citations"]))]
    return "\n".join(lines)


# ---------------------------------------------------------------------------- nudge studio
def _failed_checks(n: dict) -> list[str]:
    """Which compliance checks a nudge failed, when the nudge says so. NudgeResponse's Nudge carries only
    `compliant: bool` today; a `violations` list (rule ids, or {"rule", "detail"} objects) is read if present."""
    out = []
    for v in n.get("violations") or []:
        rule = v.get("rule") if isinstance(v, dict) else str(v)
        if rule:
            out.append(RULE_LABELS.get(rule, rule.replace("_", " ")))
    return list(dict.fromkeys(out))


def compliance_badge(n: dict) -> str:
    fits = ", ".join(n.get("fits") or []) or "none whole"
    sms_note = (f' <span class="fda-sms">SMS: {n.get("sms_segments", 1)} segment(s), {n.get("sms_encoding", "GSM-7")}'
                f' · fits: {html.escape(fits)}</span>')
    link_note = (' <span class="fda-warn">⚠ placeholder link: set FUNNEL_RESUME_URL</span>'
                 if "placeholder_link" in n.get("warnings", []) else "")
    if n["compliant"]:
        return '<span class="fda-ok">✓ compliant</span>' + link_note + sms_note
    failed = _failed_checks(n)
    what = "failed the check for " + ", ".join(failed) if failed else "failed a compliance check"
    return f'<span class="fda-warn">⚠ review: {html.escape(what)}</span>' + link_note + sms_note


def nudges_html(resp: dict) -> str:
    by = {(n["style"], n["language"]): n for n in resp["nudges"]}
    langs = [lang for lang in ("en", "hi") if any(k[1] == lang for k in by)]
    head = "".join(f"<th>{'English' if lang == 'en' else 'हिन्दी (Hindi)'}</th>" for lang in langs)
    rows = []
    for style in STYLES:
        if not any((style, lang) in by for lang in langs):
            continue
        cells = []
        for lang in langs:
            n = by.get((style, lang))
            if n is None:
                cells.append("<td></td>")
                continue
            cells.append(f'<td lang="{lang}"><div>{html.escape(n["text"])}</div>'
                         f'<div class="fda-meta">{n["chars"]} chars · {compliance_badge(n)}</div></td>')
        rows.append(f"<tr><th>{STYLE_LABELS[style]}</th>{''.join(cells)}</tr>")
    title = (f'<p><b>Stage:</b> {html.escape(resp["stage"])} · <b>Reason:</b> {html.escape(resp["reason"])} '
             f'(<code>{html.escape(resp["reason_code"])}</code>) · <i>drafts to review, never sent</i></p>')
    # the wrapper scrolls sideways on a phone, so the Hindi column stays reachable (CSS .fda-nudges-wrap)
    return (title + '<div class="fda-nudges-wrap">'
            f'<table class="fda-nudges"><tr><th>Style</th>{head}</tr>{"".join(rows)}</table></div>')


def nudge_rows(resp: dict) -> list[dict[str, Any]]:
    """One export row (CSV) per nudge."""
    return [{"stage": resp["stage"], "reason_code": resp["reason_code"], "reason": resp["reason"], "style": n["style"],
             "language": n["language"], "text": n["text"], "chars": n["chars"], "compliant": n["compliant"],
             "sources": sources_text(n["citations"])} for n in resp["nudges"]]


# ---------------------------------------------------------------------------- batch
def batch_summary_md(summary: dict) -> str:
    return (f"**{summary['total']}** rows · **{summary['scored']}** scored · **{summary['rejected']}** rejected · "
            f"**{summary['fallbacks']}** low-confidence fallbacks · {summary['seconds']} s"
            # the first run loads the models: say so, or 47 rows "in 7.4 s at 1,323 states/s" reads as a contradiction
            + (f", of which {summary['warmup_s']} s loading the models" if summary.get("warmup_s") else "")
            + f" ({summary['states_per_s']} states/s scoring)")


# ---------------------------------------------------------------------------- status tab
def status_md(info: dict[str, Any]) -> str:
    """What is indexed and which model/adapter is loaded, from the service's info()."""
    lines = ["### Index"]
    idx = info.get("index") or {}
    if "error" in idx:
        lines.append(f"⚠ {idx['error']}")
    else:
        lines += [f"- **Chunks:** {idx.get('chunks')}", f"- **Sources ({len(idx.get('sources', []))}):** " + ", ".join(idx.get("sources", [])),
                  f"- **Built:** {idx.get('created_at')} (build `{idx.get('build')}`)", f"- **Embedder:** `{idx.get('embedder')}`",
                  f"- **Retriever:** `{info.get('retriever')}`"]
    lines += ["", "### Language model"]
    llm = info.get("llm")
    if info.get("provider") == "none":
        lines.append("- Provider `none`: answers are deterministic, straight from the cited passages.")
    elif not llm:
        lines.append(f"- Provider `{info.get('provider')}`: not loaded yet.")
    elif "error" in llm:
        lines.append(f"- Provider `{info.get('provider')}` could not load: {llm['error']} — answers fall back to the deterministic path.")
    else:
        lines.append(f"- **Provider:** `{llm.get('provider')}` · **Model:** `{llm.get('model')}`")
        a = llm.get("adapter")
        if isinstance(a, dict) and "error" not in a:
            lines.append(f"- **Adapter:** `{a.get('name')}` version `{a.get('version')}`")
        elif isinstance(a, dict):
            lines.append(f"- **Adapter:** ⚠ {a['error']}")
        else:
            lines.append("- **Adapter:** none (base model)")
        for k in ("device", "dtype"):
            if llm.get(k):
                lines.append(f"- **{k.capitalize()}:** `{llm[k]}`")
    return "\n".join(lines)
