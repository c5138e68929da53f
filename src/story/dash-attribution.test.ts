import { describe, expect, it } from 'vitest';
import { dashAsComma } from './attribution.ts';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';

// '"…" — he said': a dash after the closing mark sets off the reporting clause as a comma does.

describe('a reporting clause set off by a dash after the quotation', () => {
  it('reads "— Name said" and "– he added" after the closing mark', () => {
    const story = ingestUnderHeadline([
      'The fair opened on Friday. Qadir Hamdard, a farmer of forty, brought three cows.',
      '"The price of hay has doubled since the autumn" — Hamdard said, and led the cows away.',
      '"Nobody sells in this weather" – he added.',
    ]);
    expect(speakerOf(story, 'price of hay')).toBe('Qadir Hamdard');
    expect(speakerOf(story, 'Nobody sells')).toBe('Qadir Hamdard');
  });

  it('gives a Dari line and its English translation, dashes between, to the "he" after them', () => {
    const story = ingestUnderHeadline([
      'The strongest wrestler was Gul Agha Rustami, 31, from the hills above the town.',
      'He lost the final. «پشتم زمین خورد، ولی سرم بلند است» — "My back hit the ground, but my head is high" — he said, and walked off.',
    ]);
    expect(speakerOf(story, 'My back hit the ground')).toBe('Gul Agha Rustami');
    expect(speakerOf(story, 'پشتم زمین خورد')).toBe('Gul Agha Rustami');
  });

  it('near miss: a signature line under a testimonial keeps its dash', () => {
    expect(dashAsComma('\n— Sabira, a midwife')).toBe('\n— Sabira, a midwife');
    expect(dashAsComma(' — he said')).toBe(' , he said');
  });
});
