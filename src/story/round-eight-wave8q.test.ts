// Quotation rules of the eighth round's third wave: each test is a sentence a newsroom might write, made up for it.
import { describe, expect, it } from 'vitest';
import { labelAsWritten } from './transcript-turns.ts';
import { isParticipleOpening } from './english-speakers.ts';
import { describesABody } from './speakers.ts';
import { ingest, speakerOf } from './test-helpers.ts';

describe('a transcript whose turns carry a time mark before the speaker label', () => {
  it("reads each guest's turn as a quotation of that guest and the host's turns as questions", () => {
    const story = ingest([
      '[00:00:05] FARID NOORI: Welcome back. With me today is Ustad Karimullah Wardak, who mends carpets in Taloqan, and Dr. Parwin Azimi, who teaches economics in Kunduz. Ustad, how did you start?',
      '[00:00:40] WARDAK: My uncle put a needle in my hand when I was nine years old.',
      '[00:01:10] FARID: And the prices now?',
      '[00:01:14] AZIMI: Wool costs twice what it did two winters ago.',
      '(00:02:02) FARID: Is that the end of the trade?',
      '(00:02:06) WARDAK: Not while there are weddings in the north.',
    ]);
    expect(speakerOf(story, 'My uncle put a needle')).toMatch(/^(Ustad )?Karimullah Wardak$/);
    expect(speakerOf(story, 'Wool costs twice')).toMatch(/^(Dr\.? )?Parwin Azimi$/);
    expect(speakerOf(story, 'Not while there are weddings')).toMatch(/^(Ustad )?Karimullah Wardak$/);
    expect(story.quotes.some((q) => q.text.includes('And the prices now'))).toBe(false);
  });
});

describe('labelAsWritten: a transcript label in capitals, as the text writes the name', () => {
  it('title-cases a label in capitals and keeps any other', () => {
    expect(labelAsWritten('LINA OSMANI')).toBe('Lina Osmani');
    expect(labelAsWritten('AL-HAQ')).toBe('Al-Haq');
    expect(labelAsWritten('RFE/RL')).toBe('RFE/RL');
    expect(labelAsWritten('Shirin Wakhi')).toBe('Shirin Wakhi');
    expect(labelAsWritten('Q')).toBe('Q');
  });
});

describe('a participle opening the sentence is no speaker', () => {
  it('isParticipleOpening: "Reading the verdict, …" but not "Beijing, which …, said"', () => {
    expect(isParticipleOpening('Reading the verdict, the judge said', 'Reading')).toBe(true);
    expect(isParticipleOpening('Speaking to reporters, the governor said', 'Speaking')).toBe(true);
    expect(isParticipleOpening('Beijing, which built the road, said', 'Beijing')).toBe(false);
    expect(isParticipleOpening('Beijing said on Monday', 'Beijing')).toBe(false);
  });

  it('gives a long quotation after "Announcing the result, the referee said" to the referee, not "Announcing"', () => {
    const story = ingest([
      'The match in Taloqan ended late.',
      'Announcing the result, the referee said the final goal was "the cleanest I have seen in twenty years of matches."',
    ]);
    expect(speakerOf(story, 'the cleanest I have seen')).toBe('The referee');
    const court = ingest([
      'Reading out the sentence, the judge said the builder had shown "no care at all for the people who crossed it every day."',
    ]);
    expect(speakerOf(court, 'no care at all')).toBe('The judge');
  });
});

describe("a lawyer's words are the lawyer's, not the client's", () => {
  it('reads "…," said the builder\'s lawyer, Name as the lawyer', () => {
    const story = ingest([
      'The case against the builder, Haji Abdul Karim Nuristani, went on for a week.',
      '"My client paid every worker," said the builder\'s lawyer, Sayed Hamid Faizi. "He kept the books."',
    ]);
    expect(speakerOf(story, 'My client paid')).toBe('Sayed Hamid Faizi');
    expect(speakerOf(story, 'He kept the books')).toBe('Sayed Hamid Faizi');
  });
});

describe('a team introduced with a plural relative clause is no "he"', () => {
  it('describesABody: "who are …", "which …" but not "who is …"', () => {
    expect(describesABody('who are owned by a bus company in Kunduz')).toBe(true);
    expect(describesABody('which runs the clinics in Rostaq')).toBe(true);
    expect(describesABody('who is the head of the clinic')).toBe(false);
    expect(describesABody('who has farmed here for thirty years')).toBe(false);
  });

  it('reads "he said" after a fan who came for a team as the fan, not the team', () => {
    const story = ingest([
      'The Amu Leopards, who are sponsored by a flour mill in Kunduz and take many of their players from Archi and Khanabad, came back late but never got closer than three goals.',
      '"We gave them the first half. After that we were running behind," said Abdul Rauf Hotak, the Leopards\' captain, who hurt his wrist. He said his best horse had gone lame last week.',
      'Nasir Baheer, a baker from Kunduz, said he had ridden a motorbike all night to cheer the Leopards. "I left my oven cold for this. I will do it again," he said.',
    ]);
    expect(speakerOf(story, 'I left my oven cold')).toBe('Nasir Baheer');
  });
});

describe('a body that speaks of itself as "it"', () => {
  it('gives \'the district health department said it "…"\' to the department, by its phrase', () => {
    const story = ingest([
      'Three clinics in Archi closed in the spring.',
      'In a statement on Sunday, the district health department said it "will reopen every clinic before the first snow" and hire two midwives.',
    ]);
    expect(speakerOf(story, 'will reopen every clinic')).toBe('The district health department');
  });

  it("leaves a person's words with the person: '\"…,\" Karim Jawad said, and the ministry said it agreed'", () => {
    const story = ingest([
      '"We will open the road in a week," said Karim Jawad, a ministry engineer. The ministry said it agreed.',
    ]);
    expect(speakerOf(story, 'We will open the road')).toBe('Karim Jawad');
  });
});
