import { describe, expect, it } from 'vitest';
import { eventHeadCity, isTimedEventHead } from './daybook-heads.ts';

describe('isTimedEventHead', () => {
  it.each(['0830 — FAIZABAD', '14:00: RUSTAQ — WATER USERS’ ASSEMBLY', '9.30 a.m. – KHULM, BALKH PROVINCE'])(
    'reads %s as an event head',
    (line) => expect(isTimedEventHead(line)).toBe(true),
  );
  it.each([
    '0830 — Ploughs left Faizabad for the Kishim road.',
    '2001 — KUNDUZ FALLS',
    'At 0830 the convoy left',
  ])('near miss: %s', (line) => expect(isTimedEventHead(line)).toBe(false));
});

describe('eventHeadCity', () => {
  it('reads the town before the comma or the bracket', () => {
    const head = '1000 — IMAM SAHIB, KUNDUZ PROVINCE';
    const city = eventHeadCity(head);
    expect(city && head.slice(city.start, city.end)).toBe('IMAM SAHIB');
    const added = '1400 — PUL-E-KHUMRI (ADDED)';
    const town = eventHeadCity(added);
    expect(town && added.slice(town.start, town.end)).toBe('PUL-E-KHUMRI');
  });
  it("gives the town's place in the passage, past the spaces before the time", () => {
    const head = '  1000 — IMAM SAHIB, KUNDUZ PROVINCE';
    const city = eventHeadCity(head);
    expect(city && head.slice(city.start, city.end)).toBe('IMAM SAHIB');
  });
});
