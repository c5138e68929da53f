import { describe, expect, it } from 'vitest';
import { builtGazetteer } from './built-gazetteer.ts';
import { placeIndexFor } from './ingest.ts';
import { findPlaceCandidates } from './link-places.ts';

// Place readings of the ninth round, each class tried on sentences no article holds. Read against the whole
// country's names.
const index = placeIndexFor(builtGazetteer());
const ids = (text: string) => findPlaceCandidates(text, index).map((c) => `${c.text}=${c.ids.join(' ')}`);

describe('a Dari name far from the map or also a word, named by a journey or a market', () => {
  it('is a place at one end of a journey whose other end is a place', () => {
    expect(ids('کانتینرها را از حیرتان تا پلخمری می‌آوریم.')).toEqual(['حیرتان=AF2116', 'پلخمری=AF0901']);
    expect(ids('مسافران از تالقان تا حیرتان دو روز در راه بودند.')).toEqual([
      'تالقان=AF1801',
      'حیرتان=AF2116',
    ]);
    expect(ids('بیشتر کالاها از راه حیرتان به ازبکستان صادر می‌شود.')).toEqual([
      'حیرتان=AF2116',
      'ازبکستان=UZB',
    ]);
    // Without a journey the off-map one-word name stays unread; so does a word at a journey's end with no place.
    expect(ids('حیرتان را کمتر کسی دیده است.')).toEqual([]);
    expect(ids('از جرم تا مجازات راه درازی است.')).toEqual([]);
  });

  it('is a place where a price is read "در" it', () => {
    expect(ids('نرخ آرد در مزار دو روز است که پایین آمده.')).toEqual(['مزار=AF2101']);
    expect(ids('زایران هر جمعه به زیارت مزار می‌روند.')).toEqual([]);
  });

  it('reads «برکه» as Burka in a list of places, and as a pond without a cue', () => {
    expect(ids('دهقانان از خنجان و برکه به بازار آمدند.')).toEqual(['خنجان=AF0906', 'برکه=AF0910']);
    expect(ids('آب برکه در تابستان سبز می‌شود.')).toEqual([]);
  });
});

describe('rivers in the forms writers use', () => {
  it('is the river after "the upper" or "the lower", and its sound is no radio', () => {
    expect(ids('Ferries on the lower Panj stopped running in August.')).toEqual(['Panj=panj-river']);
    expect(ids('Nothing grows where the upper Kokcha leaves the gorge.')).toEqual(['Kokcha=kokcha-river']);
    expect(ids('شب‌ها از خانه صدای دریای کوکچه شنیده می‌شود.')).toEqual(['دریای کوکچه=kokcha-river']);
    // A radio named after a province keeps its name: "به صدای بغلان گفت".
    expect(ids('او به صدای بغلان گفت که راه باز است.')).toEqual([]);
  });
});

describe('names in a capitalised banner or headline', () => {
  it('is the place when a pronoun or small verb, not a body, follows it', () => {
    expect(ids('Their placard said TAKHAR WILL HAVE ITS BRIDGE and nothing else.')).toEqual(['TAKHAR=AF18']);
    expect(ids('The crowd sang along to Takhar With Its Riders, an old song.')).toEqual(['Takhar=AF18']);
    // A team named after the town is still the team.
    expect(ids('The Kunduz Riders lost the final.')).toEqual([]);
  });
});

describe('a name a province shares with its capital, read as the town', () => {
  it('is the city before a warehouse or a depot', () => {
    expect(ids('Seed is kept in the Kunduz warehouse until March.')).toEqual(['Kunduz=AF1901']);
    expect(ids('The fuel came from the Kunduz depot.')).toEqual(['Kunduz=AF1901']);
  });

  it('is the city listed with a district town, and the province holding districts after ", in"', () => {
    expect(ids('Buses leave from Kunduz and Khanabad at dawn.')).toEqual([
      'Kunduz=AF1901',
      'Khanabad=AF1904',
    ]);
    expect(ids('بار از کندز و خان‌آباد می‌آید.')).toEqual(['کندز=AF1901', 'خان‌آباد=AF1904']);
    expect(ids('Farmers in Archi and Khanabad, in Kunduz, lost their wheat.')).toEqual([
      'Archi=AF1906',
      'Khanabad=AF1904',
      'Kunduz=AF19',
    ]);
  });
});
