import { describe, expect, it } from 'vitest';
import { isSlug } from './catalog.ts';
import { ingestStory } from './ingest.ts';
import { TITLE_SLUG_LENGTH, slugForStory } from './story-slug.ts';
import { TEST_GAZETTEER } from './test-gazetteer.ts';
import { transliterate } from './transliterate.ts';

const TEXT = [
  'Placeholder Headline',
  'Growers around Taloqan lost half their crop to a late frost, and traders in Kunduz raised their prices.',
].join('\n\n');
const PLACES = TEST_GAZETTEER.entries;

function story(title: string, date?: string) {
  return ingestStory(TEXT, TEST_GAZETTEER, { meta: { title, ...(date ? { date } : {}) } });
}

describe('a story’s slug', () => {
  it('is its title’s words, with no note', () => {
    expect(slugForStory(story('Wells Run Dry In The Hills'), PLACES)).toEqual({
      slug: 'wells-run-dry-in-the-hills',
      note: null,
    });
  });

  it('is cut at a word when the title is long, and says so', () => {
    const long = slugForStory(story('Melons Ripen Early Along The Sunny Northern Riverbanks Of Kunduz'));
    expect(long.slug).toBe('melons-ripen-early-along-the-sunny-northern-riverbanks-of');
    expect(long.note).toMatch(/cut at a word to 57 characters \(the title gives 64\)/);
    // A cut that falls just before a hyphen keeps the whole last word.
    const exact = slugForStory(story(`${'a'.repeat(TITLE_SLUG_LENGTH - 6)} words more`));
    expect(exact.slug).toBe(`${'a'.repeat(TITLE_SLUG_LENGTH - 6)}-words`);
    // One word longer than the limit has no word to cut at: cut where it must be, and say so.
    const word = slugForStory(story('Pneumono'.repeat(10)));
    expect(word.slug).toHaveLength(TITLE_SLUG_LENGTH);
    expect(word.note).toMatch(
      /cut \(no word ends before the limit\) to 60 characters \(the title gives 80\)/,
    );
  });

  it('comes from a Dari title in Latin letters, its places by their English names', () => {
    const made = slugForStory(story('سیلاب در کندز خانه‌ها را ویران کرد'), PLACES);
    expect(made).toEqual({
      slug: 'silab-dar-kunduz-khanaha-ra-wiran-kard',
      note: 'made from the title in Latin letters',
    });
    // Two Dari headlines never share a slug by accident (they once were both "story").
    expect(slugForStory(story('راه تالقان به کندز بسته شد'), PLACES).slug).toBe(
      'rah-talqan-ba-kunduz-bsta-shod',
    );
    expect(slugForStory(story('Паводок в Кундузе')).slug).toBe('pavodok-v-kunduze');
  });

  it('comes from the date and places when the title has no letters to use', () => {
    expect(slugForStory(story('؟ ! ؟', '2024-06-02'), PLACES)).toEqual({
      slug: '2024-06-02-taloqan-kunduz',
      note: "the title has no letters a slug can use: named by the story's date and places",
    });
    // Without the gazetteer the places go by their ids.
    expect(slugForStory(story('؟', '2024-06')).slug).toBe('2024-06-af1801-af1901');
  });

  it('never falls back to a constant: a reserved title slug or nothing to name gives a name of its own', () => {
    const con = slugForStory(story('Con', '2024-06-02'), PLACES);
    expect(con.slug).toBe('2024-06-02-taloqan-kunduz');
    expect(con.note).toMatch(/the title's slug "con" is reserved/);
    const bare = (title: string) => slugForStory({ ...story(title), mentions: [], meta: { title } }).slug;
    expect(bare('※')).toMatch(/^story-[0-9a-z]{7}$/);
    expect(bare('※')).not.toBe(bare('※※'));
    for (const title of ['※', '؟', 'Con', 'سیل']) expect(isSlug(slugForStory(story(title)).slug)).toBe(true);
  });
});

describe('transliteration', () => {
  it('reads و and ی as vowels between consonants, consonants at the start and after a vowel', () => {
    expect(transliterate('ویران')).toBe('wiran');
    expect(transliterate('پایان')).toBe('payan');
    expect(transliterate('کوه')).toBe('kuh');
    expect(transliterate('خواب')).toBe('khwab');
    expect(transliterate('عید')).toBe('id');
  });

  it('reads a final silent ه as a vowel, joins half-spaced parts, and writes Persian digits as 0–9', () => {
    expect(transliterate('خانه‌ها')).toBe('khanaha');
    expect(transliterate('راه')).toBe('rah');
    expect(transliterate('سال ۱۴۰۳')).toBe('sal 1403');
  });

  it('spells a known name in full, as a whole word only', () => {
    const names = new Map([['کندز', 'Kunduz']]);
    expect(transliterate('در کندز', names).trim()).toBe('dar  Kunduz');
    expect(transliterate('کندزی', names)).toBe('kndzi');
  });
});
