import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const modulesDir = path.dirname(fileURLToPath(import.meta.url));

/** Every `from '../<module>/…'` in a module's sources (tests included: they follow the same rule). */
function importsOf(moduleName: string): Set<string> {
  const out = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts')) {
        const text = fs.readFileSync(full, 'utf8');
        for (const match of text.matchAll(/from '((?:\.\.\/)+)([a-z-]+)\//g)) {
          const depth = (match[1] ?? '').length / 3;
          const relativeDepth = path.relative(path.join(modulesDir, moduleName), dir).split(path.sep).filter(Boolean);
          // `../x/` from the module's root (or `../../x/` from a sub-folder) names a sibling module.
          if (depth === relativeDepth.length + 1 && match[2] && match[2] !== moduleName) out.add(match[2]);
        }
      }
    }
  };
  walk(path.join(modulesDir, moduleName));
  return out;
}

function cycles(graph: Map<string, Set<string>>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return found;
}

describe('feature modules', () => {
  const names = fs
    .readdirSync(modulesDir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
  const graph = new Map(names.map((name) => [name, importsOf(name)]));

  it('when modules import each other, then only one way (no cycles)', () => {
    expect(cycles(graph).map((c) => c.join(' → '))).toEqual([]);
  });

  it('when accounts and organisations work together, then organisations imports accounts, never the reverse', () => {
    expect(graph.get('organisations')?.has('accounts')).toBe(true);
    expect(graph.get('accounts')?.has('organisations')).toBe(false);
  });
});
