import { describe, expect, it } from 'vitest';
import { placesOf, readWithCountry } from './test-helpers.ts';

// Round 25b, page furniture: fresh wordings (not from the dev or set-25 articles) of what a page or a mail client
// sets round the text — an email chain's header fields and its quoted replies, a reader-comments or reviews box
// under a story, a Dari page's "read this too" list and its bracketed advertisement — each with a near miss where
// the same words are the story's own text.
const page = (...paras: string[]) => readWithCountry(paras.join('\n\n'));
const namesOf = (...paras: string[]) => placesOf(page(...paras)).map(([text]) => text);

describe("an email chain's header fields", () => {
  it('leaves an Outlook-style header with a place in its subject out, and reads the mail', () => {
    const got = namesOf(
      'Flour for the winter',
      '-----Original Message-----\nFrom: Khalida Wardak <k.wardak@example.org>\nSent: Thursday, 3 December 2026 10:12\nTo: Logistics <logistics@example.org>\nSubject: RE: flour trucks for Kishim',
      'The trucks left Taloqan this morning and should reach the warehouse by dark.',
    );
    expect(got).toEqual(['Taloqan']);
  });
  it('leaves a forwarded header with "Fwd:" and a Date field out', () => {
    const got = namesOf(
      'Re: school roof',
      '---------- Forwarded message ---------\nFrom: Habib <habib@example.org>\nDate: Wed, 2 Dec 2026 at 16:40\nSubject: Fwd: Baharak school roof\nTo: Office <office@example.org>',
      "The roof of the girls' school in Jurm fell in under the snow last night.",
    );
    expect(got).toEqual(['Jurm']);
  });
  it('reads a quoted reply\'s lines, opened by ">", as the mail\'s text', () => {
    const got = namesOf(
      'Thread',
      'Agreed, let us wait.',
      '> From: Najib <najib@example.org>\n> Date: Tue, 1 Dec 2026 at 08:03\n> Subject: Re: bridge at Khwahan\n>\n> Dear all,\n>\n> The ferry at Imam Sahib is running again, so the seed can cross there.\n>\n> Najib',
    );
    expect(got).toEqual(['Imam Sahib']);
  });
  it('near miss: a story line opening on "From:" with no other header field stays the story', () => {
    const got = namesOf(
      'Aid convoy reaches the north',
      'The convoy of forty trucks reached the north on Monday.',
      'From: Kunduz, by the old road, then on to Khanabad before the snow.',
    );
    expect(got).toEqual(['Kunduz', 'Khanabad']);
  });
});

describe("a box of readers' comments or reviews under a story", () => {
  it('leaves an English "Comments (2)" box and its signed comments out', () => {
    const got = namesOf(
      'Kishim bakers raise the price of bread',
      'Bakers in Kishim raised the price of a loaf on Saturday after flour went up again.',
      'Comments (2)',
      'Farid, Taloqan: Same here, and the loaves are smaller.\nNasima from Rostaq: Thank you for writing this.',
    );
    expect(got).toEqual(['Kishim']);
  });
  it('leaves a guest-house page\'s "Guest reviews" signed with a dash out', () => {
    const got = namesOf(
      'The Green Garden guest house, Faizabad',
      'A family-run guest house in Faizabad with eight rooms and a garden on the Kokcha.',
      'Guest reviews (4)',
      'Clean rooms and a kind owner. — Rahim, Mazar-i-Sharif\nGood breakfast, slow wifi. We drove on to Baharak next day. — Anna K., Vienna',
    );
    expect(got).toEqual(['Faizabad', 'Kokcha']);
  });
  it('leaves a Dari comments box «دیدگاه‌ها (۲)» and its lines out', () => {
    const got = namesOf(
      'نرخ آرد در کشم بالا رفت',
      'نانوایان کشم روز شنبه پس از بالا رفتن نرخ آرد، قیمت نان را افزایش دادند.',
      '💬 دیدگاه‌ها (۲)',
      'عبدالله از فیض‌آباد: همین حال در شهر ما هم است.\nشکریه: ممنون از گزارش تان، در جرم هم نان گران شده.',
    );
    expect(got).toEqual(['کشم']);
  });
  it("near miss: a paragraph about readers' comments is the story", () => {
    const got = namesOf(
      'Readers write back',
      "Comments on last week's story came from as far as Khwahan, where a teacher said the road was worse than we wrote.",
    );
    expect(got).toEqual(['Khwahan']);
  });
});

describe("a Dari page's read-more list and a bracketed advertisement", () => {
  it('leaves «این را هم بخوانید:» and its dashed headlines out', () => {
    const got = namesOf(
      'سفر به دره‌های ورسج',
      'ورسج در بهار سبزترین ولسوالی تخار است و راه آن از تالقان می‌گذرد.',
      '📌 این را هم بخوانید:\n- بهترین چایخانه‌های فیض‌آباد\n- راه تازهٔ کشم تا بهارک',
    );
    expect(got).toEqual(['ورسج', 'تخار', 'تالقان']);
  });
  it('leaves an advertisement in brackets out', () => {
    const got = namesOf(
      'بازار میوهٔ خان‌آباد',
      'بازار میوهٔ خان‌آباد این هفته پر از انگور بود.',
      '[آگهی – پرواز روزانهٔ کابل–مزار شریف با کمترین کرایه]',
    );
    expect(got).toEqual(['خان‌آباد']);
  });
  it('near miss: a bracketed insertion inside a story sentence stays the story', () => {
    const got = namesOf('Ferry resumes', 'The ferry [at Imam Sahib] runs again, the district chief said.');
    expect(got).toEqual(['Imam Sahib']);
  });
});

describe("an outlet's name that holds a place's name", () => {
  it('reads "Takhar Today" and "Baghlan News" as outlets, not places', () => {
    const got = namesOf(
      'Wheat price falls',
      'The price of wheat fell in Faizabad this week, traders told Takhar Today on Sunday.',
      'A miller, Gul Ahmad, said in an interview with Baghlan News that flour from Kazakhstan had reached Khanabad.',
    );
    expect(got).toEqual(['Faizabad', 'Kazakhstan', 'Khanabad']);
  });
  it("reads «بغلان نیوز» with its date in a notice's top line as the outlet", () => {
    const got = namesOf(
      'اطلاعیهٔ شاروالی',
      'شاروالی بازار میوه را منتقل کرد؛ متن کامل اطلاعیه بغلان نیوز – ۲ جدی ۱۴۰۵ – ۰۹:۱۵ شاروالی پلخمری اعلام کرد که بازار میوه از شنبه به محل تازه منتقل می‌شود.',
    );
    expect(got).toEqual(['پلخمری']);
  });
  it('near miss: "Kunduz today" in lower case is the place', () => {
    const got = namesOf('Calm returns', 'Shops in Kunduz today opened for the first time since the flood.');
    expect(got).toEqual(['Kunduz']);
  });
});

describe("a correction of an earlier piece and a review's facts box", () => {
  it("leaves a correction of last issue's story out", () => {
    const got = namesOf(
      'Week in the courts',
      'A court in Pul-e-Khumri jailed two men for fuel smuggling on Tuesday.',
      'Correction: In our previous issue we said the Khanabad bridge reopened in May. It reopened in June.',
    );
    expect(got).toEqual(['Pul-e-Khumri']);
  });
  it('leaves a Dari correction of the last issue out', () => {
    const got = namesOf(
      'خبرهای هفته',
      'محکمهٔ تالقان روز سه‌شنبه دو قاچاقبر تیل را زندانی کرد.',
      'اصلاحیه: در شمارهٔ گذشته نوشته بودیم که پل خان‌آباد در ماه ثور باز شد؛ این پل در ماه جوزا باز شد.',
    );
    expect(got).toEqual(['تالقان']);
  });
  it('near miss: a correction of this article keeps its places', () => {
    const got = namesOf(
      'Bridge reopens',
      'The bridge reopened on Monday.',
      'Correction: An earlier version of this article said the bridge is in Khanabad. It is in Imam Sahib.',
    );
    expect(got).toEqual(['Khanabad', 'Imam Sahib']);
  });
  it("leaves a book review's facts line out", () => {
    const got = namesOf(
      'A river remembered',
      'Publisher: Amu Books | Country: Tajikistan | Pages: 212 | Price: 450 afghanis',
      "Salima Noori's first novel follows the ferrymen of Imam Sahib through one hard winter.",
    );
    expect(got).toEqual(['Imam Sahib']);
  });
  it("leaves a Dari film's facts line out", () => {
    const got = namesOf(
      'فلمی دربارهٔ کوچی‌ها',
      'کارگردان: نرگس رحیمی | کشور: افغانستان، ایران | مدت: ۷۲ دقیقه',
      'این فلم زندگی یک خانوادهٔ کوچی را در دشت‌های بغلان نشان می‌دهد.',
    );
    expect(got).toEqual(['بغلان']);
  });
  it("near miss: a line of labelled figures without a work's labels stays the story", () => {
    const got = namesOf(
      'Prices this week',
      'Wheat in Kunduz: 30 afghanis | Rice in Taloqan: 95 afghanis | Oil in Faizabad: 140 afghanis',
    );
    expect(got).toEqual(['Kunduz', 'Taloqan', 'Faizabad']);
  });
});

describe("a column's write-in box and its next-issue teaser", () => {
  it('leaves "Send your questions to …" and "Next week: …" out', () => {
    const got = namesOf(
      'Ask the vet',
      'Q: My cow in Archi stopped eating after the first snow. What should I do?',
      'A: Give her warm water and dry fodder, and call a vet if she is still off her food in two days.',
      'Send your questions to Ask the Vet, Amu Weekly, Taloqan. We answer a few each week.',
      'Next week: ticks on goats, and a letter from Warsaj about a lame donkey.',
    );
    expect(got).toEqual(['Archi']);
  });
  it('leaves a Dari write-in line and «هفتهٔ آینده:» out', () => {
    const got = namesOf(
      'پرسش‌های دهقانان',
      'پرسش: باغ انار ما در خان‌آباد امسال کم میوه داد. چه کنیم؟',
      'پاسخ: درختان را در زمستان هرس کنید و آب‌یاری را در تابستان منظم نگه دارید.',
      'سوال‌های خود را به دفتر هفته‌نامهٔ دهقان در کندز بفرستید.',
      'هفتهٔ آینده: آفت‌های تاک و پرسشی از اشکمش.',
    );
    expect(got).toEqual(['خان‌آباد']);
  });
  it('near miss: a story sentence about writing to an office is the story', () => {
    const got = namesOf(
      'Farmers petition the governor',
      'The farmers wrote to the governor of Baghlan last month asking for seed for Nahrin.',
    );
    expect(got).toEqual(['Baghlan', 'Nahrin']);
  });
});

describe('review near misses: the same furniture words as the story’s own text', () => {
  it('reads a timeline’s "Next week:" line, English and Dari', () => {
    expect(
      namesOf(
        'Floods close the road',
        'Floodwater cut the main road on Sunday.',
        'Monday: engineers survey the damage in Rustaq.\nNext week: the council meets in Taloqan to vote on repair money.',
      ),
    ).toEqual(['Rustaq', 'Taloqan']);
    expect(
      namesOf(
        'سیلاب در تخار',
        'فردا: والی از ولسوالی رستاق دیدن می‌کند.\nهفتهٔ آینده: شورای ولایتی در تالقان نشست دارد.',
      ),
    ).toEqual(['رستاق', 'تالقان']);
  });
  it('reads a route box and a memo header a story quotes: no mail client’s mark in them', () => {
    expect(
      namesOf(
        'Bus guide',
        'Getting there',
        'From: Kabul\nTo: Taloqan\nFare: 1,200 afghanis',
        'The bus reaches Kunduz by noon.',
      ),
    ).toEqual(['Taloqan', 'Kunduz']);
    expect(
      namesOf(
        'Leaked memo',
        'The memo, seen by this newspaper, reads:',
        "From: Governor's office\nTo: Ministry of Rural Rehabilitation\nSubject: Flooding in Rustaq",
        'It asks for 40 tonnes of flour.',
      ),
    ).toEqual(['Rustaq']);
  });
  it('reads a Markdown "## Reviews" subhead and the section under it', () => {
    expect(
      namesOf(
        'Where to stay',
        '## Reviews',
        'Our critic visited three new guesthouses in Faizabad and liked the one by the river best.',
      ),
    ).toEqual(['Faizabad']);
  });
  it('reads a correction of this story and a line on an earlier meeting', () => {
    expect(
      namesOf(
        'Council',
        'The council met on Sunday.',
        'Correction: In our earlier version of this story the meeting in Taloqan was dated wrongly.',
      ),
    ).toEqual(['Taloqan']);
    expect(
      namesOf(
        'Council',
        'The vote was close.',
        "Clarification: In last week's meeting the council of Rustaq agreed the budget.",
      ),
    ).toEqual(['Rustaq']);
  });
  it('reads a story line that opens on "Write to" or a Dari «نامه‌های خود را به …» without asking readers', () => {
    expect(
      namesOf(
        'Floods',
        'Write to the governor, the elders of Rustaq told families whose houses flooded, and he will answer.',
      ),
    ).toEqual(['Rustaq']);
    expect(
      namesOf(
        'شکایت باشندگان',
        'نامه‌های خود را به دفتر والی بدخشان سپردیم، اما تا هنوز پاسخی نگرفته‌ایم؛ این را یک باشندهٔ بهارک می‌گوید.',
      ),
    ).toEqual(['بدخشان', 'بهارک']);
  });
  it('reads a town before "Today" in a title-case head, and still leaves "told Kunduz Today" out', () => {
    expect(
      namesOf(
        'Live: floods in the north',
        '09:40 — Water Rises in Taloqan Today as Canal Breaks',
        'Farmers told Kunduz Today that the harvest was poor.',
      ),
    ).toEqual(['Taloqan']);
  });
});
