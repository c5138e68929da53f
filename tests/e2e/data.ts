import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { Story, type Story as StoryData } from '../../src/story/schema.ts';
import { buildGeography, type Geography, type NorthTopology } from '../../src/state/geography.ts';
import { DIST } from './harness.ts';

// The browser tests read their expectations from the built data, never from hard-coded article text.

export function builtStory(): StoryData {
  return v.parse(Story, JSON.parse(readFileSync(join(DIST, 'data/story.json'), 'utf8')));
}

export function builtGeography(): Geography {
  const topo = JSON.parse(readFileSync(join(DIST, 'data/north.topo.json'), 'utf8')) as NorthTopology;
  return buildGeography(topo);
}
