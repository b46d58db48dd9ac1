import { ParseError } from './parse-error.ts';

const BOM = '\uFEFF';

/**
 * Bytes of a source file → text with LF line ends and no BOM.
 * Rejects what cannot be a report: an empty file, bytes that are not UTF-8.
 */
export function decodeSource(bytes: Uint8Array, file: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const line = countLines(bytes.subarray(0, at));
    throw new ParseError(
      file,
      line,
      `the file is not UTF-8 text (invalid byte 0x${bytes[at]?.toString(16).padStart(2, '0')} at byte ${at})`,
    );
  }
  if (text.startsWith(BOM)) text = text.slice(1);
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new ParseError(file, undefined, 'the file is empty: expected the text of a report');
  return text;
}

function countLines(bytes: Uint8Array): number {
  let lines = 1;
  for (const byte of bytes) if (byte === 0x0a) lines++;
  return lines;
}

/** Offset of the first byte that breaks UTF-8, found by decoding prefixes line by line. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lineStart = 0;
  for (let index = 0; index <= bytes.length; index++) {
    if (index === bytes.length || bytes[index] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(lineStart, index));
      } catch {
        return lineStart + firstBadOffsetInLine(bytes.subarray(lineStart, index));
      }
      lineStart = index + 1;
    }
  }
  return 0;
}

function firstBadOffsetInLine(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let end = 1; end <= bytes.length; end++) {
    try {
      decoder.decode(bytes.subarray(0, end), { stream: true });
    } catch {
      return end - 1;
    }
  }
  return bytes.length - 1;
}
