import { InvalidInputError } from '../domain/errors.ts';

// `fatal` makes invalid UTF-8 an error instead of U+FFFD; `ignoreBOM` keeps a BOM in the
// text so offsets agree with readers that decode the file the same way (Node's 'utf8').
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

// NUL and the C0 controls other than tab, LF, VT, FF and CR do not occur in prose; a file
// that has them is binary (an image, a PDF, a zip) even when its bytes happen to be UTF-8.
function looksBinary(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && (c < 0x09 || c > 0x0d)) return true;
  }
  return false;
}

/**
 * Decodes a document's bytes as strict UTF-8.
 *
 * @param name what to call the input in an error message (a file name)
 * @throws InvalidInputError for invalid UTF-8, binary content or a document with no text
 */
export function decodeText(bytes: Uint8Array, name: string): string {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch (cause) {
    throw new InvalidInputError(`${name} is not valid UTF-8 text`, {
      hint: 'convert it to UTF-8 first, e.g. iconv -t UTF-8',
      cause,
    });
  }
  if (looksBinary(text)) {
    throw new InvalidInputError(`${name} looks like a binary file, not text`, {
      hint: 'give a .txt, .md or .html document',
    });
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    throw new InvalidInputError(`${name} is empty`, { hint: 'give a document that has some text' });
  }
  return text;
}
