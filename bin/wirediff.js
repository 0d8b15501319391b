#!/usr/bin/env node
// The `wirediff` command (package.json "bin"). The command itself is TypeScript (scripts/wirediff.ts), which the
// project's pinned Node (24, a dev dependency) runs directly; under an older Node this re-runs it with that one.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('../scripts/wirediff.ts', import.meta.url));
const major = Number(process.versions.node.split('.')[0]);

if (major >= 24) {
  await import(script);
} else {
  const pinned = fileURLToPath(new URL('../node_modules/node/bin/node', import.meta.url));
  const run = spawnSync(pinned, [script, ...process.argv.slice(2)], { stdio: 'inherit' });
  if (run.error) {
    process.stderr.write(`wirediff: needs Node 24 (this is ${process.version}); run "npm ci" to install the project's own\n`);
    process.exit(2);
  }
  process.exit(run.status ?? 2);
}
