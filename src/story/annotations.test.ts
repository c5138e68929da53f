import { describe, expect, it } from 'vitest';
import { AnnotationError, parseAnnotations } from './annotations.ts';
import { ingestStory } from './ingest.ts';
import { TEST_GAZETTEER } from './test-gazetteer.ts';

const known = new Set(TEST_GAZETTEER.entries.map((e) => e.id));
const ARTICLE = [
  'Snow closed Baharak and the Jordan road on Monday.',
  'Omar Zaki, a driver, says the pass is shut.',
  '"Nobody has crossed the pass in a week," a man in the crowd shouted.',
].join('\n\n');

describe('parseAnnotations', () => {
  it('names the JSON path of an unknown place id', () => {
    const bad = {
      overrides: {
        link: [
          { text: 'Baharak', place: 'AF1803' },
          { text: 'x', place: 'AF9999' },
        ],
      },
    };
    expect(() => parseAnnotations(bad, known)).toThrow(
      new AnnotationError('$.overrides.link[1].place', 'unknown place id "AF9999"'),
    );
  });

  it('names the JSON path of a malformed field', () => {
    expect(() => parseAnnotations({ meta: { title: 5 } }, known)).toThrow(/^\$\.meta\.title: /);
    expect(() => parseAnnotations({ extra: 1 }, known)).toThrow(AnnotationError);
  });

  it('takes only an http(s) address as the source URL, and says what is wrong with any other', () => {
    for (const url of ['https://example.org/snow', 'http://example.org', 'HTTPS://EXAMPLE.ORG/a?b=c#d'])
      expect(parseAnnotations({ meta: { url } }, known).meta?.url).toBe(url);
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,<b>x</b>',
      'file:///etc/passwd',
      'ftp://example.org/x',
      '//example.org/x',
      'example.org/snow',
      'https://',
      ' https://example.org',
      '',
    ])
      expect(() => parseAnnotations({ meta: { url } }, known), url).toThrow(
        new AnnotationError(
          '$.meta.url',
          `${JSON.stringify(url)} is not a web address: use an http:// or https:// URL`,
        ),
      );
  });
});

describe('overrides', () => {
  const annotations = parseAnnotations(
    {
      meta: { title: 'Snow In The Passes', publisher: 'Example Radio', url: 'https://example.org/snow' },
      overrides: {
        link: [{ text: 'Baharak', occurrence: 1, place: 'AF1706' }],
        forbid: [{ text: 'Jordan' }],
        speaker: [{ quote: 'crossed the pass', speaker: 'Omar Zaki' }],
        passagePlaces: [{ contains: 'driver', places: ['AF17'] }],
      },
      tour: [{ place: 'AF1706', title: 'The closed pass' }],
    },
    known,
  );
  const story = ingestStory(ARTICLE, TEST_GAZETTEER, annotations);

  it('take meta from the file', () => {
    expect(story.meta).toEqual({
      title: 'Snow In The Passes',
      publisher: 'Example Radio',
      url: 'https://example.org/snow',
    });
  });

  it('force and forbid links, fix speakers and add places to passages', () => {
    expect(story.mentions.map((m) => [m.text, m.place, m.via])).toEqual([
      ['Baharak', 'AF1706', 'annotation'],
    ]);
    expect(story.unresolved).toEqual([]);
    expect(story.quotes.map((q) => q.speaker)).toEqual(['omar-zaki']);
    expect(story.passages[1]?.annotatedPlaces).toEqual(['AF17']);
    expect(story.places.AF17?.passages).toEqual([story.passages[0]?.id, story.passages[1]?.id]);
    expect(story.tour).toEqual([{ place: 'AF1706', title: 'The closed pass' }]);
  });

  it('fail with a path when an override points at nothing', () => {
    const a = parseAnnotations({ overrides: { forbid: [{ text: 'Kabul' }] } }, known);
    expect(() => ingestStory(ARTICLE, TEST_GAZETTEER, a)).toThrow(/^\$\.overrides\.forbid\[0\]\.text: /);
  });
});
