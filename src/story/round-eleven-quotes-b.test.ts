// Round eleven (second quotation helper), with sentences made up for the test.
import { describe, expect, it } from 'vitest';
import { anonymousIntroductions, personByRelativeClause } from './anonymous.ts';
import { personByNounOrAside } from './english-speakers.ts';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';

describe('"a <noun> who …" introduces a person by any noun; "the <noun> said" is that person', () => {
  it('personByRelativeClause: any noun before "who"/"whose", not a quantity or a noun with no relative clause', () => {
    expect(personByRelativeClause('A ticket broker who has sold seats for years', 0)?.name).toBe(
      'A ticket broker',
    );
    expect(personByRelativeClause('An old ferryman, whose boat sank in May, waved', 0)?.name).toBe(
      'An old ferryman',
    );
    expect(personByRelativeClause('A few who stayed behind said', 0)).toBeNull();
    expect(personByRelativeClause('A ticket broker sold seats', 0)).toBeNull();
    expect(personByRelativeClause('A road that climbs the pass', 0)).toBeNull();
  });

  it('anonymousIntroductions: after "In/At <place>, where …," as after "In/At <place>,"', () => {
    expect(
      anonymousIntroductions('In Rustaq, where the bus stops, a tanner who works by the river sat.').map(
        (a) => a.name,
      ),
    ).toEqual(['A tanner']);
  });

  it('gives "the broker said" and "the saddler said" to the person introduced paragraphs before', () => {
    const story = ingestUnderHeadline([
      'The ferry runs twice a day.',
      'At the pier, where the boats tie up, a ticket broker who has sold seats on the boat for nine years explains the queue. He asked that his name be kept out.',
      '"Every seat is sold twice," the broker said by phone. "Nobody complains."',
      'A saddler whose stall faces the mosque has raised his prices.',
      '"Leather comes from Mazar now," the saddler said.',
    ]);
    expect(speakerOf(story, 'Every seat')).toBe('A ticket broker');
    expect(speakerOf(story, 'Nobody complains')).toBe('A ticket broker');
    expect(speakerOf(story, 'Leather comes')).toBe('A saddler');
  });
});

const ROAD = [
  'سفر به کشم',
  'صبح زود از فیض‌آباد راه افتادیم. پیرمردی با کلاه سیاه پشت فرمان نشسته بود و تسبیح می‌گرداند.',
  '«این گردنه را هزار بار دیده‌ام،» گفت.',
  'نامش را در چایخانهٔ کشم از همسفرانم پرسیدم: نورالحق. همسفران او را «ماما نور» صدا می‌کردند. زادهٔ جرم است.',
  'در بازار کشم با حاجی عبدالقدوس آشنا شدیم که گوسفند می‌فروخت و از نرخ علف شکایت داشت.',
  'ماما نور به کوه اشاره کرد و خندید. «برف امسال دیر آمد،» گفت.',
];

describe('Dari: how the writer learned a described person’s name, and the name others call them', () => {
  it('«نامش را … پرسیدم: X» names the person described a paragraph before', () => {
    expect(speakerOf(ingestUnderHeadline(ROAD), 'این گردنه را')).toBe('نورالحق');
    const self = ingestUnderHeadline([
      'شب در کاروان‌سرا',
      'شب سرد بود. جوانی با پتوی خاکستری کنار آتش نشسته بود.',
      '«از ورسج آمده‌ام،» گفت.',
      'خود را شفیع‌الله معرفی کرد و چای ریخت.',
    ]);
    expect(speakerOf(self, 'از ورسج آمده‌ام')).toBe('شفیع‌الله');
  });

  it('«او را «X» صدا می‌کردند»: a later "X … گفت" is the person named, past another person named between', () => {
    expect(speakerOf(ingestUnderHeadline(ROAD), 'برف امسال')).toBe('نورالحق');
    const bare = ingestUnderHeadline([
      'کوچهٔ نانوایان',
      'کنار تنور، مردی با پیش‌بند سفید خمیر پهن می‌کند.',
      'نامش عبدالحمید است و همسایه‌ها بابه حمید صدایش می‌کنند.',
      'در کوچه با داکتر فریدون سلطانی هم روبه‌رو شدیم که به شفاخانه می‌رفت.',
      'بابه حمید خمیر را پهن کرد. «آرد امسال سیاه است،» گفت.',
    ]);
    expect(speakerOf(bare, 'آرد امسال')).toBe('عبدالحمید');
  });

  it('"او را به خانه صدا زدند" ("called him home") makes "به خانه" no name of his', () => {
    const story = ingestUnderHeadline([
      'شب عید',
      'کنار دکان، مردی با چپن سبز ایستاده بود.',
      'نامش نورالحق است. نزدیک شام او را به خانه صدا زدند.',
      'در کوچه با داکتر فریدون سلطانی روبه‌رو شدیم که از شفاخانه برمی‌گشت.',
      'به خانه که رسیدیم، «عید همه مبارک،» گفت.',
    ]);
    expect(speakerOf(story, 'عید همه مبارک')).not.toBe('نورالحق');
  });
});

describe('"The <noun> at the <place>, a young man …, …" then "he said": a person by any noun the appositive gives', () => {
  const depot = (noun: string, aside: string, pronoun: string) =>
    ingestUnderHeadline([
      'The depot',
      'Haji Rahim Dostzada, who owns six lorries, told me the road was fine. "It is always fine," he said.',
      `At the depot, buses stood in rows. The ${noun} at the gate, ${aside}, showed me the board. "Nothing leaves before nine," ${pronoun} said.`,
      `${pronoun === 'she' ? 'She' : 'He'} tapped the clock on the wall. "The drivers sleep here," ${pronoun} said.`,
    ]);

  it('personByNounOrAside: a known role, or a gendered word in the appositive', () => {
    expect(personByNounOrAside({ head: 'gatekeeper', aside: 'tall woman in' })).toBe(true);
    expect(personByNounOrAside({ head: 'driver' })).toBe(true);
    expect(personByNounOrAside({ head: 'bus', aside: 'white coach with' })).toBe(false);
  });

  it('gives the quotations, in that paragraph and the next, to the described person, not the man named before', () => {
    const woman = depot('gatekeeper', 'a tall woman in a blue coat who asked not to be named', 'she');
    expect(speakerOf(woman, 'Nothing leaves')).toBe('The gatekeeper');
    expect(speakerOf(woman, 'The drivers sleep')).toBe('The gatekeeper');
    const man = depot('ticket checker', 'a young man with a clipboard', 'he');
    expect(speakerOf(man, 'Nothing leaves')).toBe('The ticket checker');
  });

  it('a thing by an appositive with no gendered word is no source: "The bus at the gate, a white coach, …"', () => {
    const story = depot('bus', 'a white coach with a cracked windscreen', 'he');
    expect(speakerOf(story, 'Nothing leaves')).toBe('Haji Rahim Dostzada');
  });
});

describe('a quotation given by a role, whose person a later sentence of the paragraph names by that role', () => {
  it('"That nurse is Name" / "The guard’s name is Name" names the speaker of the role’s quotation', () => {
    const nurse = ingestUnderHeadline([
      'Letters',
      'Your reporter wrote about the clinic. The nurse I visited before the snows told me the same story once I had sat down: "There is no fuel for the stove." That nurse is Farida Nazari, and she still works nights.',
    ]);
    expect(speakerOf(nurse, 'no fuel for the stove')).toBe('Farida Nazari');
    const guard = ingestUnderHeadline([
      'Letters',
      'On the bridge a guard I asked about the queue laughed at me as I left: "Come back in spring." The guard’s name is Habibullah Sarwari; he has stood there since 2019.',
    ]);
    expect(speakerOf(guard, 'Come back in spring')).toBe('Habibullah Sarwari');
  });

  it('leaves a quotation alone when the later sentence names someone by another role', () => {
    const story = ingestUnderHeadline([
      'Letters',
      'Your reporter wrote about the clinic. The nurse I visited before the snows told me the same story once I had sat down: "There is no fuel for the stove." That teacher is Farida Nazari, and she still works nights.',
    ]);
    expect(speakerOf(story, 'no fuel for the stove')).not.toBe('Farida Nazari');
  });
});
