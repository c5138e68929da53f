import { describe, expect, it } from 'vitest';
import { ingest, ingestUnderHeadline, speakerNames, speakerOf } from './test-helpers.ts';
import { attributedAfter } from './actor-before-quote.ts';

const speakers = (paras: string[]) => speakerNames(ingest(paras));

describe('actorsBeforeQuotes: a quotation after a sentence about a person', () => {
  it('goes to the person the sentence before opens on, by name or by pronoun', () => {
    expect(
      speakers([
        'Farid Ahmadzai, a boatman on the river, told us the water was low. "It was never this low in June," he said.',
        'Ahmadzai pushed the boat off the sand. "Next month we will walk across."',
        'He tied the rope to a post. "The river decides, not us."',
      ]),
    ).toEqual(['Farid Ahmadzai', 'Farid Ahmadzai', 'Farid Ahmadzai']);
  });

  it('leaves a quotation that does not open a sentence, or follows a sentence about no one, alone', () => {
    expect(
      speakers([
        'Farid Ahmadzai, a boatman on the river, told us the water was low. "It was never this low in June," he said.',
        'The sign at the landing reads "No crossing after dark."',
        'Rain came in the afternoon. "Bring the nets in before the storm."',
        'Ahmadzai looked at the sky. "The ferry will not run today," said the ferry company.',
      ]),
      // Round nineteen: the company speaks (was: no speaker); never Ahmadzai, the actor before it.
    ).toEqual(['Farid Ahmadzai', null, null, 'The ferry company']);
  });
});

describe('attributedAfter: a quotation closing on its full stop ended its sentence', () => {
  it('"He thought of …. "…." The next sentence\'s "he said" is about something else', () => {
    const story = ingestUnderHeadline([
      'Nasir Ahmad Zaki, 52, has fished the river since he was a boy. "The fish are smaller now," he said.',
      'He thought of his uncle\'s boat. "In spring we left before dawn and came back with the nets torn." Traders came from the city to buy, he said, but "nobody comes to this bank any more, not even the tax men".',
    ]);
    expect(speakerOf(story, 'came back with the nets torn')).toBe('Nasir Ahmad Zaki');
  });
  it('reads the words after a comma-closed quotation as its attribution', () => {
    expect(attributedAfter('"We stayed," he said.', 11)).toBe(true);
    expect(attributedAfter('"We stayed." He left, she said.', 12)).toBe(false);
  });
});
