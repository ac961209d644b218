import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from './main.ts';

const ARTICLES = join(import.meta.dirname, '../../test/fixtures/articles');

function sink(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}

// A data directory that does not exist: if extract ever opened the store, it would show up here.
const env = { CHANCERY_DATA_DIR: join(tmpdir(), 'chancery-extract-test-never-created') };

async function run(...args: string[]) {
  const out = sink();
  const err = sink();
  const code = await main(['node', 'chancery', ...args], { stdout: out.stream, stderr: err.stream, env });
  return { code, stdout: out.text(), stderr: err.text() };
}

describe('chancery extract', () => {
  it('prints one JSON claim per line for a text file', async () => {
    const { code, stdout, stderr } = await run(
      'extract',
      join(ARTICLES, 'wire-brief.txt'),
      '--published',
      '2023-11-25',
    );
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const claims = stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(claims[0]).toMatchObject({
      doc: 'wire-brief.txt',
      kind: 'mission_status',
      host: 'UG',
      status: 'closed',
      quote: 'North Korea has quietly withdrawn its diplomats from Uganda and Angola',
    });
    expect(claims.map((c) => c.kind)).toContain('coverage');
  });

  it('reads several files, HTML and Markdown included, and dates HTML from its metadata', async () => {
    const { code, stdout } = await run(
      'extract',
      join(ARTICLES, 'ministry-notice.html'),
      join(ARTICLES, 'analyst-newsletter.md'),
    );
    expect(code).toBe(0);
    const claims = stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(new Set(claims.map((c) => c.doc))).toEqual(
      new Set(['ministry-notice.html', 'analyst-newsletter.md']),
    );
    expect(claims.find((c) => c.doc === 'ministry-notice.html' && c.city === 'Kinshasa')?.date).toBe(
      '2024-02-14',
    );
  });

  it('prints a table with --format table', async () => {
    const { code, stdout } = await run('extract', join(ARTICLES, 'korean-closures.txt'), '--format', 'table');
    expect(code).toBe(0);
    expect(stdout).toContain('KP embassy in NP: closed');
    expect(stdout).toContain('통일부');
  });

  it('says which file is missing and exits 1', async () => {
    const { code, stdout, stderr } = await run('extract', join(ARTICLES, 'no-such-article.txt'));
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr).toBe(`error: ${join(ARTICLES, 'no-such-article.txt')} does not exist (check the path)\n`);
  });

  it('refuses a binary file, text that is not UTF-8 and a bad date with exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chancery-extract-'));
    writeFileSync(join(dir, 'archive.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Espa\xf1a', 'latin1'));
    const bin = await run('extract', join(dir, 'archive.txt'));
    expect(bin.code).toBe(2);
    expect(bin.stderr).toMatch(/^error: archive\.txt looks like a binary file, not text/);
    const latin = await run('extract', join(dir, 'latin1.txt'));
    expect(latin.code).toBe(2);
    expect(latin.stderr).toMatch(/^error: latin1\.txt is not valid UTF-8 text/);
    const date = await run('extract', join(ARTICLES, 'wire-brief.txt'), '--published', '2023-02-30');
    expect(date).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'error: --published must be a date as YYYY-MM-DD, got "2023-02-30" (write the date in full, e.g. 2023-09-01)\n',
    });
  });

  it('refuses an unknown format before reading anything', async () => {
    const { code, stderr } = await run('extract', join(ARTICLES, 'wire-brief.txt'), '--format', 'xml');
    expect(code).toBe(2);
    expect(stderr).toBe('error: --format has an unknown value "xml" (use one of jsonl, table)\n');
  });
});
