// Smaller end-to-end test of the KI-Lotse WebExtension in Firefox (ESR), over WebDriver BiDi.
// Called by run-e2e.sh with KL_BROWSER=firefox (same environment as e2e.mjs). Firefox has no
// CDP, so this checks less than e2e.mjs: the extension is installed (temporarily, unsigned),
// a paste of an IBAN on the level-1 page is held back behind the warning, Esc closes it, and
// on the level-2 page the text is pasted (a real Ctrl+V).
import http from "node:http";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import puppeteer from "puppeteer-core";

const here = path.dirname(fileURLToPath(import.meta.url));
const extensionDir = process.env.KL_EXTENSION || path.resolve(here, "../../browser");
const work = process.env.KL_WORK;
const cli = process.env.KL_CLI;
if (!work || !cli || !process.env.KL_HOST_CMD) throw new Error("run me through run-e2e.sh");

let failures = 0;
function check(ok, what) {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) failures++;
}

const served = [];
const server = http.createServer((req, res) => {
  served.push(req.url);
  res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
  res.end(`<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Test</title></head>
<body><label for="prompt">Ihre Nachricht</label><textarea id="prompt"></textarea></body></html>`);
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const base = `http://127.0.0.1:${server.address().port}`;

// Test registry as in e2e.mjs.
const registryFile = path.join(work, "registry-ff.sqlite");
{
  const demo = JSON.parse(execFileSync(cli, ["registry", "export", "--format", "json"]).toString());
  const checklist = Object.fromEntries(("gov.inventory gov.terms gov.training gov.review plan.usecase plan.risks plan.dpia " +
    "plan.staff_council proc.assessment proc.cloud_standard proc.avv proc.no_training proc.subprocessors proc.eu_location " +
    "adapt.system_prompts adapt.components int.isms int.tom op.transparency op.misuse op.info_duties term.exit")
    .split(" ").map((id) => [id, "yes"]));
  const pick = (level) => ({ ...demo.services.find((s) => s.max_level === level && s.status === "approved") });
  const services = [
    { ...pick(1), name: "Testchat Stufe 1", access_url: `${base}/level1/` },
    { ...pick(2), name: "Testchat Stufe 2", access_url: `${base}/level2/`, checklist },
  ];
  const json = path.join(work, "registry-ff.json");
  fs.writeFileSync(json, JSON.stringify({ ...demo, services }, null, 2));
  execFileSync(cli, ["registry", "import", json, "--registry", registryFile], { stdio: ["ignore", "ignore", "inherit"] });
}

// Firefox looks for user host manifests in ~/.mozilla/native-messaging-hosts (HOME is a
// temporary folder here); newer versions also under $XDG_CONFIG_HOME/mozilla.
const wrapper = path.join(work, "ki-lotse-host-ff.sh");
fs.writeFileSync(wrapper, `#!/bin/sh\nexport KI_LOTSE_REGISTRY='${registryFile}'\nexec ${process.env.KL_HOST_CMD}\n`, { mode: 0o755 });
const manifest = JSON.stringify({
  name: "de.ki_lotse.host", description: "KI-Lotse (Test)", path: wrapper, type: "stdio",
  allowed_extensions: ["ki-lotse@ki-lotse.de"],
}, null, 2);
for (const dir of [path.join(os.homedir(), ".mozilla", "native-messaging-hosts"),
  path.join(process.env.XDG_CONFIG_HOME || path.join(os.homedir(), ".config"), "mozilla", "native-messaging-hosts")]) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "de.ki_lotse.host.json"), manifest);
}

const browser = await puppeteer.launch({
  browser: "firefox",
  executablePath: process.env.KL_FIREFOX || "/usr/bin/firefox-esr",
  headless: process.env.KL_HEADLESS === "new",
  userDataDir: path.join(work, "firefox-profile"),
  extraPrefsFirefox: { "intl.accept_languages": "de-DE,de", "intl.locale.requested": "de" },
  env: { ...process.env, LANG: "de_DE.UTF-8" },
});
console.log(`browser: ${await browser.version()}`);

try {
  const id = await browser.installExtension(extensionDir).catch((e) => `error: ${e.message}`);
  check(id === "ki-lotse@ki-lotse.de", `extension installed as ${id}`);

  const tab = await browser.newPage();
  const pageRequests = [];
  tab.on("request", (r) => pageRequests.push(r.url()));
  const secret = "Bitte überweisen Sie die Erstattung an DE89 3704 0044 0532 0130 00, Kontoinhaber Max Mustermann.";
  // A real Ctrl+V: the text goes to the clipboard through the page (a click gives the user
  // activation Firefox wants for writeText). A synthetic ClipboardEvent does not work here:
  // its DataTransfer reads empty from a content script.
  async function pasteInto(url) {
    await tab.goto(url, { waitUntil: "load" });
    await tab.click("#prompt");
    await tab.evaluate((t) => navigator.clipboard.writeText(t), secret);
    await new Promise((r) => setTimeout(r, 500));
    await tab.keyboard.down("Control");
    await tab.keyboard.press("v");
    await tab.keyboard.up("Control");
  }
  const value = () => tab.$eval("#prompt", (e) => e.value);
  const panelPresent = () => tab.evaluate(() => !!document.querySelector("ki-lotse-panel"));

  await pasteInto(`${base}/level1/chat`);
  await tab.waitForSelector("ki-lotse-panel", { timeout: 10000 }).catch(() => null);
  check(await panelPresent(), "level-1 site: warning panel appears on paste of an IBAN");
  check((await value()) === "", "paste is held back while the warning is shown");
  check(await tab.evaluate(() => document.activeElement && document.activeElement.tagName === "KI-LOTSE-PANEL"), "focus moves into the warning");
  if (process.env.KL_SCREENSHOT_FIREFOX) await tab.screenshot({ path: process.env.KL_SCREENSHOT_FIREFOX });
  await tab.keyboard.press("Escape");
  check(!(await panelPresent()) && (await value()) === "", "Esc closes the warning and nothing is pasted");

  await pasteInto(`${base}/level2/chat`);
  await tab.waitForFunction(() => document.querySelector("#prompt").value !== "", { timeout: 10000 }).catch(() => null);
  check((await value()) === secret, "level-2 site: the text is pasted unchanged");
  check(!(await panelPresent()), "level-2 site: no warning");

  // data: URLs (Firefox loads a built-in font this way) never leave the machine.
  const foreign = pageRequests.filter((u) => !u.startsWith(base + "/") && !u.startsWith("data:"));
  check(foreign.length === 0, `pages made only the test page's requests (others: ${JSON.stringify(foreign)})`);
  const unexpected = served.filter((u) => !/^\/level[12]\/chat$/.test(u) && u !== "/favicon.ico");
  check(unexpected.length === 0, `the test server saw only page loads (others: ${JSON.stringify(unexpected)})`);
} finally {
  await browser.close();
  server.close();
}
console.log(failures ? `${failures} check(s) failed` : "all checks passed");
process.exit(failures ? 1 : 0);
