// Pieces the engine builds its patterns from: a word list becomes an alternation, a piece of text a literal.

/** `text` with every character a regex reads specially escaped, so it matches only itself. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
