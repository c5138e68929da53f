import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './test-helpers.ts';

const tempDir = (): string => fs.mkdtempSync(path.join(os.tmpdir(), 'north-atlas-cli-'));

describe('geodata CLI errors', () => {
  it('stops on a missing source folder with a message naming it and the variable, and writes nothing', () => {
    const dataDir = tempDir();
    const missing = path.join(tempDir(), 'no-such-folder');
    const run = runCli([], { NORTH_ATLAS_AGCHO_DIR: missing, NORTH_ATLAS_DATA_DIR: dataDir });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(missing);
    expect(run.stderr).toContain('NORTH_ATLAS_AGCHO_DIR');
    expect(run.stderr).not.toMatch(/\n\s+at /); // one message, no stack trace
    expect(fs.readdirSync(dataDir)).toEqual([]);
  });

  it('names the missing zip', () => {
    const dataDir = tempDir();
    const sources = tempDir();
    const run = runCli([], { NORTH_ATLAS_AGCHO_DIR: sources, NORTH_ATLAS_DATA_DIR: dataDir });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('afg_admbnda_adm0_agcho_20180522.zip');
    expect(fs.readdirSync(dataDir)).toEqual([]);
  });

  it('lists its environment variables in --help', () => {
    const run = runCli(['--help'], {});
    expect(run.status).toBe(0);
    for (const name of ['NORTH_ATLAS_AGCHO_DIR', 'NORTH_ATLAS_WORLD_ATLAS', 'NORTH_ATLAS_DATA_DIR']) {
      expect(run.stdout).toContain(name);
    }
  });
});
