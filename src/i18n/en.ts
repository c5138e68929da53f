import type { atlasMessages } from './en-atlas.ts';
import type { embedMessages } from './en-embed.ts';
import type { noticeMessages } from './en-notices.ts';
import type { presentingMessages } from './en-presenting.ts';
import type { presenterMessages } from './en-presenter.ts';
import type { pinMessages } from './en-pins.ts';
import type { Catalog, Message } from './types.ts';

// The interface in English: the reference catalog, bundled with the first view. Keys are grouped by what
// the reader sees; `{name}` is a parameter, a plural message has a form per plural category.

export const messages = {
  'app.name': 'North Atlas',
  'app.region': 'Northern Afghanistan',
  'app.loading': 'Loading the map and the story…',
  'app.mapRegion': 'Map of northern Afghanistan',

  'lang.group': 'Language',
  'lang.dariHint': ' (Dari)',

  'header.original': 'Read the original article',

  'kind.province': 'Province',
  'kind.district': 'District',
  'kind.country': 'Country',
  'kind.pin': 'Pinned place',
  'kind.in': '{kind} in {province}',

  'count.passages': { one: '{count} passage', other: '{count} passages' },
  'count.quotes': { one: '{count} quote', other: '{count} quotes' },
  'count.both': '{passages} · {quotes}',
  'count.list': '{passages}, {quotes}',

  'panel.overviewTitle': 'Read the story by place',
  'panel.noMap':
    'The map cannot be shown, so places cannot be picked; the whole story is under “Whole story”.',
  'panel.intro':
    'Click a province or district on the map — or pick one from the list of places — to read what the reporting says about it. The darker a province, the more of the story concerns it.',
  'panel.named': 'Places the article names',
  'panel.expand': 'Expand the reading panel',
  'panel.collapse': 'Collapse the reading panel',
  'panel.views': 'Reading view',
  'panel.selected': 'Selected place',
  'panel.places': 'Places',
  'panel.whole': 'Whole story',
  'panel.close': 'Close',
  'panel.closeWhat': ' the selected place',
  'panel.noStory': 'The story is not available.',

  'place.notNamed': 'The article does not name {place}.',
  'place.nearby': 'Nearby places it does name:',
  'place.quotesAbout': 'Quotes about {place}',
  'place.passagesAbout': 'Passages about {place}',
  'place.moreAbout': 'More about {place} province',
  'place.offMap': 'Not on this map',
  'place.provinceReading': 'What the story says about {place} province',
  'place.back': 'Back to the overview and the whole story',

  'quote.unattributed': 'Unattributed',

  'legend.summary': 'Map key',
  'legend.share': 'Share of the story’s passages',
  'legend.under': 'under {pct}',
  'legend.range': '{from}–{to}',
  'legend.over': 'over {pct}',
  'legend.borders': 'Border districts, by the country they face',
  'legend.capital': 'Provincial capital',

  'nav.label': 'Places on the map',
  'nav.hint': 'Arrow keys move to the neighbouring place; Enter opens it.',

  'announce.none': 'No place selected.',
  'announce.province': '{name} province selected: {passages}, {quotes}.',
  'announce.district': '{name} district selected: {passages}, {quotes}.',
  'announce.country': '{name} selected: {passages}, {quotes}.',
  'announce.pin': '{name} selected: {passages}, {quotes}.',

  'credits.reader':
    'Boundaries: {agcho}. Neighbouring countries: {ne}. The boundaries and names shown do not imply official endorsement or acceptance. Map rendering: {maplibre}.',
  'credits.embed': 'Boundaries: {agcho}; {ne}. They do not imply official endorsement or acceptance.',

  'map.simple': 'Simple map shown: {problem}. Every place, the list and the reading panel work as before.',
  'map.noWebgl': 'the full map needs WebGL, which this browser does not offer',
  'map.notLoaded': 'the full map could not be loaded',
  'map.canvas': 'Map',
  'map.zoomIn': 'Zoom in',
  'map.zoomOut': 'Zoom out',
  'map.download': 'Download image',
  'map.print': 'Print',
  'map.making': 'Making the image…',
  'map.downloaded': 'Image downloaded.',
  'map.imageFailed': 'The image could not be made: {reason}.',

  'stories.label': 'Stories on this site',
  'stories.lead': 'Stories on this site:',

  'present.start': 'Present',
  'embed.button': 'Embed this map',
  'embed.preparing': 'Preparing the embed code…',
} as const satisfies Record<string, Catalog['messages'][string]>;

/** Every message's key: the first view's and those of the parts that bring their own English words. */
export type MessageKey =
  | keyof typeof messages
  | keyof typeof presenterMessages
  | keyof typeof presentingMessages
  | keyof typeof embedMessages
  | keyof typeof noticeMessages
  | keyof typeof atlasMessages
  | keyof typeof pinMessages;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The parts an ISO date states, or null when it is not one (shown then as written). */
export function dateParts(iso: string): { y: number; m?: number; d?: number } | null {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso);
  if (!match) return null;
  const [, y, mo, d] = match;
  const m = mo ? Number(mo) : undefined;
  const day = d ? Number(d) : undefined;
  if (m !== undefined && (m < 1 || m > 12)) return null;
  if (day !== undefined && (day < 1 || day > 31)) return null;
  return { y: Number(y), ...(m === undefined ? {} : { m }), ...(day === undefined ? {} : { d: day }) };
}

/**
 * "2010-12-01" → "1 December 2010"; a partial date ("2010-12") shows only what it states. Spelled out by
 * hand, not with Intl: a page's first Intl date format loads locale data, a tenth of a second on a phone.
 */
export function formatDate(iso: string): string {
  const p = dateParts(iso);
  if (!p) return iso;
  return [p.d, p.m === undefined ? undefined : MONTHS[p.m - 1], p.y].filter((x) => x !== undefined).join(' ');
}

export const en: Catalog<MessageKey> = {
  language: 'en',
  tag: 'en',
  dir: 'ltr',
  // The presenter view's words join on its own page (presenter.tsx): the reader never needs them.
  messages: messages as Record<MessageKey, Message>,
  // English's rule by hand, and numbers as they are: the first view never waits on Intl's locale data.
  plural: (n) => (n === 1 ? 'one' : 'other'),
  number: (n) => String(n),
  percent: (share) => `${Math.round(share * 100)}%`,
  digits: (text) => text,
  date: formatDate,
};
