import { z } from 'zod';

/** What a token may do: a viewer reads, a reviewer also reviews, an admin also manages users. */
export const Role = z.enum(['viewer', 'reviewer', 'admin']);
export type Role = z.infer<typeof Role>;

// Each role includes every lower one: admin ⊇ reviewer ⊇ viewer.
const RANK: Record<Role, number> = { viewer: 0, reviewer: 1, admin: 2 };

/** True when `role` grants at least what `needed` grants, e.g. `roleAtLeast('admin', 'reviewer')`. */
export function roleAtLeast(role: Role, needed: Role): boolean {
  return RANK[role] >= RANK[needed];
}

/** A user's name as it appears in the audit log: 1–64 letters, digits, `.`, `_` or `-`. */
export const UserName = z
  .string()
  .min(1, 'a user name needs at least one character')
  .max(64, 'a user name has at most 64 characters')
  .regex(/^[A-Za-z0-9._-]+$/, 'a user name uses only letters, digits, ".", "_" and "-"')
  .brand<'UserName'>();
export type UserName = z.infer<typeof UserName>;

/** A user as the app sees it; the token never appears here, only in the answer that creates it. */
export const User = z.object({
  id: z.number().int(),
  name: UserName,
  role: Role,
  createdAt: z.date(),
});
export type User = z.infer<typeof User>;
