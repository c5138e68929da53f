import { describe, expect, it } from 'vitest';
import { ingestStory } from './ingest.ts';
import type { Story } from './schema.ts';
import { TEST_GAZETTEER } from './test-gazetteer.ts';

const ingest = (paras: string[]) => ingestStory(['Headline', ...paras].join('\n\n'), TEST_GAZETTEER);
const speakerOf = (story: Story, snippet: string): string | null => {
  const q = story.quotes.find((x) => x.text.includes(snippet));
  return story.speakers.find((s) => s.id === q?.speaker)?.name ?? null;
};

describe('roleNamedNext: the role named in the sentence after its quotation', () => {
  it('"said the head of …. Dr. Name told …" is that person', () => {
    const story = ingest([
      '"Every well we dig saves a village," said the head of the water programme in the north. Dr. Nadia Rahimi told reporters that forty wells were finished.',
    ]);
    expect(speakerOf(story, 'Every well we dig')).toBe('Dr. Nadia Rahimi');
  });
  it('"…," said the team nurse, who …. Name, 29, trained …: an age alone is no other role', () => {
    const story = ingest([
      '"We walk to the villages," said the team nurse in the valley, who joined last year. Nadia Rahimi, 29, trained in the city.',
    ]);
    expect(speakerOf(story, 'We walk to the villages')).toBe('Nadia Rahimi');
  });
  it('leaves the role alone when the next sentence is about someone else already described', () => {
    const story = ingest([
      'Karim Jan Wardak, a farmer from the valley, lost his orchard in the spring.',
      '"The river took everything," said the head of the village council. Karim Jan Wardak plans to leave.',
    ]);
    expect(speakerOf(story, 'The river took everything')).not.toBe('Karim Jan Wardak');
  });
});

describe('role nouns a quotation is attributed by', () => {
  it('"…," said the headmaster, Name, who …', () => {
    const story = ingest([
      '"We have a library with no books," said the headmaster, Karim Jan Wardak, who came to the valley as a young teacher.',
    ]);
    expect(speakerOf(story, 'library with no books')).toBe('Karim Jan Wardak');
  });
  it('"…," said the coach, Name, a former player', () => {
    const story = ingest([
      '"They bowl for hours," said the coach, Nasir Ahmad Zaki, a former player from the south.',
    ]);
    expect(speakerOf(story, 'They bowl for hours')).toBe('Nasir Ahmad Zaki');
  });
  it('"…," said the factory\'s chief engineer: a possessive inside the role, the engineer named later', () => {
    const story = ingest([
      '"The pumps have been broken for years," said the factory\'s chief engineer, wiping his hands on a rag.',
      'The engineer, Karim Jan Wardak, is sixty and has worked at the plant since 1990.',
    ]);
    expect(speakerOf(story, 'The pumps have been broken')).toBe('Karim Jan Wardak');
  });
});
