// Round 21b: press conferences, live blogs and situation reports — reporters' questions under their names,
// detainees and other unnamed people speaking in their own paragraph, a second official answering, timestamped
// entries that quote the person their entry introduces.
import { describe, expect, it } from 'vitest';
import { hasQuote, ingestUnderHeadline, speakerOf } from './test-helpers.ts';

describe('fresh: press-conference questions and answers', () => {
  it('gives a quoted question to the reporter named before it with the outlet in brackets', () => {
    const story = ingestUnderHeadline([
      'The governor’s spokesman, Mawlawi Zabihullah Faizi, opened the briefing by reading the casualty figures.',
      'Nadia Sahar (Ariana Radio): "When will the families receive the compensation?"',
      'Faizi: "The lists go to Kabul this week. The money follows the lists."',
    ]);
    expect(speakerOf(story, 'When will the families receive')).toBe('Nadia Sahar');
    expect(speakerOf(story, 'The lists go to Kabul')).toBe('Mawlawi Zabihullah Faizi');
  });

  it('gives a second official’s labelled answer to him, not to the first spokesman', () => {
    const story = ingestUnderHeadline([
      'The police spokesman, Abdul Khaliq Saeedi, said the checkpoint had been moved.',
      'The deputy governor, Haji Nasrullah Barakzai, sat beside him and answered the questions on the budget.',
      'Mirwais Hotak (Kunduz Times): "Is the money for the road already spent?"',
      'Barakzai: "Half of it. The rest waits for the spring."',
    ]);
    expect(speakerOf(story, 'Half of it')).toBe('Haji Nasrullah Barakzai');
    expect(speakerOf(story, 'Is the money for the road')).toBe('Mirwais Hotak');
  });
});

describe('near-misses: a place or a heading before quoted words is no speaker', () => {
  it('leaves a quotation after a place label to no one named Kunduz', () => {
    const story = ingestUnderHeadline([
      'Residents across the north sent messages through the evening.',
      'Kunduz: "No power since the morning prayer, and the bakery is shut."',
    ]);
    expect(speakerOf(story, 'No power since the morning')).not.toBe('Kunduz');
  });

  // Round 26b: a desk's note ("Editor’s note: …") is furniture, so no one is read as its speaker.
  it('leaves a quotation after an editor’s note to no one', () => {
    const story = ingestUnderHeadline([
      'Residents across the north sent messages through the evening.',
      'Editor’s note: "Some messages have been shortened."',
    ]);
    expect(speakerOf(story, 'Some messages have been shortened')).toBeNull();
  });
});

describe('fresh: a reporter asking after the quotation', () => {
  it('gives a question to the reporter who "asked", not to the official answering', () => {
    const story = ingestUnderHeadline([
      'The provincial health director, Dr Rahmatullah Sultani, said the clinic would reopen on Sunday.',
      '"Who will pay the nurses?" asked Karima Sadat of Tolo News. "The ministry," Sultani replied.',
    ]);
    expect(speakerOf(story, 'Who will pay the nurses')).toBe('Karima Sadat');
    expect(speakerOf(story, 'The ministry')).toBe('Dr Rahmatullah Sultani');
  });
});

describe('fresh: a person "of" an outlet or a place is the person', () => {
  it('drops the outlet and the place after a full name, and keeps a ministry whole', () => {
    const story = ingestUnderHeadline([
      'The road to the border crossing reopened on Tuesday after three days of snow.',
      '"We lost two trucks of apples," said Nasir Jalali of the Kunduz Traders’ Union.',
      '"Is the pass safe now?" asked Malalai Rasa of Ariana News.',
      '"The pass is open for trucks under ten tonnes," said the Ministry of Public Works.',
    ]);
    expect(speakerOf(story, 'We lost two trucks')).toBe('Nasir Jalali');
    expect(speakerOf(story, 'Is the pass safe now')).toBe('Malalai Rasa');
    expect(speakerOf(story, 'The pass is open')).not.toBe('Ministry');
  });
});

describe('fresh: people shown to the press speak for themselves', () => {
  it('gives a detainee’s words to the detainee, not to the spokesman quoted above', () => {
    const story = ingestUnderHeadline([
      '"These men robbed shops on the main road for a year," said Sayed Jalal Hashimi, a spokesman for the provincial police.',
      'One of the arrested men, who said he was 30, told reporters he had only driven the car. "They gave me fuel money and nothing more," he said.',
    ]);
    expect(speakerOf(story, 'They gave me fuel money')).not.toBe('Sayed Jalal Hashimi');
  });

  it('gives the words of "another man" to him, not to the official', () => {
    const story = ingestUnderHeadline([
      'The spokesman, Qari Abdul Wali Noori, said eight suspects had been held. "The investigation continues," Noori said.',
      'Another suspect, younger, said he had been threatened. "I did what they told me," he said.',
    ]);
    expect(speakerOf(story, 'I did what they told me')).toBe('Another suspect');
  });

  it('gives the words of "one of the prisoners" and "another man, older" to each of them', () => {
    const story = ingestUnderHeadline([
      'Colonel Gul Rahman Ahmadzai, the district police chief, showed the seized opium to journalists. "This is a month of their work," Ahmadzai said.',
      'One of the prisoners said he had carried the bags over the pass on a donkey. "I was paid for the donkey, not for me," he said.',
      'Another man, older, said he was only the cook. "I made rice for them. That is all," he told reporters.',
    ]);
    expect(speakerOf(story, 'I was paid for the donkey')).toBe('One of the prisoners');
    expect(speakerOf(story, 'I made rice for them')).toBe('Another man');
  });

  it('near-miss: "another man was arrested" names no one who speaks', () => {
    const story = ingestUnderHeadline([
      'The spokesman, Qari Abdul Wali Noori, said eight suspects had been held in Taloqan.',
      'Another man was arrested near the river on Sunday. "We expect more arrests this week," he said.',
    ]);
    expect(speakerOf(story, 'We expect more arrests')).toBe('Qari Abdul Wali Noori');
  });

  it('still gives a pronoun quote to the official when he is the one being described', () => {
    const story = ingestUnderHeadline([
      'The spokesman, Qari Abdul Wali Noori, said eight suspects had been held.',
      'He added that two more were sought. "They will not get far," he said.',
    ]);
    expect(speakerOf(story, 'They will not get far')).toBe('Qari Abdul Wali Noori');
  });
});

describe('fresh: live-blog entries', () => {
  it('gives an entry’s quote to the official its first line names', () => {
    const story = ingestUnderHeadline([
      '09:15',
      'Schools closed in the provincial capital',
      'The head of the education department, Mohammad Hanif Rasuli, says classes are cancelled until Saturday.',
      '"The roads are ice and the buses cannot run," he said by phone.',
      'Posted by Laila Hakimi',
    ]);
    expect(speakerOf(story, 'The roads are ice')).toBe('Mohammad Hanif Rasuli');
  });

  it('gives a statement’s words to the agency that issued it', () => {
    const story = ingestUnderHeadline([
      '16:30',
      'WFP warns of shortages',
      'In a statement, the UN food agency said it had moved flour to the three worst-hit districts.',
      '"Stocks will last two weeks if the roads stay closed," the statement said. WFP said more trucks were waiting at the border.',
      'Posted by Laila Hakimi',
    ]);
    expect(hasQuote(story, 'Stocks will last two weeks')).toBe(true);
    expect(speakerOf(story, 'Stocks will last two weeks')).not.toBeNull();
  });
});

describe('review near-misses: ordinary copy the round’s rules must leave alone', () => {
  it('ends a label’s turn at a sentence of the reporter’s own between quotations', () => {
    const story = ingestUnderHeadline([
      'The minister, Abdul Karim Rahimi, presented the budget to parliament.',
      'Rahimi: "The budget is ready." His rival was blunt: "It is a fantasy."',
    ]);
    expect(speakerOf(story, 'The budget is ready')).toBe('Abdul Karim Rahimi');
    expect(speakerOf(story, 'It is a fantasy')).not.toBe('Abdul Karim Rahimi');
  });

  it('leaves a labelled quotation to the reporting clause after it', () => {
    const story = ingestUnderHeadline([
      'The minister, Abdul Karim Rahimi, presented the budget to parliament.',
      'Rahimi: "The hall was half empty," our correspondent wrote from the session.',
    ]);
    expect(speakerOf(story, 'The hall was half empty')).not.toBe('Abdul Karim Rahimi');
  });

  it('reads a photo caption over a quotation, its place in brackets, as no person', () => {
    const story = ingestUnderHeadline([
      'Pictures from the week across the north.',
      'Eid Prayers (Kunduz): "A quiet day after a hard year."',
    ]);
    expect(speakerOf(story, 'A quiet day after a hard year')).not.toBe('Eid Prayers');
  });

  it('reads "another boy, his cousin said," as the one reported on, not as a source', () => {
    const story = ingestUnderHeadline([
      'The district chief, Haji Gul Mohammad Rasuli, said three boys were missing.',
      'Another boy, his cousin said, had drowned near the ford. "We searched all night," he said.',
    ]);
    expect(speakerOf(story, 'We searched all night')).not.toBe('Another boy');
  });

  it('reads "a detainee, according to his lawyer," as the one reported on', () => {
    const story = ingestUnderHeadline([
      'The police spokesman, Abdul Khaliq Saeedi, said eight men were held.',
      'One detainee, according to his lawyer, was beaten. "They kept him awake for days," the lawyer said.',
    ]);
    expect(speakerOf(story, 'They kept him awake')).not.toBe('One detainee');
  });

  it('keeps an office or a body "of" something whole, not a person', () => {
    const story = ingestUnderHeadline([
      'The road to the border crossing reopened on Tuesday after three days of snow.',
      '"The work is finished," said Deputy Minister of Public Works Abdul Rahman Sultani.',
      '"The court will sit again," said Chief Justice of Afghanistan Abdul Hakim Haqqani.',
      '"Trade will recover," said the Kunduz Chamber of Commerce.',
    ]);
    expect(speakerOf(story, 'The work is finished')).not.toBe('Deputy Minister');
    expect(speakerOf(story, 'The court will sit')).not.toBe('Chief Justice');
    expect(speakerOf(story, 'Trade will recover')).not.toBe('Kunduz Chamber');
  });
});
