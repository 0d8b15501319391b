// Compares two builds byte for byte: every file under api/ and the feed by default (the public outputs that a
// refactor must leave unchanged), or every file with --all. Prints the files that differ or exist on one side only
// and exits 1 if there are any. Usage: node scripts/diff-builds.ts <distA> <distB> [--all]
// (Both are functions of the content and WIREDIFF_SITE only, so two builds of the same content are identical.)
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { listFiles } from './bench/measure.ts';

const [a, b] = process.argv.slice(2).filter((x) => !x.startsWith('--'));
if (!a || !b || !existsSync(a) || !existsSync(b)) {
  console.error('usage: node scripts/diff-builds.ts <distA> <distB> [--all]');
  process.exit(2);
}
const all = process.argv.includes('--all');
const compared = (path: string) => all || path.startsWith('api/') || path === 'feed.xml';
const paths = (dist: string) => new Set(listFiles(dist).map((f) => relative(dist, f.path)).filter(compared));
const left = paths(a);
const right = paths(b);
const differences: string[] = [];
for (const path of [...new Set([...left, ...right])].sort()) {
  if (!left.has(path)) differences.push(`only in ${b}: ${path}`);
  else if (!right.has(path)) differences.push(`only in ${a}: ${path}`);
  else if (!readFileSync(join(a, path)).equals(readFileSync(join(b, path)))) differences.push(`differs: ${path}`);
}
for (const line of differences) console.log(line);
console.log(`${differences.length === 0 ? 'identical' : `${differences.length} difference(s)`}: ${left.size} and ${right.size} files compared${all ? '' : ' (api/ and feed.xml)'}`);
process.exit(differences.length === 0 ? 0 : 1);
