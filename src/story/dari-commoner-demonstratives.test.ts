import { describe, expect, it } from 'vitest';
import { commonerOfNoOffice } from './dari-attribution.ts';

describe('commonerOfNoOffice', () => {
  it('lets «این دهقان» mean a villager described by other plain words', () => {
    expect(commonerOfNoOffice('دهقان', ['یکی', 'باشندگان', 'ولسوالی'])).toBe(true);
  });
  it('never means an office holder, nor reads an office word into a plain one', () => {
    expect(commonerOfNoOffice('دهقان', ['رئیس'])).toBe(false);
    expect(commonerOfNoOffice('سخنگو', ['باشنده'])).toBe(false);
    expect(commonerOfNoOffice('دهقان', ['عضو', 'شورای'])).toBe(false);
    expect(commonerOfNoOffice('دهقان', ['کارشناس'])).toBe(false);
  });
});
