/**
 * 'Najibullah, 34, who repaired phones from a stall beside Rauf's, said …. "…," he said.': a possessive name inside
 * the relative clause describing someone names only whose stall it was; the "he" after means the clause's subject,
 * so the possessive is no mention a pronoun may take up.
 */

/** Characters back from a possessive name read for the ", who" opening its clause. */
const CLAUSE_REACH = 120;
/** ", who …" or ", whose …" with no comma, stop or quotation mark after it up to the end. */
const OPEN_RELATIVE = /,\s+(?:who|whose)\s[^,.;:!?"“”«»]*$/u;

/** Whether the possessive name at `at` stands inside a ", who …" clause not yet closed. */
export function possessiveInRelativeClause(text: string, at: number): boolean {
  return OPEN_RELATIVE.test(text.slice(Math.max(0, at - CLAUSE_REACH), at));
}
