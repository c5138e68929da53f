// Quotation rules of the eighth round: each test is a sentence a newsroom might write, made up for the test.
import { describe, expect, it } from 'vitest';
import { anonymousIntroductions, longDescriptionOpening } from './anonymous.ts';
import { AGE_AS_ROLE, SUBJECT_VERB } from './attribution-patterns.ts';
import { noSubject } from './attribution-subjects.ts';
import { isDariPersonPhrase } from './dari-attribution.ts';
import { sourceOverNameInItsClause } from './english-speakers.ts';
import type { Reading } from './speakers.ts';
import { ingest, speakerOf } from './test-helpers.ts';

describe('an anonymous source described at length, then "he said"', () => {
  it('longDescriptionOpening: a description running on past its place up to its verb or relative clause', () => {
    expect(
      longDescriptionOpening(
        'A porter waiting at the customs gate with a cart of melons from Andkhoy said',
        0,
      )?.name,
    ).toBe('A porter waiting at the customs gate with a cart of melons from Andkhoy');
    expect(longDescriptionOpening('A tailor outside the mosque who mends coats said', 0)?.name).toBe(
      'A tailor outside the mosque',
    );
    // A comma alone ends nothing: the sentence ran on into its own verb.
    expect(
      longDescriptionOpening('A man from Kunduz once carried his wife, with his brothers, said', 0),
    ).toBeNull();
    expect(longDescriptionOpening('A nurse at the clinic in Khanabad said she was tired', 0)?.name).toBe(
      'A nurse at the clinic in Khanabad',
    );
  });

  it('reads "A driver waiting at … said …. "…," he said" as the driver, not the official named before', () => {
    const story = ingest([
      '"The bridge will be repaired within a month," said the district governor, Mohammad Karim Sultani.',
      'A driver waiting at the ferry with a load of onions from Rustaq said the queue was two days long. "We sleep in the cab and eat bread," he said.',
    ]);
    expect(speakerOf(story, 'We sleep in the cab')).toMatch(/^A driver waiting at the ferry/);
  });

  it('reads a source who "spoke on condition of anonymity" on a line under a live blog\'s time', () => {
    const story = ingest([
      'Officials said the exam went on.',
      '09:40\nAn invigilator at one of the schools in Imam Sahib, who spoke on condition of anonymity, told us the papers were late. "The papers came two hours late," the invigilator said.',
    ]);
    expect(speakerOf(story, 'The papers came')).toMatch(/^An invigilator/);
    expect(
      anonymousIntroductions('09:40\nA rider from Archi, who asked not to be named, said so.'),
    ).toHaveLength(1);
  });

  it('reads a name inside the source\'s "whose …" clause as no subject: "he" after it is the source', () => {
    const story = ingest([
      'The stoves were built by Karim Jawad, a smith from Taloqan.',
      'A baker on the corner of the old bazaar whose oven Karim Jawad repaired last winter said the smoke had cleared. "It is better now than it ever was," he said.',
    ]);
    expect(speakerOf(story, 'It is better now')).toBe('A baker on the corner of the old bazaar');
  });

  it("sourceOverNameInItsClause: only a name before the sentence's speech verb, in the source's clause", () => {
    const text = 'A baker on the corner whose oven Karim Jawad repaired said it works. Karim Jawad smiled.';
    const reading = { texts: [text] } as unknown as Reading;
    const at = (name: string, from = 0) => ({
      passage: 0,
      start: text.indexOf(name, from),
      end: text.indexOf(name, from) + name.length,
      speaker: name,
    });
    const anon = { passage: 0, start: 0, end: 21, speaker: 'baker' };
    expect(sourceOverNameInItsClause(reading, 0, anon, at('Karim Jawad'))).toBe(anon);
    // Named in the next sentence: a subject of its own.
    expect(sourceOverNameInItsClause(reading, 0, anon, at('Karim Jawad', 40))).toBeNull();
    const after = 'A baker on the corner said the oven was repaired by Karim Jawad, who smiled.';
    const named = {
      passage: 0,
      start: after.indexOf('Karim'),
      end: after.indexOf('Karim') + 11,
      speaker: 'k',
    };
    expect(sourceOverNameInItsClause({ texts: [after] } as unknown as Reading, 0, anon, named)).toBeNull();
  });
});

describe('a relative the paragraph opens on is its "she" or "he"', () => {
  it('reads "My aunt is from Rustaq. … "…," she says" as my aunt, the first relative of her gender', () => {
    const story = ingest([
      'I drive a taxi between Kunduz and Khanabad.',
      'My aunt is from Rustaq, and her son works in Mazar, where he sells bread in a bakery near the shrine and sends money home every month. When she calls me, which is most Fridays after prayers, she asks for news of the village and of every wedding and funeral since the last call. "Tell me who has married," she says.',
    ]);
    expect(speakerOf(story, 'Tell me who has married')).toBe('My aunt');
  });

  it('reads "His father had come to watch … he said:" as the father, not the son named paragraphs before', () => {
    const story = ingest([
      '"I train every morning before school," said Jawid Karimi, a runner from Taloqan.',
      'His father had come to watch, standing with other men by the wall. When the race began, he raised his hands and said softly: "Let him finish, only let him finish."',
    ]);
    expect(speakerOf(story, 'Let him finish')).toBe('His father');
  });

  it('leaves the pronoun to the person of its gender the paragraph names', () => {
    const story = ingest([
      'My aunt lives in Rustaq. Her neighbour, Parwin Sadat, runs the bakery. "Bread is dear," Parwin Sadat said. "We bake less," she said.',
    ]);
    expect(speakerOf(story, 'We bake less')).toBe('Parwin Sadat');
  });
});

describe('a sentence opening on its speaker and ending in a colon', () => {
  it('reads "Name had a one-line answer:" and "She has one rule …:" as that person', () => {
    const story = ingest([
      'Gul Ahmad Sahil, a beekeeper from Kalafgan, moves his hives twice a year.',
      'Asked what he tells new beekeepers, Gul Ahmad Sahil had a short answer: "Follow the flowers, not the road."',
      'Zarmina Hakimi, 40, sews quilts in Taloqan. She has one rule for the girls she trains: "Never cut the cloth twice."',
    ]);
    expect(speakerOf(story, 'Follow the flowers')).toBe('Gul Ahmad Sahil');
    expect(speakerOf(story, 'Never cut the cloth')).toBe('Zarmina Hakimi');
  });

  it('does not read a colon after a sentence opening on a thing ("The sign reads:") as anyone\'s', () => {
    const story = ingest(['The new sign over the clinic door reads: "Women and children first, every day."']);
    expect(speakerOf(story, 'Women and children first')).toBeNull();
  });
});

describe('an age standing for the person last named', () => {
  it('reads "the 71-year-old told reporters" as the farmer "named" in the paragraph before', () => {
    const story = ingest([
      'On a slope above the village, a farmer named Haji Gul Rahman counted the stumps.',
      '"When I was young the trees were thick," the 71-year-old told reporters.',
    ]);
    expect(speakerOf(story, 'When I was young')).toBe('Haji Gul Rahman');
  });

  it('AGE_AS_ROLE: only an age, not a word with digits', () => {
    expect(AGE_AS_ROLE.test('71-year-old')).toBe(true);
    expect(AGE_AS_ROLE.test('year-old')).toBe(false);
    expect(AGE_AS_ROLE.test('4x4')).toBe(false);
  });
});

describe('a named person behind a trade noun or "the official"', () => {
  it('reads "said the calligrapher, Full Name" as that person, any trade noun', () => {
    const story = ingest([
      'The old painter died on Monday.',
      '"Half the town is written in his hand," said the calligrapher, Sayed Karim Rahin. "He never hurried."',
    ]);
    expect(speakerOf(story, 'Half the town')).toBe('Sayed Karim Rahin');
    expect(speakerOf(story, 'He never hurried')).toBe('Sayed Karim Rahin');
  });

  it('reads "Name, head of …, said …. "…," the official said" as the person named', () => {
    const story = ingest([
      'The bridge opened on Sunday.',
      'Qudrat Karimi, head of public works in Takhar, said the bridge alone would not help. "Everything depends on the road behind it," the official said.',
    ]);
    expect(speakerOf(story, 'Everything depends')).toBe('Qudrat Karimi');
  });

  it('leaves "the official" to itself when the person named last holds no office', () => {
    const story = ingest([
      'Karim Jawad, a farmer from Khanabad, said his field was gone. "Nothing can be done this year," the official said.',
    ]);
    expect(speakerOf(story, 'Nothing can be done')).toBe('The official');
  });
});

describe('Dari: a speaker is a person phrase, never a time or a clause', () => {
  it('isDariPersonPhrase: rejects a time and an object clause, keeps names and roles', () => {
    expect(isDariPersonPhrase('تابستان گذشته')).toBe(false);
    expect(isDariPersonPhrase('کتاب را روی میز')).toBe(false);
    expect(isDariPersonPhrase('حاجی عبدالرحیم')).toBe(true);
    expect(isDariPersonPhrase('ریش‌سفیدان قریه')).toBe(true);
  });

  it('reads "او … گفت" after "تابستان گذشته، مردی به نام …" as the man named, not the season', () => {
    const story = ingest([
      'در ولسوالی ما سرک نیست و مردم از کوتل پیاده می‌گذرند.',
      'تابستان گذشته، مردی از قریهٔ بالا به نام غلام‌حیدر گاوش را برای فروش به بازار برد. او بعدها به من گفت: «سه روز راه رفتم و گاو را به نصف قیمت فروختم.»',
    ]);
    expect(speakerOf(story, 'سه روز راه رفتم')).toBe('غلام‌حیدر');
  });

  it('reads "X را … می‌گذارد و می‌گوید:" as the person the text follows, not the object clause', () => {
    const story = ingest([
      'حاجی عبدالرحیم، دهقان پیر قریه، هر صبح به سر جوی می‌رود و آب را میان زمین‌ها تقسیم می‌کند.',
      'او کلاهش را روی سنگ می‌گذارد و می‌گوید: «آب که به نوبت برسد، دعوا هم تمام می‌شود.»',
    ]);
    expect(speakerOf(story, 'آب که به نوبت برسد')).toBe('حاجی عبدالرحیم');
  });
});

describe('a role opening the sentence before "he said", past its long aside', () => {
  it('reads "The district\'s manager, a young surveyor … the losses, said … "…," he said" as the manager', () => {
    const story = ingest([
      'Karim Jawad stood by the river. "The water took my field," he said.',
      'The district\'s irrigation manager, a young surveyor trained in Mazar who came to count the losses, said the only answer is stone. "In the end, only stone stops the river," he said.',
    ]);
    expect(speakerOf(story, 'only stone stops')).toBe("The district's irrigation manager");
  });

  it('noSubject: "the losses, said" and "the only answer" are no subjects; "the spokesman said" is', () => {
    const m = (s: string): RegExpMatchArray => {
      const found = [...s.matchAll(SUBJECT_VERB)].at(-1);
      if (!found) throw new Error(`no clause in ${s}`);
      return found;
    };
    expect(noSubject(m('who came to count the losses, said'))).toBe(true);
    expect(noSubject(m('he said the only answer is stone'))).toBe(true);
    expect(noSubject(m('later the police spokesman said'))).toBe(false);
    expect(noSubject(m('the ministry said'))).toBe(false);
  });

  it('reads "Then, turning to the crowd, he repeated it:" as the speaker of the sentence before', () => {
    const story = ingest([
      'Gul Ahmad Sahil, a beekeeper from Kalafgan, spoke to the farmers. "Follow the flowers," he said. Then, turning to the boys who had gathered, he repeated it slowly: "Follow the flowers, not the road."',
    ]);
    expect(speakerOf(story, 'not the road')).toBe('Gul Ahmad Sahil');
  });

  it('a "he" after a person named in the opening clause of the colon sentence is that person', () => {
    const story = ingest([
      'Nadia Hakimi taught the girls to weave. Then, after Mirwais Sharifi said the order was final, he added one line: "The looms stay open."',
    ]);
    expect(speakerOf(story, 'The looms stay open')).toBe('Mirwais Sharifi');
  });
});
