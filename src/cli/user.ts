import type { Command } from 'commander';
import { authenticate, createUser } from '../auth/tokens.ts';
import { InvalidInputError } from '../domain/errors.ts';
import { Role, UserName } from '../domain/user.ts';
import { listUsers } from '../store/queries/users.ts';
import type { CliContext } from './context.ts';
import { formatOption } from './options.ts';
import { renderTable } from './table.ts';

function nameArgument(value: string): UserName {
  const parsed = UserName.safeParse(value);
  if (!parsed.success) {
    throw new InvalidInputError(`NAME "${value}" is not a valid user name`, {
      hint: parsed.error.issues[0]?.message ?? 'use 1–64 letters, digits, ".", "_" or "-"',
    });
  }
  return parsed.data;
}

function roleOption(value: string): Role {
  const parsed = Role.safeParse(value);
  if (!parsed.success) {
    throw new InvalidInputError(`--role has an unknown value "${value}"`, {
      hint: `use one of ${Role.options.join(', ')}`,
    });
  }
  return parsed.data;
}

/** `chancery user add NAME --role R` (prints the token once) and `chancery user list`. */
export function registerUser(program: Command, ctx: CliContext): void {
  const user = program.command('user').description('add users (each gets a token, shown once) and list them');

  user
    .command('add <name>')
    .description(
      'add a user with a role and print their token once; needs an admin token, except for the first admin',
    )
    .requiredOption('--role <role>', Role.options.join(' | '))
    .option('--token <token>', 'your admin token (default CHANCERY_TOKEN)')
    .action(async (nameArg: string, flags: { role: string; token?: string }) => {
      const name = nameArgument(nameArg);
      const role = roleOption(flags.role);
      const services = await ctx.services();
      const db = services.store.db;
      const by = await authenticate(db, flags.token ?? ctx.env.CHANCERY_TOKEN);
      const { user: added, token } = await createUser(db, { name, role, by }, services.now());
      ctx.stdout.write(`added ${added.name} with role ${added.role}; token:\n`);
      ctx.stdout.write(`${token}\n`);
      ctx.stdout.write(
        'This token will not be shown again (only its SHA-256 hash is stored): keep it now, and pass it with --token or CHANCERY_TOKEN.\n',
      );
    });

  user
    .command('list')
    .description('users with their roles and when they were added (never tokens)')
    .option('--format <format>', 'table | json', 'table')
    .action(async (flags: { format: string }) => {
      const format = formatOption(flags.format, ['table', 'json'] as const);
      const users = await listUsers((await ctx.services()).store.db);
      if (format === 'json') {
        ctx.stdout.write(`${JSON.stringify({ count: users.length, users }, null, 2)}\n`);
        return;
      }
      ctx.stdout.write(
        renderTable(
          ['name', 'role', 'created'],
          users.map((u) => [u.name, u.role, u.createdAt.toISOString()]),
        ),
      );
      ctx.stdout.write(`${users.length} users\n`);
    });
}
