/** A half-open range of UTF-16 offsets into a document's text: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x3000 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0xfeff
  );
}

/** Narrows a span so that it starts and ends on non-space characters. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/** The smallest span covering all the given ones. */
export function cover(spans: readonly Span[]): Span {
  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  for (const s of spans) {
    if (s.start < start) start = s.start;
    if (s.end > end) end = s.end;
  }
  return { start, end };
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/**
 * A span's key in a document's caches: `start × (length + 1) + end`, a number (a small integer
 * for an article), cheaper to make and hash than a string; exact for texts under 2^26
 * characters, and a string beyond.
 */
export function spanKey(text: string, span: Span): number | string {
  const { length } = text;
  return length < 2 ** 26 ? span.start * (length + 1) + span.end : `${span.start}:${span.end}`;
}

/** Whether `re` matches inside `span` (searching the slice: a search from `span.start` over
 * the whole text would run on to the next match, possibly pages later). */
export function matchesWithin(re: RegExp, text: string, span: Span): boolean {
  re.lastIndex = 0;
  return re.test(text.slice(span.start, span.end));
}
