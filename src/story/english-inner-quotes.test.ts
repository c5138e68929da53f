import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from './quotes.ts';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';

describe('English words quoted inside a quotation', () => {
  it('gives the inner words to the one the speaker names before them, the outer ones stay the speaker’s', () => {
    const story = ingestUnderHeadline([
      'Crossing at dawn',
      'Shafiqa Rezaie, a teacher from Khwahan, remembers the crossing. “Haji Nabi, the boatman, tested the rope twice, and then he said, ‘The river is kind this morning, sit low.’ After that nobody spoke until the far bank,” she said.',
      '"Every evening my grandmother would say, \'A guest is a gift, even a hungry one.\' We believed her," said Zarina Habibi, who runs a guesthouse in Ishkashim.',
    ]);
    expect(speakerOf(story, 'The river is kind')).toBe('Haji Nabi');
    expect(speakerOf(story, 'nobody spoke until')).toBe('Shafiqa Rezaie');
    expect(speakerOf(story, 'A guest is a gift')).toBe("Zarina Habibi's grandmother");
    expect(speakerOf(story, 'We believed her')).toBe('Zarina Habibi');
  });

  it('keeps a term in single marks and an apostrophe inside the quotation as part of it', () => {
    const [span] = findQuoteSpans('“They call it ‘the tax’ here, and the farmers’ water is gone,” he said.');
    expect(span?.inner ?? []).toHaveLength(0);
    const story = ingestUnderHeadline([
      'Water fees',
      '“They call it ‘the tax’ here, and the farmers’ water is gone,” said Gul Rahman Safi, a mirab in Khanabad.',
    ]);
    expect(speakerOf(story, 'the farmers’ water')).toBe('Gul Rahman Safi');
  });
});
