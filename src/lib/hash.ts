/** A short, stable fingerprint of a text (FNV-1a, 32 bits, plus its length): names one copy per value. */
export function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${(h >>> 0).toString(36)}${text.length.toString(36)}`;
}
