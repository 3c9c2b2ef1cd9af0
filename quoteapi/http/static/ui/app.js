// quoteapi page: paste an article, see who said what. Plain DOM, no framework, no build step.
// User text is only ever inserted with textContent / createTextNode, never as HTML.
"use strict";

(function () {
  const $ = (id) => document.getElementById(id);
  const article = $("article");
  const status = $("status");
  let lastResult = null;
  let lastText = "";

  function setStatus(message, isError) {
    status.textContent = message;
    status.classList.toggle("error", Boolean(isError));
  }

  async function loadExample(name) {
    setStatus("Loading example…");
    const resp = await fetch("/ui/examples/" + encodeURIComponent(name));
    if (!resp.ok) { setStatus("Could not load the example (" + resp.status + ").", true); return; }
    article.value = await resp.text();
    await analyse();
  }

  async function analyse() {
    const text = article.value;
    if (!text.trim()) { setStatus("Paste an article first.", true); article.focus(); return; }
    setStatus("Finding quotes…");
    $("analyse").disabled = true;
    try {
      const resp = await fetch("/v1/quotes", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ text: text, options: { include_non_quotes: $("include-non-quotes").checked } }),
      });
      const body = await resp.json();
      if (!resp.ok) {
        const fields = body.errors ? " " + JSON.stringify(body.errors) : "";
        setStatus(body.title + ": " + body.detail + fields, true);
        return;
      }
      lastResult = body;
      lastText = text;
      render(text, body);
      setStatus(body.quotes.length + " quotes, " + body.speakers.length + " speakers, in " +
                body.meta.elapsed_ms.toFixed(1) + " ms.");
    } catch (err) {
      setStatus("The service did not answer: " + err.message, true);
    } finally {
      $("analyse").disabled = false;
    }
  }

  function speakerIndex(result) {
    const index = new Map();
    result.speakers.forEach((s, i) => index.set(s.id, i));
    return index;
  }

  function render(text, result) {
    // Offsets are code points; JavaScript strings index UTF-16 units, so slice an array of code points.
    const chars = Array.from(text);
    const index = speakerIndex(result);
    const speakersById = new Map(result.speakers.map((s) => [s.id, s]));
    const out = $("rendered");
    out.replaceChildren();
    out.classList.remove("selecting");
    let pos = 0;
    result.quotes.forEach((q) => {
      if (q.start < pos) return;  // never overlap
      out.appendChild(document.createTextNode(chars.slice(pos, q.start).join("")));
      const mark = document.createElement("mark");
      mark.className = "quote";
      mark.tabIndex = 0;
      const speaker = q.speaker ? speakersById.get(q.speaker.id) : null;
      const n = q.speaker ? index.get(q.speaker.id) : -1;
      if (n >= 0) {
        mark.classList.add("c" + (n % 8));
        mark.dataset.speaker = q.speaker.id;
      } else {
        mark.classList.add("unattributed");
      }
      if (q.type === "non_quote") mark.classList.add("non-quote");
      mark.appendChild(document.createTextNode(chars.slice(q.start, q.end).join("")));
      const tag = document.createElement("span");
      tag.className = "tag";
      tag.setAttribute("aria-hidden", "true");
      tag.textContent = n >= 0 ? String(n + 1) : "?";
      mark.appendChild(tag);
      const who = speaker ? speaker.name : "unknown speaker";
      const detail = who + " — " + q.type + (q.non_quote_reason ? " (" + q.non_quote_reason + ")" : "") +
        "; cue: " + (q.cue ? "“" + q.cue.text + "”" : "none") + "; rule: " + (q.sieve || "none") +
        "; confidence " + q.confidence.toFixed(2);
      mark.title = detail;
      mark.setAttribute("aria-label", "Quote by " + who + ": " + q.text + ". " + detail);
      const show = () => { $("details").textContent = "“" + q.text + "” — " + detail; };
      mark.addEventListener("mouseenter", show);
      mark.addEventListener("focus", show);
      out.appendChild(mark);
      pos = q.end;
    });
    out.appendChild(document.createTextNode(chars.slice(pos).join("")));
    renderRoster(result, index);
    setDownloads(text, result);
    $("speakers-section").hidden = false;
    $("result-section").hidden = false;
  }

  function renderRoster(result, index) {
    const roster = $("roster");
    roster.replaceChildren();
    result.speakers.forEach((s) => {
      const li = document.createElement("li");
      const button = document.createElement("button");
      button.type = "button";
      button.className = "speaker-button";
      button.dataset.speaker = s.id;
      button.setAttribute("aria-pressed", "false");
      const swatch = document.createElement("span");
      swatch.className = "swatch c" + (index.get(s.id) % 8);
      swatch.textContent = String(index.get(s.id) + 1);
      const name = document.createElement("span");
      name.className = "name";
      name.textContent = s.name;
      const meta = document.createElement("span");
      meta.className = "meta";
      meta.textContent = s.kind + (s.titles.length ? " · " + s.titles.join("; ") : "") +
        " · " + s.quote_count + (s.quote_count === 1 ? " quote" : " quotes");
      button.append(swatch, name, meta);
      button.addEventListener("click", () => toggleSpeaker(s.id, button));
      li.appendChild(button);
      roster.appendChild(li);
    });
  }

  function toggleSpeaker(id, button) {
    const pressed = button.getAttribute("aria-pressed") === "true";
    document.querySelectorAll(".speaker-button").forEach((b) => b.setAttribute("aria-pressed", "false"));
    const out = $("rendered");
    out.querySelectorAll("mark.quote").forEach((m) => m.classList.remove("selected"));
    if (pressed) { out.classList.remove("selecting"); return; }
    button.setAttribute("aria-pressed", "true");
    out.classList.add("selecting");
    out.querySelectorAll("mark.quote").forEach((m) => {
      if (m.dataset.speaker === id) m.classList.add("selected");
    });
  }

  function csvCell(value) {
    const s = value === null || value === undefined ? "" : String(value);
    // a leading = + - @ would be a formula in a spreadsheet: neutralise it
    const safe = /^[=+\-@\t\r]/.test(s) ? "'" + s : s;
    return '"' + safe.replace(/"/g, '""') + '"';
  }

  function toCsv(result) {
    const rows = [["speaker", "quote", "start", "end", "type", "confidence"]];
    result.quotes.forEach((q) => {
      rows.push([q.speaker ? q.speaker.name : "", q.text, q.start, q.end, q.type, q.confidence]);
    });
    return rows.map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
  }

  function setDownloads(text, result) {
    const json = new Blob([JSON.stringify(result, null, 2)], { type: "application/json" });
    const csv = new Blob([toCsv(result)], { type: "text/csv" });
    for (const [id, blob] of [["download-json", json], ["download-csv", csv]]) {
      const link = $(id);
      if (link.dataset.url) URL.revokeObjectURL(link.dataset.url);
      link.dataset.url = URL.createObjectURL(blob);
      link.href = link.dataset.url;
    }
  }

  document.addEventListener("DOMContentLoaded", () => {
    $("analyse").addEventListener("click", analyse);
    article.addEventListener("keydown", (e) => {
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) analyse();
    });
    document.querySelectorAll("button.example").forEach((b) => {
      b.addEventListener("click", () => loadExample(b.dataset.example));
    });
  });

  // exposed for tests and for integrators who script the page
  window.quoteapiPage = { toCsv: toCsv, lastResult: () => lastResult, lastText: () => lastText };
})();
