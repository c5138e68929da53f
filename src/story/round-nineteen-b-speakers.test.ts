import { describe, expect, it } from 'vitest';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';

describe('a paragraph opened on a bare name is about that person: its "she says" is theirs', () => {
  it('reads "Name arrives … She is 37" as the person the next paragraph\'s pronoun means', () => {
    const story = ingestUnderHeadline([
      'Farida Wardak, 44, runs the tailoring workshop. "We sew until the light goes," she says.',
      'Shabana arrives at the workshop every morning with her son. She is 29 and a widow.',
      '"The cloth is the expensive part," she says. "The thread I can afford."',
    ]);
    expect(speakerOf(story, 'The cloth is the expensive part')).toBe('Shabana');
  });

  it('holds for a man, a modal verb and a past tense', () => {
    const story = ingestUnderHeadline([
      'Rahim Jan Popal, 60, owns the orchard. "The apricots come early this year," he says.',
      'Habibullah cannot read. He learned the trade from his uncle and keeps the accounts in his head.',
      '"I remember every debt," he said.',
    ]);
    expect(speakerOf(story, 'I remember every debt')).toBe('Habibullah');
    const past = ingestUnderHeadline([
      'Rahim Jan Popal, 60, owns the orchard. "The apricots come early this year," he says.',
      'Zalmai walked to the market on Friday. He sold two sacks of almonds there.',
      '"The price was fair," he said.',
    ]);
    expect(speakerOf(past, 'The price was fair')).toBe('Zalmai');
  });

  it('does not take a paragraph opened on a word that is no verb\'s subject ("Long before …")', () => {
    const story = ingestUnderHeadline([
      'Long before dawn, Abdul Wahid Sultani, 58, is at the oven. He has baked for thirty years.',
      '"No winter was like this one," he says.',
    ]);
    expect(speakerOf(story, 'No winter was like this one')).toBe('Abdul Wahid Sultani');
  });

  it('does not take a paragraph that does not go on by "She" or "He"', () => {
    const story = ingestUnderHeadline([
      'Mohammad Karim Azizi, 51, drives the truck. "The road is gone," he says.',
      'Baraka arrived in the village last year. The charity built a well and left.',
      '"Nobody repaired the pump," he said.',
    ]);
    expect(speakerOf(story, 'Nobody repaired the pump')).toBe('Mohammad Karim Azizi');
  });
});

describe('a name a "who" clause describes is a person', () => {
  it('gives the next "he says" to the buyer named with "who owns"', () => {
    const story = ingestUnderHeadline([
      'Rahmatullah, 51, drives the milk. "We lose a day on that road," he says.',
      'Much of the wool is bought by Sayed Ahmad Nazari, who runs a carpet workshop in the city.',
      '"The demand is always there," he says.',
    ]);
    expect(speakerOf(story, 'The demand is always there')).toBe('Sayed Ahmad Nazari');
  });

  it('does not make a place or an organisation of a "who" clause a speaker', () => {
    const story = ingestUnderHeadline([
      'Rahmatullah, 51, drives the milk. "We lose a day on that road," he says.',
      'The truck stops at the Ministry of Agriculture, who pays nothing for the milk.',
      '"They never answer," he says.',
    ]);
    expect(speakerOf(story, 'They never answer')).toBe('Rahmatullah');
  });
});
