// Prints the gzip size of every built script and fails when the JavaScript the first page load
// needs (the entry chunk and its static imports) exceeds the budget. Lazy chunks and the worker
// are listed but load on demand.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const INITIAL_JS_BUDGET_BYTES = 200 * 1024;

const outDir = process.argv[2] ?? 'dist';
const html = readFileSync(join(outDir, 'index.html'), 'utf8');
const assets = join(outDir, 'assets');
const gzipSize = (file) => gzipSync(readFileSync(file)).length;

const entries = [...html.matchAll(/<script[^>]+src="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
const initial = new Set();
const queue = [...entries];
while (queue.length > 0) {
  const file = queue.pop();
  if (initial.has(file) || !existsSync(join(outDir, file))) continue;
  initial.add(file);
  const code = readFileSync(join(outDir, file), 'utf8');
  // Static imports only: `import … from "./x.js"` and bare `import "./x.js"`, never `import("./x.js")`.
  for (const m of code.matchAll(/(?:^|[;}\n])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["'](\.\/[^"']+\.js)["']/g)) {
    queue.push(`assets/${m[1].slice(2)}`);
  }
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
let initialTotal = 0;
console.log('\nJavaScript (gzip):');
for (const name of readdirSync(assets).filter((f) => f.endsWith('.js')).sort()) {
  const file = `assets/${name}`;
  const size = gzipSize(join(outDir, file));
  const isInitial = initial.has(file);
  if (isInitial) initialTotal += size;
  console.log(`  ${isInitial ? 'initial ' : 'on demand'}  ${kb(size).padStart(9)}  ${name}`);
}
console.log(`Initial JavaScript: ${kb(initialTotal)} gzip (budget ${kb(INITIAL_JS_BUDGET_BYTES)})`);
// Zod's JSON Schema generator serves docs/project-schema.json only; the full zod that carries it
// loads with the import and sharing, never on the first screen (which uses zod/mini).
const withJsonSchema = [...initial].filter((file) => readFileSync(join(outDir, file), 'utf8').includes('draft-2020-12'));
if (withJsonSchema.length > 0) {
  console.error(`Zod's JSON Schema code is in the first load (${withJsonSchema.join(', ')}): a first-screen module imports 'zod' instead of 'zod/mini'.`);
  process.exit(1);
}
if (initialTotal > INITIAL_JS_BUDGET_BYTES) {
  console.error(`Initial JavaScript is over budget by ${kb(initialTotal - INITIAL_JS_BUDGET_BYTES)}: load heavy libraries on demand.`);
  process.exit(1);
}
