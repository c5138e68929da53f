import { addEnglishWords, catalogFor } from './catalogs.ts';
import type { Catalog } from './types.ts';

// The words of a pin's reading in English: they join the English catalog when a story with pins shows one
// (PinWhere.tsx, its own chunk), so a story without pins never carries them. Dari has them in its own chunk.

export const pinMessages = {
  'pin.district': 'In {name} district',
  'pin.province': 'In {name} province, outside the districts this map draws',
  'pin.from': '{km} km {direction} of {city}',
  'pin.border': '{km} km from the border with {country}',
  'pin.n': 'north',
  'pin.ne': 'north-east',
  'pin.e': 'east',
  'pin.se': 'south-east',
  'pin.s': 'south',
  'pin.sw': 'south-west',
  'pin.w': 'west',
  'pin.nw': 'north-west',
} as const satisfies Record<string, Catalog['messages'][string]>;

/** Adds the pin words to the English catalog in the page (after the presenter's, when those are in). */
export function registerPinWords(): void {
  if (Object.hasOwn(catalogFor('en').messages, 'pin.district')) return;
  addEnglishWords(pinMessages);
}
