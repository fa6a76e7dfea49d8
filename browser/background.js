// KI-Lotse browser extension: background (service worker in Chromium, event page in Firefox).
// It relays check requests from the content scripts to the native messaging host and
// nothing else. It makes no network request, keeps no text and logs nothing.
"use strict";

const api = globalThis.browser ?? globalThis.chrome;
const HOST = "de.ki_lotse.host";

async function failClosed() {
  try {
    const managed = await api.storage.managed.get("failClosed");
    return managed && managed.failClosed === true;
  } catch (e) {
    return false; // no policy set (or no managed storage in this browser): fail-open
  }
}

async function check(request) {
  const policyFailClosed = await failClosed();
  try {
    const answer = await api.runtime.sendNativeMessage(HOST, {
      text: String(request.text ?? ""),
      url: String(request.url ?? ""),
      language: request.language === "en" ? "en" : "de",
    });
    if (!answer || typeof answer !== "object")
      return { error: "empty answer from the host", failClosed: policyFailClosed };
    return Object.assign({}, answer, { failClosed: policyFailClosed });
  } catch (e) {
    // Host not installed, not allowed for this extension id, or crashed. The message
    // names the reason only; it never contains the text.
    return { error: String((e && e.message) || e), unreachable: true, failClosed: policyFailClosed };
  }
}

api.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (!message || message.type !== "check" || !sender.tab) return false;
  check(message).then(sendResponse);
  return true; // answer asynchronously
});

function createMenu() {
  api.contextMenus.removeAll(() => {
    const lang = (api.i18n.getUILanguage() || "de").toLowerCase().startsWith("de") ? "de" : "en";
    api.contextMenus.create({
      id: "ki-lotse-restore",
      title: lang === "de" ? "Platzhalter zurückführen" : "Restore placeholders",
      contexts: ["selection", "editable"],
    });
  });
}

api.runtime.onInstalled.addListener(createMenu);
if (api.runtime.onStartup) api.runtime.onStartup.addListener(createMenu);

api.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId !== "ki-lotse-restore" || !tab || tab.id === undefined) return;
  // The mapping lives in the content script of the page where the text was pseudonymised.
  api.tabs.sendMessage(
    tab.id,
    { type: "restore", selection: info.selectionText ?? "" },
    { frameId: info.frameId ?? 0 },
  ).catch(() => {});
});
