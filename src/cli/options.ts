import countries from 'i18n-iso-countries';
import { type IsoDay, parseDay } from '../domain/dates.ts';
import { InvalidInputError } from '../domain/errors.ts';
import { MissionType } from '../domain/mission.ts';
import { MissionStatus, OPERATING } from '../domain/status.ts';

/** `--as-of`/`--known-on`: a full day, default today. */
export function dayOption(value: string | undefined, flag: string, today: IsoDay): IsoDay {
  return value === undefined ? today : parseDay(value, flag);
}

/** `--status open,closing` | `operating` (default) | `all`. */
export function statusOption(value: string | undefined): readonly MissionStatus[] {
  if (value === undefined || value === 'operating') return OPERATING;
  if (value === 'all') return MissionStatus.options;
  return value.split(',').map((s) => {
    const parsed = MissionStatus.safeParse(s.trim());
    if (!parsed.success) {
      throw new InvalidInputError(`--status has an unknown value "${s}"`, {
        hint: `use ${[...MissionStatus.options, 'operating', 'all'].join(', ')}`,
      });
    }
    return parsed.data;
  });
}

/** `--host ES` or `--host Spain` → `ES`. */
export function countryOption(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  const code = /^[a-z]{2}$/i.test(value) ? value.toUpperCase() : countries.getAlpha2Code(value, 'en');
  if (!code || !countries.isValid(code)) {
    throw new InvalidInputError(`${flag} "${value}" is not a country`, {
      hint: 'give an ISO 3166-1 alpha-2 code such as ES, or an English name such as Spain',
    });
  }
  return code;
}

export function typeOption(value: string | undefined): MissionType | undefined {
  if (value === undefined) return undefined;
  const parsed = MissionType.safeParse(value);
  if (!parsed.success) {
    throw new InvalidInputError(`--type has an unknown value "${value}"`, {
      hint: `use one of ${MissionType.options.join(', ')}`,
    });
  }
  return parsed.data;
}

/** Checks a `--format` value against the formats one command supports. */
export function formatOption<const T extends readonly string[]>(value: string, allowed: T): T[number] {
  const isAllowed = (v: string): v is T[number] => allowed.includes(v);
  if (!isAllowed(value)) {
    throw new InvalidInputError(`--format has an unknown value "${value}"`, {
      hint: `use one of ${allowed.join(', ')}`,
    });
  }
  return value;
}
