// Round ten, quotation side (and its review items), with sentences made up for the test.
import { describe, expect, it } from 'vitest';
import { calledIntroductions } from './anonymous.ts';
import { writerSubject } from './dari-attribution.ts';
import { ingestUnderHeadline, placesOf, readWithCountry, speakerOf } from './test-helpers.ts';

describe('occupantBefore: a trade «در» a district far from the map cues the name', () => {
  it('links a district far from the map after a shopkeeper or a driver «در» it, and not without one', () => {
    expect(placesOf(readWithCountry('احمد، دکاندار در بگرام، گفت که قیمت آرد بالا رفته است.'))).toEqual([
      ['بگرام', 'AF0302'],
    ]);
    expect(
      placesOf(readWithCountry('نجیب، کارمند یک شرکت ساختمانی در شکردره، گفت که کار کم شده است.')),
    ).toEqual([['شکردره', 'AF0106']]);
    expect(placesOf(readWithCountry('مهمانان از بگرام آمده بودند و شب ماندند.'))).toEqual([]);
  });
});

describe('a scare quote after "Sceptics", "critics": a view held by nobody in particular', () => {
  it('gives what sceptics or critics are said to say to no one, and the next quotation to its speaker', () => {
    const story = ingestUnderHeadline([
      'The mill reopened in June.',
      'Sceptics had long said "the mill will never grind again". The owner, Engineer Karim Sadiq, opened the gates. "We bought it back," he said.',
      'The road opened in August. Critics called it "a road to nowhere" for years.',
    ]);
    expect(speakerOf(story, 'the mill will never')).toBeNull();
    expect(speakerOf(story, 'a road to nowhere')).toBeNull();
    expect(speakerOf(story, 'We bought it back')).toBe('Engineer Karim Sadiq');
  });
});

describe('"a teacher called X" in mid-sentence introduces X as the speaker', () => {
  it('calledIntroductions: the subject of its clause, not an object, a list item or an appositive', () => {
    const names = (t: string) => calledIntroductions(t).map((c) => [c.phrase, c.name]);
    expect(names('Past the mill, in the upper village, a nurse called Shirin led us to the clinic.')).toEqual(
      [['a nurse', 'Shirin']],
    );
    expect(
      names('At the ferry an old boatman named Rahim Dad ties up. In the village, a farmer named Wahid sat.'),
    ).toEqual([['a farmer', 'Wahid']]);
    expect(names('We met a farmer named Wahid at the bridge.')).toEqual([]);
    expect(names('Their landlord, a retired clerk named Iqbal, had known them for years.')).toEqual([]);
    expect(
      names('Three families, among them a baker named Noor Ali and his cousins, stayed behind.'),
    ).toEqual([]);
  });

  it('gives the "she said" and the quotation after it to the person so named', () => {
    const story = ingestUnderHeadline([
      'The road ends at the river.',
      'Beyond the bridge, at the last hamlet, a nurse called Shirin showed us the room where mothers wait. "If the road comes, the women can reach the hospital," she said. "The trucks stopped in October."',
      'In the bazaar, a trader named Wahid Jan counts his sacks. "Flour costs double since the rains," he said.',
    ]);
    expect(speakerOf(story, 'If the road comes')).toBe('Shirin');
    expect(speakerOf(story, 'The trucks stopped')).toBe('Shirin');
    expect(speakerOf(story, 'Flour costs double')).toBe('Wahid Jan');
  });
});

describe('a role quoted first and named in the paragraph after ("The official, Engineer Name, said")', () => {
  it('gives the role\'s "he said" to the person the next paragraph names by the role, a synonym or "the official"', () => {
    const story = ingestUnderHeadline([
      'Bees are a living here.',
      'Haji Karim Dad keeps sixty hives on the slope. "The thyme is the secret," he said.',
      'The chief of the honey unit at the district office of livestock reckons that the valley sells four tonnes a season. "Maybe ninety families live from it," he said at his desk.',
      'The official, Engineer Wahid Nazari, said his department had handed out new hives.',
      'The chief of the district hospital worries about the winter. "We have fuel for one month," she said.',
      'The director, Dr Farida Amiri, has run the hospital since the floods.',
    ]);
    expect(speakerOf(story, 'ninety families')).toBe('Engineer Wahid Nazari');
    expect(speakerOf(story, 'fuel for one month')).toBe('Dr Farida Amiri');
  });

  it("does not give a farmer's words to the official the next paragraph names", () => {
    const story = ingestUnderHeadline([
      'Bees are a living here.',
      'Haji Karim Dad keeps sixty hives on the slope. "The thyme is the secret," he said.',
      'The farmer with the most hives in the valley sells them in town. "Nobody buys in winter," he said.',
      'The official, Engineer Wahid Nazari, said his department had handed out new hives.',
    ]);
    // The farmer with the most hives is the beekeeper the paragraph before named, never the official after.
    expect(speakerOf(story, 'Nobody buys')).toBe('Haji Karim Dad');
  });
});

const MILL = [
  'آسیاب‌های کهنه',
  'صبح زود در کنار جوی، پیرمردی با دستار سفید سنگ آسیاب را پاک می‌کند.',
  '«این سنگ را پدرم از بدخشان آورده بود،» می‌گوید.',
  'نام او حاجی نادر است، ۸۰ ساله، و مردم قریه او را بابه نادر صدا می‌کنند.',
  'کریم‌الله، نواسهٔ ۱۸ سالهٔ حاجی نادر، در مکتب درس می‌خواند و عصرها به آسیاب می‌آید.',
  'پیرمرد به کریم‌الله نگاه می‌کند که آرد را در خریطه می‌ریزد.',
  '«او درس می‌خواند، من آرد می‌کنم،» می‌گوید.',
];
const BREAD = [
  'بازار کهنه',
  'کنار دروازهٔ بازار، زنی میانسال با چادر آبی نان خشک می‌فروشد.',
  'نامش گل‌بی‌بی است و بیست سال است که در همین جا می‌نشیند.',
  '«مردم حالا کمتر نان خشک می‌خرند،» می‌گوید.',
  'شکریه، دختر ۱۴ سالهٔ گل‌بی‌بی، پول‌ها را می‌شمارد.',
  'این زن به شکریه اشاره می‌کند که کنار او نشسته است.',
  '«او باید مکتب برود، نه بازار،» می‌گوید.',
];

describe('a Dari feature describes a person first («پیرمردی …») and names them a paragraph later', () => {
  it('findDariDescribedThenNamed: «نام او X است» / «نامش X است» names the one described just before', () => {
    expect(speakerOf(ingestUnderHeadline(MILL), 'این سنگ را پدرم')).toBe('حاجی نادر');
    expect(speakerOf(ingestUnderHeadline(BREAD), 'مردم حالا کمتر')).toBe('گل‌بی‌بی');
  });

  it('describedSubjectOf: «پیرمرد» / «این زن» opening the sentence before is the speaker, not the name after it', () => {
    expect(speakerOf(ingestUnderHeadline(MILL), 'او درس می‌خواند')).toBe('حاجی نادر');
    expect(speakerOf(ingestUnderHeadline(BREAD), 'او باید مکتب')).toBe('گل‌بی‌بی');
  });

  it('a district («مرکز ولسوالی») inside a clause describes no one', () => {
    const story = ingestUnderHeadline([
      'سرک تازه',
      'در مرکز ولسوالی سرک تازه ساخته شده است.',
      'نام او حاجی نادر است و دکان دارد.',
    ]);
    expect(story.speakers.find((s) => s.name === 'حاجی نادر')?.description ?? '').toBe('');
  });
});

describe('«به گفتهٔ پسرش»: a kin word with "his/her" is the one relative the text describes so', () => {
  it('gives the words to the son or the daughter named before, never to the parent', () => {
    const son = ingestUnderHeadline([
      'یاد یک معلم',
      'استاد عبدالرحیم چهل سال در مکتب قریه درس داد.',
      'نجیب‌الله رحیمی، پسر بزرگ او که خودش انجنیر است، می‌گوید پدرش هیچ روز مکتب را رخصت نکرد.',
      'او هر زمستان از دره تا مکتب پیاده می‌رفت و به گفتهٔ پسرش، «برف را بهتر از کتاب می‌شناخت».',
    ]);
    expect(speakerOf(son, 'برف را بهتر')).toBe('نجیب‌الله رحیمی');
    const daughter = ingestUnderHeadline([
      'یاد یک قابله',
      'بی‌بی زرغونه سی سال در ولسوالی قابله بود.',
      'مریم، دختر کوچک او، می‌گوید مادرش شب‌ها هم به خانهٔ مریض‌ها می‌رفت.',
      'بی‌بی زرغونه هیچ‌وقت پول نخواست و به گفتهٔ دخترش، «هر طفل قریه را به نام می‌شناخت».',
    ]);
    expect(speakerOf(daughter, 'هر طفل قریه')).toBe('مریم');
  });

  it('kinHolder: no one when the text describes two sons', () => {
    const story = ingestUnderHeadline([
      'یاد یک معلم',
      'نجیب‌الله، پسر بزرگ او، در کابل است و حمیدالله، پسر کوچک او، در قریه مانده است.',
      'به گفتهٔ پسرش، «پدرم کتاب‌هایش را به مکتب بخشید».',
    ]);
    expect(speakerOf(story, 'پدرم کتاب‌هایش')).toBe('پسرش');
  });
});

describe('"introduced himself as Name": the person named where they give their name', () => {
  it('gives the "he told me" after the introduction to that person, not to the one named before', () => {
    const officer = ingestUnderHeadline([
      'The pass is open.',
      'Mir Wahid runs the teahouse by the gate. "Business is slow," he said.',
      'At the gallery I met the officer of the night shift, a tall man with a radio. He introduced himself as Karim Dad Nazari and said he had worked there for years.',
      '"Inside, you keep moving," he told me.',
    ]);
    expect(speakerOf(officer, 'Inside, you keep')).toBe('Karim Dad Nazari');
    const nurse = ingestUnderHeadline([
      'The clinic reopened.',
      'Mir Wahid guards the gate. "Nobody came for a week," he said.',
      'Inside, a nurse in a blue scarf introduces herself as Farida Sultani. She has worked on the ward since spring.',
      '"We have no heating at night," she says.',
    ]);
    expect(speakerOf(nurse, 'no heating at night')).toBe('Farida Sultani');
  });
});

describe("«در این پیام نوشته است: «…»»: a letter or a statement is its author's", () => {
  it("gives the message to the person named with a role, or to the pronoun's person", () => {
    const statement = ingestUnderHeadline([
      'سوگ',
      'ادارهٔ صحت عامه با فرستادن پیامی به خانواده‌اش همدردی کرد. عبدالصمد نوری، رئیس صحت عامهٔ ولایت، در این پیام نوشته است: «او چهل سال معلم این ولایت بود.»',
    ]);
    expect(speakerOf(statement, 'چهل سال معلم')).toBe('عبدالصمد نوری');
    const letter = ingestUnderHeadline([
      'نامه',
      'حاجی نورالله، موسفید قریه، به والی نامه فرستاد. او در این نامه نوشته است: «سرک ما سه سال است خراب است.»',
    ]);
    expect(speakerOf(letter, 'سرک ما سه سال')).toBe('حاجی نورالله');
  });

  it('writerSubject: a sign on a wall has no writer', () => {
    expect(writerSubject('دیوارش کهنه است، سقفش چکه می‌کند، و روی دیوار کسی با رنگ سرخ ')).toBe(false);
    expect(writerSubject('روی دروازهٔ مکتب ')).toBe(false);
    expect(writerSubject('عبدالصمد نوری، رئیس معارف ولایت، در این پیام ')).toBe(true);
  });
});

describe('review of the tenth round: «نام این …» names a person only after a role word', () => {
  it('does not make a village named after a description a speaker', () => {
    const story = ingestUnderHeadline([
      'بازار',
      'مردی از ولسوالی امام صاحب به بازار آمد.',
      'نام این روستا سرآب است و «آب ما خشک شده» گفت.',
    ]);
    expect(speakerOf(story, 'آب ما خشک')).toBeNull();
  });
});
