import { describe, expect, it } from 'vitest';
import { readWithCountry, speakerOf } from './test-helpers.ts';

const read = (...paras: string[]) => readWithCountry(['Headline', ...paras].join('\n\n'));

describe('ownedPersonWordsColon', () => {
  it("gives 'My aunt's advice:' to the aunt named before", () => {
    const story = read(
      'My aunt, Bibi Nazo, raised six children in Khost wa Fereng.',
      'When the snow came early we listened to her. My aunt\'s advice: "Bring the animals down before the pass closes."',
    );
    expect(speakerOf(story, 'Bring the animals down')).toBe('Bibi Nazo');
  });

  it("near miss: an owned thing that is not a saying ('My aunt's house:') gives no one the words", () => {
    const story = read(
      'My aunt, Bibi Nazo, raised six children in Khost wa Fereng.',
      'A sign hung over the door of my aunt\'s house: "Guests are the friends of God."',
    );
    expect(speakerOf(story, 'Guests are the friends')).not.toBe('Bibi Nazo');
  });
});
