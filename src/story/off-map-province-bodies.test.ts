import { describe, expect, it } from 'vitest';
import { placesOf, readWithCountry } from './test-helpers.ts';

const ids = (text: string): string[] => placesOf(readWithCountry(text)).map(([, id]) => id);

describe('offMapProvinceBodies', () => {
  it("reads Kabul's or Herat's police, governor or command as the province", () => {
    expect(ids('قوماندانی امنیهٔ هرات از بازداشت دو تن خبر داد.')).toEqual(['AF32']);
    expect(ids('The governor of Kabul opened the new market on Sunday.')).toEqual(['AF01']);
    expect(ids('Herat police said two men had been arrested.')).toEqual(['AF32']);
  });

  it('leaves the city where a body stands in it or nothing of the province is said', () => {
    expect(ids('رئیس یک شرکت خصوصی در کابل گفت که کار آغاز شده است.')).toEqual(['AF0101']);
    expect(ids('He opened a bakery in Kabul last spring.')).toEqual(['AF0101']);
  });
});
