// Check fixture gold files against ../shared/tools/ANNOTATING.md before they are used:
// the text file exists, every item's text is found in the article (at `occurrence`), offsets
// (when given) slice to the text, and fields have the allowed values.
// Usage: node scripts/check-gold.mjs [fixtures/*.gold.json]   (default: all of fixtures/)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
let files = process.argv.slice(2);
if (files.length === 0) {
  files = readdirSync(join(root, 'fixtures'))
    .filter((f) => f.endsWith('.gold.json'))
    .map((f) => join(root, 'fixtures', f));
}
const TYPES = ['killed', 'injured', 'missing', 'detained', 'kidnapped', 'displaced', 'killed_or_injured'];
const QUALS = ['exact', 'more_than', 'at_least', 'about', 'less_than', 'at_most', 'range', 'vague'];
const ISO = /^\d{4}(-\d{2}(-\d{2})?)?$/;
let problems = 0;
const stats = { files: 0, casualties: 0, dates: 0, quotes: 0, noCasualty: 0 };
const bad = (f, m) => {
  problems++;
  console.log(`${f}: ${m}`);
};

function find(text, needle, nth = 0) {
  let from = 0;
  let idx = -1;
  for (let k = 0; k <= nth; k++) {
    idx = text.indexOf(needle, from);
    if (idx < 0) return -1;
    from = idx + 1;
  }
  return idx;
}

for (const f of files) {
  let g;
  try {
    g = JSON.parse(readFileSync(f, 'utf8'));
  } catch (e) {
    bad(f, `not JSON: ${e.message}`);
    continue;
  }
  stats.files++;
  const tp = resolve(dirname(f), g.text_file ?? '');
  if (!g.text_file || !existsSync(tp)) {
    bad(f, `text_file missing: ${g.text_file}`);
    continue;
  }
  const text = readFileSync(tp, 'utf8');
  const cps = [...text];
  if (g.ref_date !== null && !/^\d{4}-\d{2}-\d{2}$/.test(g.ref_date ?? '')) bad(f, `ref_date ${g.ref_date}`);
  const check = (kind, item, i) => {
    if (typeof item.text !== 'string' || item.text === '') return bad(f, `${kind}[${i}] has no text`);
    if (Number.isInteger(item.start) && Number.isInteger(item.end)) {
      const s = cps.slice(item.start, item.end).join('');
      if (s !== item.text) bad(f, `${kind}[${i}] offsets ${item.start}-${item.end} give «${s}», not «${item.text}»`);
    } else if (find(text, item.text, item.occurrence ?? 0) < 0) {
      bad(f, `${kind}[${i}] text not found (occurrence ${item.occurrence ?? 0}): «${item.text}»`);
    }
  };
  (g.casualties ?? []).forEach((c, i) => {
    stats.casualties++;
    check('casualties', c, i);
    if (!TYPES.includes(c.type)) bad(f, `casualties[${i}] type ${c.type}`);
    if (!(c.count === null || Number.isInteger(c.count))) bad(f, `casualties[${i}] count ${c.count}`);
    const qs = Array.isArray(c.qualifier) ? c.qualifier : [c.qualifier];
    for (const q of qs) if (!QUALS.includes(q)) bad(f, `casualties[${i}] qualifier ${q}`);
    if (c.count === null && !qs.includes('vague')) bad(f, `casualties[${i}] null count needs qualifier vague`);
    if (c.since != null && !/^\d{4}-\d{2}-\d{2}$/.test(c.since)) bad(f, `casualties[${i}] since ${c.since}`);
    for (const k of ['group', 'location', 'source']) {
      if (c[k] != null && !text.includes(c[k])) bad(f, `casualties[${i}] ${k} «${c[k]}» not in the text`);
    }
  });
  if ((g.casualties ?? []).length === 0) stats.noCasualty++;
  (g.dates ?? []).forEach((d, i) => {
    stats.dates++;
    check('dates', d, i);
    if (d.value != null && !ISO.test(d.value)) bad(f, `dates[${i}] value ${d.value}`);
  });
  (g.quotes ?? []).forEach((q, i) => {
    stats.quotes++;
    check('quotes', q, i);
  });
  for (const n of g.not_dates ?? []) if (!text.includes(n)) bad(f, `not_date «${n}» not in the text`);
  for (const o of g.optional_quotes ?? []) {
    const t = typeof o === 'string' ? o : o.text;
    if (!text.includes(t)) bad(f, `optional quote «${t}» not in the text`);
  }
}
console.log(
  `${stats.files} gold files, ${stats.casualties} casualties, ${stats.dates} dates, ${stats.quotes} quotes, ${stats.noCasualty} without casualties; ${problems} problem(s)`,
);
process.exit(problems ? 1 : 0);
