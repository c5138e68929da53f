import { describe, expect, it } from 'vitest';
import { beyondPlaceCue, dariRiverBeyond } from './beyond-place-cues.ts';
import { tokenize } from './tokens.ts';

const cueAt = (text: string, name: string): boolean => {
  const start = text.indexOf(name);
  return beyondPlaceCue(text, { start, end: start + name.length });
};

describe('beyondPlaceCue', () => {
  it('reads a name onward from it, its forests or hills, or a signature as a place', () => {
    expect(cueAt('کسی نمی‌تواند از جرم به آن سو برود.', 'جرم')).toBe(true);
    expect(cueAt('جنگل‌های پستهٔ چال کم شده است.', 'چال')).toBe(true);
    expect(cueAt('تپه‌های چال سبز است.', 'چال')).toBe(true);
    expect(cueAt('Q: Is saffron possible? — Sohaila Rezaee, Chal\nA: Yes.', 'Chal')).toBe(true);
  });

  it('leaves a crime, a name inside a sentence after a comma, and a signature that runs on', () => {
    expect(cueAt('او به جرم دزدی زندانی شد.', 'جرم')).toBe(false);
    expect(cueAt('از جرم خود پشیمان است.', 'جرم')).toBe(false);
    expect(cueAt('He said, Chal is far.', 'Chal')).toBe(false);
    expect(cueAt('— Sohaila Rezaee, Chal and Taloqan', 'Chal')).toBe(false);
    // «آن سوی», «آن طرف» take any noun: a pit, the highlands.
    expect(cueAt('کارگران در آن طرف چال گیر ماندند.', 'چال')).toBe(false);
    expect(cueAt('قریه‌های آن سوی جرم برف‌گیر است.', 'جرم')).toBe(false);
  });
});

describe('dariRiverBeyond', () => {
  const rivers = new Map([['پنج', 'panj-river']]);
  const at = (text: string): string[] | undefined => {
    const tokens = tokenize(text);
    const i = tokens.findIndex((t) => t.text === 'پنج');
    return dariRiverBeyond(tokens, i, rivers, text)?.ids;
  };

  it('reads the short name after its far or near side as the river', () => {
    expect(at('مردم از آن سوی پنج می‌آیند.')).toEqual(['panj-river']);
    expect(at('در این طرف پنج، مکتب نیست.')).toEqual(['panj-river']);
  });

  it('leaves a count after a side, and the number elsewhere', () => {
    expect(at('آن سوی پنج کوه بلند است.')).toBeUndefined();
    expect(at('او پنج سال کار کرد.')).toBeUndefined();
    expect(at('از آن طرف پنج تا موتر آمد.')).toBeUndefined();
    expect(at('از آن طرف پنج و از این طرف سه نفر آمدند.')).toBeUndefined();
    expect(at('در آن طرف پنج میلیون نفر زندگی می‌کنند.')).toBeUndefined();
  });
});
