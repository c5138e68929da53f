import { describe, expect, it } from 'vitest';
import { builtGazetteer } from './built-gazetteer.ts';
import { placeIndexFor } from './ingest.ts';
import { findPlaceCandidates } from './link-places.ts';

// Against the whole country's names: a far province written as an everyday phrase.
const index = placeIndexFor(builtGazetteer());
const ids = (text: string) => findPlaceCandidates(text, index).map((c) => `${c.text}=${c.ids.join(' ')}`);

describe('«نیم روز» "half a day" is Nimroz only with a cue', () => {
  it('is no place after در, and the province with its qualifier or in a list', () => {
    expect(ids('مسافران اکنون در نیم روز به خانه می‌رسند.')).toEqual([]);
    expect(ids('کار این پل در نیم روز تمام شد.')).toEqual([]);
    expect(ids('باران در ولایت نیم روز سیلاب آورد.')).toEqual(['نیم روز=AF34']);
  });
});
