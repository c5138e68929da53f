import { describe, expect, it } from 'vitest';
import { ingest, speakerOf } from './test-helpers.ts';
import { openingTitle, titleAloneEvents } from './title-events.ts';

const outside = () => () => false;

describe('openingTitle', () => {
  it('reads the title a name opens with as the word used alone, never a courtesy title', () => {
    expect(openingTitle('Ustad Karim Jan')).toBe('ustad');
    expect(openingTitle('Dr. Lailuma Hakimi')).toBe('doctor');
    expect(openingTitle('مولوی عبدالحق')).toBe('مولوی');
    expect(openingTitle('Mr. Sharif')).toBeNull();
    expect(openingTitle('Karim Jan')).toBeNull();
  });
});

describe('titleAloneEvents', () => {
  const speakers = [
    { id: 'a', name: 'حاجی نورالله' },
    { id: 'b', name: 'Engineer Wahid Samadi' },
  ];

  it('finds a Dari title opening a clause and "the engineer", not the full name nor a title mid-clause', () => {
    const texts = [
      'حاجی نورالله آمد. حاجی چای ریخت، و پسرش گفت که حاجی خسته است.',
      'Later the engineer left.',
    ];
    const events = titleAloneEvents(speakers, texts, [], outside);
    expect(events.map((e) => [e.passage, texts[e.passage]?.slice(e.start, e.end), e.speaker])).toEqual([
      [0, 'حاجی', 'a'],
      [1, 'the engineer', 'b'],
    ]);
  });

  it('finds nothing for a title two speakers share', () => {
    const two = [...speakers, { id: 'c', name: 'حاجی گل‌احمد' }];
    expect(titleAloneEvents(two, ['حاجی چای ریخت.'], [], outside)).toEqual([]);
  });
});

describe('a quotation after a sentence about someone named by title alone', () => {
  it('is theirs in Dari and in English', () => {
    const dari = ingest([
      'استاد نجیب‌الله، آهنگر پیر بازار، به ما گفت: «سی سال است که همین دکان را دارم.»',
      'استاد چکش را زمین گذاشت. «حالا کسی نعل دستی نمی‌خواهد.»',
    ]);
    expect(speakerOf(dari, 'حالا کسی نعل')).toBe('نجیب‌الله');
    const english = ingest([
      'Ustad Najibullah, the oldest smith of the bazaar, told us: "I have kept this shop for thirty years."',
      'The ustad put down his hammer. "Nobody wants a hand-made horseshoe now."',
    ]);
    expect(speakerOf(english, 'Nobody wants a hand-made')).toBe('Ustad Najibullah');
  });
});
