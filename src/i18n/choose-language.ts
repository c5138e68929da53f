import type { Language } from '../state/store.ts';

// Which language a page opens in. A choice the reader made (the header's switch, remembered in the URL's
// `lang` and in local storage) wins; then a story written in Dari opens in Dari; then the browser's
// languages decide. An unknown `lang` is no choice at all.

export const LANG_PARAM = 'lang';
export const LANG_STORAGE_KEY = 'north-atlas.lang';

/** `lang=da` / `lang=en` as written in a URL or local storage; anything else is not a language. */
export function readLanguage(value: string | null | undefined): Language | null {
  return value === 'da' || value === 'en' ? value : null;
}

/** Dari for a browser that prefers Persian in any of its forms (fa, fa-AF, prs) before English. */
export function browserLanguage(languages: readonly string[]): Language {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'fa' || primary === 'prs') return 'da';
    if (primary === 'en') return 'en';
  }
  return 'en';
}

/** At least this share of a text's letters in Arabic script makes it Dari (a name or two in a Latin text do not). */
const DARI_SHARE = 0.5;
const ARABIC_LETTER = /[\u0621-\u064A\u067E\u0686\u0698\u06A9\u06AF\u06CC]/gu;
const LATIN_LETTER = /[A-Za-z]/g;

/** The language a story is written in, read from its title and first passages. */
export function storyLanguage(story: { meta: { title: string }; passages: { text: string }[] }): Language {
  const sample = [story.meta.title, ...story.passages.slice(0, 3).map((p) => p.text)].join(' ');
  const arabic = sample.match(ARABIC_LETTER)?.length ?? 0;
  const latin = sample.match(LATIN_LETTER)?.length ?? 0;
  return arabic > 0 && arabic / (arabic + latin) >= DARI_SHARE ? 'da' : 'en';
}

export interface LanguageClues {
  /** The URL's `lang` parameter. */
  url: string | null;
  /** What local storage remembers. */
  stored: string | null;
  /** The language of the story the page shows, when it is known. */
  story: Language | null;
  /** navigator.languages. */
  browser: readonly string[];
}

export function chooseLanguage(clues: LanguageClues): Language {
  // A story in English says nothing: an English article is what a Dari reader reads in a Dari frame too.
  const story = clues.story === 'da' ? 'da' : null;
  return readLanguage(clues.url) ?? readLanguage(clues.stored) ?? story ?? browserLanguage(clues.browser);
}

/** What the page knows of the reader's wishes: the URL's `lang`, local storage, the browser's languages. */
export function languageClues(win: Window = window): LanguageClues {
  let stored: string | null = null;
  try {
    stored = win.localStorage.getItem(LANG_STORAGE_KEY);
  } catch {
    // Storage refused (a sandboxed iframe, privacy settings): nothing remembered.
  }
  return {
    url: new URLSearchParams(win.location.search).get(LANG_PARAM),
    stored,
    story: null,
    browser: win.navigator.languages.length > 0 ? win.navigator.languages : [win.navigator.language],
  };
}

/** The language the build rendered this page in (<html lang>). */
export function pageLanguage(doc: Document = document): Language {
  return doc.documentElement.lang === 'fa-AF' ? 'da' : 'en';
}
