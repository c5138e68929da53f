import { describe, expect, it } from 'vitest';
import { placesOf, readWithCountry } from './test-helpers.ts';

const ids = (text: string) => placesOf(readWithCountry(text)).map(([, id]) => id);

describe('carriedLoads: a load carried by a vehicle from or between a shared name leaves the town', () => {
  it('reads an English carrying verb with its vehicle, or a verb that names it, as the town', () => {
    expect(ids('The bricks are brought from Kunduz in tankers and vans.')).toEqual(['AF1901']);
    expect(ids('Diesel is trucked up from Kunduz.')).toEqual(['AF1901']);
  });

  it('reads a Dari lorry, a load «بار از» or a load verb after a route as the town', () => {
    expect(ids('برنج با کامیون از کندز می‌آید.')).toEqual(['AF1901']);
    expect(ids('بار از کندز گران شده است.')).toEqual(['AF1901']);
    expect(ids('پدرش میان کندز و بدخشان بار می‌برد.')).toEqual(['AF1901', 'AF17']);
  });

  it('leaves a load with no vehicle, "a time" in Dari, and a list of provinces', () => {
    expect(ids('Wheat was brought from Kunduz last year.')).toEqual(['AF19']);
    expect(ids('این بار از کندز کسی نیامد.')).toEqual(['AF19']);
    expect(ids('Salt is carried by lorry from Kunduz and Takhar.')).toEqual(['AF19', 'AF18']);
  });
});
