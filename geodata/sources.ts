import fs from 'node:fs';
import path from 'node:path';
import { AGCHO_FILES, ENV, REQUIRED_FIELDS, type AdmLevel } from './config.ts';
import { GeodataError } from './errors.ts';
import { runMapshaper } from './mapshaper-run.ts';

export type SourceFiles = Record<AdmLevel, string>;
export type AttributeRecord = Record<string, unknown>;
export type SourceRecords = Record<AdmLevel, AttributeRecord[]>;
export type BBox = [number, number, number, number];

const HOW_TO_FIX = `Set ${ENV.agchoDir} to the folder holding the AGCHO 2018 zips (see ../shared/geodata/agcho-2018/SOURCE.md).`;

/** The three AGCHO zips in `dir`, or a GeodataError naming what is missing. */
export function locateSources(dir: string): SourceFiles {
  try {
    fs.accessSync(dir, fs.constants.R_OK | fs.constants.X_OK);
    if (!fs.statSync(dir).isDirectory()) throw new Error('not a directory');
  } catch {
    throw new GeodataError(`AGCHO source folder ${dir} is missing or unreadable. ${HOW_TO_FIX}`);
  }
  const files = {} as SourceFiles;
  for (const [level, name] of Object.entries(AGCHO_FILES) as [AdmLevel, string][]) {
    const file = path.join(dir, name);
    try {
      fs.accessSync(file, fs.constants.R_OK);
    } catch {
      throw new GeodataError(`AGCHO file ${file} is missing or unreadable. ${HOW_TO_FIX}`);
    }
    files[level] = file;
  }
  return files;
}

/** Fails with the file and field name when a level lacks a field the pipeline reads. */
export function checkFields(level: AdmLevel, file: string, records: readonly AttributeRecord[]): void {
  if (records.length === 0) throw new GeodataError(`${file} has no features.`);
  const fields = new Set(Object.keys(records[0] ?? {}));
  for (const field of REQUIRED_FIELDS[level]) {
    if (!fields.has(field)) {
      throw new GeodataError(
        `${file} lacks the field ${field} (found: ${[...fields].join(', ')}). ` +
          `The pipeline expects the AGCHO 2018 COD-AB attribute layout. ${HOW_TO_FIX}`,
      );
    }
  }
}

/**
 * The attribute tables of the three levels (mapshaper reads the zipped shapefiles directly) and the national
 * outline's bounding box.
 */
export async function readSourceRecords(files: SourceFiles): Promise<{ records: SourceRecords; bbox: BBox }> {
  const records = {} as SourceRecords;
  let bbox: BBox | undefined;
  for (const level of Object.keys(AGCHO_FILES) as AdmLevel[]) {
    const file = files[level];
    let out: Record<string, string>;
    const bounds = level === 'adm0' ? ['-each', 'this.properties.__bbox = this.bbox'] : [];
    try {
      out = await runMapshaper(['-i', file, ...bounds, '-o', 'records.json', 'format=json']);
    } catch (error) {
      throw new GeodataError(`Could not read ${file}: ${(error as Error).message}. ${HOW_TO_FIX}`);
    }
    const parsed: unknown = JSON.parse(out['records.json'] ?? '[]');
    if (!Array.isArray(parsed)) throw new GeodataError(`${file}: unexpected attribute table.`);
    records[level] = (parsed as AttributeRecord[]).map(({ __bbox, ...rest }) => {
      if (Array.isArray(__bbox) && __bbox.length === 4) bbox = __bbox as BBox;
      return rest;
    });
    checkFields(level, file, records[level]);
  }
  if (!bbox) throw new GeodataError(`${files.adm0} has no national outline geometry.`);
  return { records, bbox };
}
