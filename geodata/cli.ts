import fs from 'node:fs';
import path from 'node:path';
import { ENV, OUTPUT_FILES, REPO_ROOT, resolvePaths, type Paths } from './config.ts';
import { GeodataError } from './errors.ts';
import { formatSummary, runPipeline } from './pipeline.ts';
import { locateSources } from './sources.ts';
import { computeStamp } from './stamp.ts';
import { writeFilesAtomically } from './write.ts';

const ALIASES_FILE = path.join(REPO_ROOT, 'geodata', 'aliases.json');

function help(paths: Paths): string {
  return [
    'npm run geodata [-- --force]',
    '',
    'Builds public/data/north.topo.json (provinces, districts, context, afghanistan, neighbours), its copy',
    'for prerendered first views (first-view.topo.json) and public/data/gazetteer.json from the AGCHO 2018',
    'boundaries and Natural Earth (world-atlas).',
    'Skips the work when the outputs exist and their stamp matches the inputs and the pipeline code.',
    '',
    '  --force   rebuild even when the stamp matches',
    '  --help    this text',
    '',
    'Environment (relative paths resolve against the working directory):',
    `  ${ENV.agchoDir}   AGCHO zips folder      (now ${paths.agchoDir})`,
    `  ${ENV.worldAtlas} world-atlas countries  (now ${paths.worldAtlas})`,
    `  ${ENV.dataDir}    output folder          (now ${paths.dataDir})`,
  ].join('\n');
}

async function main(argv: readonly string[]): Promise<number> {
  const paths = resolvePaths(process.env, process.cwd());
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(help(paths));
    return 0;
  }
  const unknownArgs = argv.filter((a) => a !== '--force');
  if (unknownArgs.length > 0) {
    console.error(`Unknown argument ${unknownArgs.join(' ')}\n\n${help(paths)}`);
    return 2;
  }
  const outputs = {
    topology: path.join(paths.dataDir, OUTPUT_FILES.topology),
    firstView: path.join(paths.dataDir, OUTPUT_FILES.firstView),
    gazetteer: path.join(paths.dataDir, OUTPUT_FILES.gazetteer),
    stamp: path.join(paths.dataDir, OUTPUT_FILES.stamp),
  };
  const sources = locateSources(paths.agchoDir);
  const stamp = computeStamp([...Object.values(sources), paths.worldAtlas]);
  const upToDate =
    fs.existsSync(outputs.topology) &&
    fs.existsSync(outputs.firstView) &&
    fs.existsSync(outputs.gazetteer) &&
    fs.existsSync(outputs.stamp) &&
    fs.readFileSync(outputs.stamp, 'utf8').trim() === stamp;
  if (upToDate && !argv.includes('--force')) {
    console.log(
      `geodata: ${path.relative(process.cwd(), paths.dataDir) || '.'} is up to date (--force rebuilds)`,
    );
    return 0;
  }
  const started = Date.now();
  const result = await runPipeline(paths, ALIASES_FILE);
  writeFilesAtomically([
    { file: outputs.topology, content: result.topologyJson },
    { file: outputs.firstView, content: result.firstViewJson },
    { file: outputs.gazetteer, content: result.gazetteerJson },
    { file: outputs.stamp, content: `${stamp}\n` },
  ]);
  console.log(`geodata: wrote ${outputs.topology} and ${outputs.gazetteer} in ${Date.now() - started} ms`);
  console.log(formatSummary(result.summary));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof GeodataError) {
      console.error(`geodata: ${error.message}`);
      process.exitCode = 1;
    } else {
      console.error(error);
      process.exitCode = 2;
    }
  },
);
