// The few web-platform globals core relies on. They exist in browsers, workers and Node 20,
// but core compiles without the DOM library so that nothing else from the DOM creeps in.
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}
interface HmacKey {
  readonly type: string;
}
declare const crypto: {
  subtle: {
    digest(algorithm: 'SHA-256', data: ArrayBufferView | ArrayBuffer): Promise<ArrayBuffer>;
    importKey(format: 'raw', keyData: ArrayBufferView | ArrayBuffer, algorithm: { name: 'HMAC'; hash: 'SHA-256' }, extractable: false, usages: Array<'sign' | 'verify'>): Promise<HmacKey>;
    sign(algorithm: 'HMAC', key: HmacKey, data: ArrayBufferView | ArrayBuffer): Promise<ArrayBuffer>;
    verify(algorithm: 'HMAC', key: HmacKey, signature: ArrayBufferView | ArrayBuffer, data: ArrayBufferView | ArrayBuffer): Promise<boolean>;
  };
  randomUUID(): string;
  getRandomValues<T extends Uint8Array>(array: T): T;
};
declare class URL {
  constructor(url: string, base?: string);
  readonly protocol: string;
  readonly hostname: string;
  readonly href: string;
}
declare class URLSearchParams {
  constructor(init?: string | Record<string, string>);
  get(name: string): string | null;
  toString(): string;
}
