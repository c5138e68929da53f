import { describe, expect, it } from 'vitest';
import { dariNamedAfter } from './dari-named-after.ts';

const after = (text: string) => dariNamedAfter(text, text.indexOf('»') + 1);

describe('dariNamedAfter', () => {
  it('reads a gesture or «این را X وقتی گفت که» after the words', () => {
    expect(after('«بیا»، میرزا غلام‌حیدر خندید و پیاله را پر کرد.')?.name).toBe('میرزا غلام‌حیدر');
    expect(after('«بیا.» این را خاله صدیقه وقتی گفت که نان می‌پخت.')?.name).toBe('خاله صدیقه');
  });
  it('leaves a pronoun, two joined clauses and a verb of speech to the rules before', () => {
    expect(after('«بیا»، او خندید.')).toBeNull();
    expect(after('«بیا؟» پرسیدم و پیرمرد خندید.')).toBeNull();
    expect(after('«بیا»، احمد گفت.')).toBeNull();
  });
});
