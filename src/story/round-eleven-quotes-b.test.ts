// Round eleven (second quotation helper), with sentences made up for the test.
import { describe, expect, it } from 'vitest';
import { anonymousIntroductions, personByRelativeClause } from './anonymous.ts';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';

describe('"a <noun> who …" introduces a person by any noun; "the <noun> said" is that person', () => {
  it('personByRelativeClause: any noun before "who"/"whose", not a quantity or a noun with no relative clause', () => {
    expect(personByRelativeClause('A ticket broker who has sold seats for years', 0)?.name).toBe(
      'A ticket broker',
    );
    expect(personByRelativeClause('An old ferryman, whose boat sank in May, waved', 0)?.name).toBe(
      'An old ferryman',
    );
    expect(personByRelativeClause('A few who stayed behind said', 0)).toBeNull();
    expect(personByRelativeClause('A ticket broker sold seats', 0)).toBeNull();
    expect(personByRelativeClause('A road that climbs the pass', 0)).toBeNull();
  });

  it('anonymousIntroductions: after "In/At <place>, where …," as after "In/At <place>,"', () => {
    expect(
      anonymousIntroductions('In Rustaq, where the bus stops, a tanner who works by the river sat.').map(
        (a) => a.name,
      ),
    ).toEqual(['A tanner']);
  });

  it('gives "the broker said" and "the saddler said" to the person introduced paragraphs before', () => {
    const story = ingestUnderHeadline([
      'The ferry runs twice a day.',
      'At the pier, where the boats tie up, a ticket broker who has sold seats on the boat for nine years explains the queue. He asked that his name be kept out.',
      '"Every seat is sold twice," the broker said by phone. "Nobody complains."',
      'A saddler whose stall faces the mosque has raised his prices.',
      '"Leather comes from Mazar now," the saddler said.',
    ]);
    expect(speakerOf(story, 'Every seat')).toBe('A ticket broker');
    expect(speakerOf(story, 'Nobody complains')).toBe('A ticket broker');
    expect(speakerOf(story, 'Leather comes')).toBe('A saddler');
  });
});
