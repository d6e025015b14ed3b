// which package may import what: the rules the layering test and its negative controls check every packages/*/src against
import { builtinModules } from 'node:module';
import { dirname, relative, resolve, sep } from 'node:path';

/** the only package allowed to open the database */
export const SQLITE_DRIVER = 'better-sqlite3-multiple-ciphers';

const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

const isNodeBuiltin = (specifier: string): boolean => specifier.startsWith('node:') || NODE_BUILTINS.has(specifier);
const isPackage =
  (...names: readonly string[]) =>
  (specifier: string): boolean =>
    names.some((name) => specifier === name || specifier.startsWith(`${name}/`));
const isSqliteDriver = isPackage(SQLITE_DRIVER);

export interface LayerRule {
  /** what the rule keeps, in words */
  readonly name: string;
  /** the packages (folder names under packages/) it binds */
  readonly binds: (folder: string) => boolean;
  /** whether an import (as a package name; see `landsIn`) breaks it */
  readonly refuses: (specifier: string) => boolean;
}

export const LAYER_RULES: readonly LayerRule[] = [
  {
    name: 'core imports nothing Node-specific and no outer package',
    binds: (folder) => folder === 'core',
    refuses: (s) =>
      isNodeBuiltin(s) ||
      isSqliteDriver(s) ||
      isPackage('@reconnect/vault', '@reconnect/server', '@reconnect/node', '@reconnect/cli', '@reconnect/web')(s),
  },
  {
    name: 'web runs in the browser: no Node modules, vault, server, Node layer, CLI or database driver',
    binds: (folder) => folder === 'web',
    refuses: (s) =>
      isNodeBuiltin(s) ||
      isSqliteDriver(s) ||
      isPackage('@reconnect/vault', '@reconnect/server', '@reconnect/node', '@reconnect/cli')(s),
  },
  {
    name: 'the Node layer stands on core alone: no vault, server, CLI or web',
    binds: (folder) => folder === 'node',
    refuses: isPackage('@reconnect/vault', '@reconnect/server', '@reconnect/cli', '@reconnect/web'),
  },
  {
    name: 'only the vault imports the SQLite driver',
    binds: (folder) => folder !== 'vault',
    refuses: isSqliteDriver,
  },
];

/**
 * Every module a source file imports: static, side-effect, re-export, dynamic and require.
 * @example importedSpecifiers("import 'node:fs';\nexport * from './a.ts';") // ['node:fs', './a.ts']
 */
export function importedSpecifiers(source: string): string[] {
  const pattern =
    /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|\bimport\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g;
  return [...source.matchAll(pattern)].map((match) => match[1] ?? match[2] ?? match[3] ?? match[4] ?? '');
}

/**
 * What an import reaches, as a package name: a relative path that leaves its own package for another one
 * counts as importing that package (`../../vault/src/db.ts` from packages/web is `@reconnect/vault`).
 */
export function landsIn(specifier: string, file: string, packagesDir: string): string {
  if (!specifier.startsWith('.')) return specifier;
  const [target] = relative(packagesDir, resolve(dirname(file), specifier)).split(sep);
  const [own] = relative(packagesDir, file).split(sep);
  return target === undefined || target === '..' || target === own ? specifier : `@reconnect/${target}`;
}

export interface Violation {
  readonly specifier: string;
  readonly rule: string;
}

/**
 * The imports of one source file (under `packagesDir/<folder>/src`) that break a rule binding its package.
 * @example violations('/repo/packages/web/src/a.ts', "import fs from 'node:fs';", '/repo/packages') // [{ specifier: 'node:fs', … }]
 */
export function violations(file: string, source: string, packagesDir: string): Violation[] {
  const [folder = ''] = relative(packagesDir, file).split(sep);
  const rules = LAYER_RULES.filter((rule) => rule.binds(folder));
  return importedSpecifiers(source).flatMap((specifier) => {
    const reached = landsIn(specifier, file, packagesDir);
    return rules.filter((rule) => rule.refuses(reached)).map((rule) => ({ specifier, rule: rule.name }));
  });
}
