// An outlet named after a place, its name's last word written apart after the place: «تخار پرس», «کندز نیوز».

import { DARI_OUTLET_NAME_ENDINGS } from './lexicon.ts';
import { escapeRegExp } from './regex-parts.ts';

/** The outlet's last word right after the place, then no more letters of that word (not «پرسید», «پرسش»). */
const DARI_OUTLET_AFTER = new RegExp(
  `^[ \\t\\u00A0]+(?:${DARI_OUTLET_NAME_ENDINGS.map(escapeRegExp).join('|')})(?![\\p{L}\\p{M}\\u200C])`,
  'u',
);

/** Whether a place name ending at `end` is the first word of an outlet's name: «(تخار پرس)», «به کندز نیوز گفت». */
export function dariOutletNameAfter(text: string, end: number): boolean {
  return DARI_OUTLET_AFTER.test(text.slice(end, end + 12));
}
