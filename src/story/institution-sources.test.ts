import { describe, expect, it } from 'vitest';
import { authorOf } from './institution-sources.ts';

describe('authorOf: the named author of a kind of document', () => {
  const texts = [
    'Reporters obtained the monthly bulletins of a provincial health network, Takhar Health Partners.',
    'They also read the quarterly reports of a third-party monitoring firm, Amu Field Monitors, hired by the donor.',
  ];
  it('finds the author whose description holds the document’s modifiers', () => {
    expect(authorOf(texts, 'monitoring report')).toBe('Amu Field Monitors');
    expect(authorOf(texts, 'quarterly report')).toBe('Amu Field Monitors');
    expect(authorOf(texts, 'bulletin')).toBe('Takhar Health Partners');
  });
  it('finds none for a document the text gives no author, or a modifier that fits none', () => {
    expect(authorOf(texts, 'survey')).toBeNull();
    expect(authorOf(texts, 'audit report')).toBeNull();
  });
});
