import { describe, expect, it } from 'vitest';
import { parseAnnotations } from './annotations.ts';
import { ingestStory } from './ingest.ts';
import { buildPointLocator } from './point-locator.ts';
import { findPlacesToPin, placeToPinKind } from './places-to-pin.ts';
import { TOY_BOUNDARIES } from './test-boundaries.ts';
import { TEST_GAZETTEER } from './test-gazetteer.ts';

const found = (text: string) => findPlacesToPin(text).map((f) => [f.text, f.kind]);

describe('findPlacesToPin', () => {
  it('finds villages, districts, bridges, crossings and bases by the words around their names', () => {
    expect(found('Gunmen burned the school in the village of Gor Tepa on Tuesday.')).toEqual([
      ['Gor Tepa', 'village'],
    ]);
    expect(found('Elders from Kanam village met the governor.')).toEqual([['Kanam', 'village']]);
    expect(found('Fighting reached a checkpoint in Nahr-e Shahi district overnight.')).toEqual([
      ['Nahr-e Shahi', 'district'],
    ]);
    expect(found('Trucks queued for days at the Sher Khan Bandar border crossing.')).toEqual([
      ['Sher Khan Bandar', 'crossing'],
    ]);
    expect(found('Floods closed the Kokcha Bridge, and rockets hit the Marmal base.')).toEqual([
      ['Kokcha', 'bridge'],
      ['Marmal', 'base'],
    ]);
  });

  it('gives the offsets of the name itself, without the words that open a sentence or describe it', () => {
    const text = 'The remote Darqad village was cut off. Remote Yangi Qala village too.';
    const places = findPlacesToPin(text);
    expect(places.map((p) => text.slice(p.start, p.end))).toEqual(['Darqad', 'Yangi Qala']);
  });

  it('finds nothing where the words are only nouns: "the village", "the American base", "villagers"', () => {
    expect(found('The village was quiet. Troops left the American base. Villagers fled to Kunduz.')).toEqual(
      [],
    );
  });

  it('leaves out a possessive and a district abroad: "the village of Karim\'s uncle", "… district of Tajikistan"', () => {
    expect(found("He grew up in the village of Karim's uncle.")).toEqual([]);
    expect(found('Smugglers crossed into the Darvaz district of Tajikistan.')).toEqual([]);
  });

  it('leaves out a Dari village noun that names no village: «این قریه», «قریه ما», a verb, an adjective', () => {
    expect(found('اگر باران نبارد، این قریه خالی می‌شود.')).toEqual([]);
    expect(found('مردم قریه ما از بی‌آبی شکایت دارند.')).toEqual([]);
    expect(found('این فهرست را بزرگان قریه ساخته‌اند.')).toEqual([]);
    expect(found('راکت به یک قریهٔ دورافتادهٔ بدخشان خورد.')).toEqual([]);
  });

  it('reads Dari village names after «روستای» and «قریه», up to the first function word', () => {
    const text =
      'طالبان مکتب قریهٔ گورتپه را آتش زدند و باشندگان روستای آق تپه در ولسوالی چهاردره فرار کردند.';
    const places = findPlacesToPin(text);
    expect(places.map((p) => [text.slice(p.start, p.end), p.kind])).toEqual([
      ['گورتپه', 'village'],
      ['آق تپه', 'village'],
    ]);
    // «روستایی که» is "a village that": no name follows.
    expect(found('او در روستایی که سیلاب ویران کرده بود، زندگی می‌کند.')).toEqual([]);
  });
});

describe('places to pin in the story', () => {
  const article = [
    'Raid Near Kunduz',
    'Gunmen burned the school in the village of Gor Tepa, in Dasht-e-Archi district, elders said.',
    'The road to Taloqan stayed open.',
  ].join('\n\n');

  it('lists names in place-like positions as unresolved without candidates, leaving the linked ones out', () => {
    const story = ingestStory(article, TEST_GAZETTEER);
    const proposed = story.unresolved.filter((u) => placeToPinKind(u) !== null);
    expect(proposed.map((u) => [u.text, placeToPinKind(u)])).toEqual([['Gor Tepa', 'village']]);
    const [u] = proposed;
    const passage = story.passages.find((p) => p.id === u?.passage);
    expect(passage?.text.slice(u?.start, u?.end)).toBe('Gor Tepa');
    expect(story.mentions.some((m) => m.text.startsWith('Dasht-e-Archi') && m.place === 'AF1906')).toBe(true);
  });

  it('drops a proposed name once the author pins it', () => {
    const annotations = parseAnnotations(
      { pins: [{ text: 'Gor Tepa', name: 'Gor Tepa', at: [68.55, 36.7] }] },
      new Set(TEST_GAZETTEER.entries.map((e) => e.id)),
    );
    const locator = buildPointLocator(TOY_BOUNDARIES);
    const story = ingestStory(article, TEST_GAZETTEER, annotations, { locator });
    expect(story.unresolved.filter((u) => placeToPinKind(u) !== null)).toEqual([]);
    expect(story.mentions.some((m) => m.text === 'Gor Tepa' && m.place === 'pin-gor-tepa')).toBe(true);
  });
});
