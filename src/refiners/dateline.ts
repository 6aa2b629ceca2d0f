// The article's dateline: the first full explicit date (day, month and year) near the start of
// one of its first lines, used as the reference date when --ref-date is not given.
//   "بغداد 26 شوال 1436 هـ الموافق 11 أغسطس 2015\n…" → "2015-08-11"
//   "دمشق - 13/12/2024 - قال …"                          → "2024-12-13"
//   a date in the fifth paragraph                        → null

/** How many lines from the top may carry the dateline (the headline is the first). */
export const DATELINE_LINES = 3;
/** How far from the start of its line the date may begin (a place name, an agency, a dash). */
export const DATELINE_OFFSET = 60;

/** At most this many words before the date: "بغداد", "الرباط (رويترز) -", "أبوظبي - الأربعاء". */
export const DATELINE_WORDS = 4;
/** Words that show the line is a sentence that merely mentions a date ("بدأت الحرب في 7 أكتوبر 2023"). */
const NOT_IN_DATELINE = new Set([
  'في',
  'منذ',
  'حتى',
  'قبل',
  'بعد',
  'عام',
  'من',
  'إلى',
  'الى',
  'خلال',
  'بتاريخ',
  'يوم',
  'ذكرى',
]);

export interface DatedSpan {
  start: number;
  end: number;
  /** The Gregorian ISO day. */
  iso: string;
}

/** The reference date carried by the text, from the explicit full dates found in it (text order). */
export function findDateline(text: string, dates: readonly DatedSpan[]): string | null {
  // start offsets of the first DATELINE_LINES non-empty lines
  const lines: Array<[number, number]> = [];
  let pos = 0;
  while (lines.length < DATELINE_LINES && pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    if (text.slice(pos, nl).trim() !== '') lines.push([pos, nl]);
    if (nl >= text.length) break;
    pos = nl + 1;
  }
  const seen = new Set<number>();
  for (const d of dates) {
    const line = lines.find(([a, b]) => d.start >= a && d.start < b);
    if (!line || seen.has(line[0])) continue;
    // only the first date of a line can be its dateline
    seen.add(line[0]);
    const lead = text.slice(line[0], d.start).trim();
    if (lead.length > DATELINE_OFFSET) continue;
    // the lead is a place, an agency or a weekday, not a sentence: few words and no preposition
    const words = lead.split(/[\s\-–—:|/()،,]+/u).filter((w) => /\p{L}/u.test(w));
    // "الرباط في 12 شتنبر 2024 /ومع/ -", "صفاقس في 13/12/2024 (وات)": a place, then "في" (MAP, TAP, MENA)
    const after = text.slice(d.end, d.end + 8).trimStart();
    const placeFi =
      words.length >= 2 && words.length <= 3 && words[words.length - 1] === 'في' && /^[/(\-–—:]/u.test(after);
    const body = placeFi ? words.slice(0, -1) : words;
    if (words.length > DATELINE_WORDS || body.some((w) => NOT_IN_DATELINE.has(w))) continue;
    return d.iso;
  }
  return null;
}
