// every package's sources keep the layering rules (test/layering.ts), and both the rules here and Biome's
// noRestrictedImports (biome.json) refuse a forbidden import when one is fed to them
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importedSpecifiers, SQLITE_DRIVER, violations } from './layering.ts';

const repo = join(import.meta.dirname, '..');
const packagesDir = join(repo, 'packages');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory()
      ? sourceFiles(path)
      : /\.(?:[cm]?ts|tsx|[cm]?js|jsx)$/.test(entry)
        ? [path]
        : [];
  });
}

const packages = readdirSync(packagesDir).filter((name) => existsSync(join(packagesDir, name, 'src')));

describe('layering of every package', () => {
  it('finds the packages and their sources', () => {
    expect(packages).toEqual(expect.arrayContaining(['core', 'cli', 'web']));
  });

  it.each(packages)('packages/%s/src breaks no layering rule', (name) => {
    const files = sourceFiles(join(packagesDir, name, 'src'));
    expect(files.length).toBeGreaterThan(0);
    const broken = files.flatMap((file) =>
      violations(file, readFileSync(file, 'utf8'), packagesDir).map((v) => `${relative(repo, file)}: ${v.specifier}`),
    );
    expect(broken).toEqual([]);
  });
});

/** imports each package must refuse, and imports it may make */
const CONTROLS: readonly (readonly [folder: string, specifier: string, refused: boolean])[] = [
  ['core', 'node:fs', true],
  ['core', 'fs/promises', true],
  ['core', '@reconnect/web', true],
  ['core', '@reconnect/vault', true],
  ['core', SQLITE_DRIVER, true],
  ['core', './import/types.ts', false],
  ['web', 'node:path', true],
  ['web', '@reconnect/vault', true],
  ['web', '@reconnect/server/routes', true],
  ['web', '@reconnect/node', true],
  ['web', SQLITE_DRIVER, true],
  ['web', '@reconnect/core', false],
  ['cli', SQLITE_DRIVER, true],
  ['server', SQLITE_DRIVER, true],
  ['node', `${SQLITE_DRIVER}/lib`, true],
  ['node', '@reconnect/vault', true],
  ['node', '@reconnect/cli', true],
  ['node', '@reconnect/core', false],
  ['cli', 'node:fs', false],
  ['server', '@reconnect/vault', false],
  ['vault', SQLITE_DRIVER, false],
];

const sourceWith = (specifier: string): string =>
  `import probe from '${specifier}';\n\nexport const probes = [probe];\n`;

describe('the layering rules refuse what they should (negative controls)', () => {
  it.each(CONTROLS)('packages/%s importing %s: refused %s', (folder, specifier, refused) => {
    const file = join(packagesDir, folder, 'src', 'probe.ts');
    expect(violations(file, sourceWith(specifier), packagesDir).length > 0).toBe(refused);
  });

  it('counts a relative path into another package as importing that package', () => {
    const file = join(packagesDir, 'web', 'src', 'app', 'probe.ts');
    expect(violations(file, sourceWith('../../../vault/src/db.ts'), packagesDir)).toHaveLength(1);
    expect(violations(file, sourceWith('../../../core/src/index.ts'), packagesDir)).toEqual([]);
    expect(violations(file, sourceWith('../report/App.tsx'), packagesDir)).toEqual([]);
  });

  it('sees every kind of import', () => {
    const source = `import 'node:fs';\nimport type { A } from "node:os";\nexport * from './a.ts';\nconst b = await import('node:path');\nconst c = require('fs');`;
    expect(importedSpecifiers(source)).toEqual(['node:fs', 'node:os', './a.ts', 'node:path', 'fs']);
  });

  describe("Biome's noRestrictedImports", () => {
    const scratch = mkdtempSync(join(tmpdir(), 'reconnect-layering-'));
    afterAll(() => rmSync(scratch, { recursive: true, force: true }));

    it('refuses the same imports in a tree laid out like this one', () => {
      const config = JSON.parse(readFileSync(join(repo, 'biome.json'), 'utf8')) as Record<string, unknown>;
      delete config.$schema;
      writeFileSync(join(scratch, 'biome.json'), JSON.stringify({ ...config, vcs: { enabled: false } }));
      CONTROLS.forEach(([folder, specifier], index) => {
        mkdirSync(join(scratch, 'packages', folder, 'src'), { recursive: true });
        writeFileSync(join(scratch, 'packages', folder, 'src', `probe${index}.ts`), sourceWith(specifier));
      });
      const biome = join(repo, 'node_modules', '.bin', 'biome');
      let output = '';
      try {
        output = execFileSync(biome, ['lint', '--reporter=json', '--max-diagnostics=none', 'packages'], {
          cwd: scratch,
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore'],
        });
      } catch (error) {
        output = String((error as { stdout?: string }).stdout ?? '');
      }
      const report = JSON.parse(output) as { diagnostics: { category: string; location: { path: string } }[] };
      const refusedFiles = new Set(
        report.diagnostics
          .filter((d) => /noRestrictedImports|noNodejsModules/.test(d.category))
          .map((d) => d.location.path.split(/[\\/]/).pop()),
      );
      CONTROLS.forEach(([folder, specifier, refused], index) => {
        expect(refusedFiles.has(`probe${index}.ts`), `${folder} → ${specifier}`).toBe(refused);
      });
    });
  });
});
