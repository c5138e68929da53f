/**
 * What follows a one-word name that only a person's takes: a report's note that the name is changed ("Nahrin (not
 * her real name), 27,", "Baharak, 41 (her name has been changed)") — no place has a pseudonym — or a description
 * of a person in apposition ("Nahrin, a widow who sells …"), not of a place ("Nahrin, a district where …").
 */
import { describesPerson } from './speakers.ts';

/** "(a pseudonym)", "(not her real name)", "(name changed)", "(her name has been changed)", after an age or not. */
const PSEUDONYM_AFTER =
  /^[ \t]*(?:,[ \t]*\d{1,2}[ \t]*)?\((?:a[ \t]+pseudonym|not[ \t]+(?:his|her|their)[ \t]+real[ \t]+name|(?:(?:his|her)[ \t]+)?name[ \t]+(?:has[ \t]+been[ \t]+|was[ \t]+|is[ \t]+)?(?:changed|withheld))\)/iu;

/** ", a widow who has …", ", an elderly weaver from …": the description up to its first stop. */
const DESCRIPTION_AFTER = /^[ \t]*,[ \t]*(?<d>an?[ \t][^,.;:!?()"“”]{2,80})/u;

/** Whether the words after a one-word name make it a person's. */
export function personNotedAfter(after: string): boolean {
  const first = after.trimStart()[0];
  if (first !== '(' && first !== ',') return false;
  if (PSEUDONYM_AFTER.test(after)) return true;
  const description = DESCRIPTION_AFTER.exec(after)?.groups?.['d'];
  return description !== undefined && describesPerson(description);
}
