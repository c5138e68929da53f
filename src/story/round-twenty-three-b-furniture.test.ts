import { describe, expect, it } from 'vitest';
import { placesOf, readWithCountry } from './test-helpers.ts';

// Round 23b, page furniture: fresh wordings (not from the dev or set-23 articles) of the frames pages put round a
// story — a TV script's graphics cues, a blog's or a news site's head with its section label, a newsletter's link
// list, a radio page's player line, a Dari site's dated dateline, a Facebook page's post heads and comments, and a
// leaflet's table of places — each with a near miss where the same words are the story's text.
const page = (...paras: string[]) => readWithCountry(paras.join('\n\n'));
const namesOf = (...paras: string[]) => placesOf(page(...paras)).map(([text]) => text);
const linksOf = (...paras: string[]) => placesOf(page(...paras));

describe("a TV script's graphics cues", () => {
  it('leaves a locator map and a full-screen graphic out of the text', () => {
    const got = namesOf(
      'SLUG: TAKHAR FLOODS / VO-SOT',
      '[ANCHOR — ON CAM]',
      'Flash floods have damaged dozens of homes in northern Afghanistan. Officials say the worst hit is Kishim.',
      '[GFX — LOCATOR MAP: KISHIM, BADAKHSHAN]',
      '[VO — aerial footage of the river]',
      'The water rose overnight and by morning the lower bazaar of Kishim was under a metre of mud.',
      "[FULL SCREEN GFX: 'TESHKAN: 40 HOMES DAMAGED']",
      'Aid workers say they cannot yet reach the villages further up the valley.',
    );
    expect(got).toEqual(['Afghanistan', 'Kishim', 'Kishim']);
  });
  it('leaves a VO cue that shows a route map out, keeping the VO under it', () => {
    const got = namesOf(
      'SLUG: SALANG TUNNEL / PKG',
      '[VO / GFX: animated route, Pul-e-Khumri → Salang → Charikar]',
      'Every lorry heading south from Pul-e-Khumri has to climb to the tunnel, and this week most of them waited.',
      '[MAP: "DOSHI — 38 KM OF QUEUES"]',
      'Drivers say they slept two nights in their cabs.',
    );
    expect(got).toEqual(['Pul-e-Khumri']);
  });
  it('near miss: a bracketed cue with no graphic keeps the text under it, and words in brackets in prose stay', () => {
    const got = namesOf(
      'SLUG: RUSTAQ SCHOOL / VO',
      '[VO]',
      'In Rostaq, the girls of the new school start lessons at seven.',
      'The head teacher said the road "from [Chah Ab] is closed every spring".',
    );
    expect(got).toEqual(['Rostaq', 'Chah Ab']);
  });
});

describe("a page's head: a section label over the headline, a blog's post line under it", () => {
  it('takes the line under a section label repeated from the menu as the headline', () => {
    const got = namesOf(
      'Mountain Schools Trust – Notes from the field',
      'Home | Who we are | Diary from the valleys | Reports | Give',
      'Diary from the valleys',
      'Tea, wells and a broken bridge in Warsaj',
      'Written by Sara Lind | 2 May 2026 | 5 comments',
      'We drove out of Taloqan before dawn, the river loud beside the road all the way to Farkhar.',
    );
    expect(got).toEqual(['Taloqan', 'Farkhar']);
  });
  it("takes the headline over a news site's date and section line", () => {
    const got = namesOf(
      'World Health Digest',
      'Home | Health | Climate | Refugees | Women | Podcasts',
      'Health',
      'Afghanistan: In Kishim, midwives ride out to the mothers',
      '3 March 2026 Health',
      'In the hills of Badakhshan province, a team of four midwives reaches villages the road does not.',
    );
    expect(got).toEqual(['Badakhshan province']);
  });
  it("takes a paper's headline in single quotes under its section label, with no date under it", () => {
    const got = namesOf(
      'News | Opinion | Sport | Culture',
      'World | Europe | Asia | Global development | Science',
      'World > Asia > Afghanistan',
      'Global development',
      "'We count the sacks twice': the women who run Taloqan's grain store",
      'In a warehouse behind the bus station of Taloqan, six women keep the ledgers of the province.',
    );
    expect(got).toEqual(['Taloqan']);
  });
  it('near miss: a first line that is no item of the menu stays the headline, its kicker reading nothing', () => {
    const got = namesOf(
      'News | Opinion | Sport | Culture',
      'Floods cut the Kishim road again',
      'The road between Kishim and Faizabad was closed on Tuesday after the river rose, officials said.',
    );
    expect(got).toEqual(['Kishim', 'Faizabad']);
  });
  it('near miss: a standfirst under the headline keeps its places', () => {
    const got = namesOf(
      'World Health Digest',
      'Home | Health | Climate | Refugees | Women | Podcasts',
      'Climate',
      'Afghanistan: The river that moved',
      '12 April 2026 Climate',
      'Along the Panj, villages in Darqad are losing their fields to the water.',
    );
    expect(got).toEqual(['Panj', 'Darqad']);
  });
});

describe('review: a dateline opening the lede in one block is no kicker or dateline over a headline', () => {
  it('near miss: «کابل» over a lede with no stop, in one block under a menu naming Kabul, keeps the lede as text', () => {
    const got = namesOf(
      'خانه | کابل | هرات | قندهار',
      'کابل\nبه گفتهٔ مقام‌های ولایت هرات، ده نفر در انفجار شهر غزنی کشته شدند',
      'یک شاهد عینی گفت: «صدای انفجار بسیار بلند بود.»',
    );
    expect(got).toEqual(expect.arrayContaining(['هرات', 'غزنی']));
  });
  it('near miss: «کندز – …» over a lede with no stop in one block keeps the lede as text', () => {
    const got = namesOf(
      'خانه | خبرها | ولایات | ویدیو',
      'کندز – سه‌شنبه، ۱۱ قوس ۱۴۰۵\nریاست صحت عامه می‌گوید که ده کودک در ولسوالی خان‌آباد جان باخته‌اند',
      'یک داکتر گفت: «وضعیت نگران‌کننده است.»',
    );
    expect(got).toEqual(expect.arrayContaining(['خان‌آباد']));
  });
});

describe("review: a diary entry's date and place under its headline", () => {
  it('near miss: «14 November 2026 Kunduz», its place no item of the menu, is not removed as page furniture', () => {
    const story = page(
      'Letters from the North',
      'Home | Letters | About',
      'The road home',
      '14 November 2026 Kunduz',
      'I arrived at dawn. The market in Khan Abad was already open and a baker said: "Bread is dearer every week."',
    );
    expect(story.removed.map((r) => r.text)).not.toContain('14 November 2026 Kunduz');
  });
});

describe('review: a bracket opening on a graphic label in prose', () => {
  it("near miss: «[MAP of …]» with no cue's colon or dash after the label stays the text", () => {
    const got = namesOf(
      'The governor held up the new plan at the briefing.',
      '[MAP of the road from Kunduz to Taloqan, as the governor showed it to reporters]',
      'He said the road would reopen in spring.',
    );
    expect(got).toEqual(['Kunduz', 'Taloqan']);
  });
});

describe("a newsletter's list of links", () => {
  it('leaves the links at the foot of an issue out of the text', () => {
    const got = namesOf(
      'Valley Letters — Issue #12',
      'Hello again, everyone.',
      'This week the bakers of Taloqan put their prices up for the second time since autumn.',
      'Links from this issue:',
      '• Video: the buzkashi final in Kunduz (YouTube)',
      '• Our map of the Rostaq road closures (Google Maps)',
      'See you next Sunday.',
    );
    expect(got).toEqual(['Taloqan']);
  });
  it('reads another wording of the head', () => {
    const got = namesOf(
      'Valley Letters — Issue #13',
      'The week was quiet, except in Khan Abad, where the bridge closed again.',
      'Mentioned in this post:',
      '• The dried-fruit co-operative of Jurm (Facebook page)',
      '• A longer read on the Kokcha gold dredgers (PDF)',
    );
    expect(got).toEqual(['Khan Abad']);
  });
  it('near miss: a bulleted list of what happened stays the text', () => {
    const got = namesOf(
      'Valley Letters — Issue #14',
      'What happened this week:',
      '• The ferry at Darqad ran again after a month.',
      '• Schools in Kishim closed early for winter.',
    );
    expect(got).toEqual(['Darqad', 'Kishim']);
  });
});

describe("a radio page's headline beside its player", () => {
  it('reads the line over «▶ شنیدن گزارش» as the headline, the search box as chrome', () => {
    const got = namesOf(
      'رادیو آوای کوکچه | رادیوی مردم بدخشان',
      'خبرها | گزارش‌ها | برنامه‌ها | پخش زنده | تماس با ما',
      '🔍 جستجو',
      'دوشنبه ۱۷ قوس ۱۴۰۵',
      'سیلاب در ولسوالی ورسج ده‌ها خانه را ویران کرد',
      '▶ شنیدن گزارش (۰۳:۲۰) | ⬇ دانلود',
      'گزارشگر: نسرین احمدی',
      'باشندگان ولسوالی ورسج ولایت تخار می‌گویند که سیلاب شب گذشته دست‌کم سی خانه را با خود برده است.',
    );
    expect(got).toEqual(['ورسج', 'تخار']);
  });
  it("reads an English radio page's line over its player as the headline", () => {
    const got = namesOf(
      'Radio Northern Voice',
      'News | Programmes | Podcasts | Live',
      'Night classes for women open in Imam Sahib',
      '▶ Listen to this report (4:05) | Download',
      'Women in the north of Kunduz province can now study at night, the district education office says.',
    );
    expect(got).toEqual(['Kunduz province']);
  });
});

describe("a Dari site's dated dateline over the headline", () => {
  it('reads «تالقان – پنجشنبه، ۲۰ قوس ۱۴۰۵» as the dateline (the city) and the line under it as the headline', () => {
    const links = linksOf(
      'تخارنیوز | خبرهای ولایت تخار',
      'خبرها | سیاسی | اقتصاد | فرهنگ',
      'تالقان – پنجشنبه، ۲۰ قوس ۱۴۰۵',
      'توزیع گندم برای خانواده‌های نیازمند در فرخار آغاز شد',
      'مسئولان ریاست زراعت تخار می‌گویند که دو هزار خانواده در ولسوالی فرخار گندم دریافت می‌کنند.',
    );
    expect(links).toEqual([
      ['تالقان', 'AF1801'],
      ['تخار', 'AF18'],
      ['فرخار', 'AF1808'],
    ]);
  });
  it('reads a dateline with its date and no weekday the same way', () => {
    const links = linksOf(
      'بدخشان‌پرس',
      'خانه | خبرها | گزارش | ویدیو',
      'فیض‌آباد – ۱۲ جدی ۱۴۰۵',
      'برف سنگین راه کشم را بست',
      'به گفتهٔ مسئولان ولایت بدخشان، راه فیض‌آباد به کشم از دیروز به روی موترها بسته است.',
    );
    expect(links.map(([t]) => t)).toEqual(['فیض‌آباد', 'بدخشان', 'فیض‌آباد', 'کشم']);
    expect(links[0]?.[1]).toBe('AF1701');
  });
});

describe("a Facebook page's post heads and readers' comments", () => {
  it("leaves a shared post's two page names and the comments under each post out", () => {
    const got = namesOf(
      'ادارهٔ صحت عامهٔ ولسوالی کشم',
      '۱۲ هزار دنبال‌کننده · ادارهٔ دولتی',
      'ادارهٔ صحت عامهٔ ولسوالی کشم اشتراک‌گذاری کرد\n۱ روز · 🌐',
      'ریاست صحت عامهٔ ولایت بدخشان\n۲ روز · 🌐',
      '📢 اطلاعیه: واکسین پولیو از روز شنبه در ولسوالی‌های کشم و تشکان آغاز می‌شود.',
      '👍 ۱۴۰ · ۹ نظر · ۲۲ اشتراک‌گذاری\nلایک | نظر | اشتراک‌گذاری',
      'نجیب‌الله رحیمی\nما در جرم هستیم، تیم به قریهٔ ما هم می‌آید؟\nلایک · پاسخ · ۱ روز',
      'گلالی\nخدا خیر تان بدهد. در فیض‌آباد هم اعلان کنید.\nلایک · پاسخ · ۲۰ ساعت · ویرایش شده',
    );
    expect(got).toEqual(['کشم', 'تشکان']);
  });
  it('reads an English page the same way', () => {
    const got = namesOf(
      'Farkhar District Council\n3.4K followers · Government organisation',
      'Farkhar District Council shared a post.\n3d · 🌐',
      'Takhar Provincial Water Department\n4d · 🌐',
      'Work on the canal intake in Farkhar starts on Monday. Farmers in Kalafgan should expect low water for a week.',
      'Like | Comment | Share',
      'Rahmat Ali\nWhat about the canal in Taloqan? Nobody has cleaned it in years.\nLike · Reply · 2d',
    );
    expect(got).toEqual(['Farkhar', 'Kalafgan']);
  });
  it("near miss: a person's own post, the comments answering it are the thread's text", () => {
    const got = namesOf(
      'Sakina Rahimi\n2d · 🌐',
      'Has anyone seen my brother Nasir? He left Taloqan for Kunduz on Friday and has not called since.',
      'Like · Comment · Share',
      'Rohullah K.\nI saw a boy like him at the bus stand in Khan Abad yesterday.\n1d · Like · Reply',
    );
    expect(got).toEqual(['Taloqan', 'Kunduz', 'Khan Abad']);
  });
  it("near miss: the post's own lines, its heading and its text, keep their places", () => {
    const got = namesOf(
      'شورای انکشافی ولسوالی ورسج',
      'شورای انکشافی ولسوالی ورسج\n۳ ساعت · 🌐',
      '🌉 پل ورسج دوباره باز شد',
      'پل ورسج که در سیلاب بهار آسیب دیده بود، امروز به روی موترها باز شد.',
      'لایک | نظر | اشتراک‌گذاری',
    );
    expect(got).toEqual(['ورسج', 'ورسج']);
  });
});

describe("a leaflet's table of places", () => {
  it('reads a bilingual timetable whose first columns are province and district', () => {
    const got = linksOf(
      'WHERE THE TEAMS GO',
      'Our mobile teams visit these districts every week.',
      '| Province / ولایت | District / ولسوالی | Days / روزها |\n|---|---|---|\n| Takhar / تخار | Rostaq / رستاق | Sun / یکشنبه |\n| Takhar / تخار | Kalafgan / کلفگان | Tue / سه‌شنبه |',
    );
    expect(got).toEqual([
      ['Takhar', 'AF18'],
      ['تخار', 'AF18'],
      ['Rostaq', 'AF1810'],
      ['رستاق', 'AF1810'],
      ['Takhar', 'AF18'],
      ['تخار', 'AF18'],
      ['Kalafgan', 'AF1807'],
      ['کلفگان', 'AF1807'],
    ]);
  });
  it('reads an English table of province, district and team', () => {
    const got = namesOf(
      'Vaccination schedule',
      'The teams will be in these places in the first week of March.',
      'Province | District | Team\nBadakhshan | Jurm | Team A, two vaccinators\nBadakhshan | Baharak | Team B, one vaccinator',
    );
    expect(got).toEqual(['Badakhshan', 'Jurm', 'Badakhshan', 'Baharak']);
  });
  it("near miss: a site's menu naming provinces and districts stays navigation", () => {
    const got = namesOf(
      'Provinces | Districts | Maps | About',
      'Floods cut the road to Archi',
      'Floods reached Archi on Monday and families moved to higher ground, officials said.',
    );
    expect(got).toEqual(['Archi']);
  });
});

describe("a Dari newsletter's list of links", () => {
  it('leaves «لینک‌های این شماره» and the links under it out of the text', () => {
    const got = namesOf(
      'نامهٔ هفتگی شمال — شمارهٔ ۲۱',
      'سلام دوستان عزیز.',
      'این هفته قیمت آرد در بازار تالقان باز هم بالا رفت و نانوایان نان را کوچک‌تر ساختند.',
      'لینک‌های این شماره:',
      '• عکس‌ها: بازار میوهٔ کندز (انستاگرام)',
      '• نقشهٔ راه‌های بستهٔ بدخشان (گوگل مپ)',
    );
    expect(got).toEqual(['تالقان']);
  });
});
