import { describe, expect, it } from 'vitest';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';

// Round twenty: a pronoun's quotation ("she said", «او گفت») and a bare continuing paragraph belong to the person
// the passage is about — its topic, its last speaker — with the gender English gives, not to the last name
// mentioned in between (a relative, a place, an official named in passing, someone talked about).

describe('a feature following two women', () => {
  it('gives each "she" the woman of her own paragraphs, past a relative named in between', () => {
    const story = ingestUnderHeadline([
      'Shafiqa Rahmani sells dried mulberries from a cart outside the Taloqan bus stand. Her sister-in-law, Mahbooba, minds the children while she works.',
      '"On a good day I sell twelve kilos," she said. "In winter nobody buys."',
      'Across the road, Nasrin Haidari runs a tailoring room above a pharmacy. She learned the trade from a neighbour, Gulalai, in Peshawar.',
      '"I came back with a sewing machine and nothing else," she said.',
      'Rahmani has not been to Peshawar. "My husband says the city would swallow me," she said, laughing.',
    ]);
    expect(speakerOf(story, 'twelve kilos')).toBe('Shafiqa Rahmani');
    expect(speakerOf(story, 'sewing machine and nothing')).toBe('Nasrin Haidari');
    expect(speakerOf(story, 'city would swallow me')).toBe('Shafiqa Rahmani');
  });

  it('"she adds" after a woman mentioned only as a daughter keeps the mother who is the topic', () => {
    const story = ingestUnderHeadline([
      'For eleven years Fatima Sadat has baked bread for the widows of her street in Khanabad.',
      'Her daughter Laila, who now studies in Kabul, used to carry the baskets. "Laila was faster than me on the stairs," Sadat said.',
      '"Now my knees decide how many loaves we make," she adds.',
    ]);
    expect(speakerOf(story, 'my knees decide')).toBe('Fatima Sadat');
  });
});

describe('"he said" after an official or a place named in passing', () => {
  it('keeps the farmer who was speaking, past a district governor who is only talked about', () => {
    const story = ingestUnderHeadline([
      'Abdul Rauf Noorzai lost half his wheat to the flood in Archi.',
      '"The water came at night, nobody warned us," Noorzai said.',
      'Last year the district governor, Mohammad Nabi Kakar, promised a wall along the river. It was never built.',
      '"Promises do not stop water," he said.',
    ]);
    expect(speakerOf(story, 'Promises do not stop water')).toBe('Abdul Rauf Noorzai');
  });

  it('near miss: an official who is introduced as the next subject and speaks is the one "he" means', () => {
    const story = ingestUnderHeadline([
      'Abdul Rauf Noorzai lost half his wheat to the flood in Archi.',
      '"The water came at night, nobody warned us," Noorzai said.',
      'The district governor, Mohammad Nabi Kakar, said money for a wall had been requested. "We are waiting for Kabul," he said.',
    ]);
    expect(speakerOf(story, 'waiting for Kabul')).toBe('Mohammad Nabi Kakar');
  });
});

describe('gender decides between two people of the passage', () => {
  it('"he says" after a woman is named in between goes back to the man the story follows', () => {
    const story = ingestUnderHeadline([
      'Haji Sarwar Ahmadzai has kept bees on the slopes above Rustaq since the 1990s.',
      '"Bees know the weather before the radio does," Ahmadzai says.',
      'His wife, Bibi Hawa, sells the honey in small jars at the Friday market. Her jars sell out by noon.',
      '"Without her, I would eat all of it myself," he says.',
    ]);
    expect(speakerOf(story, 'eat all of it myself')).toBe('Haji Sarwar Ahmadzai');
  });

  it('"she said" after a man named in between goes back to the widow', () => {
    const story = ingestUnderHeadline([
      'Zarmina, a widow of 40, weaves carpets in a rented room in Pul-e-Khumri.',
      'The carpet dealer who buys from her, Haji Abdul Samad, pays by the square metre.',
      '"He pays less every month and I cannot argue," she said.',
    ]);
    expect(speakerOf(story, 'cannot argue')).toBe('Zarmina');
  });
});

describe('a bare quoted paragraph continues the speaker of the paragraph before', () => {
  it('in English, after a paragraph that names someone else in passing', () => {
    const story = ingestUnderHeadline([
      '"We moved the clinic into the mosque when the roof fell," said Dr Hamida Safi, who runs the only clinic in Warduj.',
      '"The mullah, Mawlawi Ghulam Haidar, gave us the keys himself. We see forty women a day."',
    ]);
    expect(speakerOf(story, 'forty women a day')).toBe('Dr Hamida Safi');
  });
});

describe('Dari: او/وی after a person named in passing', () => {
  it('«وی افزود» keeps the speaker past a relative named in between', () => {
    const story = ingestUnderHeadline([
      'گل‌احمد نوری، دهقان ولسوالی چهاردره، می‌گوید که امسال نصف گندمش را سیلاب برد.',
      'برادرش عبدالقادر سال گذشته به ایران رفت و از آن زمان خبری از او نیست.',
      'وی افزود: «اگر کمک نرسد، ما هم باید برویم.»',
    ]);
    expect(speakerOf(story, 'اگر کمک نرسد')).toBe('گل‌احمد نوری');
  });

  it('«او گفت» after a place and an official named in passing', () => {
    const story = ingestUnderHeadline([
      'نسرین حیدری، معلم مکتب دخترانه در تالقان، دو سال است که بدون معاش درس می‌دهد.',
      '«شاگردانم هر روز می‌پرسند که مکتب باز می‌ماند یا نه.»',
      'رئیس معارف تخار، محمد اکبر صدیقی، ماه گذشته وعده داده بود که معاش‌ها پرداخته می‌شود.',
      'او گفت: «ما هنوز منتظر هستیم و بچه‌ها هم منتظرند.»',
    ]);
    expect(speakerOf(story, 'ما هنوز منتظر هستیم')).toBe('نسرین حیدری');
  });
});

describe('near misses: a new subject who speaks takes the pronoun', () => {
  it('"His son, Omid, …. "…," he said" — the son who is the subject now speaking', () => {
    const story = ingestUnderHeadline([
      'Mohammad Yunus Karimi has fished the Kokcha for thirty years.',
      '"The river was kinder then," Karimi said.',
      'His son, Omid Karimi, left for Mashhad in 2021 and came back last month. "I found no work there either," he said.',
    ]);
    expect(speakerOf(story, 'no work there either')).toBe('Omid Karimi');
  });

  it('"she said" after a new woman introduced as the subject is that woman, not the earlier speaker', () => {
    const story = ingestUnderHeadline([
      '"We need a bridge, not a ferry," said Sakina Amiri, a nurse in Yangi Qala.',
      'Another nurse, Parwin Sultani, crosses the river every morning to reach the clinic. "The boatman waits for me," she said.',
    ]);
    expect(speakerOf(story, 'boatman waits for me')).toBe('Parwin Sultani');
  });
});

describe('a mini-feature of two women, each quoted in turns', () => {
  it('keeps every "she" with the woman of her own section, by gender and topic', () => {
    const story = ingestUnderHeadline([
      'TALOQAN — Two women run the only two pharmacies on Taloqan\u2019s old road, and they have not spoken in four years.',
      'Mrs Gulsoom Naziri opened hers first, in 2016, with money her late husband left. "People said a widow could not keep a shop," she says. "I kept two."',
      'Her nephew Farid, 19, stacks the boxes. "He wants to be a doctor. I want him to be a pharmacist, it pays," she says.',
      'Ms Marzia Wardak trained in Mazar-i-Sharif and came home in 2020. "I did not come to compete with anyone," she says.',
      'Naziri tells a different story. "She put her sign where my customers wait for the bus," she says.',
      'Wardak only shrugs. "The bus stop was there before both of us," she says.',
    ]);
    expect(speakerOf(story, 'I kept two')).toBe('Mrs Gulsoom Naziri');
    expect(speakerOf(story, 'it pays')).toBe('Mrs Gulsoom Naziri');
    expect(speakerOf(story, 'compete with anyone')).toBe('Ms Marzia Wardak');
    expect(speakerOf(story, 'where my customers wait')).toBe('Mrs Gulsoom Naziri');
    expect(speakerOf(story, 'before both of us')).toBe('Ms Marzia Wardak');
  });
});

describe('the person talked about is not the speaker', () => {
  it('"she said" after a man she talks about — he cannot be "she"', () => {
    const story = ingestUnderHeadline([
      'Roya Karimi, 23, is the first woman from her village in Darqad to finish university.',
      'Her father, Ghulam Nabi, sold two cows to pay for the bus fares to Kabul. "My father never asked when I would marry," she said.',
    ]);
    expect(speakerOf(story, 'never asked when I would marry')).toBe('Roya Karimi');
  });

  it('"he added" after another man is named as the object of the talk, not as a subject', () => {
    const story = ingestUnderHeadline([
      '"We finished the canal in nineteen days," said Mirwais Jalali, the head of the water council in Kalafgan.',
      'The council paid the workers with wheat donated by a trader, Haji Qudratullah, who owns mills in Kunduz and Khanabad.',
      '"Without the wheat, half the men would have gone to Iran," he added.',
    ]);
    expect(speakerOf(story, 'gone to Iran')).toBe('Mirwais Jalali');
  });
});

describe('Dari: two women, the pronoun keeps the topic', () => {
  it('«او می‌گوید» after a second woman named only as a helper', () => {
    const story = ingestUnderHeadline([
      'بی‌بی گل، زن شصت‌ساله‌ای از ولسوالی خان‌آباد، هر روز صبح شیر گاوهایش را به بازار می‌برد.',
      'عروسش، مریم، در خانه با کودکان می‌ماند.',
      'او می‌گوید: «از وقتی پسرم رفت، این گاوها نان ما را می‌دهند.»',
    ]);
    expect(speakerOf(story, 'این گاوها نان ما را')).toBe('بی‌بی گل');
  });
});

describe('the paragraph topic over the person introduced as theirs, in other wordings', () => {
  it('"His apprentice, Jawed, …. ¶ "…," he says": the radio repairer the paragraph opened on', () => {
    const story = ingestUnderHeadline([
      'Gul Mohammad Sharifi repairs radios in a stall behind the Jami mosque in Kunduz. His apprentice, Jawed, sorts the screws into tins.',
      '"People still want the news on a radio, the phone battery dies," he says.',
    ]);
    expect(speakerOf(story, 'phone battery dies')).toBe('Gul Mohammad Sharifi');
  });

  it('near miss: a relative who is quoted in his own sentence keeps his quotation', () => {
    const story = ingestUnderHeadline([
      'Gul Mohammad Sharifi repairs radios in a stall behind the Jami mosque in Kunduz.',
      'His apprentice, Jawed Noori, sorts the screws into tins. "I want my own stall one day," he says.',
    ]);
    expect(speakerOf(story, 'my own stall')).toBe('Jawed Noori');
  });

  it('"she continued" past a foreign donor named since keeps the doctor last quoted', () => {
    const story = ingestUnderHeadline([
      '"We deliver eleven babies a week in a room built for four," said Dr Zahra Noori, who runs the maternity ward in Keshem.',
      'The ward was built in 2012 with money from a Norwegian charity whose director at the time, Ingrid Solberg, visited once.',
      '"We need a second room before we need another visit," she continued.',
    ]);
    expect(speakerOf(story, 'second room before')).toBe('Dr Zahra Noori');
  });

  it('a scene lead before the opening name: "Two doors down, Bibi Rahima bakes … She …"', () => {
    const story = ingestUnderHeadline([
      '"The flour price doubled in a month," said Haji Sultan, a grain trader in the old bazaar.',
      'Two doors down, Bibi Rahima bakes naan in a clay oven. She has done so since her husband died in 2009.',
      '"I buy less flour and make smaller loaves," she said.',
    ]);
    expect(speakerOf(story, 'smaller loaves')).toBe('Bibi Rahima');
  });
});

describe("the paragraph's topic past a list of the people who are theirs", () => {
  it('"Two of her pupils, Sima and Nadia Rahimi, …. "…," she said": the teacher', () => {
    const story = ingestUnderHeadline([
      'Freshta Amiri teaches sixty girls in a tent on the edge of Rustaq. She has no blackboard this year. Two of her pupils, Sima and Nadia Rahimi, walk an hour each way. "They arrive before I do," she said.',
    ]);
    expect(speakerOf(story, 'arrive before I do')).toBe('Freshta Amiri');
  });
});

describe('a relative with a section of their own is a speaker in their own right', () => {
  it('"His nephew, Sharif Noori, …" then a paragraph opening on him: his later "he said" stays his', () => {
    const story = ingestUnderHeadline([
      'Haji Rahmatullah Wardak has farmed melons in Archi for forty years. "The river gives and the river takes," he said.',
      'His nephew, Sharif Noori, sells the harvest from a stall in Kunduz.',
      'Sharif Noori opens the stall at five in the morning. "City people want them sweet and cheap," he says.',
      'Prices fell this summer, Noori said, because trucks from Helmand arrived early.',
      '"I cannot sell a melon for less than the bus fare," he said.',
    ]);
    expect(speakerOf(story, 'less than the bus fare')).toBe('Sharif Noori');
  });

  it('near miss: a son who only reports, quoted once, leaves "he said" to the father the obituary is about', () => {
    const story = ingestUnderHeadline([
      'Mawlawi Abdul Hakim Saberi, who taught in the madrasa of Khanabad for half a century, died on Friday. He was 84. His son, Fazel Saberi, said he had been ill since spring.',
      '"He never raised his voice to a student," Fazel Saberi said.',
      'In his last months he taught from his bed, his son said.',
      '"Bring me the boys, I am not finished," he said.',
    ]);
    expect(speakerOf(story, 'I am not finished')).toBe('Mawlawi Abdul Hakim Saberi');
  });
});

describe('"another <noun>, Name," introduces a person of the passage', () => {
  it('"Another driver, Wali Ahmad Sahak, …. "…," he said": the second driver, not the first', () => {
    const story = ingestUnderHeadline([
      '"The pass was closed for three days and we slept in the cab," said Abdul Jalil, a truck driver from Pul-e-Khumri.',
      'Another driver, Wali Ahmad Sahak, turned back at the tunnel and lost his load of tomatoes. "Twenty thousand afghanis, gone," he said.',
    ]);
    expect(speakerOf(story, 'Twenty thousand afghanis')).toBe('Wali Ahmad Sahak');
  });

  it('near miss: "another" before a place in apposition makes no person', () => {
    const story = ingestUnderHeadline([
      '"The pass was closed for three days," said Abdul Jalil, a truck driver from Pul-e-Khumri.',
      'Another route, Kunduz, was also blocked by snow. "We waited with no food," he said.',
    ]);
    expect(speakerOf(story, 'no food')).toBe('Abdul Jalil');
  });
});

describe('review: "he added" after a man named since who reports before the quotation', () => {
  it('a relative who "told reporters" in the next sentence goes on with his own turn', () => {
    const story = ingestUnderHeadline([
      '"The clinic has no doctors," said Ahmad Zia, a nurse in Herat. He has worked there for ten years.',
      'His brother, Jawad, drives a taxi. He told reporters the fares had fallen by half. "Nobody can pay," he added.',
    ]);
    expect(speakerOf(story, 'Nobody can pay')).toBe('Jawad');
  });

  it('an official introduced as the subject, then "He said …", then "he added"', () => {
    const story = ingestUnderHeadline([
      '"We were not warned," said Abdul Qadir, a shopkeeper. He lost his stock in the flood.',
      'The district governor, Mohammad Nabi, blamed the rains. He said the government had sent tents. "More help is coming," he added.',
    ]);
    expect(speakerOf(story, 'More help is coming')).toBe('Mohammad Nabi');
  });

  it('an official who only "blamed" the rains before "he added" is the one going on', () => {
    const story = ingestUnderHeadline([
      '"We were not warned," said Abdul Qadir, a shopkeeper.',
      'Mohammad Nabi, the district governor, blamed heavy rains for the damage. "More help is coming," he added.',
    ]);
    expect(speakerOf(story, 'More help is coming')).toBe('Mohammad Nabi');
  });
});

describe("review: a noun before a comma and a speaker's name is not the speaker's", () => {
  it('"a gift from her mother, Ahmad Wali said" leaves Ahmad Wali a man', () => {
    const story = ingestUnderHeadline([
      'The bakery on the Kunduz road was a gift from her mother, Ahmad Wali said. "I opened it in 2015," he said.',
    ]);
    expect(speakerOf(story, 'opened it in 2015')).toBe('Ahmad Wali');
    expect(story.speakers.find((s) => s.name === 'Ahmad Wali')?.gender).not.toBe('female');
  });
});

describe('review: "Her"/"His" after an opening sentence is not always the opener\'s', () => {
  it('"Name visited the widow. Her house …": the widow\'s house, the visitor stays a man', () => {
    const story = ingestUnderHeadline([
      'Ahmad Shah Noori visited the widow in Khanabad. Her house was destroyed by the flood.',
      '"I will return next week with tents," he said.',
    ]);
    expect(speakerOf(story, 'return next week with tents')).toBe('Ahmad Shah Noori');
  });

  it('"Name manages a shop. Her shop …": a man\'s opening sentence, a "Her" that is not his', () => {
    const story = ingestUnderHeadline([
      'Rahmatullah Saberi manages a shop in Kunduz. Her shop was looted in the night.',
      '"They took the flour," he said.',
    ]);
    expect(speakerOf(story, 'took the flour')).toBe('Rahmatullah Saberi');
  });
});

describe('review: a section of their own counts only once it has opened', () => {
  it('a son quoted once whose paragraph comes later leaves "he said" to the father before it', () => {
    const story = ingestUnderHeadline([
      'Mawlawi Abdul Hakim Saberi, who taught in Khanabad for half a century, died on Friday. His son, Fazel Saberi, said he had been ill since spring.',
      '"He never raised his voice to a student," Fazel Saberi said.',
      'In his last months he taught from his bed. "Bring me the boys, I am not finished," he said.',
      'Fazel Saberi now runs the madrasa with two of his brothers.',
    ]);
    expect(speakerOf(story, 'I am not finished')).toBe('Mawlawi Abdul Hakim Saberi');
  });
});

describe('review: a relative given an age is introduced in their own right', () => {
  it('"His son, Farid, 17, left school …. "I wanted …," he said": the son', () => {
    const story = ingestUnderHeadline([
      'Mohammad Yusuf runs a bakery in Kunduz. His son, Farid, 17, left school last year to help him. "I wanted to be an engineer," he said.',
    ]);
    expect(speakerOf(story, 'wanted to be an engineer')).toBe('Farid');
  });

  it('"Her daughter, Mursal, 15, cuts the cloth. ¶ "…," she said": the daughter', () => {
    const story = ingestUnderHeadline([
      'Nasima Jalali sews school uniforms in her kitchen in Taloqan. Her daughter, Mursal, 15, cuts the cloth.',
      '"I want to be a doctor, not a tailor," she said.',
    ]);
    expect(speakerOf(story, 'doctor, not a tailor')).toBe('Mursal');
  });
});

describe("review: an owner's body set off by commas is no person", () => {
  it('"His ministry, Public Works, says …. "…," he said": the minister quoted before', () => {
    const story = ingestUnderHeadline([
      '"The road is open," said Wahid Omar. His ministry, Public Works, says repairs will take a month. "We need machines," he said.',
    ]);
    expect(speakerOf(story, 'We need machines')).toBe('Wahid Omar');
  });

  it('"Her department, Girls Education, told …": the official keeps "she said"', () => {
    const story = ingestUnderHeadline([
      '"The schools are ready," said Farida Nawabi. Her department, Girls Education, told teachers on Monday to return. "We have the books," she said.',
    ]);
    expect(speakerOf(story, 'We have the books')).toBe('Farida Nawabi');
  });
});

describe('review: "he added" passes over a later speaker the text gives no gender', () => {
  it('a governor, then a farmer with no pronoun, then a man named in passing: the governor goes on', () => {
    const story = ingestUnderHeadline([
      '"The wall will be finished in May," said Ahmad Jawid, the district governor. He visited the site on Monday.',
      '"We have heard this before," said Laila Ahmadi, a farmer.',
      'The contract was awarded to a firm owned by Karim Khan, a former commander. "The money is there," he added.',
    ]);
    expect(speakerOf(story, 'The money is there')).toBe('Ahmad Jawid');
  });
});

describe('review: a source cited "according to" since the last turn goes on with "he added"', () => {
  it('"According to Karim Khan, a local elder, …. "…," he added": the elder', () => {
    const story = ingestUnderHeadline([
      '"The flood came at night," said Ahmad Zia, a farmer. According to Karim Khan, a local elder, forty houses were destroyed. "Nobody has come to help," he added.',
    ]);
    expect(speakerOf(story, 'Nobody has come to help')).toBe('Karim Khan');
  });

  it('"…, according to the elder Karim Khan. "…," he added"', () => {
    const story = ingestUnderHeadline([
      '"The flood came at night," said Ahmad Zia, a farmer.',
      'Forty houses were destroyed, according to the village elder Karim Khan. "Nobody has come to help," he added.',
    ]);
    expect(speakerOf(story, 'Nobody has come to help')).toBe('Karim Khan');
  });
});
