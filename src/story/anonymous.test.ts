import { describe, expect, it } from 'vitest';
import { ingest, ingestUnderHeadline, quoteStartsAndSpeakers as who, speakerOf } from './test-helpers.ts';
import { nameGivenOnlyAs } from './anonymous.ts';
import type { Story } from './schema.ts';

const speaker = (story: Story, name: string) => story.speakers.find((s) => s.name === name);

describe('anonymous sources', () => {
  it('reads "…," a role in a place said as a speaker named by the phrase, with its places', () => {
    const story = ingest(['"The bridge at the ferry is shut," a police official in Kunduz said.']);
    expect(who(story)).toEqual([['The bridge at', 'A police official in Kunduz']]);
    expect(speaker(story, 'A police official in Kunduz')).toMatchObject({
      description: '',
      places: ['AF19'],
    });
  });

  it('reads "…," said a role at a place, who asked not to be named, as anonymous', () => {
    const story = ingest([
      '"We ran out of bandages last week," said a nurse at the Fayzabad clinic, who asked not to be named.',
    ]);
    expect(who(story)).toEqual([['We ran out', 'A nurse at the Fayzabad clinic']]);
    expect(speaker(story, 'A nurse at the Fayzabad clinic')).toMatchObject({
      description: 'anonymous',
      places: ['AF1701'],
    });
  });

  it('keeps an adverb before the verb out of the source’s name', () => {
    const story = ingest(['"Bring seed, not speeches," a farmer in Kunduz once told me.']);
    expect(who(story)).toEqual([['Bring seed, not', 'A farmer in Kunduz']]);
  });

  it('reads "An official …, speaking on condition of anonymity, said: "…"" before the quotation', () => {
    const story = ingest([
      'An official at the mayor\'s office in Taloqan, speaking on condition of anonymity, said: "No trucks arrived today."',
    ]);
    expect(who(story)).toEqual([['No trucks arrived', "An official at the mayor's office in Taloqan"]]);
    expect(story.speakers[0]).toMatchObject({ description: 'anonymous', places: ['AF1801'] });
  });

  it('reads "one resident told reporters", a bare plural, and numbers; distinct phrases stay distinct', () => {
    const story = ingest([
      '"The water came up to our roofs," one villager told reporters.',
      'Farmers said "the wheat in the lower fields is all lost".',
      '"Two of the trucks never came back," two drivers from Khwaja Ghar said.',
      '"The clinic is closed," an official said. "We cannot pay the guards," another official said.',
      '"It is quiet now," an official said.',
    ]);
    expect(who(story)).toEqual([
      ['The water came', 'One villager'],
      ['the wheat in', 'Farmers'],
      ['Two of the', 'Two drivers from Khwaja Ghar'],
      ['The clinic is', 'An official'],
      ['We cannot pay', 'Another official'],
      ['It is quiet', 'An official'],
    ]);
    expect(speaker(story, 'Two drivers from Khwaja Ghar')?.places).toEqual(['AF1809']);
    expect(story.speakers.filter((s) => s.name === 'An official')).toHaveLength(1);
  });

  it('reads no "he said" after an anonymous source back to a person named earlier; links places in its name', () => {
    const story = ingest([
      'Omar Zaki, a driver from Kunduz, says the road is gone.',
      '"The road is closed," a police officer in Taloqan said. "It will open on Friday," he said.',
      'The ferry has stopped too. "The boats are broken," he said.',
    ]);
    // In its own paragraph the later quotation is the source's, as any paragraph's unattributed quotation is.
    expect(who(story)).toEqual([
      ['The road is', 'A police officer in Taloqan'],
      ['It will open', 'A police officer in Taloqan'],
      ['The boats are', null],
    ]);
    expect(story.mentions.map((m) => m.text)).toContain('Taloqan');
  });

  it('makes no speaker of an object of another verb or a document; a definite role speaks as itself', () => {
    const story = ingest([
      'Police arrested Gul Ahmad in Kunduz. "He is a thief," said the district official.',
      'Karim Jawad visited a doctor in Taloqan. "The roads are bad in the winter," Karim Jawad told a doctor.',
      'The rains stopped. "The harvest failed in three districts," a report said.',
      'Trucks waited. "Aid will arrive next month," said a statement from the governor\'s office.',
    ]);
    expect(who(story)).toEqual([
      ['He is a', 'The district official'],
      ['The roads are', 'Karim Jawad'],
      ['The harvest failed', null],
      ['Aid will arrive', null],
    ]);
    expect(story.speakers.map((s) => s.name)).toEqual(['The district official', 'Karim Jawad']);
  });

  it('leaves named speakers as they were', () => {
    const story = ingest([
      'Nasrin Haidari, a teacher in Taloqan, says the school flooded. "We lost every book," she said.',
      '"The roof fell in," said Omar Zaki.',
      '"The bridge is gone," said a district spokesman, Qasim Hotak.',
    ]);
    expect(who(story)).toEqual([
      ['We lost every', 'Nasrin Haidari'],
      ['The roof fell', 'Omar Zaki'],
      ['The bridge is', 'Qasim Hotak'],
    ]);
  });
});

describe('anonymous sources described at length, quoted paragraphs later', () => {
  it('anonymousIntroductions: a source after a colon, and one whose phrase runs into "that …"', () => {
    const story = ingest([
      'One of them agreed to talk behind a teahouse: a man in his fifties who sold opium paste for two decades.',
      '"Nobody gives you an advance on a tree," he said.',
      'An agronomist with a charity that runs the nursery, who asked not to be named, walked the rows.',
      '"The trees are the easy part," she said.',
    ]);
    expect(who(story)).toEqual([
      ['Nobody gives you', 'A man in his fifties'],
      ['The trees are', 'An agronomist with a charity'],
    ]);
  });

  it('sourceStillMeant: a pronoun reaches back to the source over a paragraph naming no one', () => {
    const story = ingest([
      'A doctor at the clinic, who asked not to be named, showed us the empty shelves.',
      'The clinic gets one delivery a month, and the road is often shut.',
      '"We ran out of insulin in March," she said.',
    ]);
    expect(who(story)).toEqual([['We ran out', 'A doctor at the clinic']]);
  });
});

describe('personNamedBefore: a subject two paragraphs up', () => {
  it('is who "she" means when her story runs on between', () => {
    const story = ingest([
      'Shirin Gul has lived in the valley since she married at sixteen.',
      'For most of her life, she said, the arithmetic was simple.',
      '"The poppy paid for the shoes," she said.',
    ]);
    expect(who(story)).toEqual([['The poppy paid', 'Shirin Gul']]);
  });
});

describe('anonymous sources working for someone, or placed first', () => {
  it('reads "a spokesman for …" and "In X, a worker at …" as the source of the quotation after', () => {
    const story = ingest([
      'A spokesman for the national power utility in Kabul said talks were under way. "We are working on both lines," he said.',
      'In Khanabad itself, a worker at an ice factory said the plant had stopped. "We sent the men home," he said.',
    ]);
    expect(who(story)).toEqual([
      ['We are working', 'A spokesman for the national power utility in Kabul'],
      ['We sent the', 'A worker at an ice factory'],
    ]);
  });
});

describe('findRelativesByName', () => {
  it('reads "her youngest daughter, Zarmina," as a person "she" means paragraphs later', () => {
    const story = ingest([
      'On the terrace, her youngest daughter, Zarmina, has taken over the evening watering.',
      'Asked what she would like to be, she gave the answer of a child.',
      '"If the trees live, we will pick almonds here," she said.',
    ]);
    expect(who(story)).toEqual([['If the trees', 'Zarmina']]);
  });
});

describe('anonymous sources introduced by a long place or a "whose" clause', () => {
  it('"A farmer from X whose son is held said …. "…," he said" is the farmer, not the official before', () => {
    const story = ingest([
      'Police chief Abdul Karim Wardak said the men were arrested.',
      'A farmer from Imam Sahib whose brother was detained said the family sold its cow. "We had nothing else to sell," he said.',
    ]);
    expect(who(story)).toEqual([['We had nothing', 'A farmer from Imam Sahib']]);
  });
  it('"A woman from a hamlet at the foot of the hill, who …, described …" runs to seven words of place', () => {
    const story = ingest([
      'Police chief Abdul Karim Wardak said the men were arrested.',
      'A woman from a hamlet at the foot of the hill, who said she had sold flour there for years, described the market as a gamble. "We sell at a loss," she said.',
    ]);
    expect(who(story)).toEqual([['We sell at', 'A woman from a hamlet at the foot of the hill']]);
  });
});

describe('anonymous sources after a quotation: translations, asides and acronyms', () => {
  it('"…," a WHO official in Herat (هرات) said: the bracketed translation and the acronym', () => {
    const story = ingest(['"No child should die of measles," a WHO official in Kunduz (کندز) said.']);
    expect(who(story)).toEqual([['No child should', 'A WHO official in Kunduz']]);
  });
  it('"…," a diplomat from the region, posted in Kabul, told me: a participle\'s aside in commas', () => {
    const story = ingest([
      '"The canal worries everyone downstream," a diplomat from one of the upstream countries, posted in Kunduz, said at a dinner.',
    ]);
    expect(who(story)).toEqual([['The canal worries', 'A diplomat from one of the upstream countries']]);
  });
});

describe('a source that gives one name in commas', () => {
  it('"A porter, who gave only his first name, Habibullah, watched …: "…"" is Habibullah', () => {
    const story = ingestUnderHeadline([
      'At the grain depot the sacks are stacked to the roof. A porter, who gave only his first name, Habibullah, wiped his face: "By noon you cannot see the door for dust."',
    ]);
    expect(speakerOf(story, 'cannot see the door')).toBe('Habibullah');
  });
  it('nameGivenOnlyAs reads "who gave only her first name, X," and "gave his name as X"', () => {
    expect(nameGivenOnlyAs(', who gave only her first name, Sabira, said')).toBe('Sabira');
    expect(nameGivenOnlyAs(', who gave his name as Karim, said')).toBe('Karim');
    expect(nameGivenOnlyAs(', who gave his reasons, said')).toBeNull();
  });
});

describe('anonymous sources: more ways a sentence opens on one', () => {
  it('a participle describes the source: "A farmer displaced by …", "A herder interviewed in …"', () => {
    const story = ingestUnderHeadline([
      'A farmer displaced by the mudslide told the survey team: "We sleep in the school and the teachers sleep at home."',
      'A herder interviewed in the upper valley said the pastures were bare. "We sold half the flock before the snow," he said.',
    ]);
    expect(who(story)).toEqual([
      ['We sleep in', 'A farmer displaced by the mudslide'],
      ['We sold half', 'A herder interviewed in the upper valley'],
    ]);
  });
  it('a bullet, or "Later," before the source', () => {
    const story = ingestUnderHeadline([
      'Karim Jan Wardak, the port director, spoke first. "Trade is down," he said.',
      '* A driver in the queue who carries fuel said the wait was three days. Asked why, he said: "Nobody on the other side answers the phone."',
      'Later, a money-changer near the mosque told us the rate had held, "thanks to the traders and to luck", and went back to his counting.',
    ]);
    expect(speakerOf(story, 'Nobody on the other side')).toBe('A driver in the queue');
    expect(speakerOf(story, 'thanks to the traders')).toBe('A money-changer near the mosque');
  });
  it('"One of the porters, a man from …, told us …": one of a group, after another speaker in the paragraph', () => {
    const story = ingestUnderHeadline([
      '"We load four hundred sacks a day," said Karim Jan Wardak, the foreman. One of the porters, a man from the hills who has worked here ten years, told us his back was gone because "every sack weighs more in the afternoon".',
    ]);
    expect(speakerOf(story, 'every sack weighs more')).toBe('One of the porters');
  });
  it('leaves one of a group of things, and a thing loaded with goods, alone', () => {
    const story = ingestUnderHeadline([
      '"The water rose in an hour," said Karim Jan Wardak, a ferryman. One of the bridges, the oldest in the valley, was swept away in the night, and "nobody could cross for a week".',
    ]);
    expect(story.speakers.map((s) => s.name)).toEqual(['Karim Jan Wardak']);
  });
  it('"The guard, who asked us not to print his name, …:" is a source named by the role', () => {
    const story = ingestUnderHeadline([
      'The shrine has stood above the river for three centuries. The guard, who asked us not to print his name, summed it up: "Pilgrims bring candles, the river brings floods, and nobody brings money."',
    ]);
    expect(speakerOf(story, 'nobody brings money')).toBe('The guard');
  });
  it('leaves a definite role whose wish is not about the name to the person named next', () => {
    const story = ingestUnderHeadline([
      'The nurse on duty, who asked that we not film the ward, counted the beds aloud. "Twelve beds, thirty children," she said.',
      'The nurse, Shakila Noori, has worked here since 2015.',
    ]);
    expect(speakerOf(story, 'Twelve beds')).not.toBe('The nurse on duty');
  });
});
