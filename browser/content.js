// KI-Lotse browser extension: content script.
//
// On paste into a text field (and before sending with Enter or a form submit) the text is
// checked by the KI-Lotse native messaging host through the background script. When the
// host says the text needs a higher protection level than the site is approved for, an
// inline warning (shadow DOM, role="alertdialog") offers to paste pseudonymised, to paste
// anyway, or to check the draft in KI-Lotse.
//
// Privacy: the text goes to the background script and from there to the native host only.
// The placeholder mapping lives in this script's memory (a Map) and is gone when the page
// is closed or reloaded. Nothing is logged, stored or sent over the network.
"use strict";

(() => {
  if (globalThis.__kiLotseLoaded) return;
  globalThis.__kiLotseLoaded = true;

  const api = globalThis.browser ?? globalThis.chrome;
  const LANG = (navigator.language || "de").toLowerCase().startsWith("de") ? "de" : "en";

  const STRINGS = {
    de: {
      title: "KI-Lotse: Bitte nicht so einfügen",
      titleSubmit: "KI-Lotse: Bitte nicht so senden",
      findings: "Gefunden:",
      siteKnown: (s, l) => `Dienst: ${s}` + (l ? ` – freigegeben bis Schutzstufe ${l}` : " – nicht freigegeben"),
      siteUnknown: "Diese Seite steht nicht im Verzeichnis der KI-Dienste.",
      truncated: "Der Text war zu lang; geprüft wurde nur der Anfang.",
      pseudonymise: "Pseudonymisiert einfügen",
      pseudonymiseSubmit: "Pseudonymisiert übernehmen",
      anyway: "Trotzdem einfügen",
      anywaySubmit: "Trotzdem senden",
      openCheck: "In KI-Lotse prüfen",
      openCheckHelp: "Öffnen Sie KI-Lotse → „Entwurf prüfen“ und fügen Sie den Text dort mit Strg+V ein.",
      openCheckHelpCopied:
        "Der Text liegt in der Zwischenablage. Öffnen Sie KI-Lotse → „Entwurf prüfen“ und fügen Sie ihn dort mit Strg+V ein.",
      close: "Schließen",
      closeHint: "Esc schließt, ohne einzufügen.",
      unreachable: "KI-Lotse ist nicht erreichbar – Prüfung aus",
      misconfigured: "KI-Lotse ist nicht richtig eingerichtet – Prüfung aus. Bitte wenden Sie sich an die IT.",
      blockedTitle: "KI-Lotse ist nicht erreichbar",
      blockedText:
        "Ihre Verwaltung hat festgelegt, dass ohne Prüfung durch KI-Lotse nichts eingefügt wird. Bitte wenden Sie sich an die IT.",
      restoreTitle: "Platzhalter zurückgeführt",
      restoreNoneTitle: "Keine Platzhalter zurückzuführen",
      restoreNone: "Auf dieser Seite wurde nichts pseudonymisiert eingefügt, oder der Text enthält keine bekannten Platzhalter.",
      copy: "Kopieren",
      copied: "Kopiert.",
    },
    en: {
      title: "KI-Lotse: please do not paste this here",
      titleSubmit: "KI-Lotse: please do not send this here",
      findings: "Found:",
      siteKnown: (s, l) => `Service: ${s}` + (l ? ` – approved up to protection level ${l}` : " – not approved"),
      siteUnknown: "This site is not in the registry of AI services.",
      truncated: "The text was too long; only its beginning was checked.",
      pseudonymise: "Paste pseudonymised",
      pseudonymiseSubmit: "Use pseudonymised text",
      anyway: "Paste anyway",
      anywaySubmit: "Send anyway",
      openCheck: "Check in KI-Lotse",
      openCheckHelp: "Open KI-Lotse → “Check draft” and paste the text there with Ctrl+V.",
      openCheckHelpCopied: "The text is on the clipboard. Open KI-Lotse → “Check draft” and paste it there with Ctrl+V.",
      close: "Close",
      closeHint: "Esc closes without pasting.",
      unreachable: "KI-Lotse is not reachable – no check",
      misconfigured: "KI-Lotse is not set up correctly – no check. Please contact IT.",
      blockedTitle: "KI-Lotse is not reachable",
      blockedText:
        "Your administration has decided that nothing is pasted without a check by KI-Lotse. Please contact IT.",
      restoreTitle: "Placeholders restored",
      restoreNoneTitle: "No placeholders to restore",
      restoreNone: "Nothing was pasted pseudonymised on this page, or the text contains no known placeholders.",
      copy: "Copy",
      copied: "Copied.",
    },
  };
  const T = STRINGS[LANG];

  // Same placeholder names as KI-Lotse's policies/scan.json; a "placeholder" member in the
  // host's finding wins.
  const PLACEHOLDERS = {
    PERSON_NAME: "PERSON", EMAIL: "EMAIL", PHONE: "TELEFON", IBAN: "IBAN", TAX_ID: "STEUER_ID",
    TAX_NUMBER: "STEUERNUMMER", PENSION_NUMBER: "RV_NUMMER", HEALTH_INSURANCE_NUMBER: "KV_NUMMER",
    ID_CARD: "AUSWEIS", PASSPORT: "PASS", LICENSE_PLATE: "KENNZEICHEN", DATE_OF_BIRTH: "GEBURTSDATUM",
    POSTAL_ADDRESS: "ADRESSE", CASE_NUMBER: "AKTENZEICHEN", IP_ADDRESS: "IP",
    SPECIAL_CATEGORY: "BESONDERE_DATEN", SECRECY_MARKING: "VS_VERMERK", BUSINESS_SECRET: "GESCHAEFTSGEHEIMNIS",
  };

  // value -> placeholder and back; in memory only, per page.
  const toPlaceholder = new Map();
  const fromPlaceholder = new Map();
  const counters = new Map();

  function placeholderFor(value, finding) {
    let p = toPlaceholder.get(value);
    if (p) return p;
    const prefix = finding.placeholder || PLACEHOLDERS[finding.category] ||
      String(finding.category || "DATEN").toUpperCase().replace(/[^A-Z0-9_]/g, "_");
    const n = (counters.get(prefix) || 0) + 1;
    counters.set(prefix, n);
    p = `[${prefix}_${n}]`;
    toPlaceholder.set(value, p);
    fromPlaceholder.set(p, value);
    return p;
  }

  function pseudonymise(text, findings) {
    const sorted = [...findings]
      .filter((f) => Number.isInteger(f.start) && Number.isInteger(f.length) && f.length > 0)
      .sort((a, b) => a.start - b.start || b.length - a.length);
    let out = "";
    let pos = 0;
    for (const f of sorted) {
      if (f.start < pos || f.start + f.length > text.length) continue; // overlap or out of range
      out += text.slice(pos, f.start) + placeholderFor(text.slice(f.start, f.start + f.length), f);
      pos = f.start + f.length;
    }
    return out + text.slice(pos);
  }

  function restore(text) {
    return text.replace(/\[[A-Z0-9_]+_\d+\]/g, (p) => fromPlaceholder.get(p) ?? p);
  }

  // --- fields -------------------------------------------------------------------------

  const TEXT_INPUT_TYPES = new Set(["text", "search", "email", "url", "tel", ""]);

  function isOurs(node) {
    return node && panelHost && (node === panelHost || panelHost.contains(node));
  }

  function fieldOf(target) {
    if (!(target instanceof Element) || isOurs(target)) return null;
    if (target instanceof HTMLTextAreaElement) return target.readOnly || target.disabled ? null : target;
    if (target instanceof HTMLInputElement)
      return TEXT_INPUT_TYPES.has((target.getAttribute("type") || "").toLowerCase()) &&
        !target.readOnly && !target.disabled ? target : null;
    if (target.isContentEditable) {
      let root = target;
      while (root.parentElement && root.parentElement.isContentEditable) root = root.parentElement;
      return root;
    }
    return null;
  }

  const isPlain = (f) => f instanceof HTMLTextAreaElement || f instanceof HTMLInputElement;
  const fieldText = (f) => (isPlain(f) ? f.value : f.innerText);

  function saveSelection(field) {
    if (isPlain(field)) return { start: field.selectionStart, end: field.selectionEnd };
    const sel = field.ownerDocument.getSelection();
    if (sel && sel.rangeCount && field.contains(sel.getRangeAt(0).commonAncestorContainer))
      return { range: sel.getRangeAt(0).cloneRange() };
    return {};
  }

  function restoreSelection(field, saved) {
    field.focus();
    if (isPlain(field)) {
      if (saved.start != null) field.setSelectionRange(saved.start, saved.end);
    } else if (saved.range) {
      const sel = field.ownerDocument.getSelection();
      sel.removeAllRanges();
      sel.addRange(saved.range);
    }
  }

  function insert(field, saved, text) {
    restoreSelection(field, saved);
    // execCommand keeps the undo history and fires the input events editors expect.
    let ok = false;
    try {
      ok = field.ownerDocument.execCommand("insertText", false, text);
    } catch (e) {
      ok = false;
    }
    if (ok) return;
    if (isPlain(field)) {
      field.setRangeText(text, field.selectionStart, field.selectionEnd, "end");
    } else {
      const sel = field.ownerDocument.getSelection();
      if (sel.rangeCount) {
        const range = sel.getRangeAt(0);
        range.deleteContents();
        const node = field.ownerDocument.createTextNode(text);
        range.insertNode(node);
        range.setStartAfter(node);
      } else {
        field.append(text);
      }
    }
    field.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertText", data: text }));
  }

  function replaceAll(field, text) {
    field.focus();
    if (isPlain(field)) field.select();
    else {
      const range = field.ownerDocument.createRange();
      range.selectNodeContents(field);
      const sel = field.ownerDocument.getSelection();
      sel.removeAllRanges();
      sel.addRange(range);
    }
    insert(field, saveSelection(field), text);
  }

  // --- host -----------------------------------------------------------------------------

  function check(text) {
    return new Promise((resolve) => {
      try {
        api.runtime.sendMessage({ type: "check", text, url: location.href, language: LANG }, (answer) => {
          const err = api.runtime.lastError; // read it so it is not reported as unchecked
          resolve(answer || { error: (err && err.message) || "no answer", unreachable: true });
        });
      } catch (e) {
        resolve({ error: String(e), unreachable: true }); // extension reloaded under the page
      }
    });
  }

  // --- UI -------------------------------------------------------------------------------

  let panelHost = null;
  let noticeShown = false;

  const STYLE = `
    :host { all: initial; }
    .panel { position: fixed; z-index: 2147483647; box-sizing: border-box; max-width: min(38rem, calc(100vw - 16px)); min-width: min(26rem, calc(100vw - 16px));
      background: #fff; color: #1a1a1a; border: 2px solid #b3261e; border-radius: 8px; padding: 14px 16px;
      font: 15px/1.45 system-ui, sans-serif; box-shadow: 0 6px 24px rgba(0,0,0,.25); }
    .panel.info { border-color: #1f4e79; }
    h2 { font-size: 16px; margin: 0 0 6px; color: #8c1d18; }
    .info h2 { color: #1f4e79; }
    p { margin: 4px 0; }
    ul { margin: 4px 0 8px; padding-left: 20px; }
    .muted { color: #444; font-size: 13px; }
    .buttons { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 10px; }
    button { font: inherit; padding: 6px 12px; border-radius: 6px; border: 1px solid #555; background: #f3f3f3; color: #1a1a1a; cursor: pointer; }
    button.primary { background: #1f4e79; color: #fff; border-color: #1f4e79; }
    button:focus, textarea:focus { outline: 3px solid #e8a400; outline-offset: 2px; }
    textarea { width: 100%; box-sizing: border-box; min-height: 5em; font: inherit; }
    .toast { position: fixed; z-index: 2147483647; right: 16px; bottom: 16px; background: #333; color: #fff;
      padding: 8px 12px; border-radius: 6px; font: 14px/1.4 system-ui, sans-serif; }
    @media (prefers-color-scheme: dark) {
      .panel { background: #1e1e1e; color: #eee; } .muted { color: #bbb; }
      h2 { color: #ffb4ab; } .info h2 { color: #9ecaff; }
      button { background: #333; color: #eee; border-color: #888; }
    }`;

  function closePanel() {
    if (panelHost) panelHost.remove();
    panelHost = null;
  }

  function el(doc, tag, props, ...children) {
    const e = doc.createElement(tag);
    Object.assign(e, props || {});
    for (const c of children) if (c != null) e.append(c);
    return e;
  }

  // Shows a panel near `anchor`; `build(doc, root)` fills it and returns the buttons.
  // Returns a function that closes the panel.
  function showPanel(anchor, { info = false, title, describe, body, buttons, onCancel }) {
    closePanel();
    const doc = document;
    panelHost = doc.createElement("ki-lotse-panel");
    const shadow = panelHost.attachShadow({ mode: "closed" });
    shadow.append(el(doc, "style", { textContent: STYLE }));
    const panel = el(doc, "div", { className: info ? "panel info" : "panel" });
    panel.setAttribute("role", "alertdialog");
    panel.setAttribute("aria-labelledby", "kl-title");
    panel.setAttribute("aria-describedby", "kl-desc");
    panel.append(el(doc, "h2", { id: "kl-title", textContent: title }));
    const desc = el(doc, "div", { id: "kl-desc" });
    for (const d of describe) if (d) desc.append(typeof d === "string" ? el(doc, "p", { textContent: d }) : d);
    panel.append(desc);
    if (body) panel.append(body);
    const row = el(doc, "div", { className: "buttons" });
    const made = buttons.map((b) => {
      const btn = el(doc, "button", { type: "button", textContent: b.label, className: b.primary ? "primary" : "" });
      btn.addEventListener("click", (ev) => {
        ev.stopPropagation();
        b.action(btn);
      });
      row.append(btn);
      return btn;
    });
    panel.append(row);
    panel.append(el(doc, "p", { className: "muted", textContent: T.closeHint }));
    shadow.append(panel);

    const cancel = () => {
      closePanel();
      if (onCancel) onCancel();
    };
    panel.addEventListener("keydown", (ev) => {
      ev.stopPropagation(); // keep the page's shortcuts out of the dialog
      if (ev.key === "Escape") {
        ev.preventDefault();
        cancel();
      } else if (ev.key === "Tab") {
        const focusables = [...shadow.querySelectorAll("button, textarea")];
        const i = focusables.indexOf(shadow.activeElement);
        const next = ev.shiftKey ? (i <= 0 ? focusables.length - 1 : i - 1) : (i + 1) % focusables.length;
        ev.preventDefault();
        focusables[next].focus();
      }
    });

    doc.documentElement.append(panelHost);
    // Place below the field if there is room, else above; keep it in the viewport.
    const r = anchor ? anchor.getBoundingClientRect() : { left: 16, bottom: 16, top: 16 };
    const h = panel.offsetHeight;
    const w = panel.offsetWidth;
    // Below the field if it fits, else above, else on the side with more room.
    let top = r.bottom + 6;
    if (top + h > innerHeight - 8) {
      if (r.top - h - 6 >= 8) top = r.top - h - 6;
      else if (innerHeight - r.bottom < r.top) top = 8;
      else top = Math.max(8, Math.min(top, innerHeight - h - 8));
    }
    panel.style.top = `${top}px`;
    panel.style.left = `${Math.max(8, Math.min(r.left, innerWidth - w - 8))}px`;
    (made[0] || panel).focus();
    return { close: closePanel, buttons: made, shadow };
  }

  function showNotice(text) {
    const host = document.createElement("ki-lotse-notice");
    const shadow = host.attachShadow({ mode: "closed" });
    shadow.append(el(document, "style", { textContent: STYLE }));
    const toast = el(document, "div", { className: "toast", textContent: text });
    toast.setAttribute("role", "status");
    shadow.append(toast);
    document.documentElement.append(host);
    setTimeout(() => host.remove(), 6000);
  }

  function findingList(answer) {
    const ul = document.createElement("ul");
    const seen = new Set();
    for (const f of answer.findings || []) {
      const line = `${f.label || f.category}${f.explanation ? ` – ${f.explanation}` : ""}`;
      if (seen.has(line)) continue;
      seen.add(line);
      ul.append(el(document, "li", { textContent: line }));
    }
    return ul;
  }

  function siteLine(answer) {
    const s = answer.site;
    if (!s || !s.service) return T.siteUnknown;
    return T.siteKnown(s.service, s.approved_level);
  }

  // Handles a host answer that cannot be used: fail-open with one notice, or fail-closed.
  // Returns true when the caller may go on without a check.
  function unusable(anchor, answer) {
    if (answer.failClosed) {
      showPanel(anchor, { title: T.blockedTitle, describe: [T.blockedText], buttons: [{ label: T.close, action: closePanel }] });
      return false;
    }
    if (!noticeShown) {
      noticeShown = true;
      // The host runs but cannot check: IT's settings or policy pack are broken.
      const misconfigured = ["settings-unusable", "policy-unavailable", "no-scan-rules"].includes(answer.code);
      showNotice(misconfigured ? T.misconfigured : T.unreachable);
    }
    return true;
  }

  function warn(field, answer, text, { submit, proceed, usePseudonymised }) {
    const describe = [answer.verdict && answer.verdict.text, siteLine(answer), answer.truncated ? T.truncated : null];
    const body = el(document, "div", {}, el(document, "p", { textContent: T.findings }), findingList(answer));
    let help = null;
    const ui = showPanel(field, {
      title: submit ? T.titleSubmit : T.title,
      describe,
      body,
      onCancel: () => field.focus(),
      buttons: [
        { label: submit ? T.pseudonymiseSubmit : T.pseudonymise, primary: true,
          action: () => { closePanel(); usePseudonymised(pseudonymise(text, answer.findings || [])); } },
        { label: submit ? T.anywaySubmit : T.anyway, action: () => { closePanel(); proceed(); } },
        { label: T.openCheck, action: async () => {
          let copied = false;
          if (submit) {
            try { await navigator.clipboard.writeText(text); copied = true; } catch (e) { copied = false; }
          }
          if (!help) {
            help = el(document, "p", { textContent: copied || !submit ? (submit ? T.openCheckHelpCopied : T.openCheckHelp) : T.openCheckHelp });
            help.setAttribute("role", "status");
            body.append(help);
          }
        } },
      ],
    });
    return ui;
  }

  // --- paste ----------------------------------------------------------------------------

  document.addEventListener("paste", async (ev) => {
    const field = fieldOf(ev.target);
    if (!field || !ev.clipboardData) return;
    if (ev.clipboardData.files && ev.clipboardData.files.length) return; // files: not ours
    const text = ev.clipboardData.getData("text/plain");
    if (!text || !text.trim()) return;
    // The check is asynchronous, so the browser's own paste is stopped and the text is
    // inserted by us afterwards (or not at all).
    ev.preventDefault();
    ev.stopImmediatePropagation();
    const saved = saveSelection(field);
    const answer = await check(text);
    if (answer.error) {
      if (unusable(field, answer)) insert(field, saved, text);
      return;
    }
    if (!answer.verdict || !answer.verdict.warn) {
      insert(field, saved, text);
      return;
    }
    warn(field, answer, text, {
      submit: false,
      proceed: () => insert(field, saved, text),
      usePseudonymised: (p) => insert(field, saved, p),
    });
  }, true);

  // --- before sending ---------------------------------------------------------------------

  // Texts the clerk let through (checked, or "send anyway"), per field; memory only.
  const cleared = new WeakMap();
  const isCleared = (field, text) => cleared.get(field) === text;

  async function gate(field, text, resend) {
    const answer = await check(text);
    if (answer.error) {
      if (unusable(field, answer)) {
        cleared.set(field, text);
        resend();
      }
      return;
    }
    if (!answer.verdict || !answer.verdict.warn) {
      cleared.set(field, text);
      resend();
      return;
    }
    warn(field, answer, text, {
      submit: true,
      proceed: () => { cleared.set(field, text); field.focus(); resend(); },
      usePseudonymised: (p) => { replaceAll(field, p); cleared.set(field, fieldText(field)); },
    });
  }

  document.addEventListener("keydown", (ev) => {
    if (ev.key !== "Enter" || ev.shiftKey || ev.isComposing || ev.altKey || !ev.isTrusted) return;
    const field = fieldOf(ev.target);
    if (!field) return;
    const text = fieldText(field);
    if (!text.trim() || isCleared(field, text)) return;
    ev.preventDefault();
    ev.stopImmediatePropagation();
    const init = { key: "Enter", code: "Enter", keyCode: 13, which: 13, bubbles: true, cancelable: true,
      ctrlKey: ev.ctrlKey, metaKey: ev.metaKey };
    gate(field, text, () => {
      // Send again as the page expects it: chat apps listen for keydown Enter; a single-line
      // input in a form submits its form.
      const again = new KeyboardEvent("keydown", init);
      const notCancelled = field.dispatchEvent(again);
      if (notCancelled && field instanceof HTMLInputElement && field.form) field.form.requestSubmit();
    });
  }, true);

  document.addEventListener("submit", (ev) => {
    const form = ev.target;
    if (!(form instanceof HTMLFormElement)) return;
    const fields = [...form.querySelectorAll("textarea, input, [contenteditable]")].map(fieldOf).filter(Boolean);
    const pending = fields.filter((f) => fieldText(f).trim() && !isCleared(f, fieldText(f)));
    if (!pending.length) return;
    ev.preventDefault();
    ev.stopImmediatePropagation();
    const submitter = ev.submitter || null;
    // One field at a time; the longest is the one that matters in chat forms.
    const field = pending.sort((a, b) => fieldText(b).length - fieldText(a).length)[0];
    gate(field, fieldText(field), () => form.requestSubmit(submitter));
  }, true);

  // A click on a send button outside a form (chat apps): checked when the button looks like
  // "send" (type=submit, or its label/title/text says send) and the text field last used on
  // the page holds text that has not been let through yet.
  let lastField = null;
  document.addEventListener("focusin", (ev) => {
    const f = fieldOf(ev.target);
    if (f) lastField = f;
  }, true);
  const SEND_WORDS = /\b(senden|absenden|abschicken|send|submit)\b/i;
  function isSendButton(el) {
    const b = el instanceof Element ? el.closest("button, [role=button], input[type=submit]") : null;
    if (!b || isOurs(b)) return null;
    if ((b.getAttribute("type") || "").toLowerCase() === "submit" && b.form) return null; // the submit handler has it
    const words = [b.getAttribute("aria-label"), b.getAttribute("title"), b.getAttribute("data-testid"), b.textContent]
      .filter(Boolean).join(" ");
    return (b.getAttribute("type") || "").toLowerCase() === "submit" || SEND_WORDS.test(words) ? b : null;
  }
  document.addEventListener("click", (ev) => {
    if (!ev.isTrusted) return; // our own re-click after the check
    const button = isSendButton(ev.target);
    const field = lastField;
    if (!button || !field || !field.isConnected) return;
    const text = fieldText(field);
    if (!text.trim() || isCleared(field, text)) return;
    ev.preventDefault();
    ev.stopImmediatePropagation();
    gate(field, text, () => button.click());
  }, true);

  // --- restore placeholders (context menu) -----------------------------------------------

  api.runtime.onMessage.addListener((message) => {
    if (!message || message.type !== "restore") return false;
    // A selection inside a focused text field is replaced there; any other selection (the
    // AI service's answer) is shown restored, with a copy button.
    let field = fieldOf(document.activeElement);
    let selected = "";
    const pageSel = document.getSelection();
    if (field && isPlain(field) && field.selectionEnd > field.selectionStart) {
      selected = field.value.slice(field.selectionStart, field.selectionEnd);
    } else {
      if (field && !(pageSel && pageSel.rangeCount && !isPlain(field) && field.contains(pageSel.getRangeAt(0).commonAncestorContainer)))
        field = null;
      selected = String(pageSel || "") || message.selection || "";
    }
    const restored = restore(selected);
    if (!selected || restored === selected) {
      showPanel(field, { info: true, title: T.restoreNoneTitle, describe: [T.restoreNone], buttons: [{ label: T.close, action: closePanel }] });
      return false;
    }
    if (field) {
      insert(field, saveSelection(field), restored);
      return false;
    }
    const area = el(document, "textarea", { readOnly: true, value: restored });
    const anchorNode = document.getSelection().rangeCount ? document.getSelection().getRangeAt(0) : null;
    showPanel(anchorNode, {
      info: true,
      title: T.restoreTitle,
      describe: [],
      body: area,
      buttons: [
        { label: T.copy, primary: true, action: async (btn) => {
          try { await navigator.clipboard.writeText(restored); btn.textContent = T.copied; } catch (e) { area.select(); }
        } },
        { label: T.close, action: closePanel },
      ],
    });
    return false;
  });
})();
