#!/usr/bin/env node
// Stand-in native messaging host, used by run-e2e.sh ONLY when the build has no
// `ki-lotse-cli native-host` yet (it says so loudly). It speaks the real framing and gets
// its findings from `ki-lotse-cli scan`; the site comes from the URL path (/level1/,
// /level2/) instead of the registry.
import { spawnSync } from "node:child_process";

const cli = process.env.KI_LOTSE_CLI;
let buf = Buffer.alloc(0);
process.stdin.on("data", (chunk) => {
  buf = Buffer.concat([buf, chunk]);
  while (buf.length >= 4) {
    const len = buf.readUInt32LE(0);
    if (buf.length < 4 + len) break;
    const body = buf.subarray(4, 4 + len).toString("utf8");
    buf = buf.subarray(4 + len);
    let answer;
    try {
      const req = JSON.parse(body);
      const scan = JSON.parse(spawnSync(cli, ["scan", "--format", "json", "-"], { input: req.text }).stdout.toString() || "{}") // exit 3 = findings;
      const level = /\/level1\//.test(req.url) ? 1 : /\/level2\//.test(req.url) ? 2 : null;
      const warn = (scan.suggested_level || 1) > (level || 1);
      answer = {
        findings: (scan.findings || []).map(({ category, label, start, length, explanation }) => ({ category, label, start, length, explanation })),
        suggested_level: scan.suggested_level,
        site: { service: level ? `Testdienst Stufe ${level}` : null, approved_level: level, status: level ? "approved" : null },
        verdict: { warn, text: warn ? "Dieser Dienst ist nur für Schutzstufe 1 freigegeben; der Text enthält eine IBAN." : "" },
        registry: { offline: false, snapshot: null },
      };
    } catch (e) {
      answer = { error: String(e.message || e) };
    }
    const out = Buffer.from(JSON.stringify(answer), "utf8");
    const head = Buffer.alloc(4);
    head.writeUInt32LE(out.length, 0);
    process.stdout.write(Buffer.concat([head, out]));
  }
});
