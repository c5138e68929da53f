import { hashWords, idAllocator } from './hash.ts';
import type { ParagraphSpan } from './paragraphs.ts';
import type { Passage } from './schema.ts';

/**
 * Body paragraphs as passages. The id hashes the passage's own text, so a passage keeps its id while
 * other parts of the article are edited (annotations and tour stops point at passages by id).
 */
export function buildPassages(source: string, paragraphs: readonly ParagraphSpan[]): Passage[] {
  const passageId = idAllocator();
  return paragraphs.map((para) => {
    const text = source.slice(para.start, para.end);
    return {
      id: passageId(`p-${hashWords(text)}`),
      section: para.section,
      text,
      sourceStart: para.start,
      sourceEnd: para.end,
    };
  });
}
