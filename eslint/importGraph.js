// The import graph of src/, resolved the way TypeScript resolves it, for the lint rule that fails
// on any import cycle (eslint/local.js) and for tests/unit/importGraph.test.ts. Type-only imports
// count too: a cycle of types is still a knot a reader must untie.
import ts from 'typescript';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const EXT = /\.(ts|tsx)$/;

function listSources(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listSources(path);
    return EXT.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** file → the files it imports (inside `root` only). */
export function importGraph(root) {
  const files = listSources(resolve(root));
  const known = new Set(files);
  const options = { moduleResolution: ts.ModuleResolutionKind.Bundler, allowImportingTsExtensions: true };
  const host = ts.sys;
  const graph = new Map();
  for (const file of files) {
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const deps = new Set();
    for (const ref of info.importedFiles) {
      const target = ts.resolveModuleName(ref.fileName, file, options, host).resolvedModule?.resolvedFileName;
      if (target && known.has(resolve(target))) deps.add(resolve(target));
    }
    graph.set(file, [...deps]);
  }
  return graph;
}

/** Strongly connected groups of more than one file (or a file importing itself): each is a cycle. */
export function findCycles(graph) {
  let index = 0;
  const stack = [];
  const on = new Set();
  const idx = new Map();
  const low = new Map();
  const out = [];
  const visit = (v) => {
    idx.set(v, index);
    low.set(v, index);
    index++;
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
    }
    if (low.get(v) === idx.get(v)) {
      const group = [];
      let w;
      do {
        w = stack.pop();
        on.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(group.sort());
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  return out;
}
