import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';
import { InvalidInputError } from '../domain/errors.ts';
import { htmlToText } from './html.ts';
import { decodeText } from './text.ts';

/** Largest document accepted; longer files are almost never articles. */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

export type DocumentFormat = 'txt' | 'md' | 'html';

export interface ReadDocument {
  fileName: string;
  format: DocumentFormat;
  /** The text claims point into: the file itself for txt/md, the page's main text for HTML. */
  text: string;
  title: string | null;
  /** From the page's metadata (HTML only). */
  published: string | null;
  bytes: number;
  /** sha256 of `text`: the same article saved twice is one source. */
  contentHash: string;
}

const FORMATS: Record<string, DocumentFormat> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
};

export function formatOf(path: string): DocumentFormat | undefined {
  return FORMATS[extname(path).toLowerCase()];
}

function firstLineTitle(text: string, format: DocumentFormat): string | null {
  const lines = text.split('\n').map((l) => l.trim());
  if (format === 'md') {
    const heading = lines.find((l) => /^#{1,2}\s+\S/.test(l));
    if (heading) return heading.replace(/^#+\s+/, '');
  }
  const first = lines.find((l) => l.length > 0);
  return first ? first.slice(0, 300) : null;
}

/**
 * Turns a file's bytes into a document: strict UTF-8, binary and empty files refused, HTML
 * reduced to its main text (no script, style or handler survives).
 *
 * @throws InvalidInputError naming the file and what to do
 */
export function readDocument(path: string, bytes: Uint8Array): ReadDocument {
  const fileName = basename(path);
  const format = formatOf(path);
  if (!format) {
    throw new InvalidInputError(`${fileName} is not a .txt, .md or .html file`, {
      hint: 'save the article as text, Markdown or HTML',
    });
  }
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    throw new InvalidInputError(
      `${fileName} is ${(bytes.length / 1048576).toFixed(1)} MB, over the 5 MB limit`,
      {
        hint: 'split it into articles, or save only the article text',
      },
    );
  }
  const raw = decodeText(bytes, fileName);
  let text = raw;
  let title: string | null;
  let published: string | null = null;
  if (format === 'html') {
    const page = htmlToText(raw);
    if (page.text.trim() === '') {
      throw new InvalidInputError(`${fileName} has no readable text`, {
        hint: 'save the article page, not an empty shell',
      });
    }
    ({ text, title, published } = page);
  } else {
    title = firstLineTitle(text, format);
  }
  return {
    fileName,
    format,
    text,
    title,
    published,
    bytes: bytes.length,
    contentHash: createHash('sha256').update(text).digest('hex'),
  };
}
