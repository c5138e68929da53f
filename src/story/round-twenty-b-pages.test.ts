import { describe, expect, it } from 'vitest';
import { placesOf, readWithCountry } from './test-helpers.ts';

// Round 20b's page structure: a roundup's item heads in capitals are the story's text (their places link), while
// a site's furniture round a story — a "watch also" list, a newsletter box, a photo caption's credit, a
// correspondent's byline — is not, whatever places it names. Every wording here is new; each class has a near
// miss that must still link.
const read = (...paras: string[]) => readWithCountry(['Headline of the page', '', ...paras].join('\n\n'));
const linked = (...paras: string[]) => placesOf(read(...paras)).map(([text, id]) => `${text}=${id}`);

const STORY = 'Floods reached Archi on Monday and families moved to higher ground near Taloqan.';
const BARE = ['Archi=AF1906', 'Taloqan=AF1801'];

describe("a roundup's item heads in capitals", () => {
  it('links the province heading an item with a dash', () => {
    const got = linked(
      STORY,
      'BADAKHSHAN — CLINIC IN JURM GETS SOLAR POWER',
      'A clinic in the valley has had power from panels since Sunday, health workers said.',
    );
    expect(got).toContain('BADAKHSHAN=AF17');
    expect(got).toContain('JURM=AF1710');
  });
  it('links a head set with a colon and its town', () => {
    const got = linked(
      STORY,
      'BALKH: HAIRATAN PORT WORKERS UNPAID FOR TWO MONTHS',
      'Porters at the river port said their wages had not been paid since September.',
    );
    expect(got).toContain('BALKH=AF21');
    expect(got).toContain('HAIRATAN=AF2116');
  });
  it('links the heads of a whole roundup', () => {
    const got = linked(
      "The following are the day's brief reports from the northern provinces.",
      'KUNDUZ — SCHOOL ROOF COLLAPSES AFTER RAIN',
      'No pupils were hurt when part of a school roof fell in on Tuesday, teachers said.',
      'TAKHAR — FARKHAR BRIDGE REPAIRED',
      'Villagers can cross the river again after a week, the district office said.',
    );
    expect(got).toEqual(expect.arrayContaining(['KUNDUZ=AF19', 'TAKHAR=AF18', 'FARKHAR=AF1808']));
  });
  it('does not read a word in capitals as a place where the head has none', () => {
    expect(linked(STORY, 'PRICES CLIMB AGAIN AS ROADS CLOSE', 'Traders said the cost of fuel rose.')).toEqual(
      BARE,
    );
  });
});

describe("a video page's list of other videos", () => {
  it('links nothing in a "Watch also" list', () => {
    expect(
      linked(
        STORY,
        'Watch also\n▸ Kunduz: bakers close as flour runs short\n▸ Baghlan: Doshi road shut by snow',
      ),
    ).toEqual(BARE);
  });
  it('links nothing in a "More videos" list', () => {
    expect(
      linked(STORY, 'More videos\n▸ Jurm: a bridge washed away\n▸ Badakhshan: teachers unpaid for months'),
    ).toEqual(BARE);
  });
  it('still links a story sentence telling readers to watch', () => {
    expect(
      linked(STORY, 'Watch also for the river at Khanabad, officials warned, as the snow melts.'),
    ).toContain('Khanabad=AF1904');
  });
});

describe('a newsletter box', () => {
  it('links nothing in a box offering the morning news', () => {
    expect(
      linked(STORY, "Get the morning's headlines from Takhar and Badakhshan in your inbox, every weekday."),
    ).toEqual(BARE);
  });
  it('links nothing in a box offering a weekly digest', () => {
    expect(linked(STORY, 'A weekly digest of news from Kunduz and Baghlan, straight to your inbox.')).toEqual(
      BARE,
    );
  });
  it('still links a sentence about email', () => {
    expect(
      linked(
        STORY,
        'Teachers in Kunduz province said the ministry had not answered their emails for a month.',
      ),
    ).toContain('Kunduz province=AF19');
  });
});

describe("a photo caption's credit", () => {
  it('links nothing in a caption with the outlet alone in brackets', () => {
    expect(linked('[Photo] Women wait outside the clinic in Baharak. (Kokcha Times)', STORY)).toEqual(BARE);
  });
  it('links nothing in a caption labelled as an image', () => {
    expect(linked(STORY, '[Image] Trucks queue at the Hairatan crossing on Sunday. (Amu Post)')).toEqual(
      BARE,
    );
  });
});

describe("a correspondent's byline", () => {
  it('links nothing in "By our Takhar correspondent"', () => {
    expect(linked('By our Takhar correspondent', STORY)).toEqual(BARE);
  });
  it('links nothing in "By our Kunduz reporter"', () => {
    expect(linked('By our Kunduz reporter', STORY)).toEqual(BARE);
  });
  it('still links a sentence about the correspondent', () => {
    expect(
      linked(STORY, 'Our correspondent in Takhar saw trucks queue outside Taloqan on Sunday.'),
    ).toContain('Takhar=AF18');
  });
});

describe("a page head's reading time and text-size control, and a video's tagged caption", () => {
  it('keeps a reading time and a text-size control out of the story', () => {
    const texts = read(STORY, '🕑 6 min read', 'Font size: A A+', STORY).passages.map((p) => p.text);
    expect(texts).toEqual([STORY, STORY]);
  });
  it('links nothing in a video caption with its length', () => {
    expect(
      linked('[VIDEO 1:58] Porters unload flour at the Sher Khan Bandar crossing. Amu TV', STORY),
    ).toEqual(BARE);
  });
  it('still links a sentence giving a time in minutes', () => {
    expect(
      linked(
        STORY,
        'The crossing from Imam Sahib takes about 3 min by boat when the river is calm, boatmen said.',
      ),
    ).toContain('Imam Sahib=AF1905');
  });
});

describe("a release's embargo line over its headline", () => {
  const release = (embargo: string) =>
    placesOf(
      readWithCountry(
        [
          'NEWS RELEASE',
          embargo,
          "Mobile clinics reach Takhar's northern districts before the snow",
          'TALOQAN, 2 March 2026 — A charity has sent four mobile clinics to Darqad and Yangi Qala, it said on Monday.',
        ].join('\n\n'),
      ),
    ).map(([text, id]) => `${text}=${id}`);
  it('reads the headline under "Embargoed until …" as the title', () => {
    expect(release('Embargoed until 06:00 Kabul time, Monday 2 March 2026')).not.toContain('Takhar=AF18');
  });
  it('reads the headline under "Not for publication before …" as the title', () => {
    expect(release('Not for publication before 00:01 GMT on 2 March 2026')).not.toContain('Takhar=AF18');
  });
  it('still links a sentence about an embargo', () => {
    expect(
      linked(STORY, 'Traders said the embargo on fuel through Hairatan had doubled prices in a week.'),
    ).toContain('Hairatan=AF2116');
  });
});
