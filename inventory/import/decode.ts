/**
 * Bytes of a text file → text, and which encoding was used, so the panel can
 * tell the person. Excel in Québec saves « CSV (séparateur : point-virgule) »
 * in Windows-1252, « CSV UTF-8 » with a BOM, and « Texte Unicode » in UTF-16.
 *
 * UTF-8 is tried strictly first: Windows-1252 accents are never valid UTF-8
 * sequences in practice, so a strict failure means the file is Windows-1252.
 * Never guessed silently: the result always says what was used.
 */
export type TextEncodingUsed = 'utf-8-bom' | 'utf-8' | 'utf-16le' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingUsed;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const strict = tryUtf8(bytes.subarray(3));
    if (strict !== undefined) return { text: strict, encoding: 'utf-8-bom' };
    // A BOM followed by invalid UTF-8: the file was re-saved by something that lied.
    return { text: decodeWindows1252(bytes.subarray(3)), encoding: 'windows-1252' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  const strict = tryUtf8(bytes);
  if (strict !== undefined) return { text: strict, encoding: 'utf-8' };
  return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
}

/**
 * Windows-1252 differs from Latin-1 only in 0x80–0x9F (€, œ, Œ, ’, «…). Some
 * TextDecoder implementations (Node's among them) decode "windows-1252" as
 * Latin-1, leaving C1 controls there: this puts the right characters back, and
 * changes nothing where the decoder was already right.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

function tryUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
