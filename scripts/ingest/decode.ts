// Turns a file's bytes into text, refusing what is not UTF-8 (naming the line of the first bad byte and
// the encoding to convert from) and normalising line ends.
import { SourceError } from './errors.ts';

/** The 1-based line of a byte offset: CR, LF and CRLF each end a line, as editors count them. */
function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
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

/**
 * Whether the bytes are UTF-16: a byte-order mark (`FF FE`, `FE FF`), or NUL bytes in one of the two
 * positions of most code units (the Latin letters, digits and line ends of a file saved as UTF-16).
 */
function isUtf16(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const nuls = [0, 0];
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0) nuls[i % 2]!++;
  const units = Math.floor(bytes.length / 2);
  return units >= 2 && Math.max(...nuls) >= units / 4 && Math.min(...nuls) <= Math.max(...nuls) / 10;
}

/** Strict UTF-8 text of a file, or a SourceError naming the file, the line of the first bad byte and the fix. */
export function decodeUtf8(file: string, bytes: Uint8Array): string {
  if (isUtf16(bytes)) throw new SourceError(file, null, 'the file is UTF-16, not UTF-8', 're-save it as UTF-8 (for example `iconv -f UTF-16 -t UTF-8`)');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    throw new SourceError(file, lineAtByte(bytes, offset), `invalid UTF-8 at byte ${offset}`, 're-save the file as UTF-8 (for Chinese text from Windows, usually `iconv -f GB18030 -t UTF-8`)');
  }
}

export function decodeSource(file: string, bytes: Uint8Array): string {
  if (bytes.length === 0) throw new SourceError(file, null, 'the file is empty', 'put the report text in the file, or remove it with its .yml');
  // TextDecoder drops a leading BOM by default; CRLF and lone CR become LF so line numbers match editors.
  const text = decodeUtf8(file, bytes).replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new SourceError(file, null, 'the file holds only white space', 'put the report text in the file, or remove it with its .yml');
  return text;
}
