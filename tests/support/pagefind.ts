/**
 * Pagefind's own files, read in tests. Each is gzip of a `pagefind_dcd` signature and a payload:
 * JSON for a page's fragment (its url, indexed text, filters and meta), CBOR for the metadata
 * (`pagefind.<hash>.pf_meta`: version, pages [hash, words], index chunks, filters, sorts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

const SIGNATURE = 'pagefind_dcd';

/** A page as the index holds it (its fragment file). */
export interface IndexedPage {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

/** The payload of a Pagefind file; throws when the file is not one. */
export function readPagefindFile(path: string): Buffer {
  const plain = gunzipSync(readFileSync(path));
  if (plain.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE)
    throw new Error(`${path} is not a Pagefind file (no ${SIGNATURE} signature)`);
  return plain.subarray(SIGNATURE.length);
}

/** A fragment file as the page it indexes. */
export function readFragment(path: string): IndexedPage {
  return JSON.parse(readPagefindFile(path).toString('utf8')) as IndexedPage;
}

/**
 * The pages of the German index in `bundle` (a `pagefind/` folder), in the order of Pagefind's
 * page numbers: the metadata lists the pages' fragment hashes in that order.
 */
export function pagesInIndexOrder(bundle: string): IndexedPage[] {
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string }>;
  };
  const meta = decodeCbor(readPagefindFile(join(bundle, `pagefind.${entry.languages['de']!.hash}.pf_meta`)));
  if (!Array.isArray(meta) || !Array.isArray(meta[1])) throw new Error(`unexpected Pagefind metadata in ${bundle}`);
  return (meta[1] as unknown[]).map((page) => {
    const hash: unknown = Array.isArray(page) ? page[0] : undefined;
    if (typeof hash !== 'string') throw new Error(`unexpected page entry in Pagefind metadata in ${bundle}`);
    return readFragment(join(bundle, 'fragment', `${hash}.pf_fragment`));
  });
}

/**
 * Decodes one CBOR item (RFC 8949) of the kinds Pagefind's metadata uses: unsigned and negative
 * integers, byte and text strings, arrays and maps of definite length, false, true and null.
 * Anything else throws.
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
