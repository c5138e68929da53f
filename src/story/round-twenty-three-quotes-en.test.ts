/**
 * Round 23, English quotations outside features: documents and statements that speak for the body that issued
 * them, pronouns after a quotation that go back to a speaker described at length, sources reported inside a chat
 * line, and reporting subjects held apart from their verb. Fresh passages written for this round.
 */
import { describe, expect, it } from 'vitest';
import { sentenceIndex } from './sentences.ts';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';

describe('a statement, letter or ruling quoted after the body that issued it was named', () => {
  it('gives "the statement said" to the department named as its author in the sentence before', () => {
    const story = ingestUnderHeadline([
      'Ferry suspended on the Panj',
      'The ferry at the crossing was suspended on Tuesday, the provincial department of transport said in a statement.',
      '"Strong currents have made the landing unsafe for loaded vehicles," the statement said. It gave no date for the crossing to reopen.',
    ]);
    expect(speakerOf(story, 'Strong currents have made the landing')).toMatch(
      /^the provincial department of transport$/i,
    );
  });

  it('gives "the notice read" to the municipality that posted it', () => {
    const story = ingestUnderHeadline([
      'Market stalls told to move',
      'Stallholders in the old bazaar found a notice from the Taloqan municipality pinned to the mosque gate on Friday morning.',
      '"All stalls on the canal bank must be removed within seven days," the notice read. Traders said they had not been consulted.',
    ]);
    expect(speakerOf(story, 'All stalls on the canal bank')).toMatch(/^the Taloqan municipality$/i);
  });

  it('does not give a statement to a person merely mentioned before it', () => {
    const story = ingestUnderHeadline([
      'Clinic closed',
      'Farida Hakimi, a mother of three, walked two hours to the clinic and found it shut.',
      '"The clinic will reopen when staff are paid," read a handwritten sign on the door.',
    ]);
    expect(speakerOf(story, 'The clinic will reopen')).not.toBe('Farida Hakimi');
  });
});

describe('a pronoun after the quotation, whose antecedent was described at length', () => {
  it('gives "she said" to the indefinite description that opened the sentence before', () => {
    const story = ingestUnderHeadline([
      'Locusts in the wheat',
      'A field officer with the agriculture department in Kunduz inspected the worst-hit plots on Monday. "The swarms came earlier than last year," she said. "We have spray for a third of the land."',
    ]);
    expect(speakerOf(story, 'The swarms came earlier')).toMatch(/field officer/i);
  });

  it('gives "he told reporters" to the director named in commas after his post', () => {
    const story = ingestUnderHeadline([
      'Water plant on generators',
      'The head of the city water utility, Eng. Rahmatullah Sharifi, says pumping stopped for six hours overnight.',
      '"We have fuel for two days at most," he told reporters at the plant. "After that the tanks run dry."',
    ]);
    expect(speakerOf(story, 'We have fuel for two days')).toMatch(/Rahmatullah Sharifi$/);
  });
});

describe('a body whose ruling or letter is quoted in a clause of its own sentence', () => {
  it('gives a ruling quoted after "ruling that" to the court that gave it', () => {
    const story = ingestUnderHeadline([
      'Contract voided',
      'The appeals court in Taloqan dismissed the claim on Sunday, ruling that the lease "was signed under pressure and has no force in law".',
    ]);
    expect(speakerOf(story, 'was signed under pressure')).toMatch(/appeals court/i);
  });

  it('gives words of a letter to the department that wrote it to the court', () => {
    const story = ingestUnderHeadline([
      '4. In answer, the Directorate of Public Health of Kunduz province, by letter no. 517, told the court that "the clinic named in the contract was never opened to patients."',
    ]);
    expect(speakerOf(story, 'the clinic named in the contract')).toMatch(/Directorate of Public Health/);
  });

  it('gives a finding to the commission whose letter no. is cited before its verb', () => {
    const story = ingestUnderHeadline([
      '5.2 In its reply of 9 Jawza, the land commission of Kunduz province, by letter No. 88, stated that "the plots were allotted to families on the returnee list only".',
    ]);
    expect(speakerOf(story, 'the plots were allotted')).toMatch(/land commission/);
  });

  it("does not give a spokesman's words to the company his description names", () => {
    const story = ingestUnderHeadline([
      'A spokesman for Pamir Energy, the power company, told a newspaper that supplies would be "cut as every winter, because our own towns come first."',
    ]);
    expect(speakerOf(story, 'our own towns come first')).not.toMatch(/power company/);
  });
});

describe('a speaker described by a trade the lexicon may not list', () => {
  it('reads "a hydrologist … he said" as the hydrologist', () => {
    const story = ingestUnderHeadline([
      'A hydrologist at the river basin agency measured the flow at the bridge on Wednesday. "The river has not been this low in August for twenty years," he said.',
    ]);
    expect(speakerOf(story, 'The river has not been this low')).toMatch(/hydrologist/);
  });

  it.fails('reads "an epidemiologist … she said" as the epidemiologist', () => {
    const story = ingestUnderHeadline([
      '- An epidemiologist with the provincial health team reviewed the clinic registers. "Most of the cases are children under five," she said.',
    ]);
    expect(speakerOf(story, 'Most of the cases are children')).toMatch(/epidemiologist/);
  });
});

describe('a source reported inside a line of a chat or a forum post', () => {
  it('gives the quotation to the elder the writer reports, not to the writer', () => {
    const story = ingestUnderHeadline([
      'Flood group chat, night of 3 June',
      '[03/06/2026, 22:41] Karim Logistics: my brother phoned from the village. the mullah of the mosque says "the bridge is gone, nobody can cross" and they need tents',
      '[03/06/2026, 22:45] Zarmina Habibi: ok noted, I will inform the cluster',
    ]);
    expect(speakerOf(story, 'the bridge is gone')).toMatch(/mullah/i);
  });

  it('gives a quote told to the writer to the official who told it', () => {
    const story = ingestUnderHeadline([
      'Field team notes',
      '[12/09/2026, 07:05] Nargis Sadat: the district health officer told me "two of the wells are contaminated, do not let families drink from them". I am going there now',
      '[12/09/2026, 07:09] Hamid Qaderi: 👍 send photos',
    ]);
    expect(speakerOf(story, 'two of the wells are contaminated')).toMatch(/district health officer/i);
  });
});

describe('a definite role that says whose it is, right before the quotation', () => {
  it('reads "The headmaster of the girls\' school said:" as a source by that phrase', () => {
    const story = ingestUnderHeadline([
      'Exams go ahead',
      'The headmaster of the girls\' school said: "Every candidate sat the paper, even the ones who walked three hours."',
    ]);
    expect(speakerOf(story, 'Every candidate sat the paper')).toMatch(/headmaster of the girls/i);
  });

  it("gives the words of a governor's spokesman to the spokesman, and a governor's later words to no spokesman", () => {
    const story = ingestUnderHeadline([
      'Notes from the field',
      '[14:02] Laila K.: radio just now, the district governor\'s spokesman said "all families have received tents" 🙄',
      '[14:30] Laila K.: went to the camp. The provincial governor told our team "we will send more tents tomorrow, the trucks are loading"',
    ]);
    expect(speakerOf(story, 'all families have received tents')).toMatch(/spokesman/);
    expect(speakerOf(story, 'we will send more tents tomorrow')).not.toMatch(/spokesman/);
  });

  it('does not read "the road of the village" as a speaker', () => {
    const story = ingestUnderHeadline([
      'Lines from a notebook',
      'We walked up at dawn. On the gate of the village somebody had painted "welcome home, returnees" in blue letters.',
    ]);
    expect(speakerOf(story, 'welcome home, returnees')).toBeNull();
  });
});

describe('a role and name in commas after the quotation', () => {
  it('reads a post with an abbreviation before the name', () => {
    const story = ingestUnderHeadline([
      'Winter plan for the north-east',
      '"We can reach the valleys before the snow if the road stays open," the Deputy Representative a.i., Helena Marsh, said on Thursday after a visit to Faizabad.',
    ]);
    expect(speakerOf(story, 'We can reach the valleys')).toBe('Helena Marsh');
  });

  it('reads "a.i." after a post in a briefing line, the name after it speaking', () => {
    const story = ingestUnderHeadline([
      'Briefing notes',
      'The country team met in Kabul on Monday. "Half the wells we drilled in spring are dry," the Resident Representative a.i., Omar Faizi, told the briefing.',
    ]);
    expect(speakerOf(story, 'Half the wells we drilled')).toBe('Omar Faizi');
  });
});

describe('a named subject held apart from its verb by a relative clause', () => {
  it.fails('gives "and said" to the neighbour named in commas who opened the sentence', () => {
    const story = ingestUnderHeadline([
      'Letters: the river at our door',
      'Sir, last spring my cousin, Ghulam Rasul, who has farmed the bank for forty years, walked me to the edge of his field and said, "Next year this will be the river." He was right.',
    ]);
    expect(speakerOf(story, 'Next year this will be the river')).toBe('Ghulam Rasul');
  });
});

describe('review: near-misses of the round-23 quotation rules', () => {
  it('does not give words reported after "but residents …, saying that" to the body the sentence opened on', () => {
    const story = ingestUnderHeadline([
      'Canal plan approved',
      'The irrigation department approved the new canal plan for Khanabad, but residents protested outside the building, saying that "nobody asked the farmers downstream."',
    ]);
    expect(speakerOf(story, 'nobody asked the farmers') ?? '').not.toMatch(/department/i);
  });

  it('does not give a farmer\'s words after "who said that" to the court that heard him', () => {
    const story = ingestUnderHeadline([
      'Land case heard',
      'The provincial court heard from a farmer from Taloqan, who said that "the land belonged to my father before the war."',
    ]);
    expect(speakerOf(story, 'the land belonged to my father') ?? '').not.toMatch(/court/i);
  });

  it('does not give a new statement, published by a body it cannot read, to the body quoted before', () => {
    const story = ingestUnderHeadline([
      'Clinics promised',
      'The health ministry said it would send more doctors to Kunduz. "Four clinics will open this month," the ministry said.',
      'The opposition published its own statement on Tuesday, accusing the ministry of lying. "Not one clinic has opened," the statement said.',
    ]);
    expect(speakerOf(story, 'Not one clinic has opened') ?? '').not.toMatch(/ministry/i);
  });

  it('ends a sentence at an answer "no." before a figure, but not at "decree no. 12"', () => {
    const a = 'Asked if the road was open, he said no. 12 trucks were waiting at the crossing.';
    expect(sentenceIndex(a).startOf(a.indexOf('trucks'))).toBe(a.indexOf('12 trucks'));
    const b = 'Under decree no. 12 the land was returned.';
    expect(sentenceIndex(b).startOf(b.indexOf('land'))).toBe(0);
  });
});
