import { describe, expect, it } from 'vitest';
import { hasQuote, readWithCountry, speakerOf } from './test-helpers.ts';

// Fresh cases for round 25b (invented, not from dev or set 25): English voices set by a page's structure — a
// readers'-questions column's expert, a survey's coded respondents, a rapporteur's notes, an email chain's quoted
// reply and a court blotter's defendant — each with a near miss.
const read = (...paras: string[]) => readWithCountry(['Headline', ...paras].join('\n\n'));

describe("a readers'-questions column", () => {
  it("gives every signed letter's answer to the expert the standfirst names", () => {
    const story = read(
      'ASK THE DOCTOR',
      'Your health questions, answered each week by Dr. Homa Sediqi, a paediatrician at the regional hospital in Kunduz.',
      'Q: My son has coughed every night since the dust storms reached Imam Sahib. The pharmacy gave us syrup but nothing changed. Should I take him to the city? — Nazifa, Imam Sahib',
      'A: A cough that lasts longer than three weeks needs a doctor to listen to the chest, not another bottle of syrup. Bring him to the children’s clinic on a weekday morning.',
      'Q: Our daughter is two and still will not eat meat or eggs. My mother-in-law says she will grow weak. — Gul Ahmad, Khanabad',
      'A: Children of that age are often stubborn about food, and that is normal. Lentils, beans and milk give her the same strength.',
    );
    expect(speakerOf(story, 'A cough that lasts longer')).toMatch(/Homa Sediqi/u);
    expect(speakerOf(story, 'Children of that age are often')).toMatch(/Homa Sediqi/u);
  });

  it('reads "Question:" and "Answer:" with the reader named in brackets', () => {
    const story = read(
      'YOUR QUESTIONS ANSWERED',
      'Advocate Tamana Rasuli, a family lawyer in Taloqan, replies to readers’ legal questions.',
      'Question: My late husband’s brothers say his land in Rostaq is theirs now. I have three children. (Mahbooba, Rostaq)',
      'Answer: Under the civil law a widow and her children inherit before any brother does. Keep the deed and the death certificate safe.',
      'Question: I lent my neighbour money with no paper. Can the court help me? (name withheld, Bangi)',
      'Answer: A loan with two witnesses can still be proved before a judge, so write their names down today.',
    );
    expect(speakerOf(story, 'Under the civil law a widow')).toMatch(/Tamana Rasuli/u);
    expect(speakerOf(story, 'A loan with two witnesses')).toMatch(/Tamana Rasuli/u);
  });

  it("near miss: an office's FAQ box gives its answers to no person", () => {
    const story = read(
      'The registration drive for returnee families begins in Kunduz on Saturday, the refugees department said.',
      'Q: Where are the registration centres? Q: Who may register?',
      'Frequently asked questions',
      'Q: Where are the centres? — Kunduz city and Khanabad',
      'A: The centres are in the district compounds and open at eight.',
    );
    expect(speakerOf(story, 'The centres are in the district')).toBeNull();
  });

  it("near miss: the page's own notes between and after the letters are not the expert's answer", () => {
    const story = read(
      'ASK THE VET',
      'Dr. Sayed Jamal Hashimi, a veterinarian in Baghlan, answers readers’ letters.',
      'Q: Two of my goats in Nahrin stopped eating after the first snow. — Gul Bibi, Nahrin',
      'A: Goats that stop eating in the cold often have worms. Give the whole flock a dewormer.',
      'She wrote to us again on Monday to say that the goats were eating.',
      'Q: Our cow in Puli Khumri gives less milk since we changed her feed. — Karim, Puli Khumri',
      'A: A change of feed always lowers milk for a week or two. Change it slowly, over ten days.',
      'In my own village I have seen the same thing every spring.',
      'To send a question, write to us at the farm desk and tell us your district. We answer as many as we can.',
    );
    expect(speakerOf(story, 'A change of feed always lowers')).toMatch(/Hashimi/u);
    expect(speakerOf(story, 'In my own village I have seen')).toMatch(/Hashimi/u);
    expect(speakerOf(story, 'She wrote to us again')).toBeNull();
    expect(speakerOf(story, 'To send a question, write to us')).toBeNull();
  });
});

describe("a survey report's respondents cited by code", () => {
  it('gives the words to a household code with its role and village before a colon', () => {
    const story = read(
      'Water points were the second complaint. HH-031, widow, Yangi Qala: "The pump broke in March and the shura has not met since."',
    );
    expect(speakerOf(story, 'The pump broke in March')).toBe('HH-031');
  });

  it('gives the words to "Respondent 14" with a role and district before "said"', () => {
    const story = read(
      'Debt was common. "We borrowed from the shopkeeper for the wedding and we are still paying," Respondent 14, farmer, Kalafgan, said.',
    );
    expect(speakerOf(story, 'We borrowed from the shopkeeper')).toBe('Respondent 14');
  });

  it('gives the words to a code whose role and place run to the verb', () => {
    const story = read(
      'R-19, elder, Warsaj, told the enumerators: "In winter the road closes and the agent goes to Taloqan."',
    );
    expect(speakerOf(story, 'In winter the road closes')).toBe('R-19');
  });

  it("gives the words to a focus group's bracketed citation", () => {
    const story = read(
      'Women in Rostaq described the same problem. "A woman cannot stand in the agent’s shop with the men" (FGD women, Rostaq).',
    );
    expect(speakerOf(story, 'A woman cannot stand')).toContain('FGD women');
  });

  it("near miss: a table's code and its heading before a colon are no one", () => {
    const story = read(
      'The questionnaire is reproduced in the annex. Table C-4, Eshkashem: "distance to agent" is the walking time to the nearest cash-out point.',
    );
    expect(speakerOf(story, 'distance to agent')).toBeNull();
  });
});

describe("a conference rapporteur's notes", () => {
  it('gives the words after "Her main point:" to the presenter the pronoun owns', () => {
    const story = read(
      'Session 2: Irrigation',
      'Prof. Latifa Noori (Balkh University) presented results from forty canals in Khulm. Her conclusion: the upstream villages take the water first. "A canal is a contract between villages, and the contract is broken," she said.',
    );
    expect(speakerOf(story, 'A canal is a contract')).toMatch(/Latifa Noori/u);
  });

  it('gives a bullet from the floor to the participant it describes', () => {
    const story = read(
      'Questions from the floor',
      '- A midwife from Yaftal in Badakhshan raised the question of transport: "We carry women down on a bed when the road is closed. Who will pay for an ambulance?"',
    );
    expect(speakerOf(story, 'We carry women down')).toMatch(/midwife/iu);
  });

  it("near miss: a perfect's auxiliary is no part of the definite role that speaks", () => {
    const story = read(
      'Wheat prices rose again this week in Kunduz, traders said.',
      'The farmer had said: "We cannot sell at this price and pay the tractor driver as well."',
      '"The canal has been dry since the first week of June," the mirab of Khanabad has also warned.',
    );
    expect(speakerOf(story, 'We cannot sell at this price')).toBe('The farmer');
    expect(speakerOf(story, 'The canal has been dry')).toBe('The mirab of Khanabad');
  });

  it('never makes a possessive a speaker, and gives "she said" to the participant described', () => {
    const story = read(
      'Chair: Eng. Sadiq Karimi (water department, Balkh)',
      '- A farmer from Chahar Bolak asked who would clean the canal. Eng. Karimi’s reply, noted in full: "The department will clean the main canal and the villages the small ones."',
      '- A participant from a women’s carpet cooperative in Aqcha said the forum had not invited weavers. "Nobody asked us about the water we use for dyeing," she said.',
    );
    expect(speakerOf(story, 'The department will clean')).toBe('Eng. Sadiq Karimi');
    expect(speakerOf(story, 'Nobody asked us about the water')).toMatch(/participant/iu);
  });
});

describe('an email chain and a court blotter', () => {
  it("gives a quoted reply's quotation to the role that says it", () => {
    const story = read(
      'From: Nasrin Haidari',
      'Sent: Tuesday 3 March 2026',
      '> Hi both,',
      '> I spoke to the transport company this morning. Their dispatcher says the pass is open again: "the trucks can leave Taloqan on Thursday if the snow stops." I will confirm tomorrow.',
    );
    expect(hasQuote(story, 'the trucks can leave Taloqan')).toBe(true);
    expect(speakerOf(story, 'the trucks can leave Taloqan')).toMatch(/dispatcher/iu);
  });

  it("near miss: an owned role's colon that reports another's words or a sign's is not the role's", () => {
    const story = read(
      'Hundreds marched through Taloqan on Friday to demand water for the second crop.',
      'Our correspondent said the largest banner read: "The canal belongs to every village, not to the upstream khans."',
      'His lawyer says the charge sheet states: "Possession of stolen goods taken from the customs house at Sher Khan Bandar."',
    );
    expect(speakerOf(story, 'The canal belongs to every village') ?? '').not.toMatch(/correspondent/iu);
    expect(speakerOf(story, 'Possession of stolen goods') ?? '').not.toMatch(/lawyer/iu);
    expect(hasQuote(story, 'The canal belongs to every village')).toBe(true);
  });

  // Left for a later round: a definite role's appositive before its verb ("The defendant, a father of six, told").
  it.fails('gives the words to the defendant who told the court', () => {
    const story = read(
      'COURTS: A former clerk at the customs house in Sher Khan Bandar was jailed for three years. The defendant, a father of six, told the court: "I signed what my manager put in front of me."',
    );
    expect(speakerOf(story, 'I signed what my manager')).toMatch(/defendant|father of six/iu);
  });
});
