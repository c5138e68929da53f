import { describe, expect, it } from 'vitest';
import { ingest, quoteStartsAndSpeakers as who, speakerNames } from './test-helpers.ts';
import { ingestStory } from './ingest.ts';
import { TEST_GAZETTEER } from './test-gazetteer.ts';
import { findQuoteSpans } from './quotes.ts';

describe('speakers', () => {
  it('are introduced by appositive or by a role before the name, with places and gender', () => {
    const story = ingest([
      'Nasrin Haidari, a teacher who ran a school in Taloqan for ten years, says the floods came fast. She lost her books.',
      'Kunduz Province lawmaker Omar Zaki agrees. He wants new dams.',
    ]);
    expect(story.speakers).toEqual([
      {
        id: 'nasrin-haidari',
        name: 'Nasrin Haidari',
        description: 'a teacher who ran a school in Taloqan for ten years',
        places: ['AF1801'],
        gender: 'female',
      },
      {
        id: 'omar-zaki',
        name: 'Omar Zaki',
        description: 'Kunduz Province lawmaker',
        places: ['AF19'],
        gender: 'male',
      },
    ]);
  });
});

describe('description before the name', () => {
  it('"A senior aid official, Name, warned …" introduces a speaker whom "she said" then finds', () => {
    const story = ingest([
      'A trader, Karim Dost, says the bazaar in Taloqan is empty.',
      'A senior aid official, Lena Brandt, warned that the rains would return. "We need boats," she said.',
      'In Kunduz, the mayor\'s spokesman, Samir Wali, said, "The bridge is gone."',
    ]);
    expect(story.speakers.map((s) => [s.name, s.description])).toEqual([
      ['Karim Dost', 'A trader'],
      ['Lena Brandt', 'A senior aid official'],
      ['Samir Wali', "the mayor's spokesman"],
    ]);
    expect(who(story)).toEqual([
      ['We need boats', 'Lena Brandt'],
      ['The bridge is', 'Samir Wali'],
    ]);
  });
});

describe('organisations and their spokespeople', () => {
  it('"…," said Ministry spokesman Name → the person; a second ministry is not the first by "surname"', () => {
    const story = ingest([
      '"The river is rising," said Kunduz Health Ministry spokesman Farid Noori.',
      'The Water Ministry said in a statement that pumps had arrived. "Help is on the way," the statement said.',
    ]);
    expect(story.speakers.find((s) => s.name === 'Farid Noori')?.description).toBe(
      'Kunduz Health Ministry spokesman',
    );
    expect(who(story)).toEqual([
      ['The river is', 'Farid Noori'],
      ['Help is on', 'Water Ministry'],
    ]);
  });
});

describe('British-style single quotes and appositives after the quote', () => {
  it('reads ‘…,’ he adds as a quotation but never an apostrophe or a plural possessive', () => {
    const story = ingest([
      '“We sold fifty sheep a week,” Karim Dost, a herder from Taloqan, told reporters. “Now we sell ten.”',
      'Dost says the herders’ pens are empty. ‘Nobody comes any more,’ he adds. It’s quiet.',
    ]);
    expect(who(story)).toEqual([
      ['We sold fifty', 'Karim Dost'],
      ['Now we sell', 'Karim Dost'],
      ['Nobody comes any', 'Karim Dost'],
    ]);
  });
});

describe('titles', () => {
  it('an abbreviated title stays with the name it precedes', () => {
    const story = ingest(['"The pass is closed," said Gen. Bashir Rahimi, a commander in Badakhshan.']);
    expect(who(story)).toEqual([['The pass is', 'Gen. Bashir Rahimi']]);
    expect(story.speakers[0]?.places).toEqual(['AF17']);
  });
});

describe('quote attribution', () => {
  it('reads "…," X says and X says, "…" and later references by surname', () => {
    const story = ingest([
      'Nasrin Haidari, a teacher from Taloqan, says the river rose at night.',
      '"We carried the children up the hill before dawn," Haidari says.',
      'Haidari says, "Nobody warned us about the water this year."',
    ]);
    expect(who(story)).toEqual([
      ['We carried the', 'Nasrin Haidari'],
      ['Nobody warned us', 'Nasrin Haidari'],
    ]);
  });

  it('resolves "he adds" / "she says" to the last speaker of that gender', () => {
    const story = ingest([
      'Nasrin Haidari, a teacher from Taloqan, says the river rose at night. She stayed awake.',
      'Omar Zaki, a driver from Fayzabad, says the road is gone. He waited for two days.',
      '"The bridge fell into the water at noon," she says.',
      '"The trucks still cannot pass the valley" he adds.',
    ]);
    expect(who(story)).toEqual([
      ['The bridge fell', 'Nasrin Haidari'],
      ['The trucks still', 'Omar Zaki'],
    ]);
  });

  it('reads "X told … "…"", "he says, adding, "…"" and later quotes of the same paragraph', () => {
    const story = ingest([
      '"We will rebuild every house before winter," Karimi told reporters in a video posted online. "Help is on the way from the capital."',
      'Gul Rahim Sadat, an engineer from Badakhshan, inspected the wall.',
      '"The wall was built without any steel inside it," he says, adding, "It could not hold back a flood."',
    ]);
    expect(who(story)).toEqual([
      ['We will rebuild', 'Karimi'],
      ['Help is on', 'Karimi'],
      ['The wall was', 'Gul Rahim Sadat'],
      ['It could not', 'Gul Rahim Sadat'],
    ]);
  });

  it('finds the fuller name of a speaker met by surname', () => {
    const story = ingest([
      'Posters of Ahmad Karimi hung in the market.',
      '"We will rebuild every house before winter," Karimi told the crowd.',
    ]);
    expect(story.speakers.map((s) => s.name)).toEqual(['Ahmad Karimi']);
  });

  it('follows a quotation that runs on into the next paragraph', () => {
    const story = ingest([
      'Omar Zaki, a driver from Fayzabad, says the road is gone.',
      '"We waited at the pass for two days with no food. Then the snow started again.',
      '"Nobody came to help the drivers stuck up there," he says.',
    ]);
    const [first, second] = story.quotes;
    expect(second?.continues).toBe(first?.id);
    expect(who(story)).toEqual([
      ['We waited at', 'Omar Zaki'],
      ['Nobody came to', 'Omar Zaki'],
    ]);
  });

  it('attributes a long partial quote to the subject of the reporting verb', () => {
    const story = ingest([
      'Omar Zaki, a driver from Fayzabad, says the road is gone.',
      'Zaki says that the drivers now plan to "stay in the valley until the army opens the road."',
      'The Ministry of Public Works said in a statement that it would "send machines to the pass within a week."',
    ]);
    expect(who(story)).toEqual([
      ['stay in the', 'Omar Zaki'],
      ['send machines to', 'Ministry of Public Works'],
    ]);
  });

  it('skips scare quotes and titles, keeps short quotes with a speaker beside them', () => {
    const story = ingest([
      'Omar Zaki, a driver from Fayzabad, calls the road a "death trap" and reads a book called "Roads Of The North Country" at night.',
      '"No," Zaki says.',
    ]);
    expect(who(story)).toEqual([['No', 'Omar Zaki']]);
  });

  it('gives a quote the places inside it, around it and of its speaker', () => {
    const story = ingest([
      'Omar Zaki, a driver from Fayzabad, says the road is gone.',
      'In Russia, prices rose. "Flour from Tajikistan costs twice as much now," Zaki says.',
    ]);
    expect(story.quotes[0]?.places).toEqual(['TJK', 'RUS', 'AF1701']);
    expect(story.places.AF17?.quotes).toEqual([story.quotes[0]?.id]);
  });

  it('does not link a speaker surname that equals a place', () => {
    const story = ingest([
      'Wahid Takhar, a shopkeeper in Fayzabad, says sales fell.',
      '"Nobody buys anything after the flood," Takhar says. He moved to Takhar last year.',
    ]);
    expect(story.mentions.map((m) => [m.text, m.place])).toEqual([
      ['Fayzabad', 'AF1701'],
      ['Takhar', 'AF18'],
    ]);
    expect(story.mentions[1]?.start).toBeGreaterThan(story.passages[1]?.text.indexOf('He moved') ?? Infinity);
  });
});

describe('a quotation broken by a paragraph break in mid-sentence', () => {
  const withImamSahib = {
    ...TEST_GAZETTEER,
    entries: [
      ...TEST_GAZETTEER.entries,
      {
        id: 'AF1905',
        kind: 'district' as const,
        name_en: 'Imam Sahib',
        province: 'AF19',
        names: ['Imam Sahib'],
      },
    ],
  };

  it('closes in the next paragraph without a new opening mark: one speaker, linked by `continues`', () => {
    const story = ingestStory(
      ['"We cannot stay in Imam Sahib while the fighting', 'goes on," said Karim Zahed, a farmer.'].join(
        '\n\n',
      ),
      withImamSahib,
    );
    const [first, second] = story.quotes;
    expect(story.quotes.map((q) => q.text)).toEqual([
      'We cannot stay in Imam Sahib while the fighting',
      'goes on',
    ]);
    expect(second?.continues).toBe(first?.id);
    expect(who(story)).toEqual([
      ['We cannot stay', 'Karim Zahed'],
      ['goes on', 'Karim Zahed'],
    ]);
    expect(first?.places).toEqual(['AF1905']);
    expect(story.speakers.map((s) => [s.name, s.description])).toEqual([['Karim Zahed', 'a farmer']]);
  });

  it('keeps a broken quotation whose first part is only a word or two', () => {
    const story = ingestStory(
      [
        'Families are leaving. "We cannot',
        'stay in Imam Sahib any longer," said Karim Zahed, a farmer.',
      ].join('\n\n'),
      withImamSahib,
    );
    expect(who(story)).toEqual([
      ['We cannot', 'Karim Zahed'],
      ['stay in Imam', 'Karim Zahed'],
    ]);
  });

  it('finds a pronoun speaker after the closing mark, with curly quotes and a later quote in the paragraph', () => {
    const story = ingest([
      'Nasrin Haidari, a teacher from Taloqan, says the school closed in March.',
      '“The children asked every day when they could',
      'come back,” she says. “Nobody could tell them.”',
    ]);
    expect(story.quotes[1]?.continues).toBe(story.quotes[0]?.id);
    expect(story.quotes[2]?.continues).toBeUndefined();
    expect(who(story)).toEqual([
      ['The children asked', 'Nasrin Haidari'],
      ['come back', 'Nasrin Haidari'],
      ['Nobody could tell', 'Nasrin Haidari'],
    ]);
  });

  it('reads a stray opening mark before an ordinary paragraph as before', () => {
    const story = ingest([
      'Omar Zaki, a driver from Fayzabad, calls the plan a "first step and waits.',
      'Zaki says the road is "open again for the trucks from Taloqan" at last.',
      '"Nobody warned us about the water this year," Zaki says.',
    ]);
    expect(story.quotes.map((q) => q.text)).toEqual([
      'first step and waits.',
      'open again for the trucks from Taloqan',
      'Nobody warned us about the water this year',
    ]);
    expect(story.quotes.every((q) => q.continues === undefined)).toBe(true);
  });

  it('keeps the newspaper form: each paragraph opens a mark, only the last one closes', () => {
    const story = ingest([
      '“We waited at the pass for two days with no food.',
      '“Then the snow started again and the trucks slid.',
      '“Nobody came to help the drivers,” said Omar Zaki, a driver from Fayzabad.',
    ]);
    const [a, b, c] = story.quotes;
    expect([b?.continues, c?.continues]).toEqual([a?.id, b?.id]);
    expect(story.quotes.map((q) => q.speaker)).toEqual(['omar-zaki', 'omar-zaki', 'omar-zaki']);
  });
});

describe('"according to" names a source', () => {
  it('introduces the person, with an appositive description, for a later "he said"', () => {
    const story = ingest([
      'According to Gul Ahmad, the district governor of Khwaja Ghar, the road was cut on Monday. "The bridge is gone," he said.',
    ]);
    expect(story.speakers).toEqual([
      {
        id: 'gul-ahmad',
        name: 'Gul Ahmad',
        description: 'the district governor of Khwaja Ghar',
        places: ['AF1809'],
        gender: 'male',
      },
    ]);
    expect(who(story)).toEqual([['The bridge is', 'Gul Ahmad']]);
  });

  it('introduces a person named without a description, across a paragraph', () => {
    const story = ingest([
      'According to Gul Ahmad, the road was cut on Monday.',
      '"The bridge is gone," he said.',
    ]);
    expect(who(story)).toEqual([['The bridge is', 'Gul Ahmad']]);
  });

  it('takes no clause after "According to Name," for a description', () => {
    const story = ingest([
      'According to Gul Ahmad, the road, which was built in 2005, was cut on Monday. "The bridge is gone," he said.',
      'The pass is closed, according to Nasrin Haidari, a teacher from Taloqan.',
    ]);
    expect(story.speakers.map((s) => [s.name, s.description])).toEqual([
      ['Gul Ahmad', ''],
      ['Nasrin Haidari', 'a teacher from Taloqan'],
    ]);
  });

  it('makes no person of "according to police officials"', () => {
    const story = ingest([
      'According to police officials, the road was cut on Monday. "The bridge is gone," he said.',
    ]);
    expect(story.speakers).toEqual([]);
    expect(who(story)).toEqual([['The bridge is', null]]);
  });

  it('never makes an organisation or a document the antecedent of "he"', () => {
    const story = ingest([
      'Omar Zaki, a driver from Fayzabad, says the road is gone.',
      'The Water Ministry said in a statement that it would "send pumps to the valley within a week."',
      'According to the Water Ministry, the pumps left on Monday. "They have not arrived," he said.',
      'According to the Baharak Agreement, the road belongs to the district. "Nobody keeps it open," he said.',
    ]);
    expect(who(story)).toEqual([
      ['send pumps to', 'Water Ministry'],
      ['They have not', 'Omar Zaki'],
      ['Nobody keeps it', 'Omar Zaki'],
    ]);
    expect(story.speakers.find((s) => s.id === 'water-ministry')?.gender).toBeUndefined();
    expect(story.speakers.map((s) => s.name)).toEqual(['Omar Zaki', 'Water Ministry']);
  });

  it('reads a capitalised organisation without an article as no person', () => {
    const story = ingest([
      'Omar Zaki, a driver from Fayzabad, says the road is gone.',
      'According to Human Rights Watch, the drivers are unpaid. "We wait for months," he said.',
    ]);
    expect(story.speakers.map((s) => s.name)).toEqual(['Omar Zaki']);
    expect(who(story)).toEqual([['We wait for', 'Omar Zaki']]);
  });
});

describe('attribution beyond the adjacent clause', () => {
  it('gives a paragraph-opening quotation to "She said:" that closes the paragraph before, across paragraphs', () => {
    const story = ingest([
      'Lina Sarwari, a former headmistress in Taloqan, described how the classes began. She said:',
      '"At first it was only my neighbours’ daughters. Then their cousins came.',
      '"So we asked the mothers for their rooms."',
      'Officials said little.',
    ]);
    expect(who(story)).toEqual([
      ['At first it', 'Lina Sarwari'],
      ['So we asked', 'Lina Sarwari'],
    ]);
  });

  it("reads ',\" the description, Name, told reporters' after a quotation", () => {
    const story = ingest([
      '"Water is the question of the century," the Tajik energy minister, Daler Rustamov, told reporters.',
    ]);
    expect(who(story)).toEqual([['Water is the', 'Daler Rustamov']]);
    expect(story.speakers[0]?.description).toBe('the Tajik energy minister');
  });

  it('reads "said the 58-year-old farmer" as the undescribed person just named, and describes them so', () => {
    const story = ingest([
      'In Kunduz, Karim Jawad stood in a field of stunted wheat. "This year maybe eight sacks," said the 58-year-old farmer.',
      'Later, Jawad said he would plant again.',
    ]);
    expect(who(story)).toEqual([['This year maybe', 'Karim Jawad']]);
    expect(story.speakers[0]?.description).toBe('the 58-year-old farmer');
  });

  it('does not give "said the spokesman" to a person described as something else: the role speaks itself', () => {
    const story = ingest([
      'Karim Jawad, a farmer from Taloqan, said the canal was dry. "Nothing will grow," said the spokesman.',
      '"The gates open on Monday," the head of the irrigation office said on Sunday.',
    ]);
    expect(who(story)).toEqual([
      ['Nothing will grow', 'The spokesman'],
      ['The gates open', 'The head of the irrigation office'],
    ]);
  });

  it('takes the description from "Town’s mayor, Name, said" and a title abbreviation before the name', () => {
    const story = ingest([
      'Fayzabad’s mayor, Nazir Ahmadi, told a radio station that the city was full.',
      'The head of the power company, Eng. Rahim Popal, said the line was cut. "We work day and night," he said.',
    ]);
    expect(story.speakers.map((s) => [s.name, s.description])).toEqual([
      ['Nazir Ahmadi', 'Fayzabad’s mayor'],
      ['Eng. Rahim Popal', 'The head of the power company'],
    ]);
  });

  it('finds straight single quotation marks (British style) but not apostrophes', () => {
    const story = ingest([
      "Shirin Alizai, a nurse in Kunduz, spoke slowly. 'The farmers' wells are dry,' she said. 'We don't have water.'",
      "The officials' reply came a week later.",
    ]);
    expect(story.quotes.map((q) => q.text)).toEqual(["The farmers' wells are dry", "We don't have water."]);
    expect(who(story)).toEqual([
      ["The farmers' wells", 'Shirin Alizai'],
      ["We don't have", 'Shirin Alizai'],
    ]);
  });
});

describe('interviews', () => {
  it('reads labelled answers as quotations of the interviewee, "A:" included', () => {
    const story = ingest([
      'Dr. Shirin Wakhi runs a clinic in Fayzabad. She spoke to us about the winter.',
      'Radio North: How many patients do you see?',
      'Shirin Wakhi: In January, maybe 300.',
      'Radio North: What do you lack?',
      'Wakhi: Oxygen.',
      'Q: Why do you stay?',
      'A: Because I was born here.',
    ]);
    expect(who(story)).toEqual([
      ['In January, maybe', 'Shirin Wakhi'],
      ['Oxygen.', 'Shirin Wakhi'],
      ['Because I was', 'Shirin Wakhi'],
    ]);
  });

  it('gives "A:" to the person the introduction names when no answer names one', () => {
    const story = ingest([
      'Omar Zaki has driven trucks between Kunduz and Taloqan for twenty years.',
      'Q: Is the road better now?',
      'A: The road is better, the fees are worse.',
      'Q: Will you keep driving?',
      'A: What else would I do?',
    ]);
    expect(who(story)).toEqual([
      ['The road is', 'Omar Zaki'],
      ['What else would', 'Omar Zaki'],
    ]);
  });

  it('needs labelled questions: "Correction:" or "Note:" lines are no answers', () => {
    const story = ingest([
      'Omar Zaki drives trucks in Kunduz.',
      'Note: Figures are from the port authority.',
      'Correction: An earlier version misspelt a name.',
    ]);
    expect(story.quotes).toEqual([]);
  });
});

describe('a role after a quotation', () => {
  it('never reads "said the spokesman" or a role after an object back to the person named: the role speaks', () => {
    const story = ingest([
      'Police arrested Gul Ahmad in Kunduz. "He is a criminal," said the police spokesman.',
      'Karim Jawad was arrested on Monday. "He is a criminal," said the district official.',
      'Officers questioned Nasir Hotak in Taloqan. "He was only a driver," said the shopkeeper.',
    ]);
    expect(who(story).map(([, s]) => s)).toEqual([
      'The police spokesman',
      'The district official',
      'The shopkeeper',
    ]);
  });
});

describe('wire-style roles', () => {
  it('reads "said the spokesman, Name" as an introduction, and "said the police spokesman" as that person', () => {
    const story = ingest([
      'The attack took place near Taloqan, said the spokesman, Qasim Hotak. "They fled towards the river," he said.',
      'Police arrested a man. "He will be punished for this," said the police spokesman.',
    ]);
    expect(story.speakers.map((s) => [s.name, s.description])).toEqual([['Qasim Hotak', 'the spokesman']]);
    expect(who(story)).toEqual([
      ['They fled towards', 'Qasim Hotak'],
      ['He will be', 'Qasim Hotak'],
    ]);
  });

  it('reads "said the shopkeeper" opening a paragraph as the person the paragraph before names', () => {
    const story = ingest([
      'Residents said the area had been calm. Farid Noorzai stood outside his shop in Kunduz.',
      '"We heard shooting for twenty minutes," said the shopkeeper on Tuesday.',
    ]);
    expect(who(story)).toEqual([['We heard shooting', 'Farid Noorzai']]);
    expect(story.speakers[0]?.description).toBe('the shopkeeper');
  });
});

describe('feature speakers', () => {
  it('reads "Sher …" and "Hewad …" as names, not as "she" and "he"', () => {
    const story = ingest(['"We bring dried mulberries and carpets," said Sher Ahmad Karimi, a trader.']);
    expect(who(story)).toEqual([['We bring dried', 'Sher Ahmad Karimi']]);
  });

  it('introduces a person by a description closed by an irregular past ("put it", "told me")', () => {
    const story = ingest([
      'Qudratullah Ahmadzai, an irrigation engineer who worked in Taloqan until 2021, put it plainly. "We are downstream of everyone," he said.',
    ]);
    expect(who(story)).toEqual([['We are downstream', 'Qudratullah Ahmadzai']]);
  });

  it('gives "she said" to a person a relative clause or a role in commas introduces, subject or not', () => {
    const story = ingest([
      'I asked Bibi Shirin, who runs a savings group in Khwaja Ghar, what she thought of the new dam. She smiled. "A dam is only a wall until the water comes," she said.',
      'Four houses fell in Baharak, said Nasim Sharifi, head of the disaster department. "People slept outside in the cold," he said.',
    ]);
    expect(who(story)).toEqual([
      ['A dam is', 'Bibi Shirin'],
      ['People slept outside', 'Nasim Sharifi'],
    ]);
  });

  it('reads a name the gazetteer holds as a person when a description makes it one', () => {
    const gazetteer = {
      ...TEST_GAZETTEER,
      entries: [
        ...TEST_GAZETTEER.entries,
        {
          id: 'AF0505',
          kind: 'district' as const,
          name_en: 'Mohammad Agha',
          province: 'AF05',
          names: ['Mohammad Agha'],
        },
      ],
    };
    const story = ingestStory(
      'One of them, Mohammad Agha, a wiry man of sixty who farms near Taloqan, walked me to his land. "I plant nothing now," he said.',
      gazetteer,
    );
    expect(speakerNames(story)).toEqual(['Mohammad Agha']);
    expect(story.mentions.map((m) => m.place)).toEqual(['AF1801']);
  });
});

describe('bilingual copy', () => {
  it('reads a name given again in parentheses, a quotation after "…, said …:" and its translation in brackets', () => {
    const story = ingest([
      'The elder of a village in Taloqan, Haji Mir Ahmad (حاجی میر احمد), told our team by phone:',
      '«راه از سه هفته بسته است.»',
      '("The road has been closed for three weeks.")',
      'Nasrullah Safi (نصرالله صافی), who heads the disaster department in Takhar, said the teams had gone out:',
      '«تیم‌های ما برف را پاک می‌کنند.»',
    ]);
    expect(who(story).map(([, name]) => name)).toEqual([
      'Haji Mir Ahmad',
      'Haji Mir Ahmad',
      'Nasrullah Safi',
    ]);
  });
});

describe('speakers named like places or by their family', () => {
  it('a surname that is a province speaks once the text names the person in full, not the place alone', () => {
    const gazetteer = {
      ...TEST_GAZETTEER,
      entries: [
        ...TEST_GAZETTEER.entries,
        { id: 'AF04', kind: 'province' as const, name_en: 'Wardak', capital: 'AF0401', names: ['Wardak'] },
      ],
    };
    const read = (paras: string[]) => ingestStory(paras.join('\n\n'), gazetteer);
    const named = read([
      'Mawlawi Abdul Hadi Wardak has sold tyres beside the Taloqan road since the nineties.',
      '"A tyre from Iran lasts one winter, a tyre from Japan three," Wardak said, and laughed.',
    ]);
    expect(who(named)).toEqual([['A tyre from', 'Mawlawi Abdul Hadi Wardak']]);
    const unnamed = read(['"A tyre from Iran lasts one winter," Wardak said.']);
    expect(who(unnamed)).toEqual([['A tyre from', null]]);
  });

  it('reads a name only districts bear as a person when it speaks, and a mother as a source', () => {
    const gazetteer = {
      ...TEST_GAZETTEER,
      entries: [
        ...TEST_GAZETTEER.entries,
        { id: 'AF0619', kind: 'district' as const, name_en: 'Sherzad', province: 'AF06', names: ['Sherzad'] },
      ],
    };
    const story = ingestStory(
      [
        '"In the summer I drive melons, in the winter people," Sherzad said, pouring tea in Taloqan.',
        'A mother from Taloqan told me last month, "If the road is closed, I will give birth at home."',
      ].join('\n\n'),
      gazetteer,
    );
    expect(speakerNames(story)).toEqual(['Sherzad', 'A mother from Taloqan']);
    expect(story.mentions.map((m) => m.place)).toEqual(['AF1801', 'AF1801']);
  });
});

describe('findQuoteSpans: a quotation inside «…»', () => {
  it('reads «… "…" …» as one quotation, the inner marks within it', () => {
    const text = 'او گفت: «مادرم همیشه می‌گفت: "نان را دور نینداز." هنوز همین را می‌گویم.» و رفت.';
    const spans = findQuoteSpans(text);
    expect(spans).toHaveLength(1);
    expect(text.slice(spans[0]?.start, spans[0]?.end)).toContain('هنوز همین را می‌گویم');
  });
  it('leaves straight marks after an unclosed « to close as they do', () => {
    const text = 'The sign said «closed and then "we are open on Friday," he said.';
    const spans = findQuoteSpans(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toContain('closed and then');
  });
  it('attributes a Dari saying quoted inside a quotation to the one repeating it', () => {
    const story = ingest([
      'Headline',
      'Gul Ahmad Sharifi sells bread by the bridge, and he still repeats his mother\'s advice to every customer: «مادرم همیشه می‌گفت: "نان را دور نینداز."»',
    ]);
    // The teller keeps his own words; the saying inside them is his mother's.
    const [outer, saying] = who(story);
    expect(outer).toEqual(['مادرم همیشه می‌گفت', 'Gul Ahmad Sharifi']);
    expect(saying?.[0]).toBe('نان را دور');
    expect(saying?.[1]).toBe("Gul Ahmad Sharifi's mother");
  });
});

describe('adverbs between a subject and its verb of speech', () => {
  it('"she often says", "he always told"', () => {
    const story = ingest([
      'Headline',
      'Nadia Rahimi, 38, runs the clinic. She often says to new nurses: "Wash your hands before you touch a child."',
      'Karim Jan Wardak, 70, was her first patient. He always told the others, "This doctor is young but she listens."',
    ]);
    expect(speakerNames(story)).toEqual(['Nadia Rahimi', 'Karim Jan Wardak']);
  });
});

describe('a short quotation with its comma outside the marks (British style)', () => {
  it('"— "the wandering clinic", she told the council —" is hers', () => {
    const story = ingest([
      'Headline',
      'Dr Shakila Noori said the clinic had moved twice in a year — "the wandering clinic", she told the council, to some laughter — and now stood by the bridge.',
    ]);
    expect(who(story)).toContainEqual(['the wandering clinic', 'Dr Shakila Noori']);
  });
  it('leaves a short phrase with no attribution beside it a scare quote', () => {
    const story = ingest([
      'Headline',
      'Dr Shakila Noori runs what the villagers call "the wandering clinic", which has moved twice in a year.',
    ]);
    expect(story.quotes).toEqual([]);
  });
});

describe('reportedPartial: a few quoted words ending a clause of reported speech', () => {
  it('"She described the road as "slow, not closed"" and "said only that she was "a fair boss" and …"', () => {
    const story = ingest([
      'Headline',
      'Nadia Rahimi, 41, drives the school bus. She described the mountain road as "slow, not closed", and laughed.',
      'A rival driver from the upper valley, asked about her, said she was "a fair boss" and left.',
    ]);
    expect(who(story)).toEqual([
      ['slow, not closed', 'Nadia Rahimi'],
      ['a fair boss', 'A rival driver from the upper valley'],
    ]);
  });
  it('leaves a short phrase inside a clause, or with no verb of speech, a scare quote', () => {
    const story = ingest([
      'Headline',
      'Nadia Rahimi, 41, said the "new" road had washed away. The villagers call it "the goat path" now.',
    ]);
    expect(story.quotes).toEqual([]);
  });
});
