import { describe, expect, it } from 'vitest';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';

describe('findNamingSentences: "Her name is …", "He is …" introduces the person a pronoun meant', () => {
  it('gives the "she said" after "Her name is Name." to her, in the same paragraph', () => {
    const story = ingestUnderHeadline([
      'The bakery opens before dawn. A woman with flour to her elbows waved us in.',
      'Her name is Sabira Nazari. "The oven eats a sack of wood a day," she said, wiping her hands.',
    ]);
    expect(speakerOf(story, 'The oven eats a sack')).toBe('Sabira Nazari');
  });

  it('names who "he said" meant when the next paragraph says "He is Name, and …" or "His name, …, was Name"', () => {
    const story = ingestUnderHeadline([
      'Rahmatullah Wafa, the district engineer, showed us the broken sluice gate.',
      'The road climbs for an hour past the last village.',
      'The shepherd who guided us up the slope walked without a stick. "The snow comes back every year," he said.',
      'He is Gul Agha Safi, and he has kept flocks on this ridge since boyhood.',
      'A ferryman at the landing counted his passengers twice. "Nobody swims here in April," he said.',
      'His name, he told us as we paid, was Noor Ahmad Baheer, and his father had run the same boat.',
    ]);
    expect(speakerOf(story, 'The snow comes back')).toBe('Gul Agha Safi');
    expect(speakerOf(story, 'Nobody swims here')).toBe('Noor Ahmad Baheer');
  });

  it('keeps a speaker named in the paragraph, and a pronoun of the other gender', () => {
    const story = ingestUnderHeadline([
      'Engineer Rahmatullah Wafa inspected the gate. "It will hold until spring," he said.',
      'He is Gul Agha Safi\u2019s cousin, and he studied in Mazar.',
      'A nurse at the clinic counted the vials. "We need more cold boxes," she said.',
      'He is Noor Ahmad Baheer, and he drives the supply truck.',
    ]);
    expect(speakerOf(story, 'It will hold')).toBe('Engineer Rahmatullah Wafa');
    expect(speakerOf(story, 'more cold boxes')).not.toBe('Noor Ahmad Baheer');
  });
});

describe('nameOpeningNext: a subject described first and named by the next paragraph', () => {
  it('"…the ferry\'s captain … "…," she said. / Name was …" is the woman the next paragraph names', () => {
    const story = ingestUnderHeadline([
      'At dawn the captain of the ferry is already untying the ropes, a scarf pulled over her nose against the cold.',
      '"The river does not wait for anyone, so I do not either," she said.',
      'Shakila Noori was nineteen when her father handed her the tiller in 2009.',
    ]);
    expect(speakerOf(story, 'The river does not wait')).toBe('Shakila Noori');
  });
  it('leaves the pronoun to a person named before it', () => {
    const story = ingestUnderHeadline([
      'Mariam Sultani, 44, captains the ferry at the upper crossing.',
      '"The river does not wait for anyone, so I do not either," she said.',
      'Shakila Noori, her deckhand, was nineteen when she started.',
    ]);
    expect(speakerOf(story, 'The river does not wait')).toBe('Mariam Sultani');
  });
});
