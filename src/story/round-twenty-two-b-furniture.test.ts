import { describe, expect, it } from 'vitest';
import { placesOf, readWithCountry } from './test-helpers.ts';

// Round 22b, page furniture: fresh wordings (not from the dev or set-22 articles) of the lines newsrooms paste round
// a story — a roundup's item heads, a mailing's foot, an outlet's tagline, a funder's note, a release's headline, a
// wire byline with a co-writer, an interview's quoted headline — each with a near miss that must still link.
const page = (...paras: string[]) => readWithCountry(paras.join('\n\n'));
const namesOf = (...paras: string[]) => placesOf(page(...paras)).map(([text]) => text);
const names = (...paras: string[]) => namesOf('Headline of the page', ...paras);

const STORY = 'Floods reached Archi on Monday and families moved to higher ground, officials said.';

describe("a roundup's item heads", () => {
  it('reads "PLACE | HEAD IN CAPITALS" over its item as the text', () => {
    const got = names(
      'Here is what happened across the north this week, in short.',
      'FARKHAR | SCHOOL ROOF FINISHED BEFORE THE SNOW',
      "Builders finished the new roof of the girls' school on Monday, the education department said.",
      'BADAKHSHAN | CLINIC REOPENS IN JURM',
      'The clinic closed by the floods in May reopened on Wednesday with two midwives, health officials said.',
    );
    expect(got).toEqual(['FARKHAR', 'BADAKHSHAN', 'JURM']);
  });
  it('reads numbered item heads with a colon', () => {
    const got = names(
      'Three stories from the provinces this morning.',
      '1. KISHIM: WHEAT SEED ARRIVES LATE',
      'Farmers waited two weeks for the seed the ministry had promised in October, the cooperative said.',
      '2. TALOQAN: A NEW BUS STATION',
      'The municipality opened a covered bus station on the eastern edge of the city on Sunday morning.',
    );
    expect(got).toEqual(['KISHIM', 'TALOQAN']);
  });
  it('reads sentence-case item heads with an en dash', () => {
    const got = names(
      'The week in the north, item by item.',
      'Baghlan – Coal trucks queue at the Doshi weighbridge',
      'Drivers said they waited two nights at the new scales while inspectors weighed every load by hand.',
      'Kunduz – Rice prices fall after the harvest',
      'Traders in the main bazaar said a sack of rice now sells for a fifth less than in the summer.',
    );
    expect(got).toEqual(expect.arrayContaining(['Baghlan', 'Doshi', 'Kunduz']));
  });
  it('reads Dari item heads with a bar', () => {
    const got = names(
      'خلاصهٔ رویدادهای هفته در ولایات شمال را در این‌جا بخوانید.',
      'تخار | کشتی درقد دوباره به راه افتاد',
      'پس از پایین آمدن آب دریا، کشتی مسافربری روز سه‌شنبه دوباره کار خود را آغاز کرد و مردم از آن استقبال کردند.',
      'بغلان | صف موترهای زغال در دوشی',
      'رانندگان موترهای باربری می‌گویند که برای وزن کردن بار خود دو شب در کنار سرک منتظر می‌مانند.',
    );
    expect(got).toEqual(expect.arrayContaining(['تخار', 'درقد', 'بغلان', 'دوشی']));
  });
  it("near miss: a site's menu of places over the headline stays navigation", () => {
    const got = namesOf('HOME | KUNDUZ | TAKHAR | OPINION', 'Floods cut the road to Archi', STORY);
    expect(got).toEqual(['Archi']);
  });
  it('near miss: a footer of office towns in capitals stays chrome', () => {
    const got = names(STORY, 'Our offices: KABUL | KUNDUZ | TAKHAR');
    expect(got).toEqual(['Archi']);
  });
});

describe("a mailing's foot", () => {
  it('reads the subscription notice with its links and office towns as chrome', () => {
    const got = names(
      STORY,
      'You received this email because you signed up for our weekly letter. Manage preferences · Unsubscribe · Taloqan · Faizabad',
    );
    expect(got).toEqual(['Archi']);
  });
  it('reads a Dari subscription foot as chrome', () => {
    const got = names(
      'سیلاب روز دوشنبه به ولسوالی ارچی رسید و خانواده‌ها به جاهای بلند رفتند.',
      'این خبرنامه را به این دلیل دریافت می‌کنید که در سایت ما مشترک شده‌اید. لغو اشتراک | ارسال برای دوستان | کابل · کندز',
    );
    expect(got).toEqual(['ارچی']);
  });
  it('near miss: a story sentence about unsubscribing still links', () => {
    const got = names(
      'Families in Kunduz who want to unsubscribe from the flood alerts can reply STOP, the agency said.',
    );
    expect(got).toEqual(['Kunduz']);
  });
});

describe("an outlet's tagline at the foot", () => {
  it('reads "Name — independent news from …" as the tagline', () => {
    const got = names(STORY, 'The Kokcha Dispatch — independent news from Badakhshan and the Pamirs');
    expect(got).toEqual(['Archi']);
  });
  it('reads "Name · reporting from … since …" as the tagline', () => {
    const got = names(STORY, 'Shamal Weekly · reporting from northern Afghanistan since 2011');
    expect(got).toEqual(['Archi']);
  });
  it('reads a Dari tagline as the tagline', () => {
    const got = names(
      'سیلاب روز دوشنبه به ولسوالی ارچی رسید و خانواده‌ها به جاهای بلند رفتند.',
      'صدای کوکچه – گزارش‌های مستقل از بدخشان',
    );
    expect(got).toEqual(['ارچی']);
  });
  it('near miss: a closing sentence about independent reporting still links', () => {
    const got = names(STORY, 'Independent reporting from Badakhshan remains rare, she said.');
    expect(got).toEqual(['Archi', 'Badakhshan']);
  });
});

describe("a funder's note under the story", () => {
  it('reads "Travel for this story was paid for by …" as a note', () => {
    const got = names(
      STORY,
      'Travel for this story was paid for by the Northern Media Fund, which supports reporting in Takhar and Badakhshan.',
    );
    expect(got).toEqual(['Archi']);
  });
  it('reads "This article was produced with support from …" as a note', () => {
    const got = names(
      STORY,
      'This article was produced with support from a fellowship for local journalism in Kunduz.',
    );
    expect(got).toEqual(['Archi']);
  });
  it('reads a Dari funding note as a note', () => {
    const got = names(
      'سیلاب روز دوشنبه به ولسوالی ارچی رسید و خانواده‌ها به جاهای بلند رفتند.',
      'این گزارش با حمایت مالی صندوق رسانه‌های محلی برای خبرنگاری در ولایات شمال افغانستان تهیه شده است.',
    );
    expect(got).toEqual(['ارچی']);
  });
  it("near miss: the story's last sentence about a grant still links", () => {
    const got = names(
      STORY,
      'The new school was built with support from a grant for rural schools in Takhar, the director said.',
    );
    expect(got).toEqual(['Archi', 'Takhar']);
  });
});

describe("a release's headline under its labels", () => {
  it('reads a headline opening with a figure as the title', () => {
    const story = page(
      'NORTHERN RELIEF NETWORK',
      'PRESS RELEASE',
      'For immediate release',
      '12 clinics in Badakhshan get winter stocks before the snow',
      'FAIZABAD, 3 December 2026 – The Northern Relief Network has delivered medicine to twelve clinics in Badakhshan province ahead of the winter.',
    );
    expect(story.meta.title).toBe('12 clinics in Badakhshan get winter stocks before the snow');
    expect(placesOf(story).map(([t]) => t)).toEqual(['FAIZABAD', 'Badakhshan province']);
  });
  it('near miss: a release whose first paragraph opens with a figure still reads it', () => {
    const story = page(
      'Winter stocks reach the mountain clinics',
      '12 clinics in Badakhshan received medicine this week, the network said in a statement on Tuesday.',
    );
    expect(placesOf(story).map(([t]) => t)).toEqual(['Badakhshan']);
  });
});

describe('a wire byline with a co-writer', () => {
  it('reads "by Name SURNAME, with Name SURNAME in Town" as the byline', () => {
    const got = namesOf(
      'Ferry sinks on the Panj, six missing',
      'by Mariam SADAT, with Tom HARDY in Kabul',
      'FAIZABAD, Afghanistan, March 3, 2026 (AEP) - Six people were missing after a ferry sank in Darqad, police said.',
    );
    expect(got).not.toContain('Kabul');
    expect(got).toContain('Darqad');
  });
  it('reads "By Name SURNAME and Name SURNAME in Town" as the byline', () => {
    const got = namesOf(
      'Ferry sinks on the Panj, six missing',
      'By Ahmad Zia RAHIMI and Julia BERG in Mazar-i-Sharif',
      'FAIZABAD, Afghanistan, March 3, 2026 (AEP) - Six people were missing after a ferry sank in Darqad, police said.',
    );
    expect(got).not.toContain('Mazar-i-Sharif');
    expect(got).toContain('Darqad');
  });
  it('near miss: a sentence of the story with "with … in Kabul" still links', () => {
    const got = names(STORY, 'She travelled with Claire Duval in Kabul to meet the minister on Tuesday.');
    expect(got).toContain('Kabul');
  });
});

describe("an interview's quoted headline", () => {
  it('reads «quotation»؛ a Dari label as the title', () => {
    const story = page(
      '«آب را دوباره به زمین‌های خشک آوردیم»؛ گفت‌وگو با یک میراب پیر که نهرهای کهنه را در دشت‌های تخار پاک می‌کند',
      'گفت‌وگو از: نسرین احمدی | هفته‌نامهٔ «شمال»',
      'میراب غلام‌حیدر شصت سال دارد و بیشتر عمر خود را در کنار نهرهای ولسوالی ینگی قلعه گذرانده است.',
    );
    expect(story.meta.title).toContain('گفت‌وگو با یک میراب پیر');
    expect(placesOf(story).map(([t]) => t)).toEqual(['ینگی قلعه']);
  });
  it('reads "quotation" — an English label as the title', () => {
    const story = page(
      '"The river owes us nothing" — an interview with the boatman who still crosses the Panj at Darqad',
      'Interview by Lena Sadat',
      'Abdul Wahid has rowed the ferry below the village for thirty years, in every season but the floods.',
    );
    expect(story.meta.title).toContain('an interview with the boatman');
    expect(placesOf(story)).toEqual([]);
  });
  it('near miss: a first paragraph opening on a quotation still links', () => {
    const got = names(
      '«آب نداریم»؛ این را یک دهقان در ولسوالی ارچی گفت و افزود که کشت گندم امسال ناممکن است.',
    );
    expect(got).toEqual(['ارچی']);
  });
});

describe('the same furniture in other wordings', () => {
  it('reads a sentence-case item head with a bar', () => {
    const got = names(
      'The week in the north, item by item, as our reporters saw it.',
      'Kunduz | A bridge at last in Khan Abad',
      'A concrete bridge opened on Sunday over the river after two years of work by the ministry.',
      'Sport | Buzkashi season opens early',
      'Riders from three provinces met on the plain on Friday for the first game of the winter.',
    );
    expect(got).toEqual(['Kunduz', 'Khan Abad']);
  });
  it('reads an item head in capitals with a slash', () => {
    const got = names(
      'Here is what happened across the north this week, in short.',
      'TAKHAR / FERRY RUNS AGAIN AT DARQAD',
      'The ferry resumed on Tuesday after the river fell, the district administration said in a statement.',
    );
    expect(got).toEqual(['TAKHAR', 'DARQAD']);
  });
  it("reads an outlet's tagline over the headline as the masthead", () => {
    const story = page(
      'Daricha — independent reporting on northern Afghanistan',
      'Floods cut the road to Archi',
      STORY,
    );
    expect(story.meta.title).toBe('Floods cut the road to Archi');
    expect(placesOf(story).map(([t]) => t)).toEqual(['Archi']);
  });
  it('near miss: a Dari headline with a colon over the story is the title, not a tagline', () => {
    const story = page(
      'آهنگران کشم: صدای چکش پیش از فصل درو',
      'داس‌های دست‌ساز بدخشان هنوز خریدار دارند، اما آهنگران جوان کم شده‌اند.',
    );
    expect(story.meta.title).toBe('آهنگران کشم: صدای چکش پیش از فصل درو');
    expect(placesOf(story).map(([t]) => t)).toEqual(['بدخشان']);
  });
  it('reads "By Name with Name in Town" and "By NAMES / AGENCY, Town" as bylines', () => {
    const dateline =
      'FAIZABAD, Afghanistan, March 3, 2026 (AEP) - Six people were missing after a ferry sank in Darqad, police said.';
    for (const byline of [
      'By Sayed Jawad Noori with Claire Duval in Kabul',
      'By Mariam SADAT and Tom HARDY / AEP, Kabul',
    ]) {
      const got = namesOf('Ferry sinks on the Panj, six missing', byline, dateline);
      expect(got).not.toContain('Kabul');
      expect(got).toContain('Darqad');
    }
  });
  it('reads a Dari funding note that opens on the making of the piece', () => {
    const got = names(
      'سیلاب روز دوشنبه به ولسوالی ارچی رسید و خانواده‌ها به جاهای بلند رفتند.',
      'تهیهٔ این گزارش با پشتیبانی برنامهٔ حمایت از رسانه‌های محلی در کندز ممکن شد.',
    );
    expect(got).toEqual(['ارچی']);
  });
  it('near miss: a Dari story sentence about support for a school still links', () => {
    const got = names(
      'سیلاب روز دوشنبه به ولسوالی ارچی رسید و خانواده‌ها به جاهای بلند رفتند.',
      'مکتب تازه با کمک مالی یک موسسه در ولسوالی فرخار ساخته شده است.',
    );
    expect(got).toEqual(['ارچی', 'فرخار']);
  });
});

describe('near misses found in review', () => {
  it('near miss: "This story came from a tip …" is the story\'s sentence, not a funder\'s note', () => {
    const got = names(
      'Farmers in Balkh said the rain came just in time for the wheat.',
      'This story came from a tip by residents of Khan Abad, who wrote to us in March about the canal in Kunduz.',
    );
    expect(got).toEqual(['Balkh', 'Khan Abad', 'Kunduz']);
  });
  it("near miss: a story's sentence about who paid for a film, with its speaker, still links", () => {
    const got = names(
      'A documentary about the siege of Kunduz won the top prize in Herat on Sunday.',
      'This documentary was funded by a group of Kabul traders who lost shops in Kunduz, the director told the audience.',
    );
    expect(got).toEqual(['Kunduz', 'Herat', 'Kabul', 'Kunduz']);
  });
  it('near miss: a Dari sentence about a report the story tells of still links', () => {
    const got = names(
      'مقام‌ها می‌گویند سیلاب در ولسوالی نهرین خسارات زیادی وارد کرده است.',
      'این گزارش با کمک دفتر هماهنگی کمک‌های بشری سازمان ملل تهیه شده و نشان می‌دهد که سیصد خانواده در نهرین و پل خمری بی‌سرپناه شده اند.',
    );
    expect(got).toEqual(['نهرین', 'نهرین', 'پل خمری']);
  });
  it('near miss: a hard-wrapped line opening on a lowercase "by" stays in its paragraph', () => {
    const got = names(
      'The bridge over the Kokcha in Jurm was rebuilt\nby Gul Ahmad, with help from his sons in Jurm\nand two neighbours from Baharak.',
    );
    expect(got).toEqual(['Kokcha', 'Jurm', 'Jurm', 'Baharak']);
  });
  it('near miss: "2 hours ago" over the headline is the page\'s stamp, not the headline', () => {
    const story = page(
      '2 hours ago\nFloods cut the road to Faizabad\nBy Nadia Rahimi',
      'The river rose overnight in Baharak and Jurm, officials said.',
    );
    expect(story.meta.title).toBe('Floods cut the road to Faizabad');
    expect(placesOf(story).map(([text]) => text)).toEqual(['Baharak', 'Jurm']);
  });
  it('near miss: a headline shaped as "Name — stories from …" over the prose is the headline', () => {
    const story = page(
      'Kunduz Farmers — stories from a dry year',
      'Wheat fields in Dasht-e-Archi lie bare this spring, farmers said.',
    );
    expect(story.meta.title).toBe('Kunduz Farmers — stories from a dry year');
  });
  it('near miss: a lone "ALSO READ | …" link between paragraphs stays navigation', () => {
    const got = names(
      'The river rose overnight in Baharak and Jurm, officials said on Monday.',
      "ALSO READ | Girls' school in Kishim closed by the floods",
      'Families from Jurm waited by the road for tents and food from the provincial government.',
    );
    expect(got).toEqual(['Baharak', 'Jurm', 'Jurm']);
  });
  it('near miss: a lone Dari «بیشتر بخوانید | …» link between paragraphs stays navigation', () => {
    const got = names(
      'دریا شب گذشته در بهارک و جرم طغیان کرد و مقام‌ها گفتند که راه‌ها بسته شده است.',
      'بیشتر بخوانید | مکتب دخترانه در کشم بسته شد',
      'خانواده‌ها در جرم در کنار سرک منتظر خیمه و غذا از حکومت ولایتی ماندند.',
    );
    expect(got).toEqual(['بهارک', 'جرم', 'جرم']);
  });
});
