import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { parseDay } from '../domain/dates.ts';
import { InvalidInputError } from '../domain/errors.ts';
import { ingestFiles } from '../ingest/batch.ts';
import { expandPaths } from '../ingest/files.ts';
import type { IngestResult } from '../ingest/pipeline.ts';
import { commandUser } from './auth.ts';
import type { CliContext } from './context.ts';

function resultLine(r: IngestResult): string {
  switch (r.status) {
    case 'ingested':
      return `${r.path}: ingested ${r.intoExisting ? 'into the cited source' : 'as'} ${r.sourceId} (${r.claims} claims${r.newMissions.length ? `; new missions, flagged: ${r.newMissions.join(', ')}` : ''})`;
    case 'near-duplicate':
      return `${r.path}: near-duplicate of ${r.of}, stored as ${r.sourceId} in its cluster (${r.claims} claims)`;
    case 'duplicate':
      return `${r.path}: duplicate of ${r.of}, nothing stored`;
    case 'failed':
      return `${r.path}: failed: ${r.error}`;
  }
}

export function registerIngest(program: Command, ctx: CliContext): void {
  program
    .command('ingest')
    .description('store articles (.txt, .md, .html; files or directories) and the claims extracted from them')
    .argument('<paths...>', 'files or directories')
    .option('--published <date>', 'publication date, YYYY-MM-DD (relative dates resolve against it)')
    .option('--publisher <name>', 'who published the documents')
    .option('--url <url>', 'where the document was published')
    .option('--token <token>', 'a reviewer or admin token (default CHANCERY_TOKEN)')
    .action(
      async (
        paths: string[],
        flags: { published?: string; publisher?: string; url?: string; token?: string },
      ) => {
        const published =
          flags.published === undefined ? undefined : parseDay(flags.published, '--published');
        if (flags.url !== undefined && !URL.canParse(flags.url)) {
          throw new InvalidInputError(`--url "${flags.url}" is not a URL`, {
            hint: 'give the full address, https://…',
          });
        }
        const { files, skipped, missing } = await expandPaths(paths);
        const services = await ctx.services();
        const user = await commandUser(ctx, services, flags.token, 'reviewer', 'ingest');
        const results: IngestResult[] = missing.map((m) => ({
          path: m.path,
          status: 'failed',
          error: m.error,
        }));
        // A bar only where someone watches a terminal; logs and pipes get the result lines alone.
        const bar =
          files.length > 1 && 'isTTY' in ctx.stderr && ctx.stderr.isTTY
            ? new SingleBar({
                stream: ctx.stderr,
                format: 'ingesting [{bar}] {value}/{total} {file}',
                hideCursor: true,
              })
            : undefined;
        bar?.start(files.length, 0, { file: '' });
        const batch = ingestFiles(
          files,
          { published, publisher: flags.publisher, url: flags.url },
          { db: services.store.db, now: services.now, actor: user.name },
        );
        for await (const r of batch) {
          results.push(r);
          bar?.increment({ file: r.path });
        }
        bar?.stop();
        for (const r of results) ctx.stdout.write(`${resultLine(r)}\n`);
        const count = (s: IngestResult['status']) => results.filter((r) => r.status === s).length;
        const claims = results.reduce((n, r) => n + ('claims' in r ? r.claims : 0), 0);
        ctx.stdout.write(
          `${results.length} documents: ${count('ingested')} ingested, ${count('near-duplicate')} near-duplicate, ` +
            `${count('duplicate')} duplicate, ${count('failed')} failed; ${claims} claims stored` +
            `${skipped.length ? `; ${skipped.length} other files skipped` : ''}\n`,
        );
        if (count('failed') > 0) ctx.exitCode = 1;
      },
    );
}
