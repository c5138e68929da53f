import { describe, expect, it } from 'vitest';
import { placesOf, readWithCountry } from './test-helpers.ts';

const ids = (text: string) => placesOf(readWithCountry(text)).map(([, id]) => id);

describe('townLists: a list of towns and districts makes its shared names towns', () => {
  it('reads a namesake or a capital-named province among towns as its town, along the whole list', () => {
    expect(ids('Buses stop in Taloqan, Khanabad and Baghlan.')).toEqual(['AF1801', 'AF1904', 'AF0905']);
    expect(ids('It passes through Baghlan, Kunduz and Khanabad.')).toEqual(['AF0905', 'AF1901', 'AF1904']);
  });

  it('leaves a list with a province, with the namesake’s own capital, or with "in" again', () => {
    expect(ids('Buses stop in Takhar, Khanabad and Baghlan.')).toEqual(['AF18', 'AF1904', 'AF09']);
    expect(ids('Buses stop in Pul-e-Khumri and Baghlan.')).toEqual(['AF0901', 'AF09']);
    expect(ids('Buses stop in Baghlan and in Khanabad.')).toEqual(['AF09', 'AF1904']);
    expect(ids('Women came from Taloqan, Kunduz and Baghlan.')).toEqual(['AF1801', 'AF1901', 'AF09']);
  });
});
