import { contextPinNotes } from './pins.ts';
import { placeToPinKind } from './places-to-pin.ts';
import type { Story } from './schema.ts';

const countBy = <T>(xs: readonly T[], key: (x: T) => string): [string, number][] => {
  const m = new Map<string, number>();
  for (const x of xs) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
};
const list = (pairs: [string, number][]): string => pairs.map(([k, n]) => `${k} ${n}`).join(', ') || 'none';

/** A few lines an editor reads to check the ingest: what was kept, cut, linked, attributed and left open. */
export function summarizeStory(story: Story): string {
  const speakerName = new Map(story.speakers.map((s) => [s.id, s.name]));
  const unattributed = story.quotes.filter((q) => q.speaker === null).length;
  const ambiguous = story.unresolved.filter((u) => placeToPinKind(u) === null);
  const toPin = story.unresolved.filter((u) => placeToPinKind(u) !== null);
  const lines = [
    `title: ${story.meta.title}`,
    `passages: ${story.passages.length} in ${story.sections.length} sections`,
    `removed: ${list(countBy(story.removed, (r) => r.reason))}`,
    `mentions: ${story.mentions.length} (${list(countBy(story.mentions, (m) => m.place))})`,
    `quotes: ${story.quotes.length}, unattributed ${unattributed} (${list(
      countBy(
        story.quotes.filter((q) => q.speaker !== null),
        (q) => speakerName.get(q.speaker ?? '') ?? '?',
      ),
    )})`,
    `unresolved: ${ambiguous.map((u) => `"${u.text}" [${u.candidates.join('|')}]`).join(', ') || 'none'}`,
  ];
  if (toPin.length > 0)
    lines.push(`places to pin: ${toPin.map((u) => `"${u.text}" (${placeToPinKind(u) ?? ''})`).join(', ')}`);
  lines.push(...contextPinNotes(story.pins ?? []).map((n) => `note: ${n}`));
  return lines.join('\n');
}
