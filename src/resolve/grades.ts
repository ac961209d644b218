import { DEFAULT_GRADE, Grade, PublisherType } from '../domain/source.ts';

/** A source's grade: the reviewer's latest, else the default for its kind of publisher. */
export function gradeOf(set: string | null, publisherType: string): Grade {
  const graded = Grade.safeParse(set);
  if (graded.success) return graded.data;
  const type = PublisherType.safeParse(publisherType);
  return DEFAULT_GRADE[type.success ? type.data : 'unknown'];
}
