import { describe, expect, it } from 'vitest';
import { hashText, hashWords } from './hash.ts';

/** What hashWords stands for: the text's words, lowercased, single spaces between them. */
const byStrings = (text: string) => hashText(text.replace(/\s+/g, ' ').trim().toLowerCase());

describe('hashWords', () => {
  it('hashes the words of a text whatever its spacing and case, as hashText of the collapsed text', () => {
    const texts = [
      '',
      '   ',
      'Floods reached the market in Taloqan.',
      '  Floods\treached\n\nthe  MARKET in Taloqan.  ',
      '“The bridge is open,” said the trader — at last…',
      'سیلاب به بازار تالقان رسید.',
      'Mixed: the governor of تخار said\r\n so.',
      // Beyond ASCII: a case the strings fold (Σ, İ), white space that is not ASCII (no-break, ideographic).
      'ΣΟΦΙΑ said',
      'İstanbul\u00A0road',
      'one\u3000two',
      'Ünal and Zoë',
    ];
    for (const text of texts) expect(hashWords(text), text).toBe(byStrings(text));
  });

  it('tells texts with different words apart', () => {
    expect(hashWords('Kunduz city')).not.toBe(hashWords('Kunduz province'));
  });
});
