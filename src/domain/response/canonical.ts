/**
 * One text per response content: object keys sorted, the check itself left out. Two responses with
 * the same content always give the same text, whatever order their keys were written in.
 */
export function canonicalText(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalText).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([k, v]) => k !== 'check' && v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalText(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** FNV-1a over the UTF-16 code units, from a given offset basis. */
function fnv1a(text: string, basis: number): number {
  let h = basis;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The integrity check: two 32-bit FNV-1a lanes with different offset bases, and the length. It
 * catches a hand edit, a cut-off copy or a garbled link; it is not a signature (anyone can recompute
 * it), and nothing here is secret.
 */
export function responseCheck(content: unknown): string {
  const text = canonicalText(content);
  const a = fnv1a(text, 0x811c9dc5).toString(16).padStart(8, '0');
  const b = fnv1a(text, 0x050c5d1f).toString(16).padStart(8, '0');
  return `${a}${b}-${text.length.toString(36)}`;
}
