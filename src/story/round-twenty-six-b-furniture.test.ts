import { describe, expect, it } from 'vitest';
import { placesOf, readWithCountry, speakerOf } from './test-helpers.ts';

// Round 26b, page shapes: fresh wordings (not from the dev or set-26 articles) of pages whose shape decides what
// is text — a picture agency's caption feed (its captions are the reporting, its IDs, credits and keywords are
// not), a wire daybook (its timed event heads are the text, its teaser list is not), a lesson page's
// previous/next line, and offices named with their province in minutes — each with a near miss.
const page = (...paras: string[]) => readWithCountry(paras.join('\n\n'));
const namesOf = (...paras: string[]) => placesOf(page(...paras)).map(([text]) => text);
const RULE = '------------------------------------------';

describe("a picture agency's caption feed", () => {
  it('reads Getty-style captions as the text and leaves IDs, credits and keywords out', () => {
    const got = namesOf(
      'PAMIR FRAME AGENCY — NEWS FEED',
      'Set: Winter wheat in Takhar (3 images)',
      `${RULE}\nPicture 1 of 3 | Ref: PFA-1102-0031 | 5472 x 3648 px\nTALOQAN, AFGHANISTAN - DECEMBER 02: Farmers sow winter wheat on terraces above the river on December 2, 2026 in Taloqan, Afghanistan. (Photo by Nasir Jawad/Pamir Frame)\nCredit: Nasir Jawad / Pamir Frame\nKeywords: Afghanistan, Takhar, Kabul, wheat, farming`,
      `${RULE}\nPicture 2 of 3 | Ref: PFA-1102-0036\nFARKHAR, AFGHANISTAN - DECEMBER 03: A boy leads two oxen past a mill on December 3, 2026 in Farkhar district, Afghanistan. (Photo by Nasir Jawad/Pamir Frame)\nCredit: Nasir Jawad / Pamir Frame\nKeywords: Afghanistan, Farkhar, oxen, Badakhshan`,
      `${RULE}\nPicture 3 of 3 | Ref: PFA-1102-0040\nRUSTAQ, AFGHANISTAN - DECEMBER 04: Women carry seed bags to a field on December 4, 2026 in Rustaq, Afghanistan. (Photo by Nasir Jawad/Pamir Frame)\nCredit: Nasir Jawad / Pamir Frame\nKeywords: Afghanistan, Rustaq, seed, women`,
    );
    expect(got).not.toContain('Kabul');
    expect(got).not.toContain('Badakhshan');
    expect(got).toEqual(
      expect.arrayContaining(['TALOQAN', 'Taloqan', 'FARKHAR', 'Farkhar district', 'RUSTAQ', 'Rustaq']),
    );
  });
  it('reads AFP-style captions, credit in the closing brackets, and attributes a caption quotation', () => {
    const story = page(
      'Photo service — daily selection',
      'ID 88120 | 4 Dec 2026',
      'Traders weigh dried mulberries at a market in Faizabad, the capital of Badakhshan province, on December 4, 2026. "The road from Kishim was shut for two days," said trader Habibullah Rahimi. (Photo by Aref Karimi / AFP)',
      'ID 88121 | 4 Dec 2026',
      'A shepherd drives his flock across a bridge over the Kokcha river near Jurm on December 4, 2026. (Photo by Aref Karimi / AFP)',
      'ID 88122 | 4 Dec 2026',
      'Children queue for bread outside a bakery in Baharak district of Badakhshan on December 4, 2026. (Photo by Aref Karimi / AFP)',
    );
    const got = placesOf(story).map(([text]) => text);
    expect(got).toEqual(expect.arrayContaining(['Faizabad', 'Kishim', 'Jurm', 'Baharak district']));
    expect(speakerOf(story, 'shut for two days')).toBe('Habibullah Rahimi');
  });
  it('reads "Caption:" lines of a feed as the text and leaves "Photographer:" and "Tags:" out', () => {
    const got = namesOf(
      'Frontier Images — contact sheet',
      'Frame 0412\nCaption: A ferry carries cars across the Amu Darya at Hairatan, Balkh province, on Nov. 30, 2026.\nPhotographer: Sahar Ahmadi\nTags: Kunduz, river, trade',
      'Frame 0413\nCaption: Customs officers check lorries at the port on the Uzbek border near Hairatan on Nov. 30, 2026.\nPhotographer: Sahar Ahmadi\nTags: Kunduz, customs',
      'Frame 0414\nCaption: Drivers wait beside the road to Mazar-i-Sharif on Nov. 30, 2026.\nPhotographer: Sahar Ahmadi\nTags: Takhar, trucks',
    );
    expect(got).not.toContain('Kunduz');
    expect(got).not.toContain('Takhar');
    expect(got).toEqual(expect.arrayContaining(['Amu Darya', 'Balkh province', 'Mazar-i-Sharif']));
  });
  it('near miss: a news story with one photo captioned "(Photo by …)" keeps the caption out', () => {
    const got = namesOf(
      'Flour prices climb in Kunduz',
      'KUNDUZ, Afghanistan — The price of a sack of flour rose by a fifth in Kunduz this week, traders said, as trucks from Hairatan were held at the Salang for three days by snow.',
      'Bakers in the city said they had cut the size of a loaf rather than raise its price. Traders expect prices to ease once the tunnel reopens.',
      'A baker pulls bread from a tandoor oven in Taloqan on December 1, 2026. (Photo by Wali Sabawoon/Pamir Frame)',
      'The provincial trade department said it would publish prices every day until the end of winter.',
    );
    expect(got).not.toContain('Taloqan');
    expect(got).toContain('Hairatan');
  });
});

describe("a wire daybook's timed events", () => {
  const daybook = (...items: string[]) =>
    namesOf(
      'NORTH DESK DAYBOOK',
      'Thursday, Dec. 10, 2026',
      'TOP STORIES TODAY\n— Snow closes the road to Jurm.\n— Hospital opens in Kishim.',
      ...items,
      "Editor's note: the desk will file a weekend package on schools in Baghlan and Samangan.",
    );
  it('reads the place head after a time as the text, and leaves the teasers and the note out', () => {
    const got = daybook(
      `${RULE}\n0830 — FAIZABAD\nSNOW CLEARING BRIEFING\nThe public works department briefs on ploughs for the Kishim road.`,
      `${RULE}\n1115 — KHULM, BALKH PROVINCE\nMELON GROWERS MEET BUYERS\nGrowers and buyers meet at the district market.`,
    );
    expect(got).toEqual(expect.arrayContaining(['FAIZABAD', 'KHULM', 'BALKH PROVINCE']));
    expect(got).not.toContain('Jurm');
    expect(got).not.toContain('Samangan');
  });
  it('reads a head given with a colon after the time', () => {
    const got = daybook(
      `${RULE}\n14:00: RUSTAQ — WATER USERS' ASSEMBLY\nFarmers elect a new mirab for the main canal.`,
      `${RULE}\n16:30: KHAN ABAD — BRIDGE HANDOVER\nThe contractor hands the new bridge to the district.`,
    );
    expect(got).toEqual(expect.arrayContaining(['RUSTAQ', 'KHAN ABAD']));
  });
});

describe("a lesson page's previous/next line", () => {
  it('leaves «درس قبلی: … | درس بعدی: …» and the share line out', () => {
    const got = namesOf(
      'جغرافیه صنف هفتم — درس نهم: دریاهای شمال',
      'دریای کوکچه از کوه‌های بدخشان سرچشمه می‌گیرد و در نزدیکی ولسوالی خواجه غار ولایت تخار به دریای آمو می‌ریزد.',
      'درس قبلی: کوه‌های مرکزی (بامیان و غور) | درس بعدی: دشت‌های جنوب (هلمند و کندهار)',
      'اشتراک‌گذاری: فیسبوک | تلگرام',
    );
    expect(got).not.toContain('بامیان');
    expect(got).not.toContain('هلمند');
    expect(got).toContain('بدخشان');
  });
  it('leaves "Previous lesson: … | Next lesson: …" out', () => {
    const got = namesOf(
      'Unit 4, lesson 2: The rivers of the north-east',
      'The Kokcha rises in the mountains of Badakhshan and joins the Amu Darya near Khwaja Ghar in Takhar.',
      '« Previous lesson: The plains of Balkh | Next lesson: The passes of Parwan »',
    );
    expect(got).not.toContain('Balkh');
    expect(got).not.toContain('Parwan');
  });
  it('near miss: a sentence about the last lesson stays the text', () => {
    const got = namesOf(
      'جغرافیه صنف هفتم — درس دهم',
      'در درس قبلی دربارهٔ ولایت بلخ خواندیم؛ امروز دربارهٔ ولایت سمنگان می‌خوانیم که در جنوب بلخ قرار دارد.',
    );
    expect(got).toContain('سمنگان');
    expect(got.filter((n) => n.includes('بلخ')).length).toBeGreaterThanOrEqual(1);
  });
});

describe('an office named with its province in minutes', () => {
  it('reads "DoRR Takhar", "DoPH Baghlan" and "OCHA sub-office Faizabad" as the places', () => {
    const got = placesOf(
      page(
        'Protection working group — minutes, 4 December 2026',
        'Participants: UNHCR, DoRR Takhar, DoPH Baghlan, NRC.',
        'Action points: DoPH Baghlan to share the vaccination list; DoRR Takhar to confirm the returnee numbers.',
        'The group agreed to meet again at the OCHA sub-office Faizabad on 18 December.',
      ),
    );
    expect(got).toEqual(
      expect.arrayContaining([
        ['Takhar', 'AF18'],
        ['Baghlan', 'AF09'],
        ['Faizabad', 'AF1701'],
      ]),
    );
  });
  it('near miss: a person whose surname is a place keeps it a surname', () => {
    const got = namesOf(
      'Returnees registered in Kunduz',
      'Ahmad Takhar, a clerk at the registration desk in Kunduz city, said 300 families had signed up.',
    );
    expect(got).not.toContain('Takhar');
  });
});

describe("an archive's record over its item", () => {
  it('leaves the record fields and the rights line out, and reads the transcript', () => {
    const got = namesOf(
      'PAMIR SOUND ARCHIVE',
      'Series: Voices of the Kokcha valley\nItem ID: PSA-0412\nInterviewee: Mirza Ghulam Sakhi (b. 1948)\nRecorded: 3 May 2024, Jurm, Badakhshan province\nSummary: Memories of the lapis road to Kabul and of winters in Zebak.\nKeywords: lapis; Kokcha; Kabul; trade',
      '[00:00:05] Q: Where did you grow up?',
      '[00:00:09] MGS: In Baharak, by the river. Every spring we walked the donkeys to Jurm for salt.',
      'Rights: © Pamir Sound Archive. For research use only; write to the reading room in Kabul.',
    );
    expect(got).not.toContain('Kabul');
    expect(got).not.toContain('Zebak');
    expect(got).toContain('Jurm');
  });
  it('near miss: a story with one "Language:" and one "Summary:" line keeps them', () => {
    const got = namesOf(
      'Schools reopen in Warduj',
      'Summary: schools in Warduj reopened on Saturday after three years.',
      'Teachers in Warduj said 400 girls had enrolled in the first week.',
    );
    expect(got.filter((n) => n === 'Warduj')).toHaveLength(2);
  });
});

describe('a page speaking of itself', () => {
  it("leaves a blog's box about its writer out", () => {
    const got = namesOf(
      'Bolani the way my aunt made it in Kishim',
      'My aunt rolled the dough thin enough to read through, the way they did in Kishim.',
      'About Laila — I’m a dentist in Sacramento and I cook what my family carried from Badakhshan and Balkh.',
    );
    expect(got).toEqual(['Kishim']);
  });
  it("leaves a paper's line to advertisers out", () => {
    const got = namesOf(
      'آگهی‌ها',
      '■ فروش زمین: یک جریب زمین زراعتی در ولسوالی خان‌آباد به فروش می‌رسد.',
      'برای ثبت آگهی به دفتر روزنامه در چوک شهر بغلان مراجعه کنید. نرخ اعلانات: هر سطر ۴۰ افغانی',
    );
    expect(got).not.toContain('بغلان');
    expect(got).toContain('خان‌آباد');
  });
});

// Review round: ordinary copy the page-shape rules must leave alone.
describe('review near misses: page shapes on ordinary copy', () => {
  it('a wire story with three photos keeps its captions out, though they outweigh its prose', () => {
    const got = namesOf(
      'Farmers return to flooded fields in Kunduz',
      'KUNDUZ, Afghanistan (AP) — Farmers in northern Kunduz province began replanting wheat on Tuesday after floods swept through three districts last week.',
      '"We lost everything, but the land is still here," said Abdul Rahim, a farmer from Chahar Dara.',
      'A farmer walks through a flooded wheat field in Chahar Dara district of Kunduz province, Afghanistan, on Monday, May 12, 2026. (AP Photo/Rahmat Gul)',
      'Children carry buckets of water past damaged homes in Imam Sahib district near the border with Tajikistan, on Monday. (AP Photo/Rahmat Gul)',
      "Women wait for food aid outside the district governor's office in Khanabad, as officials count the losses from last week's floods. (AP Photo/Rahmat Gul)",
      'Officials said about 400 homes were damaged.',
    );
    expect(got).not.toContain('Imam Sahib district');
    expect(got).not.toContain('Khanabad');
    expect(got).toContain('Chahar Dara');
  });
  it("an interview transcript's repeated 'Interviewer:' / 'Narrator:' turns are the text, not a record", () => {
    const got = namesOf(
      'Oral history: the flood of 1991',
      "Interviewer: Where were you when the water came?\nNarrator: I was in Khanabad, at my uncle's house near the bazaar.\nInterviewer: And your family?\nNarrator: They had gone to Taloqan for a wedding.",
    );
    expect(got).toEqual(['Khanabad', 'Taloqan']);
  });
  it('sentences that open on "To advertise" or on advertising rates are the reporting', () => {
    const got = namesOf(
      'Traders shut shops in Kunduz',
      'KUNDUZ — Traders in the city closed their shops on Sunday to protest a new tax.',
      'To advertise the new tax, the municipality sent trucks with loudspeakers through Khanabad and Imam Sahib.',
      'Advertising rates at newspapers in Mazar-i-Sharif have fallen by half since August, editors said.',
      'نرخ آگهی در روزنامه‌های بلخ از ماه اسد به این سو نصف شده است.',
    );
    expect(got).toEqual(expect.arrayContaining(['Khanabad', 'Imam Sahib', 'Mazar-i-Sharif', 'بلخ']));
  });
  it('«برنامه آینده:» (the plan ahead) is a subhead of the story, not a pager', () => {
    const got = namesOf(
      'گزارش: زراعت در تخار',
      'دهقانان تخار می‌گویند که امسال باران بیشتر باریده است.',
      'برنامه آینده: ساخت کانال آبیاری در ولسوالی دشت قلعه',
      'مسئولان گفتند که کار کانال در بهار آغاز می‌شود.',
    );
    expect(got).toContain('دشت قلعه');
  });
  it("a timeline's year and head ('2015 — BAGHLAN ROAD CUT') is no daybook's time and town", () => {
    const story = page(
      'A timeline of Kunduz',
      'KUNDUZ — The city has changed hands several times.',
      '2015 — BAGHLAN ROAD CUT\nFighters cut the highway south for two weeks.',
    );
    expect(placesOf(story).filter(([text]) => text === 'BAGHLAN')).toEqual([]);
  });
});
