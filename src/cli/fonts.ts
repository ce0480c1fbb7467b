/** Node-only: base64 of the DejaVu Sans TTFs shipped in node_modules (the browser fetches the same files). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export function readFonts(): { regular: string; bold: string } {
  const dir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  return {
    regular: readFileSync(join(dir, 'DejaVuSans.ttf')).toString('base64'),
    bold: readFileSync(join(dir, 'DejaVuSans-Bold.ttf')).toString('base64'),
  };
}
