// Quotation rules of the eighth round: each test is a sentence a newsroom might write, made up for the test.
import { describe, expect, it } from 'vitest';
import { anonymousIntroductions, longDescriptionOpening } from './anonymous.ts';
import { sourceOverNameInItsClause } from './english-speakers.ts';
import type { Reading } from './speakers.ts';
import { ingest, speakerOf } from './test-helpers.ts';

describe('an anonymous source described at length, then "he said"', () => {
  it('longDescriptionOpening: a description running on past its place up to its verb or relative clause', () => {
    expect(
      longDescriptionOpening(
        'A porter waiting at the customs gate with a cart of melons from Andkhoy said',
        0,
      )?.name,
    ).toBe('A porter waiting at the customs gate with a cart of melons from Andkhoy');
    expect(longDescriptionOpening('A tailor outside the mosque who mends coats said', 0)?.name).toBe(
      'A tailor outside the mosque',
    );
    // A comma alone ends nothing: the sentence ran on into its own verb.
    expect(
      longDescriptionOpening('A man from Kunduz once carried his wife, with his brothers, said', 0),
    ).toBeNull();
    expect(longDescriptionOpening('A nurse at the clinic in Khanabad said she was tired', 0)?.name).toBe(
      'A nurse at the clinic in Khanabad',
    );
  });

  it('reads "A driver waiting at … said …. "…," he said" as the driver, not the official named before', () => {
    const story = ingest([
      '"The bridge will be repaired within a month," said the district governor, Mohammad Karim Sultani.',
      'A driver waiting at the ferry with a load of onions from Rustaq said the queue was two days long. "We sleep in the cab and eat bread," he said.',
    ]);
    expect(speakerOf(story, 'We sleep in the cab')).toMatch(/^A driver waiting at the ferry/);
  });

  it('reads a source who "spoke on condition of anonymity" on a line under a live blog\'s time', () => {
    const story = ingest([
      'Officials said the exam went on.',
      '09:40\nAn invigilator at one of the schools in Imam Sahib, who spoke on condition of anonymity, told us the papers were late. "The papers came two hours late," the invigilator said.',
    ]);
    expect(speakerOf(story, 'The papers came')).toMatch(/^An invigilator/);
    expect(
      anonymousIntroductions('09:40\nA rider from Archi, who asked not to be named, said so.'),
    ).toHaveLength(1);
  });

  it('reads a name inside the source\'s "whose …" clause as no subject: "he" after it is the source', () => {
    const story = ingest([
      'The stoves were built by Karim Jawad, a smith from Taloqan.',
      'A baker on the corner of the old bazaar whose oven Karim Jawad repaired last winter said the smoke had cleared. "It is better now than it ever was," he said.',
    ]);
    expect(speakerOf(story, 'It is better now')).toBe('A baker on the corner of the old bazaar');
  });

  it("sourceOverNameInItsClause: only a name before the sentence's speech verb, in the source's clause", () => {
    const text = 'A baker on the corner whose oven Karim Jawad repaired said it works. Karim Jawad smiled.';
    const reading = { texts: [text] } as unknown as Reading;
    const at = (name: string, from = 0) => ({
      passage: 0,
      start: text.indexOf(name, from),
      end: text.indexOf(name, from) + name.length,
      speaker: name,
    });
    const anon = { passage: 0, start: 0, end: 21, speaker: 'baker' };
    expect(sourceOverNameInItsClause(reading, 0, anon, at('Karim Jawad'))).toBe(anon);
    // Named in the next sentence: a subject of its own.
    expect(sourceOverNameInItsClause(reading, 0, anon, at('Karim Jawad', 40))).toBeNull();
    const after = 'A baker on the corner said the oven was repaired by Karim Jawad, who smiled.';
    const named = {
      passage: 0,
      start: after.indexOf('Karim'),
      end: after.indexOf('Karim') + 11,
      speaker: 'k',
    };
    expect(sourceOverNameInItsClause({ texts: [after] } as unknown as Reading, 0, anon, named)).toBeNull();
  });
});
