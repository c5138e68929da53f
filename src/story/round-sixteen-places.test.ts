import { describe, expect, it } from 'vitest';
import { builtGazetteer } from './built-gazetteer.ts';
import { placeIndexFor } from './ingest.ts';
import { findPlaceCandidates } from './link-places.ts';

// Place readings of the sixteenth round's city wave: a name a province shares with its town, a pass's road,
// bodies named after places; each class tried on sentences no article holds.
const index = placeIndexFor(builtGazetteer());
const ids = (text: string) => findPlaceCandidates(text, index).map((c) => `${c.text}=${c.ids.join(' ')}`);

describe('a Dari road called by a name a pass shares with a district', () => {
  it('is the pass, whatever province stands in the sentence', () => {
    expect(
      ids('شاهراه سالنگ از دیشب بسته است و موترها در ولسوالی جبل‌السراج ولایت پروان ایستاده‌اند.'),
    ).toEqual(['سالنگ=salang-pass', 'جبل‌السراج=AF0305', 'پروان=AF03']);
    expect(ids('مسافران از مزار تا کابل از جادهٔ سالنگ رفتند.')).toContain('سالنگ=salang-pass');
  });

  it('leaves the district named as a district', () => {
    expect(ids('ولسوالی سالنگ ولایت پروان زیر برف است.')).toEqual(['سالنگ=AF0306', 'پروان=AF03']);
  });
});
