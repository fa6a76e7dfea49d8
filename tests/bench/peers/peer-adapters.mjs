// KI-Lotse benchmark: the peer PII libraries, shared by peers.mjs (in-process timing,
// recall) and peer-cli.mjs (one whole-process run on a file). The configuration of each
// peer is explained in the header of peers.mjs. This module has no side effects; the
// libraries are imported only when a peer's create() is called.

// ---------------------------------------------------------------------------
// Peer adapters. create() resolves to { fresh(), info() }; fresh() returns a new
// library instance wrapped as
//   process(text) -> number           the timed in-process operation (peers.mjs); its
//                                     numeric result is summed so that the work cannot
//                                     be optimised away
//   spans(text)   -> [[s,e], ...]     detected spans, for the recall part (peers.mjs)
//   findings(text) -> [{type,start,end,text}, ...]   (output 'findings', peer-cli.mjs)
//   redact(text)  -> string           (output 'redacted', peer-cli.mjs)
// Offsets are UTF-16 code units of `text`, end exclusive.

export const MARK = '\uE000';

/** Spans (UTF-16 [start,end)) of the markers in `redacted`, aligned to `original`. */
export function alignRedacted(original, redacted, mark = MARK) {
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
          findings: (text) =>
            r.detect(text).detections.map((d) => ({
              type: d.type, start: d.position[0], end: d.position[1], text: d.value,
            })),
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
        redact: (text) => plain.redact(text),
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

// output: what peer-cli.mjs writes: 'findings' (spans with types) or 'redacted'
// (the library returns only the redacted text).
export const PEERS = [
  {
    id: 'openredaction',
    pkg: '@openredaction/openredaction',
    config: 'new OpenRedaction({enableLearning:false}): all built-in patterns, default context analysis, confidence >= 0.5',
    mode: 'lines',
    output: 'findings',
    create: openRedactionAdapter({}),
  },
  {
    id: 'openredaction-gdpr',
    pkg: '@openredaction/openredaction',
    config: "new OpenRedaction({enableLearning:false, preset:'gdpr'}): the library's GDPR pattern set",
    mode: 'lines',
    output: 'findings',
    create: openRedactionAdapter({ preset: 'gdpr' }),
  },
  {
    id: 'redact-pii',
    pkg: 'redact-pii',
    config: 'new SyncRedactor(): all built-in redactors (no Google DLP); recall via globalReplaceWith marker alignment',
    mode: 'whole',
    output: 'redacted',
    create: redactPiiAdapter,
  },
];

export const MODES = ['whole', 'lines', 'paragraphs'];

/** The pieces a peer is fed in `mode`: the whole text, or its non-blank lines/paragraphs. */
export function chunks(text, mode) {
  if (mode === 'whole') return [text];
  const parts = mode === 'lines' ? text.split(/\r?\n/) : text.split(/\r?\n[ \t]*\r?\n/);
  return parts.filter((p) => p.trim() !== '');
}

/**
 * The same pieces as chunks(text, mode), with their offsets in `text`:
 * calls visit(start, piece) for each, in order.
 */
export function forEachChunk(text, mode, visit) {
  if (mode === 'whole') {
    visit(0, text);
    return;
  }
  const sep = mode === 'lines' ? /\r?\n/g : /\r?\n[ \t]*\r?\n/g;
  let pos = 0;
  for (let m; (m = sep.exec(text)) !== null; pos = m.index + m[0].length) {
    const piece = text.slice(pos, m.index);
    if (piece.trim() !== '') visit(pos, piece);
  }
  const last = text.slice(pos);
  if (last.trim() !== '') visit(pos, last);
}
