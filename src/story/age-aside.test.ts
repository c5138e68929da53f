import { describe, expect, it } from 'vitest';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';

describe('a speaker’s age and a relative clause, both in commas, between the name and the verb', () => {
  it('reads "Name, 52, who …, told" as the subject of the reporting clause', () => {
    const story = ingestUnderHeadline([
      'Inquiry into the grain store',
      'A panel met in the district hall on Sunday to hear the storekeepers.',
      'The storekeeper, Wahidullah Noorzai, 52, who has kept the keys for nine years, told the panel he had counted the sacks "twice every evening" before locking up.',
      'Bibi Shirin Hotaki, 47, who sells bread outside the store, said she had seen trucks at night "with their lights switched off" in March.',
    ]);
    expect(speakerOf(story, 'twice every evening')).toBe('Wahidullah Noorzai');
    expect(speakerOf(story, 'lights switched off')).toBe('Bibi Shirin Hotaki');
  });
});
