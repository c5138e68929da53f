import { addEnglishWords, catalogFor } from './catalogs.ts';
import type { Catalog } from './types.ts';

// The newsroom atlas's words in English: the list of stories (its own page) and "Other stories about…" (loaded
// when a reading opens). They join whatever English catalog the page has (withAtlasWords), so the reader's
// first view never carries them. Dari has them in its own chunk, da.ts.

export const atlasMessages = {
  'list.title': 'Stories on North Atlas',
  'list.reader': 'Open the map',
  'list.filters': 'Filter the stories',
  'list.place': 'Place, in English or Dari',
  'list.from': 'From',
  'list.to': 'To',
  'list.range': '{from} – {to}',
  'list.clear': 'Show all stories',
  'list.count': { one: '{count} story', other: '{count} stories' },
  'list.about': 'Stories about {place}',
  'list.none': 'No story matches these filters.',
  'list.noDate': 'No date given',
  'list.places': 'Places: {list}',
  'list.publisher': 'Published by {name}',
  'list.more': 'Show older stories',
  'list.map': 'Provinces shaded by how many stories concern them',
  'list.mapPlace': '{name}: {stories}',
  'list.timeline': 'When the stories about {place} were published',
  'list.loading': 'Loading the stories…',
  'list.failed': 'The list of stories could not be loaded: {reason}',
  'list.unknownPlace': 'No province or district is called “{name}”.',
  'list.language': 'دری',
  'related.title': 'Other stories about {place}',
  'related.province': 'About its province, {place}',
  'related.all': 'All stories about {place}',
} as const satisfies Record<string, Catalog['messages'][string]>;

/** The atlas's words join the English catalog the page has (the reader's, or the presenter's). */
export function withAtlasWords(): void {
  if (Object.hasOwn(catalogFor('en').messages, 'related.title')) return;
  addEnglishWords(atlasMessages);
}
