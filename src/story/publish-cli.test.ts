import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { Catalog } from './catalog.ts';
import { ingestStory } from './ingest.ts';
import { Story } from './schema.ts';
import { storyFile } from './story-file.ts';
import { TEST_GAZETTEER } from './test-gazetteer.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const TSX = path.resolve(HERE, '../../node_modules/.bin/tsx');
const CLI = path.join(HERE, 'publish-cli.ts');
const ARTICLE = [
  'Apricot Harvest Fails In The Hills',
  'Growers around Taloqan lost half their crop to a late frost, the farmers union says.',
  '"We pick what is left by hand," said Yusuf Amiri, a grower.',
].join('\n\n');

let dir = '';
let data = '';
const file = (name: string, content: string | Uint8Array) => {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
};
const run = (args: string[]) =>
  spawnSync(TSX, [CLI, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NORTH_ATLAS_DATA_DIR: data, NORTH_ATLAS_GAZETTEER: '' },
  });
const stories = () => path.join(data, 'stories');
const index = () => v.parse(Catalog, JSON.parse(readFileSync(path.join(stories(), 'index.json'), 'utf8')));
const listing = () => (existsSync(stories()) ? readdirSync(stories()).sort() : []);

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'publish-cli-'));
  data = path.join(dir, 'data');
  mkdirSync(data);
  writeFileSync(path.join(data, 'gazetteer.json'), JSON.stringify(TEST_GAZETTEER));
});

describe('publish CLI', () => {
  it('adds an article to data/stories and its index, the slug made from the title', () => {
    const r = run([file('apricots.txt', ARTICLE)]);
    expect(r.stderr).toContain('?story=apricot-harvest-fails-in-the-hills');
    expect(r.status).toBe(0);
    const story = v.parse(
      Story,
      JSON.parse(readFileSync(path.join(stories(), 'apricot-harvest-fails-in-the-hills.json'), 'utf8')),
    );
    expect(story).toEqual(ingestStory(ARTICLE, TEST_GAZETTEER));
    expect(index().stories).toEqual([
      {
        slug: 'apricot-harvest-fails-in-the-hills',
        title: 'Apricot Harvest Fails In The Hills',
        places: ['AF1801', 'AF18'],
      },
    ]);
  });

  it('publishes a studio story file under its file name, running the engine on its annotations', () => {
    const annotations = { meta: { date: '2024-06-02', title: 'Frost Takes The Apricots' } };
    const story = ingestStory(ARTICLE, TEST_GAZETTEER, annotations);
    const input = file('frost.story.json', JSON.stringify(storyFile(ARTICLE, annotations, story)));
    expect(run([file('first.txt', ARTICLE), '--slug', 'first']).status).toBe(0);
    const r = run([input]);
    expect(r.status).toBe(0);
    expect(JSON.parse(readFileSync(path.join(stories(), 'frost.json'), 'utf8'))).toEqual(story);
    expect(index().stories.map((s) => [s.slug, s.title, s.date])).toEqual([
      ['first', 'Apricot Harvest Fails In The Hills', undefined],
      ['frost', 'Frost Takes The Apricots', '2024-06-02'],
    ]);
    // Publishing the same slug again replaces its entry.
    expect(run([input, '--slug', 'first']).status).toBe(0);
    expect(index().stories.map((s) => s.slug)).toEqual(['frost', 'first']);
  });

  it('lists data/story.json as the default story, replacing an older default', () => {
    writeFileSync(path.join(data, 'story.json'), JSON.stringify(ingestStory(ARTICLE, TEST_GAZETTEER)));
    expect(run(['--default']).status).toBe(0);
    const renamed = ingestStory(ARTICLE, TEST_GAZETTEER, { meta: { title: 'Late Frost' } });
    writeFileSync(path.join(data, 'story.json'), JSON.stringify(renamed));
    expect(run(['--default']).status).toBe(0);
    expect(index().stories).toEqual([
      { slug: 'late-frost', title: 'Late Frost', places: ['AF1801', 'AF18'], default: true },
    ]);
    expect(listing()).toEqual(['index.json', 'late-frost.json']);
  });

  const failures: [string, () => string[], RegExp][] = [
    ['a bad slug', () => [file('a.txt', ARTICLE), '--slug', 'Bad Slug'], /--slug: "Bad Slug" is not a slug/],
    ['a reserved slug', () => [file('a.txt', ARTICLE), '--slug', 'index'], /--slug: "index" is reserved/],
    ['no input', () => [], /usage: publish/],
    ['a missing file', () => [path.join(dir, 'nope.txt')], /nope\.txt: file not found/],
    ['a binary file', () => [file('b.txt', new Uint8Array([65, 0, 66]))], /b\.txt: byte 1: binary file/],
    ['invalid UTF-8', () => [file('l.txt', new Uint8Array([65, 0xe9, 66]))], /l\.txt: byte 1: invalid UTF-8/],
    ['an unknown kind of file', () => [file('a.pdf', '%PDF-1.4')], /a\.pdf: not an article file/],
    [
      'a story file of another version',
      () => [file('v2.story.json', JSON.stringify({ version: 2, text: 'x', annotations: {}, story: {} }))],
      /v2\.story\.json: \$\.version: this is a version 2 story file/,
    ],
    [
      'a story file whose annotation no longer finds its text',
      () => {
        const a = { overrides: { link: [{ text: 'Kunduz', place: 'AF19' }] } };
        const f = storyFile(ARTICLE, a, ingestStory(ARTICLE, TEST_GAZETTEER));
        return [file('stale.story.json', JSON.stringify(f))];
      },
      /stale\.story\.json: \$\.annotations\.overrides\.link\[0\]\.text: "Kunduz" not found/,
    ],
    [
      'annotations with an unknown place',
      () => [
        file('a.txt', ARTICLE),
        '--annotations',
        file('x.json', '{"overrides":{"link":[{"text":"x","place":"AF1899"}]}}'),
      ],
      /x\.json: \$\.overrides\.link\[0\]\.place: unknown place id "AF1899"/,
    ],
  ];
  for (const [what, args, message] of failures) {
    it(`fails on ${what} with one message and writes nothing`, () => {
      const r = run(args());
      expect(r.status).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
      expect(listing()).toEqual([]);
    });
  }
});
