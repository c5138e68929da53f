import { describe, expect, it } from 'vitest';
import { ingest, speakerOf } from './test-helpers.ts';
import { isAcronym, nameGivenOnlyAs } from './anonymous.ts';
import { interviewQuestions } from './attribution.ts';
import { possessiveBody } from './attribution-patterns.ts';
import { builtGazetteer } from './built-gazetteer.ts';
import { ingestStory } from './ingest.ts';
import { unquotedLength } from './person-cues.ts';

describe('possessiveBody: "Uzbekistan\'s customs office said …"', () => {
  it('reads the body a possessive head owns, up to its verb', () => {
    const sentence =
      'Uzbekistan\'s customs office said in a statement that the lorries were "carrying undeclared goods"';
    expect(possessiveBody(sentence, "Uzbekistan's")).toBe("Uzbekistan's customs office");
    expect(possessiveBody('The Red Crescent said', 'Red Crescent')).toBe('Red Crescent');
    expect(possessiveBody("Kabul's decision to wait was", "Kabul's")).toBeNull();
  });

  it('gives the quoted words of a statement to the body, not to the country', () => {
    const story = ingest([
      'Uzbekistan\'s customs office said in a statement that the drivers had been "carrying undeclared goods across the bridge" and would be fined.',
    ]);
    expect(speakerOf(story, 'carrying undeclared goods')).toBe("Uzbekistan's customs office");
  });
});

describe('anonymous sources: a relative "whose", a name given only as', () => {
  it('reads "A shepherd from the valley whose son …" as a source, for the "he said" that follows', () => {
    const story = ingest([
      'Karim Sadat, a district official, said the bridge would open in spring.',
      'A shepherd from the valley whose son is missing said the family had waited a month. "We have asked everyone and no one answers us," he said.',
    ]);
    expect(speakerOf(story, 'We have asked everyone')).toBe('A shepherd from the valley');
  });

  it('names a source who gave one name only', () => {
    expect(nameGivenOnlyAs(' who gave her name only as Malalai, standing by the road')).toBe('Malalai');
    expect(nameGivenOnlyAs(', identified only as Karim, said')).toBe('Karim');
    expect(nameGivenOnlyAs(' who lost her house, said')).toBeNull();
    const story = ingest([
      'A woman who gave her name only as Malalai, standing by her ruined wall, said the water came at night. "We woke up and the carpets were floating," she said.',
    ]);
    expect(speakerOf(story, 'carpets were floating')).toBe('Malalai');
  });
});

describe("one name after the sentence's opening place", () => {
  it('reads "In the village, near the river, Nasima, a teacher, said" as Nasima', () => {
    const story = ingest([
      'Officials from the aid agency visited the school last week.',
      'In the village, near the river, Nasima, a teacher of twenty years, said the roof leaked. "The children sit under umbrellas when it rains," she said.',
    ]);
    expect(speakerOf(story, 'children sit under umbrellas')).toBe('Nasima');
  });
});

describe('role nouns: the trades a feature names its people by', () => {
  it('reads "said the librarian, Name," and "said the coach, Name," as that person', () => {
    const story = ingest([
      '"We lend forty books a week and get back thirty-nine," said the librarian, Parwana Jalali, who has run the room since 2019.',
      '"The boys train before school and after it," said the coach, Rahim Nazari, a former player from Herat.',
    ]);
    expect(speakerOf(story, 'forty books a week')).toBe('Parwana Jalali');
    expect(speakerOf(story, 'train before school')).toBe('Rahim Nazari');
  });
});

describe('a surname that is also a place, opening a sentence as its subject', () => {
  it('reads "Wardak is …" as the nurse Nadia Wardak, so her "she said" is hers', () => {
    const text = [
      'Nadia Wardak, a nurse at the clinic in Kunduz, has worked nights for six years.',
      'Farid Ahmadi, a driver, brings patients from the villages.',
      'Wardak is proud of the small room she runs. "We have two beds and one heater, and nobody has died here this winter," she said.',
    ].join('\n\n');
    const story = ingestStory(text, builtGazetteer());
    expect(speakerOf(story, 'two beds and one heater')).toBe('Nadia Wardak');
  });
});

describe('roleNamedNext: a role said it, the next sentence or paragraph names them', () => {
  it('gives the quotation to the person the next sentence opens with', () => {
    const story = ingest([
      '"No mother should walk two days to give birth," said the head of the maternity ward in Taloqan. Dr. Latifa Rahimi, 47, has run the ward since 2015.',
    ]);
    expect(speakerOf(story, 'No mother should walk')).toBe('Latifa Rahimi');
  });

  it('reads "The mechanic, Name," opening the next paragraph past the paragraph\'s other quotations', () => {
    const story = ingest([
      '"This tractor is older than me," said the workshop\'s mechanic, wiping his hands on a rag. "It still starts every morning."',
      'The mechanic, Jawid Hotaki, learned the trade from his uncle in Kunduz.',
    ]);
    expect(speakerOf(story, 'older than me')).toBe('Jawid Hotaki');
    expect(speakerOf(story, 'still starts every morning')).toBe('Jawid Hotaki');
  });

  it('names no one when the next paragraph is about someone else', () => {
    const story = ingest([
      '"This tractor is older than me," said the workshop\'s mechanic, wiping his hands on a rag. "It still starts every morning."',
      'Jawid Hotaki, a farmer from Kunduz, brought it in on Monday.',
    ]);
    expect(speakerOf(story, 'older than me')).not.toBe('Jawid Hotaki');
  });
});

describe('isAcronym: "a WHO official" is a source', () => {
  it('reads an acronym before the role as a modifier, not the pronoun "who"', () => {
    expect(isAcronym('WHO')).toBe(true);
    expect(isAcronym('who')).toBe(false);
    const story = ingest(['"Two doses protect a child for life," a WHO official in Kunduz said on Monday.']);
    expect(speakerOf(story, 'Two doses protect')).toBe('A WHO official in Kunduz');
  });
});

describe('unquotedLength', () => {
  it('counts the non-space characters outside quotation marks', () => {
    expect(unquotedLength(' "We woke it up." ')).toBe(0);
    expect(unquotedLength('“One,” he said, “two.”')).toBe(7);
    expect(unquotedLength('The mechanic laughed.')).toBe(19);
  });
});

describe('interviewQuestions: an interview whose questions carry no label, its answers the name', () => {
  const interview = [
    'Farida Sadat, 41, has run the only bakery for women in Rostaq since 2019.',
    'How did the bakery start?',
    'Sadat: With one oven and three neighbours. We sold bread from a window on the street.',
    'Who buys from you now?',
    'Sadat: Teachers, mostly, and the families of men who work in Iran.',
    'What do you need most?',
    'Sadat: Flour that does not cost double in winter.',
  ];

  it('gives every labelled answer to the person the label names', () => {
    const story = ingest(interview);
    for (const words of ['With one oven', 'Teachers, mostly', 'Flour that does not'])
      expect(speakerOf(story, words)).toBe('Farida Sadat');
  });

  it('needs two questions, each right before an answer under one label', () => {
    const label = (l: string) => ({ label: l });
    const texts = ['Intro.', 'Why?', 'Sadat: Because.', 'And then?', 'Sadat: Then more.'];
    const labels = [null, null, label('Sadat'), null, label('Sadat')];
    expect(interviewQuestions(labels, texts).firstQuestion).toBe(1);
    expect(interviewQuestions(labels.slice(0, 3), texts.slice(0, 3)).firstQuestion).toBe(-1);
    // A question that runs on for paragraphs' worth of words is prose, not an interviewer's question.
    const long = `${'word '.repeat(40)}really?`;
    expect(interviewQuestions(labels, [texts[0]!, long, texts[2]!, long, texts[4]!]).firstQuestion).toBe(-1);
  });
});

describe('personSubjectAfter: a province-named person introduced in full, then the subject of a verb', () => {
  it('links no place for "Takhar said" or "while Takhar nodded" after "Engineer Jalil Takhar"', () => {
    const story = ingest([
      'The pumps were installed last spring by Engineer Jalil Takhar, who moved north from Kabul in 2019.',
      '"The water table fell again this year," Takhar said. His brother spoke, while Takhar nodded slowly.',
      'Wells in Takhar have dried up too.',
    ]);
    const takhar = story.mentions.filter((m) => m.text === 'Takhar').map((m) => m.place);
    expect(takhar).toEqual(['AF18']);
  });
});
