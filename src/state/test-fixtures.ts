import { topology } from 'topojson-server';
import type { Feature, Polygon } from 'geojson';
import type { Story } from '../story/schema.ts';
import { buildGeography, type Geography, type NorthTopology, type PlaceProps } from './geography.ts';

// A toy north for unit tests: two provinces side by side, three districts, one neighbour to the north.

function square(
  id: string,
  x0: number,
  y0: number,
  w: number,
  h: number,
  props: Omit<PlaceProps, 'pcode'>,
): Feature<Polygon, PlaceProps> {
  return {
    type: 'Feature',
    id,
    properties: { pcode: id, ...props },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [x0, y0],
          [x0 + w, y0],
          [x0 + w, y0 + h],
          [x0, y0 + h],
          [x0, y0],
        ],
      ],
    },
  };
}

export function toyTopology(): NorthTopology {
  const fc = <T>(features: T[]) => ({ type: 'FeatureCollection' as const, features });
  const provinces = [
    square('AF19', 68, 36, 2, 1, { name_en: 'Kunduz', name_da: 'کندز', label: [69, 36.5] }),
    square('AF18', 70, 36, 2, 1, { name_en: 'Takhar', name_da: 'تخار', label: [71, 36.5] }),
  ];
  const districts = [
    square('AF1901', 68, 36, 1, 1, {
      name_en: 'Kunduz',
      name_da: 'کندز',
      province: 'AF19',
      label: [68.5, 36.5],
      border: [],
    }),
    square('AF1907', 69, 36, 1, 1, {
      name_en: 'Qala-e-Zal',
      name_da: 'قلعه زال',
      province: 'AF19',
      label: [69.5, 36.5],
      border: [{ country: 'TJK', km: 80 }],
    }),
    square('AF1801', 70, 36, 2, 1, {
      name_en: 'Taloqan',
      name_da: 'تالقان',
      province: 'AF18',
      label: [71, 36.5],
      border: [],
    }),
  ];
  const context = [square('AF09', 68, 35, 4, 1, { name_en: 'Baghlan', name_da: 'بغلان', label: [70, 35.5] })];
  const afghanistan = [square('AF', 68, 35, 4, 2, { name_en: 'Afghanistan' })];
  const neighbours = [square('TJK', 68, 37, 4, 1, { name_en: 'Tajikistan', label: [70, 37.5] })];
  return topology({
    provinces: fc(provinces),
    districts: fc(districts),
    context: fc(context),
    afghanistan: fc(afghanistan),
    neighbours: fc(neighbours),
  }) as unknown as NorthTopology;
}

export function toyGeography(): Geography {
  return buildGeography(toyTopology());
}

const P1 = 'Fighting spread in Kunduz province this week.';
const P2 = 'In Qala-e-Zal, elders said the road was closed.';
const P3 = 'Takhar stayed calm.';

/** A three-paragraph story over the toy map, written for these tests. */
export function toyStory(): Story {
  const at = (p: string, s: string) => p.indexOf(s);
  return {
    version: 1,
    meta: { title: 'A toy story', byline: 'A. Tester', date: '2010-12-01' },
    sections: [],
    passages: [
      { id: 'p1', section: null, text: P1, sourceStart: 0, sourceEnd: P1.length },
      { id: 'p2', section: null, text: P2, sourceStart: 100, sourceEnd: 100 + P2.length },
      { id: 'p3', section: null, text: P3, sourceStart: 200, sourceEnd: 200 + P3.length },
    ],
    removed: [],
    mentions: [
      {
        id: 'm1',
        passage: 'p1',
        start: at(P1, 'Kunduz'),
        end: at(P1, 'Kunduz') + 6,
        sourceStart: 0,
        sourceEnd: 0,
        text: 'Kunduz',
        place: 'AF19',
        via: 'name',
      },
      {
        id: 'm2',
        passage: 'p2',
        start: 3,
        end: 13,
        sourceStart: 103,
        sourceEnd: 113,
        text: 'Qala-e-Zal',
        place: 'AF1907',
        via: 'name',
      },
      {
        id: 'm3',
        passage: 'p3',
        start: 0,
        end: 6,
        sourceStart: 200,
        sourceEnd: 206,
        text: 'Takhar',
        place: 'AF18',
        via: 'name',
      },
    ],
    speakers: [{ id: 's1', name: 'Elder One', description: 'a village elder', places: ['AF1907'] }],
    quotes: [
      {
        id: 'q1',
        passage: 'p2',
        start: 0,
        end: 5,
        sourceStart: 100,
        sourceEnd: 105,
        text: 'The road is closed',
        speaker: 's1',
        places: ['AF1907'],
      },
    ],
    places: {
      AF19: { passages: ['p1', 'p2'], quotes: ['q1'] },
      AF1907: { passages: ['p2'], quotes: ['q1'] },
      AF18: { passages: ['p3'], quotes: [] },
    },
    unresolved: [],
  };
}
