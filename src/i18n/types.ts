import type { Language } from '../state/store.ts';

// What a message catalog is: the words of the interface in one language, with how that language writes
// numbers and dates. English is the reference; every other catalog has the same keys (i18n.test.ts).

/** A message, or one per plural category (Intl.PluralRules' names), chosen by the `count` parameter. */
export type Message = string | ({ other: string } & Partial<Record<Intl.LDMLPluralRule, string>>);

export interface Catalog<K extends string = string> {
  language: Language;
  /** The BCP 47 tag for `lang` attributes. */
  tag: string;
  dir: 'ltr' | 'rtl';
  messages: Record<K, Message>;
  /** The plural category of `n`. */
  plural(n: number): Intl.LDMLPluralRule;
  /** A whole number or a decimal, in the language's digits. */
  number(n: number): string;
  /** A share (0–1) as a percentage. */
  percent(share: number): string;
  /** Every ASCII digit of `text` in the language's digits ("3:05", "2 / 12"). */
  digits(text: string): string;
  /** An ISO 8601 date ("2010-12-01", "2010-12", "2010") as readers of the language write it. */
  date(iso: string): string;
}
