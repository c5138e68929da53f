import { describe, expect, it } from 'vitest';
import { inDariOrganisationName } from './link-places.ts';
import { isCommentFoot } from './page-chrome.ts';
import { placesOf, readWithCountry } from './test-helpers.ts';

const idsOf = (text: string): string[] => placesOf(readWithCountry(text)).map(([, id]) => id);
const linked = (text: string, name: string): string[] =>
  placesOf(readWithCountry(text))
    .filter(([t]) => t === name)
    .map(([, id]) => id);

// Dari copy calls the Amu Darya by its bare name once the river is in view, as it calls the Kokcha «کوکچه»:
// «به آمو می‌پیوندد», «کنارهٔ آمو». No place of the map is called «آمو», so the bare word is the river.
describe('a river called by its bare Dari name', () => {
  it('«… به آمو می‌پیوندد», «در کنارهٔ آمو»: the Amu Darya', () => {
    expect(linked('جوی‌های دشت پس از سه روز راه سرانجام به آمو می‌پیوندند.', 'آمو')).toEqual(['amu-darya']);
    expect(linked('باغ‌های انار در کنارهٔ آمو هر بهار زیر آب می‌روند.', 'آمو')).toEqual(['amu-darya']);
  });

  it('near miss: Amu, the outlet, reports or is told something, or is a channel; the river neither', () => {
    expect(linked('یک دهقان خان‌آباد به آمو گفت که آب کانال کم شده است.', 'آمو')).toEqual([]);
    expect(linked('یک معلم به آمو تی‌وی گفت که مکتب بسته ماند.', 'آمو')).toEqual([]);
    expect(linked('به گزارش آمو، دو پل چوبی را سیل برد.', 'آمو')).toEqual([]);
    expect(linked('آب آمو در این هفته دو متر بالا آمده است.', 'آمو')).toEqual(['amu-darya']);
    expect(linked('گله‌داران هر خزان از آمو می‌گذرند.', 'آمو')).toEqual(['amu-darya']);
  });
});

// An organisation's proper name after its head noun and a classifying adjective may open with a word of its own
// before the place's name: «انجمن ادبی موج آمو» (a literary society called "Wave of the Amu"). The place inside is
// the society's name, not a mention; a particle in that slot («انجمن ادبی در …») places the body instead.
describe('a place inside a Dari organisation name that opens with a word of its own', () => {
  it('«انجمن فرهنگی نسیم کوکچه», «شرکت هوایی بال کندز»: the name, not the place', () => {
    expect(idsOf('انجمن فرهنگی نسیم کوکچه هر ماه یک نشست کتاب‌خوانی دارد.')).toEqual([]);
    expect(idsOf('شرکت هوایی بال کندز دو پرواز تازه را اعلام کرد.')).toEqual([]);
  });

  it('the same reading by position: the slot after the adjective, never a particle', () => {
    const named = 'انجمن ادبی شبنم تخار';
    expect(inDariOrganisationName(named, named.indexOf('تخار'))).toBe(true);
    const placed = 'انجمن ادبی در تخار';
    expect(inDariOrganisationName(placed, placed.indexOf('تخار'))).toBe(false);
  });

  it("near miss: after a plural, a word of place or time, or a noun before a list, the places are the clause's", () => {
    expect(idsOf('حرکت لاری‌های باربری میان تالقان و کندز باز شد.')).toEqual(['AF1801', 'AF1901']);
    expect(idsOf('حرکت کاروان‌های تجارتی سوی تخار از سر گرفته شد.')).toEqual(['AF18']);
    expect(idsOf('حزب اسلامی دیروز بغلان را ترک کرد.')).toEqual(['AF09']);
    expect(linked('شرکت هوایی آریانا هرات و کندز را به کابل وصل می‌کند.', 'هرات')).toEqual(['AF3201']);
    expect(linked('رادیو آزادی نزدیک رستاق گزارش داد.', 'رستاق')).toEqual(['AF1810']);
  });

  it('near miss: a society placed in a town, or asking a province, leaves the place', () => {
    expect(linked('انجمن ادبی در تالقان شب شعر برگزار کرد.', 'تالقان')).toEqual(['AF1801']);
    expect(linked('انجمن از مقام‌های محلی تخار کمک خواست.', 'تخار')).toEqual(['AF18']);
  });
});

// A fact box's bullets are items of a list: "• Ferry Points: Imam Sahib, Dasht-e-Archi" reads like a subhead (its
// words capitalised), but a heading is never bulleted, so the line's places are the text's.
describe('a bulleted list under a paragraph', () => {
  const box = (lines: string[]) =>
    readWithCountry(
      [
        'Valley facts',
        'The river feeds every canal of the plain, and the canals feed the towns.',
        lines.join('\n'),
      ].join('\n\n'),
    );

  it('"• Label: A, B" among other bullets: an item whose places are read', () => {
    const story = box(['• Ferry Points: Imam Sahib, Dasht-e-Archi', '• Market Towns: Khan Abad and Taloqan']);
    expect(story.sections).toEqual([]);
    expect(story.mentions.map((m) => m.place)).toEqual(['AF1905', 'AF1906', 'AF1904', 'AF1801']);
  });

  it('a dash-bulleted list the same way', () => {
    const story = box(['- Upper Villages: Warduj, Zebak', '- Winter Road: closed']);
    expect(story.mentions.map((m) => m.place)).toEqual(['AF1716', 'AF1725']);
  });

  it('near miss: the unbulleted line over the bullets still heads them; a lone bulleted line keeps its reading', () => {
    const headed = box([
      'Crossings Of The Lower River',
      '• Ferry Points: Imam Sahib',
      '• Market Towns: Taloqan',
    ]);
    expect(headed.sections.map((s) => s.title)).toEqual(['Crossings Of The Lower River']);
    const lone = readWithCountry(
      [
        'Valley facts',
        'The river feeds every canal of the plain.',
        '• Crossings Of The Lower River',
        'The ferries run twice a day.',
      ].join('\n\n'),
    );
    expect(lone.sections.map((s) => s.title)).toEqual(['• Crossings Of The Lower River']);
  });
});

// A box drawn round text ("┌ … │ … └") holds lines of text, however like a subhead a line of it looks.
describe('a box drawn round text', () => {
  it('"│ Cheap Rooms In Jurm And Kishim" inside the box: its places are read', () => {
    const story = readWithCountry(
      [
        'Valley guide',
        'The valley road is slow but open from June, and the villages above it take guests.',
        '┌ SLEEPING ──────────\n│ Cheap Rooms In Jurm And Kishim\n│ (two nights at most, bring cash).\n└────────────────────',
      ].join('\n\n'),
    );
    expect(story.mentions.map((m) => m.place)).toEqual(['AF1710', 'AF1715']);
    expect(story.sections).toEqual([]);
  });
});

// Bulleted links are chrome, not a list of text: a menu of bare names, a contents list, a share bar.
describe('bulleted links of a page', () => {
  const prose =
    'Wheat prices rose again this week as the mountain roads stayed shut and few lorries came down.';
  const mentionsOf = (parts: string[]) => readWithCountry(parts.join('\n\n')).mentions.map((m) => m.place);

  it('near miss: a dashed menu over the story, a bulleted section list over the footer: no places', () => {
    expect(
      mentionsOf(['Wheat climbs in the hills', '- Start\n- Baghlan\n- Takhar\n- Kunduz', prose]),
    ).toEqual([]);
    expect(
      mentionsOf([
        'Wheat climbs in the hills',
        prose,
        'Regions\n• Takhar\n• Baghlan',
        '© 2026 Hill Post. All rights reserved.',
      ]),
    ).toEqual([]);
  });

  it('near miss: a contents list of short titles, a share bar: no places', () => {
    expect(
      mentionsOf(['Wheat climbs in the hills', 'On this page\n• Baghlan Markets\n• Kunduz Mills', prose]),
    ).toEqual([]);
    expect(
      mentionsOf(['Wheat climbs in the hills', prose, '• Follow Takhar News\n• Share on Facebook']),
    ).toEqual([]);
  });
});

// Readers' comments under a post are not its reporting, whatever places they name. A comment box shows itself by
// its head ("Comments (2)", «نظرها») and each comment's frame: a head with the poster and "12 min ago", or a foot
// with its buttons and age under the comment ("Reply · Like 3", «۳ ساعت · لایک · پاسخ»).
describe('places in readers comments under a post', () => {
  const story =
    'The bridge reopened on Monday after the water fell, and the first lorries crossed into Imam Sahib by noon.';

  it('"Name R. · 12 min ago": a short unit with "ago" dates a comment head', () => {
    const page = readWithCountry(
      [
        'Bridge reopens',
        story,
        'Comments (2)',
        'Rahim K. · 12 min ago\nMy uncle in Rustaq says the road is dry now.',
        'Laila · 3 hrs ago\nAny news from Khwahan?',
      ].join('\n\n'),
    );
    expect(page.mentions.map((m) => m.place)).toEqual(['AF1905']);
  });

  it('a foot of buttons under each comment, in Dari and in English', () => {
    const dari = readWithCountry(
      [
        'پل باز شد',
        'پل پس از پایین آمدن آب دوباره باز شد و نخستین موترها تا چاشت به امام صاحب رسیدند.',
        'نظرها',
        'نسرین\nخانهٔ خواهرم در رستاق است، راه آنجا هم باز است؟',
        '۴ ساعت · لایک · پاسخ',
        'جاوید\nاز خواهان هم خبر بدهید.',
        '۲ ساعت · لایک · پاسخ',
      ].join('\n\n'),
    );
    expect(dari.mentions.map((m) => m.place)).toEqual(['AF1905']);
    const english = readWithCountry(
      [
        'Bridge reopens',
        story,
        'Comments',
        'Nasrin\nMy sister lives in Rustaq, is that road open too?',
        '4h · Like · Reply',
        'Javid\nAny news from Khwahan?',
        'Like 2 · Reply',
      ].join('\n\n'),
    );
    expect(english.mentions.map((m) => m.place)).toEqual(['AF1905']);
  });

  it('near miss: a post’s own bar offers to comment, so it is no comment’s foot', () => {
    expect(isCommentFoot('Like · Comment · Share')).toBe(false);
    expect(isCommentFoot('لایک · نظر · اشتراک‌گذاری')).toBe(false);
    expect(isCommentFoot('۴ ساعت · لایک · پاسخ')).toBe(true);
  });

  it('near miss: a story’s label and reading time, or a report button, is no comment’s foot', () => {
    expect(isCommentFoot('گزارش · ۵ دقیقه')).toBe(false);
    expect(isCommentFoot('Report · 6 minutes')).toBe(false);
  });

  it('near miss: without a comment box’s head, replies with feet are a thread’s text', () => {
    const thread = readWithCountry(
      [
        'Is the Rustaq road open?',
        'Nasrin\nMy sister lives in Rustaq and cannot reach the clinic.',
        '4h · Like · Reply',
        'Javid\nThe road past Khwaja Bahawuddin was clear this morning.',
        '2h · Like · Reply',
      ].join('\n\n'),
    );
    expect(thread.mentions.map((m) => m.place)).toContain('AF1814');
  });
});

// The names opening a table's rows, row after row, are one column. A column that holds a name which is no word
// (Taloqan) is a column of places, so its names that are also words (جرم "crime", چاه آب "a water well", Chal) are
// places too, whether the cells are split by tabs, bars or runs of spaces.
describe('a name that is also a word, in a column of places', () => {
  const prices = (rows: string[]) =>
    readWithCountry(
      ['نرخ‌ها', 'نرخ آرد و روغن در بازارهای ولسوالی‌ها این هفته باز هم بالا رفت.', rows.join('\n')].join(
        '\n\n',
      ),
    );

  it('tabs, bars and spaced columns, in Dari', () => {
    const tabbed = prices(['بازار\tآرد\tروغن', 'رستاق\t۱۶۴۰\t۵۸۵', 'چاه آب\t۱۷۱۰\t۶۰۵']);
    expect(tabbed.mentions.map((m) => m.place)).toEqual(['AF1810', 'AF1816']);
    const barred = prices(['| بازار | آرد |', '| کشم | ۱۷۹۵ |', '| جرم | ۱۸۶۰ |', '| شهر بزرگ | ۱۹۹۰ |']);
    expect(barred.mentions.map((m) => m.place)).toEqual(['AF1715', 'AF1710', 'AF1713']);
    const spaced = prices(['بازار     آرد', 'خواهان    ۲۲۴۰', 'فیض آباد  ۱۸۳۵']);
    expect(spaced.mentions.map((m) => m.place)).toEqual(['AF1720', 'AF1701']);
  });

  it('in English', () => {
    const story = readWithCountry(
      [
        'Fuel prices',
        'Diesel rose again this week in the district markets.',
        'Market | Diesel\nPul-e-Khumri | 71\nChal | 74',
      ].join('\n\n'),
    );
    expect(story.mentions.map((m) => m.place)).toEqual(['AF0901', 'AF1805']);
  });

  it('near miss: a column of words only, and a word opening a prose line, stay words', () => {
    expect(prices(['نوع\tشمار', 'جرم\t۱۲', 'شهدا\t۴']).mentions).toEqual([]);
    const prose = readWithCountry(
      ['گزارش', 'در تالقان نرخ آرد بالا رفت.', 'جرم  را باید پیگیری کرد.'].join('\n\n'),
    );
    expect(prose.mentions.map((m) => m.place)).toEqual(['AF1801']);
  });

  it('near miss: a language in a column under places is no place', () => {
    const story = readWithCountry(
      [
        'School books',
        'New primers reached the district schools this month, in each language the pupils speak.',
        'Primer | Copies\nTaloqan | 640\nFarsi | 410',
      ].join('\n\n'),
    );
    expect(story.mentions.map((m) => m.place)).toEqual(['AF1801']);
  });
});
