import { Claim } from '../domain/claim.ts';

/** One short human line for a claim ("KP embassy in ES: closed 2023-10"). JSON read back is parsed first. */
export function describeClaim(data: unknown): string {
  const parsed = Claim.safeParse(data);
  if (!parsed.success) return '(unreadable claim)';
  const c = parsed.data;
  const hedge = c.hedge ? ` (${c.hedge})` : '';
  switch (c.kind) {
    case 'mission_status':
      return `${c.sending} ${c.mission_type} in ${c.city ?? c.host}: ${c.status}${c.date ? ` ${c.date}` : ''}${hedge}`;
    case 'mission_count':
      return `${c.sending} ${c.relation} ${c.what}: ${c.qualifier === 'exact' ? '' : `${c.qualifier} `}${c.value}${c.as_of ? ` as of ${c.as_of}` : ''}`;
    case 'quantity':
      return `${c.what}: ${c.qualifier === 'exact' ? '' : `${c.qualifier} `}${c.value} ${c.unit}`;
    case 'coverage':
      return `${c.sending} mission in ${c.by_city ?? c.by_host} covers ${c.from_host}${hedge}`;
    case 'entity':
      return `${c.entity_type}: ${c.name}${c.role ? `, ${c.role}` : ''}`;
  }
}
