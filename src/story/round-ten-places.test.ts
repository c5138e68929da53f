import { describe, expect, it } from 'vitest';
import { builtGazetteer } from './built-gazetteer.ts';
import { chromeReason, isHeadingLike } from './clean.ts';
import { ingestStory, placeIndexFor } from './ingest.ts';
import { findPlaceCandidates } from './link-places.ts';
import { isTableLine } from './page-chrome.ts';
import { segmentArticle } from './paragraphs.ts';

// Place readings and page chrome of the tenth round, each class tried on sentences no article holds.
const index = placeIndexFor(builtGazetteer());
const ids = (text: string) => findPlaceCandidates(text, index).map((c) => `${c.text}=${c.ids.join(' ')}`);
const paragraphTexts = (lines: string[]) => {
  const source = lines.join('\n');
  return segmentArticle(source).paragraphs.map((p) => source.slice(p.start, p.end));
};

describe('a price row set with dots', () => {
  it('is a table row, so no heading over the lines after it', () => {
    expect(isTableLine('Rice, 25 kg: Kunduz 1,900 · Taloqan 1,850 · Faizabad 2,100')).toBe(true);
    expect(isTableLine('Flour • per bag: Mazar 1,700 • Kunduz 1,650')).toBe(true);
    expect(isHeadingLike('Rice, 25 kg: Kunduz 1,900 · Taloqan 1,850 · Faizabad 2,100')).toBe(false);
    // A menu set with dots has no figures; a pager's figures count 1, 2, 3.
    expect(isTableLine('Home · Provinces · Kunduz · Sport')).toBe(false);
    expect(isTableLine('Pages · 1 · 2 · 3')).toBe(false);
  });

  it('names markets: a province named like its town is the town in a cell with its price', () => {
    expect(ids('Rice, 25 kg: Kunduz 1,900 · Takhar 1,850')).toEqual(['Kunduz=AF1901', 'Takhar=AF18']);
    expect(ids('Cooking gas, per kg: Faizabad 95 · Kunduz 88 · Baghlan 90')).toEqual([
      'Faizabad=AF1701',
      'Kunduz=AF1901',
      'Baghlan=AF0905',
    ]);
    expect(ids('نرخ آرد، یک بوری: کندز ۱۶۵۰ · تالقان ۱۷۰۰')).toEqual(['کندز=AF1901', 'تالقان=AF1801']);
  });

  it('leaves a count by province the provinces: no unit or price word heads the row', () => {
    expect(ids('Schools reopened: Kunduz 12 · Badakhshan 30')).toEqual(['Kunduz=AF19', 'Badakhshan=AF17']);
    expect(ids('Kunduz 12 schools and Badakhshan 30 schools reopened.')).toEqual([
      'Kunduz=AF19',
      'Badakhshan=AF17',
    ]);
  });
});

describe("a masthead's tagline", () => {
  it('is furniture between the masthead and a sponsor or date line, in their block', () => {
    const kept = paragraphTexts([
      'Wheat holds steady as the first snow closes the pass',
      '',
      'View this email in your browser',
      'THE GRAIN LETTER — Issue 31 — Monday, 2 March 2026',
      'Markets and roads for buyers in Kunduz, Balkh and Samangan',
      'This issue is supported by a transport union in Pul-e-Khumri.',
      '',
      'Wheat held at the same price in most markets this week, traders in Taloqan said.',
      '',
      'Buyers in Faizabad expect the road to open by Friday.',
    ]);
    expect(kept.some((p) => p.includes('Samangan'))).toBe(false);
    expect(kept[0]).toMatch(/^Wheat held/);
    const other = paragraphTexts([
      'Ferry crossings reopen on the upper river',
      '',
      'Share | Email | Print',
      'RIVER POST',
      'News from the valleys of Takhar and Badakhshan since 2019',
      'Published: 4 May 2026',
      '',
      'Two ferries crossed again on Sunday, boatmen in Rostaq said.',
      '',
      'A third is due next week.',
    ]);
    expect(other.some((p) => p.includes('valleys of Takhar'))).toBe(false);
  });

  it('is not a standfirst under the headline, nor a lead paragraph that ends as a sentence', () => {
    const kept = paragraphTexts([
      'Floods cut the Jurm road for a third day',
      'Villages above Baharak wait for flour as the river stays high',
      'By Nadia Rahimi',
      '',
      'The river rose again on Tuesday night, residents said.',
      '',
      'The governor promised a ferry.',
    ]);
    expect(kept.some((p) => p.includes('Villages above Baharak'))).toBe(true);
  });
});

describe('where a person comes from or came to is a town', () => {
  it('is the town after an appositive or a copula "from" that closes there', () => {
    expect(ids('The cook, from Faizabad, lights the stove at dawn.')).toEqual(['Faizabad=AF1701']);
    expect(ids('Her husband is originally from Kunduz.')).toEqual(['Kunduz=AF1901']);
    expect(ids('Most of the teachers came from Kunduz; the rest are local.')).toEqual(['Kunduz=AF1901']);
    // No person's origin: the province stays.
    expect(ids('Aid from Kunduz province reached the valley.')).toEqual(['Kunduz province=AF19']);
    expect(ids('The wheat harvest in Kunduz was poor.')).toEqual(['Kunduz=AF19']);
  });

  it('is the town «به» or «از» which people came, in Dari', () => {
    expect(ids('خانواده‌ها هفتهٔ گذشته به کندز آمده بودند.')).toEqual(['کندز=AF1901']);
    expect(ids('مهمانان دیشب از کندز رسیدند.')).toEqual(['کندز=AF1901']);
    expect(ids('هر سال هزاران زایر به کندز می‌آیند.')).toEqual(['کندز=AF1901']);
    // Aid sent to a province, with no verb of coming, stays the province.
    expect(ids('کمک‌های غذایی به کندز فرستاده شد.')).toEqual(['کندز=AF19']);
  });
});

describe('a counted head of provinces makes its list provinces', () => {
  it('reads every name of the list after the colon or semicolon as a province, Kabul too', () => {
    expect(ids('The smugglers worked in three provinces: Baghlan, Samangan and Kabul.')).toEqual([
      'Baghlan=AF09',
      'Samangan=AF20',
      'Kabul=AF01',
    ]);
    expect(ids('Polio teams reached two provinces this week — Kunduz and Takhar.')).toEqual([
      'Kunduz=AF19',
      'Takhar=AF18',
    ]);
    expect(ids('این شبکه در چهار ولایت فعال بود؛ کندز، تخار، بغلان و کابل.')).toEqual([
      'کندز=AF19',
      'تخار=AF18',
      'بغلان=AF09',
      'کابل=AF01',
    ]);
  });

  it('leaves a list with no such head, or a head of towns, as it was', () => {
    expect(ids('He flew between Kabul and Herat twice a month.')).toEqual(['Kabul=AF0101', 'Herat=AF3201']);
    expect(ids('The bus stops in three towns: Kunduz, Taloqan and Faizabad.')).toEqual([
      'Kunduz=AF1901',
      'Taloqan=AF1801',
      'Faizabad=AF1701',
    ]);
  });
});

describe("a range's or a river's name naming something else across the border", () => {
  it('is no mention of the region in a road\'s name or before "district"', () => {
    expect(ids('On the far bank the Pamir Highway climbs towards Khorog.')).toEqual([]);
    expect(ids('The new line ends in Pyanj district, across from the port.')).toEqual([]);
    expect(ids('The Panj district hospital on the Tajik side sent two doctors.')).toEqual([]);
  });

  it('is still the region bare or with its own noun', () => {
    expect(ids('The Pamir Mountains rise to the east.')).toEqual(['Pamir Mountains=pamirs']);
    expect(ids('Boats crossed the Pyanj at dawn.')).toEqual(['Pyanj=panj-river']);
  });
});

describe("a feed's repeated post frame", () => {
  it('keeps the last post between its frame lines: the frame recurs under every post', () => {
    const kept = paragraphTexts([
      'Taloqan Daily | channel',
      '',
      '12.1K subscribers',
      '',
      'Water returned to the taps of the old town on Monday, the utility said.',
      '',
      '👁 3.1K · 08:15',
      '',
      '—',
      '',
      'The bridge on the Farkhar road reopened to lorries this afternoon.',
      '',
      '👁 2.4K · 14:02',
      '',
      '—',
      '',
      'Schools in Rostaq will close early on Thursday for the holiday.',
      '',
      '👁 1.9K · 19:40',
      '',
    ]);
    expect(kept.some((p) => p.includes('Rostaq'))).toBe(true);
    const dari = paragraphTexts([
      'کانال خبری تالقان',
      '',
      'برق شهر تالقان پس از دو روز دوباره وصل شد.',
      '',
      '👁 ۲.۱K · ۰۹:۱۰',
      '',
      '—',
      '',
      'سرک فرخار به روی موترهای باربری باز شد.',
      '',
      '👁 ۱.۴K · ۱۳:۵۵',
      '',
      '—',
      '',
      'مکتب‌های رستاق روز پنجشنبه زودتر تعطیل می‌شوند.',
      '',
      '👁 ۹۸۰ · ۱۸:۲۰',
      '',
    ]);
    expect(dari.some((p) => p.includes('رستاق'))).toBe(true);
  });

  it("still drops a page's one-line foot between a share bar and a copyright line", () => {
    const kept = paragraphTexts([
      'Floods cut the Jurm road for a third day',
      '',
      'The river rose again on Tuesday night, residents of Jurm said.',
      '',
      'The governor promised a ferry by the weekend.',
      '',
      'Share | Email | Print',
      'North Desk covers Badakhshan and Takhar from its office in Faizabad',
      '© 2026 North Desk',
    ]);
    expect(kept.some((p) => p.includes('North Desk covers'))).toBe(false);
  });
});

describe('a name that is also a word, parallel to a place', () => {
  it('is a place after the same preposition as the place before it, joined by «و»', () => {
    expect(ids('یک مشتری از کابل و یکی هم از مزار سفارش داده است.')).toEqual(['کابل=AF0101', 'مزار=AF2101']);
    expect(ids('برادرش در کابل کار می‌کند و خواهرش در مزار.')).toEqual(['کابل=AF0101', 'مزار=AF2101']);
  });

  it('stays a word without the parallel, or with a plural suffix', () => {
    expect(ids('او از کابل آمد و به مزار پدرش رفت.')).toEqual(['کابل=AF0101']);
    expect(ids('مردم هر جمعه به مزار می‌روند.')).toEqual([]);
    expect(ids('در کابل و در کوهستان‌های دور برف بارید.')).toEqual(['کابل=AF0101']);
  });
});

describe('a namesake placed in a half of the country', () => {
  it('is the one in the south or the north said right after it', () => {
    expect(ids('Listeners hear Khost and think of Khost in the south, near the border.')).toEqual([
      'Khost=AF14 AF0913',
      'Khost=AF14',
    ]);
    expect(ids('مردم فکر می‌کنند منظور ما خوست در جنوب کشور است.')).toEqual(['خوست=AF14']);
    expect(ids('Khost, in the north of the country, has no paved road.')).toEqual(['Khost=AF0913']);
  });

  it('is not settled by a part of a province ("in the south of Baghlan")', () => {
    expect(ids('A new school opened in Khost, a district in the south of Baghlan.')).toEqual([
      'Khost=AF0913',
      'Baghlan=AF09',
    ]);
    expect(ids('پل در خوست در جنوب بغلان ساخته شد.')).toEqual(['خوست=AF0913', 'بغلان=AF09']);
  });

  it('settles only itself: a contrast is no context for the same name round it', () => {
    const text = [
      'Khost and the snow',
      '',
      'The pass above Khost in Baghlan closes every winter. People hear Khost and think of Khost in the south; our Khost is in the mountains of Baghlan.',
    ].join('\n');
    const story = ingestStory(text, builtGazetteer());
    expect(story.mentions.filter((m) => m.text === 'Khost').map((m) => m.place)).toEqual([
      'AF0913',
      'AF0913',
      'AF14',
      'AF0913',
    ]);
  });
});

describe("an encyclopedia page's end matter", () => {
  it('drops the references and external links under their head, and a citation line anywhere', () => {
    const kept = paragraphTexts([
      'Khanabad District',
      '',
      'Khanabad is a district in the east of Kunduz province. Its centre lies on the Khanabad river.',
      '',
      'History[edit]',
      '',
      'The town grew as a market for rice growers from Taloqan and Kunduz.',
      '',
      'References[edit]',
      '',
      '1. ^ "Floods reach Imam Sahib". North Desk. Retrieved 3 May 2024.',
      '2. ^ "Census of Baghlan". Statistics Office.',
      '',
      'External links',
      '',
      'Maps of Takhar province',
    ]);
    expect(kept.some((p) => p.includes('Imam Sahib') || p.includes('Baghlan') || p.includes('Takhar'))).toBe(
      false,
    );
    expect(kept.some((p) => p.includes('rice growers'))).toBe(true);
    const dari = paragraphTexts([
      'ولسوالی خان‌آباد',
      '',
      'خان‌آباد یکی از ولسوالی‌های ولایت کندز است.',
      '',
      'منابع',
      '',
      'گزارش سیلاب در امام صاحب، خبرگزاری شمال',
    ]);
    expect(dari.some((p) => p.includes('امام صاحب'))).toBe(false);
  });

  it('keeps a story that reports on references or links in its prose', () => {
    const kept = paragraphTexts([
      'Teachers in Rostaq ask for references',
      '',
      'References from two elders are needed for the job, teachers in Rostaq said.',
      '',
      'The links to Taloqan are poor.',
    ]);
    expect(kept.some((p) => p.includes('Taloqan'))).toBe(true);
  });
});

describe('a namesake named "in" the province that holds it', () => {
  it("is that province's district of the same name, whatever the English spelling points at", () => {
    expect(ids('Letters for Faizabad in Jawzjan often end up in Badakhshan.')).toEqual([
      'Faizabad=AF2808',
      'Jawzjan=AF28',
      'Badakhshan=AF17',
    ]);
    expect(ids('There is a Faizabad, in Jawzjan, as well.')).toEqual(['Faizabad=AF2808', 'Jawzjan=AF28']);
    expect(ids('نامه‌ها به فیض‌آباد در جوزجان رسید.')).toEqual(['فیض‌آباد=AF2808', 'جوزجان=AF28']);
  });

  it('keeps a place its own province holds, and one with no namesake there', () => {
    expect(ids('The clinic in Faizabad in Badakhshan reopened.')).toEqual([
      'Faizabad=AF1701',
      'Badakhshan=AF17',
    ]);
    expect(ids('Traders from Keshem in Takhar asked for help.')).toEqual(['Keshem=AF1715', 'Takhar=AF18']);
  });
});

describe("a route's end that is a district of the other end's province", () => {
  it('is that district, not a far province or its capital', () => {
    expect(ids('The road from Khost to Pul-e-Khumri washes out each spring.')).toEqual([
      'Khost=AF0913',
      'Pul-e-Khumri=AF0901',
    ]);
    expect(ids('راه خوست تا پل‌خمری در بهار بسته می‌شود.')).toEqual(['خوست=AF0913', 'پل‌خمری=AF0901']);
  });

  it('leaves a route whose ends name no such district as towns', () => {
    expect(ids('The road from Kunduz to Taloqan is open.')).toEqual(['Kunduz=AF1901', 'Taloqan=AF1801']);
    expect(ids('The road from Khost to Gardez is open.')).toEqual(['Khost=AF1401', 'Gardez=AF1301']);
  });
});

describe("a video page's or a forum's counters and buttons", () => {
  it('are furniture: counts of viewers, followers or replies, with when the post went up, and reply buttons', () => {
    for (const line of [
      '3.4K views  5 days ago',
      '18K subscribers',
      '12 replies',
      '57 points · 4 hours ago',
      '۲۳ هزار بازدید · ۲ روز پیش',
      '۱۲.۳K مشترک',
      'Show less',
      'Reply',
      'Sort by',
      '[edit]',
    ])
      expect(chromeReason(line), line).toBe('navigation');
  });

  it('leaves a sentence that counts something in a place', () => {
    expect(chromeReason('He had 12 replies from Kunduz')).toBeNull();
    expect(chromeReason('۲۳ هزار نفر در کندز بازدید کردند')).toBeNull();
  });
});

describe("an encyclopedia page's infobox rows", () => {
  it('are furniture: a field label, a tab and a short value', () => {
    for (const line of ['Country\tAfghanistan', 'Province\tTakhar', 'Time zone\tUTC+4:30', 'ولایت\tتخار'])
      expect(chromeReason(line), line).toBe('navigation');
  });

  it("leaves a data table's row and a sentence that opens with the label", () => {
    expect(chromeReason('Province officials in Takhar said the road was open.')).toBeNull();
    expect(chromeReason('Takhar\tFarkhar\t3\t12')).toBeNull();
  });
});

describe('a Dari name that is an everyday phrase for a kind of place', () => {
  it('is no place after «در» alone: «در شهر بزرگ» is "in the big city"', () => {
    expect(ids('او گفت در شهر بزرگ کسی همسایه‌اش را نمی‌شناسد.')).toEqual([]);
    expect(ids('زندگی در شهر بزرگ برای دهقانان گران است.')).toEqual([]);
  });

  it('is the district with its qualifier or in a list of places', () => {
    expect(ids('ولسوالی شهر بزرگ سه روز بی برق بود.')).toEqual(['شهر بزرگ=AF1713']);
    expect(ids('در شهر بزرگ و یاوان برف سنگین بارید.')).toEqual(['شهر بزرگ=AF1713', 'یاوان=AF1709']);
  });
});

describe('review of the tenth round: where its rules must not fire', () => {
  it('keeps a land word a word after a parallel preposition, and a list of provinces after "from"', () => {
    expect(ids('برف در بدخشان و در کوهستان باریده است.')).toEqual(['بدخشان=AF17']);
    expect(ids('The man, from Kunduz, Takhar and Baghlan, said nothing.')).toEqual([
      'Kunduz=AF19',
      'Takhar=AF18',
      'Baghlan=AF09',
    ]);
  });

  it('reads «رسیدگی» and «آینده» as no verb of coming', () => {
    expect(ids('تا هنوز به کندز رسیدگی نشده است.')).toEqual(['کندز=AF19']);
    expect(ids('مردم به کندز آینده‌ای بهتر می‌خواهند.')).toEqual(['کندز=AF19']);
  });

  it('takes "in southern Baghlan" after a namesake as a part of that province, not the country\'s south', () => {
    expect(ids('Fighting was reported in Khost, in southern Baghlan, on Monday.')).toEqual([
      'Khost=AF0913',
      'Baghlan=AF09',
    ]);
  });

  it('reads a table of counts by province as provinces, not market towns', () => {
    const story = ingestStory(
      'Weekly figures\n\nDeaths per district: Kunduz 4 · Baghlan 2 · Takhar 1\n',
      builtGazetteer(),
    );
    const placed = story.mentions.map((m) => `${m.text}=${m.place}`);
    expect(placed).toEqual(['Kunduz=AF19', 'Baghlan=AF09', 'Takhar=AF18']);
  });

  it('keeps the text of a page whose table of contents names "References" before it', () => {
    const prose =
      'Kunduz is a city in the north of the country, on the river of the same name, and the capital of its province; most of its people farm rice and cotton.';
    const texts = paragraphTexts([
      'Contents',
      'History',
      'References',
      'External links',
      prose,
      'References',
      'Retrieved 3 May 2024.',
    ]);
    expect(texts.some((t) => t.includes(prose))).toBe(true);
    expect(texts.some((t) => t.includes('Retrieved'))).toBe(false);
  });
});
