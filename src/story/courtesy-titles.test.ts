import { describe, expect, it } from 'vitest';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';

describe('a courtesy title makes the name after it a person, wherever it stands', () => {
  it('finds "Mr Name Name, my teacher." in a sentence without a verb, for the "he" after it', () => {
    const story = ingestUnderHeadline([
      'Who taught you?',
      'Mr Davlatbek Shodmonov, my first science teacher. He carried a radio to class, and before every test he would tell us, grinning: "A wrong answer is a step, a blank page is a wall."',
      'Mrs Gulnoza Pirova, our music teacher. She kept the only piano in the valley, and she often said: "Music starts when the wind stops."',
    ]);
    expect(speakerOf(story, 'A wrong answer is a step')).toBe('Mr Davlatbek Shodmonov');
    expect(speakerOf(story, 'Music starts when')).toBe('Mrs Gulnoza Pirova');
  });

  it('reads no person in a title without a capitalised name after it', () => {
    const story = ingestUnderHeadline([
      'Clinic notes',
      'The clinic has no dr on duty at night. A nurse there said: "We call the district hospital when we must."',
    ]);
    expect(speakerOf(story, 'We call the district')).toBe('A nurse');
  });
});
