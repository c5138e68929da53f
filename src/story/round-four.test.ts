import { describe, expect, it } from 'vitest';
import { ingest, speakerOf } from './test-helpers.ts';
import { definiteSubjectsOf } from './person-cues.ts';
import { genderFromPronounVotes, pronounVote } from './speakers.ts';

describe('gender from the pronouns after a name', () => {
  it('weighs "she" above a "his" that names someone else', () => {
    expect(pronounVote('She')).toEqual({ gender: 'female', weight: 2 });
    expect(pronounVote('his')).toEqual({ gender: 'male', weight: 1 });
    const votes = [
      { speaker: 'a', ...pronounVote('his') },
      { speaker: 'a', ...pronounVote('she') },
      { speaker: 'b', ...pronounVote('her') },
      { speaker: 'b', ...pronounVote('him') },
    ];
    expect([...genderFromPronounVotes(votes)]).toEqual([
      ['a', 'female'],
      ['b', 'female'],
    ]);
  });

  it('a woman introduced beside a man\'s "his" is still the "she" of the next paragraph', () => {
    const story = ingest([
      'Jamila Rezai, a nurse who has worked with the doctor for nine years, knows his moods. She is thirty and she trained in Taloqan.',
      '"He never sleeps before the last patient goes home," she says.',
    ]);
    expect(speakerOf(story, 'He never sleeps')).toBe('Jamila Rezai');
    expect(story.speakers.find((s) => s.name === 'Jamila Rezai')?.gender).toBe('female');
  });

  it("a pronoun paragraphs away, after a woman the text does not quote, does not change a man's gender", () => {
    const story = ingest([
      'Abdul Rashid Noori, a retired clerk who walks to the market every day, waits at the gate. He is always first.',
      'The youngest of the weavers, Sima Hotak, is nineteen. She learned the knots from her aunt and she still counts them aloud.',
      '"The market opens when the bread comes," Noori says.',
    ]);
    expect(story.speakers.find((s) => s.name === 'Abdul Rashid Noori')?.gender).toBe('male');
  });
});

describe('a role that spoke, then a pronoun or the role again', () => {
  it(
    '"…, the provincial spokesman said. "…," he told' +
      " reporters' is the spokesman, not the man quoted before",
    () => {
      const story = ingest([
        '"The water took the bridge at night," said Karim Wardak, a shopkeeper who lost his stall.',
        'Engineers were measuring the river bank, the district spokesman said. "The new bridge will take a year," he told reporters.',
      ]);
      expect(speakerOf(story, 'The new bridge')).toBe('The district spokesman');
    },
  );

  it('"…," the official said after "A senior official at the clinic, who …, said" is that source', () => {
    const story = ingest([
      'Eng. Nasir Ahmad Rahimi, the official in charge of the dam, says repairs start in spring.',
      'A senior official at the clinic, who has worked there since it opened and who spoke on condition of anonymity, said supplies were short. "We have medicine for a week," the official said.',
    ]);
    expect(speakerOf(story, 'We have medicine')).toBe('A senior official at the clinic');
  });
});

describe('people a feature introduces by an age or names a paragraph late', () => {
  it('"Name, fifty-one, …" and "…, Name, is twenty-two." make a person whom "she says" then finds', () => {
    const story = ingest([
      'Across the lane, Mariam Sadiqi, sixty-two, and her sons sell rice. "We open before the mosque does," she says.',
      'The youngest of the tailors, Zarghona Amiri, is nineteen. "A needle is cheaper than a school," she says.',
    ]);
    expect(speakerOf(story, 'We open before')).toBe('Mariam Sadiqi');
    expect(speakerOf(story, 'A needle is')).toBe('Zarghona Amiri');
  });

  it('"…," she says. // The woman is Name: the paragraph after names who spoke', () => {
    const story = ingest([
      'Before dawn a lamp burns in the last shop of the lane. "Rice does not wait for the sun," she says.',
      'The woman is Bibi Gul Rahimi, and she has sold rice here since the floods.',
    ]);
    expect(speakerOf(story, 'Rice does not')).toBe('Bibi Gul Rahimi');
  });

  it('one given name with an age inside a sentence is a person; at a sentence start it needs a second word', () => {
    const story = ingest([
      'At the bus stand we found Shakila, 16, who had waited since the evening prayer with two sisters.',
      '"The driver said the pass would open by noon, and it did not," she said.',
      'Tuesday, 14, was the coldest night.',
    ]);
    expect(speakerOf(story, 'The driver said the pass')).toBe('Shakila');
    expect(story.speakers.map((s) => s.name)).toEqual(['Shakila']);
  });

  it('a given name opening a sentence is a person when a translation, an age and a description follow it', () => {
    const story = ingest([
      'Shukria (شکریه), 41, a tailor from the old bazaar, rents one room for her machines.',
      '"Every winter the rent is higher and the light is less," she said.',
      'Monday, 12, a day like any other, passed.',
    ]);
    expect(speakerOf(story, 'Every winter the rent')).toBe('Shukria');
    expect(story.speakers.map((s) => s.name)).toEqual(['Shukria']);
  });

  it('a distance or a count after "is" is no age', () => {
    const story = ingest([
      'The road to Taloqan is forty kilometres long. Ahmad Zia Rahimi is 40 kilometres away.',
    ]);
    expect(story.speakers).toEqual([]);
  });
});

describe('names a reporter gives in passing', () => {
  it('"Eng. Surname said" is the person the text names in full, title kept', () => {
    const story = ingest([
      'The engineer is Rahim Jan Sultani, and he has built roads for twenty years.',
      '"The asphalt will reach the valley in June," Eng. Sultani said.',
    ]);
    expect(speakerOf(story, 'The asphalt will')).toBe('Eng. Rahim Jan Sultani');
  });

  it('"I met Name, a retired teacher …." makes the "he" after him that person, not the man before', () => {
    const story = ingest([
      '"The bridge opens in spring," said Nasir Ahmad Wardak, an engineer in Taloqan.',
      'Near the mosque I met Abdul Karim Hotak, a retired schoolteacher of seventy who was sitting in the sun. "I have heard of this bridge since I was a boy," he said.',
    ]);
    expect(speakerOf(story, 'I have heard')).toBe('Abdul Karim Hotak');
  });
});

describe('a definite role that names a source or a holder given before', () => {
  it('reads "The foreman was blunt. "…," he said" as the foreman a paragraph before', () => {
    const story = ingest([
      '"We sell every sack we dig," said Ghulam Sakhi Noori, a trader in Taloqan.',
      'A mine foreman who has dug the seams since 1998 and who asked not to be named explained the wages. "A boy takes half of what a man takes," he said.',
      'The trucks leave at night. The foreman was blunt about why. "Every truck is a sack a boy carried," he said.',
    ]);
    expect(speakerOf(story, 'A boy takes')).toBe('A mine foreman');
    expect(speakerOf(story, 'Every truck is')).toBe('A mine foreman');
  });

  it('"Its director, a scholar, received us. "…," he said" is the director the text names', () => {
    const story = ingest([
      '"My brother went further in," says Jawad Karimi, a miner of sixteen.',
      'The department says no children work there. Its director, a religious scholar, received us in his office. "There are no children in the mines," he said.',
      'The director, Qari Abdul Salam Rahimi, said he would send inspectors.',
    ]);
    expect(speakerOf(story, 'There are no children')).toBe('Qari Abdul Salam Rahimi');
  });

  it('finds the sentences a definite role opens, and not a place', () => {
    expect(
      definiteSubjectsOf('The foreman was blunt. In Kunduz the rain fell. Its director, a scholar, said no.'),
    ).toEqual([
      { at: 0, end: 11, head: 'foreman' },
      { at: 48, end: 60, head: 'director', aside: 'scholar' },
    ]);
  });
});

describe('anonymous sources and offices, however they are introduced', () => {
  it('"said a vaccinator who …" and "A shopkeeper in Taloqan put it plainly: "…""', () => {
    const story = ingest([
      '"We walked three hours to the last house," said a vaccinator who has worked in the campaign since 2015.',
      'A shopkeeper in Taloqan put it plainly: "Flour costs me twice what it did in spring."',
    ]);
    expect(speakerOf(story, 'We walked three')).toBe('A vaccinator');
    expect(speakerOf(story, 'Flour costs me')).toBe('A shopkeeper in Taloqan');
  });

  it('"…," the head of the agriculture department said' + ' is the director the text names', () => {
    const story = ingest([
      'The director, Mawlawi Abdul Rashid Amiri, took over the department in 2023.',
      '"Every valley on that map grew wheat," the head of the provincial agriculture department said.',
    ]);
    expect(speakerOf(story, 'Every valley on')).toBe('Mawlawi Abdul Rashid Amiri');
  });
});

describe('a father and a daughter who share a surname', () => {
  it('tells them apart by the given name, and a bare surname by the pronoun after it', () => {
    const story = ingest([
      'Abdul Karim Hotaki, who taught in the villages of Takhar for fifty years, died on Thursday.',
      'His daughter, Laila Hotaki, said the cause was heart failure.',
      '"He taught my mother and he taught me," said Laila Hotaki, now a teacher herself.',
      'In 2010 Hotaki stood for parliament. He had no party. "I lost the vote and won friends," he said.',
    ]);
    expect(speakerOf(story, 'He taught my')).toBe('Laila Hotaki');
    expect(speakerOf(story, 'I lost the vote')).toBe('Abdul Karim Hotaki');
    expect(story.speakers.find((s) => s.name === 'Laila Hotaki')?.description).toBe('His daughter');
  });
});

describe('"The driver, Name, has …": an occupation before a name in commas', () => {
  it('introduces the person the next pronoun means', () => {
    const story = ingest([
      'The driver, Gul Mohammad Safi, has been on this road for twenty years. "I drive it with my prayers," he told me.',
    ]);
    expect(speakerOf(story, 'I drive it')).toBe('Gul Mohammad Safi');
    expect(story.speakers[0]?.description).toBe('The driver');
  });
});
