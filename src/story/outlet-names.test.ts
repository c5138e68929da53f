import { describe, expect, it } from 'vitest';
import { dariOutletNameAfter } from './outlet-names.ts';

/** The span of `name`'s first occurrence in `text`. */
const spanOf = (text: string, name: string) => {
  const start = text.indexOf(name);
  return { start, end: start + name.length };
};

describe('dariOutletNameAfter', () => {
  it('reads a place then an outlet loan word as the outlet', () => {
    const t = 'به نوشتهٔ کوکچه تایمز، پل بسته شد.';
    const s = spanOf(t, 'کوکچه');
    expect(dariOutletNameAfter(t, s.start, s.end)).toBe(true);
  });
  it('reads a loan word the other endings lack («اف‌ام») as the outlet', () => {
    const t = 'شنوندگان سالنگ اف‌ام زیاد شده‌اند.';
    const s = spanOf(t, 'سالنگ');
    expect(dariOutletNameAfter(t, s.start, s.end)).toBe(true);
  });
  it('leaves a place before an ordinary word', () => {
    const t = 'در کوکچه تابستان آب کم است.';
    const s = spanOf(t, 'کوکچه');
    expect(dariOutletNameAfter(t, s.start, s.end)).toBe(false);
  });
  it('leaves «آنلاین» without an outlet cue', () => {
    const t = 'در کندز آنلاین درس می‌خوانند.';
    const s = spanOf(t, 'کندز');
    expect(dariOutletNameAfter(t, s.start, s.end)).toBe(false);
  });
});
