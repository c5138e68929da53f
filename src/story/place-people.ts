// A person named like a place: the words around the name say it is a person ("his wife, Gulistan,", "a man
// named Sherzad", "دختر دوازده سالهٔ او، بهارک،"), so it links to no place.

/** Characters before a name read for these cues. */
const CUE_REACH = 60;
const RELATIONS =
  'wife|husband|daughter|son|sister|brother|mother|father|niece|nephew|grandson|granddaughter|cousin|uncle|aunt|widow';
/** "his wife, ", "Her eldest daughter, ", "the younger, " (of children named just before). */
const RELATION_BEFORE = new RegExp(
  `(?:\\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)[ \\t](?:[a-z-]{1,20}[ \\t]){0,2}(?:${RELATIONS})|\\b[Tt]he[ \\t](?:younger|youngest|elder|eldest|older|oldest))[ \\t]*,[ \\t]*$`,
);
/** "a man named Sherzad", "a boy called Baharak" — not "a village called …", a place noun before the verb. */
const NAMED_BEFORE = /\b(?:named|called)[ \t]+$/;
const PLACE_BEFORE_NAMED =
  /\b(?:village|district|town|city|area|province|valley|river|pass|road|place)s?\b[^.,;]{0,40}$/;
/** Dari: "دختر دوازده سالهٔ او، ", "همسرش، ": a relation, a few words, a comma. */
const DARI_RELATION_BEFORE =
  /(?:^|\s)(?:دختر|پسر|همسر|خواهر|برادر|مادر|پدر|نواسه|بیوه)[^\s،.]*(?:\s[^\s،.]+){0,3}\s*،\s*$/u;
/** A name the words before introduce as a person stands in commas, or ends its clause, or is followed by "and". */
const PERSON_AFTER = /^\s*(?:[,،;.]|and\b|و\s)/u;

/** Whether the name at [start, end) of `text` is a person's, by the relation or the naming verb before it. */
export function namedAsPerson(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - CUE_REACH), start);
  if (NAMED_BEFORE.test(before)) return !PLACE_BEFORE_NAMED.test(before.replace(NAMED_BEFORE, ''));
  // Most names have neither a comma before them nor one after: only those are read further.
  if (!/[,،][ \t]*$/u.test(before) || !PERSON_AFTER.test(text.slice(end, end + 4))) return false;
  return RELATION_BEFORE.test(before) || DARI_RELATION_BEFORE.test(before);
}
