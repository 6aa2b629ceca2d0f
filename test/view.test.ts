import { describe, expect, it } from 'vitest';
import { fold, foldUnit, isIgnorable, makeView, normIndex, origSpan, UNFOLDED } from '../src/text/view.js';

describe('text view', () => {
  it('folds digits, alef, yeh and teh marbuta one for one', () => {
    const v = makeView('أكثر من ٤٤٬٨٧٥ في المئة إلى ۱۲');
    expect(v.norm).toBe('اكثر من 44,875 في المئه الي 12');
    expect(v.map.length).toBe(v.norm.length + 1);
  });
  it('drops diacritics, tatweel and bidi marks and maps spans back to the original', () => {
    const t = 'قُتِلَ ٥ أشـــخاص\u200f';
    const v = makeView(t);
    expect(v.norm).toBe('قتل 5 اشخاص');
    const i = v.norm.indexOf('5');
    expect(origSpan(v, i, i + 1)).toEqual({ start: 7, end: 8 });
    const w = v.norm.indexOf('اشخاص');
    const s = origSpan(v, w, w + 5);
    expect(t.slice(s.start, s.end)).toBe('أشـــخاص');
    expect(normIndex(v, s.start)).toBe(w);
  });
  it('fold() applies the same folding to lexicon words', () => {
    expect(fold('إِحْدَى')).toBe('احدي');
    expect(fold('مائة')).toBe('مائه');
    expect(fold('قال')).toBe('قال');
    // past the argument-count limit of String.fromCharCode.apply
    expect(fold('إِ'.repeat(20000))).toBe('ا'.repeat(20000));
  });
  it('keeps one unit per kept unit for lone surrogates and astral characters', () => {
    const v = makeView('أ\ud800 ٥\udc00ـ😀');
    expect(v.norm).toBe('ا\ufffd 5\ufffd😀');
    expect([...v.map]).toEqual([0, 1, 2, 3, 4, 6, 7, 8]);
    // a long text reuses the scratch buffer without mixing in the previous call's units
    expect(makeView('٣'.repeat(10000)).norm).toBe('3'.repeat(10000));
    expect(makeView('ب').norm).toBe('ب');
  });
  it('handles empty text', () => {
    const v = makeView('');
    expect(v.norm).toBe('');
    expect(Array.from(v.map)).toEqual([0]);
  });
  it('UNFOLDED matches exactly the units that fold() drops or changes, and makeView agrees with fold', () => {
    const wrong: number[] = [];
    let text = '';
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (UNFOLDED.test(ch) !== (isIgnorable(c) || foldUnit(c) !== c)) wrong.push(c);
      if (c < 0xd800 || c > 0xdfff) text += ch;
    }
    expect(wrong).toEqual([]);
    expect(makeView(text).norm).toBe(fold(text));
    expect(fold('قُتِلَ ٥ أشخاص')).toBe('قتل 5 اشخاص');
  });
});
