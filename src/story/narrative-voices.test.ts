import { describe, expect, it } from 'vitest';
import { readWithCountry, speakerOf } from './test-helpers.ts';

const read = (...paras: string[]) => readWithCountry(['Headline', ...paras].join('\n\n'));

describe('writersOwnWords', () => {
  it("keeps no speaker for the writer's '\"…?\" I asked'", () => {
    const story = read(
      'Sultan Ahmad Wardak has run the ferry at Darqad for thirty years. "The river decides, not me," he said.',
      '"And if the river rises again this spring?" I asked.',
    );
    expect(speakerOf(story, 'And if the river')).toBeNull();
  });
  it('keeps the speaker when a named man says it to the writer', () => {
    const story = read(
      'Sultan Ahmad Wardak has run the ferry at Darqad for thirty years. "The river decides, not me," he said.',
    );
    expect(speakerOf(story, 'The river decides')).toBe('Sultan Ahmad Wardak');
  });
});

describe('bracketedVoices', () => {
  it('gives \'[Someone shouts: "…"]\' to that voice', () => {
    const story = read(
      'The bridge will be rebuilt by the autumn.',
      '[Someone at the back shouts: "Which autumn, this one?"]',
    );
    expect(speakerOf(story, 'Which autumn')).toBe('Someone at the back');
  });
  it('gives a bracketed quotation with no voice before its colon to no one', () => {
    const story = read(
      'The bridge will be rebuilt by the autumn.',
      '[Laughter: "which autumn" is heard twice]',
    );
    expect(speakerOf(story, 'which autumn')).toBeNull();
  });
});
