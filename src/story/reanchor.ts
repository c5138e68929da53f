import type { Annotations } from './annotations.ts';
import { segmentArticle } from './paragraphs.ts';
import { buildPassages } from './passages.ts';
import type { Passage } from './schema.ts';

// Carrying annotations across an edit of the article. Overrides that name a passage (by its content-hash
// id) and an offset in it would stop applying as soon as anything in that passage changed; here each is
// moved to where its text went. One that cannot be placed is left as it was, and the engine lists it as
// stale, so the author sees it rather than having it silently re-pointed at the wrong words.

/** Characters either side of an annotated span compared when looking for it after a larger edit. */
const CONTEXT_CHARS = 12;

/** The changed stretch of an edit: the text before `prefix` and from `oldEnd` on (old) is unchanged. */
interface Edit {
  prefix: number;
  oldEnd: number;
  delta: number;
}

function diffEnds(before: string, after: string): Edit {
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  )
    suffix++;
  return { prefix, oldEnd: before.length - suffix, delta: after.length - before.length };
}

/** Where an unchanged old span [start, end) is in the new text, or null when the edit touched it. */
function mapSpan(edit: Edit, start: number, end: number): number | null {
  if (end <= edit.prefix) return start;
  if (start >= edit.oldEnd) return start + edit.delta;
  return null;
}

/** The occurrence of `text` in the new article whose surroundings match the old ones best, if any do. */
function findByContext(before: string, after: string, start: number, text: string, guess: number) {
  const left = before.slice(Math.max(0, start - CONTEXT_CHARS), start);
  const right = before.slice(start + text.length, start + text.length + CONTEXT_CHARS);
  let best: { at: number; score: number } | null = null;
  for (let at = after.indexOf(text); at >= 0; at = after.indexOf(text, at + 1)) {
    const score =
      (left.length > 0 && after.slice(Math.max(0, at - left.length), at) === left ? 1 : 0) +
      (right.length > 0 && after.slice(at + text.length, at + text.length + right.length) === right ? 1 : 0);
    if (score === 0) continue;
    const closer = best && score === best.score && Math.abs(at - guess) < Math.abs(best.at - guess);
    if (!best || score > best.score || closer) best = { at, score };
  }
  return best?.at ?? null;
}

/** Annotations that applied to `before`, moved to where their text is in `after`. */
export function reanchorAnnotations(before: string, after: string, annotations: Annotations): Annotations {
  const anchored = (list: readonly { passage?: string | undefined }[] | undefined) =>
    list?.some((o) => o.passage !== undefined) ?? false;
  const ov = annotations.overrides;
  // Only overrides, pins and stops that name a passage can lose their place; meta and plain text ones cannot.
  if (
    before === after ||
    !(
      anchored(ov?.link) ||
      anchored(ov?.forbid) ||
      anchored(ov?.passagePlaces) ||
      anchored(annotations.tour) ||
      anchored(annotations.pins)
    )
  )
    return annotations;
  const oldPassages = buildPassages(before, segmentArticle(before).paragraphs);
  const newPassages = buildPassages(after, segmentArticle(after).paragraphs);
  const oldById = new Map(oldPassages.map((p) => [p.id, p]));
  const newIds = new Set(newPassages.map((p) => p.id));
  const edit = diffEnds(before, after);

  const containing = (start: number, end: number) =>
    newPassages.find((p) => p.sourceStart <= start && end <= p.sourceEnd);

  const movePassage = (id: string): string | null => {
    if (newIds.has(id)) return id; // its text did not change
    const old = oldById.get(id);
    if (!old) return null;
    // The edit changed the passage: it is the new passage that still begins (or else ends) where it did.
    const start = mapSpan(edit, old.sourceStart, old.sourceStart + 1);
    const byStart = start === null ? undefined : newPassages.find((p) => p.sourceStart === start);
    if (byStart) return byStart.id;
    const end = mapSpan(edit, old.sourceEnd - 1, old.sourceEnd);
    const byEnd = end === null ? undefined : newPassages.find((p) => p.sourceEnd === end + 1);
    if (byEnd) return byEnd.id;
    // An edit on both sides (a re-pasted article): the one new passage that opens or closes as it did.
    const head = old.text.slice(0, CONTEXT_CHARS * 2);
    const tail = old.text.slice(-CONTEXT_CHARS * 2);
    const alike = newPassages.filter((p) => p.text.startsWith(head) || p.text.endsWith(tail));
    return alike.length === 1 ? (alike[0]?.id ?? null) : null;
  };

  const moveLocator = <L extends { text: string; passage?: string | undefined; offset?: number | undefined }>(
    loc: L,
  ): L => {
    if (loc.passage === undefined) return loc; // matches by text alone, wherever it is
    if (loc.offset === undefined) {
      const passage = movePassage(loc.passage);
      return passage ? { ...loc, passage } : loc;
    }
    const old: Passage | undefined = oldById.get(loc.passage);
    if (!old) return loc;
    const start = old.sourceStart + loc.offset;
    if (before.slice(start, start + loc.text.length) !== loc.text) return loc; // already stale
    const at =
      mapSpan(edit, start, start + loc.text.length) ??
      findByContext(before, after, start, loc.text, start + edit.delta);
    if (at === null || after.slice(at, at + loc.text.length) !== loc.text) return loc;
    const home = containing(at, at + loc.text.length);
    return home ? { ...loc, passage: home.id, offset: at - home.sourceStart } : loc;
  };

  const out: Annotations = { ...annotations };
  if (ov) {
    out.overrides = { ...ov };
    if (ov.link) out.overrides.link = ov.link.map(moveLocator);
    if (ov.forbid) out.overrides.forbid = ov.forbid.map(moveLocator);
    if (ov.passagePlaces)
      out.overrides.passagePlaces = ov.passagePlaces.map((o) => {
        const passage = o.passage === undefined ? null : movePassage(o.passage);
        return passage ? { ...o, passage } : o;
      });
  }
  // A pin's locator is a link override's: it follows its words the same way.
  if (annotations.pins) out.pins = annotations.pins.map(moveLocator);
  if (annotations.tour)
    out.tour = annotations.tour.map((stop) => {
      const passage = stop.passage === undefined ? null : movePassage(stop.passage);
      return passage ? { ...stop, passage } : stop;
    });
  return out;
}
