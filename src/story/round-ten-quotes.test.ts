// Round ten, quotation side (and its review items), with sentences made up for the test.
import { describe, expect, it } from 'vitest';
import { ingestUnderHeadline, placesOf, readWithCountry, speakerOf } from './test-helpers.ts';

describe('occupantBefore: a trade «در» a district far from the map cues the name', () => {
  it('links a district far from the map after a shopkeeper or a driver «در» it, and not without one', () => {
    expect(placesOf(readWithCountry('احمد، دکاندار در بگرام، گفت که قیمت آرد بالا رفته است.'))).toEqual([
      ['بگرام', 'AF0302'],
    ]);
    expect(
      placesOf(readWithCountry('نجیب، کارمند یک شرکت ساختمانی در شکردره، گفت که کار کم شده است.')),
    ).toEqual([['شکردره', 'AF0106']]);
    expect(placesOf(readWithCountry('مهمانان از بگرام آمده بودند و شب ماندند.'))).toEqual([]);
  });
});

describe('a scare quote after "Sceptics", "critics": a view held by nobody in particular', () => {
  it('gives what sceptics or critics are said to say to no one, and the next quotation to its speaker', () => {
    const story = ingestUnderHeadline([
      'The mill reopened in June.',
      'Sceptics had long said "the mill will never grind again". The owner, Engineer Karim Sadiq, opened the gates. "We bought it back," he said.',
      'The road opened in August. Critics called it "a road to nowhere" for years.',
    ]);
    expect(speakerOf(story, 'the mill will never')).toBeNull();
    expect(speakerOf(story, 'a road to nowhere')).toBeNull();
    expect(speakerOf(story, 'We bought it back')).toBe('Engineer Karim Sadiq');
  });
});
