import { isDariText } from '../story/dari-words.ts';
import type { PinKind } from '../story/places-to-pin.ts';

// The words of the studio's "places to pin", in English and in Dari: a name from a Dari article is offered in
// Dari (right to left), an English one in English.

export type PinWordsLanguage = 'en' | 'da';

interface PinWords {
  heading: (n: number) => string;
  hint: string;
  pin: (name: string) => string;
  kinds: Record<PinKind, string>;
  notInGazetteer: (name: string, kind: string) => string;
}

export const PIN_WORDS: Record<PinWordsLanguage, PinWords> = {
  en: {
    heading: (n) => `Places to pin (${n})`,
    hint: 'Names the text calls a place that the gazetteer does not have. Choose one to put it on the map.',
    pin: (name) => `Pin “${name}”`,
    kinds: {
      village: 'village',
      district: 'district',
      bridge: 'bridge',
      crossing: 'crossing',
      base: 'base',
    },
    notInGazetteer: (name, kind) =>
      `“${name}” reads as a ${kind} the gazetteer does not have: pin it to a point.`,
  },
  da: {
    heading: (n) => `جاهایی که باید روی نقشه نشانی شوند (${n})`,
    hint: 'این نام‌ها در متن جاهایی را نشان می‌دهند که در فهرست جاها نیستند. یکی را انتخاب کنید تا آن را روی نقشه نشانی کنید.',
    pin: (name) => `«${name}» را روی نقشه نشانی کنید`,
    kinds: {
      village: 'قریه',
      district: 'ولسوالی',
      bridge: 'پل',
      crossing: 'گذرگاه',
      base: 'پایگاه',
    },
    notInGazetteer: (name, kind) =>
      `به نظر می‌رسد «${name}» نام یک ${kind} باشد که در فهرست جاها نیست؛ آن را روی نقشه نشانی کنید.`,
  },
};

/** The language a proposed name is offered in: Dari for a name in Dari script. */
export function pinWordsLanguage(name: string): PinWordsLanguage {
  return isDariText(name) ? 'da' : 'en';
}

/** The language of the list: the one most of its names are in (English when as many are in each). */
export function listLanguage(names: readonly string[]): PinWordsLanguage {
  const dari = names.filter((n) => pinWordsLanguage(n) === 'da').length;
  return dari * 2 > names.length ? 'da' : 'en';
}

export const LANG_ATTRS: Record<PinWordsLanguage, { lang: string; dir: 'ltr' | 'rtl' }> = {
  en: { lang: 'en', dir: 'ltr' },
  da: { lang: 'fa-AF', dir: 'rtl' },
};
