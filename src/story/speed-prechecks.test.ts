import { describe, expect, it } from 'vitest';
import { insideDariAbbreviatedName } from './abbreviated-names.ts';
import { isQuestionLine } from './bare-interview.ts';
import { hasDariSpeechVerb } from './dari-attribution.ts';
import { dariShopOrBodyName } from './dari-shop-names.ts';
import { lastWordOf } from './ending-on.ts';
import { someLineEndsOnDigit } from './flat-columns.ts';
import { attributiveName } from './speakers.ts';

// Round 26's cheap looks before a pattern: each may only skip a read whose answer is certainly no. These are the
// edges where a look could have been wrong.

describe('lastWordOf, past every blank a pattern takes', () => {
  it('skips the ASCII blanks (tab to carriage return, space) and the others by the pattern', () => {
    expect(lastWordOf('grew up in\u000b')).toBe('in');
    expect(lastWordOf('grew up in\f\r\n')).toBe('in');
    expect(lastWordOf('grew up in\u00a0')).toBe('in');
    expect(lastWordOf('تاجیک\u200Cها\u2003')).toBe('ها');
    expect(lastWordOf('what Tajiks call!')).toBe('');
  });
});

describe("attributiveName's look at the letter before the space", () => {
  const at = (text: string, name: string): boolean => {
    const start = text.indexOf(name);
    return attributiveName(text, start, start + name.length);
  };
  it('reads "the" before the name, after a space, a tab or two spaces', () => {
    expect(at('sacks from the Kohistani storeroom', 'Kohistani')).toBe(true);
    expect(at('sacks from the\tKohistani storeroom', 'Kohistani')).toBe(true);
    expect(at('sacks from The  Kohistani storeroom', 'Kohistani')).toBe(true);
  });
  it('leaves a name after any other word, "the" inside a word too', () => {
    expect(at('sacks from Kohistani storeroom', 'Kohistani')).toBe(false);
    expect(at('sacks from lathe Kohistani storeroom', 'Kohistani')).toBe(false);
    expect(at('she Kohistani storeroom', 'Kohistani')).toBe(false);
  });
});

describe('isQuestionLine without a question mark', () => {
  it('reads a line with its mark, Latin or Arabic, in emphasis too', () => {
    expect(isQuestionLine('**Why did the canal break?**')).toBe(true);
    expect(isQuestionLine('چرا کانال شکست؟')).toBe(true);
  });
  it('leaves a line without one', () => {
    expect(isQuestionLine('**Why the canal broke**')).toBe(false);
  });
});

describe('someLineEndsOnDigit', () => {
  it("finds a row's last figure on any line, in any digits", () => {
    expect(someLineEndsOnDigit('Province District Wells\nKunduz Archi 118\nNotes')).toBe(true);
    expect(someLineEndsOnDigit('Province District Wells\nتخار فرخار ۸۵')).toBe(true);
    expect(someLineEndsOnDigit('1\nProvince')).toBe(true);
  });
  it('leaves lines closing on anything else', () => {
    expect(someLineEndsOnDigit('Kunduz Archi 118 wells\nTakhar')).toBe(false);
    expect(someLineEndsOnDigit('Kunduz Archi 118\r\nTakhar')).toBe(false);
    expect(someLineEndsOnDigit('\n\n')).toBe(false);
  });
});

describe("the Dari name checks' look at the Latin text round the name", () => {
  it('finds a bracket after spaces and tabs, and nothing else', () => {
    const text = 'صندوق بشردوستانهٔ افغانستان \t(AHF) پول داد';
    const start = text.indexOf('افغانستان');
    expect(insideDariAbbreviatedName(text, start, start + 'افغانستان'.length, () => false)).toBe(true);
    expect(insideDariAbbreviatedName('Fund for Afghanistan (AHF)', 9, 20, () => false)).toBe(false);
  });
  it("reads a shop's noun across a line break", () => {
    const text = 'دزدان به فروشگاه\nبدخشان در ناحیهٔ دهم کابل زدند.';
    const start = text.indexOf('بدخشان');
    expect(dariShopOrBodyName(text, start, start + 'بدخشان'.length, (w) => w === 'کابل')).toBe(true);
  });
});

describe("hasDariSpeechVerb's look for an Arabic letter", () => {
  it('finds the verb, in Arabic letter forms too, and nothing in a Latin line', () => {
    expect(hasDariSpeechVerb('والی کندز گفت که راه باز است')).toBe(true);
    expect(hasDariSpeechVerb('والي كندز اظهار داشت')).toBe(true);
    expect(hasDariSpeechVerb('The governor said the road is open')).toBe(false);
  });
});
