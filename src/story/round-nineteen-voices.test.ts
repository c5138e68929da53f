import { describe, expect, it } from 'vitest';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';
import { writerKinSubjectsOf } from './writer-kin.ts';

// Personal and scene writing: a first-person writer's relatives, and the people of a scene, as speakers.

describe("the writer's relative as a subject after a lead", () => {
  it('"Before I left, my father called me …. "…," he said": the father', () => {
    const story = ingestUnderHeadline([
      'Before I left, my father called me twice. The second call was a warning. "Take the morning bus," he said.',
    ]);
    expect(speakerOf(story, 'Take the morning bus')).toBe('my father');
  });

  it('"Last week our grandmother phoned. "…," she said" and "After the harvest my uncle walked …"', () => {
    const story = ingestUnderHeadline([
      'Last week our grandmother phoned from the village. "The apricots are ripe early," she said.',
      'After the harvest my uncle walked to the bazaar in Kunduz. "Prices are down again," he told us.',
    ]);
    expect(speakerOf(story, 'apricots are ripe')).toBe('our grandmother');
    expect(speakerOf(story, 'Prices are down')).toBe('my uncle');
  });

  it('near miss: a relative inside another subject\'s clause is no subject ("The man who sold my father a cow")', () => {
    expect(writerKinSubjectsOf('The man who sold my father a cow returned in May.')).toEqual([]);
    expect(writerKinSubjectsOf('I told him that my father worked there.')).toEqual([]);
    expect(writerKinSubjectsOf('Before I left, my father called me.').map((d) => d.head)).toEqual(['father']);
  });
});

describe("the writer's relative before a colon, after a lead of time or a list dash", () => {
  it('"- On my last night my aunt found me … and asked, not really joking: "…""', () => {
    const story = ingestUnderHeadline([
      '- On my last night my aunt found me reading on the roof and asked, not really joking: "Who will cook for you in the city?" Nobody, I hope.',
    ]);
    expect(speakerOf(story, 'Who will cook')).toBe('my aunt');
  });

  it('"Last winter our grandmother sat by the stove and told us: "…""', () => {
    const story = ingestUnderHeadline([
      'Last winter our grandmother sat by the stove and told us: "The river was wider when I was a girl." We laughed.',
    ]);
    expect(speakerOf(story, 'The river was wider')).toBe('our grandmother');
  });

  it('near miss: "On my last night my friend\'s bus left …:" names no speaker of the writer\'s', () => {
    const story = ingestUnderHeadline([
      'On my last night the bus to Kunduz left late, and the sign on it read: "Express, no stops." Nobody believed it.',
    ]);
    expect(speakerOf(story, 'Express, no stops')).toBeNull();
  });
});
