import type { Geography } from '../state/geography.ts';
import { namedPlaces, placeName } from '../state/selectors.ts';
import type { Language } from '../state/store.ts';
import type { Story } from '../story/schema.ts';
import type { Translate } from '../i18n/translate.ts';

// The words of the embed's own features (the screen readers' description, the snippet dialog), in English
// and Dari. They load with the embed page and the dialog's chunk, never with the reader's first view, so
// they are kept here rather than in the main catalogs; the type makes a missing Dari word a build error.

const en = {
  describeMap: 'Map of northern Afghanistan.',
  describeStory: 'Map of northern Afghanistan for “{title}”.',
  describePlaces: ' The places it concerns most: {list}.',
  listSeparator: ', ',
  intro:
    'Paste this into your page. It shows {what}{labels}; the script keeps the map’s height right as readers open and close the text.',
  fourProvinces: 'the four provinces',
  dariLabels: ' with Dari labels',
  snippetTitle: 'North Atlas: map of northern Afghanistan',
  snippetTitlePlace: 'North Atlas: {place} on a map of northern Afghanistan',
  panel: 'Reading text',
  panelOpen: 'Shown',
  panelClosed: 'Hidden until the reader asks',
  colours: 'Colours',
  themeAuto: 'Follow the reader’s light or dark setting',
  themeLight: 'Light',
  themeDark: 'Dark',
  where: 'Where it goes',
  kindIframe: 'Web page (iframe and our sizing script)',
  kindFacade: 'Web page, map loaded on demand (image until the reader asks or scrolls near)',
  kindAmp: 'AMP page (amp-iframe)',
  static: 'Static locator map (readers cannot pan, zoom or click the map)',
  code: 'HTML to paste',
  copy: 'Copy the code',
  copied: 'Copied to the clipboard.',
  selectedToCopy: 'Selected: press Ctrl+C (⌘C on a Mac) to copy.',
  preview: 'Preview',
  previewWhat: ' the embedded map (opens in a new tab)',
} as const;

export type EmbedWord = keyof typeof en;

const da: Record<EmbedWord, string> = {
  describeMap: 'نقشهٔ شمال افغانستان.',
  describeStory: 'نقشهٔ شمال افغانستان برای گزارش «{title}».',
  describePlaces: ' جاهایی که گزارش بیشتر به آن‌ها می‌پردازد: {list}.',
  listSeparator: '، ',
  intro:
    'این کد را در صفحهٔ خود بگذارید. نقشه {what}{labels} را نشان می‌دهد؛ وقتی خوانندگان متن را باز و بسته می‌کنند، اسکریپت بلندی نقشه را درست نگه می‌دارد.',
  fourProvinces: 'چهار ولایت',
  dariLabels: ' با نام‌های دری',
  snippetTitle: 'اطلس شمال: نقشهٔ شمال افغانستان',
  snippetTitlePlace: 'اطلس شمال: {place} روی نقشهٔ شمال افغانستان',
  panel: 'متن گزارش',
  panelOpen: 'نمایان',
  panelClosed: 'پنهان، تا خواننده بخواهد',
  colours: 'رنگ‌ها',
  themeAuto: 'مطابق تنظیم روشن یا تاریک دستگاه خواننده',
  themeLight: 'روشن',
  themeDark: 'تاریک',
  where: 'جای نشر',
  kindIframe: 'صفحهٔ ویب (iframe با اسکریپت اندازه‌گیری ما)',
  kindFacade: 'صفحهٔ ویب، نقشه به خواست خواننده (تا خواننده نخواهد یا نزدیک آن نرسد، تنها یک تصویر)',
  kindAmp: 'صفحهٔ AMP (amp-iframe)',
  static: 'نقشهٔ ثابت موقعیت (خوانندگان نمی‌توانند نقشه را جابه‌جا یا بزرگ و کوچک کنند یا روی آن کلیک کنند)',
  code: 'کد HTML برای چسپاندن',
  copy: 'کاپی کردن کد',
  copied: 'کد کاپی شد.',
  selectedToCopy: 'کد انتخاب شد: برای کاپی Ctrl+C (در مک ⌘C) را فشار دهید.',
  preview: 'پیش‌نمایش',
  previewWhat: ' نقشهٔ جاسازی‌شده (در صفحهٔ تازه باز می‌شود)',
};

const WORDS: Record<Language, Record<EmbedWord, string>> = { en, da };

/** One of these words in `language`, each `{name}` filled in. */
export function embedWord(language: Language, key: EmbedWord, params: Record<string, string> = {}): string {
  return WORDS[language][key].replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

/** Every word's key, for the test that both languages have them all. */
export const EMBED_WORDS_BY_LANGUAGE = WORDS;

/** How many places the description names: enough to say where the story goes, short enough to hear. */
export const DESCRIBED_PLACES = 5;

/** What a screen reader hears before the embedded map: the story and the places it concerns most. */
export function embedDescription(story: Story | null, geo: Geography | null, t: Translate): string {
  const language = t.catalog.language;
  const title = story?.meta.title.trim();
  const map = title ? embedWord(language, 'describeStory', { title }) : embedWord(language, 'describeMap');
  if (!story || !geo) return map;
  const places = namedPlaces(story, geo, { countries: false, limit: DESCRIBED_PLACES });
  if (places.length === 0) return map;
  const list = places.map(
    ({ place, passages }) => `${placeName(place, language)} (${t('count.passages', { count: passages })})`,
  );
  return (
    map + embedWord(language, 'describePlaces', { list: list.join(embedWord(language, 'listSeparator')) })
  );
}
