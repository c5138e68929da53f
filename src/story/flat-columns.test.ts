import { describe, expect, it } from 'vitest';
import { flatColumnQualifiers } from './flat-columns.ts';
import type { PlaceIndex } from './place-index.ts';
import type { CellName } from './table-cells.ts';

const KINDS: Record<string, string> = {
  AF19: 'province',
  AF1901: 'district',
  AF18: 'province',
  AF1801: 'district',
};
const INDEX = {
  entries: new Map(Object.entries(KINDS).map(([id, kind]) => [id, { id, kind }])),
} as unknown as PlaceIndex;
/** Each name's span and ids, found in the text in order. */
const names = (text: string, spec: [string, string[]][]): CellName[] => {
  let from = 0;
  return spec.map(([name, ids]) => {
    const start = text.indexOf(name, from);
    from = start + name.length;
    return { start, end: from, ids, qualifier: null };
  });
};

describe('flatColumnQualifiers', () => {
  it("reads a row's names by the head row's first words", () => {
    const text = 'Province District Wells\nKunduz Kunduz 3 1';
    const found = names(text, [
      ['Kunduz', ['AF19', 'AF1901']],
      ['Kunduz', ['AF19', 'AF1901']],
    ]);
    flatColumnQualifiers(found, INDEX, text);
    expect(found.map((f) => f.qualifier)).toEqual(['province', 'district']);
  });
  it('reads rows with no head that open on provinces as the province column', () => {
    const text = 'Kunduz Kunduz 3 1\nTakhar Taloqan 4 2\nTakhar Taloqan 5 2';
    const spec: [string, string[]][] = [
      ['Kunduz', ['AF19', 'AF1901']],
      ['Kunduz', ['AF19', 'AF1901']],
      ['Takhar', ['AF18']],
      ['Taloqan', ['AF1801']],
      ['Takhar', ['AF18']],
      ['Taloqan', ['AF1801']],
    ];
    const found = names(text, spec);
    flatColumnQualifiers(found, INDEX, text);
    expect(found[0]?.qualifier).toBe('province');
    expect(found[1]?.qualifier).toBeNull();
  });
  it('near miss: prose lines set no column', () => {
    const text = 'Kunduz and Takhar were hit.\nKunduz lost 3 bridges';
    const found = names(text, [
      ['Kunduz', ['AF19', 'AF1901']],
      ['Takhar', ['AF18']],
      ['Kunduz', ['AF19', 'AF1901']],
    ]);
    flatColumnQualifiers(found, INDEX, text);
    expect(found.every((f) => f.qualifier === null)).toBe(true);
  });
});
