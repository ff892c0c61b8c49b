/**
 * Reading a Pagefind bundle's metadata (`pagefind.<hash>.pf_meta`) in tests: which fragment,
 * word index and filter files it names, the fragments in the order of Pagefind's page numbers.
 */
import { gunzipSync } from 'node:zlib';

type HashedFolder = 'fragment' | 'index' | 'filter';

/** What every compressed Pagefind file starts with once decompressed. */
const MAGIC = Buffer.from('pagefind_dcd');

/**
 * The hashes a Pagefind metadata file (`pagefind.<hash>.pf_meta`) names: its pages' fragments,
 * its word index chunks and its filters. Pagefind writes it as gzip of "pagefind_dcd" and a CBOR
 * array: version, pages [hash, words], index chunks [from, to, hash], filters [name, hash], sorts.
 */
export function readMeta(bytes: Uint8Array): Record<HashedFolder, string[]> | undefined {
  const payload = unpack(bytes);
  if (!payload) return undefined;
  let meta: unknown;
  try {
    meta = decodeCbor(payload);
  } catch {
    return undefined;
  }
  if (!Array.isArray(meta) || meta.length < 4 || typeof meta[0] !== 'string') return undefined;
  const hashes = (list: unknown, at: number): string[] | undefined => {
    if (!Array.isArray(list)) return undefined;
    const out: string[] = [];
    for (const item of list) {
      if (!Array.isArray(item) || typeof item[at] !== 'string') return undefined;
      out.push(item[at]);
    }
    return out;
  };
  const fragment = hashes(meta[1], 0);
  const index = hashes(meta[2], 2);
  const filter = hashes(meta[3], 1);
  return fragment && index && filter ? { fragment, index, filter } : undefined;
}

/** The payload of a compressed Pagefind file, or undefined when it is not one. */
export function unpack(bytes: Uint8Array): Buffer | undefined {
  let plain: Buffer;
  try {
    plain = gunzipSync(bytes);
  } catch {
    return undefined;
  }
  return plain.subarray(0, MAGIC.length).equals(MAGIC) ? plain.subarray(MAGIC.length) : undefined;
}

/**
 * Decodes one CBOR item (RFC 8949) of the kinds Pagefind's metadata uses: unsigned and negative
 * integers, byte and text strings, arrays and maps of definite length, false, true and null.
 * Anything else throws, and the bundle is then not reused.
 */
export function decodeCbor(bytes: Uint8Array): unknown {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = new TextDecoder('utf-8', { fatal: true });
  let at = 0;
  const length = (info: number): number => {
    if (info < 24) return info;
    const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
    if (size === 0 || at + size > bytes.length) throw new Error(`CBOR: unsupported length at byte ${at}`);
    const value =
      size === 1
        ? view.getUint8(at)
        : size === 2
          ? view.getUint16(at)
          : size === 4
            ? view.getUint32(at)
            : Number(view.getBigUint64(at));
    at += size;
    return value;
  };
  const item = (): unknown => {
    if (at >= bytes.length) throw new Error('CBOR: ends inside an item');
    const initial = bytes[at++]!;
    const major = initial >> 5;
    const info = initial & 31;
    if (major === 7) {
      if (info === 20) return false;
      if (info === 21) return true;
      if (info === 22) return null;
      throw new Error(`CBOR: unsupported simple value ${info}`);
    }
    const n = length(info);
    switch (major) {
      case 0:
        return n;
      case 1:
        return -1 - n;
      case 2:
      case 3: {
        if (at + n > bytes.length) throw new Error('CBOR: string runs past the end');
        const chunk = bytes.subarray(at, at + n);
        at += n;
        return major === 2 ? chunk : text.decode(chunk);
      }
      case 4:
        return Array.from({ length: n }, item);
      case 5: {
        const map = new Map<unknown, unknown>();
        for (let i = 0; i < n; i++) map.set(item(), item());
        return map;
      }
      default:
        throw new Error(`CBOR: unsupported major type ${major}`);
    }
  };
  const value = item();
  if (at !== bytes.length) throw new Error('CBOR: bytes left after the item');
  return value;
}
