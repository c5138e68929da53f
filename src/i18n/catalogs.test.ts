import { describe, expect, it, vi } from 'vitest';

// The page's catalogs are module state: each test starts from a fresh module.
async function freshCatalogs() {
  vi.resetModules();
  return await import('./catalogs.ts');
}

describe('the catalogs in the page', () => {
  it('fall back, for a language not yet loaded, to English with the words its parts added', async () => {
    const { addEnglishWords, catalogFor } = await freshCatalogs();
    const { embedMessages } = await import('./en-embed.ts');
    expect(catalogFor('da').messages['embed.full']).toBeUndefined();
    addEnglishWords(embedMessages);
    // The embed switched to Dari before Dari's words arrived: it still has its own English words.
    expect(catalogFor('da').messages['embed.full']).toBe('Open the full map');
  });

  it('keep each part’s words when another part adds its own', async () => {
    const { addEnglishWords, catalogFor, withNoticeWords } = await freshCatalogs();
    const { embedMessages } = await import('./en-embed.ts');
    addEnglishWords(embedMessages);
    await withNoticeWords();
    expect(catalogFor('en').messages['embed.full']).toBe('Open the full map');
    expect(catalogFor('en').messages['notice.mapNotRead']).toBe('The map data could not be read.');
  });
});
