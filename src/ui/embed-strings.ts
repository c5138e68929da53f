import type { Geography } from '../state/geography.ts';
import { namedPlaces } from '../state/selectors.ts';
import type { Story } from '../story/schema.ts';

// The words the embed features of issue 17 add (the screen readers' description, the snippet dialog's
// choices), kept together so a translation finds them in one place.

/** How many places the description names: enough to say where the story goes, short enough to hear. */
export const DESCRIBED_PLACES = 5;

const passagesWord = (n: number) => `${n} passage${n === 1 ? '' : 's'}`;

/** What a screen reader hears before the embedded map: the story and the places it concerns most. */
export function embedDescription(story: Story | null, geo: Geography | null): string {
  const title = story?.meta.title.trim();
  const map = title ? `Map of northern Afghanistan for “${title}”.` : 'Map of northern Afghanistan.';
  if (!story || !geo) return map;
  const places = namedPlaces(story, geo, { countries: false, limit: DESCRIBED_PLACES });
  if (places.length === 0) return map;
  const list = places.map(({ place, passages }) => `${place.name_en} (${passagesWord(passages)})`);
  return `${map} The places it concerns most: ${list.join(', ')}.`;
}

export const SNIPPET_KIND_LABELS = {
  iframe: 'Web page (iframe and our sizing script)',
  facade: 'Web page, map loaded on demand (image until the reader asks or scrolls near)',
  amp: 'AMP page (amp-iframe)',
} as const;

export const THEME_LABELS = {
  auto: 'Follow the reader’s light or dark setting',
  light: 'Light',
  dark: 'Dark',
} as const;
