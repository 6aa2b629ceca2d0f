// The article's dateline: the first full explicit date (day, month and year) near the start of
// one of its first lines, used as the reference date when --ref-date is not given.
//   "بغداد 26 شوال 1436 هـ الموافق 11 أغسطس 2015\n…" → "2015-08-11"
//   "دمشق - 13/12/2024 - قال …"                          → "2024-12-13"
//   a date in the fifth paragraph                        → null

/** How many lines from the top may carry the dateline (the headline is the first). */
export const DATELINE_LINES = 3;
/** How far from the start of its line the date may begin (a place name, an agency, a dash). */
export const DATELINE_OFFSET = 60;

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
  for (const d of dates) {
    const line = lines.find(([a, b]) => d.start >= a && d.start < b);
    if (!line) continue;
    const lead = text.slice(line[0], d.start);
    const leadTrimmed = lead.trimStart();
    if (leadTrimmed.length <= DATELINE_OFFSET) return d.iso;
  }
  return null;
}
