/**
 * A compact, self-checking text form for JSON values that travel in a link's fragment:
 * `<tag><version>.<length>.<checksum>.<data>`, where data is the JSON, deflated (native
 * CompressionStream 'deflate-raw') and written in base64url. The length (of data, base 36) tells a
 * link cut short from one tampered with; the checksum (CRC-32 of the JSON bytes, base 36) catches
 * edits that still inflate. Decoding streams the inflation with a byte cap, so a small link cannot
 * unpack into gigabytes.
 */

export type PayloadProblem = 'not-ours' | 'newer-version' | 'cut-short' | 'tampered' | 'too-large';

export type DecodeResult = { ok: true; value: unknown } | { ok: false; problem: PayloadProblem; error: string };

export interface PayloadKind {
  /** Lower-case letters naming what the payload holds, e.g. "plan". */
  tag: string;
  /** The format's version; a payload with a higher one came from a newer planner. */
  version: number;
  /** What the user calls it in messages, e.g. "share link". */
  noun: string;
  /** The longest payload (in characters) this kind accepts. */
  maxLength: number;
  /** The most bytes the JSON may inflate to. */
  maxInflated: number;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Null when the text is not base64url (or has a length no base64 text can have). */
export function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  let binary: string;
  try {
    binary = atob(padded);
  } catch {
    return null;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  // Only the one canonical spelling counts: a changed last character whose spare bits atob ignores
  // is a change all the same.
  return toBase64Url(bytes) === text ? bytes : null;
}

async function readAll(stream: ReadableStream<Uint8Array>, cap: number): Promise<Uint8Array | 'too-large'> {
  const reader = stream.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > cap) {
      await reader.cancel().catch(() => undefined);
      return 'too-large';
    }
    parts.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

function streamOf(bytes: Uint8Array): ReadableStream<BufferSource> {
  return new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(bytes as Uint8Array<ArrayBuffer>);
      controller.close();
    },
  });
}

export async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const out = await readAll(streamOf(bytes).pipeThrough(new CompressionStream('deflate-raw')), Infinity);
  return out as Uint8Array;
}

/** Inflates at most `cap` bytes; 'too-large' past that, null when the data is not valid deflate. */
export async function inflate(bytes: Uint8Array, cap: number): Promise<Uint8Array | 'too-large' | null> {
  try {
    return await readAll(streamOf(bytes).pipeThrough(new DecompressionStream('deflate-raw')), cap);
  } catch {
    return null;
  }
}

const HEADER = /^([a-z]+)(\d{1,6})\.([0-9a-z]{1,8})\.([0-9a-z]{1,8})\.(.*)$/s;

export function formatSize(chars: number): string {
  return chars.toLocaleString('en-GB');
}

export async function encodePayload(kind: PayloadKind, value: unknown): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(value));
  const data = toBase64Url(await deflate(json));
  return `${kind.tag}${kind.version}.${data.length.toString(36)}.${crc32(json).toString(36)}.${data}`;
}

export async function decodePayload(kind: PayloadKind, text: string): Promise<DecodeResult> {
  const fail = (problem: PayloadProblem, error: string): DecodeResult => ({ ok: false, problem, error });
  const tampered = (why: string) =>
    fail(
      'tampered',
      `This ${kind.noun} has been changed since it was made (${why}), so it cannot be trusted. Ask for a new one.`,
    );
  if (text.length > kind.maxLength)
    return fail(
      'too-large',
      `This ${kind.noun} is ${formatSize(text.length)} characters long; at most ${formatSize(kind.maxLength)} are accepted. Ask for the file instead.`,
    );
  const trimmed = text.trim();
  const tagMatch = /^([a-z]+)(\d{1,6})\./.exec(trimmed);
  if (!tagMatch || tagMatch[1] !== kind.tag)
    return fail('not-ours', `This is not a ${kind.noun} made by the patient engagement planner.`);
  const version = Number(tagMatch[2]);
  if (version > kind.version)
    return fail(
      'newer-version',
      `This ${kind.noun} was made by a newer version of the planner (format ${version}); this one reads up to format ${kind.version}. Open it in the newest version.`,
    );
  if (version < 1) return fail('not-ours', `This is not a ${kind.noun} made by the patient engagement planner.`);
  const m = HEADER.exec(trimmed);
  if (!m)
    return fail('cut-short', `This ${kind.noun} is cut short: its header is incomplete. Copy the whole link again.`);
  const expected = parseInt(m[3] ?? '', 36);
  const checksum = parseInt(m[4] ?? '', 36);
  const data = m[5] ?? '';
  if (data.length < expected)
    return fail(
      'cut-short',
      `This ${kind.noun} is cut short: ${formatSize(data.length)} of its ${formatSize(expected)} characters arrived. Copy the whole link again.`,
    );
  if (data.length > expected) return tampered('it is longer than it says');
  const bytes = fromBase64Url(data);
  if (!bytes) return tampered('it holds characters a link of ours never has');
  const json = await inflate(bytes, kind.maxInflated);
  if (json === 'too-large')
    return fail(
      'too-large',
      `This ${kind.noun} unpacks to more than ${formatSize(kind.maxInflated)} bytes, more than any plan needs, so it was not opened.`,
    );
  if (json === null) return tampered('its packed data is damaged');
  if (crc32(json) !== checksum) return tampered('its check code does not match');
  try {
    return { ok: true, value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json)) as unknown };
  } catch {
    return tampered('its contents are not readable');
  }
}
