import { describe, expect, it } from 'vitest';
import { readWithCountry, speakerOf } from './test-helpers.ts';

// Fresh cases for round 26b (invented, not from dev or set 26): English speakers in structured documents — a
// catalogue's donor or photographer named by a "by" line, agencies that speak in meeting minutes, an owner's
// account quoted after a colon, a forum user's own post — each with a near miss.
const read = (...paras: string[]) => readWithCountry(['Headline', ...paras].join('\n\n'));

describe('a role named by its "… by Name" line', () => {
  it('gives "the donor says" to the person the entry says donated it', () => {
    const story = read(
      'Item 22. Wedding procession leaving a house in Khanabad, about 1972. Donated by Nazifa Rasuli, Toronto.',
      'The groom is the donor\'s father. "He borrowed the horse from a neighbour and gave it back the same night," the donor recalls.',
    );
    expect(speakerOf(story, 'borrowed the horse')).toBe('Nazifa Rasuli');
  });

  it('gives a "Photographer\'s note:" to the photographer the caption names', () => {
    const story = read(
      'Plate 9. Boys swimming in the Kokcha below Jurm, 1976. Photographed by Abdul Wakil Jurmi.',
      'Photographer\'s note: "The water was so cold that they came out blue, and then jumped in again."',
    );
    expect(speakerOf(story, 'came out blue')).toBe('Abdul Wakil Jurmi');
  });

  it('gives "The translator adds that …:" to the translator the credits name', () => {
    const story = read(
      'The letters were translated by Homa Siddiqi, who grew up in Kunduz.',
      'The translator adds that one word had no English at all: "Her grandmother used it for the smell of rain on dust."',
    );
    expect(speakerOf(story, 'smell of rain')).toBe('Homa Siddiqi');
  });

  it('near miss: a quotation with its own named speaker keeps that speaker, not the donor', () => {
    const story = read(
      'Item 31. Ferry at Sher Khan Bandar, 1968. Donated by Latifa Nuri, Hamburg.',
      '"The ferryman charged one afghani and took the goats for free," said Ghulam Rasul Ayubi, who crossed on it as a boy.',
    );
    expect(speakerOf(story, 'took the goats')).toBe('Ghulam Rasul Ayubi');
  });
});

describe('agencies that speak in meeting minutes', () => {
  it('"The representative added:" is the agency the paragraph opened on', () => {
    const story = read(
      '2. Health',
      'WHO noted that two mobile teams in Kunduz had run out of fuel. MSF asked whether the hospital could take referrals.',
      'UNICEF said that vaccination in Khanabad was behind schedule. The representative added: "we cannot reach the girls if the vaccinators are all men."',
    );
    expect(speakerOf(story, 'vaccinators are all men')).toBe('UNICEF');
  });

  it('"<agency> raised the issue of …:" quotes the agency', () => {
    const story = read(
      '4. Shelter',
      'IOM confirmed that 300 tents had reached Taloqan.',
      'DRC raised the issue of winterisation: "most of the tents we saw in Chah Ab have no floor and no stove."',
    );
    expect(speakerOf(story, 'no floor and no stove')).toBe('DRC');
  });

  it('"<agency> informed the meeting that … and that "…"" quotes the agency', () => {
    const story = read(
      '5. Logistics',
      'Partners discussed the fuel prices. WFP informed the meeting that two convoys had left Pul-e-Khumri and that "the third will wait until the Salang is cleared".',
    );
    expect(speakerOf(story, 'the third will wait')).toBe('WFP');
  });

  it('near miss: a named officer who speaks keeps the quotation', () => {
    const story = read(
      '3. Protection',
      'UNHCR said that returns had doubled. Ms Farzana Haidari (DoRR Takhar) added: "our office has two staff for the whole province."',
    );
    expect(speakerOf(story, 'two staff for the whole')).toMatch(/Farzana Haidari$/u);
  });
});

describe("an owner's account quoted after a colon", () => {
  it.fails('"Her account of what he said was:" is hers', () => {
    const story = read(
      'The witness, Mrs Shukria Barakzai, lived in Baharak until 2022.',
      'In the spring a man came to the school. Her account of what he told her was: "Close the door and go home, or we will close it for you."',
    );
    expect(speakerOf(story, 'Close the door')).toBe('Shukria Barakzai');
  });
});

describe("a forum user's own post", () => {
  it("the quotation in a user's post, with no one else named, is the user's", () => {
    const story = read(
      'Anyone driven Kunduz to Taloqan recently?',
      'u/sherkhan_trucker · 3h',
      'Did it last week. Word of advice from someone who learned the hard way: "fill up in Kunduz, the pumps in Bangi are dry by noon." Road is fine otherwise.',
    );
    expect(speakerOf(story, 'pumps in Bangi')).toBe('u/sherkhan_trucker');
  });
});
