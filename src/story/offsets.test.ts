import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { ingestStory } from './ingest.ts';
import { Story } from './schema.ts';
import { TEST_GAZETTEER } from './test-gazetteer.ts';

// Articles assembled from pieces that stress offsets: chrome, captions glued to paragraphs, CRLF line ends,
// non-BMP characters, misspelt names, quotations that run on.
const names = fc.constantFrom(
  'Konduz Province',
  'Takhar',
  'Dasht-e Qala',
  'Dashte-e Qala',
  "Qal'a-e-Zal",
  'Baharak',
  'Tajikistan',
  'Central Asia',
);
const filler = fc.constantFrom(
  'Rain fell',
  'Prices rose in',
  'The road to',
  'Émigrés in 𝒜 camp near',
  'Trucks left',
  '—',
);
const sentence = fc
  .tuple(filler, names, fc.constantFrom('.', ',', ' today.', "'s market."))
  .map(([a, b, c]) => `${a} ${b}${c}`);
const quote = fc
  .tuple(sentence, fc.constantFrom('," he says.', '" she adds.', '', '," Zaki says.'))
  .map(([s, tail]) => `"${s}${tail}`);
const paragraph = fc
  .array(fc.oneof(sentence, quote), { minLength: 1, maxLength: 4 })
  .map((xs) => xs.join(' '));
const chrome = fc.constantFrom(
  'Breaking News',
  'A convoy on the road (file photo).',
  'Roads And Rivers',
  '16x9 Image',
  'To find out more, click here.',
);
const article = fc
  .tuple(
    fc.array(fc.oneof(paragraph, chrome), { minLength: 1, maxLength: 12 }),
    fc.constantFrom('\n\n', '\r\n\r\n', '\n'),
    fc.boolean(),
  )
  .map(([parts, sep, glue]) => (glue ? `A man rests (undated) ${parts.join(sep)}` : parts.join(sep)));

describe('offsets', () => {
  it('slice back to the text in passages and in the source', () => {
    fc.assert(
      fc.property(article, (src) => {
        const story = ingestStory(src, TEST_GAZETTEER);
        v.parse(Story, story);
        const byId = new Map(story.passages.map((p) => [p.id, p]));
        for (const p of story.passages) expect(src.slice(p.sourceStart, p.sourceEnd)).toBe(p.text);
        for (const r of story.removed) expect(src.slice(r.sourceStart, r.sourceEnd)).toBe(r.text);
        for (const span of [...story.mentions, ...story.quotes]) {
          expect(byId.get(span.passage)?.text.slice(span.start, span.end)).toBe(span.text);
          expect(src.slice(span.sourceStart, span.sourceEnd)).toBe(span.text);
        }
      }),
      { numRuns: 300 },
    );
  });
});
