import { describe, expect, it } from 'vitest';
import { builtGazetteer } from '../story/built-gazetteer.ts';
import { searchPlaces } from './place-search.ts';

// The studio's place finder over the whole country's gazetteer (npm run data builds it).
const entries = builtGazetteer().entries;
const first = (q: string) => searchPlaces(entries, q)[0]?.entry.id;

describe('searchPlaces', () => {
  it('finds every one of the 399 districts by its English and its Dari name', () => {
    const districts = entries.filter((e) => e.kind === 'district');
    expect(districts).toHaveLength(399);
    for (const d of districts) {
      for (const name of [d.name_en, d.name_da ?? '']) {
        const ids = searchPlaces(entries, name, 50).map((h) => h.entry.id);
        expect(ids, `${name} → ${d.id}`).toContain(d.id);
      }
    }
  });

  it('reads Dari spellings with a space, a ZWNJ or none, Arabic letter forms and ط/ت alike', () => {
    expect(first('فیض‌آباد')).toBe('AF1701');
    expect(first('فیضآباد')).toBe('AF1701');
    expect(first('طالقان')).toBe('AF1801');
    expect(first('كشم')).toBe('AF1715');
    expect(first('Pul-i-Khumri')).toBe('AF0901');
  });

  it('lists both places of a shared name', () => {
    expect(searchPlaces(entries, 'Baharak').map((h) => h.entry.id)).toEqual(
      expect.arrayContaining(['AF1706', 'AF1803']),
    );
  });
});
