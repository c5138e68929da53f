import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './config.ts';

/** Files whose change must rebuild the data: the pipeline's code, the aliases and the shared name rules. */
export function pipelineFiles(): string[] {
  const here = path.join(REPO_ROOT, 'geodata');
  const own = fs
    .readdirSync(here)
    .filter((f) => (f.endsWith('.ts') && !f.includes('test')) || f.endsWith('.json'))
    .map((f) => path.join(here, f));
  const shared = ['src/story/normalize.ts', 'src/story/gazetteer-schema.ts', 'src/story/schema.ts'].map((f) =>
    path.join(REPO_ROOT, f),
  );
  const tools = ['mapshaper', 'topojson-server', 'topojson-client', 'world-atlas'].map((p) =>
    path.join(REPO_ROOT, 'node_modules', p, 'package.json'),
  );
  return [...own, ...shared, ...tools].sort();
}

/** Content hash of the inputs and the pipeline: equal stamps mean the outputs would come out the same. */
export function computeStamp(inputs: readonly string[]): string {
  const hash = crypto.createHash('sha256');
  for (const file of [...inputs, ...pipelineFiles()]) {
    hash.update(path.basename(file));
    hash.update('\u0000');
    hash.update(fs.existsSync(file) ? fs.readFileSync(file) : 'missing');
    hash.update('\u0000');
  }
  return hash.digest('hex');
}
