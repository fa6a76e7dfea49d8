// End-to-end test of the KI-Lotse WebExtension (browser/) in Debian's Chromium.
//
// Called by run-e2e.sh, which sets:
//   KL_CLI        path of ki-lotse-cli
//   KL_HOST_CMD   the native host command line (real: "ki-lotse-cli native-host")
//   KL_WORK       a fresh temporary folder (XDG_* point into it)
//   KL_CHROMIUM   the browser binary (default /usr/bin/chromium)
//   KL_SCREENSHOT where to save the screenshot of the warning (optional)
//   KL_HEADLESS   "new" for --headless=new, else headful (needs an X server: xvfb-run)
//
// Steps: a node http server on 127.0.0.1 serves /level1/ and /level2/ pages; a test
// registry (ki-lotse-cli registry import) has a level-1 service at /level1/ and a level-2
// service at /level2/; a native host manifest in <user-data-dir>/NativeMessagingHosts
// points to a wrapper that runs the host with KI_LOTSE_REGISTRY set. Chromium loads the
// unpacked extension; the test pastes a text with an IBAN (a real Ctrl+V from the
// clipboard) and expects the warning on the level-1 page and none on the level-2 page.
// Every request the browser makes is recorded; only the test page's own may appear.
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import puppeteer from "puppeteer-core";

const here = path.dirname(fileURLToPath(import.meta.url));
const extensionDir = process.env.KL_EXTENSION || path.resolve(here, "../../browser");
const extensionId = fs.readFileSync(path.join(extensionDir, "EXTENSION_ID"), "utf8").trim();
const work = process.env.KL_WORK;
const cli = process.env.KL_CLI;
if (!work || !cli || !process.env.KL_HOST_CMD) throw new Error("run me through run-e2e.sh");

let failures = 0;
function check(ok, what) {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) failures++;
}

// --- test page server --------------------------------------------------------------------
const served = [];
const page = (title) => `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>${title}</title>
<style>body{font:16px system-ui;margin:24px;max-width:46rem} textarea{width:100%;height:6em;font:inherit}</style></head>
<body><h1>${title}</h1><p>Testseite für KI-Lotse (Chat-Eingabe)</p>
<form id="f" onsubmit="event.preventDefault(); document.body.dataset.sent = document.getElementById('prompt').value;">
<label for="prompt">Ihre Nachricht</label><textarea id="prompt"></textarea><button type="submit">Senden</button></form>
<button type="button" id="send" aria-label="Nachricht senden" onclick="document.body.dataset.sent2 = document.getElementById('prompt').value">➤</button>
<div id="answer"></div>
<script>
document.getElementById("prompt").addEventListener("keydown", (e) => {
  if (e.key === "Enter" && !e.shiftKey) { e.preventDefault(); document.body.dataset.sent = e.target.value; }
});
</script></body></html>`;
const server = http.createServer((req, res) => {
  served.push(req.url);
  if (req.url === "/favicon.ico") { res.writeHead(204); res.end(); return; }
  const title = req.url.startsWith("/level1/") ? "Chat Stufe 1" : req.url.startsWith("/level2/") ? "Chat Stufe 2" : "Test";
  res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
  res.end(page(title));
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const base = `http://127.0.0.1:${server.address().port}`;

// --- test registry -----------------------------------------------------------------------
const env = { ...process.env };
const registryFile = path.join(work, "registry.sqlite");
{
  // Start from the exported demo entries (so every required field is there), keep two and
  // point their access URLs at the test server.
  const demo = JSON.parse(execFileSync(cli, ["registry", "export", "--format", "json"], { env }).toString());
  const pick = (level) => ({ ...demo.services.find((s) => s.max_level === level && s.status === "approved") });
  // Level 2 needs every MUST criterion of the approval checklist answered.
  const checklist = Object.fromEntries(("gov.inventory gov.terms gov.training gov.review plan.usecase plan.risks plan.dpia " +
    "plan.staff_council proc.assessment proc.cloud_standard proc.avv proc.no_training proc.subprocessors proc.eu_location " +
    "adapt.system_prompts adapt.components int.isms int.tom op.transparency op.misuse op.info_duties term.exit")
    .split(" ").map((id) => [id, "yes"]));
  const one = { ...pick(1), name: "Testchat Stufe 1", access_url: `${base}/level1/` };
  const two = { ...pick(2), name: "Testchat Stufe 2", access_url: `${base}/level2/`, checklist };
  const json = path.join(work, "registry.json");
  fs.writeFileSync(json, JSON.stringify({ ...demo, services: [one, two] }, null, 2));
  execFileSync(cli, ["registry", "import", json, "--registry", registryFile], { env, stdio: ["ignore", "ignore", "inherit"] });
}

// --- native host manifest in the temporary user data dir ---------------------------------
const userDataDir = path.join(work, "chromium-profile");
const hostDir = path.join(userDataDir, "NativeMessagingHosts");
fs.mkdirSync(hostDir, { recursive: true });
const wrapper = path.join(work, "ki-lotse-host.sh");
fs.writeFileSync(wrapper, `#!/bin/sh\n[ -e '${work}/host-off' ] && exit 1\nexport KI_LOTSE_REGISTRY='${registryFile}'\nexport KI_LOTSE_CLI='${cli}'\nexec ${process.env.KL_HOST_CMD}\n`, { mode: 0o755 });
fs.writeFileSync(path.join(hostDir, "de.ki_lotse.host.json"), JSON.stringify({
  name: "de.ki_lotse.host",
  description: "KI-Lotse (Test)",
  path: wrapper,
  type: "stdio",
  allowed_origins: [`chrome-extension://${extensionId}/`],
}, null, 2));

// --- browser -------------------------------------------------------------------------------
const args = [
  `--load-extension=${extensionDir}`,
  `--disable-extensions-except=${extensionDir}`,
  "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--lang=de-DE", "--accept-lang=de-DE,de", "--window-size=1100,900",
];
if (process.getuid && process.getuid() === 0) args.push("--no-sandbox");
if (process.env.KL_HEADLESS === "new") args.push("--headless=new");
const browser = await puppeteer.launch({
  executablePath: process.env.KL_CHROMIUM || "/usr/bin/chromium",
  headless: false, // the flag above decides
  ignoreDefaultArgs: ["--disable-extensions"],
  userDataDir,
  args,
  env: { ...process.env, LANG: "de_DE.UTF-8", LANGUAGE: "de" }, // Chromium on Linux takes the UI language from these
  defaultViewport: null,
});
const version = await browser.version();
console.log(`browser: ${version} (${process.env.KL_HEADLESS === "new" ? "--headless=new" : "headful under Xvfb"})`);

try {
  // The extension is loaded under its fixed id (the key in manifest.json).
  const worker = await browser.waitForTarget(
    (t) => t.type() === "service_worker" && t.url().startsWith(`chrome-extension://${extensionId}/`),
    { timeout: 15000 }).catch(() => null);
  check(!!worker, `extension service worker runs under the id ${extensionId}`);
  if (!worker) throw new Error("extension not loaded");

  // Record the extension's own network traffic (service worker) ...
  const workerRequests = [];
  const workerSession = await worker.createCDPSession();
  workerSession.on("Network.requestWillBeSent", (e) => workerRequests.push(e.request.url));
  await workerSession.send("Network.enable");

  // ... and everything any page makes (content scripts make their requests as the page).
  const pageRequests = [];
  const tab = await browser.newPage();
  tab.on("request", (r) => pageRequests.push(r.url()));
  await browser.defaultBrowserContext().overridePermissions(base, ["clipboard-read", "clipboard-write", "clipboard-sanitized-write"]);

  const secret = "Bitte überweisen Sie die Erstattung an DE89 3704 0044 0532 0130 00, Kontoinhaber Max Mustermann.";

  async function pasteInto(url) {
    await tab.goto(url, { waitUntil: "load" });
    await tab.bringToFront();
    await tab.evaluate((t) => navigator.clipboard.writeText(t), secret);
    await tab.focus("#prompt");
    await new Promise((r) => setTimeout(r, 300)); // content script runs at document_idle
    await tab.keyboard.down("Control");
    await tab.keyboard.press("KeyV");
    await tab.keyboard.up("Control");
  }
  const value = () => tab.$eval("#prompt", (e) => e.value);
  const panelPresent = () => tab.evaluate(() => !!document.querySelector("ki-lotse-panel"));

  // The panel's shadow root is closed; read it through CDP with pierce.
  async function panelHtml() {
    const cdp = await tab.createCDPSession();
    const { root } = await cdp.send("DOM.getDocument", { depth: -1, pierce: true });
    const find = (n) => {
      if (n.attributes && n.attributes.includes("role") && n.attributes[n.attributes.indexOf("role") + 1] === "alertdialog") return n;
      for (const c of [...(n.children || []), ...(n.shadowRoots || [])]) { const f = find(c); if (f) return f; }
      return null;
    };
    const node = find(root);
    const html = node ? (await cdp.send("DOM.getOuterHTML", { nodeId: node.nodeId })).outerHTML : null;
    await cdp.detach();
    return html;
  }

  // 1. Level-1 site: the warning appears and the paste is held back.
  await pasteInto(`${base}/level1/chat`);
  await tab.waitForSelector("ki-lotse-panel", { timeout: 10000 }).catch(() => null);
  check(await panelPresent(), "level-1 site: warning panel appears on paste of an IBAN");
  const html = (await panelHtml()) || "";
  check(html.includes("aria-labelledby") && html.includes("aria-describedby"), "warning is an alertdialog with label and description");
  check(/IBAN/.test(html), "warning lists the IBAN finding");
  check(!html.includes("DE89"), "warning does not show the IBAN itself");
  check(html.includes("Pseudonymisiert einfügen") && html.includes("Trotzdem einfügen") && html.includes("In KI-Lotse prüfen"), "warning offers the three actions (German UI)");
  check((await value()) === "", "paste is held back while the warning is shown");
  check(await tab.evaluate(() => document.activeElement && document.activeElement.tagName === "KI-LOTSE-PANEL"), "focus moves into the warning");
  if (process.env.KL_SCREENSHOT) await tab.screenshot({ path: process.env.KL_SCREENSHOT, clip: { x: 0, y: 0, width: 800, height: 580 } });

  // Tab cycles inside the dialog (3 buttons: after 3 tabs the first is focused again).
  for (let i = 0; i < 3; i++) await tab.keyboard.press("Tab");
  check(await tab.evaluate(() => document.activeElement && document.activeElement.tagName === "KI-LOTSE-PANEL"), "Tab keeps the focus in the warning");

  // Enter on the first button: pseudonymised paste.
  await tab.keyboard.press("Enter");
  await tab.waitForFunction(() => document.querySelector("#prompt").value !== "", { timeout: 5000 }).catch(() => null);
  const pseudo = await value();
  check(pseudo.includes("[IBAN_1]") && !pseudo.includes("DE89"), `"Pseudonymisiert einfügen" inserts placeholders: ${JSON.stringify(pseudo)}`);
  check(!(await panelPresent()), "warning closes after the choice");

  // Context menu "Platzhalter zurückführen" on the answer (the background's click handler
  // sends this message; a real context menu cannot be driven from CDP).
  await tab.$eval("#answer", (e) => {
    e.textContent = "Antwort: Die IBAN [IBAN_1] gehört [PERSON_1]; [IBAN_7] ist unbekannt.";
    const r = document.createRange();
    r.selectNodeContents(e);
    getSelection().removeAllRanges();
    getSelection().addRange(r);
  });
  await (await worker.worker()).evaluate(async () => {
    const [t] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    await chrome.tabs.sendMessage(t.id, { type: "restore", selection: "" }, { frameId: 0 });
  });
  await tab.waitForSelector("ki-lotse-panel", { timeout: 5000 }).catch(() => null);
  check((await panelHtml() || "").includes("Platzhalter zurückgeführt"), "restore shows the restored answer");
  if (process.env.KL_DEBUG_SHOTS) await tab.screenshot({ path: path.join(process.env.KL_DEBUG_SHOTS, "restore.png") });
  await tab.keyboard.press("Enter"); // "Kopieren" has the focus
  await new Promise((r) => setTimeout(r, 300));
  const restored = await tab.evaluate(() => navigator.clipboard.readText()).catch((e) => String(e));
  check(restored === "Antwort: Die IBAN DE89 3704 0044 0532 0130 00 gehört Max Mustermann; [IBAN_7] ist unbekannt.",
    `restore puts the originals back from the in-memory mapping: ${JSON.stringify(restored)}`);
  await tab.keyboard.press("Escape");

  // Before sending: Enter in the chat box with an unpasted (typed) IBAN is held back.
  await tab.goto(`${base}/level1/chat3`, { waitUntil: "load" });
  await tab.$eval("#prompt", (e, t) => { e.value = t; }, secret);
  await tab.focus("#prompt");
  await new Promise((r) => setTimeout(r, 300));
  await tab.keyboard.press("Enter");
  await tab.waitForSelector("ki-lotse-panel", { timeout: 10000 }).catch(() => null);
  check((await panelHtml() || "").includes("Bitte nicht so senden"), "Enter in the chat box: warning before sending");
  check(await tab.evaluate(() => document.body.dataset.sent === undefined), "Enter in the chat box: nothing sent while the warning is shown");
  await tab.keyboard.press("Tab");
  await tab.keyboard.press("Enter"); // "Trotzdem senden"
  await tab.waitForFunction(() => document.body.dataset.sent !== undefined, { timeout: 5000 }).catch(() => null);
  check(await tab.evaluate((t) => document.body.dataset.sent === t, secret), "\"Trotzdem senden\" sends the text");

  // Before sending: a click on a send button outside the form is held back, too.
  await tab.goto(`${base}/level1/chat5`, { waitUntil: "load" });
  await tab.$eval("#prompt", (e, t) => { e.value = t; }, secret);
  await tab.focus("#prompt");
  await new Promise((r) => setTimeout(r, 300));
  await tab.click("#send");
  await tab.waitForSelector("ki-lotse-panel", { timeout: 10000 }).catch(() => null);
  check((await panelHtml() || "").includes("Bitte nicht so senden"), "send button: warning before sending");
  await tab.keyboard.press("Escape");
  check(await tab.evaluate(() => document.body.dataset.sent2 === undefined), "send button: Esc, nothing sent");
  await tab.click("#send");
  await tab.waitForSelector("ki-lotse-panel", { timeout: 10000 }).catch(() => null);
  await tab.keyboard.press("Enter"); // "Pseudonymisiert übernehmen"
  await new Promise((r) => setTimeout(r, 300));
  check((await value()).includes("[IBAN_1]") && (await tab.evaluate(() => document.body.dataset.sent2 === undefined)),
    "send button: \"Pseudonymisiert übernehmen\" replaces the text and does not send yet");
  await tab.click("#send");
  await new Promise((r) => setTimeout(r, 300));
  check(await tab.evaluate(() => (document.body.dataset.sent2 || "").includes("[IBAN_1]")), "send button: the pseudonymised text is sent without a second warning");

  // Host missing: fail-open with one notice (no managed policy failClosed).
  fs.writeFileSync(path.join(work, "host-off"), "");
  await pasteInto(`${base}/level1/chat4`);
  await tab.waitForFunction(() => document.querySelector("#prompt").value !== "", { timeout: 10000 }).catch(() => null);
  check((await value()) === secret, "host not reachable: the paste goes through (fail-open)");
  check(await tab.evaluate(() => !!document.querySelector("ki-lotse-notice")), "host not reachable: a notice is shown");
  fs.unlinkSync(path.join(work, "host-off"));

  // Esc closes without pasting.
  await pasteInto(`${base}/level1/chat2`);
  await tab.waitForSelector("ki-lotse-panel", { timeout: 10000 }).catch(() => null);
  await tab.keyboard.press("Escape");
  check(!(await panelPresent()) && (await value()) === "", "Esc closes the warning and nothing is pasted");

  // 2. Level-2 site: no warning, the text is pasted.
  await pasteInto(`${base}/level2/chat`);
  await tab.waitForFunction(() => document.querySelector("#prompt").value !== "", { timeout: 10000 }).catch(() => null);
  check((await value()) === secret, "level-2 site: the text is pasted unchanged");
  check(!(await panelPresent()), "level-2 site: no warning");

  // 3. No network request of the extension's own.
  await new Promise((r) => setTimeout(r, 500));
  const foreign = pageRequests.filter((u) => !u.startsWith(base + "/"));
  check(workerRequests.length === 0, `the extension's service worker made no request (${workerRequests.length})`);
  check(foreign.length === 0, `pages made only the test page's requests (others: ${JSON.stringify(foreign)})`);
  const unexpected = served.filter((u) => !/^\/level[12]\/chat\d?$/.test(u) && u !== "/favicon.ico");
  check(unexpected.length === 0, `the test server saw only page loads (others: ${JSON.stringify(unexpected)})`);
} finally {
  await browser.close();
  server.close();
}

console.log(failures ? `${failures} check(s) failed` : "all checks passed");
process.exit(failures ? 1 : 0);
