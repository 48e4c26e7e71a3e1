// Bytes to text. Question files must be UTF-8; anything else is reported with the place it breaks.
import { FILE_START, type Span } from '../problem.js';

const STRICT = new TextDecoder('utf-8', { fatal: true });

export type Decoded = { ok: true; text: string } | { ok: false; message: string; span: Span };

/** Byte offset of the first byte that is not well-formed UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function spanAtByte(bytes: Uint8Array, offset: number): Span {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  // Column in characters of the valid text before the bad byte on that line.
  const column = new TextDecoder().decode(bytes.subarray(lineStart, offset)).length + 1;
  return { line, column, endLine: line, endColumn: column + 1 };
}

/** UTF-32 or UTF-16, by byte-order mark or, without one, by where the NUL bytes of the first
 * (ASCII) character fall, as YAML 1.2 section 5.2 detects encodings. UTF-32 is tested first: its
 * little-endian mark begins like UTF-16's. */
function wideEncoding(b: Uint8Array): string | undefined {
  if (b.length < 2) return undefined;
  const [b0, b1, b2, b3] = [b[0], b[1], b[2], b[3]];
  if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) return 'UTF-32';
  if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) return 'UTF-32';
  if (b0 === 0 && b1 === 0 && b2 === 0 && b3 !== 0 && b3 !== undefined) return 'UTF-32';
  if (b0 !== 0 && b1 === 0 && b2 === 0 && b3 === 0) return 'UTF-32';
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) return 'UTF-16';
  if ((b0 === 0 && b1 !== 0) || (b0 !== 0 && b1 === 0)) return 'UTF-16';
  return undefined;
}

export function decodeUtf8(bytes: Uint8Array): Decoded {
  const wide = wideEncoding(bytes);
  if (wide) {
    return { ok: false, message: `file is ${wide} encoded; save it as UTF-8`, span: FILE_START };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return {
      ok: false,
      message: 'file holds NUL bytes: it looks binary, not a YAML text file',
      span: spanAtByte(bytes, nul),
    };
  }
  // Native strict decoding for the usual, valid file; the byte-by-byte scan only to say where
  // an invalid one breaks.
  try {
    const text = STRICT.decode(bytes);
    return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    // located below
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad !== -1) {
    const hex = (bytes[bad] as number).toString(16).toUpperCase().padStart(2, '0');
    return {
      ok: false,
      message: `file is not valid UTF-8 (byte 0x${hex} at offset ${bad}); save it as UTF-8`,
      span: spanAtByte(bytes, bad),
    };
  }
  let text = new TextDecoder('utf-8').decode(bytes);
  // TextDecoder drops a leading BOM by default; nothing else to undo.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, text };
}
