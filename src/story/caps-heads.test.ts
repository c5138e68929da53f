import { describe, expect, it } from 'vitest';
import { CAPS_ITEM_HEAD, capsHeadAsTitle, isCapsHead } from './caps-heads.ts';

describe('caps heads', () => {
  it('reads a short passage in capitals as a head', () => {
    expect(isCapsHead('TAKHAR — FERRY RUNS AGAIN AT DASHT-E-QALA')).toBe(true);
    expect(isCapsHead('Takhar — ferry runs again')).toBe(false);
    expect(isCapsHead('UN')).toBe(false);
    expect(isCapsHead('THE ROAD CLOSED. TRUCKS WAITED FOR TWO DAYS AT THE PASS')).toBe(false);
  });
  it('writes the head in title case, letter for letter', () => {
    const head = 'BALKH: HAIRATAN RAIL FREIGHT UP';
    expect(capsHeadAsTitle(head)).toBe('Balkh: Hairatan Rail Freight Up');
    expect(capsHeadAsTitle(head)).toHaveLength(head.length);
    expect(capsHeadAsTitle('Wheat prices climb')).toBe('Wheat prices climb');
  });
  it("tells a roundup item's head by its place and dash or colon", () => {
    expect(CAPS_ITEM_HEAD.test('KUNDUZ — RICKSHAW DRIVERS PROTEST')).toBe(true);
    expect(CAPS_ITEM_HEAD.test('BALKH: RAIL FREIGHT UP')).toBe(true);
    expect(CAPS_ITEM_HEAD.test('WHEAT PRICES CLIMB IN BAGHLAN')).toBe(false);
  });
  it("keeps a name's joining particle in lower case", () => {
    expect(capsHeadAsTitle('FERRY AT DASHT-E-QALA')).toBe('Ferry At Dasht-e-Qala');
    expect(capsHeadAsTitle('PUL-I-KHUMRI ROAD SHUT')).toBe('Pul-i-Khumri Road Shut');
    expect(capsHeadAsTitle('HIGH-ALTITUDE PASS CLOSED')).toBe('High-Altitude Pass Closed');
  });
});
