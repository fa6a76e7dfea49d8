// Generates the independent scan evaluation set:
//   ../generated-tune.jsonl      (about 40 % of the documents; may be looked at while tuning)
//   ../generated-heldback.jsonl  (about 60 %; never used to tune the scanner)
//
//   node generate.mjs           write both files, then run the self-check
//   node generate.mjs --check   regenerate in memory and fail if the committed files differ
//
// Deterministic: faker is seeded, every choice goes through the seeded PRNG below, and faker's
// reference date is fixed. See README.md for the labelling conventions.

import {
    fakerDE as faker,
    fakerTR,
    fakerPL,
    fakerIT,
    fakerHR,
    fakerRO,
    fakerFR,
    fakerES,
    fakerNL,
    fakerPT_PT,
    fakerCS_CZ,
    fakerDE_AT,
    fakerDE_CH,
} from '@faker-js/faker';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const SEED = 20250611;
const DOCUMENTS = 500;
const TUNE_SHARE = 0.4;
const MIX = { clean: 225, personal: 200, identifier: 50, identifierNegative: 25 }; // 45 % / 40 % / 15 %

const here = path.dirname(fileURLToPath(import.meta.url));
const OUT_TUNE = path.join(here, '..', 'generated-tune.jsonl');
const OUT_HELD = path.join(here, '..', 'generated-heldback.jsonl');

// ---------------------------------------------------------------------------------------------
// Seeded randomness
// ---------------------------------------------------------------------------------------------

function sfc32(a, b, c, d) {
    return function () {
        a |= 0; b |= 0; c |= 0; d |= 0;
        const t = (((a + b) | 0) + d) | 0;
        d = (d + 1) | 0;
        a = b ^ (b >>> 9);
        b = (c + (c << 3)) | 0;
        c = (c << 21) | (c >>> 11);
        c = (c + t) | 0;
        return (t >>> 0) / 4294967296;
    };
}
const rng = sfc32(SEED, 0x9e3779b9, 0x243f6a88, 0xb7e15162);
// The split has its own stream: one draw per document, whatever template the document got.
const splitRng = sfc32(SEED ^ 0x5a5a5a5a, 0x85a308d3, 0x13198a2e, 0x03707344);
for (let k = 0; k < 32; ++k) { rng(); splitRng(); }

const REF_DATE = new Date('2025-06-01T12:00:00Z');
const foreignFakers = [fakerTR, fakerPL, fakerIT, fakerHR, fakerRO, fakerFR, fakerES, fakerNL, fakerPT_PT,
    fakerCS_CZ, fakerDE_AT, fakerDE_CH];
faker.seed(SEED);
faker.setDefaultRefDate(REF_DATE);
foreignFakers.forEach((f, k) => { f.seed(SEED + 101 * (k + 1)); f.setDefaultRefDate(REF_DATE); });

const R = () => rng();
const int = (a, b) => a + Math.floor(R() * (b - a + 1));
const chance = (p) => R() < p;
const pick = (arr) => arr[Math.floor(R() * arr.length)];
function wpick(pairs) { // [[weight, value], ...]
    const total = pairs.reduce((s, [w]) => s + w, 0);
    let x = R() * total;
    let chosen = pairs[pairs.length - 1][1];
    for (const [w, v] of pairs) { if ((x -= w) < 0) { chosen = v; break; } }
    return typeof chosen === 'function' ? chosen() : chosen;
}
function shuffle(arr) {
    const a = arr.slice();
    for (let k = a.length - 1; k > 0; --k) { const j = Math.floor(R() * (k + 1)); [a[k], a[j]] = [a[j], a[k]]; }
    return a;
}
const digits = (n) => Array.from({ length: n }, () => String(int(0, 9))).join('');
const pad = (n, w) => String(n).padStart(w, '0');
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const letters = (n, alphabet = UPPER) => Array.from({ length: n }, () => pick(alphabet)).join('');
// one(a, b, c): one alternative; a function is called only when it is chosen.
function one(...alts) { const a = pick(alts); return typeof a === 'function' ? a() : a; }
// some(p, x): x with probability p, else nothing.
function some(p, x) { return chance(p) ? (typeof x === 'function' ? x() : x) : ''; }

// ---------------------------------------------------------------------------------------------
// Documents as pieces: strings are plain text, L(category, text) is a labelled span.
// ---------------------------------------------------------------------------------------------

const C = {
    NAME: 'PERSON_NAME', EMAIL: 'EMAIL', PHONE: 'PHONE', IBAN: 'IBAN', TAX_ID: 'TAX_ID', TAX_NUMBER: 'TAX_NUMBER',
    PENSION: 'PENSION_NUMBER', KVNR: 'HEALTH_INSURANCE_NUMBER', ID_CARD: 'ID_CARD', PASSPORT: 'PASSPORT',
    PLATE: 'LICENSE_PLATE', DOB: 'DATE_OF_BIRTH', ADDRESS: 'POSTAL_ADDRESS', CASE: 'CASE_NUMBER', IP: 'IP_ADDRESS',
    SPECIAL: 'SPECIAL_CATEGORY', SECRECY: 'SECRECY_MARKING', BUSINESS: 'BUSINESS_SECRET',
};
const CATEGORY_IDS = new Set(Object.values(C));
const L = (category, text) => {
    if (typeof text !== 'string' || text === '' || text.includes('=>') || text.includes('${')) throw new Error(`L(${category}): bad text ${String(text).slice(0, 80)}`);
    return { category, text };
};
// Tagged template: T`Hallo ${L(C.NAME, 'Anna Weber')}!` → ['Hallo ', {…}, '!']
const T = (strings, ...values) => strings.flatMap((s, k) => (k < values.length ? [s, values[k]] : [s]));

function flatten(parts, out = []) {
    for (const p of parts) {
        if (p === null || p === undefined || p === false || p === '') continue;
        if (Array.isArray(p)) flatten(p, out);
        else out.push(p);
    }
    return out;
}
function build(parts) {
    let text = '';
    const labels = [];
    for (const p of flatten([parts])) {
        if (typeof p === 'string' || typeof p === 'number') text += String(p);
        else if (typeof p === 'object' && CATEGORY_IDS.has(p.category) && typeof p.text === 'string') {
            labels.push({ category: p.category, text: p.text, start: text.length });
            text += p.text;
        } else throw new Error(`build: unexpected piece ${String(p).slice(0, 80)}`);
    }
    return { text, labels };
}
// Lines joined by "\n" (empty entries dropped).
const isEmpty = (x) => flatten([x]).every((y) => y === '' || y === undefined);
const lines = (...ls) => flatten(ls.filter((l) => !isEmpty(l)).map((l) => [l, '\n'])).slice(0, -1);
const para = (...ps) => flatten(ps.filter((p) => !isEmpty(p)).map((p) => [p, '\n\n'])).slice(0, -1);

// ---------------------------------------------------------------------------------------------
// Check digits (ported from src/core/scan/Checksums.cpp, plus the national BBAN checks)
// ---------------------------------------------------------------------------------------------

const IBAN_LENGTHS = {
    AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29, BY: 28, CH: 21, CR: 22,
    CY: 28, CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FK: 18, FO: 18, FR: 27, GB: 22,
    GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HN: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30,
    KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20, LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MN: 20,
    MR: 27, MT: 31, MU: 30, NI: 28, NL: 18, NO: 15, OM: 23, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22,
    RU: 33, SA: 24, SC: 31, SD: 18, SE: 24, SI: 19, SK: 24, SM: 27, SO: 23, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26,
    UA: 29, VA: 22, VG: 24, XK: 20, YE: 30,
};
function mod97(s) {
    let r = 0;
    for (const c of s) {
        if (c >= '0' && c <= '9') r = (r * 10 + (c.charCodeAt(0) - 48)) % 97;
        else if (c >= 'A' && c <= 'Z') r = (r * 100 + (c.charCodeAt(0) - 55)) % 97;
        else return -1;
    }
    return r;
}
function ibanMod97Ok(iban) {
    return /^[A-Z]{2}[0-9]{2}[0-9A-Z]+$/.test(iban) && mod97(iban.slice(4) + iban.slice(0, 4)) === 1;
}
function ibanValid(iban) {
    const n = iban.length;
    if (n < 15 || n > 34 || !/^[A-Z]{2}[0-9]{2}/.test(iban)) return false;
    const registered = IBAN_LENGTHS[iban.slice(0, 2)] ?? 0;
    if (registered !== 0 && registered !== n) return false;
    return ibanMod97Ok(iban);
}
function ibanFromBban(cc, bban) {
    const check = 98 - mod97(bban + cc + '00');
    return cc + pad(check, 2) + bban;
}
const normalizeIban = (s) => s.replace(/[\s.\-\u00a0]/g, '').toUpperCase();

function iso7064Mod1110(ds) {
    let product = 10;
    for (const c of ds) {
        let sum = (Number(c) + product) % 10;
        if (sum === 0) sum = 10;
        product = (sum * 2) % 11;
    }
    const check = 11 - product;
    return check === 10 ? 0 : check;
}
function taxIdValid(ds) {
    if (!/^[1-9][0-9]{10}$/.test(ds)) return false;
    const counts = Array(10).fill(0);
    for (let k = 0; k < 10; ++k) counts[Number(ds[k])]++;
    if (counts.some((c) => c > 3)) return false;
    const repeated = counts.map((c, d) => [c, d]).filter(([c]) => c >= 2);
    if (repeated.length !== 1) return false;
    const [count, d] = repeated[0];
    if (count === 3) {
        for (let k = 0; k + 2 < 10; ++k)
            if (Number(ds[k]) === d && Number(ds[k + 1]) === d && Number(ds[k + 2]) === d) return false;
    }
    return iso7064Mod1110(ds.slice(0, 10)) === Number(ds[10]);
}
const digitSum = (n) => Math.floor(n / 10) + (n % 10);
function pensionCheckDigit(first11) { // 2 digits area, 6 digits DDMMYY, letter, 2 digits serial
    const letter = first11.charCodeAt(8) - 64;
    const values = [...first11.slice(0, 8)].map(Number).concat([Math.floor(letter / 10), letter % 10,
        Number(first11[9]), Number(first11[10])]);
    const weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];
    return values.reduce((s, v, k) => s + digitSum(v * weights[k]), 0) % 10;
}
function pensionValid(n) {
    if (!/^[0-9]{8}[A-Z][0-9]{3}$/.test(n)) return false;
    const day = Number(n.slice(2, 4)), month = Number(n.slice(4, 6));
    if (day < 1 || day > 31 || month < 1 || month > 12) return false;
    return pensionCheckDigit(n.slice(0, 11)) === Number(n[11]);
}
function kvnrCheckDigit(first9) { // letter + 8 digits
    const letter = first9.charCodeAt(0) - 64;
    const values = [Math.floor(letter / 10), letter % 10, ...[...first9.slice(1)].map(Number)];
    return values.reduce((s, v, k) => s + digitSum(v * (k % 2 === 0 ? 1 : 2)), 0) % 10;
}
function kvnrValid(n) {
    return /^[A-Z][0-9]{9}$/.test(n) && kvnrCheckDigit(n.slice(0, 9)) === Number(n[9]);
}
function icaoCheckDigit(chars) {
    const w = [7, 3, 1];
    let sum = 0;
    for (let k = 0; k < chars.length; ++k) {
        const c = chars[k];
        let v;
        if (c >= '0' && c <= '9') v = Number(c);
        else if (c >= 'A' && c <= 'Z') v = c.charCodeAt(0) - 55;
        else if (c === '<') v = 0;
        else return -1;
        sum += v * w[k % 3];
    }
    return sum % 10;
}
const icaoValid = (s) => icaoCheckDigit(s.slice(0, -1)) === Number(s.slice(-1));

// National check digits inside some BBANs.
function frRibKey(bank, branch, account) {
    return pad(Number(97n - ((89n * BigInt(bank) + 15n * BigInt(branch) + 3n * BigInt(account)) % 97n)), 2);
}
const IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
function itCin(s) {
    let sum = 0;
    for (let k = 0; k < s.length; ++k) {
        const c = s[k];
        const v = c >= '0' && c <= '9' ? Number(c) : c.charCodeAt(0) - 65;
        sum += k % 2 === 0 ? IT_ODD[v] : v;
    }
    return String.fromCharCode(65 + (sum % 26));
}
function esDc(ten) {
    const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
    let s = 0;
    for (let k = 0; k < 10; ++k) s += Number(ten[k]) * w[k];
    let d = 11 - (s % 11);
    if (d === 11) d = 0;
    if (d === 10) d = 1;
    return String(d);
}
const beCheck = (ten) => pad(Number(BigInt(ten) % 97n) || 97, 2);
function plSortCheck(seven) {
    const w = [3, 9, 7, 1, 3, 9, 7];
    const s = [...seven].reduce((a, c, k) => a + Number(c) * w[k], 0);
    return String((10 - (s % 10)) % 10);
}
const weightedMod11 = (ds, w) => [...ds].reduce((a, c, k) => a + Number(c) * w[k], 0) % 11;
const CZ_ACCOUNT_W = [6, 3, 7, 9, 10, 5, 8, 4, 2, 1];
const CZ_PREFIX_W = [10, 5, 8, 4, 2, 1];
const NL_W = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1];
function luhnDigit(ds) { // check digit to append
    let s = 0;
    for (let k = 0; k < ds.length; ++k) {
        let v = Number(ds[ds.length - 1 - k]);
        if (k % 2 === 0) { v *= 2; if (v > 9) v -= 9; }
        s += v;
    }
    return String((10 - (s % 10)) % 10);
}
function luhnValid(ds) { return luhnDigit(ds.slice(0, -1)) === ds.slice(-1); }
const NO_W = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
const ptCheck = (nineteen) => pad(98 - Number((BigInt(nineteen) * 100n) % 97n), 2);

// Every checksum identifier the generator makes is registered here and re-verified at the end.
const registry = [];
function register(kind, value, valid, extra = {}) { registry.push({ kind, value, valid, ...extra }); return value; }

// IBAN layouts per the SWIFT IBAN registry; national check digits where the country has a public one.
const IBAN_COUNTRIES = {
    DE: { nach: 'nach Deutschland', land: 'Deutschland', make: () => pad(int(10000000, 87099999), 8) + pad(int(1, 9999999999), 10) },
    AT: { nach: 'nach Österreich', land: 'Österreich', make: () => pick(['20111', '12000', '32000', '14000', '60000', '35000', '19043']) + digits(11) },
    CH: { nach: 'in die Schweiz', land: 'der Schweiz', make: () => pick(['00762', '00230', '00700', '80808', '09000', '00235']) + digits(12) },
    NL: { nach: 'in die Niederlande', land: 'den Niederlanden', make: () => { let a; do { a = '0' + digits(9); } while (weightedMod11(a, NL_W) !== 0); return pick(['ABNA', 'INGB', 'RABO', 'SNSB', 'TRIO', 'ASNB', 'KNAB', 'BUNQ']) + a; }, national: (b) => weightedMod11(b.slice(4), NL_W) === 0 },
    FR: { nach: 'nach Frankreich', land: 'Frankreich', make: () => { const bank = pick(['30004', '30003', '10278', '20041', '30002', '11315', '18206']); const br = digits(5); const acc = digits(11); return bank + br + acc + frRibKey(bank, br, acc); }, national: (b) => BigInt(b) % 97n === 0n },
    IT: { nach: 'nach Italien', land: 'Italien', make: () => { const rest = pick(['03069', '02008', '05034', '01030', '03062', '05387']) + digits(5) + '0000' + digits(8); return itCin(rest) + rest; }, national: (b) => itCin(b.slice(1)) === b[0] },
    ES: { nach: 'nach Spanien', land: 'Spanien', make: () => { const bank = pick(['2100', '0049', '0182', '0081', '2038', '0128', '1465']); const br = digits(4); const acc = digits(10); return bank + br + esDc('00' + bank + br) + esDc(acc) + acc; }, national: (b) => esDc('00' + b.slice(0, 8)) === b[8] && esDc(b.slice(10)) === b[9] },
    BE: { nach: 'nach Belgien', land: 'Belgien', make: () => { const ten = pick(['001', '310', '063', '734', '068', '363', '751']) + digits(7); return ten + beCheck(ten); }, national: (b) => beCheck(b.slice(0, 10)) === b.slice(10) },
    PL: { nach: 'nach Polen', land: 'Polen', make: () => { const seven = pick(['102', '105', '109', '114', '116', '124', '175']) + digits(4); return seven + plSortCheck(seven) + digits(16); }, national: (b) => plSortCheck(b.slice(0, 7)) === b[7] },
    LU: { nach: 'nach Luxemburg', land: 'Luxemburg', make: () => pick(['001', '002', '003', '008', '014', '019', '030', '141']) + digits(13) },
    DK: { nach: 'nach Dänemark', land: 'Dänemark', make: () => pick(['3000', '5470', '0400', '1551', '9570', '2000']) + digits(10) },
    CZ: { nach: 'nach Tschechien', land: 'Tschechien', make: () => { let acc; do { acc = digits(10); } while (weightedMod11(acc, CZ_ACCOUNT_W) !== 0); let pre = '000000'; if (chance(0.3)) { do { pre = '0' + digits(5); } while (weightedMod11(pre, CZ_PREFIX_W) !== 0); } return pick(['0800', '0100', '0300', '2010', '0600', '5500', '3030']) + pre + acc; }, national: (b) => weightedMod11(b.slice(4, 10), CZ_PREFIX_W) === 0 && weightedMod11(b.slice(10), CZ_ACCOUNT_W) === 0 },
    SK: { nach: 'in die Slowakei', land: 'der Slowakei', make: () => { let acc; do { acc = digits(10); } while (weightedMod11(acc, CZ_ACCOUNT_W) !== 0); return pick(['0200', '0900', '1100', '7500', '5600']) + '000000' + acc; }, national: (b) => weightedMod11(b.slice(10), CZ_ACCOUNT_W) === 0 },
    PT: { nach: 'nach Portugal', land: 'Portugal', make: () => { const n = pick(['0035', '0033', '0007', '0010', '0018']) + digits(4) + digits(11); return n + ptCheck(n); }, national: (b) => ptCheck(b.slice(0, 19)) === b.slice(19) },
    FI: { nach: 'nach Finnland', land: 'Finnland', make: () => { const n = pick(['100000', '123456', '800012', '423456', '570000']) + digits(7); return n + luhnDigit(n); }, national: (b) => luhnValid(b) },
    NO: { nach: 'nach Norwegen', land: 'Norwegen', make: () => { let n, c; do { n = pick(['1503', '8601', '9710', '1254', '6010']) + digits(6); c = 11 - weightedMod11(n, NO_W); } while (c === 10); return n + String(c === 11 ? 0 : c); }, national: (b) => { const c = 11 - weightedMod11(b.slice(0, 10), NO_W); return String(c === 11 ? 0 : c) === b[10]; } },
    IE: { nach: 'nach Irland', land: 'Irland', make: () => pick(['AIBK', 'BOFI', 'IPBS', 'ULSB']) + digits(6) + digits(8) },
    GB: { nach: 'nach Großbritannien', land: 'Großbritannien', make: () => pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL']) + digits(6) + digits(8) },
    SE: { nach: 'nach Schweden', land: 'Schweden', make: () => pick(['500', '800', '300', '600', '900']) + digits(17) },
    RO: { nach: 'nach Rumänien', land: 'Rumänien', make: () => pick(['RNCB', 'BTRL', 'BRDE', 'INGB', 'RZBR']) + digits(16) },
    HR: { nach: 'nach Kroatien', land: 'Kroatien', make: () => pick(['2484008', '2340009', '2360000', '2402006']) + digits(10) },
    GR: { nach: 'nach Griechenland', land: 'Griechenland', make: () => pick(['011', '014', '017', '026']) + digits(4) + digits(16) },
    LT: { nach: 'nach Litauen', land: 'Litauen', make: () => pick(['73000', '70440', '40100', '21400']) + digits(11) },
    LV: { nach: 'nach Lettland', land: 'Lettland', make: () => pick(['HABA', 'UNLA', 'RIKO', 'PARX']) + digits(13) },
};
function makeIban(cc) {
    const bban = IBAN_COUNTRIES[cc].make();
    const iban = ibanFromBban(cc, bban);
    if (iban.length !== IBAN_LENGTHS[cc]) throw new Error(`IBAN layout for ${cc} has length ${iban.length}`);
    return register('IBAN', iban, true, { country: cc });
}
function fmtIban(raw, style) {
    const groups = raw.match(/.{1,4}/g);
    switch (style) {
    case 'compact': return raw;
    case 'lower': return (chance(0.5) ? groups.join(' ') : raw).toLowerCase();
    case 'ccblank': return raw.slice(0, 2) + ' ' + raw.slice(2, 4) + ' ' + raw.slice(4).match(/.{1,4}/g).join(' ');
    case 'hyphen': return groups.join('-');
    case 'dot': return groups.join('.');
    default: return groups.join(' ');
    }
}
const IBAN_STYLES_COMMON = [[60, 'group'], [25, 'compact'], [5, 'lower'], [5, 'ccblank'], [3, 'hyphen'], [2, 'dot']];
const IBAN_STYLES_ODD = [[25, 'group'], [15, 'compact'], [20, 'lower'], [15, 'ccblank'], [13, 'hyphen'], [12, 'dot']];
const privateIban = (cc = 'DE', styles = IBAN_STYLES_COMMON) => fmtIban(makeIban(cc), wpick(styles));

function makeTaxId() {
    for (;;) {
        const triple = chance(0.25);
        const pool = shuffle([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
        const rep = pool[0];
        const singles = pool.slice(1, triple ? 8 : 9);
        const ds = shuffle([rep, rep, ...(triple ? [rep] : []), ...singles]).join('');
        if (ds[0] === '0') continue;
        const id = ds + iso7064Mod1110(ds);
        if (taxIdValid(id)) return register('TAX_ID', id, true);
    }
}
function fmtTaxId(id) {
    return wpick([[50, id], [35, `${id.slice(0, 2)} ${id.slice(2, 5)} ${id.slice(5, 8)} ${id.slice(8)}`],
        [8, `${id.slice(0, 2)}\u00a0${id.slice(2, 5)}\u00a0${id.slice(5, 8)}\u00a0${id.slice(8)}`],
        [7, `${id.slice(0, 3)} ${id.slice(3, 6)} ${id.slice(6, 9)} ${id.slice(9)}`]]);
}
const RV_AREAS = ['02', '03', '04', '08', '09', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20', '21',
    '23', '24', '25', '26', '28', '29', '38', '39', '40', '42', '43', '44', '45', '46', '47', '48', '49', '50', '51',
    '52', '53', '54', '55', '56', '57', '58', '59', '60', '61', '62', '63', '64', '65', '66', '67', '68', '69', '70',
    '71', '72', '73', '74', '75', '76', '77', '78', '79', '80', '81', '82', '89'];
const asciiInitial = (name) => name.normalize('NFD').replace(/[^A-Za-z]/g, '').charAt(0).toUpperCase() || 'A';
function makePensionNumber(p) {
    const dob = p?.dob ?? randomDate(1950, 2004);
    const initial = p ? asciiInitial(p.birthName ?? p.last) : pick(UPPER);
    const female = p ? p.female : chance(0.5);
    const serial = pad(female ? int(50, 99) : int(0, 49), 2);
    const first11 = pick(RV_AREAS) + pad(dob.d, 2) + pad(dob.m, 2) + pad(dob.y % 100, 2) + initial + serial;
    return register('PENSION_NUMBER', first11 + pensionCheckDigit(first11), true);
}
function fmtPension(n) {
    return wpick([[55, `${n.slice(0, 2)} ${n.slice(2, 8)} ${n[8]} ${n.slice(9, 11)} ${n[11]}`], [35, n],
        [10, `${n.slice(0, 2)} ${n.slice(2, 8)} ${n[8]} ${n.slice(9)}`]]);
}
function makeKvnr() {
    const first9 = pick(UPPER) + digits(8);
    return register('HEALTH_INSURANCE_NUMBER', first9 + kvnrCheckDigit(first9), true);
}
const DOC_ALPHABET = 'CFGHJKLMNPRTVWXYZ0123456789';
function makeIdCard(withCheck) {
    const body = pick('LMNPRTVWXY') + letters(8, DOC_ALPHABET);
    return withCheck ? register('ID_CARD', body + icaoCheckDigit(body), true) : register('ID_CARD', body, null);
}
function makePassport(withCheck, digitsOnly = false) {
    const body = digitsOnly ? 'C' + digits(8) : pick('CFGHJK') + letters(8, DOC_ALPHABET);
    return withCheck ? register('PASSPORT', body + icaoCheckDigit(body), true) : register('PASSPORT', body, null);
}
function makeOldIdCard() { // pre-2010 all-digit number: 4 authority + 5 serial + check digit
    const body = digits(9);
    return register('ID_CARD', body + icaoCheckDigit(body), true, { old: true });
}

// Steuernummer in the Länder layouts (F = Finanzamt, B = Bezirk, U = Unterscheidungsnummer, P = Prüfziffer).
const STNR_LAENDER = [
    { land: 'Bayern', fa: () => String(int(101, 299)), fmt: 'FFF/BBB/UUUUP', elster: '9' },
    { land: 'Berlin', fa: () => String(int(11, 39)), fmt: 'FF/BBB/UUUUP', elster: '11' },
    { land: 'Baden-Württemberg', fa: () => String(int(70, 99)), fmt: 'FFBBB/UUUUP', elster: '28' },
    { land: 'Nordrhein-Westfalen', fa: () => String(int(101, 599)), fmt: 'FFF/BBBB/UUUP', elster: '5' },
    { land: 'Rheinland-Pfalz', fa: () => String(int(10, 99)), fmt: 'FF/BBB/UUUU/P', elster: '27' },
    { land: 'Hamburg', fa: () => pad(int(2, 99), 2), fmt: 'FF/BBB/UUUUP', elster: '22' },
    { land: 'Hessen', fa: () => pad(int(11, 99), 2), fmt: '0FF BBB UUUUP', elster: '26' },
    { land: 'Niedersachsen', fa: () => String(int(10, 99)), fmt: 'FF/BBB/UUUUP', elster: '23' },
    { land: 'Sachsen', fa: () => '2' + pad(int(1, 99), 2), fmt: 'FFF/BBB/UUUUP', elster: '3' },
    { land: 'Brandenburg', fa: () => '0' + pad(int(10, 99), 2), fmt: 'FFF/BBB/UUUUP', elster: '3' },
    { land: 'Sachsen-Anhalt', fa: () => '1' + pad(int(1, 99), 2), fmt: 'FFF/BBB/UUUUP', elster: '3' },
    { land: 'Thüringen', fa: () => '1' + pad(int(51, 99), 2), fmt: 'FFF/BBB/UUUUP', elster: '4' },
    { land: 'Mecklenburg-Vorpommern', fa: () => '0' + pad(int(10, 99), 2), fmt: 'FFF/BBB/UUUUP', elster: '4' },
    { land: 'Saarland', fa: () => '0' + pad(int(10, 99), 2), fmt: 'FFF/BBB/UUUUP', elster: '1' },
    { land: 'Schleswig-Holstein', fa: () => String(int(11, 99)), fmt: 'FF BBB UUUUP', elster: '21' },
    { land: 'Bremen', fa: () => String(int(57, 78)), fmt: 'FF BBB UUUUP', elster: '24' },
];
function makeTaxNumber(style) { // style: 'land' | 'elster' | 'blank'
    const L_ = pick(STNR_LAENDER);
    const fa = L_.fa();
    const nrw = L_.fmt === 'FFF/BBBB/UUUP';
    const b = nrw ? pad(int(1, 9999), 4) : pad(int(1, 999), 3);
    const u = nrw ? pad(int(0, 999), 3) : pad(int(0, 9999), 4);
    const p = String(int(0, 9));
    let printed;
    if (L_.fmt === '0FF BBB UUUUP') printed = `0${fa} ${b} ${u}${p}`;
    else if (L_.fmt === 'FFBBB/UUUUP') printed = `${fa}${b}/${u}${p}`;
    else if (L_.fmt === 'FF/BBB/UUUU/P') printed = `${fa}/${b}/${u}/${p}`;
    else if (L_.fmt === 'FF BBB UUUUP') printed = `${fa} ${b} ${u}${p}`;
    else printed = `${fa}/${b}/${u}${p}`;
    const elster = L_.elster + fa + '0' + b + u + p;
    if (elster.length !== 13) throw new Error(`ELSTER tax number ${elster} for ${L_.land}`);
    if (style === 'elster') return { text: elster, land: L_.land, form: 'ELSTER 13-digit' };
    if (style === 'blank' && printed.includes('/') && !printed.endsWith('/' + p))
        return { text: printed.slice(0, -1) + ' ' + p, land: L_.land, form: 'printed, blank before check digit' };
    return { text: printed, land: L_.land, form: 'Land layout' };
}

// Institutional numbers (never labelled).
function makeUstId() { const eight = String(int(1, 9)) + digits(7); return 'DE' + eight + iso7064Mod1110(eight); }
function makeGlaeubigerId() {
    const national = '0' + digits(10);
    const check = 98 - mod97(national + 'DE00');
    return `DE${pad(check, 2)}ZZZ${national}`;
}
function makeIsbn() {
    const body = '9783' + digits(8);
    let s = 0;
    for (let k = 0; k < 12; ++k) s += Number(body[k]) * (k % 2 === 0 ? 1 : 3);
    const c = (10 - (s % 10)) % 10;
    const pubLen = pick([2, 3, 4]);
    return `978-3-${body.slice(4, 4 + pubLen)}-${body.slice(4 + pubLen)}-${c}`;
}
function makeLanr() { // 6 digits serial, check digit (weights 4,9), 2 digits specialty
    const six = digits(6);
    const s = [...six].reduce((a, c, k) => a + Number(c) * (k % 2 === 0 ? 4 : 9), 0);
    return six + String((10 - (s % 10)) % 10) + pick(['01', '02', '03', '23', '34', '51']);
}
const makeBsnr = () => pick(['01', '02', '17', '20', '38', '46', '52', '71', '72', '78', '83', '93', '98']) + digits(7);

// ---------------------------------------------------------------------------------------------
// Places, dates, numbers
// ---------------------------------------------------------------------------------------------

// Real municipalities with postcode, area code and licence-plate code, so that a letterhead is
// coherent ("Markt 1, 02763 Zittau, Telefon 03583 752-0").
const MUNIS = [
    ['Zittau', '02763', '03583', 'ZI'], ['Görlitz', '02826', '03581', 'GR'], ['Bautzen', '02625', '03591', 'BZ'],
    ['Dresden', '01067', '0351', 'DD'], ['Leipzig', '04109', '0341', 'L'], ['Chemnitz', '09111', '0371', 'C'],
    ['Zwickau', '08056', '0375', 'Z'], ['Plauen', '08523', '03741', 'PL'], ['Pirna', '01796', '03501', 'PIR'],
    ['Meißen', '01662', '03521', 'MEI'], ['Freiberg', '09599', '03731', 'FG'], ['Jena', '07743', '03641', 'J'],
    ['Weimar', '99423', '03643', 'WE'], ['Erfurt', '99084', '0361', 'EF'], ['Gera', '07545', '0365', 'G'],
    ['Eisenach', '99817', '03691', 'EA'], ['Halle (Saale)', '06108', '0345', 'HAL'], ['Magdeburg', '39104', '0391', 'MD'],
    ['Dessau-Roßlau', '06844', '0340', 'DE'], ['Wernigerode', '38855', '03943', 'WR'], ['Potsdam', '14467', '0331', 'P'],
    ['Cottbus', '03046', '0355', 'CB'], ['Frankfurt (Oder)', '15230', '0335', 'FF'], ['Rostock', '18055', '0381', 'HRO'],
    ['Schwerin', '19053', '0385', 'SN'], ['Stralsund', '18439', '03831', 'HST'], ['Greifswald', '17489', '03834', 'HGW'],
    ['Neubrandenburg', '17033', '0395', 'NB'], ['Kiel', '24103', '0431', 'KI'], ['Lübeck', '23552', '0451', 'HL'],
    ['Flensburg', '24937', '0461', 'FL'], ['Husum', '25813', '04841', 'NF'], ['Neumünster', '24534', '04321', 'NMS'],
    ['Norderstedt', '22846', '040', 'SE'], ['Hamburg', '20095', '040', 'HH'], ['Bremen', '28195', '0421', 'HB'],
    ['Bremerhaven', '27576', '0471', 'HB'], ['Oldenburg (Oldenburg)', '26122', '0441', 'OL'], ['Emden', '26721', '04921', 'EMD'],
    ['Osnabrück', '49074', '0541', 'OS'], ['Hannover', '30159', '0511', 'H'], ['Braunschweig', '38100', '0531', 'BS'],
    ['Wolfsburg', '38440', '05361', 'WOB'], ['Göttingen', '37073', '0551', 'GÖ'], ['Hildesheim', '31134', '05121', 'HI'],
    ['Celle', '29221', '05141', 'CE'], ['Lüneburg', '21335', '04131', 'LG'], ['Goslar', '38640', '05321', 'GS'],
    ['Hameln', '31785', '05151', 'HM'], ['Münster', '48143', '0251', 'MS'], ['Bielefeld', '33602', '0521', 'BI'],
    ['Paderborn', '33098', '05251', 'PB'], ['Gütersloh', '33330', '05241', 'GT'], ['Detmold', '32756', '05231', 'LIP'],
    ['Dortmund', '44137', '0231', 'DO'], ['Essen', '45127', '0201', 'E'], ['Bochum', '44787', '0234', 'BO'],
    ['Duisburg', '47051', '0203', 'DU'], ['Düsseldorf', '40213', '0211', 'D'], ['Köln', '50667', '0221', 'K'],
    ['Bonn', '53111', '0228', 'BN'], ['Aachen', '52062', '0241', 'AC'], ['Wuppertal', '42103', '0202', 'W'],
    ['Siegen', '57072', '0271', 'SI'], ['Hagen', '58095', '02331', 'HA'], ['Hamm', '59065', '02381', 'HAM'],
    ['Krefeld', '47798', '02151', 'KR'], ['Mönchengladbach', '41061', '02161', 'MG'], ['Kassel', '34117', '0561', 'KS'],
    ['Marburg', '35037', '06421', 'MR'], ['Gießen', '35390', '0641', 'GI'], ['Fulda', '36037', '0661', 'FD'],
    ['Frankfurt am Main', '60311', '069', 'F'], ['Wiesbaden', '65183', '0611', 'WI'], ['Darmstadt', '64283', '06151', 'DA'],
    ['Offenbach am Main', '63065', '069', 'OF'], ['Mainz', '55116', '06131', 'MZ'], ['Koblenz', '56068', '0261', 'KO'],
    ['Trier', '54290', '0651', 'TR'], ['Kaiserslautern', '67655', '0631', 'KL'], ['Speyer', '67346', '06232', 'SP'],
    ['Worms', '67547', '06241', 'WO'], ['Saarbrücken', '66111', '0681', 'SB'], ['Mannheim', '68159', '0621', 'MA'],
    ['Heidelberg', '69117', '06221', 'HD'], ['Karlsruhe', '76133', '0721', 'KA'], ['Stuttgart', '70173', '0711', 'S'],
    ['Ulm', '89073', '0731', 'UL'], ['Reutlingen', '72764', '07121', 'RT'], ['Tübingen', '72070', '07071', 'TÜ'],
    ['Freiburg im Breisgau', '79098', '0761', 'FR'], ['Konstanz', '78462', '07531', 'KN'], ['Ravensburg', '88212', '0751', 'RV'],
    ['Pforzheim', '75175', '07231', 'PF'], ['Augsburg', '86150', '0821', 'A'], ['München', '80331', '089', 'M'],
    ['Ingolstadt', '85049', '0841', 'IN'], ['Regensburg', '93047', '0941', 'R'], ['Passau', '94032', '0851', 'PA'],
    ['Landshut', '84028', '0871', 'LA'], ['Rosenheim', '83022', '08031', 'RO'], ['Bad Tölz', '83646', '08041', 'TÖL'],
    ['Garmisch-Partenkirchen', '82467', '08821', 'GAP'], ['Lindau (Bodensee)', '88131', '08382', 'LI'],
    ['Nürnberg', '90403', '0911', 'N'], ['Erlangen', '91052', '09131', 'ER'], ['Fürth', '90762', '0911', 'FÜ'],
    ['Bamberg', '96047', '0951', 'BA'], ['Bayreuth', '95444', '0921', 'BT'], ['Würzburg', '97070', '0931', 'WÜ'],
    ['Schweinfurt', '97421', '09721', 'SW'], ['Kempten (Allgäu)', '87435', '0831', 'KE'],
].map(([name, plz, vorwahl, plate]) => ({ name, plz, vorwahl, plate }));
// More real area codes for people who live elsewhere (small towns have 5- and 6-digit codes).
const EXTRA_AREA_CODES = ['030', '0201', '0228', '0340', '03301', '03322', '033203', '034291', '035242', '03562',
    '03621', '03677', '036601', '038203', '04101', '04193', '04221', '04731', '05021', '05141', '05361', '05731',
    '06022', '06105', '06172', '06201', '06359', '06541', '07031', '07121', '07261', '07433', '07531', '07761',
    '08022', '08131', '08341', '08441', '08651', '09071', '09122', '09281', '09521', '09621', '09971'];
const MOBILE_PREFIXES = ['0151', '0152', '0157', '0159', '0160', '0162', '0163', '0170', '0171', '0172', '0173',
    '0174', '0175', '0176', '0177', '0178', '0179', '01512', '01520', '01573', '01590'];

const slug = (s) => s.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\(.*?\)/g, '').trim().replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const shortCity = (name) => name.replace(/ \(.*\)$/, '');

const FIRST_DOMAIN_WORD = (name) => slug(name.replace(/ (am|an der|im|in der) .*/, '')).split('-')[0];
function makeMuni() {
    const c = pick(MUNIS);
    const s = slug(shortCity(c.name)).replace(/-am-main|-im-breisgau/, '');
    const domain = wpick([[55, `${s}.de`], [25, `stadt-${s}.de`], [10, `${FIRST_DOMAIN_WORD(c.name)}.de`], [10, `${s}.eu`]]);
    const street = wpick([[14, 'Markt'], [8, 'Marktplatz'], [10, 'Rathausplatz'], [6, 'Am Markt'], [5, 'Neumarkt'],
        [5, 'Theodor-Heuss-Platz'], [4, 'Rathausstraße'], [4, 'Schlossplatz'], [4, 'Friedrich-Ebert-Platz'],
        [3, 'Kirchplatz'], [3, 'Hauptstraße'], [20, null]]) ?? streetName();
    const bankCode = pad(int(10050000, 87096999), 8);
    const iban = ibanFromBban('DE', bankCode + pad(int(1000000, 9999999999), 10));
    register('IBAN', iban, true, { institutional: true });
    return {
        ...c,
        short: shortCity(c.name),
        domain,
        base: String(wpick([[5, int(100, 999)], [3, int(10, 99)], [2, int(1000, 9999)]])),
        street,
        no: String(wpick([[6, int(1, 5)], [3, int(6, 30)], [1, int(31, 120)]])),
        kind: chance(0.4) && CITY_KIND[c.name] ? CITY_KIND[c.name] : 'Stadt',
        bank: pick([`Sparkasse ${shortCity(c.name)}`, `Stadtsparkasse ${shortCity(c.name)}`, 'Kreissparkasse',
            `Volksbank ${shortCity(c.name)} eG`, 'Deutsche Kreditbank AG', 'Landesbank']),
        iban,
        ibanText: fmtIban(iban, wpick([[70, 'group'], [20, 'compact'], [5, 'ccblank'], [5, 'dot']])),
        bic: pick(['WELADED1', 'SOLADES1', 'BYLADEM1', 'HELADEF1', 'NOLADE21', 'GENODEF1', 'COBADEFF', 'NOLADE2H'])
            + letters(3),
        ustid: makeUstId(),
        glaeubiger: makeGlaeubigerId(),
    };
}
const CITY_KIND = Object.fromEntries([
    ...['Zittau', 'Görlitz', 'Bautzen', 'Pirna', 'Meißen', 'Freiberg', 'Reutlingen', 'Ravensburg', 'Konstanz', 'Tübingen'].map((c) => [c, 'Große Kreisstadt']),
    ...['Rostock', 'Stralsund', 'Greifswald', 'Lübeck', 'Hamburg', 'Bremen', 'Lüneburg'].map((c) => [c, 'Hansestadt']),
    ...['Dresden', 'Potsdam', 'Schwerin', 'Kiel', 'Hannover', 'Magdeburg', 'Erfurt', 'Wiesbaden', 'Mainz', 'Saarbrücken', 'Stuttgart', 'München', 'Düsseldorf'].map((c) => [c, 'Landeshauptstadt']),
    ...['Marburg', 'Gießen', 'Göttingen', 'Jena', 'Heidelberg', 'Erlangen', 'Bamberg', 'Passau'].map((c) => [c, 'Universitätsstadt']),
]);
const rathausAddr = (m, sep = ', ') => `${m.street} ${m.no}${sep}${m.plz} ${m.name}`;

function streetName() {
    let s = faker.location.street();
    if (/str\.$/i.test(s) && chance(0.6)) s = s.replace(/Str\.$/, 'Straße').replace(/str\.$/, 'straße');
    return s;
}
// German article for a street name: "in der Lindenstraße", "im Birkenweg", "am Lessingplatz";
// names with their own preposition ("Am Anger", "Alte Ziegelei") get "in der Straße …".
function streetArt(name) {
    const n = name.toLowerCase();
    if (/^(am|an|auf|im|in|zum|zur|hinter|unter|vor|bei|beim|alte|alter|altes|großer|große|kleiner|kleine|neue|neuer|oberer|obere|untere|unterer|hohe|langer|lange)\b/.test(n) || /['’]/.test(n))
        return { dat: `in der Straße ${name}`, acc: `die Straße ${name}`, adr: `Adresse: ` };
    if (/(platz|markt|ufer)$/.test(n)) return { dat: `am ${name}`, acc: `den ${name}`, adr: 'am ' };
    if (/(straße|str\.|gasse|allee|chaussee|promenade|zeile|aue|höhe|halde|steige|leite|brücke|insel|twiete)$/.test(n)) return { dat: `in der ${name}`, acc: `die ${name}`, adr: 'in der ' };
    if (/(weg|ring|damm|pfad|graben|wall|steig|berg|hof|garten|kamp|winkel|grund|busch|anger|deich|park|stieg|hang)$/.test(n)) return { dat: `im ${name}`, acc: `den ${name}`, adr: 'im ' };
    if (/(feld|tal|viertel|land|dorf|moor|bruch|holz)$/.test(n)) return { dat: `im ${name}`, acc: `das ${name}`, adr: 'im ' };
    return { dat: `in der Straße ${name}`, acc: `die Straße ${name}`, adr: 'Adresse: ' };
}
function houseNumber() {
    const b = faker.location.buildingNumber();
    return /^\d{3}/.test(b) && chance(0.9) ? String(int(1, 60)) + (chance(0.1) ? pick(['a', 'b']) : '') : b;
}
function realCityName() { return faker.helpers.arrayElement(faker.rawDefinitions.location.city_name); }
function anyCityName() {
    if (chance(0.8)) return realCityName();
    for (let k = 0; k < 5; ++k) { const c = faker.location.city(); if (!c.includes(' ')) return c; }
    return realCityName();
}
function areaCodeFor(cityName) {
    const m = MUNIS.find((x) => x.name === cityName);
    return m ? m.vorwahl : pick(EXTRA_AREA_CODES.concat(MUNIS.map((x) => x.vorwahl)));
}
function makeAddress(m, { local = 0.75 } = {}) {
    const street = streetName();
    const no = houseNumber();
    let zip, city;
    if (m && chance(local)) { zip = chance(0.7) ? m.plz : m.plz.slice(0, 3) + pad(int(0, 99), 2); city = m.name; }
    else {
        city = anyCityName();
        const known = MUNIS.find((x) => x.name === city);
        zip = known ? known.plz.slice(0, 3) + pad(int(0, 99), 2) : faker.location.zipCode();
    }
    return { street, no, zip, city, line1: `${street} ${no}`, line2: `${zip} ${city}` };
}
const addrOneLine = (a) => `${a.line1}, ${a.line2}`;
const addrTwoLines = (a) => `${a.line1}\n${a.line2}`;

const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober',
    'November', 'Dezember'];
const WEEKDAYS = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'];
const daysIn = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
function randomDate(y0, y1) { const y = int(y0, y1), m = int(1, 12); return { y, m, d: int(1, daysIn(y, m)) }; }
// Each document has its own "today"; its other dates lie around it, ranges are ordered.
let TODAY = { y: 2025, m: 1, d: 15 };
function addDays(dt, n) { const t = new Date(Date.UTC(dt.y, dt.m - 1, dt.d) + n * 86400000); return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() }; }
const docDate = () => addDays(TODAY, int(-45, 45));
const later = (a, b) => addDays(TODAY, int(a, b));
const earlier = (a, b) => addDays(TODAY, -int(a, b));
function timeRange() { const h = int(8, 18); const m0 = pick(['00', '30']); return [`${h}:${m0}`, `${Math.min(23, h + int(1, 4))}:${pick(['00', '30'])}`]; }
function fmtDate(dt, style = 'dot') {
    switch (style) {
    case 'long': return `${dt.d}. ${MONTHS[dt.m - 1]} ${dt.y}`;
    case 'iso': return `${dt.y}-${pad(dt.m, 2)}-${pad(dt.d, 2)}`;
    case 'short': return `${dt.d}.${dt.m}.${dt.y}`;
    case 'yy': return `${pad(dt.d, 2)}.${pad(dt.m, 2)}.${pad(dt.y % 100, 2)}`;
    default: return `${pad(dt.d, 2)}.${pad(dt.m, 2)}.${dt.y}`;
    }
}
const weekday = (dt) => WEEKDAYS[new Date(Date.UTC(dt.y, dt.m - 1, dt.d)).getUTCDay()];
const anyDate = (dt) => fmtDate(dt, wpick([[70, 'dot'], [25, 'long'], [5, 'short']]));
const dobText = (dt) => fmtDate(dt, wpick([[80, 'dot'], [10, 'long'], [5, 'iso'], [5, 'short']]));
const time = () => `${int(7, 19)}:${pick(['00', '00', '30', '15', '45'])}`;
function money(lo, hi, round = false) {
    const v = round ? Math.round(int(lo, hi) / 1000) * 1000 : int(lo * 100, hi * 100) / 100;
    const [i, f] = v.toFixed(2).split('.');
    const s = i.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
    return round ? wpick([[1, `${s} Euro`], [1, `${s} €`]]) : wpick([[3, `${s},${f} €`], [2, `${s},${f} Euro`], [1, `EUR ${s},${f}`]]);
}

// ---------------------------------------------------------------------------------------------
// Phones
// ---------------------------------------------------------------------------------------------

// Office numbers: the administration's switchboard (… -0), an office extension, a named employee's
// direct line. Same shapes; only the context decides whether it is personal.
function instPhone(m, ext, style = wpick([[50, 'plain'], [20, 'paren'], [10, 'slash'], [15, 'intl'], [5, 'spaced']])) {
    const v = m.vorwahl, b = m.base;
    switch (style) {
    case 'paren': return `(${v}) ${b}-${ext}`;
    case 'slash': return `${v}/${b}-${ext}`;
    case 'intl': return `+49 ${v.slice(1)} ${b}-${ext}`;
    case 'spaced': return ext === '0' ? `${v} ${b}-0` : `${v} ${b} ${ext}`;
    default: return `${v} ${b}-${ext}`;
    }
}
const officeExt = () => String(wpick([[6, int(100, 499)], [2, int(10, 99)], [2, int(1000, 4999)]]));
const pairsFromRight = (s) => { const out = []; for (let k = s.length; k > 0; k -= 2) out.unshift(s.slice(Math.max(0, k - 2), k)); return out.join(' '); };
function privatePhone(area, mobile = chance(0.55)) {
    if (mobile) {
        const pre = pick(MOBILE_PREFIXES);
        const sub = digits(pre.length === 5 ? 6 : pick([7, 7, 8]));
        return wpick([
            [30, `${pre} ${sub}`], [10, `${pre}-${sub}`], [8, `${pre}/${sub}`], [18, `+49 ${pre.slice(1)} ${sub}`],
            [6, `+49${pre.slice(1)} ${sub}`], [6, `+49 (0)${pre.slice(1)} ${sub}`], [8, `${pre} ${sub.slice(0, 3)} ${sub.slice(3)}`],
            [6, `${pre}${sub}`], [4, `0049 ${pre.slice(1)} ${sub}`], [4, `${pre} ${sub.slice(0, 4)} ${sub.slice(4)}`],
        ]);
    }
    const len = area.length <= 3 ? pick([7, 8]) : area.length === 4 ? pick([6, 7, 7, 8]) : area.length === 5 ? pick([5, 6, 6, 7]) : pick([4, 5, 6]);
    const sub = String(int(2, 9)) + digits(len - 1);
    return wpick([
        [25, `${area} ${sub}`], [15, `${area}/${sub}`], [12, `(${area}) ${pairsFromRight(sub)}`], [8, `(${area}) ${sub}`],
        [12, `+49 ${area.slice(1)} ${sub}`], [5, `+49 (0)${area.slice(1)} ${sub}`], [8, `${area}-${sub}`],
        [5, `${area} ${pairsFromRight(sub)}`], [5, `0049 ${area.slice(1)} ${sub}`], [5, `${area} / ${sub}`],
    ]);
}

// ---------------------------------------------------------------------------------------------
// People
// ---------------------------------------------------------------------------------------------

const BAD_LAST_NAMES = new Set(['Frauen', 'Demut', 'Alexa', 'Alexander', 'Albert', 'Adam', 'Abraham']);
const PROVIDERS = [[14, 'web.de'], [14, 'gmx.de'], [6, 'gmx.net'], [10, 't-online.de'], [10, 'gmail.com'],
    [4, 'freenet.de'], [4, 'posteo.de'], [4, 'outlook.de'], [3, 'yahoo.de'], [3, 'icloud.com'], [3, 'mail.de'],
    [2, 'online.de'], [2, 'aol.com'], [2, 'hotmail.de'], [2, 'arcor.de'], [2, 'mailbox.org'], [1, 'vodafone.de']];
const translit = (s) => s.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/Ä/g, 'Ae').replace(/Ö/g, 'Oe')
    .replace(/Ü/g, 'Ue').replace(/ß/g, 'ss').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ı/g, 'i')
    .replace(/ł/g, 'l').replace(/Ł/g, 'L');
function privateEmail(first, last, birthYear) {
    const f = translit(first).toLowerCase().replace(/[^a-z-]/g, '');
    const l = translit(last).toLowerCase().replace(/[^a-z-]/g, '').replace(/^(van|von|de|di|da)-?/, '');
    const provider = wpick(PROVIDERS);
    if (chance(0.12)) return faker.internet.email({ firstName: translit(first), lastName: translit(last), provider }).toLowerCase();
    const local = wpick([[30, `${f}.${l}`], [12, `${f[0]}.${l}`], [8, `${f}${l}`], [6, `${l}.${f}`], [6, `${f}_${l}`],
        [8, `${f}.${l}${birthYear % 100}`], [5, `${f}${l}${birthYear}`], [4, `${f}-${l}`], [4, `${l}${f[0]}`],
        [4, `${f}.${l}${int(1, 99)}`], [3, `${f[0]}${l}`]]);
    return `${local}@${provider}`;
}
function makePerson(opts = {}) {
    const female = opts.female ?? chance(0.5);
    const sex = female ? 'female' : 'male';
    const foreign = opts.foreign ?? chance(0.16);
    const fk = foreign ? pick(foreignFakers) : faker;
    const first = fk.person.firstName(sex);
    let last;
    do { last = fk.person.lastName(sex).replace(/(\p{Ll})(\p{Lu})/gu, '$1-$2'); } while (BAD_LAST_NAMES.has(last));
    if (!foreign && chance(0.05)) { let l2; do { l2 = faker.person.lastName(); } while (BAD_LAST_NAMES.has(l2) || l2 === last); last = `${last}-${l2}`; }
    const title = opts.title ?? (chance(0.06) ? wpick([[8, 'Dr.'], [2, 'Prof. Dr.'], [1, 'Dr. med.']]) : '');
    const dob = opts.dob ?? randomDate(opts.minYear ?? 1938, opts.maxYear ?? 2004);
    const t = title ? title + ' ' : '';
    return {
        female, first, last, title, dob,
        full: `${t}${first} ${last}`, // as labelled: title belongs to the name, the salutation does not
        short: `${t}${last}`,
        inverted: `${last}, ${first}`,
        initial: `${first[0]}. ${last}`,
        herr: female ? 'Frau' : 'Herr', herrn: female ? 'Frau' : 'Herrn',
        geehrt: female ? 'Sehr geehrte Frau' : 'Sehr geehrter Herr',
        liebe: female ? 'Liebe Frau' : 'Lieber Herr',
        er: female ? 'sie' : 'er', Er: female ? 'Sie' : 'Er', sein: female ? 'ihr' : 'sein', Sein: female ? 'Ihr' : 'Sein',
        seine: female ? 'ihre' : 'seine', seinen: female ? 'ihren' : 'seinen', seinem: female ? 'ihrem' : 'seinem',
        seiner: female ? 'ihrer' : 'seiner', ihm: female ? 'ihr' : 'ihm', ihn: female ? 'sie' : 'ihn',
        g: (fem, masc) => (female ? fem : masc),
        email: privateEmail(first, last, dob.y),
    };
}
const staffEmail = (p, m) => `${wpick([[5, `${translit(p.first)}.${translit(p.last)}`], [2, `${translit(p.first)[0]}.${translit(p.last)}`], [1, translit(p.last)]]).toLowerCase().replace(/[^a-z.-]/g, '')}@${m.domain}`;

// ---------------------------------------------------------------------------------------------
// The administration: offices, functional mailboxes, letterheads and footers (never labelled)
// ---------------------------------------------------------------------------------------------

const OFFICES = [
    { name: 'Bürgerbüro', mail: ['buergerbuero', 'buergerservice', 'buergeramt', 'buergerbuero.termine'] },
    { name: 'Bauamt', mail: ['bauamt', 'bauaufsicht', 'bauverwaltung', 'bauordnung'] },
    { name: 'Ordnungsamt', mail: ['ordnungsamt', 'ordnungsamt.verkehr', 'verkehrsbehoerde', 'bussgeldstelle'] },
    { name: 'Standesamt', mail: ['standesamt', 'standesamt.eheschliessung'] },
    { name: 'Sozialamt', mail: ['sozialamt', 'soziales', 'wohngeld', 'grundsicherung'] },
    { name: 'Jugendamt', mail: ['jugendamt', 'kita-anmeldung', 'kitaplatz', 'unterhaltsvorschuss'] },
    { name: 'Amt für Schule und Sport', mail: ['schulverwaltung', 'schulamt', 'sportstaetten'] },
    { name: 'Kämmerei', mail: ['kaemmerei', 'stadtkasse', 'steueramt', 'hundesteuer', 'grundsteuer'] },
    { name: 'Gewerbeamt', mail: ['gewerbeamt', 'gewerbe'] },
    { name: 'Einwohnermeldeamt', mail: ['meldeamt', 'einwohnermeldeamt', 'einwohnerwesen'] },
    { name: 'Amt für Umwelt und Grünflächen', mail: ['umweltamt', 'gruenflaechen', 'baumschutz', 'abfallberatung'] },
    { name: 'Tiefbauamt', mail: ['tiefbauamt', 'strassenbau', 'winterdienst'] },
    { name: 'Personalamt', mail: ['personalamt', 'bewerbung', 'ausbildung'] },
    { name: 'Hauptamt', mail: ['hauptamt', 'ratsbuero', 'sitzungsdienst'] },
    { name: 'Gesundheitsamt', mail: ['gesundheitsamt', 'impfstelle', 'infektionsschutz'] },
    { name: 'Wahlamt', mail: ['wahlamt', 'wahlen', 'briefwahl'] },
    { name: 'Stadtbibliothek', mail: ['bibliothek', 'stadtbibliothek', 'ausleihe'] },
    { name: 'Fundbüro', mail: ['fundbuero'] },
    { name: 'Friedhofsverwaltung', mail: ['friedhof', 'friedhofsverwaltung'] },
];
const beiOffice = (o) => (/(Kämmerei|bibliothek|verwaltung|Pressestelle|stelle)$/.test(o.name) ? `bei der ${o.name}` : `beim ${o.name}`);
const inOffice = (o) => (/(Kämmerei|bibliothek|verwaltung|Pressestelle|stelle)$/.test(o.name) ? `in der ${o.name}` : `im ${o.name}`);
const office = (name) => OFFICES.find((o) => o.name === name) ?? pick(OFFICES);
const mailbox = (m, o) => `${pick(o.mail)}@${m.domain}`;
const SCHOOLS = ['Grundschule am Park', 'Erich-Kästner-Grundschule', 'Geschwister-Scholl-Gymnasium', 'Anne-Frank-Schule',
    'Lessing-Gymnasium', 'Pestalozzi-Oberschule', 'Astrid-Lindgren-Grundschule', 'Albert-Schweitzer-Schule',
    'Käthe-Kollwitz-Realschule', 'Friedrich-Schiller-Gymnasium', 'Grundschule Nord', 'Christian-Weise-Gymnasium',
    'Humboldt-Gymnasium', 'Oberschule am Stadtring', 'Grundschule Am Wiesengrund', 'Marie-Curie-Gymnasium',
    'Janusz-Korczak-Förderschule'];
// Article forms: Gymnasium is neuter, Hort/Kinderhaus are masculine/neuter, the rest feminine.
function nounCase(name) {
    if (/Gymnasium$/.test(name)) return { nom: `das ${name}`, acc: `das ${name}`, dat: `dem ${name}`, gen: `des ${name}s`, in: `im ${name}`, an: `am ${name}` };
    if (/^Hort /.test(name)) return { nom: `der ${name}`, acc: `den ${name}`, dat: `dem ${name}`, gen: `des ${name}`, in: `im ${name}`, an: `am ${name}` };
    if (/^(Kinderhaus|Bürgerhaus|Kulturhaus|Gemeindezentrum)/.test(name)) return { nom: `das ${name}`, acc: `das ${name}`, dat: `dem ${name}`, gen: `des ${name}`, in: `im ${name}`, an: `am ${name}` };
    if (/^Ratssaal/.test(name)) return { nom: `der ${name}`, acc: `den ${name}`, dat: `dem ${name}`, gen: `des ${name}`, in: `im ${name}`, an: `am ${name}` };
    return { nom: `die ${name}`, acc: `die ${name}`, dat: `der ${name}`, gen: `der ${name}`, in: `in der ${name}`, an: `an der ${name}` };
}
const KITAS = ['Kita Sonnenschein', 'Kita Regenbogen', 'Kita Pusteblume', 'Kindertagesstätte Spatzennest',
    'Kita Zwergenland', 'Kita Kunterbunt', 'Kita Am Stadtpark', 'Kita Wirbelwind', 'Kita Löwenzahn',
    'Integrative Kita Sternschnuppe', 'Kita Max und Moritz', 'Kita Pippi Langstrumpf', 'Hort Schatzinsel',
    'Kinderhaus Villa Kunterbunt', 'Kita Die kleinen Strolche'].map((k) => k.replace('Integrative Kita', 'Kita'));
const VENUES = ['Bürgerhaus', 'Stadthalle', 'Kulturhaus', 'Gemeindezentrum', 'Ratssaal im Rathaus', 'Volkshochschule',
    'Seniorenbegegnungsstätte', 'Stadtbibliothek', 'Sporthalle am Schulzentrum', 'Feuerwache'];
const kitaMail = (kita) => slug(kita.replace(/^(Kita|Kindertagesstätte|Integrative Kita|Hort|Kinderhaus) /, '')).replace(/-/g, pick(['-', '', '.']));
function instAddress(m) { // another municipal building: street + number + PLZ + town
    return { street: streetName(), no: String(int(1, 40)) };
}
function letterhead(m, o) {
    return one(
        () => lines(`${m.kind} ${m.name}`, o ? o.name : 'Stadtverwaltung', rathausAddr(m, '\n')),
        () => `${m.kind} ${m.name} · ${o ? o.name + ' · ' : ''}${rathausAddr(m, ' · ')}`,
        () => lines(`Stadtverwaltung ${m.name}${o ? ' – ' + o.name : ''}`, `Rathaus, ${rathausAddr(m)}`),
        () => `${o ? o.name + ', ' : ''}Stadtverwaltung ${m.name}, ${rathausAddr(m)}`,
    );
}
function footer(m, o) {
    const items = shuffle([
        () => `Telefon ${instPhone(m, '0')}`,
        () => `Zentrale: ${instPhone(m, '0')}`,
        () => `Fax ${instPhone(m, String(int(1, 9)) + pad(int(0, 99), 2))}`,
        () => `E-Mail: ${o ? mailbox(m, o) : `${pick(['info', 'poststelle', 'stadtverwaltung', 'rathaus'])}@${m.domain}`}`,
        () => `Internet: www.${m.domain}`,
        () => `Bankverbindung: ${m.bank}, IBAN ${m.ibanText}, BIC ${m.bic}`,
        () => `USt-IdNr. ${m.ustid}`,
        () => `Gläubiger-ID ${m.glaeubiger}`,
        () => `Sprechzeiten: ${pick(['Di 9–12 und 14–18 Uhr, Do 9–12 Uhr', 'Mo–Fr 8.30–12.00 Uhr, Do zusätzlich 14.00–18.00 Uhr', 'Dienstag und Donnerstag 9:00–12:00 Uhr sowie nach Vereinbarung'])}`,
        () => `Behördennummer 115`,
    ]).slice(0, int(3, 6)).map((f) => f());
    const head = one(`Stadtverwaltung ${m.name} | ${rathausAddr(m, ' | ')}`, `Hausanschrift: Rathaus, ${rathausAddr(m)}`,
        `Besucheranschrift: ${o ? o.name : 'Bürgerbüro'}, ${rathausAddr(m)}`, `${m.kind} ${m.name} · ${rathausAddr(m, ' · ')}`);
    return one(() => ['—\n', head, '\n', items.join(' | ')], () => lines('', head, ...items), () => ['___\n', head, '\n', items.join(' · ')]);
}

// ---------------------------------------------------------------------------------------------
// Case numbers, plates, IP addresses
// ---------------------------------------------------------------------------------------------

const caseNumber = () => wpick([
    [3, () => `${int(10, 69)}.${int(1, 9)}-${pick(['OWi', 'BA', 'WG', 'GS', 'SGB', 'EB', 'AUF', 'V', 'BS', 'UV', 'FB', 'KT'])}-${int(2023, 2025)}/${pad(int(1, 99999), pick([4, 5]))}`],
    [3, () => `${int(10, 69)}.${int(10, 99)}-${pad(int(1, 9999), 4)}/${pick(['24', '25', '2024', '2025'])}`],
    [2, () => `${pick(['I', 'II', 'III', 'IV', 'V'])}/${int(1, 9)}-${int(100, 999)}.${pad(int(1, 99), 2)}`],
    [2, () => `${pick(['BA', 'SB', 'HA', 'OA', 'SA', 'JA', 'GA'])}-${int(2023, 2025)}-${pad(int(1, 99999), pick([4, 5]))}`],
    [2, () => `${int(10, 69)}${pick(['', '.1', '.2', '.3'])} ${pick(['', 'Az ', ''])}${pad(int(1, 999), 3)}/${pick(['24', '25'])}`.replace('  ', ' ')],
]);
const kassenzeichen = () => wpick([
    [3, () => `${int(1, 9)}.${int(1000, 9999)}.${pad(int(1, 999999), 6)}.${int(0, 9)}`],
    [2, () => `${int(100, 999)}.${int(1, 9)}.${pad(int(1, 999999), 6)}.${int(0, 9)}`],
    [2, () => `${int(2024, 2025)}${pad(int(1, 9999999), 7)}`],
    [1, () => `${int(41, 69)}.${int(100, 999)}.${pad(int(1, 999999), 6)}`],
]);
const jobcenterKundennr = () => `${int(100, 999)}D${digits(6)}`;
const bgNummer = () => `${digits(5)}BG${digits(7)}`;
const PLATE_LETTERS = 'ABCDEFGHIJKLMNOPRSTUVWXYZ';
function plate(code, spaced = false) {
    const maxRest = 8 - code.length;
    const nl = Math.min(2, Math.max(1, maxRest - 1 > 1 ? int(1, 2) : 1));
    const nd = int(1, Math.max(1, Math.min(4, maxRest - nl)));
    const num = String(int(nd === 1 ? 1 : 10 ** (nd - 1), 10 ** nd - 1));
    const suffix = chance(0.05) ? pick(['E', 'H']) : '';
    return `${code}${spaced ? ' ' : '-'}${letters(nl, PLATE_LETTERS)} ${num}${suffix}`;
}
const ipv4Private = () => wpick([[5, () => `10.${int(0, 99)}.${int(0, 254)}.${int(2, 254)}`],
    [3, () => `192.168.${int(0, 200)}.${int(2, 254)}`], [2, () => `172.${int(16, 31)}.${int(0, 254)}.${int(2, 254)}`]]);
const ipv4Public = () => wpick([[3, () => `${pick([84, 87, 91, 93, 46, 77, 79, 89, 178, 185, 217])}.${int(1, 254)}.${int(0, 254)}.${int(1, 254)}`],
    [2, () => `${pick(['198.51.100', '203.0.113', '192.0.2'])}.${int(1, 254)}`]]);
const hex4 = () => int(1, 0xffff).toString(16);
const ipv6 = () => wpick([[3, () => `2001:db8:${hex4()}:${hex4()}::${int(1, 255).toString(16)}`], [2, () => `fd00:${hex4()}:${hex4()}::${hex4()}`],
    [1, () => `2a02:${hex4()}:${hex4()}:${hex4()}:${hex4()}:${hex4()}:${hex4()}:${hex4()}`]]);

// ---------------------------------------------------------------------------------------------
// Health and other special categories (label the health word / shortest phrase naming the fact)
// ---------------------------------------------------------------------------------------------

// Each entry: [before, labelled, after] — a clause about a named person.
// Each entry: [before, labelled, after] — a clause about a named person. The text around the
// labelled term carries no further health word, so the labels are complete.
const HEALTH_CLAUSES = [
    ['ist nach einer ', 'Hüftoperation', ' noch nicht wieder zu Hause'],
    ['hatte im Frühjahr einen ', 'Schlaganfall', ''],
    ['kann wegen einer fortschreitenden ', 'Demenz', ' nicht mehr allein wohnen'],
    ['ist auf einen ', 'Rollator', ' angewiesen'],
    ['sitzt seit dem Unfall im ', 'Rollstuhl', ''],
    ['hat ', 'Pflegegrad 3', ''],
    ['ist seit 2023 in ', 'Pflegegrad 2', ' eingestuft'],
    ['befindet sich derzeit in einer ', 'Reha', ' in Bad Elster'],
    ['hat ', 'Diabetes', ''],
    ['ist wegen einer ', 'Depression', ' in Behandlung'],
    ['hat einen ', 'Bandscheibenvorfall', ''],
    ['erhält derzeit eine ', 'Chemotherapie', ''],
    ['leidet an ', 'Multipler Sklerose', ''],
    ['ist seit Jahren ', 'dialysepflichtig', ''],
    ['hat laut Bescheid einen ', 'GdB von 50', ''],
    ['ist ', 'schwerbehindert', ''],
    ['hatte im Frühjahr einen ', 'Herzinfarkt', ''],
    ['leidet unter ', 'Long Covid', ''],
    ['muss sich nach einer ', 'Knie-OP', ' bis Monatsende schonen'],
    ['hat eine ', 'Angststörung', ''],
    ['hatte vor zwei Jahren eine ', 'Krebserkrankung', ''],
    ['ist ', 'alkoholabhängig', ''],
    ['hat ', 'Epilepsie', ''],
    ['ist ', 'schwanger', '', 'f'],
];
const healthClause = (p) => { const [a, w, b] = pick(HEALTH_CLAUSES.filter((h) => p.female || h[3] !== 'f')); return T`${a}${L(C.SPECIAL, w)}${b}`; };
const CHILD_HEALTH = [
    ['hat eine ', 'Erdnussallergie', '; bitte achten Sie beim Mittagessen darauf'],
    ['hat ', 'Asthma', '; beim Sport achten wir darauf'],
    ['hat eine ärztlich festgestellte ', 'Sprachentwicklungsstörung', ''],
    ['hat ', 'Neurodermitis', ' und darf nur die mitgebrachte Creme verwenden'],
    ['hat ', 'Zöliakie', ' und muss glutenfrei essen'],
    ['hat eine ', 'ADHS-Diagnose', '; die Schulbegleitung ist beantragt'],
    ['hat ', 'Diabetes Typ 1', '; der Notfallplan liegt in der Gruppe'],
    ['hat eine ', 'Laktoseintoleranz', ''],
];
const childHealthClause = () => { const [a, w, b] = pick(CHILD_HEALTH); return T`${a}${L(C.SPECIAL, w)}${b}`; };

// =============================================================================================
// CLEAN institutional documents (expected: [])
// =============================================================================================

function pressContact(m) {
    const o = office('Pressestelle') ?? null;
    return one(
        () => lines('Pressekontakt:', `${m.kind} ${m.name}, Pressestelle`, `Telefon ${instPhone(m, officeExt())}`, `E-Mail: ${pick(['presse', 'pressestelle', 'oeffentlichkeitsarbeit'])}@${m.domain}`),
        () => `Pressestelle der Stadt ${m.name} · ${rathausAddr(m)} · Tel. ${instPhone(m, officeExt())} · presse@${m.domain}`,
        () => lines('Kontakt für Medienvertreter:', `Pressestelle, Rathaus, ${rathausAddr(m)}`, `presse@${m.domain}, ${instPhone(m, officeExt())}`),
    );
}
function cPress(m) {
    const d1 = docDate();
    const mayor = pick(['Der Oberbürgermeister', 'Die Oberbürgermeisterin', 'Der Bürgermeister', 'Die Bürgermeisterin']);
    const topic = pick([
        () => {
            const school = pick(SCHOOLS);
            return { desc: `school renovation at the ${school}`, title: one(`${m.short} saniert ${nounCase(school).acc}`, `Baustart ${nounCase(school).an}`, `Mehr Platz zum Lernen: Sanierung ${nounCase(school).gen} beginnt`),
                body: [`Die Stadt ${m.short} investiert rund ${(int(4, 60) / 10).toFixed(1).replace('.', ',')} Millionen Euro in die energetische Sanierung ${nounCase(school).gen}. ${one('Die Arbeiten beginnen', 'Die Bauarbeiten starten', 'Los geht es')} am ${anyDate(d1)} und sollen ${one('bis zu den Herbstferien', 'bis zum Beginn des neuen Schuljahres', 'im Laufe des kommenden Jahres')} abgeschlossen sein.`,
                    `${mayor} ${one('betonte', 'sagte', 'erklärte')} beim Ortstermin: „${one('Gute Schulen sind die beste Investition in die Zukunft unserer Stadt.', 'Wir halten Wort: Die Sanierung kommt.', 'Mit dem Umbau schaffen wir moderne Lernräume und einen barrierefreien Zugang für Rollstuhlfahrer.')}“`,
                    `Während der Bauzeit ${one('findet der Unterricht teilweise in Containern auf dem Schulhof statt', 'nutzen die Klassen 5 und 6 Räume im benachbarten Schulzentrum', 'bleibt die Turnhalle gesperrt')}. Die Zufahrt über ${streetArt(streetName()).acc} bleibt frei.`] };
        },
        () => ({ desc: 'flu vaccination campaign of the Gesundheitsamt (health vocabulary, no person)', title: one('Grippeschutzimpfung im Gesundheitsamt', 'Jetzt gegen Grippe impfen lassen', 'Impfsprechstunde startet'),
            body: [`Das Gesundheitsamt bietet ab ${anyDate(d1)} wieder eine offene Impfsprechstunde an. Geimpft wird ${one('dienstags von 8 bis 12 Uhr', 'montags und donnerstags von 14 bis 17 Uhr', 'jeden ersten Mittwoch im Monat')} ohne Termin.`,
                `Die Ständige Impfkommission empfiehlt die Grippeschutzimpfung insbesondere Menschen ab 60 Jahren, Schwangeren, Bewohnerinnen und Bewohnern von Pflegeheimen sowie Menschen mit chronischen Erkrankungen wie Diabetes, Asthma oder Herz-Kreislauf-Erkrankungen.`,
                `Bitte bringen Sie Ihren Impfausweis und die Versichertenkarte mit. ${one('Die Impfung ist kostenlos.', 'Die Kosten übernimmt die Krankenkasse.')}`] }),
        () => ({ desc: 'heat protection information for older people', title: one('Hitzewelle: Tipps für ältere Menschen', 'Hitzeschutzplan der Stadt tritt in Kraft', 'Trinkbrunnen und kühle Orte in der Innenstadt'),
            body: [`Für die kommenden Tage erwartet der Deutsche Wetterdienst Temperaturen über 30 Grad. Besonders gefährdet sind ältere Menschen, Pflegebedürftige, Menschen mit Herz-Kreislauf-Erkrankungen, Schwangere und kleine Kinder.`,
                `Die Stadt ${m.short} hat ${int(4, 12)} Trinkbrunnen in Betrieb genommen; ${one('die Stadtbibliothek und das Rathausfoyer', 'das Bürgerhaus und die Stadtkirche')} stehen als kühle Orte offen. ${one('Der Pflegestützpunkt berät Angehörige', 'Der Seniorenbeirat bittet Nachbarn, auf Alleinstehende zu achten')}.`,
                `Das Hitzetelefon des Gesundheitsamts ist werktags unter ${instPhone(m, officeExt())} erreichbar.`] }),
        () => ({ desc: 'online appointments in the Bürgerbüro', title: one('Bürgerbüro: Termine jetzt online buchen', 'Neue Öffnungszeiten im Bürgerbüro'),
            body: [`Ab dem ${anyDate(d1)} können Termine im Bürgerbüro auch online unter www.${m.domain}/termine gebucht werden. Für Personalausweis, Reisepass und Meldebescheinigung ist ein Termin erforderlich.`,
                `Wer keinen Internetzugang hat, erreicht das Bürgerbüro telefonisch unter ${instPhone(m, officeExt())} oder über die Behördennummer 115.`,
                `Das Bürgerbüro befindet sich im Erdgeschoss des Rathauses, ${rathausAddr(m)}, und ist barrierefrei zugänglich.`] }),
        () => { const v = pick(VENUES); return { desc: 'city festival announcement with venue', title: one(`${pick(['Stadtfest', 'Altstadtfest', 'Sommerfest', 'Weihnachtsmarkt', 'Lichterfest'])} in ${m.short}`, 'Programm für das Wochenende steht'),
            body: [`Vom ${anyDate(d1)} an lädt die Stadt ${m.short} ${one('drei Tage lang', 'ein ganzes Wochenende')} zum Feiern ein. Auf dem ${pick(['Marktplatz', 'Schlossplatz', 'Rathausplatz', 'Festplatz'])} spielen regionale Bands, ${nounCase(v).in} gibt es ein Kinderprogramm.`,
                `Ein barrierefreier Zugang für Rollstuhlfahrer und eine Behindertentoilette sind vorhanden. ${one('Die Parkplätze am Rathaus sind gesperrt.', 'Bitte nutzen Sie den Busverkehr.', 'Die Zufahrt über ' + streetArt(streetName()).acc + ' ist ab 10 Uhr gesperrt.')}`,
                `Der Eintritt ist frei. Fundsachen werden im Fundbüro, ${rathausAddr(m)}, aufbewahrt.`] }; },
        () => ({ desc: 'tree planting and climate protection', title: one('1.000 neue Bäume für die Stadt', 'Klimaschutz: Stadt pflanzt Straßenbäume'),
            body: [`In den kommenden Wochen pflanzt der Bauhof ${int(120, 900)} Bäume im Stadtgebiet, unter anderem ${streetArt(streetName()).dat} und im ${pick(['Stadtpark', 'Bürgerpark', 'Neubaugebiet Nord'])}.`,
                `Bürgerinnen und Bürger können Baumpatenschaften übernehmen. Informationen gibt das Amt für Umwelt und Grünflächen unter ${pick(['baumschutz', 'gruenflaechen', 'umweltamt'])}@${m.domain}.`,
                `${mayor} ${one('dankte', 'bedankte sich bei')} den Schulen und Vereinen für die Unterstützung.`] }),
        () => { const k = pick(KITAS); return { desc: `new Kita building (${k})`, title: one(`Richtfest für ${nounCase(k).acc}`, `Neue Kita eröffnet im Herbst`),
            body: [`Mit dem Richtfest ist der Rohbau ${nounCase(k).gen} fertig. Ab ${MONTHS[int(0, 11)]} ${int(2025, 2026)} werden dort ${int(4, 9) * 10} Kinder betreut, darunter eine integrative Gruppe für Kinder mit Förderbedarf.`,
                `Anmeldungen nimmt das Jugendamt ab sofort unter ${pick(['kita-anmeldung', 'kitaplatz', 'jugendamt'])}@${m.domain} entgegen. Die Vergabe erfolgt nach der Satzung über die Kindertagesbetreuung.`] }; },
        () => ({ desc: 'care advice centre (Pflegestützpunkt) opens', title: one('Pflegestützpunkt berät jetzt auch im Rathaus', 'Neuer Pflegestützpunkt eröffnet'),
            body: [`Der Pflegestützpunkt berät Pflegebedürftige und ihre Angehörigen kostenlos und unabhängig: zu Pflegegrad, Leistungen der Pflegeversicherung, Hilfsmitteln wie Rollator oder Hausnotruf und zu Angeboten bei Demenz.`,
                `Sprechstunden finden ${one('dienstags und donnerstags', 'jeden Mittwoch')} im Rathaus, ${rathausAddr(m)}, Zimmer ${int(1, 3)}.${pad(int(1, 30), 2)}, statt. Terminvereinbarung unter ${instPhone(m, officeExt())} oder pflegestuetzpunkt@${m.domain}.`] }),
    ])();
    const head = one('Pressemitteilung', 'PRESSEMITTEILUNG', `Medieninformation Nr. ${int(1, 180)}/${d1.y}`, 'Presseinformation');
    return { note: `press release: ${topic.desc}; Rathaus address, press mailbox, office extension`,
        parts: para(lines(head, `${m.short}, ${anyDate(d1)}`), topic.title, ...topic.body, pressContact(m)) };
}

function cNotice(m) {
    const d1 = earlier(5, 40), d2 = later(7, 21);
    const bplan = `Nr. ${int(1, 120)}${pick(['', ' a', '/2'])} „${pick(['Am Mühlgraben', 'Gewerbegebiet Süd', 'Wohnpark am Stadtwald', 'Alte Gärtnerei', 'Sonnenhang II', 'Ortsmitte'])}“`;
    const topic = pick([
        () => ({ desc: 'public display of a development plan (§ 3 Abs. 2 BauGB)', body: [
            `Der Stadtrat hat in seiner Sitzung am ${anyDate(d1)} den Entwurf des Bebauungsplans ${bplan} gebilligt und die öffentliche Auslegung beschlossen (Drucksache ${int(1, 300)}/${d1.y}).`,
            `Der Entwurf liegt gemäß § 3 Abs. 2 BauGB in der Zeit vom ${fmtDate(d2)} bis einschließlich ${fmtDate(addDays(d2, int(30, 35)))} im Bauamt, ${rathausAddr(m)}, Zimmer ${int(1, 4)}.${pad(int(1, 40), 2)}, während der Dienststunden öffentlich aus und ist zusätzlich unter www.${m.domain}/bauleitplanung einsehbar.`,
            `Stellungnahmen können während der Auslegungsfrist schriftlich, zur Niederschrift oder per E-Mail an ${pick(['bauleitplanung', 'stadtplanung', 'bauamt'])}@${m.domain} abgegeben werden. Nicht fristgerecht abgegebene Stellungnahmen können bei der Beschlussfassung unberücksichtigt bleiben.`] }),
        () => ({ desc: 'budget statute published', body: [
            `Die Haushaltssatzung der ${m.kind} ${m.name} für das Haushaltsjahr ${d1.y + 1} wird hiermit öffentlich bekannt gemacht. Die Rechtsaufsichtsbehörde hat die Satzung mit Schreiben vom ${fmtDate(d1)} bestätigt.`,
            `Die Hebesätze werden festgesetzt für die Grundsteuer A auf ${int(30, 45) * 10} v. H., für die Grundsteuer B auf ${int(35, 60) * 10} v. H. und für die Gewerbesteuer auf ${int(38, 49) * 10} v. H.`,
            `Der Haushaltsplan liegt vom ${fmtDate(d2)} an eine Woche lang in der Kämmerei, ${rathausAddr(m)}, zur Einsichtnahme aus.`] }),
        () => ({ desc: 'election notice, polling stations accessible', body: [
            `Die Wahlbenachrichtigungen werden bis zum ${anyDate(d1)} zugestellt. Wer bis dahin keine erhalten hat, wendet sich bitte an das Wahlamt, ${rathausAddr(m)}, Telefon ${instPhone(m, officeExt())}.`,
            `Briefwahlunterlagen können online, per E-Mail an ${pick(['briefwahl', 'wahlamt', 'wahlen'])}@${m.domain} oder persönlich beantragt werden. Bitte geben Sie Ihren Namen, Ihr Geburtsdatum und Ihre Wohnanschrift an.`,
            `Alle ${int(12, 60)} Wahllokale sind von ${int(7, 8)} bis 18 Uhr geöffnet; die barrierefreien Wahlräume sind in der Wahlbenachrichtigung gekennzeichnet.`] }),
        () => ({ desc: 'general order banning water withdrawal (§ 35 Satz 2 VwVfG)', body: [
            `Aufgrund der anhaltenden Trockenheit erlässt die ${m.kind} ${m.name} als untere Wasserbehörde folgende Allgemeinverfügung gemäß § 35 Satz 2 VwVfG:`,
            `1. Die Entnahme von Wasser aus oberirdischen Gewässern mittels Pumpen ist ab dem ${fmtDate(d1)} bis auf Widerruf untersagt.\n2. Ausgenommen ist das Tränken von Vieh.\n3. Die sofortige Vollziehung wird angeordnet.`,
            `Die Allgemeinverfügung mit Begründung und Rechtsbehelfsbelehrung kann im Amt für Umwelt und Grünflächen, ${rathausAddr(m)}, eingesehen werden.`] }),
        () => ({ desc: 'road closure notice', body: [
            `Wegen Arbeiten an der Trinkwasserleitung wird ${streetArt(streetName()).acc} zwischen ${streetName()} und ${streetName()} vom ${fmtDate(d2)} bis voraussichtlich ${fmtDate(addDays(d2, int(14, 90)))} voll gesperrt.`,
            `Eine Umleitung ist ausgeschildert. Der Anliegerverkehr ist frei; die Müllabfuhr erfolgt zu den gewohnten Zeiten.`,
            `Fragen beantwortet das Tiefbauamt unter ${instPhone(m, officeExt())} oder ${pick(['tiefbauamt', 'strassenbau'])}@${m.domain}.`] }),
        () => ({ desc: 'auction of lost property', body: [
            `Am ${weekday(d1)}, dem ${anyDate(d1)}, um ${time()} Uhr werden im Bauhof, ${streetName()} ${int(1, 60)}, ${m.plz} ${m.name}, Fundsachen öffentlich versteigert, deren Aufbewahrungsfrist abgelaufen ist (§ 979 BGB).`,
            `Versteigert werden vor allem Fahrräder, Schmuck und Mobiltelefone. Die Gegenstände können ab ${time()} Uhr besichtigt werden. Zahlung nur in bar.`] }),
    ])();
    return { note: `notice: ${topic.desc}; office addresses and mailboxes`,
        parts: para(lines(one('Öffentliche Bekanntmachung', 'Amtliche Bekanntmachung', 'BEKANNTMACHUNG'), one(`der ${m.kind} ${m.name}`, `Stadt ${m.name}`, '')), ...topic.body,
            lines(`${m.short}, ${anyDate(docDate())}`, one('Der Oberbürgermeister', 'Die Oberbürgermeisterin', 'Der Bürgermeister', 'Die Bürgermeisterin', `${m.kind} ${m.name}`, 'gez. Oberbürgermeister'))) };
}

function cCouncil(m) {
    const d1 = later(7, 21);
    const body = pick(['Stadtrates', 'Gemeinderates', 'Ausschusses für Bau, Umwelt und Verkehr', 'Haupt- und Finanzausschusses', 'Sozialausschusses', 'Ortschaftsrates']);
    const tops = shuffle([
        `Bebauungsplan Nr. ${int(1, 99)} „${pick(['Am Bahnhof', 'Kleingartenanlage Ost', 'Sondergebiet Photovoltaik'])}“ – Satzungsbeschluss (Drucksache ${int(100, 400)}/${d1.y})`,
        `Jahresabschluss ${d1.y - 1} der Stadtwerke ${m.short} GmbH – Vorlage ${int(1, 99)}/${d1.y}`,
        `Vergabe der Bauleistungen für die Sanierung ${nounCase(pick(SCHOOLS)).gen}`,
        `Bericht des Oberbürgermeisters`,
        `Änderung der Satzung über die Erhebung von Gebühren für die Benutzung der Kindertageseinrichtungen`,
        `Fortschreibung des Hitzeschutzplans (Informationsvorlage ${int(1, 99)}/${d1.y})`,
        `Anfragen der Stadträtinnen und Stadträte`,
        `Bestellung der Wahlvorstände`,
        `Barrierefreier Umbau der Bushaltestellen ${streetArt(streetName()).dat}`,
    ]).slice(0, int(3, 6));
    const tagesordnung = lines('Tagesordnung – öffentlicher Teil:', ...['Eröffnung, Feststellung der Beschlussfähigkeit', `Bestätigung der Niederschrift vom ${fmtDate(earlier(20, 60))}`, ...tops, 'Einwohnerfragestunde'].map((t, k) => `${k + 1}. ${t}`));
    return { note: `council invitation: public session of the ${body}; agenda with Drucksache numbers, Rathaus address`,
        parts: para(one(`Einladung zur ${int(1, 40)}. öffentlichen Sitzung des ${body}`, `Einladung zur Sitzung des ${body}`, `Öffentliche Sitzung des ${body}`),
            `Die Sitzung findet am ${weekday(d1)}, dem ${anyDate(d1)}, um ${time()} Uhr im ${pick(['Ratssaal', 'Sitzungssaal', 'großen Saal'])} des Rathauses, ${rathausAddr(m)}, statt. ${one('Der Sitzungssaal ist barrierefrei erreichbar.', 'Gäste sind herzlich willkommen.', '')}`,
            tagesordnung,
            one(`Die Sitzungsunterlagen stehen im Ratsinformationssystem unter www.${m.domain}/ratsinfo bereit. Fragen an das Ratsbüro: ${pick(['ratsbuero', 'sitzungsdienst'])}@${m.domain}, Telefon ${instPhone(m, officeExt())}.`, `Rückfragen richten Sie bitte an den Sitzungsdienst, Telefon ${instPhone(m, officeExt())}.`),
            lines(`${m.short}, ${fmtDate(TODAY)}`, one('Der Oberbürgermeister', 'Die Vorsitzende', 'Der Vorsitzende', 'Die Bürgermeisterin'))) };
}

function cKita(m) {
    const kita = pick(KITAS.concat(SCHOOLS.slice(0, 6)));
    const isSchool = SCHOOLS.includes(kita);
    const a = instAddress(m);
    const mail = isSchool ? `${pick(['sekretariat', 'schulleitung', 'info'])}@${slug(kita).replace(/-/g, '')}.${pick(['de', 'schule-sachsen.de'])}` : `${kitaMail(kita)}@${m.domain}`;
    const phone = `${m.vorwahl} ${String(int(2, 9)) + digits(Math.max(4, 8 - m.vorwahl.length))}`;
    const head = one(
        () => `${kita} · ${a.street} ${a.no} · ${m.plz} ${m.name} · Telefon ${phone} · ${mail}`,
        () => lines(kita, `${a.street} ${a.no}`, `${m.plz} ${m.name}`, `Tel. ${phone}`, mail),
        () => lines(`${kita}, ${a.street} ${a.no}, ${m.plz} ${m.name}`, `Telefon: ${phone} | E-Mail: ${mail}`),
    );
    const d1 = docDate();
    const topic = pick([
        () => { const weeks = int(2, 3); const from = later(30, 120); return { desc: 'closing days', body: [`wie jedes Jahr bleibt unsere Einrichtung in den Sommerferien für ${weeks} Wochen geschlossen, in diesem Jahr vom ${fmtDate(from)} bis ${fmtDate(addDays(from, weeks * 7 - 3))}. Eine Notbetreuung ist ${nounCase(pick(KITAS.filter((k) => k !== kita))).in} möglich; bitte melden Sie Ihren Bedarf bis ${anyDate(later(7, 25))} an.`, `Am ${anyDate(later(10, 60))} findet außerdem unser pädagogischer Tag statt.`] }; },
        () => ({ desc: 'illness rules (fever, vomiting) – general health vocabulary', body: [`in den letzten Wochen sind in unserer Einrichtung vermehrt Magen-Darm-Infekte aufgetreten. Wir möchten Sie deshalb an unsere Regeln erinnern:`, `Kinder mit Fieber, Erbrechen oder Durchfall dürfen die Einrichtung erst 48 Stunden nach Abklingen der Symptome wieder besuchen. Bei ansteckenden Krankheiten wie Masern, Windpocken oder Scharlach sind wir nach dem Infektionsschutzgesetz verpflichtet, das Gesundheitsamt zu informieren. Medikamente dürfen wir nur mit ärztlicher Verordnung geben.`] }),
        () => ({ desc: 'measles protection act – proof of vaccination', body: [`nach dem Masernschutzgesetz müssen alle Kinder, die ab dem ersten Geburtstag in einer Kindertageseinrichtung oder Schule betreut werden, einen Nachweis über die Masernimpfung oder eine Immunität vorlegen.`, `Bitte bringen Sie den Impfausweis oder ein ärztliches Zeugnis bis zum ${anyDate(d1)} mit. Fragen zur Impfung beantwortet das Gesundheitsamt unter ${instPhone(m, officeExt())}.`] }),
        () => ({ desc: 'head lice notice', body: [`in einer unserer Gruppen wurden Kopfläuse festgestellt. Das ist kein Grund zur Sorge und hat nichts mit mangelnder Hygiene zu tun.`, `Bitte kontrollieren Sie die Haare Ihres Kindes in den nächsten Tagen gründlich. Wenn Sie Läuse finden, teilen Sie uns das bitte mit; Ihr Kind darf nach der ersten Behandlung wieder kommen.`] }),
        () => { const ev = pick([['Laternenfest', 'im Garten der Einrichtung', 'Bitte denken Sie an wetterfeste Kleidung und eine Laterne.'], ['Sommerfest', 'im Garten der Einrichtung', 'Für Kuchenspenden tragen Sie sich bitte in die Liste an der Pinnwand ein.'], ['Elternabend', 'im Gruppenraum', 'Die Tagesordnung des Elternabends hängt im Eingangsbereich aus.'], ['Tag der offenen Tür', 'in allen Räumen', 'Interessierte Familien sind herzlich willkommen.']]); const d = later(10, 40);
            return { desc: `${ev[0]} invitation`, body: [`herzliche Einladung zu unserem ${ev[0]} am ${weekday(d)}, ${anyDate(d)}, ab ${int(15, 18)}:${pick(['00', '30'])} Uhr ${ev[1]}.`, `${ev[2]} Eltern mit Kinderwagen oder Rollstuhl nutzen bitte den Seiteneingang.`] }; },
        () => ({ desc: 'registration for childcare places', body: [`Anmeldungen für einen Betreuungsplatz ab ${MONTHS[int(0, 11)]} nehmen wir ab sofort entgegen. Bitte nutzen Sie das Formular auf www.${m.domain}/kita oder schreiben Sie an ${pick(['kita-anmeldung', 'kitaplatz'])}@${m.domain}.`, `Die Platzvergabe erfolgt durch das Jugendamt, ${rathausAddr(m)}. Ihre Angaben werden selbstverständlich vertraulich behandelt.`] }),
    ])();
    return { note: `${isSchool ? 'school' : 'Kita'} letter to parents: ${topic.desc}; institution address, phone and mailbox in the header`,
        parts: para(head, one('Liebe Eltern,', 'Liebe Eltern und Sorgeberechtigte,', 'Liebe Familien,', 'Sehr geehrte Eltern,'), ...topic.body,
            lines(one('Herzliche Grüße', 'Viele Grüße', 'Mit freundlichen Grüßen', 'Liebe Grüße'), isSchool ? one('Die Schulleitung', 'Ihr Kollegium', 'Das Team der Schule') : one('Ihr Kita-Team', 'Die Kitaleitung', 'Das Team der Einrichtung', 'Ihre Erzieherinnen und Erzieher'))) };
}

function cHours(m) {
    const o = pick(OFFICES.filter((x) => ['Bürgerbüro', 'Standesamt', 'Einwohnermeldeamt', 'Stadtbibliothek', 'Fundbüro', 'Sozialamt', 'Gewerbeamt'].includes(x.name)));
    const hours = pick([
        ['Montag: 8:00–12:00 Uhr', 'Dienstag: 8:00–12:00 und 13:00–18:00 Uhr', 'Mittwoch: geschlossen', 'Donnerstag: 8:00–12:00 und 13:00–16:00 Uhr', 'Freitag: 8:00–12:00 Uhr'],
        ['Mo, Mi, Fr 8.30 – 12.00 Uhr', 'Di 8.30 – 12.00 und 14.00 – 18.00 Uhr', 'Do 14.00 – 18.00 Uhr', 'jeden 1. Samstag im Monat 9.00 – 12.00 Uhr'],
        ['Montag bis Freitag 7:30 bis 13:00 Uhr', 'Donnerstag zusätzlich 14:00 bis 18:30 Uhr'],
    ]);
    return { note: `opening hours of the ${o.name}; office address after cue, office extension, 115, functional mailbox`,
        parts: para(one(`Öffnungszeiten ${o.name}`, `${o.name} – Öffnungszeiten und Kontakt`, `Geänderte Öffnungszeiten im ${o.name}`),
            lines(...hours),
            one(`Termine vereinbaren Sie online unter www.${m.domain}/termine, telefonisch unter der Behördennummer 115 oder direkt ${beiOffice(o)}: ${instPhone(m, officeExt())}.`,
                `Telefonisch erreichen Sie ${nounCase(o.name).acc.replace(/^die (?!Kämmerei|Stadtbibliothek|Friedhofsverwaltung)/, 'das ')} unter ${instPhone(m, officeExt())}, per E-Mail unter ${mailbox(m, o)}.`,
                `${o.name}: ${instPhone(m, officeExt())} · Servicenummer 115 · ${mailbox(m, o)}`),
            lines(`${o.name} im Rathaus`, rathausAddr(m, '\n')),
            some(0.6, () => one('Bitte bringen Sie zu Ihrem Termin einen gültigen Personalausweis oder Reisepass mit.', 'Für die Beantragung eines Reisepasses benötigen Sie ein aktuelles biometrisches Passfoto.', 'Die Zahlung ist bar oder mit Karte möglich.', 'Zwischen den Jahren bleibt das Amt geschlossen.'))) };
}

function cEvent(m) {
    const d1 = docDate();
    const v = pick(VENUES);
    const a = instAddress(m);
    const ev = pick([
        { t: 'Seniorennachmittag', d: 'senior afternoon', txt: `Bei Kaffee und Kuchen informiert der Seniorenbeirat über Hausnotruf, Pflegegrad und Leistungen der Pflegeversicherung. Der Raum ist barrierefrei; ein Fahrdienst für Rollstuhlfahrer kann bis zwei Tage vorher angemeldet werden.` },
        { t: 'Vortrag „Demenz – erkennen und begleiten“', d: 'talk on dementia (general)', txt: `Eine Fachärztin der Gedächtnisambulanz erklärt, wie sich eine Demenz bemerkbar macht und wo Angehörige Entlastung finden. Im Anschluss stellt der Pflegestützpunkt seine Beratung vor.` },
        { t: 'Blutspendetermin', d: 'blood donation', txt: `Der Blutspendedienst bittet um Unterstützung: Spenden kann, wer mindestens 18 Jahre alt und gesund ist. Bitte bringen Sie einen amtlichen Lichtbildausweis mit. Nach der Spende gibt es einen Imbiss.` },
        { t: 'Lesung in der Stadtbibliothek', d: 'library reading', txt: `Gelesen wird aus dem Roman „${pick(['Der Sommer am See', 'Die Stille der Felder', 'Heimweg'])}“ (ISBN ${makeIsbn()}). Karten zu 8 Euro an der Ausleihe.` },
        { t: 'Tag der offenen Tür der Feuerwehr', d: 'fire brigade open day', txt: `Die Freiwillige Feuerwehr zeigt ihre Fahrzeuge, die Jugendfeuerwehr lädt zum Zielspritzen ein. Um ${time()} Uhr gibt es eine Übung mit dem Rettungsdienst.` },
        { t: 'Informationsabend zur Suchtprävention', d: 'addiction prevention evening (general)', txt: `Die Suchtberatungsstelle informiert Eltern über Alkohol, Cannabis und Medienkonsum bei Jugendlichen. Die Beratung ist anonym und vertraulich.` },
        { t: 'Sommerkonzert der Musikschule', d: 'music school concert', txt: `Schülerinnen und Schüler der Musikschule spielen Werke von Bach bis Beatles. Der Eintritt ist frei, Spenden für neue Instrumente sind willkommen.` },
    ]);
    return { note: `event announcement: ${ev.d}; venue address, office phone and mailbox`,
        parts: para(ev.t, `${weekday(d1)}, ${anyDate(d1)}, ${int(10, 19)}:${pick(['00', '30'])} Uhr\n${v}, ${v.includes('Rathaus') ? rathausAddr(m) : `${a.street} ${a.no}, ${m.plz} ${m.name}`}`, ev.txt,
            one(`Anmeldung bis ${anyDate(docDate())} unter ${instPhone(m, officeExt())} oder ${pick(['veranstaltungen', 'kultur', 'seniorenbuero', 'info'])}@${m.domain}.`, `Weitere Informationen: www.${m.domain}/veranstaltungen`, `Veranstalter: ${m.kind} ${m.name}, ${pick(['Kulturamt', 'Amt für Soziales', 'Stadtbibliothek'])}, ${rathausAddr(m)}`)) };
}

function cForm(m) {
    const [form, formOffice] = pick([['Antrag auf Wohngeld', 'Sozialamt'], ['Antrag auf Befreiung von der Kita-Gebühr', 'Jugendamt'], ['Gewerbeanmeldung', 'Gewerbeamt'], ['Antrag auf Erteilung eines Anwohnerparkausweises', 'Ordnungsamt'], ['Antrag auf Ausstellung eines Führungszeugnisses', 'Bürgerbüro'], ['Hundesteueranmeldung', 'Kämmerei'], ['Antrag auf Leistungen für Bildung und Teilhabe', 'Sozialamt']]);
    const fee = money(10, 80);
    const fields = shuffle([
        'Tragen Sie in Feld 1 Ihren Familiennamen, alle Vornamen und Ihr Geburtsdatum ein.',
        'In Feld 4 geben Sie Ihre Steuer-Identifikationsnummer an (11 Ziffern, zu finden auf dem Einkommensteuerbescheid oder der Lohnsteuerbescheinigung).',
        'Geben Sie unter „Bankverbindung“ die IBAN des Kontos an, auf das die Leistung überwiesen werden soll.',
        'Legen Sie eine Kopie Ihres Personalausweises oder Reisepasses bei (Vorder- und Rückseite).',
        'Bei Fahrzeugen ist das amtliche Kennzeichen und eine Kopie der Zulassungsbescheinigung Teil I beizufügen.',
        'Falls ein Grad der Behinderung festgestellt ist, fügen Sie bitte den Bescheid bei; Angaben zur Gesundheit sind freiwillig.',
        'Ihre Telefonnummer und E-Mail-Adresse sind freiwillig; sie erleichtern uns Rückfragen.',
        'Unterschreiben Sie den Antrag auf Seite 3; bei Minderjährigen unterschreiben beide Sorgeberechtigten.',
    ]).slice(0, int(3, 5));
    return { note: `form instructions (${form}): field cues without values, confidentiality talked about, payment to the city's account`,
        parts: para(one(`Ausfüllhinweise zum ${form}`, `Hinweise zum Formular „${form}“`, `${form} – so füllen Sie das Formular aus`),
            (() => { const numbered = chance(0.5); return lines(...fields.map((f, k) => (numbered ? `${k + 1}. ${f}` : `– ${f}`))); })(),
            one(`Die Verwaltungsgebühr von ${fee} überweisen Sie bitte an die Stadtkasse ${m.short}, IBAN ${m.ibanText}, BIC ${m.bic}. Bitte geben Sie als Verwendungszweck das Kassenzeichen aus dem Bescheid an.`,
                `Bitte überweisen Sie die Gebühr (${fee}) erst nach Erhalt des Bescheids an die Stadtkasse, IBAN ${m.ibanText}.`,
                `Die Gebühr beträgt ${fee} und wird per Lastschrift eingezogen (Gläubiger-ID ${m.glaeubiger}).`),
            one('Ihre Angaben werden selbstverständlich vertraulich behandelt und nur für die Bearbeitung Ihres Antrags verwendet.', 'Vertraulichkeit ist uns wichtig: Ihre Daten werden nach Art. 6 Abs. 1 lit. e DSGVO verarbeitet und nicht an Dritte weitergegeben.', 'Alle Angaben unterliegen dem Sozialgeheimnis (§ 35 SGB I) und werden vertraulich behandelt.'),
            `Den ausgefüllten Antrag senden Sie an: Stadtverwaltung ${m.name}, ${formOffice}, ${rathausAddr(m)}`) };
}

function cLetter(m) {
    const d1 = docDate();
    const topic = pick([
        () => ({ o: 'Tiefbauamt', desc: 'street works information to residents', to: `An die Anliegerinnen und Anlieger ${streetArt(streetName()).dat.replace(/^(in der|im|am) /, 'der Straße ').replace('der Straße Straße ', 'der Straße ')}`, subj: 'Ausbau der Straße – Information zum Bauablauf',
            body: [`die Stadt ${m.short} erneuert ab ${anyDate(d1)} Fahrbahn, Gehwege und Straßenbeleuchtung in Ihrer Straße. Die Arbeiten dauern voraussichtlich ${int(3, 9)} Monate.`, `Die Zufahrt zu den Grundstücken bleibt, von kurzen Unterbrechungen abgesehen, möglich. Über Termine, an denen Ihre Einfahrt gesperrt werden muss, informiert Sie die Baufirma mindestens drei Tage vorher.`, `Eine Anliegerversammlung findet am ${anyDate(docDate())} um ${time()} Uhr im Ratssaal statt.`] }),
        () => ({ o: 'Kämmerei', desc: 'dog tax change with creditor id', to: 'An alle Hundehalterinnen und Hundehalter', subj: 'Änderung der Hundesteuersatzung',
            body: [`der Stadtrat hat eine neue Hundesteuersatzung beschlossen. Ab ${d1.y + 1} beträgt die Steuer für den ersten Hund ${money(60, 120)} jährlich.`, `Wenn Sie uns ein SEPA-Lastschriftmandat erteilt haben, ziehen wir den Betrag zum Fälligkeitstag ein (Gläubiger-ID ${m.glaeubiger}). Alle anderen überweisen bitte an die Stadtkasse, IBAN ${m.ibanText}.`, `Für Assistenzhunde, etwa Blindenführhunde, gilt weiterhin eine Steuerbefreiung.`] }),
        () => ({ o: 'Amt für Umwelt und Grünflächen', desc: 'waste collection calendar', to: 'An alle Haushalte', subj: `Abfallkalender ${d1.y + 1}`,
            body: [`mit diesem Schreiben erhalten Sie den Abfallkalender für das kommende Jahr. Die Abholtermine finden Sie auch in der App und unter www.${m.domain}/abfall.`, `Sperrmüll können Sie zweimal im Jahr kostenlos anmelden. Fragen beantwortet die Abfallberatung unter ${instPhone(m, officeExt())} oder abfallberatung@${m.domain}.`] }),
        () => ({ o: 'Kämmerei', desc: 'property tax reform information', to: 'An die Eigentümerinnen und Eigentümer von Grundstücken', subj: 'Grundsteuerreform – neue Bescheide',
            body: [`ab dem ${anyDate(d1)} erhalten alle Eigentümer neue Grundsteuerbescheide auf Grundlage der Grundsteuerwerte des Finanzamts. Der Hebesatz für die Grundsteuer B beträgt ${int(350, 650)} v. H.`, `Einwände gegen den Grundsteuerwert richten Sie bitte an das Finanzamt, nicht an die Stadt. Fragen zum Bescheid beantwortet die Steuerabteilung der Kämmerei unter ${instPhone(m, officeExt())}.`] }),
        () => ({ o: 'Ordnungsamt', desc: 'winter service duties', to: 'An die Grundstückseigentümer im Stadtgebiet', subj: 'Räum- und Streupflicht im Winter',
            body: [`wir möchten Sie an Ihre Räum- und Streupflicht nach der Straßenreinigungssatzung erinnern: Gehwege sind werktags bis 7 Uhr, sonn- und feiertags bis 9 Uhr von Schnee und Eis zu befreien.`, `Ältere oder gehbehinderte Eigentümer können einen Winterdienst beauftragen; eine Liste von Anbietern erhalten Sie beim Ordnungsamt.`] }),
    ])();
    const o = office(topic.o);
    return { note: `letter from the ${o.name} to a general audience: ${topic.desc}; letterhead and footer with switchboard, account, USt-IdNr.`,
        parts: para(letterhead(m, o), topic.to, `${m.short}, ${anyDate(docDate())}`, `Betreff: ${topic.subj}`, one('Sehr geehrte Damen und Herren,', 'Sehr geehrte Anliegerinnen und Anlieger,', 'Liebe Bürgerinnen und Bürger,'), ...topic.body,
            lines(one('Mit freundlichen Grüßen', 'Freundliche Grüße'), `${o.name}`), footer(m, o)) };
}

function cHealth(m) {
    const a = instAddress(m);
    const topic = pick([
        { d: 'measles information', t: 'Masern – was Eltern wissen sollten', b: ['Masern sind hoch ansteckend und können schwere Komplikationen wie Lungen- oder Gehirnentzündungen verursachen. Die Ständige Impfkommission empfiehlt zwei Impfungen bis zum Ende des zweiten Lebensjahres.', 'Wer Kontakt zu einer erkrankten Person hatte und nicht geschützt ist, sollte sich umgehend an die Hausarztpraxis oder das Gesundheitsamt wenden.'] },
        { d: 'tick-borne encephalitis', t: 'FSME und Borreliose: Zeckenzeit beginnt', b: ['Der Landkreis gilt als FSME-Risikogebiet. Eine Impfung wird allen empfohlen, die sich viel in der Natur aufhalten.', 'Nach einem Zeckenstich sollte die Stichstelle einige Wochen beobachtet werden; eine ringförmige Rötung kann auf eine Borreliose hinweisen.'] },
        { d: 'heat protection for older people', t: 'Hitze: Schützen Sie sich und andere', b: ['Ältere Menschen, Menschen mit Demenz, Pflegebedürftige und Menschen mit chronischen Erkrankungen sind bei Hitze besonders gefährdet. Trinken Sie regelmäßig, auch ohne Durst, und meiden Sie die Mittagssonne.', 'Fragen Sie bei Nachbarn nach, die allein leben. Bei Verwirrtheit, Schwindel oder hohem Fieber rufen Sie den Notruf 112.'] },
        { d: 'care advice (Pflegestützpunkt)', t: 'Der Pflegestützpunkt berät', b: ['Wenn ein Angehöriger pflegebedürftig wird, stellen sich viele Fragen: Wie beantrage ich einen Pflegegrad? Welche Hilfsmittel zahlt die Kasse? Wie finde ich einen Platz in der Tagespflege?', 'Der Pflegestützpunkt berät kostenfrei, neutral und vertraulich – auf Wunsch auch zu Hause.'] },
        { d: 'addiction and mental health counselling', t: 'Sucht- und Krisenberatung im Gesundheitsamt', b: ['Die Beratungsstelle hilft bei Alkohol-, Medikamenten- und Glücksspielabhängigkeit sowie bei psychischen Krisen. Die Beratung ist kostenlos und unterliegt der Schweigepflicht.', 'Angehörige von Menschen mit Depressionen oder einer Suchterkrankung sind ebenfalls willkommen.'] },
        { d: 'school entry health check', t: 'Schuleingangsuntersuchung', b: ['Alle Kinder, die im kommenden Jahr eingeschult werden, werden vom Kinder- und Jugendärztlichen Dienst untersucht. Geprüft werden unter anderem Sehen, Hören, Sprachentwicklung und Motorik.', 'Bitte bringen Sie das gelbe Untersuchungsheft und den Impfausweis mit. Die Ergebnisse werden vertraulich behandelt und nur mit Ihrem Einverständnis an die Schule weitergegeben.'] },
    ]);
    return { note: `Gesundheitsamt information: ${topic.d} (health vocabulary, no person)`,
        parts: para(one(`Gesundheitsamt ${m.short} informiert`, `Information des Gesundheitsamtes`, 'Gesundheitsamt – Bürgerinformation'), topic.t, ...topic.b,
            one(`Gesundheitsamt, ${a.street} ${a.no}, ${m.plz} ${m.name}, Telefon ${instPhone(m, officeExt())}, ${pick(['gesundheitsamt', 'infektionsschutz', 'impfstelle'])}@${m.domain}`,
                lines('Kontakt:', 'Gesundheitsamt', `${a.street} ${a.no}`, `${m.plz} ${m.name}`, `Telefon: ${instPhone(m, officeExt())}`),
                `Sprechzeiten des Gesundheitsamtes: Di und Do 9–12 Uhr. Telefon ${instPhone(m, officeExt())}, Servicenummer 115.`)) };
}

function cPrivacy(m) {
    return { note: 'privacy notice: confidentiality talked about, data protection officer by function, office address',
        parts: para(one('Datenschutzhinweise nach Art. 13 DSGVO', 'Informationen zur Verarbeitung Ihrer Daten', 'Hinweise zum Datenschutz'),
            `Verantwortlich für die Verarbeitung Ihrer personenbezogenen Daten ist die ${m.kind} ${m.name}, vertreten durch ${one('den Oberbürgermeister', 'die Oberbürgermeisterin', 'den Bürgermeister')}, ${rathausAddr(m)}.`,
            `Die behördliche Datenschutzbeauftragte erreichen Sie unter ${pick(['datenschutz', 'datenschutzbeauftragte'])}@${m.domain} oder per Post an die obige Anschrift mit dem Zusatz „${one('Datenschutz – persönlich', 'z. Hd. Datenschutzbeauftragte')}“.`,
            one('Vertraulichkeit ist uns wichtig. Ihre Angaben werden vertraulich behandelt und nach Ablauf der gesetzlichen Aufbewahrungsfristen gelöscht.', 'Wir behandeln Ihre Daten streng vertraulich und geben sie nur weiter, wenn ein Gesetz dies erlaubt.'),
            'Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Einschränkung der Verarbeitung sowie ein Beschwerderecht bei der Aufsichtsbehörde.') };
}

function cCircular(m) {
    const n = `${int(1, 20)}/${int(2024, 2025)}`;
    return { note: 'internal circular on AI use: VS-NfD and non-public sessions talked about, not a marking; no named person',
        parts: para(lines(`Rundschreiben Nr. ${n}`, one('Hauptamt – Organisation und IT', 'Der Oberbürgermeister', 'Dezernat I')),
            `Betreff: ${one('Nutzung generativer KI-Dienste', 'Umgang mit Verschlusssachen', 'Einsatz von KI-Assistenten in der Verwaltung')}`,
            `Für die Nutzung von KI-Diensten gelten ab ${anyDate(docDate())} folgende Regeln:`,
            lines(...shuffle([
                'Dokumente mit dem Vermerk „VS-NUR FÜR DEN DIENSTGEBRAUCH“ dürfen nicht in externe KI-Dienste eingegeben werden.',
                'Inhalte aus nichtöffentlichen Sitzungen gehören nicht in KI-Dienste, auch nicht in Auszügen.',
                'Personenbezogene Daten wie Namen, Anschriften, Geburtsdaten oder Steuer-Identifikationsnummern sind vor der Eingabe zu entfernen.',
                'Angebotspreise aus laufenden Vergabeverfahren sind als Geschäftsgeheimnisse zu behandeln.',
                'Gesundheitsdaten (Art. 9 DSGVO) dürfen nur in freigegebene Dienste der Schutzstufe 2 eingegeben werden.',
                'Vertrauliche Unterlagen sind als solche zu kennzeichnen; im Zweifel fragen Sie die Informationssicherheit.',
            ]).slice(0, int(3, 5)).map((x) => `– ${x}`)),
            `Fragen beantwortet ${one('das Sachgebiet IT', 'die Informationssicherheit', 'der IT-Service')} unter ${pick(['it-service', 'informationssicherheit', 'ki-register', 'helpdesk'])}@${m.domain}, Durchwahl ${m.base}-${officeExt()}.`) };
}

function cJob(m) {
    const job = pick(['Sachbearbeiter/in (m/w/d) im Bürgerbüro', 'Erzieherin/Erzieher (m/w/d) für die städtischen Kitas', 'Sachbearbeiter (m/w/d) Wohngeld', 'Ingenieur/in (m/w/d) Tiefbau', 'Auszubildende (m/w/d) Verwaltungsfachangestellte']);
    return { note: `job advert (${job}): disability and equality wording without a person, Personalamt address and mailbox`,
        parts: para(`Die ${m.kind} ${m.name} sucht zum ${anyDate(docDate())} eine/n`, job,
            `Es handelt sich um eine unbefristete Vollzeitstelle mit Vergütung nach Entgeltgruppe ${pick(['E 8', 'E 9a', 'S 8a', 'E 11', 'E 9b'])} TVöD.`,
            one('Schwerbehinderte Bewerberinnen und Bewerber werden bei gleicher Eignung bevorzugt berücksichtigt.', 'Wir begrüßen Bewerbungen unabhängig von Geschlecht, Herkunft, Religion, Behinderung oder Alter.', 'Bewerbungen schwerbehinderter und ihnen gleichgestellter Menschen sind ausdrücklich erwünscht.'),
            `Ihre Bewerbung richten Sie bitte bis zum ${anyDate(docDate())} an ${pick(['bewerbung', 'karriere', 'personalamt'])}@${m.domain} oder an die Stadtverwaltung ${m.name}, Personalamt, ${rathausAddr(m)}. Fragen beantwortet das Personalamt unter ${instPhone(m, officeExt())}.`) };
}

// =============================================================================================
// PERSONAL documents
// =============================================================================================

const nameL = (p) => L(C.NAME, p.full);
const shortL = (p) => L(C.NAME, p.short);
const emailL = (e) => L(C.EMAIL, e);
const phoneL = (t) => L(C.PHONE, t);
const dobL = (p) => L(C.DOB, dobText(p.dob));
const caseL = (t) => L(C.CASE, t);
function addrL(a, style = wpick([[5, 'one'], [3, 'two'], [2, 'street']])) {
    if (style === 'two') return L(C.ADDRESS, addrTwoLines(a));
    if (style === 'street') return L(C.ADDRESS, a.line1);
    return L(C.ADDRESS, addrOneLine(a));
}
const CLOSINGS = [[20, 'Mit freundlichen Grüßen'], [10, 'Freundliche Grüße'], [10, 'Viele Grüße'], [6, 'Beste Grüße'],
    [4, 'MfG'], [4, 'Mit freundlichem Gruß'], [3, 'Herzliche Grüße'], [3, 'Gruß'], [2, 'LG'], [2, 'Danke und Gruß'],
    [2, 'Hochachtungsvoll'], [2, 'Schöne Grüße']];
const closing = () => wpick(CLOSINGS);
const greetingTo = (p) => one(`${p.geehrt} `, `${p.liebe} `, `Hallo ${p.herr} `, `Guten Tag ${p.herr} `);
const SECRECY_HEADERS = [[10, 'VS – NUR FÜR DEN DIENSTGEBRAUCH'], [8, 'VS-NUR FÜR DEN DIENSTGEBRAUCH'], [8, 'VS-NfD'],
    [12, 'Vertraulich'], [8, 'VERTRAULICH'], [6, 'Nur für den Dienstgebrauch'], [5, 'Vertrauliche Personalsache'],
    [4, 'Streng vertraulich'], [4, 'Nur für den internen Gebrauch'], [3, 'Persönlich/Vertraulich'], [3, 'NICHT ÖFFENTLICH']];
const secrecyHeader = () => L(C.SECRECY, wpick(SECRECY_HEADERS));
const isMobile = (ph) => /^(\+49\s?(\(0\))?1|0049 1|01)/.test(ph);
function phoneLine(ph) { return T`${isMobile(ph) ? one('Mobil: ', 'Handy: ', 'Mobil ', 'Tel.: ', 'Erreichbar unter ') : one('Tel.: ', 'Telefon: ', 'Tel. ', 'Festnetz: ', 'Fon: ', 'Erreichbar unter ')}${phoneL(ph)}`; }
function signature(p, a, { phone = null, email = null, addrStyle = null } = {}) {
    const out = [closing(), '\n', nameL(p)];
    if (a) {
        const st = addrStyle ?? wpick([[5, 'two'], [3, 'one'], [1, 'street']]);
        out.push('\n', addrL(a, st));
    }
    if (phone) out.push('\n', phoneLine(phone));
    if (email) out.push('\n', emailL(email));
    return out;
}
function staff(m) { const p = makePerson({ title: chance(0.03) ? 'Dr.' : '', foreign: chance(0.1) }); p.mail = staffEmail(p, m); p.ext = officeExt(); p.line = instPhone(m, p.ext); return p; }
const roleOf = (p) => p.g(pick(['Sachbearbeiterin', 'Sachbearbeiterin', 'Mitarbeiterin', 'Teamleiterin']), pick(['Sachbearbeiter', 'Sachbearbeiter', 'Mitarbeiter', 'Teamleiter']));

function pCitizenMail(m) {
    const p = makePerson();
    const a = makeAddress(m);
    const phone = privatePhone(areaCodeFor(a.city));
    const topic = pick([
        () => ({ o: 'Bauamt', subj: one('Anfrage Carport', 'Frage zur Baugenehmigung', 'Gartenhaus – genehmigungspflichtig?'), desc: 'building permit question',
            body: (() => { const we = chance(0.5); return T`${we ? 'wir möchten' : 'ich möchte'} auf ${we ? 'unserem' : 'meinem'} Grundstück ${addrL(a, 'one')} ${one('einen Carport', 'ein Gartenhaus mit 12 m²', 'eine Terrassenüberdachung')} errichten. ${we ? 'Brauchen wir' : 'Brauche ich'} dafür eine Baugenehmigung, oder reicht eine Anzeige? ${one('Der Nachbar ist einverstanden.', 'Einen Lageplan kann ich nachreichen.', '')}`; })() }),
        () => ({ o: 'Ordnungsamt', subj: one('Lärmbelästigung', 'Beschwerde Baustellenlärm', 'Ruhestörung jede Nacht'), desc: 'noise complaint',
            body: T`seit ${int(2, 8)} Wochen beginnt die Baustelle gegenüber von unserem Haus (${addrL(a, 'street')}) jeden Morgen vor 6 Uhr mit Rüttelarbeiten. ${one('Meine kleine Tochter wacht davon jedes Mal auf.', 'Ich arbeite im Schichtdienst und kann so nicht schlafen.', 'Mehrere Nachbarn haben sich schon beschwert.')} Bitte prüfen Sie, ob das zulässig ist.` }),
        () => ({ o: 'Tiefbauamt', subj: one('Straßenlaterne defekt', 'Schlagloch vor unserem Haus', 'Gehweg beschädigt'), desc: 'street defect report',
            body: T`vor ${one('unserem', 'meinem')} Haus ${streetArt(a.street).adr}${addrL(a, 'street')} ${one('ist die Straßenlaterne seit Tagen aus', 'ist ein tiefes Schlagloch entstanden', 'haben Wurzeln die Gehwegplatten angehoben')}. ${one('Abends ist es dort stockdunkel.', 'Ein Radfahrer ist gestern fast gestürzt.', 'Mit dem Kinderwagen kommt man kaum vorbei.')}` }),
        () => ({ o: 'Amt für Umwelt und Grünflächen', subj: one('Baum vor dem Haus', 'Antrag Baumfällung'), desc: 'tree complaint',
            body: T`der Straßenbaum vor ${addrL(a, 'one')} hat beim letzten Sturm einen großen Ast verloren, der auf ${one('unser Auto', 'den Zaun', 'den Gehweg')} gefallen ist. Können Sie den Baum bitte kontrollieren lassen?` }),
        () => ({ o: 'Kämmerei', subj: one('Erstattung', 'Doppelt bezahlt', 'Rückzahlung Guthaben'), desc: 'refund to a private IBAN with Kassenzeichen',
            body: T`ich habe die ${one('Parkgebühr', 'Grundsteuer für das zweite Quartal', 'Gebühr für den Reisepass', 'Abwassergebühr')} versehentlich doppelt überwiesen (Kassenzeichen ${caseL(kassenzeichen())}). Bitte erstatten Sie ${money(15, 400)} auf ${one('mein Konto', 'unser Konto', 'das Konto')} ${L(C.IBAN, privateIban(wpick([[85, 'DE'], [5, 'AT'], [5, 'NL'], [5, 'PL']])))}${one('.', ' (Kontoinhaber ist mein Mann).', ', Sparkasse.')}` }),
        () => ({ o: 'Kämmerei', subj: one('Abmeldung Hund', 'Hundesteuer'), desc: 'dog tax deregistration with Kassenzeichen',
            body: T`unser Hund ist im ${MONTHS[int(0, 11)]} verstorben. Bitte melden Sie ihn zur Hundesteuer ab (Kassenzeichen ${caseL(kassenzeichen())}). Unsere Anschrift: ${addrL(a, 'one')}.` }),
        () => ({ o: 'Sozialamt', subj: one('Wohngeldantrag – Nachfrage', 'Mein Antrag auf Wohngeld'), desc: 'housing benefit follow-up with case number',
            body: T`ich habe vor ${int(5, 14)} Wochen Wohngeld beantragt (Aktenzeichen ${caseL(caseNumber())}) und noch keine Nachricht erhalten. ${one(() => T`Seit meiner ${L(C.SPECIAL, 'Operation')}`, () => T`Seit meiner ${L(C.SPECIAL, 'Krankschreibung')}`, 'Seit der Trennung')} ist es finanziell sehr eng. Können Sie mir sagen, wie lange die Bearbeitung noch dauert?` }),
        () => { const child = makePerson({ minYear: 2020, maxYear: 2024, title: '', foreign: false }); child.last = p.last; child.full = `${child.first} ${p.last}`;
            return { o: 'Jugendamt', subj: one('Kitaplatz', 'Anmeldung Krippenplatz', 'Betreuungsplatz ab Sommer'), desc: 'Kita place request with child DOB',
                body: T`für ${one('unsere Tochter', 'unseren Sohn', 'unser Kind')} ${nameL(child)}, geb. ${dobL(child)}, suchen wir ab ${MONTHS[int(0, 11)]} einen Betreuungsplatz, am liebsten ${nounCase(pick(KITAS)).in}. ${streetArt(a.street).adr === 'Adresse: ' ? 'Unsere Adresse: ' : 'Wir wohnen ' + streetArt(a.street).adr}${addrL(a, 'street')}.` }; },
    ])();
    const o = office(topic.o);
    const to = mailbox(m, o);
    const header = chance(0.6);
    const greet = wpick([[6, 'Sehr geehrte Damen und Herren,'], [3, 'Guten Tag,'], [2, 'Hallo,'], [1, 'Moin,'], [1, 'Grüß Gott,']]);
    const parts = [];
    if (header) parts.push(lines(T`${one('Von: ', 'From: ', 'Absender: ')}${nameL(p)} <${emailL(p.email)}>`, `An: ${to}`, `Betreff: ${topic.subj}`), '\n\n');
    else parts.push(`An: ${to}\nBetreff: ${topic.subj}\n\n`);
    parts.push(greet, '\n', topic.body, '\n');
    if (chance(0.5)) { const [a1, a2] = pick([['Sie erreichen mich unter ', '.'], ['Rückfragen gern telefonisch: ', ''], ['Für Rückfragen: ', ''], ['Tagsüber bin ich unter ', ' erreichbar.'], ['Bitte rufen Sie mich zurück: ', '']]); parts.push(T`${a1}${phoneL(phone)}${a2}`, '\n'); }
    parts.push('\n', signature(p, chance(0.4) ? a : null, { email: header ? null : (chance(0.7) ? p.email : null) }));
    return { note: `citizen e-mail to ${to.split('@')[0]}@: ${topic.desc}; functional mailbox not personal`, parts };
}

function pCitizenLetter(m) {
    const p = makePerson();
    const a = makeAddress(m, { local: 0.9 });
    const d = TODAY;
    const topic = pick([
        () => ({ o: pick(['Sozialamt', 'Kämmerei', 'Ordnungsamt', 'Bauamt']), desc: 'objection to a fee notice, with case number', subj: T`Widerspruch gegen den Bescheid vom ${fmtDate(docDate())}, ${one('Az. ', 'Aktenzeichen ', 'Ihr Zeichen: ')}${caseL(caseNumber())}`,
            body: T`hiermit lege ich gegen den oben genannten Bescheid fristgerecht Widerspruch ein. ${one('Die festgesetzte Gebühr ist nach meiner Auffassung zu hoch, weil', 'Der Bescheid berücksichtigt nicht, dass')} ${one('die Leistung nie erbracht wurde.', 'ich zum Stichtag bereits umgezogen war.', 'mein Einkommen deutlich gesunken ist.')} Eine ausführliche Begründung reiche ich nach.${one(() => T` Bereits gezahlte Beträge erstatten Sie bitte auf mein Konto ${L(C.IBAN, privateIban())}.`, '')}` }),
        () => ({ o: 'Kämmerei', desc: 'request for deferral because of illness (health detail)', subj: T`Stundung – Kassenzeichen ${caseL(kassenzeichen())}`,
            body: T`ich bitte um Stundung der Grundsteuer für das laufende Jahr. Wegen einer ${L(C.SPECIAL, pick(['Krebserkrankung', 'schweren Depression', 'Herzerkrankung', 'Hüftoperation']))} ${one('kann ich derzeit nicht arbeiten', 'ist mein Einkommen stark gesunken')}. Eine Ratenzahlung von ${money(30, 120)} im Monat wäre mir möglich.` }),
        () => ({ o: 'Ordnungsamt', desc: 'disabled parking space request (health detail)', subj: 'Antrag auf einen Behindertenparkplatz vor meiner Wohnung',
            body: T`ich ${one(T`sitze seit einem Unfall im ${L(C.SPECIAL, 'Rollstuhl')}`, T`bin ${L(C.SPECIAL, 'gehbehindert')} (Merkzeichen aG)`, T`habe nach einer ${L(C.SPECIAL, 'Beinamputation')} einen Schwerbehindertenausweis`)} und bitte um einen personengebundenen Parkplatz vor meinem Haus ${addrL(a, 'street')}. Mein ${one('Pkw', 'Fahrzeug')} hat das Kennzeichen ${L(C.PLATE, plate(m.plate))}.` }),
        () => ({ o: pick(['Bürgerbüro', 'Einwohnermeldeamt']), desc: 'registration certificate request with date of birth', subj: 'Bitte um eine erweiterte Meldebescheinigung',
            body: T`für ${one('meinen Arbeitgeber', 'die Rentenversicherung', 'die Bank')} benötige ich eine erweiterte Meldebescheinigung. Meine Daten: ${nameL(p)}, geboren am ${dobL(p)}, wohnhaft ${addrL(a, 'one')}. Die Gebühr überweise ich nach Erhalt der Rechnung.` }),
        () => ({ o: pick(['Standesamt', 'Bürgerbüro']), desc: 'notice of name change after marriage', subj: 'Namensänderung nach Eheschließung',
            body: T`ich habe am ${fmtDate(earlier(10, 60))} in ${anyCityName()} geheiratet und führe seitdem den Familiennamen ${p.g('meines Ehemanns', 'meiner Ehefrau')}. ${one('Bitte ändern Sie die Angaben im Melderegister.', 'Die Heiratsurkunde liegt in Kopie bei.')} Mein Geburtsdatum: ${dobL(p)}.` }),
    ])();
    const o = office(topic.o);
    const sender = one(
        () => T`${nameL(p)}\n${addrL(a, 'two')}`,
        () => T`${nameL(p)} · ${addrL(a, 'one')}`,
        () => T`Absender: ${nameL(p)}, ${addrL(a, 'one')}`,
    );
    const recipient = one(
        () => lines(`${m.kind} ${m.name}`, o.name, rathausAddr(m, '\n')),
        () => lines(`Stadtverwaltung ${m.name}`, o.name, m.street + ' ' + m.no, `${m.plz} ${m.name}`),
        () => lines(`An ${/Kämmerei/.test(o.name) ? 'die' : 'das'} ${o.name}`, `Rathaus`, rathausAddr(m, '\n')),
    );
    const contact = chance(0.5) ? ['\n', phoneLine(privatePhone(areaCodeFor(a.city)))] : '';
    return { note: `citizen letter to the ${o.name}: ${topic.desc}; office address in the recipient block not personal`,
        parts: para([sender, contact], recipient, `${a.city}, ${fmtDate(d)}`, T`Betreff: ${topic.subj}`, 'Sehr geehrte Damen und Herren,', topic.body,
            [closing(), '\n\n', nameL(p)]) };
}

function pAdminLetter(m) {
    const p = makePerson();
    const a = makeAddress(m, { local: 0.85 });
    const s = staff(m);
    const az = caseNumber();
    const topic = pick([
        () => ({ o: pick(['Sozialamt', 'Jugendamt']), desc: 'request for missing documents', subj: `Ihr Antrag vom ${fmtDate(earlier(10, 60))}`, body: [`für die weitere Bearbeitung Ihres Antrags benötigen wir noch folgende Unterlagen:`, lines('– Einkommensnachweise der letzten drei Monate', '– aktueller Mietvertrag', '– Kontoauszüge der letzten zwei Monate'), `Bitte reichen Sie die Unterlagen bis zum ${anyDate(later(14, 30))} ein. Andernfalls müssen wir nach § 66 SGB I über den Antrag nach Aktenlage entscheiden.`] }),
        () => ({ o: 'Bauamt', desc: 'building permit granted', subj: 'Baugenehmigung', body: [T`die beantragte Baugenehmigung für das Vorhaben auf dem Grundstück ${addrL(a, 'one')} wird hiermit erteilt.`, `Die Gebühr in Höhe von ${money(80, 900)} überweisen Sie bitte innerhalb eines Monats an die Stadtkasse, IBAN ${m.ibanText}, unter Angabe des Aktenzeichens.`] }),
        () => ({ o: pick(['Ordnungsamt', 'Sozialamt', 'Jugendamt', 'Einwohnermeldeamt', 'Gewerbeamt', 'Standesamt']), desc: 'appointment for a hearing', subj: 'Einladung zu einem persönlichen Gespräch', body: [`wir laden Sie zu einem Gespräch am ${weekday(docDate())}, ${anyDate(docDate())}, um ${time()} Uhr ins Rathaus, Zimmer ${int(1, 4)}.${pad(int(1, 40), 2)}, ein.`, `Bitte bringen Sie Ihren Personalausweis und die Unterlagen zu Ihrem Antrag mit. Sollten Sie verhindert sein, rufen Sie mich bitte an.`] }),
        () => ({ o: 'Sozialamt', desc: 'care allowance notice (health detail)', subj: 'Hilfe zur Pflege', body: [T`auf Grundlage des Gutachtens des Medizinischen Dienstes vom ${fmtDate(docDate())} wurde bei Ihnen ${L(C.SPECIAL, `Pflegegrad ${int(2, 5)}`)} festgestellt. Die Kosten für den ambulanten Pflegedienst werden ab dem ${fmtDate(docDate())} übernommen, soweit sie das Pflegegeld übersteigen.`] }),
    ])();
    const o = office(topic.o);
    const headerBlock = lines(
        T`${one('Ihr Zeichen: –', '')}`,
        T`${one('Unser Zeichen: ', 'Aktenzeichen: ', 'Az.: ', 'Geschäftszeichen: ')}${caseL(az)}`,
        T`${one(`${roleOf(s)}: `, 'Ansprechpartner: ', 'Bearbeitung: ', s.g('Ihre Ansprechpartnerin: ', 'Ihr Ansprechpartner: '))}${nameL(s)}`,
        some(0.5, `Zimmer ${int(1, 4)}.${pad(int(1, 40), 2)}`),
        T`${one('Telefon: ', 'Tel. ', 'Durchwahl: ')}${phoneL(s.line)}`,
        some(0.6, () => T`E-Mail: ${emailL(s.mail)}`),
        `Datum: ${fmtDate(TODAY)}`,
    );
    const addressee = one(
        () => T`${p.herrn}\n${nameL(p)}\n${addrL(a, 'two')}`,
        () => T`${p.herrn} ${nameL(p)}\n${addrL(a, 'two')}`,
    );
    return { note: `letter from the ${o.name} to a citizen: ${topic.desc}; named clerk with direct line and e-mail is personal, letterhead/footer are not`,
        parts: para(letterhead(m, o), addressee, headerBlock, `Betreff: ${topic.subj}`, T`${p.geehrt} ${shortL(p)},`, ...topic.body,
            T`${one('Mit freundlichen Grüßen', 'Freundliche Grüße')}\n${one('Im Auftrag\n', 'i. A. ', '')}${nameL(s)}`, footer(m, o)) };
}

function pNote(m) {
    const p = makePerson({ minYear: 1935, maxYear: 1995 });
    const a = makeAddress(m, { local: 0.95 });
    const s = staff(m);
    const rel = makePerson({ foreign: p.foreign });
    const topic = pick([
        () => ({ desc: 'home visit by the social welfare office (health details)', o: 'Sozialamt', subj: T`Hausbesuch bei ${p.herrn} ${nameL(p)}, ${addrL(a, 'one')}`,
            body: [T`Beim Hausbesuch am ${fmtDate(docDate())} wurde Folgendes festgestellt: ${p.herr} ${shortL(p)} (geb. ${dobL(p)}) ${healthClause(p)}. Die Wohnung im ${int(1, 4)}. Obergeschoss ist ohne Aufzug kaum noch zu erreichen.`,
                T`${rel.g('Die Tochter', 'Der Sohn')}, ${nameL(rel)}, ${one('Tel. ', 'erreichbar unter ', 'Telefon ')}${phoneL(privatePhone(areaCodeFor(a.city)))}, unterstützt beim Einkauf. Ein Antrag auf Hilfe zur Pflege wird vorbereitet.`] }),
        () => ({ desc: 'visit at the Ordnungsamt: noise dispute between neighbours', o: 'Ordnungsamt', subj: T`Vorsprache ${p.g('von Frau', 'von Herrn')} ${nameL(p)}`,
            body: [T`${p.herr} ${shortL(p)}, wohnhaft ${addrL(a, 'one')}, sprach heute vor und beschwerte sich erneut über ${rel.g('die Nachbarin', 'den Nachbarn')} ${nameL(rel)} (${rel.g('Erdgeschoss', 'Dachgeschoss')}).`,
                T`Nach Angabe von ${p.herrn} ${shortL(p)} ${one('läuft nachts laute Musik', 'werden im Hof Abfälle verbrannt', 'bellt der Hund stundenlang')}. ${one('Eine Anhörung wird eingeleitet.', 'Die Polizei war bereits zweimal vor Ort.', 'Es wurde auf den Zivilrechtsweg verwiesen.')}`] }),
        () => ({ desc: 'phone call with the youth welfare office about a child (health detail)', o: 'Jugendamt', subj: T`Telefonat mit ${p.g('Frau', 'Herrn')} ${nameL(p)}`,
            body: (() => { const c = makePerson({ minYear: 2012, maxYear: 2020, foreign: false, title: '' }); c.full = `${c.first} ${p.last}`; return [
                T`${p.herr} ${shortL(p)} rief am ${fmtDate(docDate())} an. ${(p.female ? 'Ihr' : 'Sein') + (c.female ? 'e' : '')} ${c.g('Tochter', 'Sohn')} ${nameL(c)} (geb. ${dobL(c)}) ${childHealthClause()}.`,
                T`Die Familie wünscht Unterstützung bei der Beantragung einer Schulbegleitung. Rückruf unter ${phoneL(privatePhone(areaCodeFor(a.city), true))} vereinbart.`]; })() }),
        () => ({ desc: 'eviction risk note with case number', o: 'Sozialamt', subj: T`Drohende Wohnungslosigkeit – ${caseL(caseNumber())}`,
            body: [T`Der Vermieter hat ${p.herrn} ${nameL(p)} (${addrL(a, 'one')}) wegen Mietrückständen von ${money(1200, 6000)} fristlos gekündigt. Räumungstermin ist der ${fmtDate(docDate())}.`,
                T`${p.herr} ${shortL(p)} ${healthClause(p)}. Eine Übernahme der Mietschulden nach § 36 SGB XII wird geprüft.`] }),
    ])();
    const mark = chance(0.55) ? [secrecyHeader(), '\n\n'] : '';
    return { note: `internal note (${topic.o}): ${topic.desc}${mark ? '; secrecy marking at the top' : ''}`,
        parts: [mark, para(lines(one('Aktenvermerk', 'Vermerk', 'Gesprächsnotiz', 'Interner Vermerk'), `${topic.o} ${m.short}`, some(0.5, () => T`Az.: ${caseL(caseNumber())}`), `Datum: ${fmtDate(docDate())}`),
            T`Betreff: ${topic.subj}`, ...topic.body, one(() => T`gez. ${nameL(s)}`, () => T`${nameL(s)}, ${roleOf(s)}, Tel. ${phoneL(s.line)}`, () => `${s.first[0]}${s.last[0]}`.toUpperCase()))] };
}

function pHr(m) {
    const p = makePerson({ minYear: 1960, maxYear: 2002 });
    const boss = staff(m);
    const o = pick(OFFICES);
    const topic = pick([
        () => ({ desc: 'sick leave and reintegration', body: [
            T`${p.herr} ${nameL(p)} (${o.name}) ist seit dem ${fmtDate(docDate())} ${L(C.SPECIAL, one('arbeitsunfähig erkrankt', 'krankgeschrieben', 'arbeitsunfähig'))}. ${p.Er} ${healthClause(p)}.`,
            T`Nach Rückkehr soll ein BEM-Gespräch angeboten werden; eine ${L(C.SPECIAL, 'stufenweise Wiedereingliederung')} ist nach Auskunft der Ärztin ab ${MONTHS[int(0, 11)]} möglich.`] }),
        () => ({ desc: 'union membership and payroll', body: [
            T`${p.herr} ${nameL(p)} hat mitgeteilt, dass ${p.er} ${L(C.SPECIAL, one('Mitglied bei ver.di', 'Gewerkschaftsmitglied', 'Mitglied der komba', 'Mitglied im dbb'))} ist und der Beitrag künftig über die Bezügestelle abgeführt werden soll.`,
            T`Bitte ab ${MONTHS[int(0, 11)]} anpassen. ${p.Sein} Geburtsdatum für die Zuordnung: ${dobL(p)}.`] }),
        () => ({ desc: 'change of religion for church tax', body: [
            T`${p.herr} ${nameL(p)} hat den ${L(C.SPECIAL, 'Kirchenaustritt')} nachgewiesen (Bescheinigung des Standesamts vom ${fmtDate(docDate())}).`,
            T`Das Kirchensteuermerkmal ist ab dem Folgemonat zu löschen. Bisher: ${L(C.SPECIAL, one('römisch-katholisch', 'evangelisch', 'ev.-luth.'))}.`] }),
        () => ({ desc: 'maternity protection', body: [
            T`${p.g('Frau', 'Herr')} ${nameL(p)} hat mitgeteilt, dass ${p.g('sie', 'seine Partnerin')} ${L(C.SPECIAL, 'schwanger')} ist; voraussichtlicher Entbindungstermin ${fmtDate(docDate())}.`,
            `Die Gefährdungsbeurteilung des Arbeitsplatzes ist zu aktualisieren. Der Personalrat ist informiert.`] }),
        () => ({ desc: 'probation review with private contact data', body: [
            T`Die Probezeit von ${p.herrn} ${nameL(p)} endet am ${fmtDate(docDate())}. Die Leistungen werden als gut bewertet.`,
            T`Neue Privatanschrift laut Mitteilung: ${addrL(makeAddress(m), 'one')}, ${one('Mobil ', 'privat: ', 'Tel. ')}${phoneL(privatePhone(m.vorwahl, true))}.${one(() => T` Neue Bankverbindung: ${L(C.IBAN, privateIban())}.`, '')}`] }),
    ])();
    const mark = chance(0.5) ? [secrecyHeader(), '\n'] : '';
    return { note: `HR note: ${topic.desc}${mark ? '; secrecy marking' : ''}`,
        parts: [mark, para(lines(one('Personalangelegenheit', 'Vermerk Personalamt', 'Notiz für die Personalakte'), `Datum: ${fmtDate(docDate())}`), ...topic.body,
            T`${one('Gruß', 'Viele Grüße', 'Mit freundlichen Grüßen')}\n${nameL(boss)}\n${one('Personalamt', 'Amtsleitung ' + o.name, 'Personalservice')}, ${one('Tel. ', 'Durchwahl ')}${phoneL(boss.line)}`)] };
}

function pSocial(m) {
    const p = makePerson({ minYear: 1965, maxYear: 2003 });
    const a = makeAddress(m, { local: 0.95 });
    const partner = makePerson({ female: !p.female, foreign: p.foreign });
    const kid = makePerson({ minYear: 2010, maxYear: 2022, title: '', foreign: false }); kid.full = `${kid.first} ${p.last}`;
    const jobcenter = chance(0.5);
    const items = shuffle([
        T`${one('Kunde', 'Leistungsberechtigte Person', 'Antragsteller/in', 'Person')}: ${nameL(p)}, geb. ${dobL(p)}`,
        T`Anschrift: ${addrL(a, 'one')}`,
        jobcenter ? T`${one('Kundennummer ', 'Kd.-Nr. ')}${caseL(jobcenterKundennr())}, BG-Nummer ${caseL(bgNummer())}` : T`Az. ${caseL(caseNumber())}`,
        T`Bedarfsgemeinschaft mit ${partner.g('Partnerin', 'Partner')} ${nameL(partner)} und ${kid.g('Tochter', 'Sohn')} ${nameL(kid)} (${2025 - kid.dob.y} J.)`,
        T`Gesundheit: ${p.Er} ${healthClause(p)}`,
        T`Telefon: ${phoneL(privatePhone(areaCodeFor(a.city)))}`,
        some(0.6, () => T`Konto: ${L(C.IBAN, privateIban())}`),
        some(0.35, () => T`${one('RV-Nr.', 'Rentenversicherungsnummer', 'SV-Nummer')} ${L(C.PENSION, fmtPension(makePensionNumber(p)))}`),
        `Miete ${money(380, 900)} warm, Nebenkostennachzahlung ${money(120, 800)}`,
    ]).filter((x) => x !== '');
    const ask = one('Bitte formuliere aus diesen Stichpunkten einen kurzen Vermerk für die Akte:', 'Fasse den Fall für die Fallbesprechung zusammen:', 'Schreibe einen freundlichen Brief an die Kundin bzw. den Kunden, in dem die fehlenden Unterlagen angefordert werden:', 'Stichpunkte zur Fallakte:');
    return { note: `${jobcenter ? 'Jobcenter' : 'Sozialamt'} case summary drafted as an AI prompt: names, DOB, address, customer/case numbers, health detail`,
        parts: para(ask, lines(...items.map((x) => ['- ', x])), some(0.5, `Zuständig: ${jobcenter ? 'Jobcenter' : 'Sozialamt'} ${m.short}, ${rathausAddr(m)}, ${instPhone(m, officeExt())}`)) };
}

function pCare(m) {
    const p = makePerson({ minYear: 1930, maxYear: 1960 });
    const a = makeAddress(m, { local: 0.95 });
    const rel = makePerson({ minYear: 1955, maxYear: 1990 });
    const [art, w1] = pick([['einer', 'Hüftoperation'], ['einem', 'Oberschenkelhalsbruch'], ['einem', 'Schlaganfall'], ['einem', 'Wirbelbruch'], ['einer', 'Knieoperation']]);
    const w2 = pick(['Rollator', 'Rollstuhl', 'Treppenlift', 'Hausnotruf']);
    return { note: 'care case (Pflege): health details of a named person, relative with private phone and e-mail',
        parts: para(lines(one('Antrag auf Hilfe zur Pflege', 'Beratungsprotokoll Pflegestützpunkt', 'Pflegeberatung – Gesprächsnotiz', 'Sozialhilfe – Hilfe zur Pflege'), T`${one('Antragstellerin/Antragsteller: ', 'Betroffene Person: ', 'Name: ')}${nameL(p)}, ${one('geb. ', 'Geburtsdatum ', '* ')}${dobL(p)}`, T`Wohnhaft: ${addrL(a, 'one')}`, some(0.5, () => T`${one('Versichertennummer (Pflegekasse)', 'KVNR', 'Krankenversichertennummer')}: ${L(C.KVNR, makeKvnr())}`)),
            T`${p.herr} ${shortL(p)} ist nach ${art} ${L(C.SPECIAL, w1)} im ${MONTHS[int(0, 11)]} auf einen ${L(C.SPECIAL, w2)} angewiesen. ${one(T`Der Medizinische Dienst hat ${L(C.SPECIAL, `Pflegegrad ${int(1, 4)}`)} festgestellt.`, T`Eine ${L(C.SPECIAL, 'Reha')} in der Klinik am Kurpark wurde abgebrochen.`, T`Zusätzlich besteht eine beginnende ${L(C.SPECIAL, 'Demenz')}.`)}`,
            T`Ansprechpartner in der Familie: ${rel.g('Tochter', 'Sohn')} ${nameL(rel)}, ${phoneL(privatePhone(areaCodeFor(a.city), true))}${one(() => T`, ${emailL(rel.email)}`, '')}.`,
            one(`Der Pflegestützpunkt, ${rathausAddr(m)}, begleitet die Antragstellung.`, `Weiteres Vorgehen: Hausbesuch durch den Sozialdienst, Kostenübernahme prüfen.`, 'Nächster Termin in vier Wochen.')) };
}

function pBuergerbuero(m) {
    const p = makePerson();
    const oldA = makeAddress(m, { local: 0.3 });
    const newA = makeAddress(m, { local: 1 });
    const s = staff(m);
    const topic = pick([
        () => ({ desc: 'change of address with religion for church tax', body: T`${p.herr} ${nameL(p)}, geb. ${dobL(p)}, meldet sich zum ${fmtDate(docDate())} von ${addrL(oldA, 'one')} nach ${addrL(newA, 'one')} um. Religionszugehörigkeit laut Melderegister: ${L(C.SPECIAL, pick(['römisch-katholisch', 'evangelisch', 'ev.-luth.', 'jüdisch', 'altkatholisch']))}. Personalausweis vorgelegt, Meldebescheinigung ausgehändigt.` }),
        () => ({ desc: 'lost ID card report', body: T`${p.herr} ${nameL(p)} (${one('geb. ', '* ')}${dobL(p)}), wohnhaft ${addrL(newA, 'one')}, zeigt den Verlust ${p.g('ihres', 'seines')} Personalausweises an${one(() => T` (Ausweisnummer ${L(C.ID_CARD, makeIdCard(chance(0.6)))})`, () => T`; Nummer des verlorenen Ausweises: ${L(C.ID_CARD, makeIdCard(true))}`, '')}. Ein vorläufiger Personalausweis wurde beantragt; Rückfragen unter ${phoneL(privatePhone(areaCodeFor(newA.city)))}.` }),
        () => ({ desc: 'passport for a child with parent contact', body: (() => { const c = makePerson({ minYear: 2012, maxYear: 2023, foreign: false, title: '' }); c.full = `${c.first} ${p.last}`; return T`${p.herr} ${nameL(p)} beantragt für ${c.g('die Tochter', 'den Sohn')} ${nameL(c)}, geb. ${dobL(c)}, einen Kinderreisepass${one(() => T` (ausgestellt unter Nr. ${L(C.PASSPORT, makePassport(chance(0.5)))})`, '')}. Die Zustimmung des anderen Elternteils liegt vor. Benachrichtigung per E-Mail an ${emailL(p.email)}.`; })() }),
    ])();
    return { note: `Bürgerbüro case note: ${topic.desc}; office phone of the Bürgerbüro not personal`,
        parts: para(lines(one('Bürgerbüro – Vorgang', 'Vermerk Bürgerbüro', 'Meldebehörde – Bearbeitungsnotiz'), `Bürgerbüro ${m.short}, ${instPhone(m, officeExt())}`), topic.body,
            T`${one('Bearbeitet: ', 'Sachbearbeitung: ', 'gez. ')}${nameL(s)}${one(() => T`, Tel. ${phoneL(s.line)}`, '')}`) };
}

function pOrdnung(m) {
    const p = makePerson();
    const a = makeAddress(m, { local: 0.7 });
    const s = staff(m);
    const kz = kassenzeichen();
    const pl = plate(chance(0.7) ? m.plate : pick(MUNIS).plate);
    if (chance(0.5)) {
        return { note: 'Ordnungsamt hearing letter: plate, Kassenzeichen, holder name and address; city account not personal',
            parts: para(letterhead(m, office('Ordnungsamt')), T`${p.herrn}\n${nameL(p)}\n${addrL(a, 'two')}`,
                lines(T`${one('Aktenzeichen: ', 'Az.: ', 'Kassenzeichen: ')}${caseL(kz)}`, T`Sachbearbeitung: ${nameL(s)}`, T`Telefon: ${phoneL(s.line)}`),
                one('Anhörung im Verwarnungsgeldverfahren', 'Verwarnung mit Verwarnungsgeld', 'Anhörung als Betroffene/r'),
                T`${p.geehrt} ${shortL(p)},`,
                T`Ihnen wird vorgeworfen, am ${fmtDate(docDate())} um ${time()} Uhr in ${m.short}, ${streetName()}, mit dem ${one('Pkw', 'Fahrzeug', 'Kraftfahrzeug')} mit dem amtlichen Kennzeichen ${L(C.PLATE, pl)} ${one('im eingeschränkten Halteverbot geparkt', 'auf einem Behindertenparkplatz ohne Berechtigung geparkt', 'die Parkscheibe nicht ausgelegt')} zu haben (§ 12 StVO).`,
                `Das Verwarnungsgeld beträgt ${money(20, 55)}. Bitte überweisen Sie den Betrag innerhalb einer Woche an die Stadtkasse ${m.short}, IBAN ${m.ibanText}, BIC ${m.bic}, unter Angabe des Kassenzeichens.`,
                T`${one('Mit freundlichen Grüßen', 'Freundliche Grüße')}\n${one('Im Auftrag\n', '')}${nameL(s)}`) };
    }
    return { note: 'citizen objection to towing: plate written with a blank after "Kennzeichen", private phone',
        parts: para(`An: ${pick(['ordnungsamt', 'ordnungsamt.verkehr', 'bussgeldstelle'])}@${m.domain}\nBetreff: ${one('Abschleppen meines Autos', 'Widerspruch Verwarnung', 'Knöllchen ungerechtfertigt')}`,
            one('Sehr geehrte Damen und Herren,', 'Guten Tag,', 'Hallo,'),
            T`mein ${one('Auto', 'Wagen', 'Pkw')} (Kennzeichen ${L(C.PLATE, plate(m.plate, true))}) wurde am ${fmtDate(docDate())} vor ${one('meinem Haus', 'unserer Wohnung')} ${streetArt(a.street).adr === 'Adresse: ' ? '(' : streetArt(a.street).adr}${addrL(a, 'street')}${streetArt(a.street).adr === 'Adresse: ' ? ')' : ''} abgeschleppt, obwohl ${one('dort kein Schild stand', 'das Halteverbot erst ab 14 Uhr galt', 'ich einen Anwohnerparkausweis habe')}. ${one('Ich bitte um Erstattung der Kosten.', 'Ich lege hiermit Widerspruch ein.')} ${one(() => T`Kassenzeichen: ${caseL(kz)}.`, '')}`,
            signature(p, null, { phone: privatePhone(areaCodeFor(a.city), true) })) };
}

function pIt(m) {
    const s = staff(m);
    const host = `${m.plate.replace(/[ÄÖÜ]/g, (c) => ({ Ä: 'AE', Ö: 'OE', Ü: 'UE' })[c])}-${pick(['PC', 'NB', 'WS', 'TC'])}${pad(int(1, 9999), 4)}`;
    const ip1 = ipv4Private(), ip2 = ipv4Private();
    const o = pick(OFFICES);
    const topic = pick([
        () => ({ desc: 'workstation cannot reach the application server', body: T`Der Arbeitsplatzrechner ${host} (IP ${L(C.IP, ip1)}) ${inOffice(o)} erreicht seit heute Morgen den Fachverfahrensserver ${L(C.IP, ip2)} nicht mehr. Ping geht, Anmeldung am Fachverfahren schlägt fehl (Fehlercode 0x80070005).` }),
        () => ({ desc: 'suspicious logins from an external IP', body: T`Im Firewall-Log tauchen seit ${time()} Uhr wiederholte Anmeldeversuche auf das Konto von ${nameL(s)} auf, Quell-IP ${L(C.IP, ipv4Public())}. Das Konto wurde vorsorglich gesperrt. Bitte Passwort zurücksetzen.` }),
        () => ({ desc: 'VPN problem with IPv6 address', body: T`VPN-Verbindung aus dem Homeoffice bricht alle paar Minuten ab. Zugewiesene Adresse laut Client: ${L(C.IP, ipv6())}, Gateway ${L(C.IP, ipv4Private())}. Version des Clients 5.1.2.4.` }),
        () => ({ desc: 'printer with static IP', body: T`Der Etagendrucker ${inOffice(o)} (feste IP ${L(C.IP, ip1)}) druckt nur noch leere Seiten. Bereits neu gestartet, Toner ist voll.` }),
    ])();
    return { note: `IT ticket: ${topic.desc}; reporter's name and direct line, IP addresses (a client version number is not an IP)`,
        parts: para(lines(`Ticket #${int(10000, 99999)} – ${one('Störung', 'Incident', 'Anfrage')}`, T`Melder/in: ${nameL(s)} (${o.name})`, T`Rückruf unter ${phoneL(s.line)}${one(() => T`, ${emailL(s.mail)}`, '')}`, `Priorität: ${pick(['hoch', 'mittel', 'niedrig'])}`),
            topic.body, one(`Bitte an den 2nd Level weiterleiten.`, `Gemeldet über helpdesk@${m.domain}.`, `Zentrale IT-Hotline: ${instPhone(m, '999')}`)) };
}

function pKitaChild(m) {
    const parent = makePerson({ minYear: 1980, maxYear: 2000, title: '' });
    const child = makePerson({ minYear: 2019, maxYear: 2023, title: '', foreign: false }); child.full = `${child.first} ${parent.last}`;
    const kita = pick(KITAS);
    const teacher = makePerson({ female: chance(0.85), title: '', foreign: chance(0.1) });
    return { note: 'Kita message to a parent about a named child: child health detail, parent mobile, educator name',
        parts: para(T`${greetingTo(parent)}${shortL(parent)},`,
            T`${one('wie besprochen', 'vielen Dank für Ihre Nachricht', 'zur Info')}: ${nameL(child)} ${childHealthClause()}. ${one('Wir haben die Küche informiert.', 'Bitte geben Sie uns dazu noch eine kurze schriftliche Info.', 'Das Team ist informiert.')}`,
            T`Falls etwas ist, rufen wir Sie ${one('unter', 'mobil unter', 'auf dem Handy unter')} ${phoneL(privatePhone(m.vorwahl, true))} an.`,
            T`${one('Viele Grüße', 'Liebe Grüße', 'Herzliche Grüße')}\n${nameL(teacher)}\n${kita}, ${instAddress(m).street} ${int(1, 40)}, ${m.plz} ${m.name}`) };
}

function pClosedSession(m) {
    const p = makePerson();
    const d = docDate();
    const topic = pick([
        () => ({ top: 'Grundstücksangelegenheit', desc: 'property purchase from a named owner', body: T`Der ${one('Ausschuss', 'Stadtrat', 'Ortschaftsrat')} beschließt, das Grundstück Gemarkung ${m.short}, Flur ${int(1, 30)}, Flurstück ${int(10, 999)}/${int(1, 9)}, von ${p.herrn} ${nameL(p)} zum Preis von ${int(40, 250)},00 EUR/m² zu erwerben. Abstimmung: einstimmig.` }),
        () => ({ top: 'Steuerangelegenheit', desc: 'deferral of trade tax for a named sole trader (health)', body: T`Dem Antrag von ${p.herrn} ${nameL(p)}, Inhaber${p.g('in', '')} ${one('einer Bäckerei', 'eines Malerbetriebs', 'eines Friseursalons')}, auf Stundung der Gewerbesteuer (${money(8000, 60000)}${one(() => T`, Steuernummer ${L(C.TAX_NUMBER, makeTaxNumber(pick(['land', 'elster', 'blank'])).text)}`, '')}) wird stattgegeben. ${p.Er} ${healthClause(p)}.` }),
        () => ({ top: 'Personalangelegenheit', desc: 'staff matter: appointment of a named head of office', body: T`Der Stadtrat bestellt ${p.g('Frau', 'Herrn')} ${nameL(p)} mit Wirkung vom ${fmtDate(later(14, 60))} ${p.g('zur Leiterin', 'zum Leiter')} des ${pick(['Ordnungsamtes', 'Bauamtes', 'Sozialamtes'])}. Die Eingruppierung erfolgt in EG ${int(11, 15)} TVöD.` }),
    ])();
    const marker = L(C.SECRECY, pick(['Nichtöffentlicher Teil', 'nichtöffentliche Sitzung', 'nichtöffentlichen Sitzung', 'Nicht öffentliche Sitzung', 'NICHTÖFFENTLICH']));
    const intro = marker.text === 'nichtöffentlichen Sitzung' ? T`Niederschrift über die ${marker} des ${one('Stadtrates', 'Haupt- und Finanzausschusses', 'Verwaltungsausschusses')} am ${fmtDate(d)}`
        : marker.text === 'nichtöffentliche Sitzung' ? T`Auszug aus der Niederschrift – ${marker} vom ${fmtDate(d)}`
            : T`${marker}\nNiederschrift der Sitzung des ${one('Stadtrates', 'Bauausschusses')} vom ${fmtDate(d)}`;
    return { note: `minutes of a closed session: ${topic.desc}; secrecy marking`,
        parts: para(intro, `TOP N ${int(1, 9)}: ${topic.top}`, topic.body, `Ort: Ratssaal, Rathaus ${m.short}`) };
}

function pVergabe(m) {
    const contact = makePerson();
    const firm = `${faker.person.lastName()} ${pick(['GmbH', 'Bau GmbH', 'GmbH & Co. KG', 'Haustechnik GmbH'])}`;
    return { note: 'award note: secrecy marking, business-secret wording about bid prices, bidder contact person with phone',
        parts: para(secrecyHeader(), `Vergabevermerk – ${pick(['Sanierung Sporthalle', 'Neubau Feuerwache', 'Straßenbeleuchtung LED', 'Reinigungsleistungen Rathaus'])}`,
            T`Bei der Submission am ${fmtDate(docDate())} lagen ${int(3, 7)} Angebote vor. Die ${L(C.BUSINESS, pick(['Angebotspreise', 'Einheitspreise', 'Angebotssummen']))} der Bieter sind dem anliegenden ${L(C.BUSINESS, 'Preisspiegel')} zu entnehmen.`,
            T`Wirtschaftlichstes Angebot: ${firm}. Ansprechpartner${contact.g('in', '')}: ${nameL(contact)}, ${one('Tel. ', 'Mobil ')}${phoneL(privatePhone(areaCodeFor(anyCityName()), true))}.`,
            `Vergabestelle, ${rathausAddr(m)}`) };
}

// =============================================================================================
// IDENTIFIER documents
// =============================================================================================

const CUES = {
    taxId: ['Steuer-ID', 'Steuerliche Identifikationsnummer', 'Steuer-Identifikationsnummer', 'IdNr.', 'Identifikationsnummer', 'Steuer-IdNr.'],
    iban: ['IBAN', 'Kontoverbindung (IBAN)', 'Bankverbindung', 'Konto', 'IBAN des Kontos'],
    pension: ['Rentenversicherungsnummer', 'Sozialversicherungsnummer', 'RV-Nummer', 'Versicherungsnummer (DRV)', 'SV-Nr.'],
    kvnr: ['Krankenversichertennummer', 'KVNR', 'Versichertennummer', 'Versicherten-Nr. (eGK)', 'KV-Nummer'],
    idCard: ['Personalausweisnummer', 'Ausweisnummer', 'Personalausweis-Nr.', 'Dokumentennummer (Personalausweis)', 'Ausweis-Nr.'],
    passport: ['Reisepassnummer', 'Passnummer', 'Reisepass-Nr.', 'Pass-Nr.'],
    taxNumber: ['Steuernummer', 'St.-Nr.', 'Steuer-Nr.', 'Steuernummer (Finanzamt)'],
};
// One identifier field: [cue, labelled value, description]
function idField(kind, p) {
    switch (kind) {
    case 'taxId': return [pick(CUES.taxId), L(C.TAX_ID, fmtTaxId(makeTaxId())), 'Steuer-ID'];
    case 'iban': return [pick(CUES.iban), L(C.IBAN, privateIban(wpick([[80, 'DE'], [5, 'AT'], [3, 'NL'], [3, 'PL'], [3, 'FR'], [3, 'IT'], [3, 'CH']]), IBAN_STYLES_ODD)), 'IBAN'];
    case 'pension': return [pick(CUES.pension), L(C.PENSION, fmtPension(makePensionNumber(p))), 'RVNR'];
    case 'kvnr': return [pick(CUES.kvnr), L(C.KVNR, makeKvnr()), 'KVNR'];
    case 'idCard': return chance(0.2) ? ['Personalausweisnummer', L(C.ID_CARD, makeOldIdCard()), 'old all-digit ID number']
        : [pick(CUES.idCard), L(C.ID_CARD, makeIdCard(chance(0.5))), 'ID card number'];
    case 'passport': return chance(0.3) ? ['Reisepassnummer', L(C.PASSPORT, makePassport(false, true)), 'passport C+8 digits']
        : [pick(CUES.passport), L(C.PASSPORT, makePassport(chance(0.5))), 'passport number'];
    case 'taxNumber': { const t = makeTaxNumber(wpick([[6, 'land'], [2, 'elster'], [2, 'blank']])); return [pick(CUES.taxNumber), L(C.TAX_NUMBER, t.text), `Steuernummer ${t.land} (${t.form})`]; }
    default: throw new Error(kind);
    }
}

function iForm(m) {
    const p = makePerson();
    const a = makeAddress(m);
    const title = pick(['Antrag auf Kindergeld – Angaben zur antragstellenden Person', 'Personalbogen für Neueinstellungen', 'Stammdatenblatt für ehrenamtlich Tätige (Aufwandsentschädigung)',
        'Antrag auf Wohngeld – Angaben zur Person', 'Erstattungsantrag Kita-Gebühren', 'Anmeldung Minijob', 'Antrag auf Ausstellung eines Anwohnerparkausweises', 'Meldebogen Wahlhelferinnen und Wahlhelfer']);
    const kinds = shuffle(['taxId', 'iban', 'pension', 'kvnr', 'idCard', 'taxNumber', 'passport']).slice(0, int(3, 5));
    const fields = kinds.map((k) => idField(k, p));
    const sep = pick([': ', ': ', ':\t', ' … ', ' | ']);
    const rows = [
        T`${one('Name, Vorname', 'Name', 'Familienname, Vorname')}${sep}${chance(0.5) ? L(C.NAME, p.inverted) : nameL(p)}`,
        some(0.8, () => T`${one('Geburtsdatum', 'geboren am', 'Geb.-Datum')}${sep}${dobL(p)}`),
        some(0.7, () => T`${one('Anschrift', 'Wohnanschrift', 'Straße, Hausnummer, PLZ, Ort')}${sep}${addrL(a, 'one')}`),
        ...fields.map(([cue, v]) => T`${cue}${sep}${v}`),
        some(0.3, () => { const ph = privatePhone(areaCodeFor(a.city)); return T`${isMobile(ph) ? one('Mobil', 'Handy', 'Telefon') : one('Telefon', 'Telefon (tagsüber)')}${sep}${phoneL(ph)}`; }),
        some(0.3, () => T`E-Mail${sep}${emailL(p.email)}`),
    ];
    return { note: `form block "${title.split(' –')[0]}": ${fields.map((f) => f[2]).join(', ')} after cues; name, DOB, address`,
        parts: para(title, lines(...rows), some(0.5, () => `Eingang: ${office('Bürgerbüro').name}, ${rathausAddr(m)} – ${fmtDate(docDate())}`)) };
}

function iSentence(m) {
    const p = makePerson();
    const a = makeAddress(m);
    const kinds = shuffle(['taxId', 'iban', 'pension', 'kvnr', 'taxNumber', 'idCard', 'passport']).slice(0, int(2, 3));
    const fields = kinds.map((k) => idField(k, p));
    const sentence = ([cue, v], k) => {
        const c = { Konto: 'IBAN', 'IBAN des Kontos': 'IBAN', 'Steuerliche Identifikationsnummer': 'Steuer-Identifikationsnummer' }[cue] ?? cue.replace(/ \(.*\)$/, '');
        return one(
            () => T`${k === 0 ? 'Meine' : 'Die'} ${c} lautet ${v}.`,
            () => T`${k === 0 ? 'Anbei' : 'Außerdem'} ${one('meine', 'die')} ${c}: ${v}${one('.', ' – bitte ändern Sie das in Ihren Unterlagen.')}`,
            () => T`Sie hatten nach der ${c} gefragt: ${v}.`,
            () => T`${c} ${v}${one(' (neu)', '', ' – die alte ist nicht mehr gültig')}.`,
        );
    };
    // Sometimes an identifier without any cue: written into a sentence by itself.
    const noCueOptions = [
        ['iban', () => T`Überweisen Sie das Geld bitte auf ${L(C.IBAN, privateIban('DE', IBAN_STYLES_ODD))}.`],
        ['kvnr', () => T`Die Nummer auf meiner Karte ist ${L(C.KVNR, makeKvnr())}, falls Sie die brauchen.`],
        ['taxId', () => T`Die ${L(C.TAX_ID, fmtTaxId(makeTaxId()))} steht auf meinem letzten Lohnsteuerbescheid.`],
        ['pension', () => T`Meine Nummer bei der Rentenkasse: ${L(C.PENSION, fmtPension(makePensionNumber(p)))}.`],
    ].filter(([k]) => !kinds.includes(k));
    const noCue = chance(0.4) && noCueOptions.length ? pick(noCueOptions)[1]() : '';
    return { note: `citizen e-mail with identifiers in sentences: ${fields.map((f) => f[2]).join(', ')}${noCue ? '; one identifier without a cue' : ''}`,
        parts: para(`An: ${pick(['buergerbuero', 'steueramt', 'sozialamt', 'personalamt', 'wohngeld', 'kasse'])}@${m.domain}\nBetreff: ${one('Meine Daten', 'Nachreichung', 'Rückfrage zu meinem Antrag', 'Korrektur')}`,
            one('Sehr geehrte Damen und Herren,', 'Guten Tag,', 'Hallo,'),
            fields.map((f, k) => [sentence(f, k), ' ']), noCue,
            signature(p, chance(0.5) ? a : null, { phone: chance(0.3) ? privatePhone(areaCodeFor(a.city)) : null })) };
}

function iHrOnboarding(m) {
    const p = makePerson({ minYear: 1965, maxYear: 2005 });
    const a = makeAddress(m);
    const s = staff(m);
    const kasse = pick(['AOK Plus', 'Techniker Krankenkasse', 'BARMER', 'DAK-Gesundheit', 'IKK classic', 'KKH', 'hkk']);
    const items = [
        T`${nameL(p)}, ${one('geb. ', 'geboren am ', '* ')}${dobL(p)}`,
        T`${addrL(a, 'one')}`,
        T`Steuer-ID ${L(C.TAX_ID, fmtTaxId(makeTaxId()))}, Steuerklasse ${int(1, 5)}${one(() => T`, Konfession: ${L(C.SPECIAL, pick(['rk', 'ev', 'römisch-katholisch', 'evangelisch']))}`, ', keine Kirchensteuer')}`,
        T`RV-Nummer ${L(C.PENSION, fmtPension(makePensionNumber(p)))}`,
        T`${kasse}, ${one('KVNR ', 'Versichertennummer ')}${L(C.KVNR, makeKvnr())}`,
        T`Gehaltskonto ${L(C.IBAN, privateIban('DE'))}`,
    ];
    return { note: 'HR onboarding e-mail: Steuer-ID, RVNR, KVNR, IBAN, religion for church tax, employee direct line',
        parts: para(`Betreff: Neueinstellung zum ${fmtDate(docDate())} – ${one('Stammdaten', 'Daten für die Bezügeabrechnung')}`,
            one('Hallo zusammen,', 'Liebe Kolleginnen und Kollegen der Bezügestelle,', 'Hallo Personalservice,'),
            `bitte legt ${p.g(one('die neue Kollegin', 'die neue Mitarbeiterin'), one('den neuen Kollegen', 'den neuen Mitarbeiter'))} ${inOffice(pick(OFFICES))} mit folgenden Daten an:`,
            lines(...items.map((x) => ['- ', x])),
            T`${one('Danke und Gruß', 'Viele Grüße', 'Gruß')}\n${nameL(s)}\nPersonalamt, Durchwahl ${phoneL(s.line)}`) };
}

function iForeignIban(m) {
    const p = makePerson({ foreign: chance(0.6) });
    const cc = pick(Object.keys(IBAN_COUNTRIES).filter((c) => c !== 'DE'));
    const iban = privateIban(cc, IBAN_STYLES_ODD);
    return { note: `refund request with a ${cc} IBAN (${IBAN_LENGTHS[cc]} chars)`,
        parts: para(one('Sehr geehrte Damen und Herren,', 'Guten Tag,', 'Hallo,'),
            T`${one(`ich wohne seit ${MONTHS[int(0, 11)]} in ${IBAN_COUNTRIES[cc].land}`, `ich bin ${IBAN_COUNTRIES[cc].nach} gezogen`, `da ich inzwischen in ${IBAN_COUNTRIES[cc].land} lebe`)}${one(' und habe kein deutsches Konto mehr.', '.')} ${one('Bitte überweisen Sie die Erstattung', 'Bitte zahlen Sie das Guthaben', 'Die Rückzahlung der Kaution bitte')} auf mein Konto ${one(() => T`${L(C.IBAN, iban)}`, () => T`(IBAN ${L(C.IBAN, iban)})`, () => T`${{ AT: 'bei der Erste Bank', NL: 'bei der Rabobank', FR: 'bei der BNP Paribas', PL: 'bei der PKO BP', IT: 'bei Intesa Sanpaolo', ES: 'bei der CaixaBank', DK: 'bei der Danske Bank', CH: 'bei PostFinance', BE: 'bei der KBC', PT: 'bei der Caixa Geral' }[cc] ?? 'bei meiner Bank vor Ort'}: ${L(C.IBAN, iban)}`)}.`,
            one(() => T`${one('Kassenzeichen', 'Buchungszeichen', 'Aktenzeichen')}: ${caseL(kassenzeichen())}`, ''),
            signature(p, null, { email: chance(0.5) ? p.email : null })) };
}

function iTable(m) {
    const n = int(2, 4);
    const people = Array.from({ length: n }, () => makePerson());
    const cols = shuffle(['taxId', 'iban', 'dob', 'pension', 'kvnr']).slice(0, int(2, 3));
    const head = { taxId: 'Steuer-ID', iban: 'IBAN', dob: 'Geburtsdatum', pension: 'RV-Nr.', kvnr: 'KVNR' };
    const sep = pick([';', '\t', ' | ', ',']);
    const cell = (c, p) => c === 'dob' ? L(C.DOB, fmtDate(p.dob)) : c === 'iban' ? L(C.IBAN, privateIban('DE', [[5, 'compact'], [3, 'group'], [1, 'lower']]))
        : c === 'taxId' ? L(C.TAX_ID, makeTaxId()) : c === 'pension' ? L(C.PENSION, makePensionNumber(p)) : L(C.KVNR, makeKvnr());
    const nameCell = (p) => sep === ',' ? nameL(p) : L(C.NAME, chance(0.5) ? p.inverted : p.full);
    const rows = people.map((p) => [nameCell(p), ...cols.flatMap((c) => [sep, cell(c, p)])]);
    return { note: `table export (${cols.join(', ')}): identifiers in columns, the cue only in the header row`,
        parts: para(one('Bitte prüfe diese Liste auf Dubletten:', 'Export Aufwandsentschädigungen Wahlhelfer:', 'Teilnehmerliste Fortbildung – Abrechnung:', 'Auszug aus der Zahlliste:'),
            lines(['Name', ...cols.flatMap((c) => [sep, head[c]])].join(''), ...rows)) };
}

function iIdDocs(m) {
    const p = makePerson({ foreign: chance(0.35) });
    const s = staff(m);
    const d = docDate();
    const variant = pick([
        () => ({ desc: 'ID card check at the Bürgerbüro', body: T`Identität von ${p.herrn} ${nameL(p)} geprüft anhand des ${one('Personalausweises', 'Personalausweises (eID)')}, Ausweisnummer ${L(C.ID_CARD, makeIdCard(chance(0.5)))}, gültig bis ${fmtDate(randomDate(2026, 2034))}.` }),
        () => ({ desc: 'passport number, one letter + 8 digits', body: T`${p.herr} ${nameL(p)} legt ${p.g('ihren', 'seinen')} Reisepass vor.\nReisepassnummer: ${L(C.PASSPORT, makePassport(false, true))}\nAusstellungsdatum: ${fmtDate(randomDate(2016, 2024))}` }),
        () => ({ desc: 'passport with check digit, no cue before the number', body: T`Für die Einreise ${p.g('der Antragstellerin', 'des Antragstellers')} ${nameL(p)} (geb. ${dobL(p)}) liegt folgende Nummer vor: ${L(C.PASSPORT, makePassport(true))}.` }),
        () => ({ desc: 'old all-digit ID card number', body: T`Laut Melderegister besitzt ${p.herr} ${nameL(p)} noch einen Personalausweis alten Musters.\nPersonalausweisnummer: ${L(C.ID_CARD, makeOldIdCard())}\nDieser ist seit ${fmtDate(randomDate(2015, 2022))} abgelaufen.` }),
        () => { const host = makePerson({ foreign: false }); const ha = makeAddress(m, { local: 1 }); return { desc: 'formal obligation for a foreign guest: guest passport number, host name and address',
            body: T`Verpflichtungserklärung (§§ 66 bis 68 AufenthG)\nGastgeber${host.g('in', '')}: ${nameL(host)}, ${addrL(ha, 'one')}\nGast: ${nameL(p)}, geb. ${dobL(p)}\n${one('Reisepassnummer', 'Pass-Nr.', 'Passnummer')}: ${L(C.PASSPORT, makePassport(chance(0.6)))}\nAufenthalt vom ${fmtDate(later(20, 60))} für ${int(2, 12)} Wochen` }; },
        () => ({ desc: 'hotel registration with ID and passport numbers', body: T`Meldeschein Nr. ${int(1000, 9999)}\nGast: ${nameL(p)}, ${one('Staatsangehörigkeit', 'Nationalität')}: ${pick(['deutsch', 'polnisch', 'türkisch', 'italienisch', 'kroatisch'])}\n${one('Ausweis-Nr.', 'Dokumentennummer', 'Pass-Nr.')}: ${chance(0.5) ? L(C.ID_CARD, makeIdCard(true)) : L(C.PASSPORT, makePassport(true))}\nAnreise ${fmtDate(d)}, Abreise ${fmtDate(addDays(d, int(1, 14)))}` }),
    ])();
    return { note: `identity documents: ${variant.desc}`,
        parts: para(variant.body, one(() => T`Geprüft: ${nameL(s)}`, () => `Bürgerbüro ${m.short}, ${instPhone(m, officeExt())}`, '')) };
}

function iTaxNumber(m) {
    const p = makePerson({ minYear: 1955, maxYear: 2000 });
    const a = makeAddress(m);
    const t = makeTaxNumber(wpick([[5, 'land'], [3, 'elster'], [3, 'blank']]));
    const trade = pick(['Hausmeisterservice', 'Fotografie', 'IT-Beratung', 'Kosmetikstudio', 'Gartenpflege', 'Nachhilfe', 'Imbiss']);
    return { note: `trade registration / tax office data: Steuernummer ${t.land} (${t.form})`,
        parts: para(one('Gewerbeanmeldung – Ergänzung', 'Angaben für die Gewerbesteuer', 'Fragebogen zur steuerlichen Erfassung (Auszug)'),
            lines(T`Inhaber${p.g('in', '')}: ${nameL(p)}`, T`Betriebsanschrift: ${addrL(a, 'one')}`, `Tätigkeit: ${trade}`,
                T`${pick(CUES.taxNumber)}: ${L(C.TAX_NUMBER, t.text)}${one(` (Finanzamt ${realCityName()})`, '')}`,
                some(0.5, () => T`${pick(CUES.taxId)}: ${L(C.TAX_ID, fmtTaxId(makeTaxId()))}`),
                some(0.3, () => T`Umsatzsteuer-Voranmeldung: ${one('vierteljährlich', 'monatlich')}`)),
            `Eingang Gewerbeamt ${m.short}, ${fmtDate(docDate())}`) };
}

// ----- negative look-alikes (clean documents with identifier-shaped numbers) ------------------

function wrongCheckIban(cc = pick(['DE', 'DE', 'AT', 'NL', 'FR', 'CH'])) {
    const good = ibanFromBban(cc, IBAN_COUNTRIES[cc].make());
    let bad;
    do {
        if (chance(0.5)) bad = good.slice(0, 2) + pad((Number(good.slice(2, 4)) + int(1, 96)) % 97 + 2, 2).slice(-2) + good.slice(4);
        else { const k = int(4, good.length - 1); const d = good[k]; const r = /\d/.test(d) ? String((Number(d) + int(1, 9)) % 10) : d; bad = good.slice(0, k) + r + good.slice(k + 1); }
    } while (ibanMod97Ok(bad));
    return register('IBAN', bad, false, { why: 'wrong check digits' });
}
function wrongLengthIban() { // mod 97 fine, length not the registered one
    const cc = pick(['DE', 'DE', 'AT', 'NL', 'FR']);
    const base = IBAN_COUNTRIES[cc].make();
    const bban = chance(0.5) ? base + String(int(0, 9)) : base.slice(0, -1);
    const iban = ibanFromBban(cc, bban);
    return register('IBAN', iban, false, { why: 'wrong length for the country, valid mod 97', wrongLength: true });
}
function invalidTaxId() { let s; do { s = String(int(1, 9)) + digits(10); } while (taxIdValid(s)); return register('TAX_ID', s, false); }
function invalidKvnr() { let s; do { s = pick(UPPER) + digits(9); } while (kvnrValid(s)); return register('HEALTH_INSURANCE_NUMBER', s, false); }
function invalidPension() { const v = makePensionNumber(null); registry.pop(); const bad = v.slice(0, 11) + String((Number(v[11]) + int(1, 9)) % 10); return register('PENSION_NUMBER', bad, false); }

function nPaymentLog(m) {
    const entries = shuffle([
        () => `Datensatz ${int(1, 400)}: IBAN ${fmtIban(wrongCheckIban(), pick(['group', 'compact']))} – Prüfziffer ungültig, Auftrag abgewiesen (${money(10, 900)}).`,
        () => `Datensatz ${int(1, 400)}: IBAN ${fmtIban(wrongCheckIban(), pick(['group', 'compact']))} – Prüfziffer ungültig.`,
        () => `Datensatz ${int(1, 400)}: ${fmtIban(wrongLengthIban(), 'group')} – Länge passt nicht zum Land, Auftrag zurückgestellt.`,
        () => `Sammelauftrag ${int(100000, 999999)} vom ${fmtDate(docDate())}, ${time()} Uhr: ${int(20, 900)} Posten, Summe ${money(5000, 250000)}.`,
        () => `Buchungslauf ${docDate().y}-${pad(int(1, 52), 2)} abgeschlossen um ${time()} Uhr; Stapel-Nr. ${digits(8)}.`,
        () => `Prüfung der Muster-Steuer-ID ${invalidTaxId()} im Testsystem: Prüfziffer falsch (erwartet).`,
        () => `Rücklastschrift wegen ungültiger IBAN ${fmtIban(wrongCheckIban('DE'), 'group')}, Rückgabegrund AC01.`,
    ]).slice(0, int(3, 5)).map((f) => f());
    return { note: 'payment interface log: IBANs with wrong check digits and wrong length (not findings), amounts, times, batch numbers; no person',
        parts: para(one('Fehlerprotokoll Zahlungsverkehr', 'Protokoll SEPA-Schnittstelle – Testlauf', 'Stadtkasse: Ergebnis der Zahlungsdateiprüfung'), lines(...entries),
            one(`Stadtkasse ${m.short}, ${rathausAddr(m)}`, `Rückfragen an stadtkasse@${m.domain}`, '')) };
}
function nInvoice(m) {
    const firm = `${pick(['Bürobedarf', 'Büro- und Objekteinrichtung', 'Fachbuchhandlung', 'IT-Systemhaus', 'Papier und Druck'])} ${faker.location.city().split(' ')[0]} ${pick(['GmbH', 'KG', 'AG', 'GmbH & Co. KG', 'e. K.'])}`;
    const items = Array.from({ length: int(2, 4) }, () => `${pick(['Art.-Nr.', 'Artikel', 'Pos.'])} ${int(100, 999)}-${int(1000, 9999)}-${pad(int(0, 99), 2)}  ${pick(['Kopierpapier A4, 500 Blatt', 'Toner schwarz', 'Ordner breit', 'Fachbuch Kommunalrecht (ISBN ' + makeIsbn() + ')', 'Haftnotizen', 'USB-Headset'])}  ${int(1, 40)} × ${money(2, 90)}`);
    return { note: 'supplier invoice to the city: invoice/order/article numbers, ISBN, amounts, dates; company name only; wrong-check IBAN reported back',
        parts: para(`${firm} · Rechnung Nr. RE-${docDate().y}-${pad(int(1, 99999), 5)}`,
            lines(`Rechnungsdatum: ${fmtDate(docDate())}`, `Ihre Bestellnummer: ${int(4500000000, 4509999999)}`, `Lieferschein-Nr. LS ${digits(7)}`, `Leistungszeitraum: KW ${int(1, 52)}/${docDate().y}`),
            lines(...items),
            `Gesamtbetrag: ${money(50, 4000)} (inkl. 19 % USt.). Zahlbar innerhalb von 14 Tagen ohne Abzug.`,
            one(`Hinweis der Stadtkasse: Die auf der Rechnung angegebene IBAN ${fmtIban(wrongCheckIban(), 'group')} ist ungültig; bitte senden Sie eine korrigierte Rechnung.`,
                `Hinweis der Stadtkasse: Die IBAN ${fmtIban(wrongLengthIban(), 'group')} hat eine falsche Länge und kann nicht verarbeitet werden.`,
                `Rechnungseingang ${m.short} am ${fmtDate(docDate())}, sachlich richtig: Hauptamt.`)) };
}
function nPractice(m) {
    const practices = Array.from({ length: int(2, 4) }, () => `${pick(['Hausarztpraxis am Markt', 'Kinderarztpraxis am Stadtpark', 'MVZ Innere Medizin', 'Gemeinschaftspraxis Nord', 'Praxis für Allgemeinmedizin am Bahnhof', 'Hausärztliche Praxis Altstadt'])} – BSNR ${makeBsnr()}${chance(0.6) ? `, LANR ${makeLanr()}` : ''}`);
    return { note: 'Gesundheitsamt list of practices: BSNR and LANR (9 digits, practice/doctor numbers – not labelled by convention), PZN, batch numbers, dates',
        parts: para(one('Teilnehmende Praxen an der Impfaktion', 'Meldende Praxen – Schuleingangsuntersuchung', 'Abrechnung Impfaktion – Praxisliste'),
            lines(...practices),
            `Impfstoff: ${pick(['Influvac Tetra', 'Vaxigrip', 'Priorix'])}, PZN ${digits(8)}, Charge ${letters(2)}${digits(4)}, verwendbar bis ${fmtDate(randomDate(2025, 2026))}.`,
            `Die Abrechnung erfolgt bis zum ${anyDate(docDate())} über die Kassenärztliche Vereinigung. Fragen: Gesundheitsamt, ${instPhone(m, officeExt())}.`) };
}
function nNumbers(m) {
    const items = shuffle([
        `Einwohnerzahl zum 31.12.${int(2023, 2024)}: ${String(int(12, 600) * 1000 + int(0, 999)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`,
        `Haushaltsvolumen ${money(10000000, 900000000)}`,
        `Rechtsgrundlage: § ${int(1, 200)} Abs. ${int(1, 5)} ${pick(['BauGB', 'SGB XII', 'GemO', 'VwVfG', 'KAG'])}`,
        `Drucksache ${docDate().y}/${int(100, 999)}, Vorlage V/${docDate().y}/${pad(int(1, 9999), 4)}`,
        `Inventarnummer INV-${docDate().y}-${pad(int(1, 99999), 5)}, Seriennummer SN ${digits(4)}-${digits(4)}-${digits(4)}`,
        `Firmware-Version ${int(1, 12)}.${int(0, 9)}.${int(0, 9)}.${int(1, 99)}`,
        `PLZ-Bereich ${m.plz.slice(0, 3)}xx, Zustellbezirk ${m.plz}`,
        (() => { const [a, b] = timeRange(); return `Sitzungsbeginn ${a} Uhr, Ende gegen ${b} Uhr`; })(),
        `Bestellnummer ${int(4500000000, 4509999999)}, Auftragsnummer AU-${digits(6)}`,
        `ISBN ${makeIsbn()}`,
        `Produktschlüssel ${letters(5, 'BCDFGHJKMPQRTVWXY2346789')}-${letters(5, 'BCDFGHJKMPQRTVWXY2346789')}-${letters(5, 'BCDFGHJKMPQRTVWXY2346789')}`,
        `Musterzeile aus dem Formular: Steuer-ID ${invalidTaxId()} (Beispiel, Prüfziffer falsch)`,
        `Testdatensatz Versichertennummer ${invalidKvnr()} – vom Prüfprogramm abgelehnt`,
        `Testwert RV-Nummer ${invalidPension()} (ungültige Prüfziffer)`,
        `Zählerstand ${digits(6)} kWh, Zählernummer 1ESY${digits(8)}`,
        `Flurstück ${int(10, 999)}/${int(1, 20)}, Gemarkung ${m.short}, Fläche ${int(100, 5000)} m²`,
    ]).slice(0, int(4, 7));
    return { note: 'numbers that are not personal: statistics, sections, Drucksache, inventory/serial numbers, version, ISBN, identifier examples with wrong check digits',
        parts: para(one('Kennzahlen für den Jahresbericht', 'Notizen zur Ausschreibung', 'Stammdaten IT-Inventar und Verwaltung', 'Anlage zur Vorlage'), lines(...items.map((x) => `• ${x}`))) };
}

// =============================================================================================
// Assembly, split, output, self-check
// =============================================================================================

const TEMPLATES = {
    clean: [[3, 'press-release', cPress], [3, 'notice', cNotice], [2, 'council-invitation', cCouncil], [3, 'kita-school-letter', cKita],
        [2, 'opening-hours', cHours], [2, 'event', cEvent], [2, 'form-instructions', cForm], [3, 'admin-letter-general', cLetter],
        [2, 'health-information', cHealth], [1, 'privacy-notice', cPrivacy], [1, 'internal-circular', cCircular], [1, 'job-advert', cJob]],
    personal: [[3, 'citizen-mail', pCitizenMail], [2, 'citizen-letter', pCitizenLetter], [3, 'admin-letter-to-citizen', pAdminLetter],
        [2, 'case-note', pNote], [1.5, 'hr-note', pHr], [2, 'social-case-prompt', pSocial], [1.5, 'care-case', pCare],
        [1.5, 'buergerbuero-note', pBuergerbuero], [1.5, 'ordnungsamt', pOrdnung], [1.5, 'it-ticket', pIt], [1, 'kita-child', pKitaChild],
        [1, 'closed-session-minutes', pClosedSession], [1, 'award-note', pVergabe]],
    identifier: [[3, 'form-block', iForm], [2.5, 'sentences', iSentence], [1.5, 'hr-onboarding', iHrOnboarding], [2.5, 'foreign-iban', iForeignIban],
        [1, 'table', iTable], [2, 'id-documents', iIdDocs], [1.5, 'tax-number', iTaxNumber]],
    identifierNegative: [[1, 'payment-log', nPaymentLog], [1, 'invoice', nInvoice], [1, 'practice-numbers', nPractice], [1, 'numbers', nNumbers]],
};
const KIND_PREFIX = { clean: 'clean', personal: 'personal', identifier: 'identifier', identifierNegative: 'identifier-negative' };

// The evaluation loader (tests/scan/EvalSet.cpp) places the n-th listing of a text at its first
// occurrence not already taken by an earlier label of the same category. Reproduce that here.
function resolvePositions(text, expected) {
    const taken = [];
    return expected.map((e) => {
        let at = -1;
        for (let from = 0; (from = text.indexOf(e.text, from)) >= 0; ++from) {
            const clash = taken.some((t) => t.category === e.category && t.start < from + e.text.length && from < t.end);
            if (!clash) { at = from; break; }
        }
        if (at < 0) at = text.indexOf(e.text);
        taken.push({ category: e.category, start: at, end: at + e.text.length });
        return at;
    });
}

function generate() {
    const kinds = shuffle(Object.entries(MIX).flatMap(([k, n]) => Array(n).fill(k)));
    if (kinds.length !== DOCUMENTS) throw new Error('MIX does not add up to DOCUMENTS');
    const docs = [];
    let retries = 0;
    for (let i = 0; i < kinds.length; ++i) {
        const kind = kinds[i];
        for (let attempt = 0; ; ++attempt) {
            if (attempt > 30) throw new Error(`document ${i + 1}: no unambiguous draw after 30 attempts`);
            const [, name, fn] = wpick(TEMPLATES[kind].map((t) => [t[0], t]));
            TODAY = addDays({ y: 2024, m: 1, d: 1 }, int(0, 515));
            const m = makeMuni();
            const { parts, note } = fn(m);
            const { text, labels } = build(parts);
            labels.sort((a, b) => a.start - b.start);
            const expected = labels.map((l) => ({ category: l.category, text: l.text }));
            const positions = resolvePositions(text, expected);
            const ambiguous = positions.some((p, k) => p !== labels[k].start);
            const overlapping = labels.some((l, k) => k > 0 && labels[k - 1].start + labels[k - 1].text.length > l.start);
            if (ambiguous || overlapping) { ++retries; continue; }
            docs.push({ id: `g${pad(i + 1, 4)}`, kind, split: null, text, expected, starts: labels.map((l) => l.start),
                note: `${KIND_PREFIX[kind]}/${name}: ${note}` });
            break;
        }
    }
    // The split: within each document class (clean, personal, identifier, negative identifier) a
    // seeded shuffle of the documents puts 40 % into the tune file and the rest into the held-back
    // file. The template plays no part, so both files have the same mix.
    for (const kind of Object.keys(MIX)) {
        const ofKind = docs.filter((d) => d.kind === kind);
        for (let k = ofKind.length - 1; k > 0; --k) { const j = Math.floor(splitRng() * (k + 1)); [ofKind[k], ofKind[j]] = [ofKind[j], ofKind[k]]; }
        const nTune = Math.round(ofKind.length * TUNE_SHARE);
        ofKind.forEach((d, k) => { d.split = k < nTune ? 'tune' : 'heldback'; });
    }
    return { docs, retries };
}

const J = (s) => JSON.stringify(s);
const line = (d) => `{"id": ${J(d.id)}, "text": ${J(d.text)}, "expected": [${d.expected.map((e) => `{"category": ${J(e.category)}, "text": ${J(e.text)}}`).join(', ')}], "note": ${J(d.note)}}`;

function selfCheck(docs, files) {
    const errors = [];
    const byId = new Map(docs.map((d) => [d.id, d]));
    const seen = new Set();
    for (const [file, content] of files) {
        content.split('\n').filter((l) => l.trim()).forEach((raw, k) => {
            const where = `${path.basename(file)}:${k + 1}`;
            let d;
            try { d = JSON.parse(raw); } catch (e) { errors.push(`${where}: not JSON`); return; }
            if (seen.has(d.id)) errors.push(`${where}: duplicate id ${d.id}`);
            seen.add(d.id);
            const mem = byId.get(d.id);
            if (!mem) { errors.push(`${where}: unknown id ${d.id}`); return; }
            for (const e of d.expected) {
                if (!CATEGORY_IDS.has(e.category)) errors.push(`${where}: unknown category ${e.category}`);
                if (!d.text.includes(e.text)) errors.push(`${where}: expected text "${e.text}" not in the text`);
            }
            const pos = resolvePositions(d.text, d.expected);
            pos.forEach((p, j) => { if (p !== mem.starts[j]) errors.push(`${where}: "${d.expected[j].text}" resolves to ${p}, meant ${mem.starts[j]}`); });
            const clean = mem.kind === 'clean' || mem.kind === 'identifierNegative';
            if (clean !== (d.expected.length === 0)) errors.push(`${where}: ${mem.kind} document with ${d.expected.length} labels`);
            for (const e of d.expected) checkLabelChecksum(e, where, errors);
        });
    }
    if (seen.size !== docs.length) errors.push(`files hold ${seen.size} documents, generated ${docs.length}`);
    // Every identifier the generator made: valid ones pass their check, deliberately broken ones fail it.
    for (const r of registry) {
        let ok;
        switch (r.kind) {
        case 'IBAN': {
            ok = ibanValid(r.value);
            const nat = IBAN_COUNTRIES[r.value.slice(0, 2)]?.national;
            if (r.valid && nat && !nat(r.value.slice(4))) errors.push(`IBAN ${r.value}: national check digit wrong`);
            if (r.wrongLength && !ibanMod97Ok(r.value)) errors.push(`IBAN ${r.value}: meant to pass mod 97`);
            break;
        }
        case 'TAX_ID': ok = taxIdValid(r.value); break;
        case 'PENSION_NUMBER': ok = pensionValid(r.value); break;
        case 'HEALTH_INSURANCE_NUMBER': ok = kvnrValid(r.value); break;
        case 'ID_CARD': case 'PASSPORT': ok = r.valid === null ? null : icaoValid(r.value); break;
        default: errors.push(`registry: unknown kind ${r.kind}`);
        }
        if (ok !== r.valid) errors.push(`${r.kind} ${r.value}: check gives ${ok}, meant ${r.valid}`);
    }
    return errors;
}
const registeredValues = () => new Set(registry.map((r) => r.value));
let REGISTERED = null;
function checkLabelChecksum(e, where, errors) {
    REGISTERED ??= registeredValues();
    const compact = e.text.replace(/[\s\u00a0]/g, '');
    const fail = (why) => errors.push(`${where}: ${e.category} "${e.text}" ${why}`);
    switch (e.category) {
    case C.IBAN: { const n = normalizeIban(e.text); if (!ibanValid(n)) fail('is not a valid IBAN'); if (!REGISTERED.has(n)) fail('was not generated'); break; }
    case C.TAX_ID: if (!taxIdValid(compact)) fail('fails the Steuer-ID check'); if (!REGISTERED.has(compact)) fail('was not generated'); break;
    case C.PENSION: if (!pensionValid(compact)) fail('fails the RVNR check'); if (!REGISTERED.has(compact)) fail('was not generated'); break;
    case C.KVNR: if (!kvnrValid(compact)) fail('fails the KVNR check'); if (!REGISTERED.has(compact)) fail('was not generated'); break;
    case C.ID_CARD: case C.PASSPORT: {
        const r = registry.find((x) => x.value === compact && x.kind === e.category);
        if (!r) fail('was not generated');
        else if (r.valid === true && !icaoValid(compact)) fail('fails the ICAO 9303 check digit');
        else if (r.valid === null && compact.length !== 9) fail('has no check digit but is not 9 characters');
        break;
    }
    default: break;
    }
}

function stats(docs) {
    const out = {};
    for (const split of ['tune', 'heldback']) {
        const ds = docs.filter((d) => d.split === split);
        const cats = {};
        for (const d of ds) for (const e of d.expected) cats[e.category] = (cats[e.category] ?? 0) + 1;
        const kinds = {};
        for (const d of ds) kinds[d.kind] = (kinds[d.kind] ?? 0) + 1;
        out[split] = { documents: ds.length, kinds, categories: Object.fromEntries(Object.entries(cats).sort()) };
    }
    return out;
}

const { docs, retries } = generate();
const tune = docs.filter((d) => d.split === 'tune').map(line).join('\n') + '\n';
const held = docs.filter((d) => d.split === 'heldback').map(line).join('\n') + '\n';
if (process.argv.includes('--check')) {
    const same = existsSync(OUT_TUNE) && existsSync(OUT_HELD) && readFileSync(OUT_TUNE, 'utf8') === tune && readFileSync(OUT_HELD, 'utf8') === held;
    if (!same) { console.error('generate.mjs --check: the committed files differ from a fresh generation'); process.exit(1); }
} else {
    writeFileSync(OUT_TUNE, tune);
    writeFileSync(OUT_HELD, held);
}
const errors = selfCheck(docs, [[OUT_TUNE, readFileSync(OUT_TUNE, 'utf8')], [OUT_HELD, readFileSync(OUT_HELD, 'utf8')]]);
if (errors.length) {
    console.error(`self-check FAILED (${errors.length}):`);
    for (const e of errors.slice(0, 50)) console.error('  ' + e);
    process.exit(1);
}
console.log(JSON.stringify({ documents: docs.length, redraws: retries, identifiersChecked: registry.length, ...stats(docs) }, null, 1));
console.log('self-check ok');
