// The built app's Content-Security-Policy forbids eval. Zod 4 probes `new Function` on its first
// object parse to decide whether to compile fast parsers; the probe is caught, but the browser
// still reports a CSP violation. Jitless parsing is plenty fast for our small schemas.
// Imported first by every entry that parses with Zod: the app's state and the import worker.
// zod/mini (the first screen's schemas) brings no messages of its own: English is set here, as
// the full zod sets it, so a problem reads the same whichever of the two made the schema.
import { config } from 'zod/mini';
import { en } from 'zod/locales';

config({ jitless: true, ...en() });
