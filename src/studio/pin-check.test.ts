import { describe, expect, it } from 'vitest';
import { buildPointLocator } from '../story/point-locator.ts';
import { TOY_BOUNDARIES } from '../story/test-boundaries.ts';
import {
  annotationAt,
  describeAnnotation,
  pinAt,
  pinSpan,
  removeAnnotation,
  removePin,
} from './corrections.ts';
import { checkPin } from './pin-check.ts';

const locator = buildPointLocator(TOY_BOUNDARIES);
const NAMES: Record<string, string> = {
  AF1902: 'Chahar Darah',
  AF19: 'Kunduz',
  AF01: 'Kabul',
  TJK: 'Tajikistan',
};
const nameOf = (id: string) => NAMES[id] ?? id;
const span = { passage: 'p2', offset: 30, text: 'Gor Tepa' };

describe('checkPin', () => {
  it('lands the three typed forms on the same place, and says where before the author confirms', () => {
    const wheres = ['36.70, 68.55', '36°42′N 68°33′E', '36.7N 68.55E'].map((t) =>
      checkPin(t, 0, locator, nameOf),
    );
    for (const w of wheres)
      expect(w).toMatchObject({
        ok: true,
        where: expect.stringMatching(
          /^Chahar Darah district, Kunduz province · 31 km south-west of Kunduz$/,
        ) as string,
      });
  });

  it('refuses a point abroad or impossible with a message naming pins[i]', () => {
    expect(checkPin('38, 68.8', 2, locator, nameOf)).toEqual({
      ok: false,
      problem: '$.pins[2].at: [68.8, 38] lies in Tajikistan, outside Afghanistan',
    });
    expect(checkPin('95N 68E', 0, locator, nameOf)).toEqual({
      ok: false,
      problem: '$.pins[0].at: latitude 95 is beyond ±90',
    });
  });

  it('accepts a point elsewhere in Afghanistan as context, and says so', () => {
    const r = checkPin('35, 68.9', 0, locator, nameOf);
    expect(r.ok && r.where).toMatch(/^Kabul province \(outside the four provinces/);
  });
});

describe('pin corrections', () => {
  const point = { name: 'Gor Tepa', at: [68.55, 36.7] as [number, number] };

  it('pins a span, taking the place of a link on the same words; pinning again moves the pin', () => {
    const linked = { overrides: { link: [{ ...span, place: 'AF19' }] } };
    const pinned = pinSpan(linked, span, point);
    expect(pinned.overrides).toBeUndefined();
    expect(pinned.pins).toEqual([{ ...span, ...point }]);
    const moved = pinSpan(pinned, span, { ...point, at: [68.6, 36.7] });
    expect(moved.pins).toEqual([{ ...span, ...point, at: [68.6, 36.7] }]);
    expect(pinAt(moved, span)).toBe(0);
  });

  it('removes a pin, and a stale one by its path', () => {
    const pinned = pinSpan({}, span, point);
    expect(removePin(pinned, 0)).toEqual({});
    expect(annotationAt('$.pins[0].text')).toEqual({ kind: 'pins', index: 0 });
    expect(removeAnnotation(pinned, '$.pins[0].text')).toEqual({});
    expect(describeAnnotation(pinned, '$.pins[0].text', nameOf)).toBe(
      'Pin “Gor Tepa” as Gor Tepa at 68.55, 36.7',
    );
  });
});
