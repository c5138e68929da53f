import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from './config.ts';

/** Runs `npm run geodata` the way a user does (a subprocess with its own environment). */
export function runCli(args: readonly string[], env: Record<string, string>) {
  const result = spawnSync(path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx'), ['geodata/cli.ts', ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
