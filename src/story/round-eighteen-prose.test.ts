// Round eighteen, speakers of quotations in English and mixed prose, with sentences made up for the test.
import { describe, expect, it } from 'vitest';
import { ingestUnderHeadline, readWithCountry, speakerOf } from './test-helpers.ts';
import { glossAsBlank } from './translation-pairs.ts';
import { isHeadWord } from './anonymous.ts';
import { personAppositiveOpening, relationKey } from './speakers.ts';

describe('glossAsBlank: a bracketed rendering between a quotation and its reporting clause', () => {
  it('blanks a rendering in the other script, or the bracket closing round a quoted one, keeping the length', () => {
    const after = ' (We have no water), he said.';
    expect(glossAsBlank(after, 'ما آب نداریم', null)).toBe(`${' '.repeat(19)}, he said.`);
    expect(glossAsBlank('), said Zahir.', 'Bread is dear', 'نان گران است')).toBe(' , said Zahir.');
    // A bracketed quotation after one of its own script is no rendering of it.
    expect(glossAsBlank('), said Zahir.', 'Bread is dear', 'Bread is dear')).toBe('), said Zahir.');
  });
  it('leaves a bracket in the quotation’s own script, and one far too long or unclosed', () => {
    expect(glossAsBlank(' (laughs), he said.', 'We have no water', null)).toBe(' (laughs), he said.');
    expect(glossAsBlank(' (نان), he said.', 'نان گران است', null)).toBe(' (نان), he said.');
    expect(glossAsBlank(' (We have no water, he said.', 'ما آب نداریم', null)).toBe(
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
  it('leaves words quoted in a bracket after no quotation: a letter’s words are the letter’s', () => {
    const story = ingestUnderHeadline([
      'The council sent a letter ("we cannot pay the teachers this winter"), the mayor, Karim Dad, told reporters.',
      'The school board published a notice ("no classes until the stoves arrive"), its head, Nazifa Karimi, said on Monday.',
    ]);
    expect(speakerOf(story, 'we cannot pay the teachers')).toBeNull();
    expect(speakerOf(story, 'no classes until the stoves')).toBeNull();
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
  it('keeps a person named before the newcomer in the paragraph: victims, attackers, bystanders say nothing', () => {
    const story = ingestUnderHeadline([
      'Provincial police spokesman Abdul Karim Safi said the attack began at dawn. A policeman died in the explosion. "The attacker wore an army uniform," he said.',
      'Dr. Nazifa Karimi runs the only clinic in Baharak. A woman walked two days to reach it last week. "We see ten such cases a month," she said.',
      'Gul Rahman sells wood in the Taloqan bazaar. A boy was selling matches beside his stall. "Business is slow this winter," he said.',
      'Karim Dad, the district governor, spoke after the strike. A man armed with a knife attacked the guards.',
      '"The guards acted correctly," he said.',
    ]);
    expect(speakerOf(story, 'The attacker wore')).toBe('Abdul Karim Safi');
    expect(speakerOf(story, 'We see ten such')).toBe('Nazifa Karimi');
    expect(speakerOf(story, 'Business is slow')).toBe('Gul Rahman');
    expect(speakerOf(story, 'The guards acted')).toBe('Karim Dad');
  });
  it('never makes a victim the newcomer, even where no one is named', () => {
    const story = ingestUnderHeadline([
      'The bomb went off at the gate of the district office in Taloqan.',
      'A policeman died in the explosion. A guard injured in the blast was taken to Kunduz.',
      '"The attacker wore an army uniform," he said.',
    ]);
    expect(speakerOf(story, 'The attacker wore')).toBeNull();
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

describe('a religious title is a weak cue to a man: "her jars" after "Haji Name" makes him no woman', () => {
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
  it('still joins the title to the name it is said with, and lets a “she” mean a titled woman', () => {
    const story = ingestUnderHeadline([
      'Mohammad Nabi, a trader in Kunduz, sells rice. "Prices are up," Haji Nabi said.',
      'Sheikh Hasina, the former prime minister of Bangladesh, spoke in Dhaka. "I will return to my country," she said.',
    ]);
    expect(speakerOf(story, 'Prices are up')).toBe('Haji Mohammad Nabi');
    expect(speakerOf(story, 'I will return')).toBe('Sheikh Hasina');
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
  it('leaves the place that acts on her people: "Baharak sheltered her family"', () => {
    const story = ingestUnderHeadline([
      'Baharak Sultani, a teacher, runs a school for girls. "They come every day," she said.',
      'Nazifa Karimi, a midwife, works across the river. In the 1990s, Baharak sheltered her family from the war. "We walked for three days," she said.',
    ]);
    expect(speakerOf(story, 'We walked for three days')).toBe('Nazifa Karimi');
  });
});

describe('an anonymous source named by a trade the lexicon now lists ("monitor", "enumerator")', () => {
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
    // Round nineteen: the letter is no source, but the body it is from speaks (was: no speaker).
    expect(speakerOf(story, 'The bridge is shut')).toBe('The council');
    expect(speakerOf(story, 'No weapons inside')).toBeNull();
  });
  it('leaves a newsletter, and keeps a relative clause from making an unlisted noun no source', () => {
    const story = ingestUnderHeadline([
      'The ministry wrote to teachers in Kunduz. "Girls\' schools will reopen after the holiday," a newsletter from the ministry said.',
      'A poet who lives in Faizabad has written about the river for thirty years. "The water is our mother," she said.',
      'A returnee who came back from Iran last month now sells vegetables in Kunduz. "There is no work," he said.',
    ]);
    // Round nineteen: the newsletter is no source, the ministry it is from is (was: no speaker).
    expect(speakerOf(story, "Girls' schools will reopen")).toBe('The ministry');
    expect(speakerOf(story, 'The water is our mother')).toBe('A poet');
    expect(speakerOf(story, 'There is no work')).toBe('A returnee');
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

describe('a named person in a conversation, then a colon and their words: no verb of speech needed', () => {
  it('gives the quotation to the person the sentence opens on', () => {
    const story = ingestUnderHeadline([
      'The Farkhar valley opens onto walnut groves.',
      'Shabnam Rahimi, a nurse from Kabul who came in 2024, had tea with a family near the river: "They gave us their own beds and slept in the kitchen."',
      'Karim Dad Sultani chatted with us by the ferry: "In spring this water will reach the road, every year the same."',
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
  it('leaves a longer sign, a headline, a menu, a letter or a poster, and the words of someone interviewed', () => {
    const story = ingestUnderHeadline([
      'Gul Rahman, who has sold rice for twenty years, nailed a sign to his door: "Closed until the road to Farkhar opens again."',
      'Nazifa Karimi, who taught for twenty years, held up the morning paper: "Taliban extend ban on girls\' secondary schools indefinitely."',
      'Karim Dad, who opened the place in 2004, pointed at the menu: "Kabuli pulao, mantu, bolani and green tea."',
      'Shabnam Rahimi, who covers the north, interviewed the governor in March: "We have no money for the roads this year at all."',
      'Abdul Karim, a farmer, read us a letter from his son in Iran: "Father, I am working on a building site in Tehran."',
    ]);
    for (const words of [
      'Closed until',
      'Taliban extend',
      'Kabuli pulao',
      'We have no money',
      'Father, I am',
    ])
      expect(speakerOf(story, words)).toBeNull();
  });
});

describe('a bare role before a name after the quotation: "…," prosecutor Name said', () => {
  it('reads a trade the lexicon lists as the role', () => {
    const story = ingestUnderHeadline([
      'The trial in Pul-e-Khumri ended on Monday.',
      '"This was a business with a price list," prosecutor Karim Sultani said in his closing argument.',
      '"My client carried bags, nothing more," defender Nazir Ahmadi told the court.',
    ]);
    expect(speakerOf(story, 'a business with a price list')).toBe('Karim Sultani');
    expect(speakerOf(story, 'My client carried bags')).toBe('Nazir Ahmadi');
  });
  it('isHeadWord: a listed role is a person, a word that only ends like one is not', () => {
    expect(isHeadWord('prosecutor')).toBe(true);
    expect(isHeadWord('enumerators')).toBe(true);
    expect(isHeadWord('border')).toBe(false);
    expect(isHeadWord('letters')).toBe(false);
    for (const w of 'container newsletter helicopter finger disaster sensor harbor anger fever bigger after never October Christian median'.split(
      ' ',
    ))
      expect(isHeadWord(w)).toBe(false);
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
    for (const t of [
      'Maruf, a district of farmers and herders east of Kandahar, has no court.',
      'Maruf, a stronghold of Taliban fighters, fell in May.',
    ])
      expect(personAppositiveOpening(t, 0, 5)).toBe(false);
    expect(personAppositiveOpening('Khost, a province of traders, trades with Pakistan.', 0, 5)).toBe(false);
  });
  it('keeps the judge named before a place described by its people', () => {
    const story = readWithCountry(
      [
        'Headline',
        'Maruf Ahmadi, a lawyer in Kandahar, defends farmers in land cases. "The courts are slow," he said.',
        'Karim Dad is the only judge in the area. Maruf, a district of farmers and herders east of Kandahar, has no court at all. "People settle it with guns," he said.',
      ].join('\n\n'),
    );
    expect(speakerOf(story, 'People settle it')).toBe('Karim Dad');
  });
});

describe('a scene opener with a clause of its own is no place before a source', () => {
  it('still reads "In the village they fled, a farmer who …" as the source, named as a sentence opens it', () => {
    const story = ingestUnderHeadline([
      'In the village they fled, a farmer who stayed told us the wells were poisoned. "Nobody drinks from them," he said.',
    ]);
    expect(speakerOf(story, 'Nobody drinks')).toBe('A farmer');
  });
  it('keeps "At the ferry we met Name, a retired surveyor who …" for the named man, trade unlisted or not', () => {
    const story = ingestUnderHeadline([
      '"The bridge opens in spring," said Nasir Ahmad Wardak, an engineer in Taloqan.',
      'At the ferry we met Karim Dad Sultani, a retired surveyor who was mending a net. "I measured this river in 1978," he said.',
    ]);
    expect(speakerOf(story, 'I measured this river')).toBe('Karim Dad Sultani');
  });
});
