// One check for every web address the analyst gives (a fact-check page, a source's URL): only
// http(s) with a real host name, so a link in an export can never run script (javascript:) or
// point nowhere.
import * as z from 'zod/mini';
import '../util/zod-without-eval';

const PORT = '(?:[0-9]{1,4}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])';
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
/** An http(s) URL as written in a file: ASCII host with a top-level domain, no spaces. */
const WRITTEN_URL = new RegExp(`^[Hh][Tt][Tt][Pp][Ss]?://(?:[^\\s/?#@\\\\]*@)?(?:${LABEL}\\.)+[A-Za-z]{2,63}(?::${PORT})?(?:[/?#][^\\s\\\\]*)?$`);

/**
 * zod checks the parsed URL (scheme http or https, a host name with a top-level domain) and the
 * pattern the way it is written; JSON Schema readers of the project file get the same pattern.
 */
export const httpUrlSchema = z.pipe(
  z.string().check(z.regex(WRITTEN_URL, 'expected an http:// or https:// address with an ASCII host name and no spaces')),
  z.httpUrl(),
);

export type HttpUrlCheck = { ok: true; url: string } | { ok: false; message: string };

/**
 * The trimmed address when it is a full http:// or https:// URL; otherwise why it is not. An
 * address with spaces or a non-ASCII host name comes back as the browser would write it
 * (percent-encoded, punycode), so every stored URL is in the written form.
 */
export function checkHttpUrl(value: string): HttpUrlCheck {
  const url = value.trim();
  if (httpUrlSchema.safeParse(url).success) return { ok: true, url };
  if (z.httpUrl().safeParse(url).success) {
    const written = new URL(url).href;
    if (httpUrlSchema.safeParse(written).success) return { ok: true, url: written };
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  const why =
    scheme !== undefined && scheme !== 'http' && scheme !== 'https'
      ? `only http:// and https:// addresses are allowed, not ${scheme}:`
      : 'give a full web address such as https://example.org/page';
  return { ok: false, message: `${JSON.stringify(url)} is not a web address: ${why}.` };
}
