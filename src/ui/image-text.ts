import type { Translate } from '../i18n/translate.ts';
import type { ImageText } from '../map/svg/png.ts';
import { placeCounts, placeName } from '../state/selectors.ts';
import type { AtlasState, Language } from '../state/store.ts';

// The words around "Download image"'s map: the title band and the credits, in the reader's language. They
// load with the exporter on the first click, never with the first view; the type makes a missing Dari word
// a build error. Proper names without a Dari form are parameters.

const AGCHO = 'AGCHO / OCHA (CC BY-IGO 3.0)';
const NATURAL_EARTH = 'Natural Earth';

const WORDS = {
  en: {
    overview: 'Kunduz, Takhar, Baghlan and Badakhshan, shaded by their share of the story',
    place: '{name} ({kind}): {counts}',
    credits: 'North Atlas. Boundaries: {agcho}; neighbouring countries: {ne}.',
    endorsement: 'The boundaries and names shown do not imply official endorsement or acceptance.',
  },
  da: {
    overview: 'کندز، تخار، بغلان و بدخشان؛ هر ولایت به اندازهٔ سهمش از گزارش رنگ شده است',
    place: '{name} ({kind}): {counts}',
    credits: 'اطلس شمال. مرزها: {agcho}؛ کشورهای همسایه: {ne}.',
    endorsement: 'مرزها و نام‌هایی که نشان داده شده‌اند به معنای تأیید یا پذیرش رسمی نیستند.',
  },
} as const satisfies Record<Language, Record<string, string>>;

export const IMAGE_WORDS: Record<Language, Record<keyof (typeof WORDS)['en'], string>> = WORDS;

function fill(text: string, params: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

/** The image's title band and credits for what the reader is looking at, in `t`'s language. */
export function imageText(
  { story, geo, selected }: Pick<AtlasState, 'story' | 'geo' | 'selected'>,
  t: Translate,
): ImageText {
  const language = t.catalog.language;
  const words = IMAGE_WORDS[language];
  const place = selected ? geo?.places.get(selected) : undefined;
  const counts = placeCounts(story, selected ?? '');
  const subtitle = place
    ? fill(words.place, {
        name: placeName(place, language),
        kind: t(`kind.${place.kind}`),
        counts: t('count.list', {
          passages: t('count.passages', { count: counts.passages }),
          quotes: t('count.quotes', { count: counts.quotes }),
        }),
      })
    : words.overview;
  return {
    title: story?.meta.title.trim() || t('app.region'),
    subtitle,
    credits: [fill(words.credits, { agcho: AGCHO, ne: NATURAL_EARTH }), words.endorsement],
    dir: t.catalog.dir,
  };
}
