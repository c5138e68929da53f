import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-text.ts';
import { markdownToText } from './markdown-text.ts';
import { nameStartBefore } from './name-runs.ts';
import { PersonEvents, type EventSpeaker } from './person-events.ts';
import { PlacesAt } from './places-at.ts';
import { insideQuotations } from './reading-cache.ts';
import { sentenceIndex } from './sentences.ts';

// The indexes that let the engine answer per-quotation and per-pronoun questions without re-reading the text.

describe('insideQuotations', () => {
  it('marks the offsets between the marks, for nested, carried and unclosed quotations', () => {
    const inside = insideQuotations(20, [
      { open: 5, close: 10, start: 6, end: 10, words: 1 },
      { open: 2, close: 12, start: 3, end: 12, words: 2 },
      { open: null, close: 1, start: 0, end: 1, words: 1 },
      { open: 15, close: null, start: 16, end: 20, words: 1 },
    ]);
    const marked = Array.from({ length: 20 }, (_, i) => (inside(i) ? 'x' : '.')).join('');
    expect(marked).toBe('x..xxxxxxxxx....xxxx');
  });
});

describe('sentenceIndex', () => {
  const text = 'Mr. Karimi spoke. He left.\nThen "rain" fell! Done';
  const { startOf } = sentenceIndex(text);

  it('finds where the sentence holding an offset starts, past abbreviations and line breaks', () => {
    expect(startOf(text.indexOf('spoke'))).toBe(0);
    expect(startOf(text.indexOf('left'))).toBe(text.indexOf('He'));
    expect(startOf(text.indexOf('"rain"'))).toBe(text.indexOf('Then'));
    expect(startOf(text.indexOf('Done'))).toBe(text.indexOf('Done'));
  });

  it('never reaches before the floor, and a mark right before the offset does not count', () => {
    expect(startOf(text.indexOf('left'), text.indexOf('left') - 2)).toBe(text.indexOf('left') - 2);
    expect(startOf(text.indexOf('.') + 1)).toBe(0);
  });
});

describe('nameStartBefore', () => {
  it('reads capitalised words back from a point, within a word count and after small words', () => {
    const text = 'said the Islamic Movement of Uzbekistan (IMU)';
    const at = text.indexOf('(');
    expect(text.slice(nameStartBefore(text, at, { maxWords: 9, particles: new Set(['of']) }), at)).toBe(
      'Islamic Movement of Uzbekistan ',
    );
    expect(text.slice(nameStartBefore(text, at, { maxWords: 2 }), at)).toBe('Uzbekistan ');
    expect(nameStartBefore('a al-Qaeda (AQ)', 11, { maxWords: 3 })).toBe(5);
    expect(nameStartBefore('said (AQ)', 5, { maxWords: 3 })).toBe(-1);
  });
});

describe('PersonEvents', () => {
  const speakers: Record<string, EventSpeaker> = {
    ali: { gender: 'male', description: 'a farmer in Kunduz' },
    sara: { gender: 'female', description: '' },
    ministry: { gender: null, description: 'the ministry' },
  };
  const events = () => {
    const ev = new PersonEvents(
      (id) => speakers[id],
      (id) => id === 'ministry',
    );
    ev.reset([
      { passage: 0, start: 5, end: 8, speaker: 'ali' },
      { passage: 0, start: 20, end: 24, speaker: 'sara' },
      { passage: 1, start: 3, end: 10, speaker: 'ministry' },
    ]);
    return ev;
  };
  const reach = { reach: 3, since: undefined };

  it('finds the last person named before an offset, of a gender, never an organisation', () => {
    const ev = events();
    expect(ev.lastPerson(1, 50, null, reach)?.speaker).toBe('sara');
    expect(ev.lastPerson(1, 50, 'male', reach)?.speaker).toBe('ali');
    expect(ev.lastPerson(0, 20, null, reach)?.speaker).toBe('ali');
    expect(ev.lastPerson(0, 5, null, reach)).toBeNull();
  });

  it('stops at an anonymous source named since, and beyond its reach', () => {
    const ev = events();
    expect(
      ev.lastPerson(1, 50, null, { reach: 3, since: { passage: 0, start: 30, end: 35, speaker: 'x' } }),
    ).toBeNull();
    expect(ev.lastPerson(5, 0, null, reach)).toBeNull();
  });

  it('finds the last speaker a description calls by a role, as descriptions and events arrive', () => {
    const ev = events();
    expect(ev.lastDescribedAs('farmer', 1, 0)?.speaker).toBe('ali');
    expect(ev.lastDescribedAs('teacher', 1, 0)).toBeNull();
    speakers.sara = { gender: 'female', description: 'a teacher' };
    ev.described('sara', 'a teacher');
    expect(ev.lastDescribedAs('teacher', 1, 0)?.speaker).toBe('sara');
    ev.add({ passage: 2, start: 0, end: 4, speaker: 'sara' });
    expect(ev.lastDescribedAs('teacher', 3, 0)?.start).toBe(0);
  });
});

describe('PlacesAt', () => {
  it('lists the places wholly inside a stretch of a passage, in the order of their first mention', () => {
    const at = new PlacesAt(2);
    at.add(0, 30, 36, 'AF19');
    at.add(0, 10, 16, 'AF18');
    at.add(0, 40, 46, 'AF18');
    at.add(1, 0, 5, 'AF17');
    expect(at.within(0, 0, 50)).toEqual(['AF18', 'AF19']);
    expect(at.within(0, 20, 50)).toEqual(['AF19', 'AF18']);
    expect(at.within(0, 11, 35)).toEqual([]);
    expect(at.all(1)).toEqual(['AF17']);
  });

  it("keeps a place's spans in order when one comes late, and knows nothing of passages it never saw", () => {
    const at = new PlacesAt(3);
    at.add(2, 50, 56, 'AF19');
    at.add(2, 5, 11, 'AF19');
    at.add(5, 0, 4, 'AF17');
    expect(at.within(2, 0, 20)).toEqual(['AF19']);
    expect(at.within(2, 20, 60)).toEqual(['AF19']);
    expect(at.within(2, 6, 40)).toEqual([]);
    expect(at.all(0)).toEqual([]);
    expect(at.all(5)).toEqual([]);
  });
});

describe('converters on unclosed marks', () => {
  it('reads an unclosed "<a " or quoted attribute as text and goes on with the tags after it', () => {
    expect(htmlToText('<p>Fighting in Kunduz <a <a title="x <b>near</b> Taloqan</p><p>Next</p>')).toBe(
      'Fighting in Kunduz <a <a title="x near Taloqan\n\nNext',
    );
    expect(htmlToText('<p>a <a title="x>y">link</a> b</p>')).toBe('a link b');
  });

  it('leaves emphasis marks that never close as they are', () => {
    expect(markdownToText('*a *a *a *a')).toBe('*a *a *a *a');
    expect(markdownToText('**a **b** _c_ *d *e* [x](y) [z')).toBe('a *b c *d *e x [z');
  });
});
