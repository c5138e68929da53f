import { describe, expect, it } from 'vitest';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';

// A relative or a pupil retells, inside their own quotation, what the person the piece is about used to say:
// '"He was strict. He used to tell us, 'Ink is cheaper than regret.'" said his son'. The quotation names no one,
// so its "he" is the person the narration last named before it (of that gender), not the one retelling it.

describe('an inner quotation after "he used to tell us" in a quotation that names no one', () => {
  it("an obituary: the son retells his father's saying — the saying is the father's", () => {
    const story = ingestUnderHeadline([
      'Ustad Gul Rahman Amiri, who taught chemistry in Kunduz for thirty-five years, died on Monday. He was 79.',
      '"He was strict, but never unkind. He used to tell us, \'Ink is cheaper than regret, so write everything down.\'" said his son, Wahid Amiri, an engineer in Mazar.',
    ]);
    expect(speakerOf(story, 'Ink is cheaper than regret')).toBe('Ustad Gul Rahman Amiri');
    expect(speakerOf(story, 'He was strict')).toBe('Wahid Amiri');
  });

  it("a profile of a woman: \"She would tell the girls, '…'\" in a former pupil's quotation", () => {
    const story = ingestUnderHeadline([
      "Bibi Shirin Nawabi, who opened the first girls' class in the valley in 1972, kept it open through three wars.",
      'A former pupil, Laila Hotak, now a doctor, remembered her. "She would tell the girls, \'A closed book is a closed door, open both.\' We believed her," Hotak said.',
    ]);
    expect(speakerOf(story, 'A closed book is a closed door')).toBe('Bibi Shirin Nawabi');
  });

  it('near miss: the only person of that gender named before is the one retelling it: no other speaker is guessed', () => {
    const story = ingestUnderHeadline([
      'Karim Jawad has sold maps in the old bazaar for twenty years.',
      '"When I started, he used to tell everyone, \'Maps are for people who are lost,\' and laughed at me," Karim Jawad said.',
    ]);
    expect(story.quotes).toHaveLength(1);
    expect(speakerOf(story, 'Maps are for people who are lost')).toBe('Karim Jawad');
  });

  it('near miss: a quotation that speaks of "the ferryman" before "he shouted" gives his words to no one named', () => {
    const story = ingestUnderHeadline([
      'Qasim Noori, a district official, visited the crossing a day later. "We will buy a second boat," he said.',
      'Rahmatullah Safi, a teacher from the village, was on the boat that morning.',
      '"The ferryman saw the water rising and he shouted, \'Everyone to the left side, now,\' and we all moved at once," Safi said.',
    ]);
    expect(speakerOf(story, 'Everyone to the left side')).not.toBe('Qasim Noori');
  });
  it('near miss: a quotation that speaks of "my uncle" before "he used to say" gives the saying to the uncle', () => {
    const story = ingestUnderHeadline([
      'Sardar Wali Noorzai, the district police chief, said patrols on the pass would double in spring.',
      '"My uncle crossed that pass with mules for twenty winters. He used to say, \'The mountain forgives nothing twice.\'" said Malika Sharifi, a nurse in Keshem.',
    ]);
    expect(speakerOf(story, 'The mountain forgives nothing')).not.toBe('Sardar Wali Noorzai');
    expect(speakerOf(story, 'The mountain forgives nothing')).toBe("Malika Sharifi's uncle");
  });

  it('near miss: "an old driver" spoken of before "he told us" is no one the narration named', () => {
    const story = ingestUnderHeadline([
      'Habib Sadiqi, who heads the water department, inspected the canal on Tuesday. "Work starts in May," he said.',
      '"An old driver stopped for us by a spring. He told us, \'The water moved east last year,\' and he was right," said Nilofar Azimi, a surveyor.',
    ]);
    expect(speakerOf(story, 'The water moved east')).not.toBe('Habib Sadiqi');
  });
});
