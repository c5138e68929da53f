import { describe, expect, it } from 'vitest';
import type { Mention, Quote, Speaker } from '../../src/story/schema.ts';
import { parseArticle } from './corpus.ts';
import { foldText, sameSpeaker, scoreArticle, totalScore, type Reading } from './score.ts';

const ARTICLE = parseArticle(
  [
    '# name: toy',
    '# lang: en',
    '# kind: wire',
    '# quote: The road to Jurm is gone => Abdul Qadir Hamdard',
    '# quote: We have no bread => a shopkeeper in Faizabad | shopkeeper',
    '# quote: No one came => (none)',
    '---',
    // A standfirst line first, so passage offsets differ from source offsets.
    'Standfirst.',
    '[[Faizabad|AF1701]] and [[Jurm|AF1710]] flooded; the [[jurm|-]] was the rain.',
    '"The road to Jurm is gone," said Abdul Qadir Hamdard. "We have no bread," said a shopkeeper. "No one came."',
  ].join('\n'),
  'toy.txt',
);
const at = (text: string, from = 0) => ARTICLE.text.indexOf(text, from);

/** An engine mention of `text` (its n-th occurrence) linked to `place`; passage offsets deliberately off. */
function mention(text: string, place: string, from = 0): Mention {
  const start = at(text, from);
  return {
    id: `m${start}`,
    passage: 'p1',
    start: 0,
    end: text.length,
    sourceStart: start,
    sourceEnd: start + text.length,
    text,
    place,
    via: 'name',
  };
}
function quote(text: string, speaker: string | null): Quote {
  const start = at(text);
  return {
    id: `q${start}`,
    passage: 'p2',
    start: 0,
    end: text.length,
    sourceStart: start,
    sourceEnd: start + text.length,
    text,
    speaker,
    places: [],
  };
}
const speaker = (id: string, name: string): Speaker => ({ id, name, description: '', places: [] });
const reading = (r: Partial<Reading>): Reading => ({ mentions: [], quotes: [], speakers: [], ...r });

describe('scoreArticle: places', () => {
  it('matches overlapping spans with the same id, by source offsets, one to one', () => {
    const s = scoreArticle(
      ARTICLE,
      reading({
        mentions: [
          mention('Faizabad', 'AF1701'),
          mention('Faizabad', 'AF1701'), // the same place twice is one right and one wrong
          mention('Jurm', 'AF17'), // the right span with the wrong id
          mention('jurm', 'AF1710', at('the jurm')), // the trap
        ],
      }),
    );
    expect(s.counts).toMatchObject({ tp: 1, fp: 3, fn: 1, trapsLinked: 1 });
    expect(s.precision).toBe(0.25);
    expect(s.recall).toBe(0.5);
    expect(s.misses).toEqual([
      { start: at('Jurm'), end: at('Jurm') + 4, text: 'Jurm', place: 'AF1710', linked: ['AF17'] },
    ]);
    expect(s.falsePositives.map((f) => [f.text, f.place, f.trap, f.gold])).toEqual([
      ['Faizabad', 'AF1701', false, 'AF1701'],
      ['Jurm', 'AF17', false, 'AF1710'],
      ['jurm', 'AF1710', true, null],
    ]);
  });

  it('counts a span that only overlaps the gold as a match ("Faizabad city" for "Faizabad")', () => {
    const s = scoreArticle(
      ARTICLE,
      reading({ mentions: [mention('Faizabad and', 'AF1701'), mention('Jurm', 'AF1710')] }),
    );
    expect([s.precision, s.recall]).toEqual([1, 1]);
  });

  it('gives 1 when there is nothing to find and nothing was found', () => {
    const empty = { ...ARTICLE, gold: [], quotes: [] };
    expect(scoreArticle(empty, reading({}))).toMatchObject({ precision: 1, recall: 1, quoteAttribution: 1 });
    expect(scoreArticle(ARTICLE, reading({}))).toMatchObject({ precision: 1, recall: 0 });
  });
});

describe('scoreArticle: quotes', () => {
  const speakers = [speaker('h', 'Hamdard'), speaker('s', 'a shopkeeper'), speaker('o', 'Omar Zaki')];

  it('finds the quotation holding each snippet and compares its speaker', () => {
    const s = scoreArticle(
      ARTICLE,
      reading({
        speakers,
        quotes: [
          quote('The road to Jurm is gone,', 'h'),
          quote('We have no bread,', 'o'),
          quote('No one came.', null),
        ],
      }),
    );
    expect(s.counts).toMatchObject({ quotesRight: 2, quotesTotal: 3 });
    expect(s.quoteAttribution).toBeCloseTo(2 / 3);
    expect(s.wrongSpeakers).toEqual([
      {
        snippet: 'We have no bread',
        start: at('We have'),
        expected: ['a shopkeeper in Faizabad', 'shopkeeper'],
        got: 'Omar Zaki',
        found: true,
      },
    ]);
  });

  it('counts a quotation the engine missed as wrong, unless nobody says it', () => {
    const s = scoreArticle(ARTICLE, reading({ speakers, quotes: [quote('No one came.', 'o')] }));
    expect(s.wrongSpeakers.map((w) => [w.snippet, w.got, w.found])).toEqual([
      ['The road to Jurm is gone', null, false],
      ['We have no bread', null, false],
      ['No one came', 'Omar Zaki', true],
    ]);
    expect(scoreArticle(ARTICLE, reading({})).counts.quotesRight).toBe(1);
  });

  it('finds a quotation by its text when the spans do not hold the snippet', () => {
    const moved: Quote = {
      ...quote('The road to Jurm is gone,', 'h'),
      sourceStart: 0,
      sourceEnd: 1,
      text: 'the  road to JURM is gone',
    };
    expect(
      scoreArticle(ARTICLE, reading({ speakers, quotes: [moved] })).wrongSpeakers.map((w) => w.snippet),
    ).not.toContain('The road to Jurm is gone');
  });
});

describe('speaker names', () => {
  it('fold case, diacritics, Arabic letter forms, digits, ZWNJ and spacing', () => {
    expect(foldText('  Qāḍī  ABDUL-Qadir ')).toBe('qadi abdul qadir');
    expect(foldText('علي كريمي')).toBe(foldText('علی کریمی'));
    expect(foldText('خانة')).toBe(foldText('خانه'));
    expect(foldText('خانهٔ')).toBe(foldText('خانه'));
    expect(foldText('۱۲ قوس ١٤٠٥')).toBe('12 قوس 1405');
    expect(foldText('فیض‌آباد')).toBe('فیض اباد');
    expect(foldText('تـــالقان')).toBe('تالقان');
  });

  it('match when one contains the other as whole words or they differ only in spacing', () => {
    expect(sameSpeaker('Abdul Qadir Hamdard', 'Hamdard')).toBe(true);
    expect(sameSpeaker('Hamdard', 'Dr. Abdul Qadir Hamdard')).toBe(true);
    expect(sameSpeaker('Hamdard', 'Hamdardi')).toBe(false);
    expect(sameSpeaker('Abdul Qadir', 'Qadir Abdul')).toBe(false);
    expect(sameSpeaker('عبدالله', 'عبد الله')).toBe(true);
    expect(sameSpeaker('محمد علي', 'محمد‌علی')).toBe(true);
    expect(sameSpeaker('x', '')).toBe(false);
  });
});

describe('totalScore', () => {
  it('averages over every mention and quotation, and keeps the lowest article', () => {
    const good = scoreArticle(
      ARTICLE,
      reading({ mentions: [mention('Faizabad', 'AF1701'), mention('Jurm', 'AF1710')] }),
    );
    const bad = scoreArticle(ARTICLE, reading({ mentions: [mention('Faizabad', 'AF17')] }));
    const t = totalScore([good, bad]);
    expect(t.counts).toMatchObject({ tp: 2, fp: 1, fn: 2, quotesRight: 2, quotesTotal: 6 });
    expect(t.precision).toBeCloseTo(2 / 3);
    expect(t.recall).toBe(0.5);
    expect(t.min).toEqual({ precision: 0, recall: 0, quoteAttribution: 1 / 3 });
  });
});
