import * as v from 'valibot';
import { PlaceId } from '../story/schema.ts';
import { SLUG_PATTERN } from '../story/slug.ts';
import { parseAllow } from './embed-origins.ts';
import { PymId } from './embed-messages.ts';
import type { Language, Theme } from './store.ts';
import { hashForPlace } from './url-sync.ts';

// The embed's URL parameters, read in the embed and written by the "Embed this map" dialog: one list of names.

/** `auto` follows the reader's `prefers-color-scheme`, live; the others force it. */
export type ThemeChoice = Theme | 'auto';

export interface EmbedOptions {
  place: string | null;
  language: Language;
  theme: ThemeChoice;
  /** The host's brand colour for the selection (`#rgb` or `#rrggbb`, lower case); null keeps ours. */
  accent: string | null;
  /** Replaces the text description screen readers hear before the map (plain text, whitespace collapsed). */
  description: string | null;
  panel: 'open' | 'closed';
  /** False gives a static locator map. */
  interactive: boolean;
  /** Origins besides the embedding page that may send messages. */
  allow: string[];
  /** Set by pym.js's parent (`childId`), which then expects pym-framed messages. */
  pymId: string | null;
  /** A published story (`?story=<slug>`); null for the site's default story. */
  story: string | null;
  /** A reading ends with the site's other stories about the place (`related=true`; off by default). */
  related: boolean;
}

export const EMBED_DEFAULTS: EmbedOptions = {
  place: null,
  language: 'en',
  theme: 'light',
  accent: null,
  description: null,
  panel: 'open',
  interactive: true,
  allow: [],
  pymId: null,
  story: null,
  related: false,
};

/** A description longer than this is cut at a word: it is read before the map, every time. */
export const DESCRIPTION_MAX_CHARS = 300;
const HEX_COLOUR = /^#(?:[\da-f]{3}){1,2}$/i;

/** A host's description as plain text: control characters and runs of white space become one space, cut at a word. */
export function cleanDescription(value: string | null): string | null {
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  const text = (value ?? '').replace(/[\u0000-\u001f\u007f\s]+/g, ' ').trim();
  if (!text) return null;
  if (text.length <= DESCRIPTION_MAX_CHARS) return text;
  const cut = text.slice(0, DESCRIPTION_MAX_CHARS - 1);
  const word = cut.lastIndexOf(' ');
  return `${word > DESCRIPTION_MAX_CHARS / 2 ? cut.slice(0, word) : cut}…`;
}

// A bad value falls back to the default rather than breaking a page that embeds us.
const Params = v.object({
  place: v.fallback(v.nullable(PlaceId), null),
  lang: v.fallback(v.picklist(['en', 'da']), 'en'),
  theme: v.fallback(v.picklist(['light', 'dark', 'auto']), 'light'),
  accent: v.fallback(v.nullable(v.pipe(v.string(), v.regex(HEX_COLOUR), v.toLowerCase())), null),
  panel: v.fallback(v.picklist(['open', 'closed']), 'open'),
  interactive: v.fallback(v.picklist(['true', 'false']), 'true'),
  childId: v.fallback(v.nullable(PymId), null),
  // Checked properly (against the site's list) by the story loader; here only passed along.
  story: v.fallback(v.nullable(v.pipe(v.string(), v.regex(SLUG_PATTERN))), null),
});

export function parseEmbedParams(search: string): EmbedOptions {
  const q = new URLSearchParams(search);
  const p = v.parse(Params, {
    place: q.get('place'),
    lang: q.get('lang'),
    theme: q.get('theme'),
    accent: q.get('accent'),
    panel: q.get('panel'),
    interactive: q.get('interactive'),
    childId: q.get('childId'),
    story: q.get('story'),
  });
  return {
    place: p.place,
    language: p.lang,
    theme: p.theme,
    accent: p.accent,
    description: cleanDescription(q.get('description')),
    panel: p.panel,
    interactive: p.interactive === 'true',
    allow: parseAllow(q.get('allow')),
    pymId: p.childId,
    story: p.story,
    related: q.get('related') === 'true',
  };
}

/** The query string for these options, naming only what differs from the defaults ("" when nothing does). */
export function embedQuery(opts: Partial<Omit<EmbedOptions, 'pymId'>>): string {
  const q = new URLSearchParams();
  if (opts.story) q.set('story', opts.story);
  if (opts.place) q.set('place', opts.place);
  if (opts.language && opts.language !== EMBED_DEFAULTS.language) q.set('lang', opts.language);
  if (opts.theme && opts.theme !== EMBED_DEFAULTS.theme) q.set('theme', opts.theme);
  if (opts.accent) q.set('accent', opts.accent);
  if (opts.description) q.set('description', opts.description);
  if (opts.panel && opts.panel !== EMBED_DEFAULTS.panel) q.set('panel', opts.panel);
  if (opts.interactive === false) q.set('interactive', 'false');
  if (opts.allow && opts.allow.length > 0) q.set('allow', opts.allow.join(','));
  if (opts.related) q.set('related', 'true');
  const s = q.toString();
  return s ? `?${s}` : '';
}

/**
 * The full reader for what an embed at `embedHref` shows: beside embed.html, on the same story (`?story=`,
 * when the embed names a well-formed one) and the selected place.
 */
export function readerUrl(embedHref: string, place: string | null): string {
  const { story } = parseEmbedParams(new URL(embedHref).search);
  return new URL(`./${story ? `?story=${story}` : ''}${hashForPlace(place)}`, embedHref).href;
}
