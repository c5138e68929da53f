import { describe, expect, it } from 'vitest';
import { builtGazetteer } from './built-gazetteer.ts';
import { chromeReason, endsWithLinkList, isRelatedListHead } from './clean.ts';
import { placeIndexFor } from './ingest.ts';
import { namesakeTown } from './city-readings.ts';
import { findPlaceCandidates } from './link-places.ts';
import { isForwardedLine, isHashtagLine, isSeparatedItems, isTableLine } from './page-chrome.ts';
import { isNotesToEditorsHead, opensWithCopyright, removeChrome, splitLines } from './paragraphs.ts';

/** The kind the chrome pass gives each line of a page. */
const kinds = (page: string): [string, string][] => {
  const lines = splitLines(page);
  removeChrome(lines);
  return lines.map((l) => [l.kind, l.text]);
};

describe('page furniture at a foot or in a feed', () => {
  it('reads "Related <things>" heads and an inline list after a short sign-off as promo', () => {
    expect(isRelatedListHead('Related transcripts')).toBe(true);
    expect(isRelatedListHead('Related podcasts:')).toBe(true);
    expect(
      chromeReason('Related explainers: Why the pass closes? · Who owns the mine · Ten years of floods'),
    ).toBe('promo');
    expect(
      endsWithLinkList(
        'Did we get something wrong? Tell the desk. Related: Floods: the week in pictures · Bridges rebuilt · Exams moved',
      ),
    ).toBe(true);
    expect(endsWithLinkList('The river rose again: Farkhar, Warsaj and Kalafgan lost bridges.')).toBe(false);
  });

  it('reads a newsletter’s own lines as promo', () => {
    expect(chromeReason('View this email in your browser')).toBe('promo');
    expect(chromeReason('This edition is sponsored by Pamir Flour Mills, Faizabad.')).toBe('promo');
    expect(
      chromeReason('You are receiving this newsletter because you subscribed at our stall in Taloqan.'),
    ).toBe('promo');
    expect(chromeReason('This issue of the bridge was raised by the council in Taloqan.')).toBeNull();
  });

  it('reads hashtag lines and a forwarded post’s source line as furniture', () => {
    expect(isHashtagLine('#تخار #سیلاب #فرخار')).toBe(true);
    expect(isHashtagLine('#Takhar #floods')).toBe(true);
    expect(isHashtagLine('سیلاب در #تخار خانه‌ها را ویران کرد')).toBe(false);
    expect(isForwardedLine('↪️ فوروارد شده از: ریاست معارف ولایت تخار')).toBe(true);
    expect(isForwardedLine('Forwarded from: Takhar Health Department')).toBe(true);
    expect(isForwardedLine('او گفت که پیام از تخار فوروارد شده است.')).toBe(false);
  });

  it('keeps a price list joined by "·" as content, not a menu; a byline with a date stays furniture', () => {
    expect(isSeparatedItems('Rice, 25 kg: Taloqan 2,100 · Faizabad 2,300 · Keshem 2,250')).toBe(false);
    expect(isSeparatedItems('گندم، یک سیر: تالقان ۵۲۰ · فیض‌آباد ۵۸۰')).toBe(false);
    expect(isTableLine('Diesel: Taloqan 70 | Farkhar 74')).toBe(true);
    expect(isSeparatedItems('By the North Desk · 4 March 2026 · 5 min read')).toBe(true);
    expect(isSeparatedItems('Home · Takhar · Badakhshan')).toBe(true);
  });

  it('never keeps a line opening with the copyright sign as story', () => {
    expect(opensWithCopyright('© 2026 Pamir Post. Independent news for the north of Afghanistan.')).toBe(
      true,
    );
    expect(opensWithCopyright('The © sign was stamped on the boxes.')).toBe(false);
    const page =
      'Floods in Warsaj\n\nThe river rose overnight in Warsaj, residents said.\n\n© 2026 Pamir Post. News for the people of Takhar and Badakhshan.';
    expect(kinds(page).at(-1)?.[0]).toBe('legal');
  });

  it('reads a release’s notes to editors and the lines under them as furniture', () => {
    expect(isNotesToEditorsHead('Notes to editors')).toBe(true);
    expect(isNotesToEditorsHead('Note for editors / یادداشت برای خبرنگاران')).toBe(true);
    expect(isNotesToEditorsHead('Notes to editors were sent on Monday.')).toBe(false);
    const page = [
      'Clinics reopen in Warsaj',
      'TALOQAN — Two clinics reopened in Warsaj on Monday, the health department said.',
      'Notes to editors',
      'The Valley Health Network is a group of four clinics with offices in Taloqan and Farkhar.',
    ].join('\n\n');
    expect(
      kinds(page)
        .slice(-2)
        .map(([k]) => k),
    ).toEqual(['bio', 'bio']);
  });
});

describe('a place inside a club’s, firm’s or paper’s name', () => {
  const index = placeIndexFor(builtGazetteer());
  const ids = (text: string) => findPlaceCandidates(text, index).map((c) => `${c.text}=${c.ids.join(' ')}`);

  it('is no place after a Dari club word («شیران …», «ستارهٔ …»)', () => {
    expect(ids('شیران فرخار در نیمه‌نهایی برنده شدند.')).toEqual([]);
    expect(ids('سرمربی ستارهٔ رستاق از داور شکایت کرد.')).toEqual([]);
    expect(ids('بازیکنان از رستاق آمده بودند.')).toEqual(['رستاق=AF1810']);
  });

  it('is no place before a firm’s or a paper’s kind word ("… Logistics", "… Weekly")', () => {
    expect(ids('A firm, Farkhar Logistics, will carry the gravel.')).toEqual([]);
    expect(ids('A reporter from the Rostaq Weekly asked about the road.')).toEqual([]);
    expect(ids('The gravel will come from Farkhar.')).toEqual(['Farkhar=AF1808']);
  });
});

describe('the town a province is named after (namesakeTown)', () => {
  const index = placeIndexFor(builtGazetteer());
  const ids = (text: string) => findPlaceCandidates(text, index).map((c) => `${c.text}=${c.ids.join(' ')}`);

  it('is its own district where the capital has another name, the capital where it bears the name', () => {
    expect(namesakeTown('AF09', index)).toBe('AF0905');
    expect(namesakeTown('AF19', index)).toBeNull();
    expect(namesakeTown('AF18', index)).toBeNull();
    expect(ids('بازار شهر بغلان دیروز بسته بود.')).toEqual(['بغلان=AF0905']);
    expect(ids('بازار شهر کندز دیروز بسته بود.')).toEqual(['کندز=AF1901']);
  });
});

describe('a town or crossing inside a district far from the map, by its own Dari name', () => {
  const index = placeIndexFor(builtGazetteer());
  const ids = (text: string) => findPlaceCandidates(text, index).map((c) => `${c.text}=${c.ids.join(' ')}`);

  it('links without a cue («حیرتان», «تورخم»), unlike a district name that is a word', () => {
    expect(ids('موترهای باربری دیروز از حیرتان گذشتند.')).toEqual(['حیرتان=AF2116']);
    expect(ids('خانواده‌ها از تورخم برگشتند.')).toEqual(['تورخم=AF0617']);
  });
});

describe('Kunduz the town in Dari: its services and markets, a road’s end', () => {
  const index = placeIndexFor(builtGazetteer());
  const ids = (text: string) => findPlaceCandidates(text, index).map((c) => `${c.text}=${c.ids.join(' ')}`);

  it('reads the name after the fire brigade or the money market as the town', () => {
    expect(ids('مسئول آتش‌نشانی کندز گفت که آتش خاموش شد.')).toEqual(['کندز=AF1901']);
    expect(ids('دالر در سرای صرافی کندز ارزان شد.')).toEqual(['کندز=AF1901']);
  });

  it('reads both ends of «راه … تا …» as towns, but not a bare «از … تا …»', () => {
    expect(ids('راه تالقان تا کندز سه ساعت است.')).toEqual(['تالقان=AF1801', 'کندز=AF1901']);
    expect(ids('از بدخشان تا کندز باران بارید.')).toEqual(['بدخشان=AF17', 'کندز=AF19']);
  });
});

describe('a name placed across the border', () => {
  const index = placeIndexFor(builtGazetteer());
  const ids = (text: string) => findPlaceCandidates(text, index).map((c) => `${c.text}=${c.ids.join(' ')}`);

  it('after "Tajikistan’s own", before ", the Tajik town" or "in Tajik Badakhshan"', () => {
    expect(ids('Patients go to clinics in Uzbekistan’s own Surkhandarya region.')).toEqual([
      'Uzbekistan=UZB',
    ]);
    expect(ids('Traders came from Darvaz, the Tajik district across the river.')).toEqual([]);
    expect(ids('The track leads to Wakhan district in Tajik Badakhshan.')).toEqual([]);
    expect(ids('The track leads to Darvaz, the Afghan district on the Panj.')).toEqual([
      'Darvaz=AF1722',
      'Panj=panj-river',
    ]);
  });
});

describe('"X province" beside a district of the province', () => {
  const index = placeIndexFor(builtGazetteer());
  const ids = (text: string) => findPlaceCandidates(text, index).map((c) => `${c.text}=${c.ids.join(' ')}`);

  it('stays the province, though a district bears its name', () => {
    expect(ids('The road enters Balkh province near Kaldar.')).toEqual([
      'Balkh province=AF21',
      'Kaldar=AF2113',
    ]);
  });
});

describe('"Kunduz’s central districts" (holdsDistrictsAfter)', () => {
  const index = placeIndexFor(builtGazetteer());
  const ids = (text: string) => findPlaceCandidates(text, index).map((c) => `${c.text}=${c.ids.join(' ')}`);

  it('is the province, even listed beside a district', () => {
    expect(ids('Rain fell on Archi and Kunduz’s southern villages.')).toEqual([
      'Archi=AF1906',
      'Kunduz=AF19',
    ]);
    expect(ids('Rain fell on Archi and Kunduz.')).toEqual(['Archi=AF1906', 'Kunduz=AF1901']);
  });
});
