/**
 * A relative the piece names from one side of the relation and quotes from the other: "His granddaughter Zarmina,
 * …" early on, "Her grandfather stays on the roof. "…," he says" later — the grandfather is the man whose
 * granddaughter she was named as. Likewise "My mother-in-law … told me, '…'" inside Nazifa's quotation is the
 * woman the narration names as "Her mother-in-law, Bibi Sanobar," with Nazifa the "her".
 */
import { RECIPROCAL_KIN } from './lexicon.ts';
import type { QuoteDraft } from './attribution.ts';
import { matchesOf } from './matches.ts';
import type { PersonEvent } from './person-events.ts';
import type { Gender, SpeakerDraft, SpeakerTable } from './speakers.ts';

/** "His granddaughter", "her youngest son": the owner word and the kin noun of a relation phrase. */
const RELATION = /^(?<owner>his|her)\s+(?:\p{Ll}+\s+){0,2}?(?<kin>\p{Ll}+(?:-\p{Ll}+)*)$/iu;

function relationOf(phrase: string): { owner: Gender; kin: string } | null {
  const g = RELATION.exec(phrase.trim())?.groups;
  if (!g?.['owner'] || !g['kin']) return null;
  return { owner: g['owner'].toLowerCase() === 'her' ? 'female' : 'male', kin: g['kin'].toLowerCase() };
}

/** The person a relative was named as the relative of: the one "his"/"her" meant where the relation was named. */
function ownerAtNaming(table: SpeakerTable, relative: SpeakerDraft): string | null {
  const relation = relationOf(relative.description);
  const named = relative.intro;
  if (!relation || !named) return null;
  const ev = table.lastPersonNamed(named.passage, named.start, relation.owner);
  return ev && ev.speaker !== relative.id ? ev.speaker : null;
}

/** The nouns a relative of `kin` is named by from the other side ("granddaughter" for "grandfather"). */
const reciprocalsOf = (kin: string): readonly string[] => RECIPROCAL_KIN[kin] ?? [];

/**
 * The named relative of `ownerId` that `kin` means: one the piece named as "his/her <kin>" of that person, or the
 * person `ownerId` was named as the relative of, when the relation is the other side of `kin`. Null unless the
 * piece names exactly one such person.
 */
export function namedRelativeOf(table: SpeakerTable, ownerId: string | null, kin: string): string | null {
  if (!ownerId) return null;
  const found = new Set<string>();
  for (const phrase of [`his ${kin}`, `her ${kin}`])
    for (const r of table.relativesCalled(phrase)) if (ownerAtNaming(table, r) === ownerId) found.add(r.id);
  const owner = table.speaker(ownerId);
  const ownRelation = owner ? relationOf(owner.description) : null;
  if (owner && ownRelation && reciprocalsOf(kin).includes(ownRelation.kin)) {
    const other = ownerAtNaming(table, owner);
    if (other) found.add(other);
  }
  return found.size === 1 ? ([...found][0] ?? null) : null;
}

/**
 * "Her grandfather" at (p, at): the named person it is, read through the one "her" means there (the last person
 * of that gender named); null when the phrase is no possessed relation or the piece names no such relative.
 */
function relativeByOwner(
  table: SpeakerTable,
  texts: readonly string[],
  phrase: string,
  p: number,
  at: number,
): string | null {
  const relation = relationOf(phrase);
  if (!relation || !(relation.kin in RECIPROCAL_KIN)) return null;
  const owner = table.lastPersonNamed(p, at, relation.owner);
  if (!owner || otherNamedBetween(table, texts[p] ?? '', owner, p, at)) return null;
  return namedRelativeOf(table, owner.speaker, relation.kin);
}

/** Two or more capitalised words: a person named in full, perhaps one no rule made a speaker. */
const FULL_NAME = /\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)+/gu;
/** Characters before the relation read for someone named after its owner. */
const OWNER_GAP_REACH = 200;

/**
 * "His wife, Nadia, … Across the street, Gulalai Sadat sells cloth. Her husband …": a person named in full between
 * the owner's mention and the relation, whom the table does not hold, may be the one "her" means.
 */
function otherNamedBetween(
  table: SpeakerTable,
  text: string,
  owner: PersonEvent,
  p: number,
  at: number,
): boolean {
  const from = Math.max(owner.passage === p ? owner.end : 0, at - OWNER_GAP_REACH);
  for (const m of matchesOf(FULL_NAME, text.slice(from, at)))
    if (table.isPersonName(m[0], 2) && !table.lookup(m[0])) return true;
  return false;
}

/**
 * Quotations given to a relative the text names only by a possessive ("Her grandfather", kinSource's sources):
 * to the named person that relative is, read once every mention is known.
 */
export function kinSourcesNamed(
  drafts: readonly QuoteDraft[],
  table: SpeakerTable,
  texts: readonly string[],
): void {
  const named = new Map<string, string | null>();
  for (const d of drafts) {
    const source = table.speaker(d.speaker);
    if (!source?.anonymous || !source.intro) continue;
    let to = named.get(source.id);
    if (to === undefined) {
      to = relativeByOwner(table, texts, source.name, source.intro.passage, source.intro.start);
      named.set(source.id, to);
    }
    if (to) d.speaker = to;
  }
}
