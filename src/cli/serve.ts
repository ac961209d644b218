import { serve } from '@hono/node-server';
import type { Command } from 'commander';
import { createApp } from '../api/app.ts';
import { InvalidInputError } from '../domain/errors.ts';
import type { CliContext } from './context.ts';

export function registerServe(program: Command, ctx: CliContext): void {
  program
    .command('serve')
    .description('serve the web app and the HTTP API (loads the starter data into a fresh database)')
    .option('--port <port>', 'port to listen on (default PORT or 3000)')
    .option('--listen <address>', 'address to bind', '127.0.0.1')
    .action(async (flags: { port?: string; listen: string }) => {
      const port = Number(flags.port ?? ctx.env.PORT ?? 3000);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new InvalidInputError(`--port must be a number from 0 to 65535, got "${flags.port}"`);
      }
      const services = await ctx.services();
      const app = createApp(services);
      await new Promise<void>((resolve, reject) => {
        const server = serve({ fetch: app.fetch, port, hostname: flags.listen }, (info) => {
          ctx.stdout.write(
            `Chancery is serving http://localhost:${info.port}/ on ${services.store.describe}\n`,
          );
          ctx.stdout.write('Press Ctrl+C to stop.\n');
        });
        server.on('error', (err: NodeJS.ErrnoException) =>
          reject(
            err.code === 'EADDRINUSE'
              ? new InvalidInputError(`port ${port} is already in use`, {
                  hint: 'pass --port with another port, or stop the other server',
                })
              : err,
          ),
        );
        const stop = () => server.close(() => resolve());
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
