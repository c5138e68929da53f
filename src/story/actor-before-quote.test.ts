import { describe, expect, it } from 'vitest';
import { ingest, speakerNames } from './test-helpers.ts';

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
    ).toEqual(['Farid Ahmadzai', null, null, null]);
  });
});
