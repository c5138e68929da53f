import { describe, expect, it } from 'vitest';
import { readWithCountry, speakerOf } from './test-helpers.ts';

// Fresh cases for round 24b (invented, not from dev or set 24): English voices in report, blog, obituary and
// brief shapes — a pseudonymous witness named like a place under a section heading, a widow named like a place,
// a dead man's sayings, a focus group's code, a fact-check's source page — each with a near miss.
const read = (...paras: string[]) => readWithCountry(['Headline', ...paras].join('\n\n'));

describe("a report's witness under a section heading", () => {
  it('gives the words to a witness named like a district, not to the heading over her', () => {
    const story = read(
      'III. Sent Back at the Checkpoint',
      'Nahrin (not her real name), 27, sells eggs in a village near Khanabad. In May she set out for the clinic in Kunduz with her son.',
      '"They asked me who my guardian was and I had no answer," she told us. "We walked home in the dark."',
    );
    expect(speakerOf(story, 'They asked me who')).toBe('Nahrin');
    expect(speakerOf(story, 'We walked home')).toBe('Nahrin');
  });

  it('gives the words to a witness with a pseudonym note in other words', () => {
    const story = read(
      'Locked Gates',
      'Baharak, 41 (her name has been changed), teaches sewing to girls in her home in Taloqan.',
      'Her classes stopped in the autumn. "The neighbours were afraid for us, so I closed the door," she said.',
    );
    expect(speakerOf(story, 'The neighbours were afraid')).toBe('Baharak');
  });

  it('near miss: a heading over an unnamed source does not speak', () => {
    const story = read(
      'Closed Wards',
      'A midwife in Pul-e-Khumri, who asked that her name not be used, said the night shift had no doctor at all.',
      '"We call the doctor at home and he comes if the road is open," she said.',
    );
    expect(speakerOf(story, 'We call the doctor')).not.toBe('Closed Wards');
  });
});

describe("a live blog's or a feature's person named like a place", () => {
  it('gives the words to a widow named like a district', () => {
    const story = read(
      '11:20 — The bazaar in Faizabad is quieter than last year.',
      'Nahrin, a widow who has sold dried mulberries near the bridge for twelve years, said trade was down by half. "People take a handful to taste and then walk on," she said.',
    );
    expect(speakerOf(story, 'People take a handful')).toBe('Nahrin');
  });

  it('near miss: a district followed by a description of a place keeps no speaker', () => {
    const story = read(
      'Nahrin, a district where most families grow wheat, had no rain in April. "The wells are low," said Abdul Karim Sahel, a farmer there.',
    );
    expect(speakerOf(story, 'The wells are low')).toBe('Abdul Karim Sahel');
  });
});

describe("an obituary's subject in memories", () => {
  it("gives a dead teacher's saying to him, not to the daughter quoted before", () => {
    const story = read(
      'Ustad Ghulam Rasul Hotak, who taught mathematics in Rostaq for forty years, died on Friday. He was 81.',
      '"He marked our papers by candlelight," said his daughter, Fariba Hotak. "He never missed a morning."',
      'Mr. Hotak rarely spoke about himself. He used to say, "A boy who can count cannot be cheated at the bazaar."',
    );
    expect(speakerOf(story, 'A boy who can count')).toMatch(/Ghulam Rasul Hotak$/u);
  });

  it.fails('gives "his favourite words were" to him', () => {
    const story = read(
      'Haji Sultan Mohammad Qaderi, the ferryman of the Panj at Darqad, has died at the age of 77.',
      '"He carried my wedding party across," said Sardar Khan, a neighbour. "Twelve people in one boat."',
      'Mr. Qaderi was a man of few words. His favourite saying was "The river takes only the one who hurries."',
    );
    expect(speakerOf(story, 'The river takes only')).toMatch(/Sultan Mohammad Qaderi$/u);
  });
});

describe("a policy brief's coded sources", () => {
  it('gives each coded group its own words', () => {
    const story = read(
      'Wheat traders in Kunduz told us prices had doubled. "Nobody sells on credit now," one said.',
      'Women in a focus group in Argo (FGD-05) described the same squeeze. "We borrow flour from the neighbour and pay back in embroidery," one participant said.',
      'A key informant, a shopkeeper in Jurm (KII-11), said: "I have sixty names in my book and no money in my drawer."',
    );
    // Not the group quoted before it: the participant who says it (round 25b: "participant" is a person's noun).
    expect(speakerOf(story, 'We borrow flour')).toMatch(/participant|FGD-05/iu);
    expect(speakerOf(story, 'I have sixty names')).toMatch(/KII-11|shopkeeper|key informant/iu);
  });
});

describe("a fact-check's claim and its source", () => {
  it.fails('gives the claim to the page that posted it', () => {
    const story = read(
      'CLAIM: A viral post says the Kunduz–Kabul road will be closed for all of June.',
      'The post was first shared on 2 May by the Facebook page Kunduz Voice, which has about 90,000 followers. It read: "From 1 June the highway is shut for one month for repairs."',
      'Engineer Abdul Wase Rahimi, head of the public works department, said no such closure was planned. "We repair by night and keep one lane open," he said.',
    );
    expect(speakerOf(story, 'From 1 June the highway')).toBe('Kunduz Voice');
    expect(speakerOf(story, 'We repair by night')).toBe('Abdul Wase Rahimi');
  });
});

describe('a name after a named speaker keeps his own words', () => {
  it("gives the mawlawi his words, not the haji's before him", () => {
    const story = read(
      '14:05 — At the shrine, Haji Noor Agha Sultani said the crowd was smaller than last year. "The bus fares are too high," he said.',
      '14:30 — Mawlawi Abdul Basir Hamidi, who leads prayers at the main mosque, warned visitors about the river. "The water is higher than yesterday, keep the children back," he said.',
    );
    expect(speakerOf(story, 'The water is higher')).toMatch(/Abdul Basir Hamidi$/u);
  });
});

describe("a fact-check's claim line, signed by its source after a dash", () => {
  it('gives the claim to the Facebook page named in quotation marks', () => {
    const story = read(
      'A post shared thousands of times says the border at Sher Khan Bandar will close for a month.',
      'Claim: "The Sher Khan crossing closes on 1 Jawza for thirty days." — Facebook page "Kunduz Online News", 12 May 2026',
      'Verdict: FALSE. The customs office in Kunduz says the crossing stays open.',
    );
    expect(speakerOf(story, 'The Sher Khan crossing closes')).toBe('Kunduz Online News');
  });

  it('gives the claim to a Telegram channel or an account named bare', () => {
    const story = read(
      'A message forwarded across Baghlan promises free wheat to every household.',
      'CLAIM: "Every family in Baghlan will receive 50 kilograms of wheat this week." – Telegram channel Baghlan Daily, 2 June',
      'RATING: MISLEADING. The World Food Programme says the distribution covers two districts only.',
    );
    expect(speakerOf(story, 'Every family in Baghlan')).toBe('Baghlan Daily');
  });

  it('near miss: a claim line with no source keeps no speaker, and a dash with a verb is a clause', () => {
    const story = read(
      'Claim: "The new bridge at Khanabad has collapsed."',
      'Verdict: FALSE. "The bridge is standing and the lorries cross it," — Engineer Sayed Wali Hashimi said on Tuesday.',
    );
    expect(speakerOf(story, 'The new bridge at Khanabad')).toBeNull();
    expect(speakerOf(story, 'The bridge is standing')).toMatch(/Sayed Wali Hashimi$/u);
  });
});

describe('a modal before the verb of speech', () => {
  it('gives "would say only that" and "could only say" their subject', () => {
    const story = read(
      'The governor of Takhar, Abdul Haq Rashidi, visited the flooded villages on Monday.',
      'Asked when the road would open, Rashidi would say only that it was "in the hands of the engineers."',
      'A shopkeeper in Taloqan, Gul Ahmad Sultani, could only say that business was "worse than in the war."',
    );
    expect(speakerOf(story, 'in the hands of the engineers')).toMatch(/Abdul Haq Rashidi$/u);
    expect(speakerOf(story, 'worse than in the war')).toBe('Gul Ahmad Sultani');
  });

  it('near miss: a modal before another verb does not make a speaker of the quotation', () => {
    const story = read(
      'Rashidi would visit the villages "as soon as the water goes down," his office said in a statement.',
    );
    expect(speakerOf(story, 'as soon as the water') ?? '').not.toMatch(/^Rashidi/u);
  });
});

describe('a quotation after a sentence that names one person already met', () => {
  const intro =
    'Zarmina, a weaver in her fifties who gave only her first name, said the dealer sets the price. "He decides after the carpet is cut from the loom," she said.';
  const middle = [
    'Carpet exports from the north have fallen for four years running, according to the chamber of commerce.',
    'Dealers blame the road; the road blames the winter.',
    'There is no fund for wool, and the banks do not lend to women without documents.',
  ];
  it('gives the words to the owner named in the sentence before: "at Zarmina\'s gate, she …"', () => {
    const story = read(
      intro,
      ...middle,
      'At the gate of Zarmina\'s house, she pressed a ball of red wool into my hand. "Take it to Kabul and show them what we make."',
    );
    expect(speakerOf(story, 'Take it to Kabul')).toBe('Zarmina');
  });

  it("gives the words to the person who is the sentence's subject", () => {
    const story = read(
      intro,
      ...middle,
      'As the light went, Zarmina walked us down to the road. "Write that we want a price, not a present."',
    );
    expect(speakerOf(story, 'Write that we want')).toBe('Zarmina');
  });

  it('near miss: two people named, or a pronoun of the other gender, give the words to no one named there', () => {
    const story = read(
      intro,
      'Mohammad Nabi Kakar, a dealer in Taloqan, said prices were set in Kabul. "I only pass on what they pay," he said.',
      ...middle,
      'Outside Zarmina\'s door, he lit a cigarette and looked at the hills. "Nobody here will tell you the truth."',
      'Later Zarmina and Kakar argued in the yard. "You can ask the neighbours."',
    );
    expect(speakerOf(story, 'Nobody here will tell')).not.toBe('Zarmina');
    expect(speakerOf(story, 'You can ask the neighbours')).not.toBe('Zarmina');
  });
});

describe('"put it plainly:" and "summed it up:" before a quotation', () => {
  it('gives a coded group its words, not the traders of the sentence after', () => {
    const story = read(
      'Incomes from saffron fell by a third in 2025. Women in a group discussion in Keshem (FGD-07) put it bluntly: "We pick the flowers and the men sell them. This year nobody bought." Lenders in Faizabad said they had stopped giving credit to saffron farmers.',
    );
    expect(speakerOf(story, 'We pick the flowers')).toBe('FGD-07');
  });

  it('gives a named elder his words after "summed it up:", and a role\'s after "put it this way:"', () => {
    const story = read(
      'Haji Ghulam Sarwar Yaqubi, an elder in Yawan, summed it up: "The road was built for the trucks, not for us." Drivers in Faizabad said the toll had doubled.',
      'The district governor put it another way: "Every trader wants the road and nobody wants to pay for it." Shopkeepers in the bazaar disagreed.',
    );
    expect(speakerOf(story, 'The road was built')).toMatch(/Ghulam Sarwar Yaqubi$/u);
    expect(speakerOf(story, 'Every trader wants the road')).toBe('The district governor');
  });

  it('near miss: a quotation closed by its comma keeps the reporting clause after it', () => {
    const story = read(
      'The school has reopened in Warduj: "The children came back on the first day," teachers in the village said.',
    );
    expect(speakerOf(story, 'The children came back')).toMatch(/teachers in the village/iu);
  });
});

// Review near misses: ordinary copy the new rules were not written for.
describe('review: a quotation after a sentence that only names its owner', () => {
  const known = 'Farida Sultani, a midwife, said the clinic had no power. "We work by torchlight," she said.';
  const filler = 'Diesel costs twice what it did.';
  it("leaves a sign's words, a report's phrase and a governor's praise to no one known", () => {
    const story = read(
      known,
      filler,
      'A hand-painted sign hangs over Sultani\'s door. "Women only — men wait outside."',
      'Sultani\'s clinic was among those the ministry praised in its report last year. "A model for rural care," the report called it.',
      'The governor praised Sultani on state television on Monday. "Our heroes are the women who stay."',
    );
    expect(speakerOf(story, 'Women only')).not.toBe('Farida Sultani');
    expect(speakerOf(story, 'A model for rural care')).not.toBe('Farida Sultani');
    expect(speakerOf(story, 'Our heroes are')).not.toBe('Farida Sultani');
  });
});

describe('review: "put it …:" never takes a speaker another rule gives', () => {
  it('reads the subject after a clause of scene, and leaves a reporting clause after the words its speaker', () => {
    const story = read(
      'In Faizabad on Monday, the governor put it bluntly: "There is no money for the road."',
      'Asked about the drought, he put it this way: "No rain, no bread," said Abdul Wahid Karimi, a farmer in Jurm.',
    );
    const envoy = read(
      'The UN envoy summed it up: "Afghanistan cannot wait for another winter," she told the Security Council.',
    );
    expect(speakerOf(story, 'There is no money')).toBe('The governor');
    expect(speakerOf(story, 'No rain, no bread')).toBe('Abdul Wahid Karimi');
    expect(speakerOf(envoy, 'Afghanistan cannot wait')).toBe('The UN envoy');
  });
  it('near miss: words closed by "!" and a lower-case clause after a colon keep that clause', () => {
    const story = read(
      'The order over the loudspeaker was blunt: "Leave the bazaar now!" a police officer shouted.',
    );
    expect(speakerOf(story, 'Leave the bazaar')).toMatch(/police officer/iu);
  });
});

describe("review: a fact-check's verdict after the claim's dash", () => {
  it('near miss: a one-word verdict and the sentence after it are no source', () => {
    const story = read(
      'Claim: "Wheat prices in Kunduz doubled in a single week." — Misleading. Market data show a rise of 12 percent.',
    );
    expect(speakerOf(story, 'Wheat prices in Kunduz') ?? '').not.toMatch(/Misleading/u);
  });
});
