import { describe, expect, it } from 'vitest';
import { isSeparatedItems } from './page-chrome.ts';
import { chromeReason } from './clean.ts';
import { placesOf, quoteStartsAndSpeakers, readWithCountry } from './test-helpers.ts';

const idsOf = (text: string): string[] => placesOf(readWithCountry(text)).map(([, id]) => id);

/** A page with a headline, a paragraph of story and the given lines under it as their own block. */
const pageWith = (box: string[]): string =>
  [
    'Apricot season comes early to the northern valleys this year',
    'Growers in the high valleys began picking in the first week of June, traders said on Sunday.',
    box.join('\n'),
  ].join('\n\n');

// A sidebar drawn in box characters with bulleted facts: the box's side before the bullet is furniture, not a
// separator, so "│ • Harvest: …" is a line of the box's text and its places are read.
describe('a bulleted sidebar drawn in a box', () => {
  it('"│ • Route: A → B → C": every place of the route and of the box is read', () => {
    const ids = idsOf(
      pageWith([
        '┌──────────────────────',
        '│ THE APRICOT ROAD',
        '│ • Season: early June to late July.',
        '│ • Route: Khan Abad → Kunduz → Baghlan → Kabul.',
        '│ • Drying: most of it on roofs in Imam Sahib.',
        '└──────────────────────',
      ]),
    );
    expect(ids).toEqual(expect.arrayContaining(['AF1904', 'AF0101', 'AF1905']));
  });

  it('a box side and a bullet are not two items of a menu; a box of a real menu still is one', () => {
    expect(isSeparatedItems('│ • Harvest: mid-September to late October.')).toBe(false);
    expect(isSeparatedItems('┃ • Price in Mazar: about 300 afghanis a kilo.')).toBe(false);
    expect(isSeparatedItems('│ Home | Provinces | Takhar')).toBe(true);
  });

  it('near miss: a box of bare bulleted links is a menu, not text', () => {
    expect(idsOf(pageWith(['┌────────', '│ • Kunduz', '│ • Takhar', '│ • Baghlan', '└────────']))).toEqual(
      [],
    );
  });
});

// A ring road circles its town: the town named before it is the city, as its bazaar is.
describe('a ring road of a town that names a province too', () => {
  it('"the Kunduz ring road", "the new Kunduz ring road": the city', () => {
    expect(idsOf('A cold store on the Kunduz ring road holds about 600 tonnes.')).toEqual(['AF1901']);
    expect(idsOf('Trucks now wait on the new Kunduz ring road at night.')).toEqual(['AF1901']);
  });

  it('near miss: a ring road said to be in Kunduz province is the province', () => {
    expect(idsOf('The ring road was finished in Kunduz province last year.')).toEqual(['AF19']);
  });
});

// A shop or a cold store named after a place is a business's name (as a hotel is): the place only labels it.
describe('a store named after a place', () => {
  it('"the Pamir Cold Store", "Salang Fruit Stores": a name, not the place', () => {
    expect(idsOf('The Pamir Cold Store holds about 600 tonnes.')).toEqual([]);
    expect(idsOf('The Salang Fruit Stores opened a second branch this spring.')).toEqual([]);
  });

  it('near miss: a store in a place places it', () => {
    expect(idsOf('A cold store in Taloqan holds about 600 tonnes.')).toEqual(['AF1801']);
  });
});

// A Dari interview whose intro presents its person by a title, a name and how many years they have done their work
// («حاجی … نزدیک به پنجاه سال است که …»), with no role in commas: each unlabelled «پاسخ:»/«جواب:» is that person's.
const interview = (intro: string, ask: string, answer: string): string =>
  [
    'گفت‌وگو با یک پیشه‌ور قدیمی تالقان',
    intro,
    `${ask}: از چه وقت این کار را می‌کنید؟`,
    `${answer}: از کودکی. پدرم مرا با خود به دکان می‌برد و من پشت دستگاه می‌نشستم.`,
    `${ask}: امسال بازار چطور است؟`,
    `${answer}: بازار سست است. مشتری کم شده و مواد خام گران شده است.`,
  ].join('\n\n');

describe('a Dari interview introducing its person by the years of their work', () => {
  it('«پرسش/پاسخ» under «حاجی … نزدیک به پنجاه سال است که …»: the answers are his', () => {
    const story = readWithCountry(
      interview(
        'حاجی عبدالرحیم نوری نزدیک به پنجاه سال است که در بازار تالقان چپن می‌دوزد. با او گفت‌وگو کردیم.',
        'پرسش',
        'پاسخ',
      ),
    );
    expect(quoteStartsAndSpeakers(story).map(([, s]) => s)).toEqual([
      'حاجی عبدالرحیم نوری',
      'حاجی عبدالرحیم نوری',
    ]);
  });

  it('«سوال/جواب» under «استاد … سال‌هاست که …» and «داکتر … بیش از بیست سال است که …»', () => {
    const a = readWithCountry(
      interview('استاد نجیب‌الله رحیمی سال‌هاست که در تالقان رباب می‌سازد.', 'سوال', 'جواب'),
    );
    expect(quoteStartsAndSpeakers(a).map(([, s]) => s)).toEqual([
      'استاد نجیب‌الله رحیمی',
      'استاد نجیب‌الله رحیمی',
    ]);
    const b = readWithCountry(
      interview('داکتر فریده هاشمی بیش از بیست سال است که در شفاخانهٔ کشم کار می‌کند.', 'س', 'ج'),
    );
    expect(quoteStartsAndSpeakers(b).map(([, s]) => s)).toEqual(['داکتر فریده هاشمی', 'داکتر فریده هاشمی']);
  });

  it('near miss: no title — «مردم دشت ارچی سی سال است که …» introduces nobody; the questions are never quotes', () => {
    const story = readWithCountry(
      interview('مردم دشت ارچی سی سال است که از آب کوکچه گله دارند.', 'پرسش', 'پاسخ'),
    );
    expect(quoteStartsAndSpeakers(story).map(([, s]) => s)).toEqual([null, null]);
    expect(quoteStartsAndSpeakers(story).some(([q]) => q.includes('از چه وقت'))).toBe(false);
  });

  it("the Dari editor's note under an interview is the page's, not the last answer run on", () => {
    expect(chromeReason('این گفت‌وگو برای کوتاهی ویرایش شده است.')).toBe('other');
    expect(chromeReason('این مصاحبه برای روشنی و کوتاهی ویرایش شده است.')).toBe('other');
    expect(chromeReason('این گفت‌وگو دو ساعت طول کشید و ما چای نوشیدیم.')).toBeNull();
  });
});

// Review of the years rule: the words after the title must read as a person's name — not an office, a place, a
// pronoun or a plural — and neither «سال‌هاست» nor the clause after the verb belongs to the person.
describe('near misses of a Dari intro by the years of their work', () => {
  const speakersOf = (text: string): [string, string][] =>
    readWithCountry(text).speakers.map((s) => [s.name, s.description]);

  it('a title before an office, an institution or a place introduces nobody; the place is still read', () => {
    expect(idsOf('داکتر شفاخانه کندز پنج سال است که بدون معاش کار می‌کند.')).toEqual(['AF1901']);
    expect(speakersOf('داکتر شفاخانه کندز پنج سال است که بدون معاش کار می‌کند.')).toEqual([]);
    expect(speakersOf('استاد دانشگاه کابل ده سال است که در این رشته کار می‌کند.')).toEqual([]);
  });

  it('a title before a pronoun or a plural «ها» introduces nobody; «او گفت» after it is no one introduced', () => {
    expect(speakersOf('ملا ها چند سال است که در این مسجد درس می‌دهند.')).toEqual([]);
    const story = readWithCountry(
      'استاد مکتب ما بیش از بیست سال است که درس می‌دهد. او گفت: «معاش ما کم است.»',
    );
    expect(story.speakers.map((s) => s.name)).not.toContain('استاد مکتب ما');
  });

  it('«سال‌هاست» is no word of the name', () => {
    expect(speakersOf('جنرال دوستم سال‌هاست که در ترکیه زندگی می‌کند.')).toEqual([
      ['جنرال دوستم', 'در ترکیه زندگی می‌کند'],
    ]);
    expect(speakersOf('حاجی کریم سال‌هاست که در بازار کندز دکان دارد.').map(([n]) => n)).toEqual([
      'حاجی کریم',
    ]);
  });

  it('the description stops at «و» after its verb, and before a speech verb', () => {
    expect(
      speakersOf('حاجی کریم ده سال است که بیمار است و پسرش گفت: «ما پول دوا نداریم.»').find(
        ([n]) => n === 'حاجی کریم',
      ),
    ).toEqual(['حاجی کریم', 'بیمار است']);
    expect(
      speakersOf('داکتر فریده هاشمی بیست سال است که در کشم کار می‌کند و می‌گوید: «دوا نداریم.»').find(
        ([n]) => n === 'داکتر فریده هاشمی',
      ),
    ).toEqual(['داکتر فریده هاشمی', 'در کشم کار می‌کند']);
  });
});

// Review of the Dari editor's note: only the desk's own wording about the text is the page's; a story's sentence
// saying a report was translated or a law's text was edited is the story.
describe("near misses of the Dari editor's note", () => {
  it('a translation or an edit told in the story stays', () => {
    expect(chromeReason('این گزارش به زبان‌های دری و پشتو ترجمه شده است.')).toBeNull();
    expect(chromeReason('این متن قانون پیش از نشر دو بار ویرایش شده است.')).toBeNull();
  });

  it("the desk's note, said another way, is still the page's", () => {
    expect(chromeReason('این گزارش برای اختصار کوتاه شده است.')).toBe('other');
    expect(chromeReason('این مصاحبه اندکی ویرایش شده است.')).toBe('other');
  });
});
