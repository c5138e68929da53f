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

describe('an academic text: interviewees with their interview notes, and cited authors', () => {
  it('"…," said a returnee in X (interview, …): the returnee, not the speaker quoted before', () => {
    const story = read(
      'A widow in Yangi Qala described the debt plainly: "We owe the shop more than the harvest is worth" (interview, May 2023). Younger men spoke of the journey instead. "In Mashhad a day of work pays a week here," said a returnee in Darqad (interview, June 2023).',
    );
    expect(speakerOf(story, 'a day of work pays')).toBe('A returnee in Darqad');
  });

  it('"…," a migrant in X told us (FGD, …): the migrant', () => {
    const story = read(
      'Credit follows kinship. "My cousin vouched for me, so the shop gave me flour for the whole winter," a migrant in Khanabad told us (focus group, Kunduz, 2024).',
    );
    expect(speakerOf(story, 'My cousin vouched')).toBe('A migrant in Khanabad');
  });

  it('a term a citation gives its authors, after another work was cited', () => {
    const story = read(
      'Rahimi (2019) calls debt "the engine of every departure". Noori and Bakhtari (2018: 9), writing on Kunduz, prefer "a bank with no doors" for the village shop.',
    );
    expect(speakerOf(story, 'a bank with no doors')).toMatch(/^Noori/u);
  });

  it('a phrase with its citation in brackets after it', () => {
    const story = read(
      'Haidari (2020) wrote about the ferries of the Panj. Debt here is "a rope that ties the valley to the city" (Sultani et al. 2022: 41), and it tightens in winter.',
    );
    expect(speakerOf(story, 'a rope that ties')).toMatch(/^Sultani/u);
  });

  it('near miss: a year in brackets after a name who speaks is not a citation', () => {
    const story = read(
      '"The road was built by hand," said Ghulam Haidar Rustaqi, who worked on it as a boy (1974).',
    );
    expect(speakerOf(story, 'built by hand')).toBe('Ghulam Haidar Rustaqi');
  });
});

describe("a forum post's words", () => {
  it("near miss: a placard the poster saw is not the poster's words", () => {
    const story = read(
      'Anyone driven Kunduz to Taloqan recently?',
      'u/bangi_bus · 5h',
      'The bridge at Bangi was closed for a day. Shopkeepers put up a sign: "Road open, hearts closed." Made me laugh.',
    );
    expect(speakerOf(story, 'Road open')).not.toBe('u/bangi_bus');
  });

  it('near miss: a boy the poster quotes keeps the words', () => {
    const story = read(
      'Ask me anything about teaching in Baharak',
      'u/baharak_teacher · 2h',
      'The best question I ever got was from a girl in grade 6: "Teacher, does the Kokcha reach the sea?" I did not know.',
    );
    expect(speakerOf(story, 'does the Kokcha')).not.toBe('u/baharak_teacher');
  });
});

describe('a daybook line that opens on a name and a short role before a colon', () => {
  it('"Name, role: "…"" on its own line', () => {
    const story = read(
      'QUOTES OF THE DAY',
      'Mohammad Yasin Barakzai, Kunduz chamber of commerce: "Cotton prices fell a third in a week and nobody knows why."',
    );
    expect(speakerOf(story, 'Cotton prices fell')).toBe('Mohammad Yasin Barakzai');
  });

  it('a bulleted "Name, a role in a place:" line', () => {
    const story = read(
      'Voices from the ferry crossing:',
      '- Shakila Rahmani, a midwife in Imam Sahib: "We carry the women across on the same boat as the flour."',
    );
    expect(speakerOf(story, 'same boat as the flour')).toBe('Shakila Rahmani');
  });

  it('near miss: a place and its province before a colon is no speaker', () => {
    const story = read(
      'Road report',
      'Khan Abad, Kunduz province: "Closed until further notice" is all the sign at the checkpoint says.',
    );
    expect(speakerOf(story, 'Closed until further notice')).not.toBe('Khan Abad');
  });
});

describe("an owned person's saying introduced by a noun and a colon", () => {
  it('"My grandfather\'s rule:" is the grandfather named before', () => {
    const story = read(
      'My grandfather, Haji Abdul Ghafoor, kept bees above Keshem for fifty years.',
      'Step 3. Take the frames out only at noon. My grandfather\'s rule: "never open a hive before the sun is on it."',
    );
    expect(speakerOf(story, 'never open a hive')).toBe('Haji Abdul Ghafoor');
  });

  it('"Her father\'s verdict on …:" is the father named before', () => {
    const story = read(
      'Laila Noori grew up in Rustaq; her father, Ghulam Nabi Noori, farmed melons there.',
      'He tasted every melon himself. Her father\'s verdict on a bad one: "This one grew up without water."',
    );
    expect(speakerOf(story, 'grew up without water')).toBe('Ghulam Nabi Noori');
  });

  it('"Our driver\'s advice:" with no one named is the owned role itself', () => {
    const story = read(
      'We left Kabul at dawn for the Salang.',
      'We asked about the tunnel. Our driver\'s advice: "Never follow a fuel tanker inside, it stops without warning."',
    );
    expect(speakerOf(story, 'Never follow a fuel tanker')).toBe('Our driver');
  });

  it("near miss: the grandmother's recipe card is no one's words", () => {
    const story = read(
      'My grandmother, Bibi Sadiqa, came from Taloqan.',
      'We found her recipe in a tin. My grandmother\'s recipe card: "2 cups rice, 1 cup mung, salt" is all it says.',
    );
    expect(speakerOf(story, '2 cups rice')).toBeNull();
  });
});

describe('a legal decision: submissions and statements', () => {
  // "submitted" is no speech verb: "She submitted her thesis" is not speech, and the list holds words, not "submitted that".
  it.fails('"Counsel submitted that … "…"" is counsel\'s', () => {
    const story = read(
      '14. Ms Rukhsana Begum, for the appellant, relied on the expert report. She submitted that the judge had overlooked the letter and that "no reasonable tribunal could find the appellant safe in Kunduz".',
    );
    expect(speakerOf(story, 'no reasonable tribunal')).toMatch(/Rukhsana Begum$/u);
  });

  it("a letter from a named person, then 'It reads:' — the letter's writer", () => {
    const story = read(
      '7. A letter from the appellant\'s brother, Abdul Basir Kohistani, was filed late. I admit it. It reads in part: "They came to the house twice and asked for her by name."',
    );
    expect(speakerOf(story, 'asked for her by name')).toBe('Abdul Basir Kohistani');
  });

  it("near miss: a letter from an office is not a person's words", () => {
    const story = read(
      '8. A letter from the District Office was also produced. It says: "The family is not known to this office."',
    );
    expect(speakerOf(story, 'not known to this office')).not.toBe('District Office');
  });
});

describe('review near misses: ordinary copy the document rules must leave alone', () => {
  it("a book's or film's year in brackets inside the speaker's own clause is no citation", () => {
    const story = read(
      'Mariam Ghani, who wrote Kabul Nights (2019) after years in the city, told the audience: "We keep rebuilding the same cinema."',
    );
    expect(speakerOf(story, 'rebuilding the same cinema')).toBe('Mariam Ghani');
    const author = read(
      'Khaled Hosseini, author of The Kite Runner (2003), said the book was "a love letter to Kabul."',
    );
    expect(speakerOf(author, 'a love letter to Kabul')).toBe('Khaled Hosseini');
  });

  it('an agency opening the sentence does not take words its clause gives to someone else', () => {
    const story = read(
      'Dr Nadia Sharifi runs the clinic in Herat. WHO said in May that she had warned: "We have no insulin left."',
    );
    expect(speakerOf(story, 'no insulin left')).not.toBe('WHO');
  });
});

describe('review near misses: "the representative" in wire copy', () => {
  it('means the representative the story named before the agency, not the agency', () => {
    const story = read(
      'The US special representative for Afghanistan arrived in Doha on Monday. UNAMA said the talks were useful. The representative said: "We are closer than ever."',
    );
    expect(speakerOf(story, 'closer than ever')).not.toBe('UNAMA');
  });
});

describe('"submitted" as handing something in', () => {
  it('a thesis submitted is no speech: the supervisor who called it so speaks', () => {
    const story = read(
      'Farida Noori submitted her thesis in May. Her supervisor, Dr Aziz Rahimi, called it "the best work on the Panj in years".',
    );
    expect(speakerOf(story, 'the best work on the Panj') ?? '').not.toMatch(/Farida Noori/u);
  });
});
