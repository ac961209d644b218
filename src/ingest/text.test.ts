import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../domain/errors.ts';
import { decodeText } from './text.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('decodeText', () => {
  it('decodes UTF-8 text, Hangul included', () => {
    expect(decodeText(bytes('북한 대사관 closed.'), 'a.txt')).toBe('북한 대사관 closed.');
  });

  it('keeps a byte-order mark so offsets match a plain UTF-8 read of the file', () => {
    const text = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), 'bom.txt');
    expect(text).toBe('\ufeffA');
  });

  it('rejects invalid UTF-8 with a named error that says what to do', () => {
    expect(() => decodeText(new Uint8Array([0x41, 0xff, 0xfe]), 'latin1.txt')).toThrow(InvalidInputError);
    expect(() => decodeText(new Uint8Array([0x41, 0xff]), 'latin1.txt')).toThrow(
      'latin1.txt is not valid UTF-8 text',
    );
  });

  it('rejects binary content even when it is valid UTF-8', () => {
    expect(() => decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00]), 'a.zip')).toThrow(
      'a.zip looks like a binary file, not text',
    );
  });

  it('rejects an empty or blank document', () => {
    expect(() => decodeText(new Uint8Array([]), 'empty.txt')).toThrow('empty.txt is empty');
    expect(() => decodeText(bytes(' \n\t '), 'blank.txt')).toThrow(InvalidInputError);
  });
});
