// Why an incoming text or file was not added. Each message names the source and says what the
// analyst can do about it, so it can be shown as is.

export type IngestProblemCode = 'empty' | 'binary' | 'not-utf8' | 'too-large' | 'too-complex' | 'unsupported-type' | 'duplicate';

export interface IngestProblem {
  code: IngestProblemCode;
  /** The file name, or "Pasted text". */
  source: string;
  /** The message without the source, for callers that name the source their own way. */
  reason: string;
  message: string;
}

export type IngestResult<T> = { ok: true; value: T } | { ok: false; problem: IngestProblem };

export function problem(code: IngestProblemCode, source: string, reason: string): { ok: false; problem: IngestProblem } {
  return { ok: false, problem: { code, source, reason, message: `${source}: ${reason}` } };
}
