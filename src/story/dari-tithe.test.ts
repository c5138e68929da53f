import { describe, expect, it } from 'vitest';
import { dariTitheShare } from './dari-tithe.ts';

const at = (text: string, name: string) => {
  const start = text.indexOf(name);
  return dariTitheShare(text, { start, end: start + name.length });
};

describe('dariTitheShare', () => {
  it('reads «ده یک» given, taken or of a harvest as the share', () => {
    expect(at('زمین‌های للمی ده یک می‌دهند.', 'ده یک')).toBe(true);
    expect(at('طالبان بیست یک محصول را می‌گیرند.', 'بیست یک')).toBe(true);
  });
  it('leaves the district where something is', () => {
    expect(at('در ده یک برف بارید.', 'ده یک')).toBe(false);
    expect(at('ولسوالی ده یک در غزنی است.', 'ده یک')).toBe(false);
  });
});
