#!/usr/bin/env node
// KI-Lotse benchmark: established npm PII libraries ("peers") on the same corpus
// and evaluation set as our C++ German PII scanner.
//
// Usage: node peers.mjs --corpus CORPUS.txt [--eval EVAL.jsonl] [--runs N]
//                       [--max-seconds S] [--peers id,id] [--mode whole|lines|paragraphs]
// Prints ONE JSON object on stdout; diagnostics go to stderr. Exit code 0 even if a
// peer fails (its entry gets "error"); 2 only for usage errors or unreadable inputs.
//
// Peer configuration (documented API, default settings; nothing tuned to our data):
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

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const HERE = path.dirname(fileURLToPath(import.meta.url));

// Keep stdout clean for the single JSON object, whatever a library logs.
for (const k of ['log', 'info', 'debug']) console[k] = (...a) => console.error(...a);

// ---------------------------------------------------------------------------
// Peer adapters. create() returns { process(text) -> number, spans(text) -> [[s,e],...] }.
// process() is the timed operation; its numeric result is summed so that the work
// cannot be optimised away.

const MARK = '\uE000';

/** Spans (UTF-16 [start,end)) of the markers in `redacted`, aligned to `original`. */
function alignRedacted(original, redacted, mark = MARK) {
  const seg = redacted.split(mark);
  if (seg.length === 1) {
    if (redacted !== original) throw new Error('redacted text differs without a marker');
    return [];
  }
  if (!original.startsWith(seg[0])) throw new Error('alignment failed at start');
  const spans = [];
  let pos = seg[0].length;
  for (let i = 1; i < seg.length; i++) {
    const s = seg[i];
    if (i === seg.length - 1) {
      const end = original.length - s.length;
      if (!original.endsWith(s) || end <= pos) throw new Error('alignment failed at end');
      spans.push([pos, end]);
      pos = original.length;
    } else {
      if (s === '') continue; // adjacent markers: one longer gap
      const idx = original.indexOf(s, pos + 1);
      if (idx < 0) throw new Error('alignment failed');
      spans.push([pos, idx]);
      pos = idx + s.length;
    }
  }
  return spans;
}

function openRedactionAdapter(extraOptions) {
  return async () => {
    const { OpenRedaction } = await import('@openredaction/openredaction');
    const make = () => new OpenRedaction({ enableLearning: false, ...extraOptions });
    return {
      fresh() {
        const r = make();
        return {
          process: (text) => r.detect(text).detections.length,
          spans: (text) => r.detect(text).detections.map((d) => [d.position[0], d.position[1]]),
        };
      },
      info: () => ({ patterns: make().getPatterns().length }),
    };
  };
}

async function redactPiiAdapter() {
  const mod = await import('redact-pii');
  const SyncRedactor = mod.SyncRedactor ?? mod.default.SyncRedactor;
  return {
    fresh() {
      const plain = new SyncRedactor();
      const marked = new Map(); // marker character -> redactor using it
      return {
        process: (text) => plain.redact(text).length,
        spans(text) {
          let cp = MARK.codePointAt(0);
          while (text.includes(String.fromCodePoint(cp))) cp++; // a marker absent from the text
          const mark = String.fromCodePoint(cp);
          if (!marked.has(mark)) marked.set(mark, new SyncRedactor({ globalReplaceWith: mark }));
          return alignRedacted(text, marked.get(mark).redact(text), mark);
        },
      };
    },
    info: () => ({}),
  };
}

const PEERS = [
  {
    id: 'openredaction',
    pkg: '@openredaction/openredaction',
    config: 'new OpenRedaction({enableLearning:false}): all built-in patterns, default context analysis, confidence >= 0.5',
    mode: 'lines',
    create: openRedactionAdapter({}),
  },
  {
    id: 'openredaction-gdpr',
    pkg: '@openredaction/openredaction',
    config: "new OpenRedaction({enableLearning:false, preset:'gdpr'}): the library's GDPR pattern set",
    mode: 'lines',
    create: openRedactionAdapter({ preset: 'gdpr' }),
  },
  {
    id: 'redact-pii',
    pkg: 'redact-pii',
    config: 'new SyncRedactor(): all built-in redactors (no Google DLP); recall via globalReplaceWith marker alignment',
    mode: 'whole',
    create: redactPiiAdapter,
  },
];

function chunks(text, mode) {
  if (mode === 'whole') return [text];
  const parts = mode === 'lines' ? text.split(/\r?\n/) : text.split(/\r?\n[ \t]*\r?\n/);
  return parts.filter((p) => p.trim() !== '');
}

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
    `                      [--peers ${PEERS.map((p) => p.id).join(',')}] [--mode whole|lines|paragraphs]`);
  process.exit(2);
}

function parseArgs(argv) {
  const a = { runs: 3, maxSeconds: 60 };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const v = () => (i + 1 < argv.length ? argv[++i] : usage(`${k} needs a value`));
    if (k === '--corpus') a.corpus = v();
    else if (k === '--eval') a.evalFile = v();
    else if (k === '--runs') a.runs = Number(v());
    else if (k === '--max-seconds') a.maxSeconds = Number(v());
    else if (k === '--peers') a.peers = v().split(',').filter(Boolean);
    else if (k === '--mode') a.mode = v();
    else if (k === '-h' || k === '--help') usage();
    else usage(`unknown argument ${k}`);
  }
  if (!a.corpus) usage('--corpus is required');
  if (!Number.isInteger(a.runs) || a.runs < 1) usage('--runs must be a positive integer');
  if (!(a.maxSeconds > 0)) usage('--max-seconds must be > 0');
  if (a.mode && !['whole', 'lines', 'paragraphs'].includes(a.mode)) usage(`bad --mode ${a.mode}`);
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
      w.terminate();
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
      resolve(out);
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

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const bytes = fs.statSync(args.corpus).size;
  const peers = [];
  for (const p of PEERS) {
    if (args.peers && !args.peers.includes(p.id)) continue;
    const r = await runPeer(p, args, bytes);
    if (r.error) {
      for (const k of ['seconds_best', 'seconds_median', 'mb_per_s', 'mb_per_s_median']) r[k] = null;
      console.error(`[peers] ${p.id}: error: ${r.error}`);
    }
    peers.push(r);
  }
  process.stdout.write(JSON.stringify({
    tool: 'ki-lotse peers.mjs',
    node: process.version,
    corpus: { path: args.corpus, bytes },
    eval: args.evalFile ?? null,
    runs_requested: args.runs,
    max_seconds: args.maxSeconds,
    peers,
  }) + '\n');
}

if (isMainThread) await main();
else await workerMain();
