import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { Dataset } from '../domain/dataset.ts';
import { InvalidInputError } from '../domain/errors.ts';
import { packageRoot } from '../paths.ts';
import type { Database } from '../store/schema.ts';
import { type DatasetCounts, insertDataset, isEmpty } from '../store/writes/dataset.ts';

/** The DPRK starter dataset shipped in the repo. */
export const STARTER_PATH = join(packageRoot(), 'data/starter/dprk.json');

/** Reads and validates a dataset file, naming the file and the first wrong field. */
export function readDataset(path: URL | string): Dataset {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new InvalidInputError(`cannot read dataset ${String(path)}: ${(err as Error).message}`, {
      hint: 'give a JSON file in the Chancery dataset format (see data/starter/dprk.json)',
      cause: err,
    });
  }
  const parsed = Dataset.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InvalidInputError(
      `dataset ${String(path)} is invalid at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? 'unknown problem'}`,
      { hint: 'fix that field; every fact needs evidence with a source and a quote' },
    );
  }
  return parsed.data;
}

/** Loads the starter dataset when the registry is empty; returns what was loaded, or null. */
export async function loadStarterIfEmpty(db: Kysely<Database>): Promise<DatasetCounts | null> {
  if (!(await isEmpty(db))) return null;
  return insertDataset(db, readDataset(STARTER_PATH));
}
