import fs from 'node:fs';
import * as v from 'valibot';
import { gazetteerPath } from './cli.ts';
import { Gazetteer } from './gazetteer-schema.ts';

// For tests that read articles against the whole country's names: the gazetteer `npm run data` builds.

let cached: Gazetteer | null = null;

export function builtGazetteer(): Gazetteer {
  cached ??= v.parse(Gazetteer, JSON.parse(fs.readFileSync(gazetteerPath(process.env), 'utf8')));
  return cached;
}
