import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { Story } from './schema.ts';
import { toyTopology } from './test-boundaries.ts';
import { TEST_GAZETTEER } from './test-gazetteer.ts';
import { bundledCli } from '../../tests/unit/bundled-cli.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const CLI = path.join(HERE, 'cli.ts');
/** The CLI bundled once for this file: each test still starts it as its own process. */
let cli = '';
beforeAll(async () => {
  cli = await bundledCli(CLI);
});
let dir = '';
const file = (name: string, content: string | Uint8Array) => {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
};
const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'story-cli-'));
  file('gazetteer.json', JSON.stringify(TEST_GAZETTEER));
  file(
    'article.txt',
    'Rain Over The North\n\nOmar Zaki, a driver from Taloqan, says the pass is shut.\n\n"We wait," Zaki says.\n',
  );
});

describe('ingest CLI', () => {
  it('places pins with the topology, and refuses one abroad with a non-zero exit and nothing written', () => {
    const topology = file('north.topo.json', JSON.stringify(toyTopology()));
    const args = (pins: unknown, out: string) => [
      file('pinned.txt', 'Rain Over The North\n\nThe village of Gor Tepa is cut off.\n'),
      ...['--gazetteer', path.join(dir, 'gazetteer.json'), '--topology', topology, '--out', out],
      ...['--annotations', file('pins.json', JSON.stringify({ pins }))],
    ];
    const good = path.join(dir, 'pinned.json');
    const ok = run(args([{ text: 'Gor Tepa', name: 'Gor Tepa', at: [68.55, 36.7] }], good));
    expect(ok.status, ok.stderr).toBe(0);
    const story = v.parse(Story, JSON.parse(readFileSync(good, 'utf8')));
    expect(story.pins?.[0]).toMatchObject({ id: 'pin-gor-tepa', district: 'AF1902', province: 'AF19' });
    const bad = path.join(dir, 'refused.json');
    const refused = run(args([{ text: 'Gor Tepa', name: 'Gor Tepa', at: [68.8, 38] }], bad));
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('$.pins[0].at: [68.8, 38] lies in Tajikistan, outside Afghanistan');
    expect(existsSync(bad)).toBe(false);
  });

  it('writes the story and prints a summary', () => {
    const out = path.join(dir, 'out', 'story.json');
    const r = run([
      path.join(dir, 'article.txt'),
      '--gazetteer',
      path.join(dir, 'gazetteer.json'),
      '--out',
      out,
    ]);
    expect(r.status).toBe(0);
    const story = v.parse(Story, JSON.parse(readFileSync(out, 'utf8')));
    expect(story.meta.title).toBe('Rain Over The North');
    expect(r.stderr).toContain('passages: 2');
    expect(r.stderr).toContain('AF1801 1');
    expect(r.stderr).toContain('Omar Zaki 1');
  });

  it('builds the default story once and skips it when nothing changed', () => {
    const env = {
      NORTH_ATLAS_ARTICLE: path.join(dir, 'article.txt'),
      NORTH_ATLAS_GAZETTEER: path.join(dir, 'gazetteer.json'),
      NORTH_ATLAS_DATA_DIR: path.join(dir, 'data'),
      NORTH_ATLAS_ANNOTATIONS: file('meta.json', '{"meta":{"publisher":"Example Radio"}}'),
    };
    const first = run(['--default'], env);
    expect(first.status).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dir, 'data', 'story.json'), 'utf8')).meta.publisher).toBe(
      'Example Radio',
    );
    const second = run(['--default'], env);
    expect(second.status).toBe(0);
    expect(second.stderr).toContain('up to date');
  });

  const failures: [string, () => string[], RegExp][] = [
    ['a missing file', () => [path.join(dir, 'nope.txt')], /nope\.txt: file not found/],
    ['an empty file', () => [file('empty.txt', ' \n\n')], /empty\.txt: empty article/],
    ['a binary file', () => [file('bin.txt', new Uint8Array([65, 0, 66]))], /bin\.txt: byte 1: binary file/],
    [
      'invalid UTF-8',
      () => [file('latin1.txt', new Uint8Array([0x41, 0x42, 0xe9, 0x43]))],
      /latin1\.txt: byte 2: invalid UTF-8/,
    ],
    [
      'an article over the studio’s 1 MB limit',
      () => [file('huge.txt', 'a'.repeat(1024 * 1024 + 1))],
      /^ingest: .*huge\.txt: 1\.000001 MB of text; the limit is 1 MB$/m,
    ],
    [
      'malformed annotations',
      () => [path.join(dir, 'article.txt'), '--annotations', file('bad.json', '{\n  "meta": {,}\n}')],
      /bad\.json: line 2 column \d+: malformed JSON/,
    ],
    [
      'an unknown place id',
      () => [
        path.join(dir, 'article.txt'),
        '--annotations',
        file('ids.json', '{"overrides":{"link":[{"text":"Taloqan","place":"AF1899"}]}}'),
      ],
      /ids\.json: \$\.overrides\.link\[0\]\.place: unknown place id "AF1899"/,
    ],
  ];
  for (const [what, args, message] of failures) {
    it(`fails on ${what} with one message and no output`, () => {
      const out = path.join(dir, `fail-${what.replace(/\W+/g, '-')}.json`);
      const r = run([...args(), '--gazetteer', path.join(dir, 'gazetteer.json'), '--out', out]);
      expect(r.status).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
      expect(existsSync(out)).toBe(false);
    });
  }
});
