// One check for every web address the analyst gives (a fact-check page, a source's URL): only
// http(s) with a real host name, so a link in an export can never run script (javascript:) or
// point nowhere.
import { z } from 'zod';

const httpUrl = z.httpUrl();

export type HttpUrlCheck = { ok: true; url: string } | { ok: false; message: string };

/** The trimmed address when it is a full http:// or https:// URL; otherwise why it is not. */
export function checkHttpUrl(value: string): HttpUrlCheck {
  const url = value.trim();
  if (httpUrl.safeParse(url).success) return { ok: true, url };
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  const why =
    scheme !== undefined && scheme !== 'http' && scheme !== 'https'
      ? `only http:// and https:// addresses are allowed, not ${scheme}:`
      : 'give a full web address such as https://example.org/page';
  return { ok: false, message: `${JSON.stringify(url)} is not a web address: ${why}.` };
}
