import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The four northern provinces the atlas is about (AGCHO ADM1 P-codes): Kunduz, Takhar, Baghlan, Badakhshan. */
export const NORTH_PROVINCES: readonly string[] = ['AF19', 'AF18', 'AF09', 'AF17'];

/** AGCHO file names inside the source folder (see ../shared/geodata/agcho-2018/SOURCE.md). */
export const AGCHO_FILES = {
  adm0: 'afg_admbnda_adm0_agcho_20180522.zip',
  adm1: 'afg_admbnda_adm1_agcho_20180522.zip',
  adm2: 'afg_admbnda_adm2_agcho_20180522.zip',
} as const;
export type AdmLevel = keyof typeof AGCHO_FILES;

/** Attribute fields the pipeline reads from each level. */
export const REQUIRED_FIELDS: Record<AdmLevel, readonly string[]> = {
  adm0: ['ADM0_EN', 'ADM0_DA', 'ADM0_PCODE'],
  adm1: ['ADM1_EN', 'ADM1_DA', 'ADM1_PCODE'],
  adm2: ['ADM2_EN', 'ADM2_DA', 'ADM2_PCODE', 'ADM2ALT1EN', 'ADM2ALT2EN', 'ADM1_PCODE'],
};

/** AGCHO marks each provincial-centre district with this ADM2ALT1EN value; it is a role, not a name. */
export const CAPITAL_MARKER = 'Centre';

/** A district "borders" a country when at least this much of its boundary runs along that border. */
export const MIN_BORDER_KM = 1;
/**
 * Natural Earth's border lines stray from AGCHO's by a few km in the Wakhan; a stretch of the AGCHO national
 * outline counts as facing a neighbour within this distance of it (contested space is split along the medial axis).
 */
export const BORDER_MATCH_KM = 8;
/** Neighbours are clipped to Afghanistan's bounding box grown by this margin, in degrees. */
export const NEIGHBOUR_BOX_MARGIN_DEG = 3;

/**
 * Simplification tolerances (mapshaper Visvalingam interval, metres): fine for the four provinces' districts,
 * coarser for the muted context provinces and the neighbours.
 */
export const SIMPLIFY_INTERVAL_M = { north: 300, context: 1500, neighbour: 2500 } as const;
/**
 * The prerendered pages' first view (src/pages/) shows the north whole, about 2.8 km to a pixel: its map is
 * drawn from a copy simplified to this interval (metres), a pixel's worth, which the browser's map replaces
 * with the full shapes once it moves.
 */
export const FIRST_VIEW_INTERVAL_M = 2000;
/** TopoJSON quantization: grid cells across the whole extent (~20°, so about 40 m per cell). */
export const QUANTIZATION = 50_000;
/** Label points and capital positions are rounded to this many decimals (1e-4° ≈ 10 m). */
export const LABEL_DECIMALS = 4;
/** Border lengths are rounded to this many decimals, in km. */
export const KM_DECIMALS = 1;

export const BUDGET = {
  /** The whole north.topo.json, gzipped (level 9), in bytes: 45 KB. */
  maxGzipBytes: 45 * 1024,
  /** Largest relative change of a district's area against the unsimplified source. */
  maxAreaError: 0.01,
} as const;

export const OUTPUT_FILES = {
  topology: 'north.topo.json',
  firstView: 'first-view.topo.json',
  gazetteer: 'gazetteer.json',
  stamp: '.geodata-stamp',
} as const;

export const ENV = {
  agchoDir: 'NORTH_ATLAS_AGCHO_DIR',
  worldAtlas: 'NORTH_ATLAS_WORLD_ATLAS',
  dataDir: 'NORTH_ATLAS_DATA_DIR',
} as const;

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface Paths {
  agchoDir: string;
  /** Natural Earth 1:10m countries as world-atlas TopoJSON (ids are ISO 3166-1 numeric codes). */
  worldAtlas: string;
  dataDir: string;
}

/**
 * Input and output locations: environment variables (relative to the working directory) or defaults (relative to
 * the repository root). The 1:10m world-atlas file is the default because the neighbour-facing test compares its
 * border lines with AGCHO's: 1:50m lines stray by tens of km in the mountains, 1:10m by a few.
 */
export function resolvePaths(env: NodeJS.ProcessEnv, cwd: string): Paths {
  const pick = (name: string, fallback: string): string => {
    const value = env[name];
    return value ? path.resolve(cwd, value) : path.resolve(REPO_ROOT, fallback);
  };
  return {
    agchoDir: pick(ENV.agchoDir, '../shared/geodata/agcho-2018'),
    worldAtlas: pick(ENV.worldAtlas, 'node_modules/world-atlas/countries-10m.json'),
    dataDir: pick(ENV.dataDir, 'public/data'),
  };
}
