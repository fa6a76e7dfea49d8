#!/usr/bin/env node
// KI-Lotse benchmark: established npm PII libraries ("peers") on the same corpus
// and evaluation set as our C++ German PII scanner.
//
// Usage: node peers.mjs --corpus CORPUS.txt [--eval EVAL.jsonl] [--runs N]
//                       [--max-seconds S] [--peers id,id] [--mode whole|lines|paragraphs]
//                       [--process | --measure inprocess|process|both] [--format json|ndjson]
// Prints ONE JSON object on stdout; diagnostics go to stderr. Exit code 0 even if a
// peer fails (its entry gets "error"); 2 only for usage errors or unreadable inputs.
//
// Peer configuration (documented API, default settings; nothing tuned to our data;
// the code is in peer-adapters.mjs, shared with peer-cli.mjs):
//  * openredaction: `new OpenRedaction({ enableLearning: false })`, `detect(text)`.
//    With no `patterns`/`preset`, the library enables ALL of its built-in patterns
//    (563 in 1.0.4, incl. IBAN, GERMAN_TAX_ID, GERMAN_LICENSE_PLATE, NAME, EMAIL,
//    PHONE_INTERNATIONAL, ADDRESS_STREET, IPV4, ...) with its default context
//    analysis and confidence threshold 0.5. That is the most complete setting it
//    ships; it has no German-specific preset. `enableLearning: false` only stops it
//    from reading `.openredaction/learnings.json` from the current directory (no
//    such file exists, so detection is unchanged).
//  * openredaction-gdpr: the same with its documented `preset: 'gdpr'` (15 patterns:
//    EMAIL, NAME, PHONE_*, IPV4/6, IBAN, CREDIT_CARD, UK ids, ...), because "GDPR" is
//    what a German user would pick; reported separately, not instead of the default.
//  * redact-pii: `new SyncRedactor()` with all built-in redactors (default), i.e.
//    credentials, creditCardNumber, emailAddress, ipAddress, names, password,
//    phoneNumber, streetAddress, username, usSocialSecurityNumber, zipcode, url,
//    digits. The Google DLP (cloud) redactor is not used: it needs network and an
//    account. The sync API returns only redacted text, so for the recall part the
//    documented option `globalReplaceWith` is set to a private-use character absent
//    from the text, and the detected spans are recovered by aligning the redacted
//    text with the input (each marker = one replaced span; earliest-match
//    alignment, so spans are never longer than needed: conservative).
//
// Throughput: openredaction is quadratic in the number of detections per call
// (it scans a list of all earlier detections for overlaps; 100 kB: 1.1 s, 200 kB:
// 4.1 s), so it is fed line by line (blank lines skipped), which is how one would
// use it on a big file. redact-pii is fed the whole text. The chosen mode is in the
// output ("mode") and can be overridden with --mode. Splitting is done before the
// clock starts; each run gets a fresh library instance (constructed untimed).
// Every run executes in a worker thread; if a run is still going after
// --max-seconds it is terminated and the peer is reported with "stopped_early".
//
// Recall: every evaluation text is passed whole (one call). An expected item counts
// as found if ANY detected span overlaps it, whatever category the peer assigned
// (category-agnostic: generous to the peers). Because a peer that flags almost
// everything would get a high recall that way, "flagged_char_share" reports which
// share of all evaluation-text characters the peer flagged.
//
// Whole process (--process, or --measure both): each run is a child process
// `node peer-cli.mjs --peer ID --format json CORPUS` (same node binary), timed from
// spawn to exit: Node start-up, loading the library, reading the file, scanning it
// and writing the findings as JSON. stdout goes to a file in os.tmpdir() (truncated
// before each run), so the output is really produced and written; its size is
// "output_bytes". One untimed warm-up run on an empty file comes first (page cache),
// then --runs timed runs on an empty file ("process_startup_seconds": start-up and
// library load alone), then --runs timed runs on the corpus; a run still going after
// --max-seconds is killed and ends the series, as in-process.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { PEERS, MODES, chunks } from './peer-adapters.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));

// Keep stdout clean for the single JSON object, whatever a library logs.
for (const k of ['log', 'info', 'debug']) console[k] = (...a) => console.error(...a);

// ---------------------------------------------------------------------------
// Recall on the evaluation set.

function readEval(file) {
  const docs = [];
  const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/);
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    let o;
    try {
      o = JSON.parse(line);
    } catch (e) {
      throw new Error(`${file}:${i + 1}: ${e.message}`);
    }
    if (typeof o.text !== 'string' || !Array.isArray(o.expected))
      throw new Error(`${file}:${i + 1}: need "text" (string) and "expected" (array)`);
    docs.push({ id: o.id ?? String(i + 1), text: o.text, expected: o.expected });
  });
  return docs;
}

/** Locate expected items by their text; repeated equal texts take successive occurrences. */
function locate(doc) {
  const next = new Map();
  return doc.expected.map((e) => {
    const t = String(e.text ?? '');
    const from = next.get(t) ?? 0;
    const at = t === '' ? -1 : doc.text.indexOf(t, from);
    if (at >= 0) next.set(t, at + 1);
    return { category: String(e.category ?? 'UNKNOWN'), start: at, end: at < 0 ? -1 : at + t.length };
  });
}

function recall(docs, spansOf) {
  const r4 = (x) => (x === null ? null : Math.round(x * 10000) / 10000);
  const byCat = {};
  let found = 0, total = 0, notLocated = 0;
  let docsWith = 0, docsHit = 0, clean = 0, cleanFlagged = 0;
  let chars = 0, flaggedChars = 0, alignFailures = 0;
  for (const doc of docs) {
    let spans;
    try {
      spans = spansOf(doc.text);
    } catch (e) {
      if (!/alignment|differs without/.test(e.message)) throw e;
      alignFailures++;
      spans = [];
    }
    const covered = new Uint8Array(doc.text.length);
    for (const [s, e] of spans) covered.fill(1, Math.max(0, s), Math.min(doc.text.length, e));
    chars += doc.text.length;
    flaggedChars += covered.reduce((a, b) => a + b, 0);
    const items = locate(doc);
    if (items.length === 0) {
      clean++;
      if (spans.length > 0) cleanFlagged++;
      continue;
    }
    docsWith++;
    let hitAny = false;
    for (const it of items) {
      const c = (byCat[it.category] ??= { recall: 0, found: 0, expected: 0 });
      c.expected++;
      total++;
      if (it.start < 0) {
        notLocated++;
        continue;
      }
      if (spans.some(([s, e]) => s < it.end && e > it.start)) {
        c.found++;
        found++;
        hitAny = true;
      }
    }
    if (hitAny) docsHit++;
  }
  for (const c of Object.values(byCat)) c.recall = r4(c.found / c.expected);
  const sorted = Object.fromEntries(Object.keys(byCat).sort().map((k) => [k, byCat[k]]));
  return {
    items: r4(total ? found / total : null),
    documents: r4(docsWith ? docsHit / docsWith : null),
    clean_false_alarm_rate: r4(clean ? cleanFlagged / clean : null),
    by_category: sorted,
    items_found: found,
    items_total: total,
    items_not_located: notLocated,
    documents_hit: docsHit,
    documents_with_items: docsWith,
    clean_documents: clean,
    clean_flagged: cleanFlagged,
    flagged_char_share: r4(chars ? flaggedChars / chars : null),
    alignment_failures: alignFailures,
    matching: 'category-agnostic: an expected item counts as found if any detected span overlaps it (generous to the peer)',
  };
}

// ---------------------------------------------------------------------------
// Worker: loads one peer, evaluates recall, then does the timed runs.

async function workerMain() {
  const { peerId, corpus, evalFile, mode, runs } = workerData;
  const peer = PEERS.find((p) => p.id === peerId);
  const post = (m) => parentPort.postMessage(m);
  try {
    const lib = await peer.create();
    post({ type: 'loaded', info: lib.info() });
    if (evalFile) {
      const docs = readEval(evalFile);
      const inst = lib.fresh();
      post({ type: 'recall', recall: recall(docs, (t) => inst.spans(t)) });
    }
    const parts = chunks(fs.readFileSync(corpus, 'utf8'), mode);
    for (let i = 0; i < runs; i++) {
      const inst = lib.fresh();
      post({ type: 'start', run: i });
      let sink = 0;
      const t0 = process.hrtime.bigint();
      for (const p of parts) sink += inst.process(p);
      const ns = process.hrtime.bigint() - t0;
      post({ type: 'run', run: i, seconds: Number(ns) / 1e9, sink });
    }
    post({ type: 'done' });
  } catch (e) {
    post({ type: 'error', message: String(e?.message ?? e) });
  }
}

// ---------------------------------------------------------------------------
// Main: one worker per peer, sequentially (the machine has 2 cores; no overlap).

function usage(msg) {
  if (msg) console.error(`peers.mjs: ${msg}`);
  console.error('usage: node peers.mjs --corpus CORPUS.txt [--eval EVAL.jsonl] [--runs N] [--max-seconds S]\n' +
    `                      [--peers ${PEERS.map((p) => p.id).join(',')}] [--mode whole|lines|paragraphs]\n` +
    '                      [--process | --measure inprocess|process|both] [--format json|ndjson]');
  process.exit(2);
}

function parseArgs(argv) {
  const a = { runs: 3, maxSeconds: 60, measure: 'inprocess', format: 'json' };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const v = () => (i + 1 < argv.length ? argv[++i] : usage(`${k} needs a value`));
    if (k === '--corpus') a.corpus = v();
    else if (k === '--eval') a.evalFile = v();
    else if (k === '--runs') a.runs = Number(v());
    else if (k === '--max-seconds') a.maxSeconds = Number(v());
    else if (k === '--peers') a.peers = v().split(',').filter(Boolean);
    else if (k === '--mode') a.mode = v();
    else if (k === '--process') a.measure = 'process';
    else if (k === '--measure') a.measure = v();
    else if (k === '--format') a.format = v();
    else if (k === '-h' || k === '--help') usage();
    else usage(`unknown argument ${k}`);
  }
  if (!a.corpus) usage('--corpus is required');
  if (!Number.isInteger(a.runs) || a.runs < 1) usage('--runs must be a positive integer');
  if (!(a.maxSeconds > 0)) usage('--max-seconds must be > 0');
  if (a.mode && !MODES.includes(a.mode)) usage(`bad --mode ${a.mode}`);
  if (!['inprocess', 'process', 'both'].includes(a.measure)) usage(`bad --measure ${a.measure}`);
  if (!['json', 'ndjson'].includes(a.format)) usage(`bad --format ${a.format}`);
  for (const id of a.peers ?? []) if (!PEERS.some((p) => p.id === id)) usage(`unknown peer ${id}`);
  for (const f of [a.corpus, a.evalFile].filter(Boolean)) {
    try {
      fs.accessSync(f, fs.constants.R_OK);
    } catch {
      usage(`cannot read ${f}`);
    }
  }
  if (a.evalFile) {
    try {
      readEval(a.evalFile);
    } catch (e) {
      usage(e.message);
    }
  }
  return a;
}

function pkgVersion(pkg) {
  try {
    return JSON.parse(fs.readFileSync(path.join(HERE, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
}

const median = (xs) => {
  const s = [...xs].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function runPeer(peer, args, bytes) {
  const mode = args.mode ?? peer.mode;
  const out = {
    name: peer.pkg, id: peer.id, version: pkgVersion(peer.pkg), config: peer.config, mode, bytes,
    runs: 0, seconds_best: null, seconds_median: null, mb_per_s: null, mb_per_s_median: null,
    stopped_early: false, note: null, recall: null, error: null,
  };
  if (out.version === null) {
    out.error = `${peer.pkg} is not installed (run: npm ci --prefix tests/bench/peers --no-audit --no-fund)`;
    return Promise.resolve(out);
  }
  if (args.skipWorker) return Promise.resolve(out); // --process without --eval: no in-process part
  const limitMs = args.maxSeconds * 1000;
  const loadLimitMs = Math.max(limitMs, 120000);
  const times = [];
  return new Promise((resolve) => {
    const w = new Worker(fileURLToPath(import.meta.url), {
      workerData: { peerId: peer.id, corpus: args.corpus, evalFile: args.evalFile, mode, runs: args.runs },
      stdout: true, // a library's stray output must not reach our stdout
    });
    w.stdout.on('data', (d) => process.stderr.write(d));
    let timer = null;
    let finished = false;
    const arm = (ms, what) => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (what === 'run') {
          out.stopped_early = true;
          out.note = `run ${times.length + 1} exceeded --max-seconds ${args.maxSeconds} and was terminated`;
          if (times.length === 0) out.mb_per_s_upper_bound = bytes / 1e6 / args.maxSeconds;
        } else {
          out.error = `${what} did not finish within ${ms / 1000} s`;
        }
        finish();
      }, ms);
    };
    const finish = () => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      const stopped = w.terminate(); // the next peer (or child process) starts once it has exited
      if (times.length && !out.error) {
        const best = Math.min(...times), med = median(times);
        out.runs = times.length;
        out.seconds_best = Math.round(best * 1e6) / 1e6;
        out.seconds_median = Math.round(med * 1e6) / 1e6;
        out.mb_per_s = Math.round((bytes / 1e6 / best) * 1000) / 1000;
        out.mb_per_s_median = Math.round((bytes / 1e6 / med) * 1000) / 1000;
      } else {
        out.runs = times.length;
      }
      if (out.mb_per_s_upper_bound !== undefined)
        out.mb_per_s_upper_bound = Math.round(out.mb_per_s_upper_bound * 1000) / 1000;
      stopped.then(() => resolve(out), () => resolve(out));
    };
    arm(loadLimitMs, 'loading the library');
    w.on('message', (m) => {
      if (finished) return;
      if (m.type === 'loaded') {
        out.library_info = m.info;
        arm(loadLimitMs, args.evalFile ? 'recall evaluation' : 'reading the corpus');
      } else if (m.type === 'recall') {
        out.recall = m.recall;
        arm(loadLimitMs, 'reading the corpus');
      }
      else if (m.type === 'start') arm(limitMs, 'run');
      else if (m.type === 'run') {
        clearTimeout(timer);
        times.push(m.seconds);
        console.error(`[peers] ${peer.id} (${mode}) run ${m.run + 1}: ${m.seconds.toFixed(3)} s`);
        if (m.seconds > args.maxSeconds) {
          out.stopped_early = true;
          out.note = `run ${times.length} took ${m.seconds.toFixed(1)} s > --max-seconds ${args.maxSeconds}; no further runs`;
          finish();
        }
      } else if (m.type === 'error') {
        out.error = m.message;
        finish();
      } else if (m.type === 'done') finish();
    });
    w.on('error', (e) => {
      if (!finished) out.error = String(e?.message ?? e);
      finish();
    });
    w.on('exit', () => finish());
  });
}

// ---------------------------------------------------------------------------
// Whole-process timing: peer-cli.mjs as a child process, stdout to a temporary file.

const CLI = path.join(HERE, 'peer-cli.mjs');
const round = (x, digits) => Math.round(x * 10 ** digits) / 10 ** digits;

const cliArgsOf = (peer, args) =>
  [CLI, '--peer', peer.id, '--format', args.format, ...(args.mode ? ['--mode', args.mode] : [])];

/** Adds the process_* fields to a peer entry, empty. */
function addProcessFields(peer, args, out) {
  Object.assign(out, {
    process_command: [process.execPath, ...cliArgsOf(peer, args), args.corpus].join(' '),
    output_format: args.format,
    process_runs: 0, process_seconds_best: null, process_seconds_median: null,
    process_mb_per_s: null, process_mb_per_s_median: null, process_startup_seconds: null,
    output_bytes: null, process_stopped_early: false, process_note: null,
  });
}

function runProcess(peer, args, bytes, out) {
  const cliArgs = cliArgsOf(peer, args);
  addProcessFields(peer, args, out);
  const limitMs = args.maxSeconds * 1000;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ki-lotse-peers-'));
  const outFile = path.join(tmp, 'out.json');
  const emptyFile = path.join(tmp, 'empty.txt');
  fs.writeFileSync(emptyFile, '');
  // One child run; stdout to a fresh (truncated) file, so the output is really written.
  const run = (file, ms) => {
    const fd = fs.openSync(outFile, 'w');
    let r, ns;
    try {
      const t0 = process.hrtime.bigint();
      r = spawnSync(process.execPath, [...cliArgs, file], {
        stdio: ['ignore', fd, 'pipe'], timeout: ms, killSignal: 'SIGKILL', maxBuffer: 64 << 20,
      });
      ns = process.hrtime.bigint() - t0;
    } finally {
      fs.closeSync(fd);
    }
    if (r.stderr?.length) process.stderr.write(r.stderr);
    const seconds = Number(ns) / 1e9;
    if (r.error?.code === 'ETIMEDOUT') return { seconds, timedOut: true };
    if (r.error) throw new Error(`cannot run peer-cli.mjs: ${r.error.message}`);
    if (r.status !== 0) {
      const last = String(r.stderr ?? '').trim().split('\n').pop();
      throw new Error(`peer-cli.mjs exited with ${r.status ?? r.signal}${last ? `: ${last}` : ''}`);
    }
    return { seconds, outputBytes: fs.statSync(outFile).size };
  };
  try {
    const loadLimitMs = Math.max(limitMs, 120000);
    if (run(emptyFile, loadLimitMs).timedOut) throw new Error(`start-up did not finish within ${loadLimitMs / 1000} s`);
    const startup = [];
    for (let i = 0; i < args.runs; i++) {
      const r = run(emptyFile, loadLimitMs);
      if (r.timedOut) throw new Error(`start-up did not finish within ${loadLimitMs / 1000} s`);
      startup.push(r.seconds);
    }
    out.process_startup_seconds = round(Math.min(...startup), 6);
    const times = [];
    for (let i = 0; i < args.runs; i++) {
      const r = run(args.corpus, limitMs);
      if (r.timedOut) {
        out.process_stopped_early = true;
        out.process_note = `process run ${i + 1} exceeded --max-seconds ${args.maxSeconds} and was killed`;
        if (times.length === 0) out.process_mb_per_s_upper_bound = round(bytes / 1e6 / args.maxSeconds, 3);
        console.error(`[peers] ${peer.id} process run ${i + 1}: killed after ${r.seconds.toFixed(3)} s`);
        break;
      }
      times.push(r.seconds);
      out.output_bytes = r.outputBytes;
      console.error(`[peers] ${peer.id} process run ${i + 1}: ${r.seconds.toFixed(3)} s, ${r.outputBytes} bytes out`);
      if (r.seconds > args.maxSeconds) {
        out.process_stopped_early = true;
        out.process_note = `process run ${i + 1} took ${r.seconds.toFixed(1)} s > --max-seconds ${args.maxSeconds}; no further runs`;
        break;
      }
    }
    out.process_runs = times.length;
    if (times.length) {
      const best = Math.min(...times), med = median(times);
      out.process_seconds_best = round(best, 6);
      out.process_seconds_median = round(med, 6);
      out.process_mb_per_s = round(bytes / 1e6 / best, 3);
      out.process_mb_per_s_median = round(bytes / 1e6 / med, 3);
    }
  } catch (e) {
    out.error = String(e?.message ?? e);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return out;
}

const PROCESS_FIELDS = ['process_seconds_best', 'process_seconds_median', 'process_mb_per_s',
  'process_mb_per_s_median', 'process_startup_seconds', 'output_bytes'];

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const bytes = fs.statSync(args.corpus).size;
  const peers = [];
  for (const p of PEERS) {
    if (args.peers && !args.peers.includes(p.id)) continue;
    const inProcess = args.measure !== 'process';
    // In-process runs (and recall); with --process only the recall, if --eval is given.
    const r = await runPeer(p, inProcess ? args : { ...args, runs: 0, skipWorker: !args.evalFile }, bytes);
    if (args.measure !== 'inprocess') {
      if (r.error) addProcessFields(p, args, r);
      else runProcess(p, args, bytes, r);
    }
    if (r.error) {
      for (const k of ['seconds_best', 'seconds_median', 'mb_per_s', 'mb_per_s_median']) r[k] = null;
      if (args.measure !== 'inprocess') for (const k of PROCESS_FIELDS) r[k] = null;
      console.error(`[peers] ${p.id}: error: ${r.error}`);
    }
    peers.push(r);
  }
  const result = {
    tool: 'ki-lotse peers.mjs',
    node: process.version,
    corpus: { path: args.corpus, bytes },
    eval: args.evalFile ?? null,
    runs_requested: args.runs,
    max_seconds: args.maxSeconds,
  };
  if (args.measure !== 'inprocess') Object.assign(result, { measure: args.measure, output_format: args.format });
  result.peers = peers;
  process.stdout.write(JSON.stringify(result) + '\n');
}

if (isMainThread) await main();
else await workerMain();
