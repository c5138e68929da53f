import { describe, expect, it } from 'vitest';
import { placesOf, readWithCountry } from './test-helpers.ts';

const ids = (text: string): string[] => placesOf(readWithCountry(text)).map(([, id]) => id);

describe('localityNamedAfter', () => {
  it("does not link a town's neighbourhood called by a district's name", () => {
    expect(ids('In Taloqan the Khanabad neighbourhood lost power for a week.')).toEqual(['AF1801']);
  });

  it('does not link a graveyard or a square called by an everyday word', () => {
    expect(ids('Mourners gathered at the Shuhada cemetery in Faizabad.')).toEqual(['AF1701']);
  });

  it("links the district's own graveyard and the district with no locality after it", () => {
    expect(ids('He was buried in the Khanabad graveyard on Friday.')).toEqual(['AF1904']);
    expect(ids('Families in Shuhada district are short of flour.')).toEqual(['AF1712']);
  });
});
