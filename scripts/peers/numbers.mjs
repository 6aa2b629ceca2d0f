// Number peer suites: Duckling's Arabic Numeral/Ordinal corpora and Recognizers-Text's Arabic
// Number/Ordinal/Percent models (../shared/peer-suites, README there). Each run(lib, dir) returns
// { pass, total, failures, target }. Expectations we judge wrong are listed in KNOWN_WRONG with the
// reason and left out of the total (the count left out is printed).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Peer expectations judged wrong: input → reason. */
export const KNOWN_WRONG = {
  'duckling/Numeral': {},
  'duckling/Numeral-AR_EG': {},
  'duckling/Ordinal': {},
  'recognizers-text/NumberModel': {
    '١/٤ ٢': 'the logical text reads "1/4" then "2"; 2.25 is the visual order of "2 1/4" read right to left',
    'ثلاثة واحد وعشرونات': '"وعشرونات" ("twenty-firsts") is not an Arabic word; a calque of the English grammar',
    'كم هي خمسة وتسعون مائة على خمسة ؟':
      '"خمسة وتسعون مائة" is the English "ninety-five hundred"; Arabic says تسعة آلاف وخمسمئة',
    '-١-^٢٥٠٠': 'no reading of "-1-^2500" gives -0.0004; the case is garbled',
    '-٢٣--^١,١': '"--^" is not a notation; the case is garbled',
  },
  'recognizers-text/OrdinalModel': {},
  'recognizers-text/OrdinalModelSuppressExtendedTypes': {},
  'recognizers-text/PercentModel': {},
};

const cps = (s) => [...s].length;

function numbersOf(lib, text) {
  return lib.extract(text, { kinds: ['numbers'] }).numbers;
}

function close(a, b) {
  if (a === b) return true;
  if (typeof a !== 'number' || typeof b !== 'number') return false;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function duckling(file, name, target, ordinal) {
  return {
    name,
    target,
    run(lib, dir) {
      const d = JSON.parse(readFileSync(join(dir, 'duckling', file), 'utf8'));
      const wrong = KNOWN_WRONG[name] ?? {};
      let pass = 0;
      let total = 0;
      let excluded = 0;
      const failures = [];
      for (const ex of d.examples) {
        for (const text of ex.texts) {
          if (text in wrong) {
            excluded++;
            continue;
          }
          total++;
          const got = numbersOf(lib, text);
          const whole = got.filter((f) => f.start === 0 && f.end === cps(text));
          const ok =
            got.length === 1 &&
            whole.length === 1 &&
            close(got[0].value, ex.expected.value) &&
            got[0].ordinal === ordinal;
          if (ok) pass++;
          else
            failures.push(
              `${text} → want ${ex.expected.value}${ordinal ? ' (ordinal)' : ''}, got ${JSON.stringify(got.map((f) => [f.text, f.value, f.ordinal]))}`,
            );
        }
      }
      if (excluded) console.log(`  ${name}: ${excluded} known-wrong case(s) excluded`);
      return { pass, total, failures, target };
    },
  };
}

const isActive = (c) =>
  ![c.NotSupported, c.NotSupportedByDesign]
    .filter(Boolean)
    .join(',')
    .split(',')
    .map((s) => s.trim())
    .includes('dotnet');
const ignoreRes = (c) => c.IgnoreResolution === true || c.IgnoreResolution === 'true';

/** Recognizers-Text: count, Text, Start/End (inclusive, -1 = unchecked) and value unless IgnoreResolution. */
function recognizers(file, name, target, select, wantValue) {
  return {
    name,
    target,
    run(lib, dir) {
      const cases = JSON.parse(readFileSync(join(dir, 'recognizers-text', 'Number', file), 'utf8')).filter(isActive);
      const wrong = KNOWN_WRONG[name] ?? {};
      let pass = 0;
      let total = 0;
      let excluded = 0;
      const failures = [];
      for (const c of cases) {
        if (c.Input in wrong) {
          excluded++;
          continue;
        }
        total++;
        const got = numbersOf(lib, c.Input).filter(select);
        const want = c.Results;
        let why = '';
        if (got.length !== want.length) why = `count ${got.length} ≠ ${want.length}`;
        else {
          for (let i = 0; i < want.length && !why; i++) {
            const w = want[i];
            const g = got[i];
            if (g.text !== w.Text) why = `text "${g.text}" ≠ "${w.Text}"`;
            else if (w.Start !== -1 && g.start !== w.Start) why = `start ${g.start} ≠ ${w.Start}`;
            else if (w.End !== -1 && g.end - 1 !== w.End) why = `end ${g.end - 1} ≠ ${w.End}`;
            else if (!ignoreRes(c)) {
              const wv = wantValue(w);
              if (wv !== undefined && !close(g.value, wv)) why = `value ${g.value} ≠ ${wv}`;
            }
          }
        }
        if (!why) pass++;
        else
          failures.push(
            `${c.Input} → ${why}; want ${JSON.stringify(want.map((w) => [w.Text, w.Resolution?.value]))}, got ${JSON.stringify(got.map((f) => [f.text, f.value]))}`,
          );
      }
      if (excluded) console.log(`  ${name}: ${excluded} known-wrong case(s) excluded`);
      return { pass, total, failures, target };
    },
  };
}

const num = (v) => (v === undefined ? undefined : Number(v));

export const suites = [
  duckling('Numeral.json', 'duckling/Numeral', 0.98, false),
  duckling('Numeral-AR_EG.json', 'duckling/Numeral-AR_EG', 0.95, false),
  duckling('Ordinal.json', 'duckling/Ordinal', 0.95, true),
  // RT's number model reports digit strings as numbers even where we mark them ordinal ("الصفحة ال١٩٢").
  recognizers(
    'NumberModel.json',
    'recognizers-text/NumberModel',
    0.9,
    (f) => !f.percent && (!f.ordinal || f.form === 'digits'),
    (w) => num(w.Resolution?.value),
  ),
  recognizers(
    'OrdinalModel.json',
    'recognizers-text/OrdinalModel',
    undefined,
    (f) => f.ordinal,
    (w) => (w.TypeName === 'ordinal' ? num(w.Resolution?.value) : Number.NaN),
  ),
  recognizers(
    'OrdinalModelSuppressExtendedTypes.json',
    'recognizers-text/OrdinalModelSuppressExtendedTypes',
    undefined,
    (f) => f.ordinal,
    (w) => num(w.Resolution?.value),
  ),
  recognizers(
    'PercentModel.json',
    'recognizers-text/PercentModel',
    undefined,
    (f) => f.percent,
    (w) => num(String(w.Resolution?.value ?? '').replace('%', '')),
  ),
];
