// Round 26b: speakers in transcripts. Court, deposition and hearing transcripts ("Q." / "A." under "BY MR. X:",
// "THE COURT:", "THE WITNESS:", line numbers down the margin) and oral-history or research interview transcripts
// (turns under the narrator's initials, "Int:" / "Resp:", a header naming who is who). Fresh wordings, not set 26's.
import { describe, expect, it } from 'vitest';
import { hasQuote, ingestUnderHeadline, speakerOf } from './test-helpers.ts';

describe('fresh: court and deposition transcripts', () => {
  it('gives every "A." to the sworn witness and the rulings to the judge the caption names', () => {
    const story = ingestUnderHeadline([
      'BEFORE THE HONORABLE MARCUS T. WHITFIELD\n              UNITED STATES DISTRICT JUDGE',
      'APPEARANCES:\nFor the United States:   Laura Pemberton, Assistant U.S. Attorney\nFor the Defendant:       Owen Brightwater, Esq.',
      ' 1             THE COURT: Call your next witness, counsel.\n 2             MS. PEMBERTON: The United States calls Zabihullah Rahmani.',
      ' 3             ZABIHULLAH RAHMANI, having been first duly sworn,\n 4     testified as follows:',
      ' 5                         DIRECT EXAMINATION\n 6     BY MS. PEMBERTON:',
      ' 7     Q.  Where did you live in 2021?',
      ' 8     A.  In a rented room behind the bus station. I repaired\n 9     phones for a living.',
      '10     Q.  Who paid you for the repairs?',
      '11     A.  Mostly students. Sometimes soldiers from the base.',
      '12             MR. BRIGHTWATER: Objection, Your Honor. Leading.',
      '13             THE COURT: Sustained. Rephrase the question.',
      '14     Q.  How were you paid?',
      '15     A.  In cash, always in cash, never by card.',
    ]);
    expect(speakerOf(story, 'In a rented room behind the bus station')).toBe('Zabihullah Rahmani');
    expect(speakerOf(story, 'Mostly students')).toBe('Zabihullah Rahmani');
    expect(speakerOf(story, 'In cash, always in cash')).toBe('Zabihullah Rahmani');
    expect(speakerOf(story, 'Objection, Your Honor')).toMatch(/Brightwater/);
    expect(speakerOf(story, 'Sustained. Rephrase')).toMatch(/Whitfield/);
    expect(hasQuote(story, 'Where did you live in 2021')).toBe(false);
  });

  it('reads a deposition under "Q:" and "A:" with "EXAMINATION BY" and "THE WITNESS:"', () => {
    const story = ingestUnderHeadline([
      'DEPOSITION OF NASRIN KHALILI\nTaken on behalf of the Plaintiff',
      'APPEARANCES:\nON BEHALF OF THE PLAINTIFF: Thomas Grayling, Esq.\nON BEHALF OF THE DEFENDANT: Priya Castellano, Esq.',
      'NASRIN KHALILI, the witness herein, having been duly sworn, was examined and testified as follows:',
      'EXAMINATION BY MR. GRAYLING:',
      'Q: Ms. Khalili, when did you start at the clinic?',
      'A: In March of 2019, as a nurse on the night shift.',
      'Q: And who supervised you?',
      'A: The head nurse, and after a year the director herself.',
      'MS. CASTELLANO: Objection to form.',
      'THE WITNESS: May I look at the schedule before I answer?',
      'Q: Please do.',
      'A: Yes, the director signed every roster after April.',
    ]);
    expect(speakerOf(story, 'In March of 2019')).toBe('Nasrin Khalili');
    expect(speakerOf(story, 'The head nurse, and after a year')).toBe('Nasrin Khalili');
    expect(speakerOf(story, 'May I look at the schedule')).toBe('Nasrin Khalili');
    expect(speakerOf(story, 'the director signed every roster')).toBe('Nasrin Khalili');
    expect(speakerOf(story, 'Objection to form')).toMatch(/Castellano/);
    expect(hasQuote(story, 'when did you start at the clinic')).toBe(false);
  });

  it('follows the witness when the next one is called, and cross-examination keeps the witness answering', () => {
    const story = ingestUnderHeadline([
      'BEFORE THE HONORABLE RUTH A. DELACROIX',
      'APPEARANCES:\nFor the Government: Samuel Oyelaran\nFor the Defendant: Ines Marchetti',
      '1          MR. OYELARAN: The government calls Farida Hotaki.',
      '2          FARIDA HOTAKI, GOVERNMENT WITNESS, SWORN',
      '3     BY MR. OYELARAN:\n4     Q.   What was your job at the ministry?',
      '5     A.   I checked the stamps on the travel documents.',
      '6                    CROSS-EXAMINATION BY MS. MARCHETTI:',
      '7     Q.   You never saw my client sign anything, correct?',
      '8     A.   Correct. I only saw the stamps he brought.',
      '9          MR. OYELARAN: The government calls Jawad Sultani.',
      '10         JAWAD SULTANI, GOVERNMENT WITNESS, SWORN',
      '11    BY MR. OYELARAN:\n12    Q.   Where do you work?',
      '13    A.   At the printing house near the old market.',
    ]);
    expect(speakerOf(story, 'I checked the stamps')).toBe('Farida Hotaki');
    expect(speakerOf(story, 'I only saw the stamps he brought')).toBe('Farida Hotaki');
    expect(speakerOf(story, 'At the printing house')).toBe('Jawad Sultani');
  });

  it("gives words the witness reports to their speaker, and the interpreter's remark to the interpreter", () => {
    const story = ingestUnderHeadline([
      'BEFORE THE HONORABLE GRACE N. OKAFOR',
      'APPEARANCES:\nFor the Government:   Helen Marsh\nFor the Defendant:    Victor Lindqvist\nDari Interpreter:     Shabnam Azimi',
      '1             MS. MARSH: We call Abdul Rauf Sediqi.',
      '2             ABDUL RAUF SEDIQI, GOVERNMENT WITNESS, SWORN',
      '3     BY MS. MARSH:\n4     Q.  What did the driver tell you?',
      '5     A.  He told me, "Nobody checks the trucks after dark." I did\n6     not believe him at first.',
      '7             THE INTERPRETER: Your Honor, the interpreter needs a\n8     moment to confirm a word with the witness.',
      '9     A.  I said to him, "Then I will not drive at night."',
    ]);
    expect(speakerOf(story, 'I did')).toBe('Abdul Rauf Sediqi');
    expect(speakerOf(story, 'Then I will not drive at night')).toBe('Abdul Rauf Sediqi');
    expect(speakerOf(story, 'the interpreter needs a')).toMatch(/Shabnam Azimi|Interpreter/i);
  });

  it('near miss: a court report in prose is not read as a transcript', () => {
    const story = ingestUnderHeadline([
      'ALEXANDRIA, Va. — A farmer from northern Afghanistan told jurors on Tuesday that he paid a broker for a forged letter.',
      'Asked by prosecutor Laura Pemberton why he paid, Zabihullah Rahmani said: "Everyone was paying."',
      'Defence lawyer Owen Brightwater said the witness "has every reason to say what the government wants."',
    ]);
    expect(speakerOf(story, 'Everyone was paying')).toBe('Zabihullah Rahmani');
    expect(speakerOf(story, 'has every reason to say')).toBe('Owen Brightwater');
  });
});

describe('fresh: oral-history and research interview transcripts', () => {
  it("gives turns under the narrator's initials to the narrator the header names", () => {
    const story = ingestUnderHeadline([
      'KOKCHA VALLEY MEMORY PROJECT\nNarrator: Bibi Zainab Haidari\nInterviewer: Tamim Qasemi (TQ)\nDuration: 0:48:10',
      '[00:00:05] TQ: Bibi jan, where did your family come from?',
      '[00:00:20] BZH: From the upper valley, from a village with forty houses. My grandfather kept sheep there.',
      '[00:02:41] TQ: And the school?',
      '[00:02:47] BZH: There was no school for girls. My brother taught me letters at night with a lamp.',
      '[00:05:12] TQ: What do you remember of the winters?',
      '[00:05:18] BZH: Snow to the roof. [laughs] We went out through the window for a month.',
    ]);
    expect(speakerOf(story, 'From the upper valley')).toBe('Bibi Zainab Haidari');
    expect(speakerOf(story, 'There was no school for girls')).toBe('Bibi Zainab Haidari');
    expect(speakerOf(story, 'We went out through the window')).toBe('Bibi Zainab Haidari');
    expect(hasQuote(story, 'where did your family come from')).toBe(false);
  });

  it('reads initials given in brackets after a full name, without timecodes', () => {
    const story = ingestUnderHeadline([
      'Interview transcript. Interviewee: Mohammad Yasin Rahimi (MYR), retired teacher. Interviewer: Hasina Wardak (HW).',
      'HW: When did you begin teaching?',
      'MYR: In 1974, in a school with no windows. We taught in coats all winter.',
      'HW: Did the students come every day?',
      'MYR: The boys came when there was no harvest. In autumn the class was half empty.',
    ]);
    expect(speakerOf(story, 'In 1974, in a school with no windows')).toBe('Mohammad Yasin Rahimi');
    expect(speakerOf(story, 'The boys came when there was no harvest')).toBe('Mohammad Yasin Rahimi');
  });

  it('reads "Int:" and "Resp:" turns with the respondent the header names', () => {
    const story = ingestUnderHeadline([
      'Respondent: Rahima Sultani, 52, community midwife\nInterviewer: field team B\nLocation: district health post',
      'Int: How many births did you attend last year?',
      'Resp: About ninety. Most at night, most without electricity.',
      'Int: What do you need most?',
      'Resp: A torch that works and a car that comes when I call.',
    ]);
    expect(speakerOf(story, 'About ninety')).toBe('Rahima Sultani');
    expect(speakerOf(story, 'A torch that works')).toBe('Rahima Sultani');
    expect(hasQuote(story, 'How many births')).toBe(false);
  });

  it('gives words the narrator reports from a named relative to that relative', () => {
    const story = ingestUnderHeadline([
      'Narrator: Haji Qudratullah Amani\nInterviewer: Nilofar Jami (NJ)',
      '[00:01:00] NJ: Who taught you the trade?',
      '[00:01:06] HQA: My uncle, Mirza Aslam, had the only forge in the bazaar. He used to tell me, "Iron forgives nothing, so be patient with it." I worked beside him for nine years.',
      '[00:03:30] NJ: And after he died?',
      '[00:03:36] HQA: I kept the forge. My sons did not want it.',
    ]);
    expect(speakerOf(story, 'Iron forgives nothing')).toBe('Mirza Aslam');
    expect(speakerOf(story, 'I worked beside him for nine years')).toBe('Haji Qudratullah Amani');
    expect(speakerOf(story, 'I kept the forge')).toBe('Haji Qudratullah Amani');
  });

  it('reads initials of a narrator named with no title', () => {
    const story = ingestUnderHeadline([
      'Narrator: Gul Makai Osmani\nInterviewer: Farhad Noori (FN)',
      '[00:00:10] FN: Where were you born?',
      '[00:00:15] GMO: In the house by the mill.',
      '[00:00:40] FN: And your father?',
      '[00:00:44] GMO: He was a miller, like his father.',
    ]);
    expect(speakerOf(story, 'In the house by the mill')).toBe('Gul Makai Osmani');
    expect(speakerOf(story, 'He was a miller')).toBe('Gul Makai Osmani');
  });

  it("near miss: a podcast's surname labels keep their people, and a host's initials are no narrator", () => {
    const story = ingestUnderHeadline([
      'This week Sahar talks to the beekeeper Abdul Wahab Noorzai about a hard spring.',
      '[00:00:10] SAHAR: How many hives did you lose?',
      '[00:00:16] NOORZAI: Eleven of forty. The cold came back in April.',
      '[00:01:02] SAHAR: Will you buy new queens?',
      '[00:01:09] NOORZAI: If the price falls. Now one queen costs as much as a sheep.',
    ]);
    expect(speakerOf(story, 'Eleven of forty')).toBe('Abdul Wahab Noorzai');
    expect(speakerOf(story, 'one queen costs as much')).toBe('Abdul Wahab Noorzai');
    expect(hasQuote(story, 'How many hives')).toBe(false);
  });

  it('gives words the narrator reports to the relative, the group member or the man named before', () => {
    const story = ingestUnderHeadline([
      'Narrator: Bibi Sakina Rahimi\nInterviewer: Parwiz Jalali (PJ)',
      '[00:00:20] PJ: Who raised you?',
      '[00:00:26] BSR: My grandfather, Mullah Yaqub Hamidi, who kept the mosque. My grandfather, Mullah Yaqub Hamidi, would warn us, "A girl who reads is a lamp in the house." Everyone laughed at him then.',
      '[00:02:10] PJ: And the war years?',
      '[00:02:15] BSR: The soldiers stopped our bus at the bridge. One of them shouted at the driver, "Everybody off the bus, and hands where we can see them." We stood in the snow for an hour.',
      '[00:04:00] PJ: Did your grandfather see it?',
      '[00:04:06] BSR: No. He was already ill. He only told me, "Keep the books dry, whatever happens."',
    ]);
    expect(speakerOf(story, 'A girl who reads is a lamp')).toBe('Mullah Yaqub Hamidi');
    expect(speakerOf(story, 'Everybody off the bus')).toMatch(/soldiers/);
    expect(speakerOf(story, 'Keep the books dry')).toBe('Mullah Yaqub Hamidi');
    expect(speakerOf(story, 'We stood in the snow')).toBe('Bibi Sakina Rahimi');
  });

  it('near miss: "My father was a miller, and people said" gives the words to no father', () => {
    const story = ingestUnderHeadline([
      'Narrator: Abdul Samad Kohistani\nInterviewer: Laila Hashimi (LH)',
      '[00:00:10] LH: What was your father?',
      '[00:00:14] ASK: My father was a miller, and people in the bazaar said, "His flour is the cleanest in the valley." I believed them.',
      '[00:00:50] LH: Did you work with him?',
      '[00:00:55] ASK: Every summer, until I was twelve.',
    ]);
    expect(speakerOf(story, 'His flour is the cleanest') ?? '').not.toMatch(/father/i);
    expect(speakerOf(story, 'Every summer, until I was twelve')).toBe('Abdul Samad Kohistani');
  });

  it('reads an anonymous "Interviewee (F, 45):" and full names in capitals (already read by the start engine)', () => {
    const survey = ingestUnderHeadline([
      'Household interview 14, recorded in October.',
      'Interviewer: How many people live in this house?',
      "Interviewee (F, 45): Eleven, with my son's children. Two rooms for all of us.",
      'Interviewer: Did you borrow money this year?',
      'Interviewee (F, 45): Yes, from the shopkeeper, for flour and for the doctor.',
    ]);
    expect(speakerOf(survey, 'Eleven, with my son')).toMatch(/interviewee/i);
    expect(hasQuote(survey, 'How many people live')).toBe(false);
    const focus = ingestUnderHeadline([
      'Transcript, focus interview 3. Participant: Gul Ahmad Safi, 38, shopkeeper. Interviewer: Hamid Zaki.',
      'INTERVIEWER: When did the prices start to rise?',
      'GUL AHMAD SAFI: After the border closed. Flour doubled in one week.',
      'INTERVIEWER: And your customers?',
      'GUL AHMAD SAFI: They buy on credit now. I write their names in a notebook.',
    ]);
    expect(speakerOf(focus, 'Flour doubled in one week')).toBe('Gul Ahmad Safi');
    expect(speakerOf(focus, 'They buy on credit now')).toBe('Gul Ahmad Safi');
  });

  it('near miss: a sign "which said" inside a turn is nobody\'s words, not the man named before', () => {
    const story = ingestUnderHeadline([
      'Radio Kilid spoke to the truck driver Abdul Qadir Noorzai. The governor, Mohammad Karimi, promised last week that the tunnel would stay open.',
      'KILID: What did you see at the tunnel?',
      'NOORZAI: He promised a lot. He pointed us to the banner over the gate, which said, "Drive slowly, the road is ice."',
      'KILID: And the checkpoint?',
      'NOORZAI: He waved at the old notice board that read, "No trucks after dark."',
    ]);
    expect(speakerOf(story, 'Drive slowly, the road is ice')).toBeNull();
    expect(speakerOf(story, 'No trucks after dark')).toBeNull();
  });

  it('near miss: "one of them" is one of a group of people, never of the mountains or the roads', () => {
    const story = ingestUnderHeadline([
      'Radio Kilid spoke to the truck driver Abdul Qadir Noorzai about the winter on the Salang pass.',
      'KILID: Were there police?',
      'NOORZAI: We drove two days through the mountains to reach the checkpoint and the police. One of them said, "Nobody passes tonight."',
      'KILID: And the next morning?',
      'NOORZAI: We saw the rivers frozen and the police gone. One of them had left a note: "Road closed until Friday."',
    ]);
    expect(speakerOf(story, 'Nobody passes tonight') ?? '').not.toMatch(/mountains/);
    expect(speakerOf(story, 'Road closed until Friday') ?? '').not.toMatch(/rivers/);
  });

  it('near miss: a broadcast\'s "P:" is the presenter, and the header\'s "Interviewee: Name" line is no turn', () => {
    const story = ingestUnderHeadline([
      'Interviewee: Farid Ahmadzai, road engineer. Presenter: Homa Sultani.',
      '[00:00:05] P: Good morning and welcome. Today the Wakhan road, and the man who builds it.',
      '[00:00:20] FA: Thank you. The road reaches Sarhad now, after four summers of work.',
      '[00:00:41] P: Listeners in Ishkashim tell us the trucks already come twice a week. Good news for the bazaar.',
      '[00:01:02] FA: It is. Flour costs less in Khandud than last year.',
    ]);
    expect(speakerOf(story, 'Good morning and welcome') ?? '').not.toBe('Farid Ahmadzai');
    expect(speakerOf(story, 'the trucks already come') ?? '').not.toBe('Farid Ahmadzai');
    expect(hasQuote(story, 'Farid Ahmadzai, road engineer')).toBe(false);
  });
});
