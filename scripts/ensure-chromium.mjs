// Makes sure a Chromium exists for the end-to-end tests: one already present is used as is;
// otherwise Playwright's download is tried, then Debian's package when running as root.
import { spawnSync } from 'node:child_process';
import { findChromium } from './find-chromium.mjs';

export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  console.log('No Chromium found: trying `playwright install chromium`…');
  spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
  const downloaded = findChromium();
  if (downloaded) return downloaded;
  if (process.getuid?.() === 0 && spawnSync('which', ['apt-get']).status === 0) {
    console.log("Playwright's download failed: installing Debian's chromium…");
    spawnSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core'], { stdio: 'inherit' });
  }
  const installed = findChromium();
  if (!installed) console.log('No Chromium could be found or installed: set CHROMIUM_PATH to a Chromium binary.');
  return installed;
}
