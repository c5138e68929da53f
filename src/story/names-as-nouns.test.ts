import { describe, expect, it } from 'vitest';
import { namesReadAsNouns, nounReading, thingsAttribute } from './names-as-nouns.ts';

const at = (text: string, name: string) => {
  const start = text.indexOf(name);
  return { start, end: start + name.length };
};
const reads = (text: string, name: string) => nounReading(text, at(text, name));

describe('nounReading', () => {
  it('reads a Dari plural, a Dari count and a name given to a kind noun', () => {
    expect(reads('صدها زرنج در شهر کار می‌کنند.', 'زرنج')).toBe(true);
    expect(reads('پولیس زرنج‌ها را برگرداند.', 'زرنج')).toBe(true);
    expect(reads('موترهای سه‌چرخه یا «زرنج» منع شدند.', 'زرنج')).toBe(true);
  });
  it('reads an English thing bought or counted before a kind noun', () => {
    expect(reads('He drives a Zaranj for a living.', 'Zaranj')).toBe(true);
    expect(reads('Police seized twenty Zaranj rickshaws.', 'Zaranj')).toBe(true);
    expect(reads('rickshaws, known locally as Zaranj, crowd the bazaar', 'Zaranj')).toBe(true);
  });
  it('leaves a place read as a place', () => {
    expect(reads('He sold three Kunduz sacks of rice.', 'Kunduz')).toBe(false);
    expect(reads('There is a Tagab in Kapisa too.', 'Tagab')).toBe(false);
    expect(reads('او از زرنج آمد.', 'زرنج')).toBe(false);
    expect(reads('a district called Jurm', 'Jurm')).toBe(false);
    expect(reads('نه کابل و نه کندز', 'کندز')).toBe(false);
  });
});

describe('namesReadAsNouns', () => {
  it('collects a name counted or made plural anywhere in the article, and no name read only as a place', () => {
    const texts = ['یک زرنج خرید.', 'او در کندز زندگی می‌کند و زرنج‌ها را تعمیر می‌کند.'];
    const names = new Set(['زرنج', 'کندز']);
    expect([...namesReadAsNouns(texts, (key) => names.has(key))]).toEqual(['زرنج']);
    expect([...namesReadAsNouns(['او از زرنج آمد.'], (key) => names.has(key))]).toEqual([]);
  });
});

describe('namesReadAsNouns on facilities', () => {
  it('collects a name that opens a facility’s own name, where the name may name one', () => {
    const texts = ['The Shuhada Health Post, above Raghestan, is shut.', 'Kunduz Hospital is open.'];
    const names = new Set(['shuhada', 'kunduz', 'raghestan']);
    const minor = (key: string) => key === 'shuhada' || key === 'raghestan';
    expect([...namesReadAsNouns(texts, (key) => names.has(key), minor)]).toEqual(['shuhada']);
    expect([...namesReadAsNouns(texts, (key) => names.has(key))]).toEqual([]);
  });
  it('leaves a facility its district’s own where its sentence names no other district', () => {
    const texts = ['Doctors at the Jurm Clinic said they see 80 patients a day.', 'Jurm has one doctor.'];
    const names = new Set(['jurm']);
    expect([
      ...namesReadAsNouns(
        texts,
        (key) => names.has(key),
        (key) => names.has(key),
      ),
    ]).toEqual([]);
  });
});

describe('thingsAttribute', () => {
  it('reads "the", the name, then a lower-case noun', () => {
    expect(thingsAttribute('on the Shuhada payroll', at('on the Shuhada payroll', 'Shuhada'))).toBe(true);
  });
  it('leaves the name after a preposition or before a capital', () => {
    expect(thingsAttribute('staff in Shuhada said', at('staff in Shuhada said', 'Shuhada'))).toBe(false);
    expect(thingsAttribute('the Shuhada Health Post', at('the Shuhada Health Post', 'Shuhada'))).toBe(false);
  });
});
