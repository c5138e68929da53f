import fs from 'node:fs';
import path from 'node:path';

/** Writes each file next to its target and renames it into place, so readers never see half a file. */
export function writeFilesAtomically(files: ReadonlyArray<{ file: string; content: string }>): void {
  const temps: { temp: string; file: string }[] = [];
  try {
    for (const { file, content } of files) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const temp = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(temp, content);
      temps.push({ temp, file });
    }
    for (const { temp, file } of temps) fs.renameSync(temp, file);
  } catch (error) {
    for (const { temp } of temps) fs.rmSync(temp, { force: true });
    throw error;
  }
}
