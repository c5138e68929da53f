import { describe, expect, it } from 'vitest';
import { AnnotationError, parseAnnotations, type PinAnnotation } from './annotations.ts';
import { ingestStory } from './ingest.ts';
import { pinIds } from './pin-ids.ts';
import { contextPinNotes, resolvePins, storyPin } from './pins.ts';
import { summarizeStory } from './summary.ts';
import { buildPointLocator } from './point-locator.ts';
import { TOY_BOUNDARIES } from './test-boundaries.ts';
import { TEST_GAZETTEER } from './test-gazetteer.ts';

const locator = buildPointLocator(TOY_BOUNDARIES);

const pin = (at: [number, number], name = 'Gor Tepa'): PinAnnotation => ({ text: name, name, at });
const problemOf = (pins: PinAnnotation[]) => {
  try {
    resolvePins(pins, locator);
  } catch (err) {
    if (err instanceof AnnotationError) return err.message;
    throw err;
  }
  return null;
};

describe('resolvePins', () => {
  it('makes each pin a place of its district and province, with the distance from the provincial capital', () => {
    const [p] = resolvePins([pin([68.72 - 0.15, 36.75])], locator).pins;
    expect(p).toMatchObject({ id: 'pin-gor-tepa', district: 'AF1902', province: 'AF19' });
    expect(p?.fromCapital?.name).toBe('Kunduz');
    expect(p?.fromCapital?.km).toBeGreaterThan(25);
    // West-south-west of the city.
    expect(p?.fromCapital?.deg).toBeGreaterThan(240);
    expect(p?.fromCapital?.deg).toBeLessThan(260);
  });

  it('gives the distance to the international border only within 25 km of it', () => {
    const [near, far] = resolvePins([pin([68.8, 36.95], 'Near'), pin([68.8, 36.6], 'Far')], locator).pins;
    expect(near?.border).toEqual({ country: 'TJK', km: expect.closeTo(5.6, 0) as number });
    expect(far?.border).toBeUndefined();
  });

  it('places a pin elsewhere in Afghanistan in its province only', () => {
    expect(resolvePins([pin([68.9, 35])], locator).pins[0]).toMatchObject({
      district: null,
      province: 'AF01',
    });
  });

  it('counts a pin outside the four provinces for its province, no northern district, and says so', () => {
    const article = 'Convoy Stopped\n\nThe convoy from Kunduz was stopped at Gor Tepa, drivers said.';
    const pinned = { pins: [{ text: 'Gor Tepa', name: 'Gor Tepa', at: [68.9, 35] as [number, number] }] };
    const story = ingestStory(article, TEST_GAZETTEER, pinned, { locator });
    const passage = story.mentions.find((m) => m.place === 'pin-gor-tepa')?.passage ?? '';
    expect(passage).not.toBe('');
    expect(story.places['AF01']?.passages).toEqual([passage]);
    const districts = Object.keys(story.places).filter((id) => /^AF\d{4}$/.test(id));
    for (const d of districts) expect(story.places[d]?.passages, d).not.toContain(passage);
    expect(contextPinNotes(story.pins ?? [])).toEqual([
      '$.pins[0]: "Gor Tepa" lies in AF01, outside the four provinces: it belongs to that province, shown as context, under no district',
    ]);
    expect(summarizeStory(story)).toContain('\nnote: $.pins[0]: "Gor Tepa" lies in AF01');
    expect(contextPinNotes(resolvePins([pin([68.55, 36.7])], locator).pins)).toEqual([]);
  });

  it('refuses a point abroad, in the sea, swapped or impossible, naming pins[i]', () => {
    expect(problemOf([pin([68.8, 36.8]), pin([68.8, 38])])).toBe(
      '$.pins[1].at: [68.8, 38] lies in Tajikistan, outside Afghanistan',
    );
    expect(problemOf([pin([36.8, 68.8])])).toBe(
      '$.pins[0].at: [36.8, 68.8] lies outside Afghanistan and its neighbours ' +
        '(swapped, [68.8, 36.8] lies in Afghanistan: "at" is [longitude, latitude])',
    );
    expect(problemOf([pin([68.8, 95])])).toBe('$.pins[0].at: latitude 95 is beyond ±90');
    expect(() => storyPin(pin([Number.NaN, 36]), 'pin-x', locator, '$.pins[2].at')).toThrow(
      '$.pins[2].at: is not a pair of numbers',
    );
  });

  it('needs the boundaries when there are pins', () => {
    expect(() => resolvePins([pin([68.8, 36.8])], undefined)).toThrow(AnnotationError);
    expect(resolvePins(undefined, undefined).pins).toEqual([]);
  });
});

describe('pinIds', () => {
  it('derives stable ids from the names, numbering repeats and Dari-only names', () => {
    expect(pinIds([{ name: 'Gor Tepa' }, { name: 'Gor tepa' }, { name: 'قریه' }])).toEqual([
      'pin-gor-tepa',
      'pin-gor-tepa-2',
      'pin-3',
    ]);
  });
});

describe('a story with a pin', () => {
  const ARTICLE = [
    'Fighting on the road north.',
    'Militants attacked the village of Gor Tepa at dawn, residents said.',
    '"Gor Tepa is empty now," a farmer said.',
  ].join('\n\n');
  const annotations = parseAnnotations(
    { pins: [{ text: 'Gor Tepa', name: 'Gor Tepa', name_da: 'گور تپه', at: [68.55, 36.7] }] },
    new Set(TEST_GAZETTEER.entries.map((e) => e.id)),
  );

  it('links the pinned text and counts its passages and quotes for the district and the province', () => {
    const story = ingestStory(ARTICLE, TEST_GAZETTEER, annotations, { locator });
    expect(story.pins?.map((p) => p.id)).toEqual(['pin-gor-tepa']);
    const mentions = story.mentions.filter((m) => m.place === 'pin-gor-tepa');
    expect(mentions.map((m) => m.text)).toEqual(['Gor Tepa', 'Gor Tepa']);
    const about = story.passages.slice(1).map((p) => p.id);
    for (const id of ['pin-gor-tepa', 'AF1902', 'AF19']) {
      expect(story.places[id]?.passages).toEqual(about);
      expect(story.places[id]?.quotes.length).toBe(1);
    }
  });

  it('lets a tour stop at a pin', () => {
    const withTour = parseAnnotations(
      { ...annotations, tour: [{ place: 'pin-gor-tepa' }] },
      new Set(TEST_GAZETTEER.entries.map((e) => e.id)),
    );
    expect(ingestStory(ARTICLE, TEST_GAZETTEER, withTour, { locator }).tour).toEqual([
      { place: 'pin-gor-tepa' },
    ]);
  });

  it('reports a pin whose text is gone as stale, like other corrections', () => {
    const stale: string[] = [];
    const edited = ARTICLE.replaceAll('Gor Tepa', 'the hamlet');
    const story = ingestStory(edited, TEST_GAZETTEER, annotations, {
      locator,
      onStale: (e) => stale.push(e.path),
    });
    expect(stale).toEqual(['$.pins[0].text']);
    expect(story.places['pin-gor-tepa']).toBeUndefined();
  });
});
