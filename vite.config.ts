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
 *   virtual:content       the whole knowledge base (loaded lazily by the questionnaire and plan)
 *   virtual:content-meta  version and example names (small; the home screen uses it)
 */
function contentPlugin(): Plugin {
  const ids = { content: 'virtual:content', meta: 'virtual:content-meta' };
  return {
    name: 'pep-content',
    resolveId(id) {
      return Object.values(ids).includes(id) ? `\0${id}` : null;
    },
    load(id) {
      if (id !== `\0${ids.content}` && id !== `\0${ids.meta}`) return null;
      for (const file of listFiles(CONTENT_DIR)) this.addWatchFile(file);
      const result = loadContentDir(CONTENT_DIR);
      if (!result.ok) throw new Error(`content/ is invalid:\n  ${result.errors.join('\n  ')}`);
      const c = result.content;
      const data =
        id === `\0${ids.content}`
          ? c
          : {
              version: c.meta.version,
              examples: c.examples.map(({ id, name, description }) => ({ id, name, description })),
            };
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
    },
    handleHotUpdate(ctx) {
      if (ctx.file.startsWith(CONTENT_DIR)) {
        for (const id of Object.values(ids)) {
          const mod = ctx.server.moduleGraph.getModuleById(`\0${id}`);
          if (mod) ctx.server.moduleGraph.invalidateModule(mod);
        }
        ctx.server.ws.send({ type: 'full-reload' });
        return [];
      }
      return undefined;
    },
  };
}

export default defineConfig({
  plugins: [react(), contentPlugin()],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    manifest: true,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  test: {
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
