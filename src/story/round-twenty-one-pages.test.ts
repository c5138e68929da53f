import { describe, expect, it } from 'vitest';
import { placesOf, readWithCountry, speakerOf } from './test-helpers.ts';
// After the engine's modules (page-chrome.ts is read inside their import cycle).
import { isReferenceLine } from './page-chrome.ts';

// Round 21, page furniture. Fresh wordings of furniture from other sites and forms (a wire's reference line
// under its masthead, a desk or service named after a region, "Reporting by … Editing by …" tags, "Read more:"
// lines, live-blog stamps), each with a near miss that must still link; and a review of round 20b's caps heads
// and site furniture against ordinary story sentences.
const page = (...paras: string[]) => readWithCountry(paras.join('\n\n'));
const linkedIn = (...paras: string[]) => placesOf(page(...paras)).map(([text, id]) => `${text}=${id}`);
const linked = (...paras: string[]) => linkedIn('Headline of the page', ...paras);

const STORY = 'Floods reached Archi on Monday and families moved to higher ground near Taloqan.';
const BARE = ['Archi=AF1906', 'Taloqan=AF1801'];

describe("a wire's masthead and reference line over its headline", () => {
  it('reads the headline under an agency name, a desk line, a date and a ref line as the title', () => {
    const got = linkedIn(
      'PAMIR NEWS SERVICE (PNS)',
      'English Desk — Northern Digest',
      'Tuesday 3 March 2026',
      'Ref: PNS-EN-0303-11',
      'NORTH DIGEST: Fuel up in Taloqan, Kishim school reopens, ferry halted at Dasht-e-Qala',
      'KABUL, March 3 (PNS) — The following are reports from the northern provinces filed on Tuesday.',
      'Fuel prices rose again in Khanabad, traders said.',
    );
    expect(got).not.toContain('Kishim=AF1715');
    expect(got).not.toContain('Dasht-e-Qala=AF1812');
    expect(got).toContain('Khanabad=AF1904');
  });
  it('reads the headline under a slug line as the title', () => {
    const got = linkedIn(
      'SLUG: AFGHAN-FLOODS/BAGHLAN 0417',
      'Floods cut the road from Nahrin to Burka',
      'PUL-E-KHUMRI, April 17 — Rivers broke their banks in Baghlan overnight, officials said.',
    );
    expect(got).not.toContain('Nahrin=AF0910');
    expect(got).toContain('Baghlan=AF09');
  });
  it('still links a sentence that gives a reference', () => {
    expect(
      linked(STORY, 'Ref: the letter from the Kishim district office, dated 2 March, asked for tents.'),
    ).toContain('Kishim district=AF1715');
  });
});

describe('isReferenceLine', () => {
  it("reads a wire's ref, slug and story-id lines", () => {
    for (const line of ['ref: ANA-EN-0412-03', 'SLUG: AFGHAN-FLOODS/BAGHLAN 0417', 'Story ID: #88213'])
      expect(isReferenceLine(line)).toBe(true);
  });
  it('reads no sentence after the label, and no label without a number', () => {
    for (const line of ['Ref: the letter from the Kishim office, dated 2 March', 'Slug: KUNDUZ-FLOODS'])
      expect(isReferenceLine(line)).toBe(false);
  });
});

describe("a ref line between a wire's masthead and its headline", () => {
  it('reads the line under the ref line as the title', () => {
    const got = linkedIn(
      'AMU NEWS AGENCY (ANA)',
      'ref: ANA-0412-03',
      'Ferry service resumes at Dasht-e-Qala as the river falls',
      'TALOQAN, April 12 (ANA) — Boats crossed the river to Khwaja Bahauddin again on Sunday, boatmen said.',
    );
    expect(got).not.toContain('Dasht-e-Qala=AF1812');
    expect(got).toContain('Khwaja Bahauddin=AF1814');
  });
});

describe('a desk, service or bureau named after a region', () => {
  it('links no region in "prepared by the South and Central Asia Desk"', () => {
    expect(
      linked(STORY, 'Summaries are prepared by the South and Central Asia Desk from broadcasts as received.'),
    ).toEqual(BARE);
  });
  it("links no region in a broadcaster's Central Asian service", () => {
    expect(
      linked(
        STORY,
        'Farmers in Kunduz told the Central Asian Service of a radio station that prices fell.',
        STORY,
      ),
    ).not.toContain('Central Asian=central-asia');
  });
  it('links no region in "our Middle East bureau"', () => {
    expect(
      linked(STORY, 'Additional reporting by our Middle East bureau; editing by Sara Ahmadi.'),
    ).not.toContain('Middle East=middle-east');
  });
  it('still links the region where the text is about it', () => {
    expect(
      linked(
        STORY,
        'Traders said flour now reaches Badakhshan from Central Asia through the Sher Khan Bandar crossing.',
      ),
    ).toContain('Central Asia=central-asia');
  });
});

describe('"Reporting by … Editing by …" tags and "Read more:" lines', () => {
  it('links nothing in a reporting and editing tag', () => {
    expect(
      linked(STORY, 'Reporting by Zahra Amiri in Faizabad and Noor Ahmad in Kunduz; Editing by Tom Hale'),
    ).toEqual(BARE);
  });
  it('links nothing in a "Read more:" line', () => {
    expect(linked(STORY, 'Read more: Snow closes the road to Jurm for a third week')).toEqual(BARE);
  });
  it('still links a sentence about reading', () => {
    expect(
      linked(STORY, 'Read more closely, the report says half the wells in Khanabad have dried up.'),
    ).toContain('Khanabad=AF1904');
  });
});

describe("a live blog's timestamps", () => {
  it('links the places of an entry under its time stamp', () => {
    const got = linked(
      STORY,
      '11:42 GMT',
      'The road between Kishim and Faizabad has reopened, the provincial highway office said.',
    );
    expect(got).toEqual(expect.arrayContaining(['Kishim=AF1715', 'Faizabad=AF1701']));
  });
});

describe("a 'What we know' explainer's bullets", () => {
  it('attributes a quotation in a bullet to the source the bullet names', () => {
    const story = page(
      'Cholera in Khanabad: what we know',
      'Health officials confirmed cases in Khanabad district on Sunday.',
      'What we know so far',
      '• At least 40 people have been treated at the district clinic.\n• A doctor at the clinic, Dr Mariam Sadat, said: "Most of the patients drank from the canal."',
    );
    expect(speakerOf(story, 'Most of the patients drank')).toBe('Dr Mariam Sadat');
  });
});

describe('review of round 20b: caps heads, furniture lists, bylines and embargo lines', () => {
  it('still links a story sentence set in capitals for emphasis', () => {
    expect(
      linked(
        STORY,
        'ALL FERRIES AT DASHT-E-QALA ARE SUSPENDED UNTIL FURTHER NOTICE',
        'Boatmen said the river was too high.',
      ),
    ).toContain('DASHT-E-QALA=AF1812');
  });
  it('links both places of another shouted sentence, its name joined by a particle', () => {
    const got = linked(
      STORY,
      'THE ROAD FROM PUL-I-KHUMRI TO NAHRIN IS STILL CLOSED TO TRUCKS',
      'Drivers waited at the checkpoint for a second day, a transport official said.',
    );
    expect(got).toEqual(expect.arrayContaining(['PUL-I-KHUMRI=AF0901', 'NAHRIN=AF0904']));
  });
  it("links nothing in a video's label in capitals between paragraphs", () => {
    expect(
      linked(
        STORY,
        'WATCH: THE FERRY AT DASHT-E-QALA IN HIGH WATER',
        'Boatmen said the river was too high to cross.',
      ),
    ).toEqual(BARE);
  });
  it('still links a story sentence that says "watch next"', () => {
    expect(
      linked(
        STORY,
        'Watch next week for the flood peak at Khanabad, the hydrologist said, as the snow melts.',
      ),
    ).toContain('Khanabad=AF1904');
  });
  it('still links a story sentence about more videos', () => {
    expect(
      linked(STORY, 'More videos of the flooded bazaar in Khanabad were shared on Monday, residents said.'),
    ).toContain('Khanabad=AF1904');
  });
  it('still links a subhead that begins with "Embargo"', () => {
    expect(
      linked(
        STORY,
        'Embargo eased at Hairatan',
        'Traders said fuel trucks were crossing again after a week in which the border was shut to them.',
      ),
    ).toContain('Hairatan=AF2116');
  });
  it('still links a place-named section head of an ordinary article', () => {
    expect(
      linked(STORY, 'In Kishim', 'The district office said 30 houses had been damaged and two bridges lost.'),
    ).toContain('Kishim=AF1715');
  });
});

describe('a status table with no column of figures', () => {
  it("links the district cells under a 'District' head", () => {
    const got = linkedIn(
      'Roads in Badakhshan on Wednesday',
      'The provincial public works department gave the state of the main roads on Wednesday.',
      'District | Road | Status\nKishim | Kishim–Faizabad | Open\nJurm | Jurm–Baharak | Closed by avalanche\nZebak | Zebak–Eshkashem | Closed',
    );
    expect(got).toEqual(expect.arrayContaining(['Jurm=AF1710', 'Zebak=AF1725', 'Eshkashem=AF1723']));
  });
  it('links the cells of a Dari table under «ولسوالی»', () => {
    const got = linkedIn(
      'وضعیت راه‌های تخار',
      'ریاست فواید عامهٔ تخار روز چهارشنبه وضعیت راه‌های اصلی ولایت را اعلام کرد.',
      'ولسوالی | راه | وضعیت\nفرخار | فرخار–تالقان | باز\nورسج | ورسج–فرخار | بسته',
    );
    expect(got).toEqual(expect.arrayContaining(['فرخار=AF1808', 'ورسج=AF1813']));
  });
  it("links nothing in a site's menu of two lines", () => {
    expect(
      linked(STORY, 'Home | News | Opinion | Video\nSport | Culture | Weather | Contact', STORY),
    ).toEqual([...BARE, ...BARE]);
  });
});

describe("a WebVTT file's voice tags", () => {
  const vtt = (...cues: string[]) =>
    readWithCountry(
      [
        'WEBVTT',
        ...cues.map((c, i) => `00:00:${String(10 + i * 5)}.000 --> 00:00:${String(14 + i * 5)}.000\n${c}`),
      ].join('\n\n'),
    );
  it('attributes each voiced cue to the voice it names', () => {
    const story = vtt(
      'A river that moves',
      '<v Narrator>Every spring the Panj takes more of the fields near Khwaja Bahauddin.',
      '<v Gul Ahmad>We moved the house twice. Next year we will move it again.',
      '<v Narrator>The district office in Yangi Qala says stone walls are planned.',
      '<v.loud Sima Noori>The walls were promised last year too, and the year before.',
    );
    expect(speakerOf(story, 'We moved the house twice')).toBe('Gul Ahmad');
    expect(speakerOf(story, 'The walls were promised')).toBe('Sima Noori');
    expect(speakerOf(story, 'stone walls are planned')).toBeNull();
  });
  it('attributes a Dari cue to the voice it names', () => {
    const story = vtt(
      'راه بدخشان',
      '<v راوی>هر زمستان راه فیض‌آباد به جرم چند هفته بسته می‌ماند.',
      '<v محمد نعیم>ما آرد را بر پشت خر از کوتل آوردیم، موتر راه نداشت.',
      '<v راوی>ریاست فواید عامه می‌گوید راه تا آخر هفته باز می‌شود.',
    );
    expect(speakerOf(story, 'ما آرد را بر پشت خر')).toBe('محمد نعیم');
    expect(speakerOf(story, 'ریاست فواید عامه')).toBeNull();
  });
});

describe("a subtitle file's title card", () => {
  const srt = (...cues: string[]) =>
    readWithCountry(
      cues
        .map(
          (c, i) =>
            `${String(i + 1)}\n00:00:${String(10 + i * 5)},000 --> 00:00:${String(14 + i * 5)},000\n${c}`,
        )
        .join('\n\n'),
    );
  const places = (story: ReturnType<typeof srt>) => placesOf(story).map(([text, id]) => `${text}=${id}`);
  it("links nothing in the film's title card", () => {
    const got = places(
      srt(
        'Ferry days at Dasht-e-Qala',
        '[NARRATOR] Every morning the ferry leaves the bank below Khwaja Bahauddin.',
        'BOATMAN: The river is higher than last year.',
      ),
    );
    expect(got).not.toContain('Dasht-e-Qala=AF1812');
    expect(got).toContain('Khwaja Bahauddin=AF1814');
  });
  it('still links a super as the first cue', () => {
    const got = places(
      srt(
        'FAIZABAD, BADAKHSHAN',
        '[NARRATOR] The bridge was washed away in April.',
        'KARIM: We carried the wheat.',
      ),
    );
    expect(got).toEqual(expect.arrayContaining(['FAIZABAD=AF1701', 'BADAKHSHAN=AF17']));
  });
});

describe('review of round 21 pages: near misses of its own rules', () => {
  const srt = (...cues: string[]) =>
    readWithCountry(
      cues
        .map(
          (c, i) =>
            `${String(i + 1)}\n00:00:${String(10 + i * 5)},000 --> 00:00:${String(14 + i * 5)},000\n${c}`,
        )
        .join('\n\n'),
    );
  it("links both ends of an airline's or a bus's service, written in lower case", () => {
    const got = linked(
      STORY,
      'Ariana Afghan Airlines resumed its Kabul–Faizabad service on Thursday, the airport manager said.',
    );
    expect(got).toEqual(expect.arrayContaining(['Kabul=AF0101', 'Faizabad=AF1701']));
    expect(
      linked(
        STORY,
        'The Mazar–Taloqan service ran again on Friday after the snow was cleared, drivers said.',
      ),
    ).toContain('Mazar=AF2101');
  });
  it("links the province of a province's own service, its kind word between", () => {
    const got = linked(
      STORY,
      'The Badakhshan Health Service said clinics in Jurm had reopened, and the Kunduz Emergency Service sent two ambulances.',
    );
    expect(got).toEqual(expect.arrayContaining(['Badakhshan=AF17', 'Kunduz=AF19', 'Jurm=AF1710']));
  });
  it('links nothing in a "Read more daily updates" promo line', () => {
    expect(
      linked(STORY, 'Read more daily updates on the floods in Nahrin and Burka on our website.', STORY),
    ).toEqual([...BARE, ...BARE]);
    expect(linked(STORY, 'See more weekly coverage from Kishim and Jurm in our app')).toEqual(BARE);
  });
  it("links nothing in a site's menu of three lines with a 'Provinces' item, and keeps the headline", () => {
    const story = page(
      'News | Provinces | Sport | Video\nKabul | Balkh | Kunduz | Herat\nTakhar | Baghlan | Badakhshan | Faryab',
      'Snow closes the Salang',
      STORY,
    );
    expect(placesOf(story).map(([text, id]) => `${text}=${id}`)).toEqual(BARE);
  });
  it("links a speaker's first cue, its stop left off, as the film's text, not its title", () => {
    const got = placesOf(
      srt(
        'We left Kishim in the spring',
        'KARIM: The water took the fields first.',
        'KARIM: Then it took the house in Teshkan.',
      ),
    ).map(([text, id]) => `${text}=${id}`);
    expect(got).toEqual(expect.arrayContaining(['Kishim=AF1715', 'Teshkan=AF1711']));
    const dari = placesOf(
      srt('ما از کشم آمدیم', 'کریم: آب اول زمین‌ها را برد.', 'کریم: بعد خانهٔ ما را در تیشکان برد.'),
    ).map(([text, id]) => `${text}=${id}`);
    expect(dari).toContain('کشم=AF1715');
  });
  it("links a location super of three words, its kind of place named, as the film's first cue", () => {
    const cues = (first: string) =>
      placesOf(
        srt(first, '[NARRATOR] The ferry leaves the bank every morning.', 'KARIM: The river is higher.'),
      ).map(([text, id]) => `${text}=${id}`);
    expect(cues('KHWAJA BAHAUDDIN DISTRICT')).toContain('KHWAJA BAHAUDDIN DISTRICT=AF1814');
    expect(cues('Imam Sahib district')).toContain('Imam Sahib district=AF1905');
    expect(cues('ولسوالی امام صاحب')).toContain('امام صاحب=AF1905');
    expect(cues('WE LEFT KISHIM IN SPRING')).toContain('KISHIM=AF1715');
  });
  it('keeps a headline opening on "Embargo:" that gives no time as the title', () => {
    for (const head of [
      'Embargo: 40 fuel tankers stuck at Hairatan',
      'Embargo until 2027 squeezes Hairatan traders',
    ])
      expect(
        page(head, 'HAIRATAN, Dec 4 (Wire) — Customs officials said 40 tankers were waiting at the bridge.')
          .meta.title,
      ).toBe(head);
    expect(
      page(
        'Ministry of Agriculture',
        'EMBARGOED UNTIL 06:00 KABUL TIME, 5 DECEMBER 2026',
        'Wheat seed handed out in Takhar',
        'TALOQAN — The ministry said on Thursday that 4,000 farmers in Takhar had received wheat seed.',
      ).meta.title,
    ).toBe('Wheat seed handed out in Takhar');
  });
  it("links nothing in a promo's pointer in capitals between paragraphs", () => {
    expect(linked(STORY, 'MORE COVERAGE OF THE FLOODS IN DOSHI IS ON PAGE 6', STORY)).toEqual([
      ...BARE,
      ...BARE,
    ]);
    expect(linked(STORY, 'RESULTS FROM EVERY DISTRICT IN TAKHAR ARE ON OUR WEBSITE', STORY)).toEqual([
      ...BARE,
      ...BARE,
    ]);
  });
  it("reads a news film's reporter voice as the film's own, and still the voice of the person it names", () => {
    const cues = [
      '<v Reporter>Officials in Kunduz say the river has risen two metres.',
      '<v Correspondent>The water reached the bazaar at Imam Sahib before dawn.',
      '<v Gul Ahmad>We have nothing left, our house in Archi is gone.',
      '<v خبرنگار>آب دریا در ولسوالی امام صاحب بالا آمده است.',
    ];
    const story = readWithCountry(
      [
        'WEBVTT',
        ...cues.map((c, i) => `00:00:${String(10 + i * 5)}.000 --> 00:00:${String(14 + i * 5)}.000\n${c}`),
      ].join('\n\n'),
    );
    expect(speakerOf(story, 'the river has risen')).toBeNull();
    expect(speakerOf(story, 'reached the bazaar')).toBeNull();
    expect(speakerOf(story, 'آب دریا در ولسوالی')).toBeNull();
    expect(speakerOf(story, 'We have nothing left')).toBe('Gul Ahmad');
  });
});
