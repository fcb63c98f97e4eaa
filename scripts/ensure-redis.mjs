// Makes sure a redis-server exists for the test of several relays sharing stories through Redis:
// one on the PATH is used as is; otherwise Debian's package is installed when running as root.
import { spawnSync } from 'node:child_process';

const hasRedis = () => spawnSync('redis-server', ['--version']).status === 0;

export function ensureRedis() {
  if (hasRedis()) return true;
  if (process.getuid?.() === 0 && spawnSync('which', ['apt-get']).status === 0) {
    console.log("No redis-server found: installing Debian's redis-server…");
    spawnSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server'], { stdio: 'inherit' });
  }
  if (!hasRedis()) console.log('No redis-server could be found or installed: the multi-relay test will fail (install redis-server).');
  return hasRedis();
}
