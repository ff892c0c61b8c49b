/**
 * Reuse of the previous build's Pagefind files. Pagefind names its fragment, index and filter
 * files by a hash of what they hold and does not write a file whose name already exists, so a
 * bundle folder that starts with the previous build's files is written only where pages changed:
 * at 10,000 articles Pagefind spent 14 of its 23 seconds compressing files that a build after one
 * new article writes again unchanged.
 *
 * A reused file is trusted only after its content is checked against its name, and only when
 * the same Pagefind version wrote it (another version may compress the same data into other
 * bytes). After Pagefind has written, the files its new metadata does not name are removed, so
 * the bundle is the one a cold build writes, file for file.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Folders of a bundle whose files are named by their content's hash. */
const HASHED_FOLDERS = ['fragment', 'index', 'filter'] as const;
type HashedFolder = (typeof HASHED_FOLDERS)[number];

/** File name endings of the hashed folders. */
const EXTENSION: Record<HashedFolder, string> = { fragment: '.pf_fragment', index: '.pf_index', filter: '.pf_filter' };

/** What every compressed Pagefind file starts with once decompressed. */
const MAGIC = Buffer.from('pagefind_dcd');

/** The files (relative to the bundle folder) a bundle's metadata names, by folder. */
export type BundleFiles = Record<HashedFolder, Set<string>>;

/**
 * Puts the previous bundle's hashed files into `bundle` (hard links, copies across file
 * systems) where the previous bundle was written by Pagefind `version` and a file's content
 * matches its name. Returns how many files it put there; 0 when there is nothing to reuse.
 */
export function seedBundle(previous: string, bundle: string, version: string): number {
  const named = bundleFiles(previous, version);
  if (!named) return 0;
  let seeded = 0;
  for (const folder of HASHED_FOLDERS) {
    let made = false;
    for (const name of [...named[folder]].sort()) {
      const from = join(previous, folder, name);
      const bytes = readOrUndefined(from);
      if (!bytes || !matchesName(name, bytes)) continue;
      if (!made) {
        mkdirSync(join(bundle, folder), { recursive: true });
        made = true;
      }
      const to = join(bundle, folder, name);
      try {
        linkSync(from, to);
      } catch {
        copyFileSync(from, to);
      }
      seeded++;
    }
  }
  return seeded;
}

/**
 * Removes from `bundle` every hashed file its metadata does not name: files reused from the
 * previous build for pages that have changed since. Returns how many it removed.
 */
export function pruneBundle(bundle: string, version: string): number {
  const named = bundleFiles(bundle, version);
  if (!named)
    throw new Error(`Pagefind's metadata in ${bundle} could not be read, so stale files cannot be told apart`);
  let removed = 0;
  for (const folder of HASHED_FOLDERS) {
    let present: string[] = [];
    try {
      present = readdirSync(join(bundle, folder));
    } catch {
      continue;
    }
    for (const name of present) {
      if (named[folder].has(name)) continue;
      rmSync(join(bundle, folder, name), { force: true });
      removed++;
    }
    // Pagefind makes a folder only for a file it writes: none named, no folder, as in a cold build.
    if (named[folder].size === 0) rmSync(join(bundle, folder), { recursive: true, force: true });
  }
  return removed;
}

/**
 * The hashed files the metadata of the bundle in `folder` names, or undefined when there is no
 * bundle, another Pagefind version wrote it, or its metadata is not what this code can read.
 */
export function bundleFiles(folder: string, version: string): BundleFiles | undefined {
  let entry: unknown;
  try {
    entry = JSON.parse(readFileSync(join(folder, 'pagefind-entry.json'), 'utf8'));
  } catch {
    return undefined;
  }
  if (!isRecord(entry) || entry['version'] !== version || !isRecord(entry['languages'])) return undefined;
  const files: BundleFiles = { fragment: new Set(), index: new Set(), filter: new Set() };
  for (const language of Object.values(entry['languages'])) {
    if (!isRecord(language) || typeof language['hash'] !== 'string') return undefined;
    const meta = readOrUndefined(join(folder, `pagefind.${language['hash']}.pf_meta`));
    const decoded = meta ? readMeta(meta) : undefined;
    if (!decoded) return undefined;
    for (const folderName of HASHED_FOLDERS)
      for (const hash of decoded[folderName]) files[folderName].add(`${hash}${EXTENSION[folderName]}`);
  }
  return files;
}

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

/**
 * Whether a hashed file holds what its name says: Pagefind names it by the SHA-1 of its
 * decompressed payload, each byte in hex without leading zero, cut short ("de_0121849").
 */
export function matchesName(name: string, bytes: Uint8Array): boolean {
  const stem = name.slice(0, name.lastIndexOf('.'));
  const cut = stem.indexOf('_');
  const payload = unpack(bytes);
  if (cut < 1 || !payload) return false;
  const digest = [...createHash('sha1').update(payload).digest()].map((byte) => byte.toString(16)).join('');
  const hash = stem.slice(cut + 1);
  return hash.length >= 7 && digest.startsWith(hash);
}

/** The payload of a compressed Pagefind file, or undefined when it is not one. */
function unpack(bytes: Uint8Array): Buffer | undefined {
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

function readOrUndefined(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
