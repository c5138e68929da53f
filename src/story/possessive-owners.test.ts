import { describe, expect, it } from 'vitest';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';

// A person introduced with a description that hangs on someone else's name — "Karim, 40, Haji Wahid's eldest son,"
// — is who a "he" after the description means: the owner of the possessive names the relation, not the subject.

describe("a name owning another person's description", () => {
  it('"Name, 40, Haji X\'s eldest son, has …" then ""…," he says": the son, though Haji X spoke before', () => {
    const story = ingestUnderHeadline([
      'Haji Wahid Sadat has baked bread in the old town for fifty years. "Flour was cheaper when I was young," Haji Wahid said.',
      "Karim Sadat, 40, Haji Wahid's eldest son, has run the bakery since the flood. He is the one who orders the flour.",
      '"The oven is older than I am, and it still bakes better than the new ones," he says.',
    ]);
    expect(speakerOf(story, 'The oven is older')).toBe('Karim Sadat');
  });

  it('near miss: a woman described as a man\'s niece is still who "she" means', () => {
    const story = ingestUnderHeadline([
      'Dr Rahim Jalali opened the clinic in 2004. "We had one room and no fridge," Dr Jalali said.',
      "Laila Noori, Dr Jalali's niece, keeps the clinic's books now and orders the vaccines each month.",
      '"Every page is checked twice before it goes to the province," she says.',
    ]);
    expect(speakerOf(story, 'Every page is checked')).toBe('Laila Noori');
  });
});
