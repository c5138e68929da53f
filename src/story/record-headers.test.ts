import { describe, expect, it } from 'vitest';
import { isRightsLine, markRecordHeaders, type RecordLine } from './record-headers.ts';

const block = (lines: string[], n = 0): RecordLine[] =>
  lines.map((text) => ({ text, block: n, kind: 'body' }));

describe('markRecordHeaders', () => {
  it("marks a record's block of fields", () => {
    const items = block([
      'Accession no.: KHA-2024-007',
      'Interviewee: Bibi Hawa (b. 1950)',
      'Place of interview: Taloqan, Takhar',
      'Donor: the family',
    ]);
    markRecordHeaders(items);
    expect(items.map((i) => i.kind)).toEqual(['other', 'other', 'other', 'other']);
  });
  it("near miss: a fact box's fields stay the text", () => {
    const items = block(['Province: Takhar', 'Capital: Taloqan', 'Population: 1.1 million', 'Districts: 17']);
    markRecordHeaders(items);
    expect(items.every((i) => i.kind === 'body')).toBe(true);
  });
});

describe('isRightsLine', () => {
  it.each(['Rights: © Pamir Sound Archive. Research use only.', 'Licensing: Editorial use only.'])(
    'reads %s as rights',
    (line) => expect(isRightsLine(line)).toBe(true),
  );
  it('near miss: a line on people’s rights', () =>
    expect(isRightsLine('Rights: women in Kunduz asked the council for land titles.')).toBe(false));
});
