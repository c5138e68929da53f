// Small helpers the story tests share: reading an invented article and asking who said a quotation.
import { builtGazetteer } from './built-gazetteer.ts';
import { ingestStory } from './ingest.ts';
import type { Story } from './schema.ts';
import { TEST_GAZETTEER } from './test-gazetteer.ts';

/** Paragraphs read as one article against the toy gazetteer. */
export const ingest = (paras: string[]): Story => ingestStory(paras.join('\n\n'), TEST_GAZETTEER);

/** Paragraphs read as one article under a headline, so the first paragraph is story, against the toy gazetteer. */
export const ingestUnderHeadline = (paras: string[]): Story =>
  ingestStory(['Headline', ...paras].join('\n\n'), TEST_GAZETTEER);

/** A text read against the whole country's gazetteer (npm run data builds it). */
export const readWithCountry = (text: string): Story => ingestStory(text, builtGazetteer());

/** The name of who said the quotation holding `snippet`, or null. */
export const speakerOf = (story: Story, snippet: string): string | null => {
  const q = story.quotes.find((x) => x.text.includes(snippet));
  return story.speakers.find((s) => s.id === q?.speaker)?.name ?? null;
};

/** Who said each quotation of the story, in order (null for one no one said). */
export const speakerNames = (story: Story): (string | null)[] =>
  story.quotes.map((q) => story.speakers.find((s) => s.id === q.speaker)?.name ?? null);

/** Each quotation's first three words with who said it. */
export const quoteStartsAndSpeakers = (story: Story): [string, string | null][] =>
  story.quotes.map((q) => [
    q.text.split(' ').slice(0, 3).join(' '),
    story.speakers.find((s) => s.id === q.speaker)?.name ?? null,
  ]);

/** The places the story links, as [text, place]. */
export const placesOf = (story: Story): [string, string][] => story.mentions.map((m) => [m.text, m.place]);

/** Whether the story reads a quotation holding `snippet` (so a null speakerOf means no one, not no quotation). */
export const hasQuote = (story: Story, snippet: string): boolean =>
  story.quotes.some((q) => q.text.includes(snippet));
