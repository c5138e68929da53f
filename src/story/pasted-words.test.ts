import { describe, expect, it } from 'vitest';
import { mendPastedWords } from './pasted-words.ts';
import { tokenize } from './tokens.ts';

const NAMES = new Set(['badakhshan', 'iran', 'taloqan']);
const mended = (text: string) =>
  mendPastedWords(tokenize(text), text, (k) => NAMES.has(k)).map((t) => t.text);

describe('mendPastedWords', () => {
  it('joins a name hyphenated across a line, keeping its offsets in the text', () => {
    const text = 'in Bada-\nkhshan today';
    const tokens = mendPastedWords(tokenize(text), text, (k) => NAMES.has(k));
    expect(tokens.map((t) => [t.text, t.key])).toContainEqual(['Bada-\nkhshan', 'badakhshan']);
    expect(text.slice(tokens[1]?.start, tokens[1]?.end)).toBe('Bada-\nkhshan');
  });
  it('joins one whose line ends in spaces after the hyphen', () => {
    expect(mended('in Bada- \nkhshan today')).toContain('Bada- \nkhshan');
  });
  it('drops a footnote number stuck to a name', () => {
    expect(mended('from Iran2 and Taloqan¹')).toEqual(['from', 'Iran', 'and', 'Taloqan']);
  });
  it('leaves a compound broken at the line and a code ending on figures as they were', () => {
    expect(mended('a Taloqan-\nbased firm')).toEqual(['a', 'Taloqan', 'based', 'firm']);
    expect(mended('COVID19 and Iran123')).toEqual(['COVID19', 'and', 'Iran123']);
  });
});
