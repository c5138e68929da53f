import { describe, expect, it } from 'vitest';
import { ingest, speakerOf } from './test-helpers.ts';
import { endsWithConnective, isDariNameStart } from './dari-attribution.ts';
import { pronounAttribution } from './default-speaker.ts';

describe('pronounAttribution', () => {
  const at = (text: string, quote: string) => {
    const open = text.indexOf(quote) - 1;
    return pronounAttribution(text, open, open + quote.length + 2);
  };
  it('reads "she said" after, "He added:" before and «…» او گفت', () => {
    expect(at('"The road is long," she said.', 'The road is long,')).toEqual({ gender: 'female' });
    expect(at('He added: "We wait for spring."', 'We wait for spring.')).toEqual({ gender: 'male' });
    expect(at('«راه دراز است» او گفت.', 'راه دراز است')).toEqual({ gender: null });
  });
  it('is null for a name, a role or no attribution', () => {
    expect(at('"The road is long," Karim said.', 'The road is long,')).toBeNull();
    expect(at('"The road is long," the driver said.', 'The road is long,')).toBeNull();
    expect(at('A sign on the wall: "No credit."', 'No credit.')).toBeNull();
  });
});

describe('a profile quotes its subject paragraphs after naming her', () => {
  it('"she said" four paragraphs on is the woman quoted last, not a man named in passing', () => {
    const story = ingest([
      '"I never wanted a shop," said Parwin Habibi, a tailor in the old bazaar.',
      'The bazaar burned twice in the war. Her brother rebuilt the roof in 2009.',
      'Cloth comes from Pakistan now, by the truckload, and the prices rise every spring.',
      'Gul Ahmad Safi, who sells buttons next door, opened his stall in 2015.',
      'The winter is the slow season. Weddings wait for the warm months.',
      '"In winter I sew for my own daughters," she said.',
    ]);
    expect(speakerOf(story, 'In winter I sew')).toBe('Parwin Habibi');
  });
  it('never carries a speaker to a quotation a pronoun of the other gender attributes', () => {
    const story = ingest([
      '"I never wanted a shop," said Parwin Habibi, a tailor in the old bazaar. She learned from her aunt.',
      'The bazaar burned twice in the war, and the roof was rebuilt in 2009.',
      'Cloth comes from Pakistan now, by the truckload, and the prices rise every spring.',
      'The winter is the slow season, and weddings wait for the warm months.',
      '"The roof leaks again," he said.',
    ]);
    expect(speakerOf(story, 'The roof leaks')).toBeNull();
  });
  it('the person a pronoun first named is a mention afterwards too ("Habibi speaks …", then "she said")', () => {
    const story = ingest([
      'Before six the owner is at the gate. "I did not choose buses. Buses chose me," she said.',
      'Parwin Habibi was forty when her husband died. "Every man in the yard waited for me to sell," she said.',
      'Zarghuna Safi, a teacher going to Kabul, said she always took the cheaper company. "Now I come for the drivers," she said.',
      'Habibi no longer travels on her own buses. She mentions it as a cost of business.',
      'Her son is twenty-two. "My daughter does the accounts now," she said.',
    ]);
    expect(speakerOf(story, 'My daughter does')).toBe('Parwin Habibi');
  });
});

describe('Dari features: a person named by a sentence with an age, then quoted by pronoun, title or nothing', () => {
  const story = ingest([
    'صبح زود است و بازار هنوز خلوت است.',
    'انجنیر فرشته نوری ۳۴ سال دارد و در ریاست آب کار می‌کند. او می‌گوید: «ما هر روز دریا را اندازه می‌گیریم.»',
    'انجنیر نوری افزود: «آب امسال کمتر از سال گذشته است.»',
    'حاجی عبدالرحیم ۶۰ سال دارد و دکان نانوایی دارد. او از این وضع ناراض است. «آرد گران شده و مشتری کم است.»',
    'او پس از بستن دکان، با خنده می‌گوید: «فردا دوباره می‌آیم.»',
    'بر دیوار دکان نوشته شده است: «نان تازه هر صبح پیدا می‌شود.»',
    'یک کارمند شاروالی که نخواست نامش گرفته شود، گفت که قیمت آرد بالا رفته است. این کارمند افزود: «ما نرخ‌ها را هر هفته بررسی می‌کنیم.»',
  ]);
  it('findDariAgeIntroductions: "انجنیر فرشته نوری ۳۴ سال دارد" makes a speaker the pronoun after it means', () => {
    expect(speakerOf(story, 'ما هر روز دریا')).toBe('انجنیر فرشته نوری');
  });
  it('a title and the surname ("انجنیر نوری افزود") is the person named in full', () => {
    expect(speakerOf(story, 'آب امسال کمتر')).toBe('انجنیر فرشته نوری');
  });
  it('dariParagraphSpeaker: a quotation opening a sentence with no verb is the person the paragraph names', () => {
    expect(speakerOf(story, 'آرد گران شده')).toBe('حاجی عبدالرحیم');
  });
  it('a pronoun opening the subject stays the subject after a comma ("او پس از …، با خنده می‌گوید")', () => {
    expect(speakerOf(story, 'فردا دوباره')).toBe('حاجی عبدالرحیم');
  });
  it('a sign quoted after a colon gets no speaker', () => {
    expect(speakerOf(story, 'نان تازه')).toBeNull();
  });
  it('demonstrativeSource: "این کارمند افزود" is the source introduced as "یک کارمند …"', () => {
    expect(speakerOf(story, 'ما نرخ‌ها را')).toMatch(/^یک کارمند شاروالی/u);
  });
});

describe('Dari subjects that are no one', () => {
  it('endsWithConnective: "در همین حال، یک منبع …،" names no one "همین حال"', () => {
    const text = 'در همین حال، یک منبع محلی گفت';
    expect(endsWithConnective(text, text.indexOf('،'))).toBe(true);
    const named = 'محمد ایوب، باشندهٔ ولسوالی، گفت';
    expect(endsWithConnective(named, named.indexOf('،'))).toBe(false);
  });
  it('isDariNameStart: "بر تختهٔ …", "کسی …" and "این" open no name', () => {
    expect(isDariNameStart('بر تختهٔ دکان')).toBe(false);
    expect(isDariNameStart('کسی با رنگ آبی')).toBe(false);
    expect(isDariNameStart('این')).toBe(false);
    expect(isDariNameStart('محمد ایوب')).toBe(true);
  });
  it('a sign after a comma and a colon, or written by "someone", has no speaker; the source after a connective does', () => {
    const story = ingest([
      'در همین حال، یک منبع محلی که نخواست نامش گرفته شود، گفت که راه هنوز بسته است. این منبع گفت: «سه موتر زیر برف مانده‌اند.»',
      'نان‌ها در بازار کهنه فروخته می‌شود، بر تختهٔ یک دکان با رنگ سرخ نوشته شده است: «نان گرم، دل گرم.»',
      'بر دیوار مکتب، کسی با رنگ آبی نوشته است: «درس بخوانید، راه باز می‌شود.»',
    ]);
    expect(speakerOf(story, 'سه موتر')).toMatch(/^یک منبع محلی/u);
    expect(speakerOf(story, 'نان گرم')).toBeNull();
    expect(speakerOf(story, 'درس بخوانید')).toBeNull();
  });
});

describe('bilingual copy and English attributions', () => {
  it('a person named after a dateline\'s dash is who the "he says" of a Dari quotation after it means', () => {
    const story = ingest([
      'TALOQAN, Afghanistan — Karim Jawad Hotak walks the bank where his melon field used to be.',
      '«دریا هر سال زمین ما را می‌برد», he says in Dari — the river takes our land every year.',
    ]);
    expect(speakerOf(story, 'دریا هر سال')).toBe('Karim Jawad Hotak');
  });
  it('an English attribution before a Dari quotation is read as English, never as a Dari name ("Then")', () => {
    const story = ingest([
      'The district engineer, Jamshid Noori, said the wall needs stone. Then, turning to the farmers, he repeated it in Dari: «ما سنگ می‌خواهیم، نه وعده».',
    ]);
    expect(speakerOf(story, 'ما سنگ')).toBe('Jamshid Noori');
    expect(story.speakers.map((s) => s.name)).not.toContain('Then');
  });
  it('"In his words, "…"" is the man the paragraph names', () => {
    const story = ingest([
      'Dr. Nasir Ahmad Popal has run the hospital since 2019. In his words, "the road kills more people than the fever."',
    ]);
    expect(speakerOf(story, 'the road kills')).toBe('Nasir Ahmad Popal');
  });
});

describe('people who give only a name, and places that are no speakers', () => {
  it('findGivenNames: "who gave her name as Gulchehra" makes the "she said" after it hers', () => {
    const story = ingest([
      'Traders had come from Khorog. A woman from a village near Taloqan, who gave her name as Gulchehra, was selling oil. "Oil is cheaper on the other bank," she said.',
      'A man who gave only his first name, Sardar, was watching his sons. "The flood took the graveyard," he said.',
    ]);
    expect(speakerOf(story, 'Oil is cheaper')).toBe('Gulchehra');
    expect(speakerOf(story, 'The flood took')).toBe('Sardar');
  });
  it('placeAfterPreposition: "a herder from Khwaja Ghar, said" is no speaker named Khwaja Ghar', () => {
    const story = ingest([
      'Qurban Ali Sakhi, a herder from Khwaja Ghar, said the disease hit his flock. "I lost eleven sheep in one week," he said.',
    ]);
    expect(speakerOf(story, 'I lost eleven')).toBe('Qurban Ali Sakhi');
    expect(story.speakers.map((s) => s.name)).not.toContain('Khwaja Ghar');
  });
});

describe('subjectOverRelative', () => {
  it('"He was born …" in the next paragraph is the man who opened the paragraph before, not his son named after him', () => {
    const story = ingest([
      'Ustad Ghulam Haidar Samangani, whose songs filled the wedding halls of the north, died on Sunday. His son, Abdul Rauf, said he had been ill since the summer.',
      'He was born in a village above the river. "A song is a road you walk twice," he said.',
    ]);
    expect(speakerOf(story, 'A song is a road')).toBe('Ustad Ghulam Haidar Samangani');
  });
  it('"Her daughter, Name, said …" reports: the "she said then" of a later paragraph is the mother\'s', () => {
    const story = ingest([
      'Bibi Gulsom Rahimi, who delivered babies in Taloqan for forty years, died on Friday. She was 81.',
      'Her daughter, Nadia, said the cause was heart failure.',
      'In the war years the road was closed for months. "A baby does not wait for the road," she said then.',
    ]);
    expect(speakerOf(story, 'A baby does not wait')).toBe('Bibi Gulsom Rahimi');
  });
  it('a relative the text goes on about ("her daughter, Name, has taken over") keeps the pronoun', () => {
    const story = ingest([
      '"The trees are my pension," said Shirin Gul Hotaki, a widow in Taloqan. She planted them in 2025.',
      'Above the house, her youngest daughter, Nadia, has taken over the watering. She is eleven and she names the trees.',
      '"We will pick almonds here in ten years," she said.',
    ]);
    expect(speakerOf(story, 'We will pick almonds')).toBe('Nadia');
  });
  it('a relative quoted in their own paragraph keeps the pronoun there', () => {
    const story = ingest([
      'Ustad Ghulam Haidar Samangani died on Sunday. His son, Abdul Rauf, sat by the door. "He sang until the last week," he said.',
    ]);
    expect(speakerOf(story, 'He sang until')).toBe('Abdul Rauf');
  });
});

describe('anonymous sources after "according to"', () => {
  it('"according to a senior official at …, who was not authorised …" is who "the official said" means', () => {
    const story = ingest([
      'Limits on the new bridge will be enforced, according to a senior official at the provincial public works department, who was not authorised to speak to the media. "The bridge can carry thirty tonnes," the official said.',
    ]);
    expect(speakerOf(story, 'The bridge can carry')).toMatch(
      /^A senior official at the provincial public works/u,
    );
  });
});

describe('holderOfAside and a role read before a long quotation', () => {
  it('"The head of the department, an engineer who …, says" then a long quotation and "he says" is the engineer named later', () => {
    const story = ingest([
      'A trader in the bazaar, who asked not to be named, said flour prices had doubled since the spring.',
      'The head of the department, an engineer who trained in Kabul and has held the post for two years, says the rules are the same for everyone who bakes in the city. "We are not allowed to raise the price when the flour goes up, and we are not allowed to make the loaf smaller, and we have said so to the ministry in every letter we have written since the spring, and we will say it again in the next one, because the bakers are right and the rule is old," he says.',
      'The engineer, Faridullah Nawabi, insists the inspection was fair.',
    ]);
    expect(speakerOf(story, 'We are not allowed')).toBe('Faridullah Nawabi');
  });
});

describe('"Her longest-serving driver, Name, has …": a possessive description before a name in commas', () => {
  it('introduces the person the next pronoun means', () => {
    const story = ingest([
      'Her longest-serving driver, Mohammad Khan Safi, has driven the pass since the Soviet years. He is sixty-three. "She knows every bolt in that engine," he said.',
    ]);
    expect(speakerOf(story, 'She knows every bolt')).toBe('Mohammad Khan Safi');
  });
});
