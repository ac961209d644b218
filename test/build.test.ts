import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { bundle } from '../bin/build.js';
import { buildIsFresh, sourcesDigest } from '../bin/sources.js';

const ROOT = join(import.meta.dirname, '..');

describe('the build of the CLI', () => {
  const dirs: string[] = [];
  const scratch = (under = tmpdir()) => {
    mkdirSync(under, { recursive: true });
    const dir = mkdtempSync(join(under, 'chancery-build-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('is used only while it was made from the sources as they are', () => {
    const root = scratch();
    mkdirSync(join(root, 'src/cli'), { recursive: true });
    writeFileSync(join(root, 'src/cli/main.ts'), 'export const a = 1;\n');
    writeFileSync(join(root, 'src/cli/main.test.ts'), 'test\n');
    const manifest = join(root, 'dist/chancery.json');
    expect(buildIsFresh(root, manifest)).toBe(false); // never built
    mkdirSync(join(root, 'dist'));
    writeFileSync(manifest, JSON.stringify({ sources: sourcesDigest(root) }));
    expect(buildIsFresh(root, manifest)).toBe(true);
    writeFileSync(join(root, 'src/cli/main.test.ts'), 'another test\n');
    expect(buildIsFresh(root, manifest)).toBe(true); // tests are not in the build
    writeFileSync(join(root, 'src/cli/main.ts'), 'export const a = 2;\n');
    expect(buildIsFresh(root, manifest)).toBe(false); // an edit
    writeFileSync(join(root, 'src/cli/main.ts'), 'export const a = 1;\n');
    expect(buildIsFresh(root, manifest)).toBe(true);
    writeFileSync(join(root, 'src/extra.json'), '{}');
    expect(buildIsFresh(root, manifest)).toBe(false); // a new file
    rmSync(join(root, 'src/extra.json'));
    writeFileSync(manifest, 'not json');
    expect(buildIsFresh(root, manifest)).toBe(false);
  });

  it('runs the CLI from the bundle, finding the starter data beside it', async () => {
    // Built inside the package, as dist/ is, so packages and data/ resolve as they do for dist/.
    const out = join(scratch(join(ROOT, '.tmp')), 'chancery.mjs');
    await bundle(join(ROOT, 'src/cli/main.ts'), out);
    const dataDir = join(scratch(), 'db');
    const script = `const { main } = await import(${JSON.stringify(pathToFileURL(out).href)});
process.exitCode = await main(['node', 'chancery', 'missions', '--host', 'ES', '--as-of', '2023-01-01', '--data-dir', ${JSON.stringify(dataDir)}]);`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Madrid/);
  });
});
