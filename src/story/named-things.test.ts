import { describe, expect, it } from 'vitest';
import {
  clubNamedAfter,
  dariCountedNoun,
  dariPrivateVenueName,
  dariSurnameAfterGivenName,
  dariTeamNamedForRiver,
} from './named-things.ts';

const at = (text: string, name: string) => {
  const start = text.indexOf(name);
  return { start, end: start + name.length };
};

describe('clubNamedAfter', () => {
  it('reads a club’s word after the name', () => {
    expect(clubNamedAfter('Kokcha FC won.', at('Kokcha FC won.', 'Kokcha'), true)).toBe(true);
    expect(clubNamedAfter('Herat FC won.', at('Herat FC won.', 'Herat'), false)).toBe(true);
    expect(clubNamedAfter('fans of the Kokcha club', at('fans of the Kokcha club', 'Kokcha'), true)).toBe(
      true,
    );
  });
  it('leaves a town’s lower-case club the town’s', () => {
    expect(clubNamedAfter('he joined a Kabul club', at('he joined a Kabul club', 'Kabul'), false)).toBe(
      false,
    );
  });
  it('leaves a club in the place and a word that only starts like one', () => {
    expect(clubNamedAfter('the club in Jurm', at('the club in Jurm', 'Jurm'), false)).toBe(false);
    expect(clubNamedAfter('Jurm clubs together', at('Jurm clubs together', 'Jurm'), true)).toBe(false);
  });
});

describe('dariTeamNamedForRiver', () => {
  it('reads a team, with or without its sport, before the name', () => {
    expect(dariTeamNamedForRiver('تیم فوتبال کوکچه برد.', at('تیم فوتبال کوکچه برد.', 'کوکچه'))).toBe(true);
    expect(dariTeamNamedForRiver('باشگاه کوکچه', at('باشگاه کوکچه', 'کوکچه'))).toBe(true);
  });
  it('leaves the river by its bank', () => {
    expect(dariTeamNamedForRiver('کنار دریای کوکچه', at('کنار دریای کوکچه', 'کوکچه'))).toBe(false);
  });
});

describe('dariSurnameAfterGivenName', () => {
  it('reads a given name by its ending or whole before the name', () => {
    const a = 'ذبیح‌الله دوشی گفت';
    const b = 'محمد دوشی گفت';
    expect(dariSurnameAfterGivenName(a, at(a, 'دوشی'))).toBe(true);
    expect(dariSurnameAfterGivenName(b, at(b, 'دوشی'))).toBe(true);
  });
  it('leaves a name after a preposition or after God’s name alone', () => {
    const a = 'نصرالله در دوشی است';
    const b = 'الله دوشی';
    expect(dariSurnameAfterGivenName(a, at(a, 'دوشی'))).toBe(false);
    expect(dariSurnameAfterGivenName(b, at(b, 'دوشی'))).toBe(false);
  });
  it('leaves a place without the «ی» of a surname after a given name', () => {
    const a = 'عبدالله کابل را ترک کرد';
    expect(dariSurnameAfterGivenName(a, at(a, 'کابل'))).toBe(false);
  });
});

describe('dariPrivateVenueName', () => {
  it('reads a private hospital’s or school’s own name', () => {
    const a = 'به شفاخانهٔ خصوصی شهدا رفت';
    const b = 'لیسهٔ خصوصی فرخار در شهر تالقان';
    expect(dariPrivateVenueName(a, at(a, 'شهدا'), true)).toBe(true);
    expect(dariPrivateVenueName(b, at(b, 'فرخار'), false)).toBe(true);
  });
  it('leaves a private venue called by a place’s name and not placed elsewhere the place’s', () => {
    const a = 'شفاخانهٔ خصوصی کابل سال گذشته افتتاح شد';
    expect(dariPrivateVenueName(a, at(a, 'کابل'), false)).toBe(false);
  });
  it('leaves a public venue of the place', () => {
    const a = 'شفاخانهٔ حوزوی کشم';
    expect(dariPrivateVenueName(a, at(a, 'کشم'), false)).toBe(false);
  });
});

describe('dariCountedNoun', () => {
  it('reads a name after a count and its classifier as the noun counted', () => {
    const a = 'با یک نفر بنگی رفیق شد';
    const b = 'سه تن خواهان کار بودند';
    expect(dariCountedNoun(a, at(a, 'بنگی'), false)).toBe(true);
    expect(dariCountedNoun(b, at(b, 'خواهان'), true)).toBe(true);
  });
  it('leaves a place with no «ی» after people counted: their object', () => {
    const a = 'دو تن کندز را ترک کردند';
    expect(dariCountedNoun(a, at(a, 'کندز'), false)).toBe(false);
  });
  it('leaves a place after the count’s preposition', () => {
    const a = 'دو نفر از بنگی آمدند';
    expect(dariCountedNoun(a, at(a, 'بنگی'), false)).toBe(false);
  });
});
