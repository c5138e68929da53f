import { describe, expect, it } from 'vitest';
import { roleQualifiers } from './role-holders.ts';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';

describe('roleQualifiers', () => {
  it('reads the English modifiers before the head, without the determiner or an owner', () => {
    expect(roleQualifiers('The field officer', 'officer')).toEqual(['field']);
    expect(roleQualifiers("The mill's engineer", 'engineer')).toEqual([]);
  });
  it('reads the Dari words after the head up to a preposition', () => {
    expect(roleQualifiers('سخنگوی قوماندانی امنیه در پاسخ به این پرسش', 'سخنگوی')).toEqual([
      'قوماندانی',
      'امنیه',
    ]);
  });
});

describe('giveRolesToQuotedHolders', () => {
  it('gives "the inspector said" to the inspector quoted two paragraphs up', () => {
    const story = ingestUnderHeadline([
      'Inspector Hamidullah Zazai walked us along the cracked wall. "This was poured in winter," he said.',
      'The school has 600 pupils and two shifts.',
      '"Nobody should sit under that beam," the inspector said.',
    ]);
    expect(speakerOf(story, 'Nobody should sit under')).toContain('Hamidullah Zazai');
  });
});
