// Turns a source's bytes into text, refusing what is not UTF-8 and normalising line ends.
import { SourceError } from './errors.ts';

/** Returns the 1-based line of a byte offset (counting LF bytes before it). */
function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Finds the first byte offset where the UTF-8 is invalid, checking one character at a time. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const strict = new TextDecoder('utf-8', { fatal: true });
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const size = b < 0x80 ? 1 : b >> 5 === 0x6 ? 2 : b >> 4 === 0xe ? 3 : b >> 3 === 0x1e ? 4 : 0;
    if (size === 0 || i + size > bytes.length) return i;
    try {
      strict.decode(bytes.subarray(i, i + size));
    } catch {
      return i;
    }
    i += size;
  }
  return bytes.length;
}

export function decodeSource(file: string, bytes: Uint8Array): string {
  if (bytes.length === 0) throw new SourceError(file, null, 'the file is empty', 'put the report text in the file, or remove it with its .yml');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    throw new SourceError(file, lineAtByte(bytes, offset), `invalid UTF-8 at byte ${offset}`, 're-save the file as UTF-8 (for example `iconv -f GB18030 -t UTF-8`)');
  }
  // TextDecoder drops a leading BOM by default; CRLF and lone CR become LF so line numbers match editors.
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new SourceError(file, null, 'the file holds only white space', 'put the report text in the file, or remove it with its .yml');
  return text;
}
