import { describe, expect, it } from 'vitest';
import { ingestUnderHeadline as ingest, speakerOf } from './test-helpers.ts';

describe('pastObjectOfPronoun: a name in a sentence that opens on "he" is not who the next "he" means', () => {
  it('"He pays Name a wage …. "…," he said" is the man who pays, quoted before', () => {
    const story = ingest([
      'Nasir Ahmad Zaki, 19, carries the sacks. "I came for a month and stayed four years," he said.',
      'The mill belongs to Karim Jan Wardak, 64, who bought it from his cousin. "It was a ruin," he said.',
      'He pays Zaki a small wage to carry the sacks and keeps the accounts himself.',
      '"The river gives us power eight months a year," he said.',
    ]);
    expect(speakerOf(story, 'gives us power eight months')).toBe('Karim Jan Wardak');
  });
  it('"Then he waved Name over …" in the quotation\'s own paragraph', () => {
    const story = ingest([
      'Abdul Basir Hamdam, 40, sells phones. "Business is good," he said.',
      'Gul Ahmad Sharifi, 58, has repaired radios in the bazaar since 1990. "Everyone has a phone now," he said.',
      'Then he waved Hamdam over to the counter. "Ask him how many radios he sold this year," he said.',
    ]);
    expect(speakerOf(story, 'how many radios he sold')).toBe('Gul Ahmad Sharifi');
  });
  it('"He introduced himself as Name": the name is the pronoun\'s own', () => {
    const story = ingest([
      'Karim Jan Wardak, a trader, met us at the gate. "Welcome," he said.',
      'Inside, a guard waved us on. He introduced himself as Nasir Ahmad Zaki and said he had worked there for years.',
      '"Nobody comes this way in winter, only the wolves," he told me.',
    ]);
    expect(speakerOf(story, 'only the wolves')).toBe('Nasir Ahmad Zaki');
  });
});

describe("subjectNamedSince: a new person the pronoun's own paragraph opens a sentence on", () => {
  it('is who "he said" means, over a speaker of an earlier paragraph', () => {
    const story = ingest([
      'Abdul Basir Hamdam, 40, sells phones by the mosque. "Business is good," he said.',
      'Gul Ahmad Sharifi has mended radios in the same lane since 1990. "Everyone has a phone now," he said.',
    ]);
    expect(speakerOf(story, 'Everyone has a phone now')).toBe('Gul Ahmad Sharifi');
  });
  it('is who "she says" means in a feature that moves on to a new woman', () => {
    const story = ingest([
      'Mariam Sultani, 33, runs the only pharmacy in the district. "We wait weeks for insulin," she says.',
      'Across the road, Nadia Rahimi keeps a tailoring shop. "The men come to me for their wedding coats," she says.',
    ]);
    expect(speakerOf(story, 'wedding coats')).toBe('Nadia Rahimi');
  });
  it('leaves a name the sentence governs as an object to the speaker before', () => {
    const story = ingest([
      'Abdul Basir Hamdam, 40, sells phones by the mosque. "Business is good," he said.',
      'Last spring the police arrested Gul Ahmad Sharifi for selling stolen radios. "He was a good neighbour," he said.',
    ]);
    expect(speakerOf(story, 'He was a good neighbour')).toBe('Abdul Basir Hamdam');
  });
});
