import { describe, expect, it } from 'vitest';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';

// A first-person writer (a blog, an appeal, a column) names a relative once in apposition — "my aunt, Name," —
// and later calls them only "my aunt": that is the named person, wherever the writer quotes them.

describe("the writer's own relative, named once", () => {
  it('"my aunt, Name," then "My aunt said: "…"" paragraphs later is Name', () => {
    const story = ingestUnderHeadline([
      'I grew up in a house by the canal, where my aunt, Bibi Zarifa Amani, ran a small bakery for thirty years.',
      'The flood took the oven in May. My aunt said on the phone: "We will bake again when the bricks are dry, not before."',
    ]);
    expect(speakerOf(story, 'bake again')).toBe('Bibi Zarifa Amani');
  });

  it('"My cousin wrote back this week: "…"": a colon after a sentence opening on the relative', () => {
    const story = ingestUnderHeadline([
      'The clinic in our valley is run by our cousin, Dr Nasrin Hotaki, who trained in Mazar.',
      'Our cousin wrote back this week: "The new fridge works, and the vaccines are safe for the whole winter."',
    ]);
    expect(speakerOf(story, 'The new fridge works')).toBe('Dr Nasrin Hotaki');
  });

  it('near miss: "my uncle" never named stays a nameless source, and "his uncle" is not the writer\'s', () => {
    const story = ingestUnderHeadline([
      'My uncle runs the mill above the village. My uncle said: "The stones are older than the road."',
      'My friend Karim Sadat came with me; his uncle, Abdul Basir Sadat, keeps bees. "The bees left early this year," Karim Sadat said.',
    ]);
    expect(speakerOf(story, 'The stones are older')).toBe('My uncle');
    expect(speakerOf(story, 'The bees left')).toBe('Karim Sadat');
  });
});
