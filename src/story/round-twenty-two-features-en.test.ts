/**
 * Round 22, English long-form: who speaks when a feature names its people by kinship, quotes them again and
 * again, and gives some of them names that are also places. Fresh passages written for this round.
 */
import { describe, expect, it } from 'vitest';
import { ingestUnderHeadline, readWithCountry, speakerOf } from './test-helpers.ts';

describe('a relative named one way and quoted by the other side of the relation', () => {
  it('reads "His grandmother … she says" as the woman whose grandson the piece named', () => {
    const story = ingestUnderHeadline([
      'Bread before dawn at the bus station',
      'Bibi Hawa has baked bread beside the Taloqan bus station since the year the road was paved. Her grandson Yama, who is twelve, counts the money and wraps the loaves in newspaper.',
      'When the first minibus from Kunduz pulls in, Yama runs along its windows with a basket on his head.',
      'His grandmother watches from behind the oven. "He is quicker than the buses," she says. "One day he will drive one."',
    ]);
    expect(speakerOf(story, 'quicker than the buses')).toBe('Bibi Hawa');
  });

  it('reads "Her father … he says" as the man whose daughter was named in commas with her age', () => {
    const story = ingestUnderHeadline([
      'The tailor of Khan Abad',
      'Ghulam Haidar Noori has cut cloth in the same narrow shop for thirty years. His daughter, Shabnam, 19, keeps the order book now and answers the phone.',
      '"Nobody pays on the day," Shabnam says, turning the pages. "They pay at Eid, or they pay never."',
      'Her father, listening from the cutting table, shakes his head. "They pay," he says. "Slowly, but they pay."',
    ]);
    expect(speakerOf(story, 'Slowly, but they pay')).toBe('Ghulam Haidar Noori');
    expect(speakerOf(story, 'Nobody pays on the day')).toBe('Shabnam');
  });

  it('keeps "Her grandfather" a source of its own when no one was named as her grandfather', () => {
    const story = ingestUnderHeadline([
      'Almonds on the roof',
      'Haji Sarwar Khan dries almonds on his roof every September. His granddaughter, Mina, 9, turns them with a wooden rake.',
      'Across the lane, Soraya Azizi, a nurse at the district clinic, hangs washing. Her grandfather, she says, planted every tree in the lane.',
      'Her grandfather still comes out at noon. "Trees are slower than children," he says.',
    ]);
    expect(speakerOf(story, 'Trees are slower than children')).not.toBe('Haji Sarwar Khan');
  });
});

describe("a relative quoted inside a speaker's own quotation, named elsewhere in the piece", () => {
  it('gives the words "my uncle" said to the uncle the narration names', () => {
    const story = ingestUnderHeadline([
      'A guest house on the Kokcha',
      '"My uncle built these rooms with his own hands," says Farid Jalali, 41, showing the guest house his family runs in Jurm. "Every evening he sat by the door and told us, \'A house without guests is a grave.\' So we keep it full."',
      'His uncle, Haji Qasim Jalali, died in 2015. His photograph hangs over the stove.',
    ]);
    expect(speakerOf(story, 'A house without guests is a grave')).toBe('Haji Qasim Jalali');
    expect(speakerOf(story, 'So we keep it full')).toBe('Farid Jalali');
  });

  it("gives a mother-in-law's words to the woman the narration names as hers", () => {
    const story = ingestUnderHeadline([
      "Winter in the workers' block",
      '"My mother-in-law moved in with us the winter the factory closed," says Roshan, 52. "She looked at our empty shelves and said, \'Flour first, then worry.\' We lived by that."',
      'Her mother-in-law, Bibi Gul Pari, died in 2019.',
    ]);
    expect(speakerOf(story, 'Flour first, then worry')).toBe('Bibi Gul Pari');
  });
  it('does not give a "she" to the brother the speaker\'s previous words spoke of', () => {
    const story = ingestUnderHeadline([
      'Carpets on the line',
      '"My brother sends wool from Andkhoy every spring," says Latifa Karimi, 38, who weaves in a rented room in Taloqan. "She came to the door and told me, \'Take the red, leave the blue.\' I still do."',
      'Her brother, Mohammad Aziz Karimi, drives a truck between Andkhoy and Mazar.',
    ]);
    expect(speakerOf(story, 'Take the red, leave the blue')).not.toBe('Mohammad Aziz Karimi');
  });
});

describe('a person whose name is also a place, met through a relation or a role', () => {
  it('reads "his daughter Baharak, who …" as a girl who then speaks as "she"', () => {
    const story = ingestUnderHeadline([
      'A school on a carpet',
      'Abdul Rahim keeps goats on the slope above Jurm. His daughter Baharak, who is eleven, walks the goats down to the stream each morning before lessons.',
      '"I take my book with me," she says. "The goats do not need me to watch them."',
    ]);
    expect(speakerOf(story, 'I take my book with me')).toBe('Baharak');
  });

  it('reads "Nahrin, who has sold tea …" opening a sentence as the woman who then says so', () => {
    const story = ingestUnderHeadline([
      'Tea at the crossing',
      'Nahrin, who has sold tea at the crossing since her husband died, keeps a kettle on a gas ring under a tarpaulin. "Drivers stop for the tea and stay for the news," she says.',
    ]);
    expect(speakerOf(story, 'stop for the tea')).toBe('Nahrin');
  });

  it('reads "Farah is seventeen and runs …" as a girl, the "she says" after hers', () => {
    const story = ingestUnderHeadline([
      'Credit before Eid',
      'The phone shop on the Taloqan bazaar road has no sign. Farah is seventeen and runs it for her father, who is ill.',
      '"Everybody wants credit before Eid," she says. "After Eid, nobody remembers."',
    ]);
    expect(speakerOf(story, 'Everybody wants credit before Eid')).toBe('Farah');
  });

  it('reads "Shakila, whose husband …, says …" as the woman the bare quotation after it is hers', () => {
    const story = ingestUnderHeadline([
      'Waiting for money',
      'Shakila, whose husband has driven a truck in Iran since the spring, says the transfers stopped in August. "We eat what the neighbours bring. The children do not ask any more."',
    ]);
    expect(speakerOf(story, 'We eat what the neighbours bring')).toBe('Shakila');
  });

  it('keeps "Kunduz, whose governor …" a place, not a speaker', () => {
    const story = ingestUnderHeadline([
      'Budget talks',
      'Kunduz, whose governor travelled to Kabul on Monday, has asked for more money for canals. "The canals are the economy," a farmer in Khan Abad said.',
    ]);
    expect(speakerOf(story, 'The canals are the economy')).toBe('A farmer in Khan Abad');
  });

  it('keeps a town that is "two hours east" a place, the "he said" to the driver', () => {
    const story = ingestUnderHeadline([
      'The morning bus',
      'Sher Ahmad Rahimi drives the first bus out of Kunduz. Taloqan is two hours east, when the bridge is open.',
      '"The road is open today, thank God," he said.',
    ]);
    expect(speakerOf(story, 'The road is open today')).toBe('Sher Ahmad Rahimi');
  });

  it('reads "his pupil Farah, who …" as the one who speaks next', () => {
    const story = ingestUnderHeadline([
      'Lessons by radio',
      'Ustad Nasir Ahmad teaches mathematics by radio from a room in Faizabad. His pupil Farah, who is fourteen, phoned the station during the lesson and said, "Please repeat the last question."',
    ]);
    expect(speakerOf(story, 'Please repeat the last question')).toBe('Farah');
  });
});

describe("a quotation with no verb of its own after the subject's sentence", () => {
  it('gives the words after "Name, whose …, says he …" to that person', () => {
    const story = ingestUnderHeadline([
      'After the flood',
      'Sayed Jawad, whose shop on the river road flooded in May, says he has nothing left to sell. "The water came at night. By the morning the shelves were in the street."',
    ]);
    expect(speakerOf(story, 'The water came at night')).toBe('Sayed Jawad');
  });

  it('gives the words after "Name\'s voice drops …" to that person, a scene\'s opening phrase before it', () => {
    const story = ingestUnderHeadline([
      'The missing son',
      'Sharifa Noori, a widow of fifty, has not heard from her eldest son since he crossed into Iran in March. "He phoned from Mashhad once," she says.',
      'Later, when the phone rings in the next room, Sharifa\'s voice drops. "Every time, I think it is him."',
      'By the third day of the match, Nadir Shah Karimi had stopped taking notes. "We will read about it in the paper."',
    ]);
    expect(speakerOf(story, 'Every time, I think it is him')).toBe('Sharifa Noori');
  });

  it('reads "the commentator cried" as a verb of speech for the commentator the piece names', () => {
    const story = ingestUnderHeadline([
      'Kunduz take the cup',
      'The commentator for Radio Roshani, Ahmad Shah Nazari, had called every match of the season.',
      '"And it is over, the cup goes to Kunduz," the commentator cried as the last ball fell.',
    ]);
    expect(speakerOf(story, 'the cup goes to Kunduz')).toBe('Ahmad Shah Nazari');
  });

  it('leaves a quotation after a scene and a thing as subject to no one the scene opened on', () => {
    const story = ingestUnderHeadline([
      'Power cuts',
      'Gul Ahmad Sharifi, a baker in Taloqan, starts work at three.',
      'In the middle of the night, the generator stopped. "Power restored by morning, the notice said."',
    ]);
    expect(speakerOf(story, 'Power restored by morning')).not.toBe('Gul Ahmad Sharifi');
  });
});

describe('the subject of a profile, not a woman named in between', () => {
  it('reads "he says" after his wife was quoted as the man the piece is about', () => {
    const story = ingestUnderHeadline([
      'The ferryman',
      'Mohammad Ayub Sharifi has rowed people across the Kokcha below Baharak for twenty-six years. "The river is my office," he says.',
      'His wife, Nadia Sharifi, does not like the work. "Every spring I count the days until the water drops," she says.',
      'The current is strongest in May, when the snow melts in the high valleys.',
      '"You respect it, and it carries you," he says. "You forget it once, and it keeps you."',
    ]);
    expect(speakerOf(story, 'You respect it, and it carries you')).toBe('Mohammad Ayub Sharifi');
  });
});

describe('review: a person named like a place leaves the place linked where it is the place', () => {
  it('keeps "Farah\'s governor" the province after a woman Farah, whose son was killed, is quoted', () => {
    const story = readWithCountry(
      'Farah, whose son Ahmad was killed in 2019, now runs the shop alone. "I have no choice," she said.\n\nFarah\'s governor visited the shop on Monday.',
    );
    expect(speakerOf(story, 'I have no choice')).toBe('Farah');
    expect(story.mentions.filter((m) => m.text === 'Farah')).toHaveLength(1);
  });

  it('keeps "Kunduz\'s governor" the province after "His colleague Kunduz, who …"', () => {
    const story = readWithCountry(
      "His colleague Kunduz, who joined the paper in 2019, said little.\n\nKunduz's governor said the roads were closed.",
    );
    expect(story.mentions.some((m) => m.text === 'Kunduz')).toBe(true);
  });

  it('reads "Andkhoy, whose mother tongue is Turkmen" as the town, not a person with a mother', () => {
    const story = readWithCountry(
      'Andkhoy, whose mother tongue is Turkmen, sits near the border. Traders in Andkhoy say the crossing is closed. Andkhoy has 40,000 people.',
    );
    expect(story.mentions.filter((m) => m.text === 'Andkhoy')).toHaveLength(3);
  });
});

describe('review: "Her husband" read through the woman last named, not the last woman the table holds', () => {
  it('leaves "Her husband … he says" to no one named when another woman is named in full after the wife', () => {
    const story = ingestUnderHeadline([
      'Ahmad Shah Rahimi sells fruit beside the Kunduz bus station. His wife, Nadia, cooks for the stall at home. Across the lane, Gulalai Sadat sells cloth. Her husband, a driver, nods from the doorway. "The road is closed again," he says.',
    ]);
    expect(speakerOf(story, 'The road is closed again')).not.toBe('Ahmad Shah Rahimi');
  });

  it('still reads "Her husband" as the man the wife was named for when no one is named between', () => {
    const story = ingestUnderHeadline([
      'Ahmad Shah Rahimi sells fruit beside the Kunduz bus station. His wife, Nadia, cooks for the stall at home. Her husband, she says, works too hard. Her husband laughs. "The road is closed again," he says.',
    ]);
    expect(speakerOf(story, 'The road is closed again')).toBe('Ahmad Shah Rahimi');
  });
});

describe('review: another speaker\'s "my mother" does not name the relative a later "She … said" means', () => {
  it("gives no relative of the later speaker when the piece before was a colleague's", () => {
    const story = ingestUnderHeadline([
      '"My mother was a nurse on this ward," said Laila Ahmadi. Sima Noori, who trained with her, nods. "She came to the ward and said, \'run, they are coming,\'" Noori says.',
    ]);
    expect(speakerOf(story, 'run, they are coming')).not.toBe("Sima Noori's mother");
  });
});
