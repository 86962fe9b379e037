/** Text decoded from bytes, with a warning when it was not valid UTF-8. */
export interface Decoded {
  text: string;
  warning?: string;
}

/**
 * Decodes file bytes as UTF-8. Invalid UTF-8 (a Windows-1252 file, say) is
 * decoded as Windows-1252 with a warning naming the first bad byte, so one
 * badly encoded file does not stop a batch. Throws for binary data (NUL bytes).
 * A byte-order mark is dropped; text is returned in Unicode NFC.
 */
export function decodeText(bytes: Uint8Array, name: string): Decoded {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) throw new Error(`${name}: binary file (NUL bytes), not text`);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes).normalize('NFC') };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    return {
      text: new TextDecoder('windows-1252').decode(bytes).normalize('NFC'),
      warning: `${name}: not valid UTF-8 (byte 0x${bytes[bad]!.toString(16).padStart(2, '0')} at offset ${bad}); read as Windows-1252 — convert it with iconv to be sure`,
    };
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const n = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return 0;
}
