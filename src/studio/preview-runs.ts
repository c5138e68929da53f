import type { Mention, Story, Unresolved } from '../story/schema.ts';

// A passage cut into plain text, linked mentions and unresolved names, for the studio's preview.

export type PreviewRun =
  | { kind: 'text'; start: number; text: string }
  | { kind: 'mention'; start: number; text: string; mention: Mention }
  | { kind: 'unresolved'; start: number; text: string; unresolved: Unresolved };

export function previewRuns(
  text: string,
  mentions: readonly Mention[],
  unresolved: readonly Unresolved[],
): PreviewRun[] {
  const marks = [
    ...mentions.map((m) => ({ start: m.start, end: m.end, run: { kind: 'mention' as const, mention: m } })),
    ...unresolved.map((u) => ({
      start: u.start,
      end: u.end,
      run: { kind: 'unresolved' as const, unresolved: u },
    })),
  ].sort((a, b) => a.start - b.start);
  const runs: PreviewRun[] = [];
  let at = 0;
  for (const m of marks) {
    if (m.start < at || m.end > text.length) continue;
    if (m.start > at) runs.push({ kind: 'text', start: at, text: text.slice(at, m.start) });
    runs.push({ ...m.run, start: m.start, text: text.slice(m.start, m.end) });
    at = m.end;
  }
  if (at < text.length) runs.push({ kind: 'text', start: at, text: text.slice(at) });
  return runs;
}

/** Mentions, unresolved names and quotes grouped by passage id. */
export function byPassage(story: Story) {
  const group = <T extends { passage: string }>(items: readonly T[]) => {
    const map = new Map<string, T[]>();
    for (const item of items) map.set(item.passage, [...(map.get(item.passage) ?? []), item]);
    return map;
  };
  return {
    mentions: group(story.mentions),
    unresolved: group(story.unresolved),
    quotes: group(story.quotes),
  };
}

/** Offset in a passage of a point in the preview's DOM, from the run element's `data-start`. */
export function passageOffset(node: Node, offset: number): { passage: string; offset: number } | null {
  const el = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  const run = el?.closest<HTMLElement>('[data-start]');
  const passage = run?.closest<HTMLElement>('[data-passage]')?.dataset.passage;
  if (!run || !passage) return null;
  const start = Number(run.dataset.start);
  const words = run.dataset.words;
  // Inside a mention, the place tag after the words is not passage text.
  if (node.nodeType !== Node.TEXT_NODE || (words !== undefined && !el?.closest('.pv-words')))
    return { passage, offset: start + (offset > 0 ? (words?.length ?? run.textContent?.length ?? 0) : 0) };
  return { passage, offset: start + offset };
}
