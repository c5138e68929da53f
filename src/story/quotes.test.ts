import { describe, expect, it } from 'vitest';
import { ingestStory } from './ingest.ts';
import type { Story } from './schema.ts';
import { TEST_GAZETTEER } from './test-gazetteer.ts';

const ingest = (paras: string[]) => ingestStory(paras.join('\n\n'), TEST_GAZETTEER);
const who = (story: Story) =>
  story.quotes.map((q) => [
    q.text.split(' ').slice(0, 3).join(' '),
    story.speakers.find((s) => s.id === q.speaker)?.name ?? null,
  ]);

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
