import { describe, expect, it } from 'vitest';
import { parseAnnotations, type Annotations } from '../story/annotations.ts';
import { ingestStory } from '../story/ingest.ts';
import type { Story } from '../story/schema.ts';
import { TEST_GAZETTEER } from '../story/test-gazetteer.ts';
import {
  addPassagePlace,
  addStop,
  describeAnnotation,
  describeStopEdit,
  editStop,
  forbidSpan,
  linkSpan,
  moveStop,
  removeAnnotation,
  removePassagePlace,
  setMeta,
  setSpeaker,
  spanOf,
  STOP_TEXT_MAX,
  STOP_TITLE_MAX,
  tourFromStory,
  unlinkMention,
} from './corrections.ts';
import { foldName, placeLabel, searchPlaces } from './place-search.ts';

const known = new Set(TEST_GAZETTEER.entries.map((e) => e.id));
const ARTICLE = [
  'Ferry Service Resumes On The River',
  'Further up the valley, Baharak waited for its own boat.',
  'The ferry from Taloqan carried forty passengers on Sunday, and traders across Kunduz welcomed it.',
  '"The crossing saves us a day," said Hamid Rasuli, a trader from Taloqan.',
].join('\n\n');

/** Apply a correction as the studio does: the annotations must stay valid and the engine must obey them. */
function run(a: Annotations): Story {
  return ingestStory(ARTICLE, TEST_GAZETTEER, parseAnnotations(JSON.parse(JSON.stringify(a)), known));
}
const base = run({});
const mention = (story: Story, text: string) => story.mentions.find((m) => m.text === text)!;

describe('corrections', () => {
  it('unlink a mention the engine made, at that place only', () => {
    const taloqan = mention(base, 'Taloqan');
    const story = run(unlinkMention({}, taloqan, base));
    expect(story.mentions.filter((m) => m.text === 'Taloqan').map((m) => m.passage)).toEqual([
      base.passages[2]!.id,
    ]);
    expect(taloqan.passage).toBe(base.passages[1]!.id);
  });

  it('link any span to a place, and unlink it again', () => {
    const p = base.passages[1]!;
    const a = linkSpan({}, { passage: p.id, offset: p.text.indexOf('ferry'), text: 'ferry' }, 'AF1809');
    const linked = run(a);
    const ferry = mention(linked, 'ferry');
    expect([ferry.place, ferry.via]).toEqual(['AF1809', 'annotation']);
    expect(unlinkMention(a, ferry, linked)).toEqual({});
  });

  it('narrow a link that covered every occurrence when one is unlinked', () => {
    const a: Annotations = { overrides: { link: [{ text: 'trader', place: 'AF1801' }] } };
    const story = run(a);
    const [first, second] = story.mentions.filter((m) => m.text === 'trader');
    expect(second).toBeDefined();
    const narrowed = run(unlinkMention(a, first!, story));
    expect(narrowed.mentions.filter((m) => m.text === 'trader').map((m) => m.start)).toEqual([second!.start]);
  });

  it('resolve an ambiguous name, or say it is not a place', () => {
    const [u] = base.unresolved;
    expect(u?.text).toBe('Baharak');
    const resolved = run(linkSpan({}, spanOf(u!), 'AF1706'));
    expect(resolved.unresolved).toEqual([]);
    expect(mention(resolved, 'Baharak').place).toBe('AF1706');
    const dismissed = run(forbidSpan({}, spanOf(u!)));
    expect(dismissed.unresolved).toEqual([]);
    expect(dismissed.mentions.some((m) => m.text === 'Baharak')).toBe(false);
    // Linking after dismissing replaces the dismissal rather than stacking on it.
    expect(linkSpan(forbidSpan({}, spanOf(u!)), spanOf(u!), 'AF1803').overrides?.forbid).toBeUndefined();
  });

  it('change a quotation’s speaker to a new name or back to a known one', () => {
    const [q] = base.quotes;
    expect(q?.speaker).toBe('hamid-rasuli');
    const a = setSpeaker({}, q!, 'Sara Noori', 'a ferry pilot');
    const story = run(a);
    const speaker = story.speakers.find((s) => s.id === story.quotes[0]?.speaker);
    expect([speaker?.name, speaker?.description]).toEqual(['Sara Noori', 'a ferry pilot']);
    const back = setSpeaker(a, story.quotes[0]!, 'hamid-rasuli');
    expect(back.overrides?.speaker).toHaveLength(1);
    expect(run(back).quotes[0]?.speaker).toBe('hamid-rasuli');
  });

  it('add and remove a place for a passage', () => {
    const p = base.passages[1]!;
    const a = addPassagePlace(addPassagePlace({}, p.id, 'AF17'), p.id, 'AF1701');
    const story = run(a);
    expect(story.passages[1]?.annotatedPlaces).toEqual(['AF17', 'AF1701']);
    expect(story.places.AF17?.passages).toContain(p.id);
    expect(removePassagePlace(removePassagePlace(a, p.id, 'AF17'), p.id, 'AF1701')).toEqual({});
  });

  it('edit the story’s details; an empty field gives it back to the page', () => {
    let a = setMeta({}, 'title', '  Boats Again  ');
    a = setMeta(a, 'url', 'https://example.org/ferry');
    expect(run(a).meta).toMatchObject({ title: 'Boats Again', url: 'https://example.org/ferry' });
    expect(setMeta(setMeta(a, 'title', ''), 'url', '')).toEqual({});
  });

  it('order the tour', () => {
    let a = tourFromStory({}, base, (id) => id.startsWith('AF'));
    expect(a.tour?.map((s) => s.place)).toEqual(['AF1801', 'AF19']);
    a = moveStop(addStop(a, 'AF17'), 2, -1);
    expect(run(a).tour?.map((s) => s.place)).toEqual(['AF1801', 'AF17', 'AF19']);
    expect(moveStop(a, 0, -1)).toBe(a);
    expect(removeAnnotation(a, '$.tour[0].passage').tour?.map((s) => s.place)).toEqual(['AF17', 'AF19']);
  });

  describe('a stop’s title and note', () => {
    const tour: Annotations = { tour: [{ place: 'AF1801' }, { place: 'AF19', title: 'Old Heading' }] };

    it('sets both, and the engine carries them into the story', () => {
      const a = editStop(tour, 0, { title: 'River Crossing', text: 'The ferry runs again.' });
      expect(a.tour?.[0]).toEqual({
        place: 'AF1801',
        title: 'River Crossing',
        text: 'The ferry runs again.',
      });
      expect(a.tour?.[1]).toBe(tour.tour?.[1]);
      expect(run(a).tour?.[0]).toMatchObject({ title: 'River Crossing', text: 'The ferry runs again.' });
    });

    it('trims, and an empty or blank field is removed rather than stored empty', () => {
      const a = editStop(tour, 1, { title: '   ', text: '  Traders waited.  \n' });
      expect(a.tour?.[1]).toEqual({ place: 'AF19', text: 'Traders waited.' });
      expect(editStop(a, 1, { title: '', text: '' }).tour?.[1]).toEqual({ place: 'AF19' });
      expect(editStop(tour, 1, { title: '  New Heading ' }).tour?.[1]).toEqual({
        place: 'AF19',
        title: 'New Heading',
      });
    });

    it('keeps a field that is not given, and returns the same annotations when nothing changes', () => {
      expect(editStop(tour, 1, { text: 'A note.' }).tour?.[1]?.title).toBe('Old Heading');
      expect(editStop(tour, 1, { title: ' Old Heading ', text: '' })).toBe(tour);
      expect(editStop(tour, 0, {})).toBe(tour);
    });

    it('does nothing for a stop that is not there', () => {
      for (const i of [-1, 2, 99, 0.5]) expect(editStop(tour, i, { title: 'Nowhere' })).toBe(tour);
      expect(editStop({}, 0, { title: 'Nowhere' })).toEqual({});
    });

    it('cuts an over-long title or note to the limit, without halving a character', () => {
      const a = editStop(tour, 0, { title: 'T'.repeat(200), text: 'n'.repeat(STOP_TEXT_MAX + 5) });
      expect(a.tour?.[0]?.title).toBe('T'.repeat(STOP_TITLE_MAX));
      expect(a.tour?.[0]?.text).toHaveLength(STOP_TEXT_MAX);
      const emoji = editStop(tour, 0, { title: `${'x'.repeat(STOP_TITLE_MAX - 1)}🗺️` });
      expect(emoji.tour?.[0]?.title).toBe('x'.repeat(STOP_TITLE_MAX - 1));
    });

    it('says what changed', () => {
      const place = { place: 'AF19' };
      expect(describeStopEdit(place, { ...place, title: 'Snowbound' }, 2, 'Kunduz')).toBe(
        'Retitled stop 2 (Kunduz) “Snowbound”.',
      );
      expect(describeStopEdit({ ...place, title: 'Snowbound' }, place, 2, 'Kunduz')).toBe(
        'Stop 2 shows its place name, Kunduz, again.',
      );
      expect(describeStopEdit(place, { ...place, text: 'A.' }, 1, 'Kunduz')).toBe(
        'Added a note to stop 1 (Kunduz).',
      );
      expect(describeStopEdit({ ...place, text: 'A.' }, { ...place, text: 'B.' }, 1, 'Kunduz')).toBe(
        'Changed the note on stop 1 (Kunduz).',
      );
      expect(describeStopEdit({ ...place, text: 'A.' }, place, 1, 'Kunduz')).toBe(
        'Removed the note from stop 1 (Kunduz).',
      );
    });
  });

  it('describe and remove an annotation the engine reported as stale', () => {
    const a: Annotations = {
      overrides: {
        link: [
          { text: 'ferry', place: 'AF1809' },
          { text: 'raft', place: 'AF1801' },
        ],
      },
    };
    const name = (id: string) => TEST_GAZETTEER.entries.find((e) => e.id === id)?.name_en ?? id;
    expect(describeAnnotation(a, '$.overrides.link[1].text', name)).toBe('Link “raft” to Taloqan');
    expect(removeAnnotation(a, '$.overrides.link[1].text')).toEqual({
      overrides: { link: [{ text: 'ferry', place: 'AF1809' }] },
    });
  });
});

describe('place search', () => {
  const byId = new Map(TEST_GAZETTEER.entries.map((e) => [e.id, e]));
  const dari = [
    ...TEST_GAZETTEER.entries,
    {
      id: 'AF1802',
      kind: 'district' as const,
      name_en: 'Hazar Sumuch',
      name_da: 'هزار سموچ',
      province: 'AF18',
      names: ['Hazar Sumuch'],
    },
  ];

  it('finds a place by any spelling, provinces first, and tells same-named places apart', () => {
    expect(searchPlaces(TEST_GAZETTEER.entries, 'kunduz').map((h) => h.entry.id)).toEqual(['AF19', 'AF1901']);
    expect(searchPlaces(TEST_GAZETTEER.entries, 'taliq').map((h) => [h.entry.id, h.matched])).toEqual([
      ['AF1801', 'Taliqan'],
    ]);
    expect(searchPlaces(TEST_GAZETTEER.entries, 'archi').map((h) => h.entry.id)).toEqual(['AF1906']);
    expect(searchPlaces(TEST_GAZETTEER.entries, 'Baharak').map((h) => placeLabel(h.entry.id, byId))).toEqual([
      'Baharak, district of Badakhshan',
      'Baharak, district of Takhar',
    ]);
    expect(searchPlaces(TEST_GAZETTEER.entries, '  ')).toEqual([]);
  });

  it('finds Dari names whatever the letter forms and vowel marks', () => {
    expect(searchPlaces(dari, 'هزار').map((h) => h.entry.id)).toEqual(['AF1802']);
    expect(foldName('سَموچ')).toBe(foldName('سموچ'));
    expect(foldName('كابل')).toBe(foldName('کابل'));
  });
});
