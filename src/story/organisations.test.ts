import { describe, expect, it } from 'vitest';
import { ingestStory } from './ingest.ts';
import { findPlaceCandidates } from './link-places.ts';
import { organisationAcronyms } from './organisations.ts';
import { buildPlaceIndex } from './place-index.ts';
import { TEST_GAZETTEER } from './test-gazetteer.ts';

const index = buildPlaceIndex(TEST_GAZETTEER);
const links = (text: string) => findPlaceCandidates(text, index).map((c) => [c.text, c.ids.join('|')]);

describe('places inside the names of organisations', () => {
  it('does not link a place that only labels a movement, but links the place itself', () => {
    expect(
      links('Fighters of the Islamic Movement of Uzbekistan (IMU) crossed from Uzbekistan last spring.'),
    ).toEqual([['Uzbekistan', 'UZB']]);
  });

  it('does not link places in the names of parties, media, universities, companies and federations', () => {
    for (const text of [
      'A statement from Tehrik-i-Taliban Pakistan was read out.',
      'Leaders of Hezb-e Islami Afghanistan met on Sunday.',
      'She told Radio Afghanistan about the floods.',
      'Students at Takhar University marched.',
      'The Tajikistan Football Federation fined the club.',
      'Deposits at Kunduz Bank fell.',
      'An editor at the Afghanistan Times wrote about it.',
      'The People’s Democratic Party of Afghanistan split in two.',
      'He studied at the University of Kunduz.',
      'The Taloqan Strikers beat the Fayzabad Eagles by six wickets.',
      'She plays for Kunduz United.',
    ])
      expect(links(text), text).toEqual([]);
  });

  it('keeps the place when the body belongs to its own government', () => {
    expect(links('The Kunduz provincial council said the roads were open.')).toEqual([['Kunduz', 'AF19']]);
    expect(links('The Kunduz Provincial Council met.')).toEqual([['Kunduz', 'AF19']]);
    expect(links('The Takhar Provincial Police arrested two men.')).toEqual([['Takhar', 'AF18']]);
    expect(links('The Border Guards of Tajikistan closed the bridge.')).toEqual([['Tajikistan', 'TJK']]);
    expect(links('The Government of Uzbekistan protested.')).toEqual([['Uzbekistan', 'UZB']]);
    expect(links('The Ministry of Foreign Affairs of Pakistan replied.')).toEqual([['Pakistan', 'PAK']]);
    expect(links('The people of Badakhshan voted.')).toEqual([['Badakhshan', 'AF17']]);
    // A team's word after the name only when it is capitalised into the name.
    expect(links('The riders of Taloqan won.')).toEqual([['Taloqan', 'AF1801']]);
  });

  it('does not link a place in the name of a hotel, festival, cooperative or aid programme', () => {
    for (const text of [
      'The guests waited in the lobby of the Kunduz Hotel.',
      'The Taloqan Poetry Festival opened on Thursday.',
      'The Takhar Flood Response reached 300 families.',
      'The Kunduz Wheat Growers Cooperative bought a tractor.',
      'The Baharak Livelihoods Programme closed in March.',
    ])
      expect(links(text), text).toEqual([]);
  });

  it('reads a possessive inside a name and a lowercase head that closes it', () => {
    for (const text of [
      "The Kunduz Carpet Weavers' Union asked for loans.",
      "The Takhar Women's Cooperative sells carpets.",
      'Buses of the Badakhshan Express company stopped running.',
      'Scholars of the Takhar civilisation disagree.',
    ])
      expect(links(text), text).toEqual([]);
    // A lowercase organisation word closes a name only after its capitalised words, not after "A".
    expect(links('KUNDUZ — A team of farmers won.')).toEqual([['KUNDUZ', 'AF19']]);
    // A provincial body by its role is the province.
    expect(links('The Takhar chamber of commerce said exports rose.')).toEqual([['Takhar', 'AF18']]);
    expect(links('The Kunduz Chamber of Commerce said exports rose.')).toEqual([['Kunduz', 'AF19']]);
  });

  it('does not link a place named after a Dari hotel, festival or company word', () => {
    expect(links('مهمانان در هوتل کندز ماندند.')).toEqual([]);
    expect(links('جشنوارهٔ کندز دیروز آغاز شد.')).toEqual([]);
    expect(links('ریاست صحت کندز گفت که ده تن زخمی شده‌اند.')).toEqual([['کندز', 'AF19']]);
  });

  it('reads a central or national bank as a state body, a bank named after its town as a company', () => {
    expect(links('The National Bank of Tajikistan raised rates.')).toEqual([['Tajikistan', 'TJK']]);
    expect(links('The Central Bank of Afghanistan printed notes.')).toEqual([['Afghanistan', 'AFG']]);
    expect(links('Kunduz Bank closed two branches.')).toEqual([]);
  });

  it('leaves places beside, not inside, an organisation name alone', () => {
    // The bare name "in" which something happens reads as the town (townsByPosition).
    expect(links('The Islamic Movement in Kunduz grew; Radio reporters reached Takhar.')).toEqual([
      ['Kunduz', 'AF1901'],
      ['Takhar', 'AF18'],
    ]); // Title-case headlines: the organisation word must head a name that holds the place.
    expect(links('Union Leaders Meet In Kunduz')).toEqual([['Kunduz', 'AF19']]);
    expect(links('Takhar Farmers Protest Bank Closures')).toEqual([['Takhar', 'AF18']]);
    // A list is not one name: only the last place belongs to the airline.
    expect(links('Flights to Tajikistan, Uzbekistan and Russia Airways routes')).toEqual([
      ['Tajikistan', 'TJK'],
      ['Uzbekistan', 'UZB'],
    ]);
  });
});

describe('organisation acronyms', () => {
  it('collects acronyms introduced after an organisation name, not after a person', () => {
    expect([
      ...organisationAcronyms([
        'The Islamic Movement of Uzbekistan (IMU) and the Border Police (ABP) met Karim Nazari (KN).',
      ]),
    ]).toEqual(['imu', 'abp']);
  });

  it('reads a later bare acronym as the organisation: no gender, never the "he" of a quotation', () => {
    const story = ingestStory(
      [
        'Militants Regroup Near the Border',
        'Karim Nazari, a farmer from Dasht-e Archi, says the roads are closed.',
        'The Islamic Movement of Uzbekistan (IMU) issued a statement. "We will stay," IMU said.',
        '"They come at night," he said.',
      ].join('\n\n'),
      TEST_GAZETTEER,
    );
    const imu = story.speakers.find((s) => s.name === 'IMU');
    expect(imu?.gender).toBeUndefined();
    expect(story.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['We will stay', imu?.id],
      ['They come at night', 'karim-nazari'],
    ]);
    expect(story.mentions.map((m) => [m.text, m.place])).toEqual([['Dasht-e Archi', 'AF1906']]);
  });
});

describe('a business named after its kind word', () => {
  it('does not link a place opening the name after "the airline", but links the place alone after it', () => {
    expect(links('Tickets on the airline Takhar Sky cost more this winter.')).toEqual([]);
    expect(links('The company Takhar Star Trading imports flour.')).toEqual([]);
    expect(links('The airline flew to Takhar on Monday.')).toEqual([['Takhar', 'AF18']]);
    expect(links('A company in Takhar Province hires drivers.')).toEqual([['Takhar Province', 'AF18']]);
  });
});

describe('a national body named after the home country', () => {
  it("is the body, not the country; a province's body and a foreign one still mention theirs", () => {
    expect(links('The Afghanistan Meteorological Department warned of snow.')).toEqual([]);
    expect(links('Rain is expected across Afghanistan, the department said.')).toEqual([
      ['Afghanistan', 'AFG'],
    ]);
    expect(links('The Kunduz Provincial Council met.')).toEqual([['Kunduz', 'AF19']]);
    expect(links('The Tajikistan Border Guards closed the bridge.')).toEqual([['Tajikistan', 'TJK']]);
  });
});

describe('a place naming a firm by its trade', () => {
  it('does not link a place that labels a fuel, cement, trading or transport firm', () => {
    for (const text of [
      'A spokesman for Takhar Petroleum said the depot was safe.',
      'The lorries belonged to Kunduz Cement and were empty.',
      'Badakhshan Trading Group won the contract.',
    ])
      expect(links(text)).toEqual([]);
  });

  it('still links the place beside a government body or a lower-case trade', () => {
    expect(links('The Kunduz Transport Department closed the road.')).toEqual([['Kunduz', 'AF19']]);
    expect(links('Petroleum prices in Takhar rose.')).toEqual([['Takhar', 'AF18']]);
  });
});
