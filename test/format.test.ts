// Formatters on hand-built results (no extractor involved), so every field of every kind is covered.
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { annotate, annotateFormatter, escapeText, marks } from '../src/format/annotate.js';
import { CSV_COLUMNS, csvField, csvFormatter, flatten } from '../src/format/csv.js';
import { jsonFormatter } from '../src/format/json.js';
import { jsonlFormatter } from '../src/format/jsonl.js';
import { cap, ellipsize, tableFormatter } from '../src/format/table.js';
import { escapeControls } from '../src/format/terminal.js';
import type { CasualtyFact, DateFact, NumberFact, QuoteFact, Result } from '../src/types.js';

/** Code point span of the `occurrence`-th `sub` in `text`. */
function at(text: string, sub: string, occurrence = 0) {
  let i = -1;
  for (let k = 0; k <= occurrence; k++) i = text.indexOf(sub, i + 1);
  if (i < 0) throw new Error(`"${sub}" not in text`);
  const start = [...text.slice(0, i)].length;
  return { start, end: start + [...sub].length, text: sub };
}

const num = (text: string, sub: string, value: number, occ = 0): NumberFact => ({
  kind: 'number',
  value,
  ordinal: false,
  percent: false,
  form: 'digits',
  ...at(text, sub, occ),
});

const TEXT = 'قال المتحدث إن "الغارة أدت إلى مقتل 5 أشخاص" يوم 3 مارس 2024 في حلب.';

function sample(): Result {
  const casualty: CasualtyFact = {
    kind: 'casualty',
    type: 'killed',
    count: 5,
    max: null,
    qualifier: 'exact',
    count_text: '5',
    group: null,
    location: 'حلب',
    since: null,
    reported_by: 'المتحدث',
    ...at(TEXT, 'مقتل 5 أشخاص'),
  };
  const date: DateFact = {
    kind: 'date',
    value: '2024-03-03',
    from: null,
    to: null,
    grain: 'day',
    calendar: 'gregorian',
    hijri: null,
    relative: false,
    ...at(TEXT, '3 مارس 2024'),
  };
  const quote: QuoteFact = {
    kind: 'quote',
    speaker: { name: 'المتحدث', mention: 'المتحدث', title: null },
    verb: 'قال',
    partial: false,
    unclosed: false,
    ...at(TEXT, 'الغارة أدت إلى مقتل 5 أشخاص'),
  };
  return {
    input: 'a.txt',
    ref_date: '2024-03-05',
    casualties: [casualty],
    dates: [date],
    quotes: [quote],
    numbers: [num(TEXT, '5', 5), num(TEXT, '3', 3), num(TEXT, '2024', 2024)],
  };
}

const empty = (input = 'e.txt'): Result => ({
  input,
  ref_date: null,
  casualties: [],
  dates: [],
  quotes: [],
  numbers: [],
});

describe('terminal safety', () => {
  it('escapes C0, DEL and C1 controls; tab and line breaks become spaces in a cell', () => {
    expect(escapeControls('a\x1b[31mb\x07c\x7f\x9bd\te\nf')).toBe('a\\x1b[31mb\\x07c\\x7f\\x9bd e f');
  });
  it('keeps line breaks in the annotated text, CRLF shown as one break, lone CR escaped', () => {
    expect(escapeText('سطر\r\nثان\rثالث\x1b]0;title\x07')).toBe('سطر\nثان\\x0dثالث\\x1b]0;title\\x07');
  });
});

describe('ellipsize', () => {
  it('measures Arabic with diacritics by columns, not code units', () => {
    // 6 letters + 5 marks: 6 columns, so it fits in 6.
    expect(ellipsize('قُتِلَ خمسةٌ', 10)).toBe('قُتِلَ خمسةٌ');
    expect(ellipsize('قُتِلَ خمسةٌ', 5)).toBe('قُتِلَ …');
  });
  it('a huge cell is cut before it is measured, never inside a surrogate pair', () => {
    expect(ellipsize('ب'.repeat(5_000_000), 10)).toBe(`${'ب'.repeat(9)}…`);
    expect(cap('😀'.repeat(100), 1)).toBe('😀'.repeat(12));
    expect(cap(`a${'😀'.repeat(100)}`, 1)).toBe(`a${'😀'.repeat(11)}`);
    expect(cap('short', 1)).toBe('short');
  });
  it('counts wide characters as two columns', () => {
    expect(ellipsize('😀😀😀', 5)).toBe('😀😀…');
    expect(ellipsize('abc', 1)).toBe('…');
  });
});

describe('--format table', () => {
  it('one boxed table per kind with the key fields, without colour', () => {
    const out = tableFormatter({ tty: true, color: 0, columns: 120 }).doc(sample(), TEXT);
    expect(out).toBe(
      [
        'a.txt  ref_date 2024-03-05',
        'casualties (1)',
        '┌───┬────────┬───────┬───────┬──────────┬───────┬─────────────┬──────────────┐',
        '│ # │ type   │ count │ group │ location │ since │ reported by │ evidence     │',
        '├───┼────────┼───────┼───────┼──────────┼───────┼─────────────┼──────────────┤',
        '│ 1 │ killed │ 5     │ –     │ حلب      │ –     │ المتحدث     │ مقتل 5 أشخاص │',
        '└───┴────────┴───────┴───────┴──────────┴───────┴─────────────┴──────────────┘',
        'dates (1)',
        '┌───┬────────────┬───────┬───────────┬──────────┬─────────────┐',
        '│ # │ value      │ grain │ calendar  │ relative │ text        │',
        '├───┼────────────┼───────┼───────────┼──────────┼─────────────┤',
        '│ 1 │ 2024-03-03 │ day   │ gregorian │          │ 3 مارس 2024 │',
        '└───┴────────────┴───────┴───────────┴──────────┴─────────────┘',
        'quotes (1)',
        '┌───┬─────────┬──────┬───────┬─────────────────────────────┐',
        '│ # │ speaker │ verb │ flags │ quote                       │',
        '├───┼─────────┼──────┼───────┼─────────────────────────────┤',
        '│ 1 │ المتحدث │ قال  │       │ الغارة أدت إلى مقتل 5 أشخاص │',
        '└───┴─────────┴──────┴───────┴─────────────────────────────┘',
        'numbers (3)',
        '┌───┬───────┬────────┬──────┐',
        '│ # │ value │ form   │ text │',
        '├───┼───────┼────────┼──────┤',
        '│ 1 │ 5     │ digits │ 5    │',
        '│ 2 │ 3     │ digits │ 3    │',
        '│ 3 │ 2024  │ digits │ 2024 │',
        '└───┴───────┴────────┴──────┘',
        '',
        '',
      ].join('\n'),
    );
  });

  it('count cell carries the qualifier: more than, range, vague', () => {
    const base = sample().casualties[0] as CasualtyFact;
    const r = empty();
    r.casualties = [
      { ...base, count: 40, qualifier: 'more_than', count_text: '40' },
      { ...base, count: 10, max: 15, qualifier: 'range', count_text: '10' },
      { ...base, count: null, qualifier: 'vague', count_text: 'عشرات' },
      { ...base, count: 7, qualifier: 'about', count_text: '7', since: '2023-10-07', group: 'مدنيون' },
    ];
    const rows = tableFormatter({ tty: true, color: 0, columns: 200 })
      .doc(r, TEXT)
      .split('\n')
      .filter((l) => /^│ [0-9]/.test(l))
      .map((l) => l.split('│').map((c) => c.trim()));
    expect(rows.map((c) => c[3])).toEqual(['> 40', '10–15', 'عشرات (vague)', '~ 7']);
    expect(rows[3]?.slice(4, 7)).toEqual(['مدنيون', 'حلب', '2023-10-07']);
  });

  it('fits the terminal width: long text shortened with an ellipsis, every line the same width', () => {
    const long = `${'قَصَفَ الطيرانُ الحربيُّ '.repeat(20)}`;
    const r = empty();
    r.quotes = [
      {
        kind: 'quote',
        speaker: { name: 'مسؤول محلي', mention: 'مسؤول', title: null },
        verb: 'أكد',
        partial: false,
        unclosed: true,
        ...at(long, long),
      },
    ];
    const out = tableFormatter({ tty: true, color: 0, columns: 60 }).doc(r, long);
    const lines = out.split('\n').filter((l) => /^[┌│├└]/.test(l));
    expect(lines).toHaveLength(5);
    const widths = new Set(lines.map((l) => [...l.replace(/[\u064b-\u065f]/g, '')].length));
    expect([...widths]).toEqual([60]);
    expect(lines[3]).toBe('│ 1 │ مسؤول … │ أكد  │ unclosed │ قَصَفَ الطيرانُ الحربيُّ قَصَفَ … │');
  });

  it('escapes control characters in cells and in the input name', () => {
    const text = 'x\x1b[2J 5';
    const r = { ...empty('in\x1b[31m.txt'), numbers: [num(text, '5', 5)] };
    const out = tableFormatter({ tty: true, color: 0, columns: 80 }).doc(r, text);
    expect(out).not.toMatch(/\x1b/);
    expect(out.split('\n')[0]).toBe('in\\x1b[31m.txt');
  });

  it('paints titles and headers in the colour of the kind (numbers: yellow)', () => {
    const r = { ...empty(), numbers: [num('5', '5', 5)] };
    const out = tableFormatter({ tty: true, color: 1, columns: 80 }).doc(r, '5');
    expect(out).toContain('\x1b[33mnumbers (1)\x1b[39m');
    expect(out).toContain('│ \x1b[33m#\x1b[39m │ \x1b[33mvalue\x1b[39m │');
  });

  it('says "no facts" for an empty document', () => {
    expect(tableFormatter({ tty: true, color: 0, columns: 80 }).doc(empty(), '')).toBe('e.txt\nno facts\n\n');
  });
});

describe('--format annotate', () => {
  it('nests facts inside facts, numbers them in text order, then a legend', () => {
    const out = annotateFormatter({ tty: true, color: 0, columns: 80 }).doc(sample(), TEXT);
    expect(out).toBe(
      [
        '── a.txt  ref_date 2024-03-05',
        'قال المتحدث إن "⟦1⟧الغارة أدت إلى ⟦2⟧مقتل ⟦3⟧5⟦/3⟧ أشخاص⟦/2⟧⟦/1⟧" يوم ⟦4⟧⟦5⟧3⟦/5⟧ مارس ⟦6⟧2024⟦/6⟧⟦/4⟧ في حلب.',
        '',
        '[1] quote    المتحدث (قال) «الغارة أدت إلى مقتل 5 أشخاص»',
        '[2] casualty killed 5 (exact), location: حلب, reported by: المتحدث «مقتل 5 أشخاص»',
        '[3] number   5 (digits) «5»',
        '[4] date     2024-03-03 (day) «3 مارس 2024»',
        '[5] number   3 (digits) «3»',
        '[6] number   2024 (digits) «2024»',
        '',
      ].join('\n'),
    );
  });

  it('a fact crossing another is listed, not marked inline', () => {
    const text = 'أ ب ج د';
    const r = empty();
    r.numbers = [num(text, 'أ ب ج', 1), num(text, 'ب ج د', 2)];
    const out = annotate(r, text, new Chalk({ level: 0 }), false);
    expect(out).toBe(
      [
        '⟦1⟧أ ب ج⟦/1⟧ د',
        '',
        '[1] number   1 (digits) «أ ب ج»',
        '[2] number   2 (digits) «ب ج د» (overlaps [1], not marked in the text)',
        '',
      ].join('\n'),
    );
  });

  it('identical spans of two kinds nest, the casualty outside', () => {
    const text = 'قتيلان';
    const r = empty();
    r.numbers = [{ ...num(text, 'قتيلان', 2), form: 'words' }];
    r.casualties = [
      { ...(sample().casualties[0] as CasualtyFact), count: 2, location: null, reported_by: null, ...at(text, text) },
    ];
    expect(marks(r, text).map((m) => [m.n, m.fact.kind])).toEqual([
      [1, 'casualty'],
      [2, 'number'],
    ]);
  });

  it('offsets are code points: astral characters before a fact do not shift the marks', () => {
    const text = '😀😀 قتل 7';
    const r = { ...empty(), numbers: [num(text, '7', 7)] };
    expect(r.numbers[0]?.start).toBe(7);
    const out = annotateFormatter({ tty: true, color: 0, columns: 80 }).doc(r, text);
    expect(out.split('\n')[1]).toBe('😀😀 قتل ⟦1⟧7⟦/1⟧');
  });

  it('with colour: a marker and the underlined text in the kind colour, inner facts in theirs', () => {
    const text = 'مقتل 5';
    const r = empty();
    r.casualties = [
      { ...(sample().casualties[0] as CasualtyFact), location: null, reported_by: null, ...at(text, text) },
    ];
    r.numbers = [num(text, '5', 5)];
    const out = annotateFormatter({ tty: true, color: 1, columns: 80 }).doc(r, text);
    const line = out.split('\n')[1];
    expect(line).toBe(
      '\x1b[31m\x1b[1m[1]\x1b[22m\x1b[39m\x1b[31m\x1b[4mمقتل \x1b[24m\x1b[39m' +
        '\x1b[33m\x1b[1m[2]\x1b[22m\x1b[39m\x1b[33m\x1b[4m5\x1b[24m\x1b[39m',
    );
  });

  it('never writes the escape sequences of the input raw', () => {
    const text = 'خبر\x1b[2J\x1b]0;x\x07 5';
    const r = { ...empty(), numbers: [num(text, '5', 5)] };
    const out = annotateFormatter({ tty: true, color: 0, columns: 80 }).doc(r, text);
    expect(out).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f]/);
    expect(out.split('\n')[1]).toBe('خبر\\x1b[2J\\x1b]0;x\\x07 ⟦1⟧5⟦/1⟧');
  });

  it('an article without facts: the text, then "no facts"; documents separated by a blank line', () => {
    const f = annotateFormatter({ tty: true, color: 0, columns: 80 });
    expect(f.doc(empty('a'), 'نص\n') + f.doc(empty('b'), 'آخر')).toBe(
      '── a\nنص\n\nno facts\n\n── b\nآخر\n\nno facts\n',
    );
  });
});

describe('--format csv', () => {
  it('quotes fields as RFC 4180 asks', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('قال "نعم"')).toBe('"قال ""نعم"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField('a\rb')).toBe('"a\rb"');
    expect(csvField('plain')).toBe('plain');
    expect(csvField(null)).toBe('');
    expect(csvField(false)).toBe('false');
  });

  it('flattens nested fields with "_"', () => {
    expect(flatten(sample().quotes[0] as QuoteFact)).toMatchObject({
      speaker_name: 'المتحدث',
      speaker_mention: 'المتحدث',
      speaker_title: null,
    });
  });

  it('every field of every kind has a column', () => {
    const r = sample();
    for (const f of [r.casualties[0], r.dates[0], r.quotes[0], r.numbers[0]]) {
      for (const k of Object.keys(flatten(f as never))) expect(CSV_COLUMNS).toContain(k);
    }
  });

  it('a header, then one CRLF row per fact; BOM only with --excel', () => {
    const f = csvFormatter({ excel: false });
    const out = (f.begin?.() ?? '') + f.doc(sample(), TEXT);
    const rows = out.split('\r\n');
    expect(rows[0]).toBe(
      'input,kind,start,end,text,type,count,max,qualifier,count_text,group,location,since,reported_by,' +
        'value,from,to,grain,calendar,hijri,relative,speaker_name,speaker_mention,speaker_title,verb,partial,unclosed,' +
        'ordinal,percent,form',
    );
    expect(rows[1]).toBe('a.txt,casualty,31,43,مقتل 5 أشخاص,killed,5,,exact,5,,حلب,,المتحدث,,,,,,,,,,,,,,,,');
    expect(rows[2]).toBe('a.txt,date,49,60,3 مارس 2024,,,,,,,,,,2024-03-03,,,day,gregorian,,false,,,,,,,,,');
    expect(rows[3]).toBe(
      'a.txt,quote,16,43,الغارة أدت إلى مقتل 5 أشخاص,,,,,,,,,,,,,,,,,المتحدث,المتحدث,,قال,false,false,,,',
    );
    expect(rows[4]).toBe('a.txt,number,36,37,5,,,,,,,,,,5,,,,,,,,,,,,,false,false,digits');
    expect(rows).toHaveLength(8);
    expect(rows[7]).toBe('');
    expect(out.startsWith('\uFEFF')).toBe(false);
    expect(csvFormatter({ excel: true }).begin?.().startsWith('\uFEFFinput,kind,')).toBe(true);
  });
});

describe('--format json and jsonl', () => {
  it('json: indented on a terminal, one line per document when piped', () => {
    const r = { ...empty('x'), numbers: [num('5', '5', 5)] };
    const line =
      '{"input":"x","ref_date":null,"casualties":[],"dates":[],"quotes":[],"numbers":[{"kind":"number","value":5,"ordinal":false,"percent":false,"form":"digits","start":0,"end":1,"text":"5"}]}\n';
    expect(jsonFormatter({ tty: false, color: 0, columns: 80 }).doc(r, '5')).toBe(line);
    expect(jsonFormatter({ tty: true, color: 0, columns: 80 }).doc(r, '5')).toBe(
      `${JSON.stringify(JSON.parse(line), null, 2)}\n`,
    );
  });
  it('jsonl: one fact per line with input and kind; JSON escapes control characters', () => {
    const text = '\x1b5';
    const r = { ...empty('x'), numbers: [num(text, '5', 5)] };
    r.numbers[0] = { ...(r.numbers[0] as NumberFact), text: '\x1b5', start: 0 };
    expect(jsonlFormatter().doc(r, text)).toBe(
      '{"input":"x","kind":"number","value":5,"ordinal":false,"percent":false,"form":"digits","start":0,"end":2,"text":"\\u001b5"}\n',
    );
  });
});
