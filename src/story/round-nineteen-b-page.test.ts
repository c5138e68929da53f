import { describe, expect, it } from 'vitest';
import { isSlashBreadcrumb } from './page-chrome.ts';
import { placesOf, readWithCountry } from './test-helpers.ts';

// Round nineteen (b): what a copied page carries around a story — readers' comments under handle-and-date heads,
// a wire's contributor line — links no place, while the same places in the story's text still do.
const read = (...paras: string[]) => readWithCountry(['Headline of the page', '', ...paras].join('\n\n'));
const linked = (...paras: string[]) => placesOf(read(...paras)).map(([text, id]) => `${text}=${id}`);

const STORY = 'Floods reached Archi on Monday and families moved to higher ground near Taloqan.';
const STORY_LINKS = ['Archi=AF1906', 'Taloqan=AF1801'];

describe('a comment box whose heads are a handle and a calendar date', () => {
  it('links no place in the comments', () => {
    expect(
      linked(
        STORY,
        'Comments (3)',
        'Hamid_K • 2 Dec 2026',
        'Same in Khanabad last spring.',
        'Zarmina from Kunduz · December 2, 2026',
        'My uncle lives in Imam Sahib and lost his orchard.',
      ),
    ).toEqual(STORY_LINKS);
  });
  it('also with dashes and numeric dates', () => {
    expect(
      linked(
        STORY,
        'Reader comments',
        'Farid1988 – 03/12/2026',
        'The road to Faizabad is worse.',
        'Guest – 03/12/2026 18:40',
        'Thank you from Baharak.',
      ),
    ).toEqual(STORY_LINKS);
  });
  it('keeps a story\u2019s dated update paragraphs under a "Comments" subhead of its own', () => {
    const kept = linked(
      STORY,
      'Comments',
      'The governor of Kunduz said on 3 Dec 2026 that the embankment would be rebuilt in Khanabad.',
    );
    expect(kept).toContain('Kunduz=AF19');
    expect(kept).toContain('Khanabad=AF1904');
  });
});

describe("a wire's contributor line", () => {
  it('links no place in it, in several wordings', () => {
    for (const credit of [
      'Northern Wire correspondents in Kunduz, Khanabad and Imam Sahib contributed to this report.',
      'Sayed Rahim in Faizabad and Nazifa Sultani in Kunduz contributed reporting. Editing by Omar Jalali.',
      'Staff reporters in Khanabad also contributed reporting to this story.',
    ])
      expect(linked(STORY, credit)).toEqual(STORY_LINKS);
  });
  it("still links a story's sentence that says what contributed to what", () => {
    expect(linked(STORY, 'Heavy rain in Khanabad contributed to this week\u2019s floods.')).toContain(
      'Khanabad=AF1904',
    );
    expect(linked(STORY, 'Traders in Kunduz contributed to the fund, the governor said.').join()).toMatch(
      /Kunduz=AF19/u,
    );
  });
  it("still links a story's sentence whose subject is not a wire's staff, though it ends like a credit", () => {
    expect(
      linked(STORY, 'The minister said provincial health officers in Khanabad contributed to this report.'),
    ).toContain('Khanabad=AF1904');
    expect(linked(STORY, 'More than 40 midwives in Khanabad contributed to this report.')).toContain(
      'Khanabad=AF1904',
    );
  });
});

const readPage = (...lines: string[]) =>
  placesOf(readWithCountry(lines.join('\n\n'))).map(([text, id]) => `${text}=${id}`);

describe("a press release's dated label over its headline", () => {
  it('takes the line under "For immediate release — <date>" as the headline, in several wordings', () => {
    for (const label of [
      'For immediate release — 3 December 2026',
      'FOR IMMEDIATE RELEASE – December 4, 2026',
      'PRESS RELEASE — 2026-12-04',
    ]) {
      const links = readPage(
        label,
        'Winter kits reach 2,000 families in Khanabad',
        'TALOQAN — The charity began handing out blankets and coal in Taloqan on Wednesday.',
      );
      expect(links).not.toContain('Khanabad=AF1904');
      expect(links).toContain('TALOQAN=AF1801');
    }
  });
  it('keeps a dated sentence that only names a release as the text', () => {
    const links = readPage(
      'Headline of the page',
      'Released on 3 December 2026 — the report found 2,000 families in Khanabad without heating.',
    );
    expect(links).toContain('Khanabad=AF1904');
  });
});

describe("a release's numbered notes to editors", () => {
  const release = (...notes: string[]) =>
    readPage('PRESS RELEASE', 'Blankets for Kunduz', STORY, 'ENDS', 'Notes to editors', ...notes);
  it('reads every numbered note, even the issuer on itself', () => {
    const links = release(
      '1. Green Valleys Aid is an independent charity with offices in Faizabad and Khanabad.',
      '2) The distribution in Farkhar will follow in January.',
    );
    expect(links).toEqual(expect.arrayContaining(['Faizabad=AF1701', 'Khanabad=AF1904', 'Farkhar=AF1808']));
  });
  it('drops a numbered self-description where an "About …" part of the release follows', () => {
    const links = release(
      '1. The distribution in Farkhar will follow in January.',
      '2. Green Valleys Aid is an independent charity with offices in Faizabad and Khanabad.',
      'About Green Valleys Aid',
      'Green Valleys Aid works with farmers in Kunduz.',
    );
    expect(links).toContain('Farkhar=AF1808');
    expect(links.join()).not.toMatch(/Faizabad|Khanabad/u);
  });
  it('still drops an unnumbered self-description and a numbered contact line', () => {
    const links = release(
      'Green Valleys Aid is an independent charity with offices in Faizabad and Khanabad.',
      '2. Media contact: press@greenvalleys.example.org, Kunduz office, +93 700 000 000.',
    );
    expect(links.join()).not.toMatch(/Faizabad|Khanabad|Kunduz=AF1901/u);
  });
});

describe("a place before a dateline's dash and an organisation named Relief", () => {
  it('links the dateline and not the place inside "… Relief"', () => {
    for (const lead of [
      'KUNDUZ — Khanabad Relief today began handing out coal in Archi.',
      'FAIZABAD – Hindu Kush Relief said on Monday that roads to Warsaj were closed.',
    ]) {
      const links = linked(lead);
      expect(links.some((l) => /^(KUNDUZ|FAIZABAD)=/u.test(l))).toBe(true);
      expect(links).not.toContain('Khanabad=AF1904');
      expect(links).not.toContain('Hindu Kush=hindu-kush');
    }
  });
  it('still links a place the relief reached', () => {
    expect(linked('Emergency relief reached Khanabad on Monday.')).toContain('Khanabad=AF1904');
  });
});

describe("a site's breadcrumb of slashes over the headline", () => {
  it('takes the line under "Home / … / …" as the headline', () => {
    for (const crumb of ['Home / News / Provinces', 'Homepage / Health / North', 'خانه / اخبار / ولایات']) {
      const links = readPage(
        'NORTH TV',
        crumb,
        'Clinic roof collapses in Khanabad',
        'TALOQAN — Snow brought down the roof of a clinic in Taloqan on Tuesday, officials said.',
      );
      expect(links).not.toContain('Khanabad=AF1904');
      expect(links).toContain('TALOQAN=AF1801');
    }
  });
  it('is no breadcrumb without the front page or with one slash', () => {
    expect(isSlashBreadcrumb('Kunduz / Takhar / Baghlan')).toBe(false);
    expect(isSlashBreadcrumb('Home / away record of the Kunduz team')).toBe(false);
    expect(isSlashBreadcrumb('Home / News / Provinces')).toBe(true);
  });
});

describe("a site's office address under its footer's links", () => {
  it('links no place in it, in several wordings', () => {
    for (const footer of [
      [
        'About us | Contact | Advertise | Privacy policy',
        'Kunduz office: Main road, Kunduz, Kunduz province',
      ],
      ['Contact us • Terms of use', 'Head office: Shahr-e-Naw, Kabul. Regional bureau: Faizabad'],
    ])
      expect(linked(STORY, ...footer)).toEqual(STORY_LINKS);
  });
  it("keeps an office line that is no footer's, and a sentence under the links", () => {
    expect(linked(STORY, 'Khanabad office: Main road, Khanabad')).toContain('Khanabad=AF1904');
    expect(
      linked(STORY, 'About us | Contact', 'Khanabad office: the clinic will open on Monday, officials said.'),
    ).toContain('Khanabad=AF1904');
  });
});
