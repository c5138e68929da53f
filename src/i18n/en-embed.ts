import type { Catalog } from './types.ts';

// The embed page's own words in English: its entry adds them to the English catalog before it renders
// (embed-page.tsx), so the reader's first view never carries them. Dari has them in its own chunk.

export const embedMessages = {
  'embed.heading': 'North Atlas: northern Afghanistan in the news',
  'embed.hide': 'Hide the text',
  'embed.show': 'Show the text',
  'embed.intro':
    'Pick a province or district, on the map or in the list above, to read what the article says about it.',
  'embed.full': 'Open the full map',
  'embed.newTab': ' (opens in a new tab)',
  'picker.label': 'Place',
  'picker.all': 'All four provinces',
  'picker.province': '{name} (province)',
} as const satisfies Record<string, Catalog['messages'][string]>;
