import { describe, expect, it } from 'vitest';
import { speakingGroupBefore } from './dari-plural-pronouns.ts';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';

describe('a paragraph opened on a bare name is about that person: its "she says" is theirs', () => {
  it('does not take a donor or a capital opening a paragraph as the "she said" that follows', () => {
    for (const opening of [
      'Washington cancelled the grant in March.',
      'Gavi funded the vaccines until last year.',
    ]) {
      const story = ingestUnderHeadline([
        'Nadia Rahimi, 40, is a midwife in Kunduz. "We work at night," she said.',
        `${opening} She said the clinic lost half its staff. "We cannot pay them," she said.`,
      ]);
      expect(speakerOf(story, 'We cannot pay them')).toBe('Nadia Rahimi');
    }
  });

  it('reads "Name arrives … She is 37" as the person the next paragraph\'s pronoun means', () => {
    const story = ingestUnderHeadline([
      'Farida Wardak, 44, runs the tailoring workshop. "We sew until the light goes," she says.',
      'Shabana arrives at the workshop every morning with her son. She is 29 and a widow.',
      '"The cloth is the expensive part," she says. "The thread I can afford."',
    ]);
    expect(speakerOf(story, 'The cloth is the expensive part')).toBe('Shabana');
  });

  it('holds for a man, a modal verb and a past tense', () => {
    const story = ingestUnderHeadline([
      'Rahim Jan Popal, 60, owns the orchard. "The apricots come early this year," he says.',
      'Habibullah cannot read. He learned the trade from his uncle and keeps the accounts in his head.',
      '"I remember every debt," he said.',
    ]);
    expect(speakerOf(story, 'I remember every debt')).toBe('Habibullah');
    const past = ingestUnderHeadline([
      'Rahim Jan Popal, 60, owns the orchard. "The apricots come early this year," he says.',
      'Zalmai walked to the market on Friday. He sold two sacks of almonds there.',
      '"The price was fair," he said.',
    ]);
    expect(speakerOf(past, 'The price was fair')).toBe('Zalmai');
  });

  it('does not take a paragraph opened on a word that is no verb\'s subject ("Long before …")', () => {
    const story = ingestUnderHeadline([
      'Long before dawn, Abdul Wahid Sultani, 58, is at the oven. He has baked for thirty years.',
      '"No winter was like this one," he says.',
    ]);
    expect(speakerOf(story, 'No winter was like this one')).toBe('Abdul Wahid Sultani');
  });

  it('does not take a paragraph that does not go on by "She" or "He"', () => {
    const story = ingestUnderHeadline([
      'Mohammad Karim Azizi, 51, drives the truck. "The road is gone," he says.',
      'Baraka arrived in the village last year. The charity built a well and left.',
      '"Nobody repaired the pump," he said.',
    ]);
    expect(speakerOf(story, 'Nobody repaired the pump')).toBe('Mohammad Karim Azizi');
  });
});

describe('a name a "who" clause describes is a person', () => {
  it('gives the next "he says" to the buyer named with "who owns"', () => {
    const story = ingestUnderHeadline([
      'Rahmatullah, 51, drives the milk. "We lose a day on that road," he says.',
      'Much of the wool is bought by Sayed Ahmad Nazari, who runs a carpet workshop in the city.',
      '"The demand is always there," he says.',
    ]);
    expect(speakerOf(story, 'The demand is always there')).toBe('Sayed Ahmad Nazari');
  });

  it('does not make a place or an organisation of a "who" clause a speaker', () => {
    const story = ingestUnderHeadline([
      'Rahmatullah, 51, drives the milk. "We lose a day on that road," he says.',
      'The truck stops at the Ministry of Agriculture, who pays nothing for the milk.',
      '"They never answer," he says.',
    ]);
    expect(speakerOf(story, 'They never answer')).toBe('Rahmatullah');
  });
});

describe('a one-word name whose "who" clause says it is all the name given', () => {
  it('reads "Name, who … uses only one name, said" as a person, over the described mother before', () => {
    const story = ingestUnderHeadline([
      'Outside the clinic, a woman from a nearby village waited with her son. Malalai, who like many Afghan women goes by one name, said the boy had a fever since Friday.',
      '"We walked for three hours," she said.',
    ]);
    expect(speakerOf(story, 'We walked for three hours')).toBe('Malalai');
  });

  it('does not take a one-word name whose clause says nothing of names', () => {
    const story = ingestUnderHeadline([
      'Dr. Nadia Rahimi, 40, runs the clinic. Outside, Bamyan, who sends its patients here, was under snow.',
      '"We walked for three hours," she said.',
    ]);
    expect(speakerOf(story, 'We walked for three hours')).toMatch(/Nadia Rahimi/u);
  });
});

describe('"the old man" after a named, described person is that person', () => {
  it('gives "the old man says" to the retired teacher named just before', () => {
    const story = ingestUnderHeadline([
      'Sher Ahmad Kohistani, a retired teacher in a village upriver, remembers the flood of 1992. He was forty then.',
      '"The water came at night," the old man says. "We ran to the hill."',
    ]);
    expect(speakerOf(story, 'The water came at night')).toBe('Sher Ahmad Kohistani');
  });

  it('holds for "the young woman" after a student', () => {
    const story = ingestUnderHeadline([
      'Freshta Noori, a nursing student from Taloqan, studies by candlelight. She sits by the window.',
      '"The power goes every evening," the young woman said.',
    ]);
    expect(speakerOf(story, 'The power goes every evening')).toBe('Freshta Noori');
  });

  it('does not reach two paragraphs back for "the old man"', () => {
    const story = ingestUnderHeadline([
      'Sher Ahmad Kohistani, a retired teacher in a village upriver, remembers the flood of 1992. He was forty then.',
      'The river rose twice that spring, and the bridge at the bazaar was swept away.',
      '"The water came at night," the old man says.',
    ]);
    expect(speakerOf(story, 'The water came at night')).not.toBe('Sher Ahmad Kohistani');
  });

  it('does not give "the old man who …" or "the old man from …" to the man named before', () => {
    for (const tail of ['who lives next door', 'from the next village']) {
      const story = ingestUnderHeadline([
        'Karim Jawad, 58, farms wheat near Kunduz. He lost his harvest to the flood.',
        `"We cannot stay here," said the old man ${tail}.`,
      ]);
      expect(speakerOf(story, 'We cannot stay here')).not.toBe('Karim Jawad');
    }
  });

  it('does not give "the old man" to a man just reported shot dead', () => {
    const story = ingestUnderHeadline([
      'Abdul Wahid, 30, was shot dead outside his shop in Kunduz on Tuesday.',
      '"He was a good son," said the old man.',
    ]);
    expect(speakerOf(story, 'He was a good son')).not.toBe('Abdul Wahid');
  });
});

describe('an anonymous trader named after the quotation', () => {
  it('reads "said a wholesaler in …" and "a freight agent in …" as sources', () => {
    const story = ingestUnderHeadline([
      'Mohammad Hanif Safi, the director of public health, said inspections had begun.',
      '"Nobody checks the invoices," said a wholesaler in Taloqan who has sold medicines for ten years.',
      '"The lorries wait three days at the bridge," a freight agent in Hairatan told reporters.',
    ]);
    expect(speakerOf(story, 'Nobody checks the invoices')).toMatch(/wholesaler in Taloqan/u);
    expect(speakerOf(story, 'The lorries wait')).toMatch(/freight agent in Hairatan/u);
  });

  it('does not make a source of an agent that is no person of the sentence', () => {
    const story = ingestUnderHeadline([
      'Mohammad Hanif Safi, the director of public health, said the agent was found in the samples.',
      '"We sent the powder to Kabul," he said.',
    ]);
    expect(speakerOf(story, 'We sent the powder')).toBe('Mohammad Hanif Safi');
  });
});

describe('a scene-setting place with its own aside before an anonymous source', () => {
  it('reads "At Place, the river port, a customs officer who … said" as the source of the "he said" after', () => {
    const story = ingestUnderHeadline([
      '"We have sealed 19 pharmacies," Haqbin said in an interview.',
      'At Hairatan, the border town on the Amu Darya, a customs officer who was not authorised to speak said the trucks were rarely opened. "We cannot test a powder by looking at it," he said.',
    ]);
    expect(speakerOf(story, 'We cannot test a powder')).toMatch(/customs officer/u);
  });

  it('does not take the aside when the person after it is named', () => {
    const story = ingestUnderHeadline([
      '"We have sealed 19 pharmacies," Haqbin said in an interview.',
      'At Hairatan, the border town on the Amu Darya, the customs chief Abdul Qadir Wardak said the trucks were rarely opened. "We cannot test a powder by looking at it," he said.',
    ]);
    expect(speakerOf(story, 'We cannot test a powder')).toMatch(/Wardak/u);
  });
});

describe('a role, then an abbreviated title, then the name', () => {
  it('reads "Agriculture director Eng. Name confirmed … He said" as that person', () => {
    const story = ingestUnderHeadline([
      'Another farmer, Noor Agha Sahak, who lives near the river, said prices had fallen.',
      'Irrigation director Eng. Abdul Basir Nazari confirmed the canal was dry. He said repairs would start soon.',
      '"The contractor has the money now," he said.',
    ]);
    expect(speakerOf(story, 'The contractor has the money')).toMatch(/Abdul Basir Nazari/u);
  });

  it('holds for "Dr." after a hospital role', () => {
    const story = ingestUnderHeadline([
      'Another patient, Gul Mohammad Sahak, who came from Khanabad, said he waited two days.',
      'Hospital director Dr. Ahmad Zia Rahimi admitted the shortage. He said oxygen was rationed.',
      '"We fill the cylinders twice a day," he said.',
    ]);
    expect(speakerOf(story, 'We fill the cylinders')).toMatch(/Ahmad Zia Rahimi/u);
  });

  it("does not make the role the titled person's when the verb after the name is not an introduction", () => {
    const story = ingestUnderHeadline([
      'Ahmad Zia Rahimi, 52, has run the hospital since 2015.',
      'The nurse Dr. Ahmad Zia Rahimi trained last year said the ward was full. "We have forty beds," the nurse said.',
    ]);
    expect(speakerOf(story, 'We have forty beds')).not.toMatch(/Rahimi/u);
  });
});

describe('Dari: «آنان» as a source is the group the paragraph reported speaking', () => {
  it('reads "باشندگان قریه می‌گویند … به گفتهٔ آنان، «…»" as the villagers', () => {
    const story = ingestUnderHeadline([
      'حاجی نورالله، رئیس شورای قریه، گفت: «آب نل هر هفته قطع می‌شود.»',
      'باشندگان قریه می‌گویند که از ترس سیلاب شب‌ها نمی‌خوابند. به گفتهٔ آنان، «ما شب‌ها به نوبت بیدار می‌مانیم.»',
    ]);
    expect(speakerOf(story, 'ما شب‌ها به نوبت')).toBe('باشندگان قریه');
  });

  it('holds for "دهقانان … گفتند" and "به گفتهٔ آنها"', () => {
    const story = ingestUnderHeadline([
      'انجنیر احمد شاه سروری، رئیس زراعت، گفت: «تخم بذری به وقت می‌رسد.»',
      'دهقانان ولسوالی خان‌آباد گفتند که نرخ کود دو برابر شده است. به گفتهٔ آنها، «امسال نیمی از زمین‌ها کشت نمی‌شود.»',
    ]);
    expect(speakerOf(story, 'امسال نیمی از زمین‌ها')).toBe('دهقانان ولسوالی خان‌آباد');
  });

  it('makes no speaker called «آنان» when no group spoke before it', () => {
    const story = ingestUnderHeadline([
      'انجنیر احمد شاه سروری، رئیس زراعت، گفت: «تخم بذری به وقت می‌رسد.»',
      'به گفتهٔ آنان، «امسال نیمی از زمین‌ها کشت نمی‌شود.»',
    ]);
    expect(speakerOf(story, 'امسال نیمی از زمین‌ها')).not.toBe('آنان');
  });
});

describe('«به گفتهٔ آنان» reads back to a group, never to a pronoun or a connective', () => {
  it('passes over «آنان گفتند» to the group named before it', () => {
    const text = 'باشندگان قریه گفتند که آب نیست. آنان گفتند که کمک نرسیده است. به گفتهٔ آنان، «…»';
    expect(speakingGroupBefore(text, text.indexOf('به گفتهٔ'))?.group).toBe('باشندگان قریه');
  });

  it('takes neither «ایشان» nor «همچنان» as the group', () => {
    for (const opening of ['ایشان', 'همچنان']) {
      const text = `${opening} گفتند که کمک نرسیده است. به گفتهٔ آنان، «…»`;
      expect(speakingGroupBefore(text, text.indexOf('به گفتهٔ'))).toBeNull();
    }
  });
});

describe('a scene-setting place followed by a reporting clause is not an aside', () => {
  it('does not make "a man who …" after "In Kunduz, the police said on Monday," a source', () => {
    const story = ingestUnderHeadline([
      'Nadia Rahimi, 40, is a midwife. "We work at night," she said.',
      'In Kunduz, the police said on Monday, a man who sold fuel was arrested. "He is innocent," she said.',
    ]);
    expect(speakerOf(story, 'He is innocent')).toBe('Nadia Rahimi');
  });
});
