import { describe, expect, it } from 'vitest';
import { ingestUnderHeadline, placesOf, readWithCountry, speakerOf } from './test-helpers.ts';

// Dari calls an elder by a kin word before the name, with no ezafe («کاکا غلام‌حیدر», «ماما نجیب‌الله»): a title, as
// «حاجی» is. A person introduced so — opening a sentence with a relative clause («… که …»), or as the one the writer
// visits at home or at the shop — is a speaker the next «گفت» or «او می‌گوید» means. Names are often joined words
// («شاه‌ناصر», «نورآقا»), and «حاجی» is matched as written.

describe('a Dari elder introduced by a kin title or a title, then quoted', () => {
  it('«ماما X که …» opening a paragraph, then «…،» او می‌گوید: the titled name speaks', () => {
    const story = ingestUnderHeadline([
      'ماما نجیب‌الله که چهل سال چوپان بوده، هنوز هر صبح رمه را به کوه می‌برد.',
      '«امسال برف زود آمد و علف کم است،» او می‌گوید.',
    ]);
    expect(speakerOf(story, 'امسال برف زود')).toBe('ماما نجیب‌الله');
  });

  it('«حاجی X Y که …» with a joined given name, then «او گفت:»', () => {
    const story = ingestUnderHeadline([
      'حاجی شاه‌ولی رحیمی که سی سال در این سرای برنج فروخته، دکانش را به پسرش سپرده است.',
      'او گفت: «مشتری‌ها کم شده‌اند، اما قرض‌ها زیاد.»',
    ]);
    expect(speakerOf(story, 'مشتری‌ها کم')).toBe('حاجی شاه‌ولی رحیمی');
  });

  it('«به خانهٔ کاکا X رفتیم» / «به دکان حاجی X رفتیم», then a dropped-subject «گفت:»', () => {
    const home = ingestUnderHeadline([
      'در دهکده به خانهٔ کاکا نورمحمد رفتیم. هشتاد سال دارد و با نواسه‌هایش زندگی می‌کند. وقتی ما را دید گفت: «بیایید، چای تازه است.»',
    ]);
    expect(speakerOf(home, 'چای تازه است')).toBe('کاکا نورمحمد');
    const shop = ingestUnderHeadline([
      'در بازار به دکان حاجی گل‌آقا رفتیم. شصت سال دارد. وقتی ما را دید گفت: «روغن دو برابر گران شده.»',
    ]);
    expect(speakerOf(shop, 'روغن دو برابر')).toBe('حاجی گل‌آقا');
  });

  it("near miss: «به خانهٔ همسایه رفتیم» names no one, and «کاکای احمد» (Ahmad's uncle) is no title", () => {
    const neighbour = ingestUnderHeadline([
      'دیروز به خانهٔ همسایه رفتیم. وقتی ما را دید گفت: «چای تازه است.»',
    ]);
    expect(neighbour.speakers.map((s) => s.name)).not.toContain('همسایه');
    const uncle = ingestUnderHeadline([
      'کاکای احمد که سال‌ها در ایران کار کرده، امسال برگشته است.',
      'او گفت: «کار آنجا هم کم شده.»',
    ]);
    expect(uncle.speakers.map((s) => s.name)).not.toContain('کاکای احمد');
  });
  it('near miss: a kin word before a place is no title — the place is linked («ماما کندز را ترک کرد»)', () => {
    const story = readWithCountry(
      'ماما کندز را پارسال ترک کرد و به شهر دیگری رفت. کاکا تخار را هرگز ندیده است. خاله بغلان را دوست دارد. عمه بلخ را دید.',
    );
    const linked = placesOf(story).map(([text]) => text);
    expect(linked).toEqual(expect.arrayContaining(['کندز', 'تخار', 'بغلان', 'بلخ']));
  });
  it('near miss: a kin word before a common noun or «جان» names no one («ماما قریه», «عمه جان»)', () => {
    const midwife = ingestUnderHeadline([
      'ماما قریه که بیست سال کودکان این دره را به دنیا آورده، امسال دوا ندارد.',
      'او می‌گوید: «راه شفاخانه در زمستان بسته است.»',
    ]);
    expect(midwife.speakers.map((s) => s.name)).not.toContain('ماما قریه');
    const aunt = ingestUnderHeadline([
      'عمه جان که هر زمستان برای ما جوراب می‌بافت، دیگر چشمانش خوب نمی‌بیند.',
      'او گفت: «پشم امسال گران است.»',
    ]);
    expect(aunt.speakers.map((s) => s.name)).not.toContain('عمه جان');
  });
});
