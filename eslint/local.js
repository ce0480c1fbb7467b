// Local lint rules for the house's shape (no dependency to install):
//   local/no-cycle  fails on any import cycle in src/ (static, dynamic and type imports alike)
//   local/layers    fails on an import against the layers: domain ← lib/content ← machines ← stores
//                   ← components ← features ← app (a lower layer never imports a higher one)
import process from 'node:process';
import ts from 'typescript';
import { dirname, relative, resolve, sep } from 'node:path';
import { findCycles, importGraph } from './importGraph.js';

const options = { moduleResolution: ts.ModuleResolutionKind.Bundler, allowImportingTsExtensions: true };
const resolveImport = (spec, from) => {
  const target = ts.resolveModuleName(spec, from, options, ts.sys).resolvedModule?.resolvedFileName;
  return target && !target.includes(`${sep}node_modules${sep}`) ? resolve(target) : null;
};

const cache = new Map();
function cyclesOf(root) {
  const key = resolve(root);
  if (!cache.has(key)) {
    const groups = findCycles(importGraph(key));
    const byFile = new Map();
    for (const g of groups) for (const f of g) byFile.set(f, g);
    cache.set(key, byFile);
  }
  return cache.get(key);
}

function sources(context, check) {
  const visit = (node) => node.source && typeof node.source.value === 'string' && check(node, node.source.value);
  return {
    ImportDeclaration: visit,
    ExportNamedDeclaration: visit,
    ExportAllDeclaration: visit,
    ImportExpression: visit,
  };
}

const noCycle = {
  meta: { type: 'problem', schema: [{ type: 'object', properties: { root: { type: 'string' } } }] },
  create(context) {
    const root = context.options[0]?.root ?? 'src';
    const file = resolve(context.filename);
    const group = cyclesOf(root).get(file);
    if (!group) return {};
    const names = group.map((f) => relative(process.cwd(), f)).join(', ');
    return sources(context, (node, spec) => {
      const target = resolveImport(spec, file);
      if (target && group.includes(target))
        context.report({ node, message: `Import cycle: ${names} import each other. Break it (see README).` });
    });
  },
};

const LAYERS = [
  ['domain'],
  ['lib', 'content'],
  ['machines'],
  ['stores'],
  ['components'],
  ['features'],
  ['app', 'main.tsx'],
];
function layerOf(file, root) {
  const top = relative(root, file).split(sep)[0];
  const i = LAYERS.findIndex((names) => names.includes(top));
  return i < 0 ? null : i;
}

const layers = {
  meta: { type: 'problem', schema: [{ type: 'object', properties: { root: { type: 'string' } } }] },
  create(context) {
    const root = resolve(context.options[0]?.root ?? 'src');
    const file = resolve(context.filename);
    const mine = layerOf(file, root);
    if (mine === null) return {};
    return sources(context, (node, spec) => {
      const target = resolveImport(spec, file);
      if (!target || !target.startsWith(root + sep)) return;
      const theirs = layerOf(target, root);
      if (theirs !== null && theirs > mine)
        context.report({
          node,
          message: `${relative(root, dirname(file))} (layer ${LAYERS[mine].join('/')}) may not import ${relative(root, target)} (layer ${LAYERS[theirs].join('/')}): domain ← lib/content ← machines ← stores ← components ← features ← app.`,
        });
    });
  },
};

export default { rules: { 'no-cycle': noCycle, layers } };
