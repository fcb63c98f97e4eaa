import { describe, expect, it } from 'vitest';
import { parseRelayArgs } from './relay-command';

describe('crosscheck relay arguments', () => {
  it('has defaults a desk can start with', () => {
    expect(parseRelayArgs([])).toEqual({
      ok: true,
      value: { port: 1234, host: '127.0.0.1', data: 'relay-data', secretFile: null, redis: null, help: false },
    });
  });

  it('reads port, host, data folder, secret file and a Redis address', () => {
    const parsed = parseRelayArgs(['--port', '8080', '--host=0.0.0.0', '--data', '/srv/relay', '--secret-file', 's.txt', '--redis', 'cache.local:6379']);
    expect(parsed).toEqual({
      ok: true,
      value: { port: 8080, host: '0.0.0.0', data: '/srv/relay', secretFile: 's.txt', redis: { host: 'cache.local', port: 6379 }, help: false },
    });
  });

  it('names what is wrong with a bad port, Redis address or stray argument', () => {
    expect(parseRelayArgs(['--port', 'http'])).toEqual({ ok: false, error: '--port "http" is not a port number (1–65535)' });
    expect(parseRelayArgs(['--port', '70000'])).toEqual({ ok: false, error: '--port "70000" is not a port number (1–65535)' });
    expect(parseRelayArgs(['--redis', 'localhost'])).toEqual({ ok: false, error: '--redis "localhost" must look like <host>:<port>' });
    expect(parseRelayArgs(['stories'])).toEqual({ ok: false, error: 'unexpected argument "stories"' });
  });
});
