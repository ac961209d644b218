import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { Claim } from '../domain/claim.ts';
import { parseDay } from '../domain/dates.ts';
import { InvalidInputError, NotFoundError } from '../domain/errors.ts';
import { describeClaim } from '../ingest/describe.ts';
import { extractClaims, toJsonl } from '../ingest/extract.ts';
import { type ReadDocument, readDocument } from '../ingest/reader.ts';
import type { CliContext } from './context.ts';
import { formatOption } from './options.ts';
import { renderTable } from './table.ts';

const FORMATS = ['jsonl', 'table'] as const;

async function readInput(path: string): Promise<ReadDocument> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (cause) {
    const code = cause instanceof Error && 'code' in cause ? cause.code : undefined;
    if (code === 'ENOENT')
      throw new NotFoundError(`${path} does not exist`, { hint: 'check the path', cause });
    if (code === 'EISDIR')
      throw new InvalidInputError(`${path} is a directory`, { hint: 'name the files in it', cause });
    throw new InvalidInputError(`${path} cannot be read`, { hint: 'check its permissions', cause });
  }
  return readDocument(path, bytes);
}

function quoteCell(c: Claim): string {
  const q = c.quote.replace(/\s+/g, ' ');
  return q.length > 70 ? `${q.slice(0, 67)}...` : q;
}

/**
 * `chancery extract FILE... [--format jsonl|table] [--published YYYY-MM-DD]`: prints the
 * claims found in documents. Reads files only; the store is never opened.
 */
export function registerExtract(program: Command, ctx: CliContext): void {
  program
    .command('extract')
    .description('print the claims found in .txt, .md or .html documents (does not touch the database)')
    .argument('<files...>', 'documents to read')
    .option('--format <format>', `output format: ${FORMATS.join(' or ')}`, 'jsonl')
    .option(
      '--published <day>',
      'publication day (YYYY-MM-DD) that relative dates such as "in October" count from',
    )
    .action(async (files: string[], opts: { format: string; published?: string }) => {
      const format = formatOption(opts.format, FORMATS);
      const published = opts.published === undefined ? undefined : parseDay(opts.published, '--published');
      // Every file is read and checked before anything is printed.
      const docs = await Promise.all(files.map(readInput));
      const claims = docs.flatMap((d) =>
        extractClaims(d.text, { doc: d.fileName, published: published ?? d.published }),
      );
      if (format === 'jsonl') {
        ctx.stdout.write(toJsonl(claims));
        return;
      }
      ctx.stdout.write(
        renderTable(
          ['doc', 'kind', 'claim', 'source', 'quote', 'span'],
          claims.map((c) => [
            c.doc,
            c.kind,
            describeClaim(c),
            c.attributed_to,
            quoteCell(c),
            `${c.start}-${c.end}`,
          ]),
        ),
      );
    });
}
