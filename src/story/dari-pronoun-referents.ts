import { positionKey, type PersonEvent } from './person-events.ts';
import { lastBelow } from './reading-cache.ts';
import type { SpeakerTable } from './speakers.ts';

/** How many mentions before a possessor are read back for the person whose introduction holds it. */
const OWNER_LOOKBACK = 3;

const eventKey = (e: { passage: number; start: number }): number => positionKey(e.passage, e.start);

/**
 * "فریدون، پسر ۲۲ سالهٔ حاجی نصرالله، … . او می‌گوید": a person named inside the description that introduces
 * someone else (the father of "son of …", the school of "teacher at …") is a possessor in that person's
 * appositive, not the subject a later pronoun means — the person introduced is. Null when `last` lies in no
 * other speaker's introduction.
 */
export function introducedAround(table: SpeakerTable, last: PersonEvent): string | null {
  const { events } = table;
  let k = lastBelow(events, eventKey(last), eventKey);
  for (let n = 0; k >= 0 && n < OWNER_LOOKBACK; k--, n++) {
    const ev = events[k];
    if (!ev || ev.passage !== last.passage) break;
    if (ev.speaker === last.speaker) continue;
    const intro = table.speaker(ev.speaker)?.intro;
    const holds =
      intro?.passage === last.passage &&
      intro.start <= ev.start &&
      ev.end <= last.start &&
      last.end <= intro.end;
    if (holds) return ev.speaker;
  }
  return null;
}
