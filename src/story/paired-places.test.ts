import { describe, expect, it } from 'vitest';
import { placesOf, readWithCountry } from './test-helpers.ts';

const ids = (text: string) => placesOf(readWithCountry(text)).map(([, id]) => id);

describe('correlativePlaces: the two terms of a correlative pair are of one kind', () => {
  it('reads a shared name paired with a province as the province, either term', () => {
    expect(ids('Rice is grown not only in Kunduz but also in Baghlan.')).toEqual(['AF19', 'AF09']);
    expect(ids('Whether in Takhar or in Kunduz, the wells are dry.')).toEqual(['AF18', 'AF19']);
    expect(ids('چه در کندز و چه در تخار، دهقانان منتظر باران اند.')).toEqual(['AF19', 'AF18']);
  });

  it('leaves a name paired with nothing, or with the pair broken by a full stop', () => {
    expect(ids('Prices fell in Kunduz. Nor in Takhar did they rise.')).toEqual(['AF1901', 'AF18']);
  });
});
