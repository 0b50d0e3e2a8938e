import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Mantine ships one stylesheet per component (`@mantine/core/styles/Button.css`), and a component
 * needs those of the components it is built from (Button needs UnstyledButton's, Select needs
 * Input's, Combobox's, Popover's…). This plugin adds them to every app module that imports a
 * component, so a screen carries the styles of what it renders however it is entered (a direct
 * link, a reload), and only those.
 *
 * The list is read from Mantine's own code: a component's module imports a `<Name>.module.mjs`
 * class map for each stylesheet it uses, directly or through the components it renders. A
 * component's dependencies come before it, as Mantine's guide asks.
 */
type Pkg = 'core' | 'dates' | 'notifications';
const PACKAGES: Pkg[] = ['core', 'dates', 'notifications'];
// Packages whose styles are one file, imported after the core styles they build on.
const WHOLE_SHEET: Partial<Record<Pkg, string>> = {
  dates: '@mantine/dates/styles.css',
  notifications: '@mantine/notifications/styles.css',
};

// `import x from "…"`, `import { a, b } from "…"`, `import x, { a } from "…"`, `import "…"`.
const IMPORT_RE = /import\s*(?:[\w$]*\s*,?\s*(?:\{([^}]*)\})?\s*from\s*)?["']([^"']+)["']/g;
const APP_IMPORT_RE = /import\s*\{([^}]*)\}\s*from\s*["']@mantine\/(core|dates|notifications)["']/g;

/** `A, type B, C as D` → ['A', 'C'] (type-only names have no styles). */
function importedNames(list: string): string[] {
  return list
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part && !part.startsWith('type '))
    .map((part) => part.split(/\s+as\s+/)[0]!.trim());
}

export function createStyleResolver(packageRoot: (pkg: Pkg) => string) {
  const exportsOf = new Map<Pkg, Map<string, string>>();
  const sheetsOfFile = new Map<string, string[]>();

  /** Export name → the module file that defines it, from the package's index. */
  function exportMap(pkg: Pkg): Map<string, string> {
    let map = exportsOf.get(pkg);
    if (map) return map;
    map = new Map();
    const index = join(packageRoot(pkg), 'esm/index.mjs');
    for (const [, names, from] of readFileSync(index, 'utf8').matchAll(IMPORT_RE)) {
      if (!names || !from!.startsWith('.')) continue;
      for (const name of importedNames(names)) map.set(name, resolve(dirname(index), from!));
    }
    exportsOf.set(pkg, map);
    return map;
  }

  /** The stylesheets a package module needs, dependencies first. */
  function sheetsOf(file: string, visiting = new Set<string>()): string[] {
    const known = sheetsOfFile.get(file);
    if (known) return known;
    if (visiting.has(file)) return [];
    visiting.add(file);
    const sheets: string[] = [];
    const add = (list: string[]) => list.forEach((s) => sheets.includes(s) || sheets.push(s));
    const own: string[] = [];
    for (const [, names, from] of readFileSync(file, 'utf8').matchAll(IMPORT_RE)) {
      if (from!.endsWith('.module.mjs')) {
        // The component's own class map: its stylesheet comes after those of its parts.
        const name = from!.split('/').pop()!.replace('.module.mjs', '');
        const pkg = PACKAGES.find((p) => file.startsWith(packageRoot(p) + sep));
        const sheet = pkg === 'core' ? `@mantine/core/styles/${name}.css` : WHOLE_SHEET[pkg!];
        if (sheet) own.push(sheet);
      } else if (from!.startsWith('.')) {
        add(sheetsOf(resolve(dirname(file), from!), visiting));
      } else if (from === '@mantine/core' && names) {
        add(sheetsFor('core', importedNames(names)));
      }
    }
    add(own);
    sheetsOfFile.set(file, sheets);
    return sheets;
  }

  /** The stylesheets for components imported by name from a package, in a working order. */
  function sheetsFor(pkg: Pkg, names: string[]): string[] {
    const sheets: string[] = [];
    const map = exportMap(pkg);
    for (const name of names) {
      const file = map.get(name);
      if (!file) continue;
      for (const s of sheetsOf(file)) if (!sheets.includes(s)) sheets.push(s);
    }
    return sheets;
  }

  const ranks = new Map<string, number>();
  let fullSheet = '';
  /** Where a core stylesheet sits in Mantine's `styles.css`, which concatenates them all. */
  function rank(sheet: string): number {
    let r = ranks.get(sheet);
    if (r === undefined) {
      fullSheet ||= readFileSync(join(packageRoot('core'), 'styles.css'), 'utf8');
      const own = readFileSync(
        join(packageRoot('core'), sheet.replace('@mantine/core/', '')),
        'utf8',
      );
      r = fullSheet.indexOf(own.trim().slice(0, 400));
      if (r < 0) throw new Error(`${sheet} is not part of @mantine/core/styles.css`);
      ranks.set(sheet, r);
    }
    return r;
  }

  /** Every stylesheet the Mantine imports in an app module's code need. */
  function sheetsForCode(code: string): string[] {
    const sheets: string[] = [];
    for (const [, names, pkg] of code.matchAll(APP_IMPORT_RE)) {
      for (const s of sheetsFor(pkg as Pkg, importedNames(names!))) {
        if (!sheets.includes(s)) sheets.push(s);
      }
    }
    // Core sheets in the order of Mantine's full stylesheet (so the cascade is the one Mantine is
    // tested with), then other packages' styles, which build on them.
    return [
      ...sheets.filter((s) => s.startsWith('@mantine/core/')).sort((a, b) => rank(a) - rank(b)),
      ...sheets.filter((s) => !s.startsWith('@mantine/core/')),
    ];
  }

  return { sheetsFor, sheetsForCode };
}

export function mantineStyles(): Plugin {
  const require = createRequire(import.meta.url);
  const roots = new Map<Pkg, string>();
  const packageRoot = (pkg: Pkg) => {
    let root = roots.get(pkg);
    if (!root) {
      // The CommonJS entry sits one folder down from the package root (cjs/index.cjs).
      root = dirname(dirname(require.resolve(`@mantine/${pkg}`)));
      roots.set(pkg, root);
    }
    return root;
  };
  const resolver = createStyleResolver(packageRoot);
  let srcDir = '';
  return {
    name: 'access-desk:mantine-styles',
    configResolved(config) {
      srcDir = resolve(config.root, 'src') + sep;
    },
    transform(code, id) {
      const file = id.split('?')[0]!;
      if (!file.startsWith(srcDir) || !/\.[jt]sx?$/.test(file) || !code.includes('@mantine/')) {
        return null;
      }
      const sheets = resolver.sheetsForCode(code);
      if (sheets.length === 0) return null;
      // On the first line, so the module's own lines (and its source map) keep their numbers.
      return { code: sheets.map((s) => `import ${JSON.stringify(s)};`).join('') + code, map: null };
    },
  };
}
