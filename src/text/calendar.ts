// Day arithmetic on proleptic Gregorian dates as integer day numbers (days since 1970-01-01),
// and Hijri (Umm al-Qura) ↔ Gregorian conversion through @internationalized/date.
//   dayOf("2024-12-13") → 20070 ; isoDay(20070) → "2024-12-13" ; weekday(20070) → 5 (Friday)
//   hijriToGregorian(1436, 10, 26) → "2015-08-11"

import { CalendarDate, GregorianCalendar, IslamicUmalquraCalendar, toCalendar } from '@internationalized/date';

const MS_DAY = 86400000;

/** Days from 1970-01-01 to the first of month m (1–12) of year y, proleptic Gregorian (H. Hinnant's
 *  days-from-civil, exact for every integer year). */
function daysToMonth(y: number, m: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5);
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}
/** Arguments that Date.UTC reads as written: an integer year from 100 on (it reads 0–99 as 1900–1999),
 *  months 1–12, days 1–31, far from Date's limits. Others go through Date, as before. */
const plainYmd = (y: number, m: number, d: number): boolean =>
  Number.isInteger(y) &&
  y >= 100 &&
  y <= 100000 &&
  Number.isInteger(m) &&
  m >= 1 &&
  m <= 12 &&
  Number.isInteger(d) &&
  d >= 1 &&
  d <= 31;

export function dayNumber(y: number, m: number, d: number): number {
  if (plainYmd(y, m, d)) return daysToMonth(y, m) + d - 1;
  return Math.floor(Date.UTC(y, m - 1, d) / MS_DAY);
}

/** "2024-12-13" → day number; null when not a valid date. */
export function dayOf(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return isValidDay(y, mo, d) ? dayNumber(y, mo, d) : null;
}

export function ymd(day: number): { y: number; m: number; d: number } {
  if (Number.isInteger(day) && day >= -25000000 && day <= 25000000) {
    // the inverse of daysToMonth (civil-from-days)
    const z = day + 719468;
    const era = Math.floor(z / 146097);
    const doe = z - era * 146097;
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
    const m = mp < 10 ? mp + 3 : mp - 9;
    return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
  }
  const t = new Date(day * MS_DAY);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function isoDay(day: number): string {
  const { y, m, d } = ymd(day);
  if (y >= 1000 && y <= 9999) return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}
export function isoMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}
export function isoYear(y: number): string {
  return pad(y, 4);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
export function daysInMonth(y: number, m: number): number {
  if (plainYmd(y, m, 1)) {
    if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
    return MONTH_DAYS[m - 1] as number;
  }
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Add months, clamping the day: (2024-03-31) + 1 month → 2024-04-30. */
export function addMonths(day: number, n: number): number {
  const { y, m, d } = ymd(day);
  const total = y * 12 + (m - 1) + n;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  return dayNumber(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

/** The Saturday that starts the week of `day` (Arabic calendars start the week on Saturday). */
export function weekStart(day: number): number {
  return day - ((weekday(day) + 1) % 7);
}

// Built on first use: the Umm al-Qura calendar fills its month tables when made (~1 ms at start).
let calendars: { umalqura: IslamicUmalquraCalendar; gregorian: GregorianCalendar } | null = null;
function cals() {
  calendars ??= { umalqura: new IslamicUmalquraCalendar(), gregorian: new GregorianCalendar() };
  return calendars;
}

/** Memos of the Hijri conversions (each builds calendar objects: ~20-50 µs), by integer arguments;
 *  cleared at MEMO_MAX entries so that a stream does not grow them. */
const MEMO_MAX = 4096;
const TO_DAY = new Map<number, number | null>();
const TO_HIJRI = new Map<number, { y: number; m: number; d: number }>();
const MONTH_LEN = new Map<number, number>();
function remember<V>(memo: Map<number, V>, key: number, v: V): V {
  if (memo.size >= MEMO_MAX) memo.clear();
  memo.set(key, v);
  return v;
}

/** Umm al-Qura Hijri date → Gregorian day number; null when out of the calendar's range. */
export function hijriToDay(hy: number, hm: number, hd: number): number | null {
  if (hy < 1 || hy > 1600 || hm < 1 || hm > 12 || hd < 1 || hd > 30) return null;
  if (!Number.isInteger(hy) || !Number.isInteger(hm) || !Number.isInteger(hd)) return hijriToDayNow(hy, hm, hd);
  const key = (hy * 13 + hm) * 31 + hd;
  const v = TO_DAY.get(key);
  return v !== undefined ? v : remember(TO_DAY, key, hijriToDayNow(hy, hm, hd));
}
function hijriToDayNow(hy: number, hm: number, hd: number): number | null {
  try {
    const { umalqura, gregorian } = cals();
    const h = new CalendarDate(umalqura, hy, hm, 1);
    if (hd > umalqura.getDaysInMonth(h)) return null;
    const g = toCalendar(new CalendarDate(umalqura, hy, hm, hd), gregorian);
    return dayNumber(g.year, g.month, g.day);
  } catch {
    return null;
  }
}

/** Length of a Hijri month (29 or 30). */
export function hijriMonthLength(hy: number, hm: number): number {
  if (!Number.isInteger(hy) || !Number.isInteger(hm) || hy < 1 || hy > 100000 || hm < 1 || hm > 12)
    return hijriMonthLengthNow(hy, hm);
  const key = hy * 13 + hm;
  const v = MONTH_LEN.get(key);
  return v !== undefined ? v : remember(MONTH_LEN, key, hijriMonthLengthNow(hy, hm));
}
function hijriMonthLengthNow(hy: number, hm: number): number {
  const { umalqura } = cals();
  return umalqura.getDaysInMonth(new CalendarDate(umalqura, hy, hm, 1));
}

/** Gregorian day number → Hijri {y, m, d}. */
export function dayToHijri(day: number): { y: number; m: number; d: number } {
  if (!Number.isInteger(day)) return dayToHijriNow(day);
  const h = TO_HIJRI.get(day) ?? remember(TO_HIJRI, day, dayToHijriNow(day));
  return { y: h.y, m: h.m, d: h.d };
}
function dayToHijriNow(day: number): { y: number; m: number; d: number } {
  const { y, m, d } = ymd(day);
  const { umalqura, gregorian } = cals();
  const h = toCalendar(new CalendarDate(gregorian, y, m, d), umalqura);
  return { y: h.year, m: h.month, d: h.day };
}

export function hijriToGregorian(hy: number, hm: number, hd: number): string | null {
  const day = hijriToDay(hy, hm, hd);
  return day === null ? null : isoDay(day);
}

/** Western Easter Sunday of year `y` (Anonymous Gregorian algorithm): 2013 → 2013-03-31. */
export function easterDay(y: number): number {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumber(y, month, day);
}
