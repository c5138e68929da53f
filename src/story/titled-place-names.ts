// "In Imam Sahib, north of Kunduz, …": a place whose name opens with a title word (Imam) may be read as a titled
// person ("Imam" + "Sahib"), whose mention covers the name's last word. After a preposition of place the whole
// name is the place, so that mention keeps nothing from linking.

interface Mention {
  start: number;
  end: number;
}

/** "In ", "from ", "at ", "near ", "to ": a preposition of place, any case, right before the name. */
const PLACE_PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:in|from|at|near|to)[ \t]+$/iu;

/**
 * Whether a speaker's mention is the tail of a place's full name said after a preposition of place: the text that
 * ends at the mention's end is the speaker's whole name, which `isPlaceName` knows.
 */
export function placeNameAfterPreposition(
  text: string,
  mention: Mention,
  name: string,
  isPlaceName: (name: string) => boolean,
): boolean {
  const start = mention.end - name.length;
  if (start < 0 || start > mention.start || text.slice(start, mention.end) !== name) return false;
  return isPlaceName(name) && PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, start - 8), start));
}
