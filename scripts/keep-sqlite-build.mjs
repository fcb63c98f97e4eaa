// After `npm ci`: keeps the SQLite module that better-sqlite3 compiled (the relay's store) where
// its installer, prebuild-install, looks before compiling — npm's cache, under _prebuilds — so the
// next `npm ci` with the same cache unpacks it in a second instead of compiling SQLite again (about
// a minute of one core). prebuild-install names the file after the download it would make (package
// version, Node ABI, platform, architecture), so another Node or machine never picks it up. With
// an empty cache, or GitHub unreachable as in CI, the first install still compiles.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const packageDir = resolve('node_modules/better-sqlite3');
const binary = 'build/Release/better_sqlite3.node';
if (!existsSync(join(packageDir, binary))) {
  console.log(`keep-sqlite-build: no ${binary} in ${packageDir}; nothing kept`);
  process.exit(0);
}

// prebuild-install reads npm's cache folder from the environment npm gives install scripts.
process.env.npm_config_cache ??= execFileSync('npm', ['config', 'get', 'cache'], { encoding: 'utf8' }).trim();
const require = createRequire(join(packageDir, 'package.json'));
const pkg = require('./package.json');
const rc = require('prebuild-install/rc')(pkg);
const util = require('prebuild-install/util');
const cached = util.cachedPrebuild(util.getDownloadUrl({ ...rc, pkg }));
if (existsSync(cached)) process.exit(0);

mkdirSync(dirname(cached), { recursive: true });
const partial = `${cached}.${process.pid}.tmp`;
execFileSync('tar', ['-czf', partial, '-C', packageDir, binary]);
renameSync(partial, cached);
console.log(`keep-sqlite-build: kept ${binary} (better-sqlite3 ${pkg.version}) at ${cached}`);
