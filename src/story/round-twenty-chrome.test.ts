import { describe, expect, it } from 'vitest';
import { placesOf, readWithCountry } from './test-helpers.ts';

// Round twenty's page furniture told by its shape: a byline over a reading time, a station's ident, a notice
// box of fields, a columnist's closing line, a social page's comments and shares. Places in them do not link,
// while the story's own short lines (a subhead, a correction, a post's heading, a key point) still do. Every
// wording here is new; each class has a near miss that must still link.
const read = (...paras: string[]) => readWithCountry(['Headline of the page', '', ...paras].join('\n\n'));
const linked = (...paras: string[]) => placesOf(read(...paras)).map(([text, id]) => `${text}=${id}`);

const STORY = 'Floods reached Archi on Monday and families moved to higher ground near Taloqan.';
const STORY_DA = 'سیلاب روز دوشنبه به ارچی رسید و خانواده‌ها به بلندی‌های نزدیک تالقان رفتند.';
const BARE = ['Archi=AF1906', 'Taloqan=AF1801'];
const BARE_DA = ['ارچی=AF1906', 'تالقان=AF1801'];

/** Furniture: the page links only the story's two places. */
const furniture = (name: string, paras: string[], bare = BARE): void => {
  it(`links nothing in ${name}`, () => expect(linked(...paras)).toEqual(bare));
};
/** Story text: the place still links. */
const story = (name: string, paras: string[], place: string): void => {
  it(`still links ${name}`, () => expect(linked(...paras)).toContain(place));
};

describe('a byline over its date and reading time', () => {
  furniture('an English writer line over a reading time', [
    'Sayed Omid Hashimi, Faizabad\n12 December 2026 · 4 min read',
    STORY,
  ]);
  furniture(
    'a Dari writer line over a reading time',
    ['حمیدالله نوری – بغلان\n۳ جدی ۱۴۰۵ | ۶ دقیقه مطالعه', STORY_DA],
    BARE_DA,
  );
  furniture('a one-line byline with a reading time', [
    'Farida Ahmadi – Kunduz | 3 March 2026 | 6 min read',
    STORY,
  ]);
  story(
    'a sentence that gives a reading time',
    [STORY, 'Readers in Kunduz province spend 6 min reading the paper, a survey found.'],
    'Kunduz province=AF19',
  );
});

describe("a station's ident", () => {
  furniture('an English ident', ['Radio Sada-e-Kokcha – 101.4 FM – Faizabad\nMorning news, 8 am', STORY]);
  furniture('a Dari ident', ['رادیو صدای کوکچه – ۱۰۱.۴ اف‌ام – فیض‌آباد', STORY_DA], BARE_DA);
  story(
    'a sentence about the station',
    [STORY, 'The station broadcasts on 101.4 FM from Faizabad to the villages of Argo.'],
    'Faizabad=AF1701',
  );
});

describe('a notice box of fields', () => {
  furniture('a meeting notice', [
    STORY,
    'NEXT SESSION: Sunday 14 June, district hall, Khanabad. Open to all.',
  ]);
  furniture('a venue box', [STORY, 'Venue: Central Stadium, Kunduz · Kick-off: 15:00']);
  furniture('a Dari venue box', [STORY_DA, 'محل: تالار ولایت، فیض‌آباد | زمان: ساعت ۱۰ صبح'], BARE_DA);
  story(
    'a label opening a sentence',
    [STORY, 'Next session: the council in Khanabad will vote on the budget.'],
    'Khanabad=AF1904',
  );
});

describe("a columnist's closing line", () => {
  furniture(
    'a Dari writer note under a rule',
    [STORY_DA, '—', 'نوریه احمدی نویسنده و باشندهٔ شهر کندز است.'],
    BARE_DA,
  );
  furniture(
    'a Dari writer note with its disclaimer',
    [STORY_DA, 'ذبیح‌الله سروری استاد دانشگاه و باشندهٔ بغلان است. نظرات او لزوماً دیدگاه ما نیست.'],
    BARE_DA,
  );
  story(
    'a resident described in the story',
    ['پدرش معلم و باشندهٔ ولسوالی خان‌آباد است.', STORY_DA],
    'خان‌آباد=AF1904',
  );
});

describe("a social page's comments and shares", () => {
  furniture('a Dari comment', [STORY_DA, '💬 نجیبه: برای خان‌آباد هم کمک بفرستید.'], BARE_DA);
  furniture('an English comment', [STORY, '💬 Zabi_K: send some to Imam Sahib too please']);
  furniture('a Dari shared-from line', [STORY_DA, '🔁 بازنشر از: ریاست معارف تخار'], BARE_DA);
  furniture('an English shared-from line', [STORY, '🔁 Shared from: Kunduz Public Health Directorate']);
  story(
    "a post's own emoji-led line",
    [STORY_DA, '💧 آب آشامیدنی به قریه‌های خان‌آباد رسید.'],
    'خان‌آباد=AF1904',
  );
});

describe("the story's own short lines", () => {
  it('links both places of a correction notice', () => {
    const fix =
      'Correction: An earlier version of this article said the bridge was in Rustaq. It is in Chah Ab.';
    expect(linked(STORY, fix)).toEqual([...BARE, 'Rustaq=AF1810', 'Chah Ab=AF1816']);
  });
  story(
    'an English subhead',
    [STORY, 'Anger in Khanabad', 'Shopkeepers closed their doors on Tuesday.'],
    'Khanabad=AF1904',
  );
  story(
    'a subhead that says where, in other words',
    [
      STORY,
      'Fear returns to Yangi Qala',
      'Families who had come home in spring packed their carts again on Sunday.',
    ],
    'Yangi Qala=AF1817',
  );
  story(
    'a Dari subhead',
    [STORY_DA, 'واکنش‌ها در فیض‌آباد', 'دکانداران روز سه‌شنبه دکان‌ها را بستند.'],
    'فیض‌آباد=AF1701',
  );
  story(
    "a channel post's heading",
    [STORY_DA, '🔴 فوری | سیلاب در ولسوالی نهرین', 'شب گذشته سیلاب ده خانه را برد.'],
    'نهرین=AF0904',
  );
  story(
    'a key point over a button',
    [STORY, '• Tremors were also felt in Rustaq and Yangi Qala.\n\nLoad more updates ▾'],
    'Rustaq=AF1810',
  );
});

describe('a labelled list of who spoke or whom to call', () => {
  furniture("an event's speakers, a name and a role a line", [
    STORY,
    'Speakers:\nNadia Rahimi, researcher; formerly with the irrigation office in Khanabad\nProf. Omid Sharifi, Kabul University',
  ]);
  furniture(
    "a Dari release's contact block",
    [STORY_DA, 'برای معلومات بیشتر:\nدفتر اطلاعات و فرهنگ ولایت بغلان\nشماره تماس: ۰۷۰۰ ۱۱۱ ۲۲۲'],
    BARE_DA,
  );
  story(
    'sentences under the same label',
    [
      STORY,
      'Participants:\nFarmers from Khanabad said the water came late. They asked the council for seed.',
    ],
    'Khanabad=AF1904',
  );
});

describe("a channel post's signature over its view counter", () => {
  furniture('a Dari office signature', [STORY_DA, '✍️ دفتر مطبوعاتی ولایت کندز\n👁 1.2K  09:15'], BARE_DA);
  furniture("an English page's signature and handle", [
    STORY,
    '📌 Kunduz Municipality official page\n🆔 @kunduzmun\n👁 950  18:02',
  ]);
  story(
    "a one-line post under the last post's counter",
    [STORY_DA + '\n👁 2.0K  08:00', '🚰 آب آشامیدنی به قریه‌های خان‌آباد رسید\n👁 1.1K  10:00'],
    'خان‌آباد=AF1904',
  );
});

describe("a byline stacked as name and role, and a report's time stamp", () => {
  furniture(
    "a Dari name over a reporter's desk",
    ['مریم احمدی\nخبرنگار بخش تخار\n۲۰ ثور ۱۴۰۵', STORY_DA],
    BARE_DA,
  );
  furniture("an English name over a correspondent's desk", [
    'Sahar Noori\nCorrespondent, Kunduz desk',
    STORY,
  ]);
  furniture("a situation report's stamp", [STORY, 'As of 3 December 2026, 16:00 (Kabul time)']);
  story(
    'a reporter who opens a sentence',
    [STORY_DA, 'خبرنگار ما در ولسوالی خان‌آباد دید که آب تا زانو رسیده است.'],
    'خان‌آباد=AF1904',
  );
  story(
    'a sentence that gives a date',
    [STORY, 'As of 3 December 2026, families in Rustaq had received no tents, officials said.'],
    'Rustaq=AF1810',
  );
});

describe('a headline over its translation, alone in the first block', () => {
  /** A page with no headline of the helper's: its own first block is read. */
  const page = (...paras: string[]) =>
    placesOf(readWithCountry(paras.join('\n\n'))).map(([text, id]) => `${text}=${id}`);
  it('links nothing in an English headline over its Dari', () => {
    expect(
      page(
        'Wheat prices climb in Kunduz as the border stays shut\nنرخ گندم در کندز با بسته ماندن مرز بالا رفت',
        'By Omid Karimi | 3 May 2026',
        STORY,
      ),
    ).toEqual(BARE);
  });
  it('links nothing in a Dari headline over its English', () => {
    expect(
      page(
        'پل خان‌آباد پس از سیلاب دوباره باز شد\nKhanabad bridge reopens after the flood',
        'Shamal Weekly | 3 May 2026',
        STORY,
      ),
    ).toEqual(BARE);
  });
  it('still links a bilingual first paragraph', () => {
    expect(page('Floods reached Khanabad on Monday.\nسیلاب روز دوشنبه به خان‌آباد رسید.', STORY)).toContain(
      'Khanabad=AF1904',
    );
  });
});

describe("a show's name and tagline", () => {
  furniture('an English podcast tagline', [
    'RIVER TALK — a weekly podcast about farming along the Kokcha in Badakhshan',
    STORY,
  ]);
  furniture(
    'a Dari programme tagline',
    ['صدای دهقان – برنامه‌ای هفتگی دربارهٔ زراعت در ولسوالی رستاق', STORY_DA],
    BARE_DA,
  );
  story(
    'a sentence that names a show',
    [STORY, 'The show — a weekly programme about farming in Rustaq — began in 2019.'],
    'Rustaq=AF1810',
  );
});

// Review near misses: ordinary copy in the shapes of the furniture above, which must still link.
describe('ordinary copy in the shape of furniture', () => {
  story(
    "a channel post's quoted official under a speech pictograph",
    [STORY_DA, '💬 والی بغلان: «به خانواده‌های آسیب‌دیده در نهرین و برکه کمک می‌رسانیم.»'],
    'برکه=AF0910',
  );
  story(
    'a role before the colon under a speech pictograph',
    [STORY, '💬 Health director: clinics in Burka and Nahrin remain open.'],
    'Burka=AF0910',
  );
  story(
    'a sentence round a frequency',
    [STORY, 'Radio Roshani – 93.1 FM – went off air in Khanabad.'],
    'Khanabad=AF1904',
  );
  story(
    'a Dari headline round a frequency',
    [STORY_DA, 'رادیو روشنی – ۹۳.۱ اف‌ام – در خان‌آباد خاموش شد', 'مالک رادیو گفت که فرستنده ضبط شده است.'],
    'خان‌آباد=AF1904',
  );
  story(
    'a "next" label that is no sitting',
    [STORY, 'Next stop: Rustaq and Chah Ab.', 'The convoy left on Tuesday.'],
    'Rustaq=AF1810',
  );
  story(
    'a Dari "next step" subhead',
    [STORY_DA, 'گام بعدی: بازسازی پل در خان‌آباد', 'مسئولان می‌گویند کار بازسازی از هفتهٔ آینده آغاز می‌شود.'],
    'خان‌آباد=AF1904',
  );
  story(
    'a subhead opening on "As of"',
    [STORY, 'As of 2026, Burka still has no bridge', 'Residents cross the river on a rope.'],
    'Burka=AF0910',
  );
  story(
    'a Dari line opening on «وضعیت تا»',
    [STORY_DA, 'وضعیت تا ۱۲ قوس ۱۴۰۵ در نهرین و برکه بحرانی است', 'مردم به کمک نیاز دارند.'],
    'برکه=AF0910',
  );
  story(
    'a dash over "a show for"',
    [STORY, 'Parade in Khanabad – a show for the cameras', 'Shopkeepers closed their doors on Tuesday.'],
    'Khanabad=AF1904',
  );
  story(
    'a Dari dash over «برنامه‌ای برای»',
    [
      STORY_DA,
      'کمک‌های غذایی – برنامه‌ای برای خانواده‌های نهرین و برکه',
      'این برنامه از سوی ادارهٔ ملی اجرا می‌شود.',
    ],
    'برکه=AF0910',
  );
  story(
    'a sentence under a speakers label',
    [STORY, 'Participants:\nMore than 200 farmers from Khanabad and Rustaq attended the meeting'],
    'Rustaq=AF1810',
  );
  story(
    'a Dari sentence under a participants label',
    [STORY_DA, 'اشتراک‌کنندگان:\nبیش از دوصد دهقان از خان‌آباد و رستاق در این نشست اشتراک کردند'],
    'رستاق=AF1810',
  );
  story(
    "a minutes' roll of members and their seats",
    [STORY_DA, 'حاضرین:\nالحاج عبدالقیوم نظری – رئیس شورا – شهر کندز\nمولوی غلام سخی حیدری – امام صاحب'],
    'امام صاحب=AF1905',
  );
  story(
    "a post's own list over its view counter",
    [STORY_DA, 'ولسوالی‌های متاثر:\nورسج\nفرخار\n👁 2.4K 10:30'],
    'فرخار=AF1808',
  );
  story(
    "a post's short lines over its view counter",
    [STORY_DA, 'سیلاب در نهرین\nده خانه در ولسوالی برکه ویران شد\n👁 1.2K 09:15'],
    'برکه=AF0910',
  );
  story(
    'a kicker over a headline on a reporter',
    ['Press Freedom\nReporter detained in Rustaq', STORY],
    'Rustaq=AF1810',
  );
  story(
    "a name over a sentence's reporter",
    [STORY, 'Ahmad Shah Noori\nreporter in Khanabad for twenty years', 'He said the road was gone.'],
    'Khanabad=AF1904',
  );
  story(
    "a teacher in the story's last line",
    [STORY_DA, 'پدر او آموزگار مکتبی در ولسوالی رستاق است.'],
    'رستاق=AF1810',
  );
  story(
    "a craftsman in the story's last line",
    [STORY_DA, 'کریم استاد نجار در بازار خان‌آباد است.'],
    'خان‌آباد=AF1904',
  );
});

describe("a media box's label between paragraphs", () => {
  furniture('a video label that says where', [
    STORY,
    'Video from Khanabad',
    'Shopkeepers closed their doors on Tuesday in the old bazaar.',
  ]);
  furniture('a map label with its colon', [
    STORY,
    'Map: Flooded areas in Rustaq',
    'Shopkeepers closed their doors on Tuesday in the old bazaar.',
  ]);
});
