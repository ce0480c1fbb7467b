import { type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadContentDir } from './src/cli/readContentDir';

const CONTENT_DIR = fileURLToPath(new URL('./content', import.meta.url));

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/**
 * Parses and validates content/ at build time and serves it as JSON modules, so the browser ships
 * neither a YAML parser nor the schema library. Invalid content fails the build with every problem.
 *   virtual:content-meta           version and example names (small; the home screen uses it)
 *   virtual:content-questionnaire  questions and glossary (what the questionnaire needs)
 *   virtual:content                the whole knowledge base (the plan screen)
 */
function contentPlugin(): Plugin {
  const ids = {
    content: 'virtual:content',
    questionnaire: 'virtual:content-questionnaire',
    meta: 'virtual:content-meta',
  };
  const resolved = new Set(Object.values(ids).map((id) => `\0${id}`));
  const json = (data: unknown) => `JSON.parse(${JSON.stringify(JSON.stringify(data))})`;
  return {
    name: 'pep-content',
    resolveId(id) {
      return Object.values(ids).includes(id) ? `\0${id}` : null;
    },
    load(id) {
      if (!resolved.has(id)) return null;
      for (const file of listFiles(CONTENT_DIR)) this.addWatchFile(file);
      const result = loadContentDir(CONTENT_DIR);
      if (!result.ok) throw new Error(`content/ is invalid:\n  ${result.errors.join('\n  ')}`);
      const { meta, questions, glossary, ...rest } = result.content;
      if (id === `\0${ids.meta}`) {
        const examples = rest.examples.map(({ id, name, description }) => ({ id, name, description }));
        return `export default ${json({ version: meta.version, examples })};`;
      }
      if (id === `\0${ids.questionnaire}`) return `export default ${json({ meta, questions, glossary })};`;
      // The whole knowledge base reuses the questionnaire's part instead of shipping it twice.
      return `import part from '${ids.questionnaire}';\nexport default { ...${json(rest)}, ...part };`;
    },
    handleHotUpdate(ctx) {
      if (ctx.file.startsWith(CONTENT_DIR)) {
        for (const id of resolved) {
          const mod = ctx.server.moduleGraph.getModuleById(id);
          if (mod) ctx.server.moduleGraph.invalidateModule(mod);
        }
        ctx.server.ws.send({ type: 'full-reload' });
        return [];
      }
      return undefined;
    },
  };
}

/**
 * The Content-Security-Policy: only our own origin, no inline script, no plugins. The built
 * index.html carries it in a <meta> tag (the only way a static host without headers can send it).
 * A meta CSP cannot enforce `frame-ancestors` (browsers ignore it there), so that part is sent as
 * a real header by `vite preview`; a host serving dist/ should send the same header.
 * Styles: React and React Flow set styles through the DOM (element.style), which CSP allows;
 * the stylesheets are files. Images: `data:` and `blob:` for icons and the PDF download.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function cspPlugin(): Plugin {
  return {
    name: 'pep-csp',
    apply: 'build', // the dev server injects an inline script for hot reload, so the policy is for builds
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig({
  plugins: [react(), contentPlugin(), cspPlugin()],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    manifest: true,
  },
  server: { host: '127.0.0.1' },
  preview: {
    host: '127.0.0.1',
    headers: { 'Content-Security-Policy': `${CSP}; frame-ancestors 'none'`, 'X-Frame-Options': 'DENY' },
  },
  test: {
    // Read and validate content/ once per run, for every test file (tests/unit/realContent.ts).
    globalSetup: ['tests/support/contentSetup.ts'],
    // Two cores shared with a build or a browser: allow for a busy machine, still catch a hang.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts', 'tests/machine/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['tests/components/**/*.test.tsx'],
          setupFiles: ['tests/setup/dom.ts'],
        },
      },
    ],
  },
});
