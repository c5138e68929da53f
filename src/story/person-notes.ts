/**
 * What follows a one-word name that only a person's takes: a report's note that the name is changed ("Nahrin (not
 * her real name), 27,", "Baharak, 41 (her name has been changed)") — no place has a pseudonym.
 */

/** "(a pseudonym)", "(not her real name)", "(name changed)", "(her name has been changed)", after an age or not. */
const PSEUDONYM_AFTER =
  /^[ \t]*(?:,[ \t]*\d{1,2}[ \t]*)?\((?:a[ \t]+pseudonym|not[ \t]+(?:his|her|their)[ \t]+real[ \t]+name|(?:(?:his|her)[ \t]+)?name[ \t]+(?:has[ \t]+been[ \t]+|was[ \t]+|is[ \t]+)?(?:changed|withheld))\)/iu;

/** Whether the words after a one-word name make it a person's. */
export function personNotedAfter(after: string): boolean {
  const first = after.trimStart()[0];
  return (first === '(' || first === ',') && PSEUDONYM_AFTER.test(after);
}
