import { isSlug } from './catalog.ts';
import type { GazetteerEntry } from './gazetteer-schema.ts';
import { hashText, slugify } from './hash.ts';
import type { Story } from './schema.ts';
import { hasTransliterableLetters, transliterate } from './transliterate.ts';

// The slug a story gets when nobody names it: from its title, in Latin letters whatever the title's script,
// else from its date and places — never a constant, so two stories never share a name by accident.

/** Slugs made from a title stop at a word boundary before this many characters. */
export const TITLE_SLUG_LENGTH = 60;
/** How many of the story's places name a story whose title gives no slug. */
const SLUG_PLACES = 3;

export interface StorySlug {
  slug: string;
  /** How the slug was made, when it is not simply the title's words: for the publisher to read. */
  note: string | null;
}

/** Gazetteer spellings in Arabic script → the English name ("کندز" → "Kunduz"), for transliterated titles. */
export function dariPlaceNames(places: readonly GazetteerEntry[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const place of places)
    for (const name of [place.name_da ?? '', ...place.names])
      if (/[\u0600-\u06FF]/.test(name) && !names.has(name)) names.set(name, place.name_en);
  return names;
}

/** At most `max` characters, cut after a whole word (a hyphen-joined group) when one fits. */
function cutAtWord(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  if (slug[max] === '-') return slug.slice(0, max);
  const cut = slug.slice(0, max).replace(/-[^-]*$/, '');
  return cut.includes('-') || cut.length < max ? cut : slug.slice(0, max);
}

/** The story's date and first places ("2024-06-02-kunduz-taloqan"), or a name from its title's hash. */
function fallbackSlug(story: Story, places: readonly GazetteerEntry[]): string {
  const byId = new Map(places.map((p) => [p.id, p.name_en]));
  const seen = new Set<string>();
  for (const m of story.mentions) if (seen.size < SLUG_PLACES) seen.add(m.place);
  const parts = [story.meta.date ?? '', ...[...seen].map((id) => byId.get(id) ?? id)];
  const slug = slugify(parts.join(' '));
  return slug !== 'x' && isSlug(slug) ? slug : `story-${hashText(story.meta.title)}`;
}

/** A slug for a story from its title ("Floods In Kunduz: What Next?" → "floods-in-kunduz-what-next"). */
export function slugForStory(story: Story, places: readonly GazetteerEntry[] = []): StorySlug {
  const title = story.meta.title;
  const foreign = hasTransliterableLetters(title);
  const latin = foreign ? transliterate(title, dariPlaceNames(places)) : title;
  const full = /[a-z0-9]/i.test(latin.normalize('NFD')) ? slugify(latin) : '';
  const slug = cutAtWord(full, TITLE_SLUG_LENGTH);
  const notes: string[] = [];
  if (foreign && full) notes.push(`made from the title in Latin letters`);
  if (slug !== full) {
    const how = full[slug.length] === '-' ? 'cut at a word' : 'cut (no word ends before the limit)';
    notes.push(`${how} to ${slug.length} characters (the title gives ${full.length})`);
  }
  if (slug && isSlug(slug)) return { slug, note: notes.length > 0 ? notes.join('; ') : null };
  const fallback = fallbackSlug(story, places);
  const why = slug ? `the title's slug "${slug}" is reserved` : 'the title has no letters a slug can use';
  return { slug: fallback, note: `${why}: named by the story's date and places` };
}
