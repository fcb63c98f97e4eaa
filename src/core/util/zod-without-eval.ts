// The built app's Content-Security-Policy forbids eval. Zod 4 probes `new Function` on its first
// object parse to decide whether to compile fast parsers; the probe is caught, but the browser
// still reports a CSP violation. Jitless parsing is plenty fast for our small schemas.
// Imported first by every entry that parses with Zod: the app's state and the import worker.
import { z } from 'zod';

z.config({ jitless: true });
