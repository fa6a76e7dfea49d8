#!/usr/bin/env node
// KI-Lotse benchmark: one peer PII library as a command-line scanner, the way an admin
// would run a scanner on a file. peers.mjs --process times this script as a whole
// process (Node start-up, library load, reading, scanning, writing the output).
//
// Usage: node peer-cli.mjs --peer ID [--format json|ndjson] [--mode whole|lines|paragraphs] FILE
//
// Reads FILE as UTF-8 and feeds it to the peer as peers.mjs does (the peer's own mode:
// openredaction line by line, blank lines skipped; redact-pii the whole text; --mode
// overrides it). Writes the result to stdout, compact JSON, in a few large writes:
//  * peers that return findings (openredaction*):
//      json:   [{"type":"EMAIL","start":74,"end":88,"text":"max@example.de"}, ...]
//      ndjson: one such object per line
//    start/end are UTF-16 code-unit offsets in the whole file text (end exclusive),
//    type and text are the library's own `type` and `value`.
//  * peers that return only redacted text (redact-pii):
//      json:   {"redacted":"<the whole file with the detected spans replaced>"}
//              (in lines/paragraphs mode the text between pieces is kept as is)
//      ndjson: {"start":S,"end":E,"redacted":"..."} per piece fed (one line in whole mode)
// Exit code 0 on success, 1 if the library throws, 2 for a usage error or an
// unreadable FILE. Library log output goes to stderr.

import fs from 'node:fs';
import { PEERS, MODES, forEachChunk } from './peer-adapters.mjs';

// stdout carries only the result, whatever a library logs.
for (const k of ['log', 'info', 'debug']) console[k] = (...a) => console.error(...a);

function usage(msg) {
  if (msg) console.error(`peer-cli.mjs: ${msg}`);
  console.error(`usage: node peer-cli.mjs --peer ${PEERS.map((p) => p.id).join('|')}` +
    ` [--format json|ndjson] [--mode ${MODES.join('|')}] FILE`);
  process.exit(2);
}

function parseArgs(argv) {
  const a = { format: 'json' };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const v = () => (i + 1 < argv.length ? argv[++i] : usage(`${k} needs a value`));
    if (k === '--peer') a.peer = v();
    else if (k === '--format') a.format = v();
    else if (k === '--mode') a.mode = v();
    else if (k === '-h' || k === '--help') usage();
    else if (k.startsWith('-') && k !== '-') usage(`unknown argument ${k}`);
    else if (a.file !== undefined) usage(`only one FILE, got ${a.file} and ${k}`);
    else a.file = k;
  }
  if (!a.peer) usage('--peer is required');
  if (!PEERS.some((p) => p.id === a.peer)) usage(`unknown peer ${a.peer}`);
  if (!['json', 'ndjson'].includes(a.format)) usage(`bad --format ${a.format}`);
  if (a.mode !== undefined && !MODES.includes(a.mode)) usage(`bad --mode ${a.mode}`);
  if (a.file === undefined) usage('FILE is required');
  return a;
}

// Buffered stdout: strings are collected and written in ~1 MB pieces. process.stdout
// writes synchronously to files and (on Linux) pipes, so nothing is lost at exit.
const OUT_CHUNK = 1 << 20;
let outParts = [];
let outSize = 0;
function emit(s) {
  outParts.push(s);
  outSize += s.length;
  if (outSize >= OUT_CHUNK) flush();
}
function flush() {
  if (outParts.length === 0) return;
  process.stdout.write(outParts.length === 1 ? outParts[0] : outParts.join(''));
  outParts = [];
  outSize = 0;
}
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0); // reader went away (e.g. `| head`)
  throw e;
});

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const peer = PEERS.find((p) => p.id === args.peer);
  const mode = args.mode ?? peer.mode;
  let text;
  try {
    text = fs.readFileSync(args.file === '-' ? 0 : args.file, 'utf8');
  } catch (e) {
    usage(`cannot read ${args.file}: ${e.code ?? e.message}`);
  }

  let inst;
  try {
    inst = (await peer.create()).fresh();
  } catch (e) {
    console.error(`peer-cli.mjs: cannot load ${peer.pkg}: ${e?.message ?? e}` +
      ' (run: npm ci --prefix tests/bench/peers --no-audit --no-fund)');
    process.exitCode = 1;
    return;
  }

  const ndjson = args.format === 'ndjson';
  if (peer.output === 'findings') {
    let first = true;
    if (!ndjson) emit('[');
    forEachChunk(text, mode, (offset, piece) => {
      for (const f of inst.findings(piece)) {
        const s = JSON.stringify({ type: f.type, start: offset + f.start, end: offset + f.end, text: f.text });
        if (ndjson) emit(s + '\n');
        else if (first) emit(s);
        else emit(',' + s);
        first = false;
      }
    });
    if (!ndjson) emit(']\n');
  } else if (ndjson) {
    forEachChunk(text, mode, (offset, piece) => {
      emit(JSON.stringify({ start: offset, end: offset + piece.length, redacted: inst.redact(piece) }) + '\n');
    });
  } else if (mode === 'whole') {
    emit(JSON.stringify({ redacted: inst.redact(text) }) + '\n');
  } else {
    const parts = [];
    let pos = 0;
    forEachChunk(text, mode, (offset, piece) => {
      parts.push(text.slice(pos, offset), inst.redact(piece));
      pos = offset + piece.length;
    });
    parts.push(text.slice(pos));
    emit(JSON.stringify({ redacted: parts.join('') }) + '\n');
  }
  flush();
}

try {
  await main();
} catch (e) {
  if (e?.stack) console.error(e.stack);
  console.error(`peer-cli.mjs: ${e?.message ?? e}`); // last line: peers.mjs reports it
  process.exitCode = 1;
}
