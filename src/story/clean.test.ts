import { describe, expect, it } from 'vitest';
import { chromeReason, endsWithLinkList, isHeadingLike, isLegalLabel, isRelatedListHead } from './clean.ts';
import { isPointerLine } from './page-chrome.ts';

describe('chromeReason: furniture lines of copied pages and wire copy', () => {
  it('removes wire staff credits, but not a sentence that starts "Reporting by"', () => {
    expect(chromeReason('(Reporting by Ana Ruiz in Taloqan; Editing by Bo Lind)')).toBe('byline');
    expect(chromeReason('Additional reporting by Omid Sadat in Kabul.')).toBe('byline');
    expect(chromeReason('— Additional reporting by Omid Sadat in Kabul.')).toBe('byline');
    expect(chromeReason('Reporting by Ana Ruiz; Editing by Bo Lind')).toBe('byline');
    expect(chromeReason('Reporting by local radio suggested the road to Fayzabad was shut.')).toBeNull();
  });

  it('removes a wire service standing footer', () => {
    expect(chromeReason('Our Standards: The Example Trust Principles.')).toBe('legal');
  });

  it('removes comment counters and toggles', () => {
    expect(chromeReason('48 comments')).toBe('navigation');
    expect(chromeReason('1,204 Comments')).toBe('navigation');
    expect(chromeReason('Show comments')).toBe('navigation');
    expect(chromeReason('Comments (7)')).toBe('navigation');
    expect(chromeReason('Residents left 48 comments on the governor’s page.')).toBeNull();
  });

  it('reads a line ending with a photo credit as a caption, not "a photo by" in prose', () => {
    expect(chromeReason('Trucks wait at the river port in Kunduz. Photo: AFP/Getty')).toBe('caption');
    expect(chromeReason('Drivers at the customs gate. (Photo: Reuters)')).toBe('caption');
    expect(chromeReason('A girl reads in Taloqan. Photograph: Lina Vos/AP')).toBe('caption');
    expect(chromeReason('He kept a photo by his brother.')).toBeNull();
    // A photographer's initial: its full stop ends no sentence.
    expect(chromeReason('Players at the ground in Kunduz. Photo: North Sport / K. Amiri')).toBe('caption');
    expect(chromeReason('Photo: a boy on the road. He walked on.')).toBe('caption');
  });

  it('removes an editor note about the text itself', () => {
    expect(chromeReason('This interview has been edited for length and clarity.')).toBe('other');
    expect(chromeReason('This article was translated from Dari.')).toBe('other');
    expect(chromeReason('This story has dominated the news in Takhar for weeks.')).toBeNull();
  });

  it('reads "More from …" as the head of a promo list', () => {
    expect(chromeReason('More from Asia')).toBe('promo');
    expect(chromeReason('You may also like:')).toBe('promo');
    expect(isRelatedListHead('Read more:')).toBe(true);
    expect(isRelatedListHead('See also')).toBe(true);
    expect(isRelatedListHead('Read more about the floods in Takhar.')).toBe(false);
  });

  it('reads a bilingual related head, an events list and a live blog\'s "Key events" as list heads', () => {
    expect(isRelatedListHead('Related stories / مطالب مرتبط')).toBe(true);
    expect(isRelatedListHead('Upcoming events')).toBe(true);
    expect(isRelatedListHead('Key events')).toBe(true);
    expect(isRelatedListHead('رویدادهای مرتبط')).toBe(true);
    expect(isRelatedListHead('Roads / راه‌ها')).toBe(false);
    expect(isRelatedListHead('Key events in the valley were cancelled.')).toBe(false);
  });

  it('reads a sign-off with a related head and its links run in as promo (endsWithLinkList)', () => {
    expect(
      endsWithLinkList('That is all for today. More from our regional desk: Taloqan · Faizabad · Kunduz'),
    ).toBe(true);
    expect(chromeReason('Thanks for reading. More on this story: Salang | Baghlan | Andarab | Khost')).toBe(
      'promo',
    );
    // A label and its value, or a long sentence before the list, is no sign-off.
    expect(endsWithLinkList('Route: Taloqan · Faizabad')).toBe(false);
    expect(
      endsWithLinkList(
        'The convoy left at dawn and the drivers said the road was open all the way to the pass. Stops: Taloqan · Keshem · Faizabad',
      ),
    ).toBe(false);
  });
});

describe('isLegalLabel: a short notice with no clause in it', () => {
  it('reads copyright lines and link rows as labels, and sentences as not', () => {
    expect(isLegalLabel('© 2026 Example News. All rights reserved.')).toBe(true);
    expect(isLegalLabel('Terms of Use | Privacy Policy')).toBe(true);
    expect(isLegalLabel('Our Standards: The Example Trust Principles.')).toBe(true);
    expect(isLegalLabel('Example News has been declared an "undesirable organization".')).toBe(false);
    expect(isLegalLabel('Traders said the privacy policy lets police read their messages.')).toBe(false);
  });
});

describe('chromeReason: comment counters and consent banners', () => {
  it('reads a counter after an icon, and a cookie banner, as furniture', () => {
    expect(chromeReason('💬 14 comments')).toBe('navigation');
    expect(chromeReason('We use cookies to improve your experience. [Accept]')).toBe('legal');
    expect(chromeReason('We use the canal water twice a week, farmers said.')).toBeNull();
  });
});

describe('isHeadingLike and chromeReason: the quick tests before the patterns', () => {
  it('reads a heading after words without letters, and not a line whose first word is lower case', () => {
    expect(isHeadingLike('— 2026 Winter Roads In Badakhshan')).toBe(true);
    expect(isHeadingLike('Winter Roads In Badakhshan')).toBe(true);
    expect(isHeadingLike('2026 winter Roads In Badakhshan')).toBe(false);
    expect(isHeadingLike('(Winter Roads In Badakhshan')).toBe(false);
  });

  it('counts minor words out and wants three in four of the others capitalised, in at most fourteen words', () => {
    expect(isHeadingLike('Floods Reach the Villages of Upper Kokcha')).toBe(true);
    expect(isHeadingLike('Floods reach the villages of upper Kokcha')).toBe(false);
    expect(
      isHeadingLike(
        'Floods Reach The Villages Of Upper Kokcha, Two Districts And The Market Road Beyond Today',
      ),
    ).toBe(false);
    expect(isHeadingLike('Floods Reach 12 Villages — “Seven Bridges” Gone')).toBe(true);
    expect(isHeadingLike('Who Pays For The Bridges Of Kunduz And Takhar And Baghlan Now?')).toBe(false);
    expect(isHeadingLike('Of And The')).toBe(false);
  });

  it('still reads bylines, credits and buttons that carry their marks, and plain lines as text', () => {
    expect(chromeReason('گزارش: احمد ولی‌زاده')).toBe('byline');
    expect(chromeReason('(Northern Observer/Farid Ahmadi)')).toBe('caption');
    expect(chromeReason('Donate now ›')).toBe('navigation');
    expect(chromeReason('Home   Kunduz   Takhar   Baghlan   Video')).toBe('navigation');
    expect(chromeReason('farmers in Takhar said')).toBeNull();
    expect(chromeReason('گزارش احمد از تخار')).toBeNull();
  });
});

describe("the desk's standing request at the foot", () => {
  it('is promo, and a sentence of the story with "to tell us" is not', () => {
    expect(
      chromeReason(
        'Letters are edited for length. To tell us about an error in Herat or Farah, email the desk.',
      ),
    ).toBe('promo');
    expect(chromeReason('To notify us of a wedding, write to the features desk.')).toBe('promo');
    expect(chromeReason('He came to tell us the road to Herat was open, and we left at dawn.')).toBeNull();
  });
});

describe('chromeReason: unnamed bylines, organisation notes and podcast show notes', () => {
  it('reads a byline that names no one', () => {
    expect(chromeReason('By our correspondent in Mazar-e-Sharif')).toBe('byline');
    expect(chromeReason('By a special correspondent')).toBe('byline');
    expect(chromeReason('By our staff reporter in Herat.')).toBe('byline');
    expect(chromeReason('By a stroke of luck the road stayed open all winter.')).toBeNull();
  });

  it("reads a release's note about the organisation that issued it, in English and Dari", () => {
    expect(
      chromeReason(
        'About Green Valleys: Green Valleys is a charity founded in Herat in 2009. It runs clinics.',
      ),
    ).toBe('bio');
    expect(chromeReason('دربارهٔ دره‌های سبز: این نهاد در سال ۱۳۸۸ در هرات تأسیس شده است.')).toBe('bio');
    expect(chromeReason('About the road: it has been shut since March, the villagers said.')).toBeNull();
    expect(chromeReason('دربارهٔ سرک: مردم می‌گویند که سه ماه است بسته است.')).toBeNull();
  });

  it("reads a podcast's show notes", () => {
    expect(
      chromeReason(
        'Valley Voices is produced in Herat. Listen on all podcast apps. Transcripts may contain errors.',
      ),
    ).toBe('promo');
    expect(chromeReason('He said he would listen to the elders before he decided.')).toBeNull();
  });
});

describe('the English related-list heads and the pointer labels share one list', () => {
  it('a shared label heads a list on its own line and points to one story with a headline after its colon', () => {
    for (const label of ['See also', 'Read next', "Don't miss", 'Related coverage']) {
      expect(isRelatedListHead(label)).toBe(true);
      expect(isPointerLine(`${label}: Wheat prices climb at the river market`)).toBe(true);
    }
  });
  it('a list-only head is no pointer, and a pointer-only label heads no list', () => {
    expect(isRelatedListHead('Most read')).toBe(true);
    expect(isPointerLine('Most read: Wheat prices climb at the river market')).toBe(false);
    expect(isPointerLine('Up next: Wheat prices climb at the river market')).toBe(true);
    expect(isRelatedListHead('Up next')).toBe(false);
  });
});

describe('a list of the site’s other pieces: "More opinion", and a head with two links after it', () => {
  it('reads "More opinion" and "More analysis" as list heads, and not a sentence asking for more opinion', () => {
    expect(isRelatedListHead('MORE OPINION')).toBe(true);
    expect(isRelatedListHead('More analysis')).toBe(true);
    expect(isRelatedListHead('More opinion is needed before the council votes.')).toBe(false);
  });

  it('reads a head opening its line with two links after it, and not a label with two values', () => {
    expect(endsWithLinkList('More from Takhar: Farkhar bridge reopens · Kalafgan school gets a roof')).toBe(
      true,
    );
    expect(chromeReason('More on Kunduz: flour prices fall · a new ferry at Imam Sahib')).not.toBeNull();
    expect(endsWithLinkList('Crops: wheat · cotton')).toBe(false);
    expect(endsWithLinkList('The ferry ran late. More from Takhar: Farkhar · Kalafgan')).toBe(false);
  });
});
