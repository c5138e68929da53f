// npm start / npm run preview: the built site (dist/, or the folder given) on http://localhost:4173, served
// as a CDN would serve it (scripts/static-server.ts). --port N for another port.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { listen } from './static-server.ts';

const args = process.argv.slice(2);
const portAt = args.indexOf('--port');
const port = portAt >= 0 ? Number(args[portAt + 1]) : 4173;
const dir = resolve(args.find((a, i) => !a.startsWith('--') && i !== portAt + 1) ?? 'dist');

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write(`serve: --port ${args[portAt + 1] ?? ''}: not a port number\n`);
  process.exit(1);
}
if (!existsSync(join(dir, 'index.html'))) {
  process.stderr.write(`serve: ${dir}/index.html is missing: run "npm run build" first\n`);
  process.exit(1);
}
const server = await listen(dir, { port, host: 'localhost' }).catch((e: unknown) => {
  process.stderr.write(`serve: port ${port}: ${(e as Error).message}\n`);
  process.exit(1);
});
process.stdout.write(`North Atlas: ${server.origin}/ (serving ${dir}; Ctrl+C stops)\n`);
