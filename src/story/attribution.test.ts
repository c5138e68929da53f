import { describe, expect, it } from 'vitest';
import { ingestUnderHeadline as ingest, speakerOf } from './test-helpers.ts';

describe("ownedWordsColon: words a colon introduces as someone's are theirs", () => {
  it('"… is her answer to the critics: "…"" in one sentence', () => {
    const story = ingest([
      'Nadia Rahimi has run the girls\' football club for six years. "We train on the dust," she said.',
      'The line everyone in the valley repeats is her answer to the mullah who called it shameful: "A girl who runs is a girl who breathes."',
    ]);
    expect(speakerOf(story, 'A girl who runs')).toBe('Nadia Rahimi');
  });
  it('a paragraph ending "One of his poems … has travelled far:" above the poem', () => {
    const story = ingest([
      'Gul Ahmad Sharifi, 80, still recites every evening in the teahouse. "I forget my keys, not my verses," he said.',
      'One of his poems, written the winter the bridge fell, has travelled as far as the cities:',
      '"The river took the bridge and left us the cold / we crossed on the ice and grew old."',
    ]);
    expect(speakerOf(story, 'The river took the bridge')).toBe('Gul Ahmad Sharifi');
  });
  it('"her favourite saying:", words between the owner and the noun for words', () => {
    const story = ingest([
      'Shirin Azizi has kept bees above the river for thirty years. Her neighbours still quote her oldest saying: "A hive that hums in winter will feed you in spring."',
    ]);
    expect(speakerOf(story, 'A hive that hums')).toBe('Shirin Azizi');
  });
  it('leaves a colon introducing a thing the owner did not say', () => {
    const story = ingest([
      'Gul Ahmad Sharifi, 80, still recites every evening in the teahouse. "I forget my keys, not my verses," he said.',
      'On the wall behind his chair hangs a sign from the old cinema:',
      '"No smoking during the interval. Management."',
    ]);
    expect(speakerOf(story, 'No smoking during')).toBeNull();
  });
});

describe('definiteRoleNamedNext: a definite role with an appositive, named by the next paragraph', () => {
  it('"The head of the clinic, a tired doctor …, told …: "…"" / "The doctor is Name"', () => {
    const story = ingest([
      'Every spring the health department promises more staff. The head of the district clinic, a tired doctor with a stethoscope around her neck, told the visiting officials last week: "We have two nurses for forty thousand people, and one of them is my sister."',
      'The doctor is Shakila Noori, and she has run the clinic since 2016.',
    ]);
    expect(speakerOf(story, 'two nurses for forty thousand')).toBe('Shakila Noori');
  });
  it('leaves the role when the next paragraph names another office', () => {
    const story = ingest([
      'The head of the district clinic, a tired doctor with a stethoscope around her neck, told the visiting officials last week: "We have two nurses for forty thousand people."',
      'The governor is Abdul Hakim Sultani, who came from the capital in May.',
    ]);
    expect(speakerOf(story, 'two nurses for forty thousand')).not.toBe('Abdul Hakim Sultani');
  });
});
