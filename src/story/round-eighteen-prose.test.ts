// Round eighteen, speakers of quotations in English and mixed prose, with sentences made up for the test.
import { describe, expect, it } from 'vitest';
import { ingestUnderHeadline, readWithCountry, speakerOf } from './test-helpers.ts';
import { glossAsBlank } from './translation-pairs.ts';
import { isHeadWord } from './anonymous.ts';
import { personAppositiveOpening, relationKey } from './speakers.ts';

describe('glossAsBlank: a bracketed rendering between a quotation and its reporting clause', () => {
  it('blanks a rendering in the other script, or the bracket closing round a quoted one, keeping the length', () => {
    const after = ' (We have no water), he said.';
    expect(glossAsBlank(after, 'ما آب نداریم', false)).toBe(`${' '.repeat(19)}, he said.`);
    expect(glossAsBlank('), said Zahir.', 'Bread is dear', true)).toBe(' , said Zahir.');
  });
  it('leaves a bracket in the quotation’s own script, and one far too long or unclosed', () => {
    expect(glossAsBlank(' (laughs), he said.', 'We have no water', false)).toBe(' (laughs), he said.');
    expect(glossAsBlank(' (نان), he said.', 'نان گران است', false)).toBe(' (نان), he said.');
    expect(glossAsBlank(' (We have no water, he said.', 'ما آب نداریم', false)).toBe(
      ' (We have no water, he said.',
    );
  });
});

describe('a Dari quotation and its bracketed English: the reporting clause after both speaks for both', () => {
  it('reads the clause past a quoted rendering in brackets and past an unquoted gloss', () => {
    const story = ingestUnderHeadline([
      'The bakeries of Taloqan opened late this winter.',
      '«نان امسال گران‌تر شده است» ("Bread has become dearer this year"), said Zahir Ahmad Nazari, a baker near the bazaar.',
      'Shirin Gul sells wool in the same street. «پشم را کسی نمی‌خرد» (Nobody buys the wool), she said, folding a blanket.',
      '«ما آب نداریم» (We have no water), Karim Dad, a farmer, told visitors from the council.',
    ]);
    expect(speakerOf(story, 'نان امسال')).toBe('Zahir Ahmad Nazari');
    expect(speakerOf(story, 'Bread has become')).toBe('Zahir Ahmad Nazari');
    expect(speakerOf(story, 'پشم را')).toBe('Shirin Gul');
    expect(speakerOf(story, 'ما آب نداریم')).toBe('Karim Dad');
  });
});

describe('a Dari paragraph and its English rendering, attributed by a pronoun resolved late', () => {
  it('gives the Dari words the speaker the English “…,” he said finds', () => {
    const story = ingestUnderHeadline([
      'The wood market in Taloqan was quiet. Gul Rahman, who has sold firewood there for nineteen years, pointed at the empty ground.',
      '"The road to Farkhar has been shut for a week," Gul Rahman said.',
      'Snow fell early on the upper valleys this year, and the road has been blocked since November.',
      'He said families now buy by the day.',
      '«مردم پیش از سرما هیزم تمام زمستان را می‌خریدند.»',
      '"People used to buy the whole winter\'s wood before the cold," he said.',
    ]);
    expect(speakerOf(story, 'People used to buy')).toBe('Gul Rahman');
    expect(speakerOf(story, 'مردم پیش از سرما')).toBe('Gul Rahman');
  });
});

describe('a person brought on stage by an act, then “…,” he said: the pronoun means the newcomer', () => {
  it('gives the quotation to the anonymous person of the sentence or paragraph just before', () => {
    const story = ingestUnderHeadline([
      'Sayed Karim drove the truck north from Kunduz. "The road is good this year," he said.',
      'Near the ferry, a woman with two goats was waiting for the boat. "The boat has not come since morning," she said.',
      'Past the last village an old shepherd stopped the truck.',
      '"Where are you going in this snow?" he asked. Sayed Karim told him we were going to the valley.',
    ]);
    expect(speakerOf(story, 'The boat has not come')).toBe('A woman');
    expect(speakerOf(story, 'Where are you going')).toBe('An old shepherd');
  });
  it('keeps the named speaker when he is named after the newcomer, or the person is only an object', () => {
    const story = ingestUnderHeadline([
      'Sayed Karim drove the truck north from Kunduz. "The road is good this year," he said.',
      'A boy ran past the truck. Sayed Karim laughed. "He wants a ride," he said.',
      'At the pass Sayed Karim paid a boy to carry the sacks. "He carries more than I do," he said.',
    ]);
    expect(speakerOf(story, 'He wants a ride')).toBe('Sayed Karim');
    expect(speakerOf(story, 'He carries more')).toBe('Sayed Karim');
  });
});

describe('POSSESSED_RELATION from the lexicon: a neighbour, a friend or an in-law named in commas is a relative', () => {
  const opening = 'Gul Rahman sells wood in Taloqan. "The road is closed," he said.';
  it('gives "his neighbour said", "his friend said", "his brother-in-law said" to the person named so', () => {
    const neighbour = ingestUnderHeadline([
      opening,
      'His neighbour, Nazifa Karimi, keeps goats behind the market.',
      '"Nobody buys milk in winter," his neighbour said.',
    ]);
    expect(speakerOf(neighbour, 'Nobody buys milk')).toBe('Nazifa Karimi');
    const friend = ingestUnderHeadline([
      opening,
      'His friend, Karim Dad, drives the truck to Farkhar.',
      '"The pass is shut," his friend said.',
    ]);
    expect(speakerOf(friend, 'The pass is shut')).toBe('Karim Dad');
    const inLaw = ingestUnderHeadline([
      opening,
      'His brother-in-law, Karim Dad, drives the truck.',
      '"The pass is shut," his brother-in-law said.',
    ]);
    expect(speakerOf(inLaw, 'The pass is shut')).toBe('Karim Dad');
  });
  it('names no one by a group ("his friends, Karim Dad and Nabi,"), and keys an in-law on its whole noun', () => {
    const friends = ingestUnderHeadline([
      opening,
      'His friends, Karim Dad and Nabi, drive the trucks.',
      '"The pass is shut," his friends said.',
    ]);
    expect(speakerOf(friends, 'The pass is shut')).toBe('his friends');
    expect(relationKey('his brother-in-law')).toBe('his brother-in-law');
    expect(relationKey('their family')).toBe('their family');
    expect(relationKey('his fields')).toBeNull();
  });
});

describe('a religious title states a man: "her jars" after "Haji Name" makes him no woman', () => {
  const opening = 'Mastura Amiri makes pickles in Taloqan. "I sell through Jawed," she said.';
  it('gives the next paragraph’s “he says” to the titled man whose sentence is about her goods', () => {
    const haji = ingestUnderHeadline([
      opening,
      'In the main bazaar, Haji Nematullah, who has sold dried fruit for thirty years, keeps her jars by the door.',
      '"Her aubergine is the only thing I do not have to push," he says.',
    ]);
    expect(speakerOf(haji, 'Her aubergine')).toBe('Haji Nematullah');
    const mullah = ingestUnderHeadline([
      opening,
      'Mullah Abdul Rauf, who teaches at the mosque school, buys her jam every Friday.',
      '"The children ask for it," he said.',
    ]);
    expect(speakerOf(mullah, 'The children ask')).toBe('Mullah Abdul Rauf');
  });
  it('leaves a woman with no title to the pronouns after her name', () => {
    const story = ingestUnderHeadline([
      opening,
      'In the main bazaar, Nazifa Rahimi, who has sold dried fruit for thirty years, keeps her jars by the door.',
      '"Her aubergine sells itself," she says.',
    ]);
    expect(speakerOf(story, 'Her aubergine')).toBe('Nazifa Rahimi');
  });
});

describe('a person named like a place, as the subject of an act on her own things after where the scene is', () => {
  const opening =
    'Mastura Amiri makes pickles. Her daughter, Baharak, 16, keeps the books. "I write everything," Baharak says. "If I could drive, I would sell in Mazar," Mastura says.';
  it('makes the name an event the next “she says” follows', () => {
    const scene = readWithCountry(
      [
        'Headline',
        opening,
        'Back at the low table, Baharak closes her notebook.',
        '"I want to study economics," she says.',
      ].join('\n\n'),
    );
    expect(speakerOf(scene, 'I want to study')).toBe('Baharak');
    const later = readWithCountry(
      [
        'Headline',
        opening,
        'Later, Baharak folded her hands on the table.',
        '"I want to be a teacher," she said.',
      ].join('\n\n'),
    );
    expect(speakerOf(later, 'I want to be')).toBe('Baharak');
  });
  it('leaves the place that acts on its own things, and the name after a preposition', () => {
    const place = readWithCountry(
      [
        'Headline',
        opening,
        'In winter, Baharak closes its road for weeks.',
        '"Then we sell nothing," she says.',
      ].join('\n\n'),
    );
    expect(speakerOf(place, 'Then we sell')).toMatch(/^Mastura/);
  });
});

describe('an anonymous source named by a trade no list holds: a noun of an agent ("monitor", "enumerator")', () => {
  it('reads the phrase as the source before or after the quotation', () => {
    const story = ingestUnderHeadline([
      'Snow closed the road to Warduj.',
      '"The school has no stove," an enumerator in Warduj told the survey team.',
      'A nutritionist at the clinic said: "Half the children we weighed are too light."',
    ]);
    expect(speakerOf(story, 'The school has no stove')).toBe('An enumerator in Warduj');
    expect(speakerOf(story, 'Half the children')).toBe('A nutritionist at the clinic');
  });
  it('leaves a paper or a thing in "-er" that says something', () => {
    const story = ingestUnderHeadline([
      'Snow closed the road to Warduj.',
      'A letter from the council said: "The bridge is shut until spring."',
      'A poster on the wall said: "No weapons inside."',
    ]);
    expect(speakerOf(story, 'The bridge is shut')).toBeNull();
    expect(speakerOf(story, 'No weapons inside')).toBeNull();
  });
});

describe('a bulleted item opening on where it is, then an anonymous source', () => {
  it('reads "• In Place, a role told …:" and "- At the ferry, a boatman said:" as the source', () => {
    const story = ingestUnderHeadline([
      'Snow closed the road to Warduj.',
      '• In Warduj, a teacher told visitors: "We have burned the benches for heat."',
      '- At the ferry, a boatman said: "Nobody crosses after dark."',
    ]);
    expect(speakerOf(story, 'burned the benches')).toBe('A teacher');
    expect(speakerOf(story, 'Nobody crosses')).toBe('A boatman');
  });
});

describe('a named person doing something, then a colon and their words: no verb of speech needed', () => {
  it('gives the quotation to the person the sentence opens on', () => {
    const story = ingestUnderHeadline([
      'The Farkhar valley opens onto walnut groves.',
      'Shabnam Rahimi, a nurse from Kabul who came in 2024, stayed two nights with a family near the river: "They gave us their own beds and slept in the kitchen."',
      'Karim Dad Sultani walked us to the ferry: "In spring this water will reach the road, every year the same."',
    ]);
    expect(speakerOf(story, 'They gave us their own')).toBe('Shabnam Rahimi');
    expect(speakerOf(story, 'In spring this water')).toBe('Karim Dad Sultani');
  });
  it('leaves a sign’s few words, and a colon after a sentence that does not open on the person', () => {
    const story = ingestUnderHeadline([
      'The Farkhar valley opens onto walnut groves.',
      'Karim Dad Sultani pointed at the gate: "No weapons inside."',
      'The guesthouse of Karim Dad Sultani has a rule on its wall: "Guests eat first, and the family eats after them."',
    ]);
    expect(speakerOf(story, 'No weapons inside')).toBeNull();
    expect(speakerOf(story, 'Guests eat first')).toBeNull();
  });
});

describe('a bare role no list holds before a name after the quotation: "…," prosecutor Name said', () => {
  it('reads a trade by its agent suffix as the role', () => {
    const story = ingestUnderHeadline([
      'The trial in Pul-e-Khumri ended on Monday.',
      '"This was a business with a price list," prosecutor Karim Sultani said in his closing argument.',
      '"My client carried bags, nothing more," defender Nazir Ahmadi told the court.',
    ]);
    expect(speakerOf(story, 'a business with a price list')).toBe('Karim Sultani');
    expect(speakerOf(story, 'My client carried bags')).toBe('Nazir Ahmadi');
  });
  it('isHeadWord: an agent noun is a person, a thing in "-er" is not', () => {
    expect(isHeadWord('prosecutor')).toBe(true);
    expect(isHeadWord('enumerators')).toBe(true);
    expect(isHeadWord('border')).toBe(false);
    expect(isHeadWord('letters')).toBe(false);
  });
});

describe('a speaker named like a place, opening a sentence with a description of a person', () => {
  it('makes the name the event a later “he said” follows, over a name inside the reported clause', () => {
    const story = readWithCountry(
      [
        'Headline',
        'The judge, Abdul Rahman Saqib, jailed the driver, Abdul Maruf, 29, and his partner, Noor Ahmad, 34. A witness, Baharak Amiri, 40, had kept the money. "The evidence was complete," Saqib said.',
        'Maruf, a thin man in a grey coat, told the judge that Noor Ahmad had asked him to drive.',
        '"I only drove the car. I needed the money," he said.',
        'Baharak, a widow of forty, told the court that Nazifa Karimi had kept the gold.',
        '"I never saw the bag," she said.',
      ].join('\n\n'),
    );
    expect(speakerOf(story, 'I only drove')).toBe('Abdul Maruf');
    expect(speakerOf(story, 'I never saw')).toBe('Baharak Amiri');
  });
  it('personAppositiveOpening: a person’s description, not a place’s', () => {
    const t = 'Baharak, a district of walnut groves, lies east of Faizabad.';
    expect(personAppositiveOpening(t, 0, 7)).toBe(false);
    const u = 'Baharak, a young teacher from Jurm, says the school is cold.';
    expect(personAppositiveOpening(u, 0, 7)).toBe(true);
  });
});

describe('a scene opener with a clause of its own is no place before a source', () => {
  it('keeps "At the ferry we met Name, a retired surveyor who …" for the named man, trade unlisted or not', () => {
    const story = ingestUnderHeadline([
      '"The bridge opens in spring," said Nasir Ahmad Wardak, an engineer in Taloqan.',
      'At the ferry we met Karim Dad Sultani, a retired surveyor who was mending a net. "I measured this river in 1978," he said.',
    ]);
    expect(speakerOf(story, 'I measured this river')).toBe('Karim Dad Sultani');
  });
});
