import { describe, expect, it } from 'vitest';
import { parseAnnotations, type Annotations } from './annotations.ts';
import { ingestStory } from './ingest.ts';
import { buildPointLocator } from './point-locator.ts';
import { reanchorAnnotations } from './reanchor.ts';
import type { Story } from './schema.ts';
import { TOY_BOUNDARIES } from './test-boundaries.ts';
import { TEST_GAZETTEER } from './test-gazetteer.ts';

const known = new Set(TEST_GAZETTEER.entries.map((e) => e.id));
const ARTICLE = [
  'Floods Cut The Road To The Valley',
  'Heavy rain on Tuesday washed out the bridge near the old mill, and traders say prices have doubled.',
  '"We have not seen water like this in twenty years," said Omar Zaki, a shopkeeper.',
  'Farther east, the market in Baharak stayed open all week.',
].join('\n\n');

/** Ingest like the studio does: stale overrides are collected, not thrown. */
function studioIngest(text: string, annotations: Annotations): { story: Story; stale: string[] } {
  const stale: string[] = [];
  const story = ingestStory(text, TEST_GAZETTEER, annotations, { onStale: (e) => stale.push(e.path) });
  return { story, stale };
}

const passageOf = (story: Story, fragment: string) => story.passages.find((p) => p.text.includes(fragment))!;

/** A precise link of the word "mill" (not a gazetteer name) and a passage place, as the studio writes them. */
function corrections(story: Story): Annotations {
  const p = passageOf(story, 'old mill');
  const market = passageOf(story, 'market');
  return parseAnnotations(
    {
      overrides: {
        link: [{ text: 'mill', passage: p.id, offset: p.text.indexOf('mill'), place: 'AF1801' }],
        forbid: [{ text: 'Baharak', passage: market.id, offset: market.text.indexOf('Baharak') }],
        passagePlaces: [{ passage: p.id, places: ['AF18'] }],
      },
      tour: [{ place: 'AF18', passage: p.id }],
    },
    known,
  );
}

const base = studioIngest(ARTICLE, {}).story;
const annotations = corrections(base);

function expectApplied(text: string, moved: Annotations) {
  const { story, stale } = studioIngest(text, moved);
  expect(stale).toEqual([]);
  const mill = story.mentions.find((m) => m.via === 'annotation');
  expect(mill && text.slice(mill.sourceStart, mill.sourceEnd)).toBe('mill');
  expect(mill?.place).toBe('AF1801');
  expect(story.mentions.some((m) => m.text === 'Baharak')).toBe(false);
  expect(story.unresolved).toEqual([]);
  const target = passageOf(story, 'mill');
  expect(target.annotatedPlaces).toEqual(['AF18']);
  expect(story.tour?.[0]?.passage).toBe(target.id);
}

describe('reanchorAnnotations', () => {
  it('applies on the text it was made for', () => {
    expectApplied(ARTICLE, annotations);
  });

  it('keeps annotations unchanged when only other passages change', () => {
    const edited = ARTICLE.replace('twenty years', 'thirty years');
    expect(reanchorAnnotations(ARTICLE, edited, annotations)).toEqual(annotations);
    expectApplied(edited, annotations);
  });

  it('follows a span when its own passage is edited before it', () => {
    const edited = ARTICLE.replace('Heavy rain on Tuesday', 'Heavy and cold rain late on Tuesday');
    // Without re-anchoring the passage id and offset are out of date and the corrections go stale.
    expect(studioIngest(edited, annotations).stale).toEqual([
      '$.overrides.link[0].passage',
      '$.overrides.passagePlaces[0]',
    ]);
    const moved = reanchorAnnotations(ARTICLE, edited, annotations);
    expectApplied(edited, moved);
  });

  it('finds a span by its surroundings when the whole article is replaced by an edited copy', () => {
    const edited = `Updated: ${ARTICLE.replace('doubled', 'tripled').replace('open all week', 'open')}`;
    const moved = reanchorAnnotations(ARTICLE, edited, annotations);
    expectApplied(edited, moved);
  });

  it('leaves a correction whose text was deleted as it was, and the engine lists it as stale', () => {
    const edited = ARTICLE.replace('near the old mill', 'downstream');
    const moved = reanchorAnnotations(ARTICLE, edited, annotations);
    expect(moved.overrides?.link).toEqual(annotations.overrides?.link);
    const { story, stale } = studioIngest(edited, moved);
    expect(stale).toEqual(['$.overrides.link[0].passage']);
    // The corrections that still find their text keep applying.
    expect(story.mentions.some((m) => m.text === 'Baharak')).toBe(false);
    expect(passageOf(story, 'downstream').annotatedPlaces).toEqual(['AF18']);
  });

  it('does not re-point a span at the same word elsewhere when its surroundings are gone', () => {
    const edited = `${ARTICLE.replace('the old mill', 'the ford')}\n\nThe mill reopened on Friday.`;
    const moved = reanchorAnnotations(ARTICLE, edited, annotations);
    const { story, stale } = studioIngest(edited, moved);
    expect(stale).toHaveLength(1);
    expect(story.mentions.some((m) => m.text === 'mill')).toBe(false);
  });
});

describe('stale overrides', () => {
  it('throw without onStale, as the command line wants', () => {
    const a = parseAnnotations(
      { overrides: { speaker: [{ quote: 'no such words', speaker: 'X Y' }] } },
      known,
    );
    expect(() => ingestStory(ARTICLE, TEST_GAZETTEER, a)).toThrow(/\$\.overrides\.speaker\[0\]\.quote/);
  });

  it('are reported one by one with onStale while the others apply', () => {
    const a = parseAnnotations(
      {
        overrides: {
          link: [
            { text: 'bridge', place: 'AF1809' },
            { text: 'ferry', place: 'AF1809' },
          ],
          speaker: [{ quote: 'no such words', speaker: 'X Y' }],
          passagePlaces: [{ contains: 'no such passage', places: ['AF18'] }],
        },
      },
      known,
    );
    const { story, stale } = studioIngest(ARTICLE, a);
    expect(stale).toEqual([
      '$.overrides.link[1].text',
      '$.overrides.speaker[0].quote',
      '$.overrides.passagePlaces[0]',
    ]);
    expect(story.mentions.map((m) => [m.text, m.place])).toContainEqual(['bridge', 'AF1809']);
  });
});

describe('a pin after an edit', () => {
  const locator = buildPointLocator(TOY_BOUNDARIES);
  const text = [
    'Raid West Of The City',
    'Gunmen burned the school in Gor Tepa on Tuesday night, elders said.',
    'Gor Tepa is a farming village.',
  ].join('\n\n');
  const story = ingestStory(text, TEST_GAZETTEER);
  const p = passageOf(story, 'burned');
  const pinned = parseAnnotations(
    {
      pins: [
        {
          text: 'Gor Tepa',
          passage: p.id,
          offset: p.text.indexOf('Gor Tepa'),
          name: 'Gor Tepa',
          at: [68.55, 36.7],
        },
      ],
    },
    known,
  );
  const read = (t: string, a: Annotations) => {
    const stale: string[] = [];
    const s = ingestStory(t, TEST_GAZETTEER, a, { locator, onStale: (e) => stale.push(e.path) });
    const pinnedText = s.mentions
      .filter((m) => m.place === 'pin-gor-tepa')
      .map((m) => t.slice(m.sourceStart, m.sourceEnd));
    return { stale, pinnedText, passage: s.mentions.find((m) => m.place === 'pin-gor-tepa')?.passage };
  };

  it('follows its words when the passage changes before them, as a link override does', () => {
    const edited = text.replace('Gunmen burned', 'On a cold night, armed men burned');
    const moved = reanchorAnnotations(text, edited, pinned);
    expect(moved.pins?.[0]?.offset).toBe(
      p.text.indexOf('Gor Tepa') + 'On a cold night, armed men'.length - 'Gunmen'.length,
    );
    const after = read(edited, moved);
    expect(after.stale).toEqual([]);
    expect(after.pinnedText).toEqual(['Gor Tepa']);
    expect(after.passage).toBe(passageOf(ingestStory(edited, TEST_GAZETTEER), 'burned').id);
    // Without the move, the pin would name a passage that no longer exists.
    expect(read(edited, pinned).stale).toEqual(['$.pins[0].passage']);
  });

  it('is listed as stale when its words are gone', () => {
    const edited = text.replace('in Gor Tepa', 'in the hills');
    const moved = reanchorAnnotations(text, edited, pinned);
    expect(read(edited, moved)).toMatchObject({ stale: ['$.pins[0].passage'], pinnedText: [] });
  });
});
