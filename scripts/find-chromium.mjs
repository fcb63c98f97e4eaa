// Finds a Chromium for Playwright: CHROMIUM_PATH, then Debian's /usr/bin/chromium, then
// Playwright's own download cache. Returns null when none is present.
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const candidate of candidates) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  return playwrightCacheBinary('chromium-', ['chrome-linux/chrome', 'chrome-linux64/chrome', 'chrome-mac/Chromium.app/Contents/MacOS/Chromium', 'chrome-win/chrome.exe']);
}

/**
 * The browser for the end-to-end tests: CHROMIUM_PATH when set, else Chromium's headless shell
 * (Debian's chromium-headless-shell, or Playwright's download), else any Chromium. The shell is what
 * Playwright runs headless by default; it leaves out the full browser's window machinery: a new
 * context, the app on its seeds and its first finding took 3.9 CPU-s in it against 5.0 in
 * Debian's chromium (medians of 5, alternated, 2026-12-01, load 28-32).
 */
export function findTestBrowser() {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  // Debian's /usr/bin/chromium-headless-shell is a shell script around this binary.
  const debian = '/usr/lib/chromium/chromium-headless-shell';
  if (existsSync(debian)) return debian;
  return playwrightCacheBinary('chromium_headless_shell-', ['chrome-headless-shell-linux64/chrome-headless-shell', 'chrome-linux/headless_shell']) ?? findChromium();
}

function playwrightCacheBinary(prefix, binaries) {
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH ?? join(homedir(), '.cache', 'ms-playwright');
  if (!existsSync(cache)) return null;
  const builds = readdirSync(cache).filter((name) => name.startsWith(prefix)).sort().reverse();
  for (const build of builds) {
    for (const binary of binaries) {
      const path = join(cache, build, binary);
      if (existsSync(path)) return path;
    }
  }
  return null;
}
