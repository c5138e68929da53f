import { describe, expect, it } from 'vitest';
import { trailingDocument } from './issued-documents.ts';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';

describe('trailingDocument', () => {
  it('reads the document that speaks right after a quotation', () => {
    expect(trailingDocument(', the statement said. It gave no date.')).toBe('statement');
    expect(trailingDocument(', its letter reads.')).toBe('letter');
    expect(trailingDocument(', read the notice on the gate.')).toBe('notice');
  });
  it('reads no document a person speaks of', () => {
    expect(trailingDocument(', he said of the statement.')).toBeNull();
    expect(trailingDocument(', read a handwritten sign.')).toBeNull();
  });
});

describe('giveTrailingDocumentsToIssuers', () => {
  it('gives the words to the body that issued the document "In a statement, …"', () => {
    const story = ingestUnderHeadline([
      'In a statement on Sunday, the Kunduz Traders Union said the crossing had been closed for three days.',
      '"Our members are losing money every hour," the statement said.',
    ]);
    expect(speakerOf(story, 'Our members are losing money')).toMatch(/Kunduz Traders Union/);
  });
  it('gives the words to no one when no author of the document was named', () => {
    const story = ingestUnderHeadline([
      'Farmers in the valley gathered at the mosque on Friday.',
      '"Water will be shared by turns," the notice said.',
    ]);
    expect(speakerOf(story, 'Water will be shared by turns')).toBeNull();
  });
});
