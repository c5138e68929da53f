import { describe, expect, it } from 'vitest';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';

// An unnamed source that opens a sentence and speaks in it ("A boy of about twelve, …, said he had come to see
// Name") is the "he" of the quotation after it: the name inside what the source said is no subject.

describe('an unnamed source described by a phrase, and a name in what it said', () => {
  it('gives the "he" or "she" after the sentence to the source, not to the name in its reported clause', () => {
    const story = ingestUnderHeadline([
      'Sardar Wali Hotak, 50, has won the valley race six times.',
      'A girl of about ten, standing by the gate with her sisters, said she had walked two hours to watch Hotak. "I want to ride like him one day," she said.',
      'An old shepherd leaning on his stick told us he had seen Hotak fall twice in one season. "He always gets back on the horse," he said.',
    ]);
    expect(speakerOf(story, 'I want to ride like him')).toBe('A girl of about ten');
    expect(speakerOf(story, 'always gets back on')).toBe('An old shepherd leaning on his stick');
  });

  it('reads a boy, a teenager or a visitor as a source like any role', () => {
    const story = ingestUnderHeadline([
      'The fair opened on Friday.',
      'A teenager from the next village said he came for the wrestling. "Nobody here can throw my uncle," he said.',
    ]);
    expect(speakerOf(story, 'Nobody here can throw')).toBe('A teenager from the next village');
  });

  it('near miss: a pronoun after the named person’s own sentence is that person’s', () => {
    const story = ingestUnderHeadline([
      'Sardar Wali Hotak, 50, has won the valley race six times.',
      'A boy by the wall said he had come to see Hotak. Hotak rode over and lifted him onto the saddle. "This one will ride before he can read," he said.',
    ]);
    expect(speakerOf(story, 'This one will ride')).toBe('Sardar Wali Hotak');
  });
});
