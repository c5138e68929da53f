import fs from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { Gazetteer } from './gazetteer-schema.ts';

// For tests that read articles against the whole country's names: the gazetteer `npm run data` builds.

let cached: Gazetteer | null = null;

export function builtGazetteer(): Gazetteer {
  const file = process.env['NORTH_ATLAS_GAZETTEER'] ?? path.resolve('public/data/gazetteer.json');
  cached ??= v.parse(Gazetteer, JSON.parse(fs.readFileSync(file, 'utf8')));
  return cached;
}
