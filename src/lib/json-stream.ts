/**
 * A large JSON document as a byte stream, so that it is never one string: the build's
 * claims.json and the claims CLI's output hold every sentence of every article (100 MB at 10,000
 * articles); as a two-byte JavaScript string, 12 MB of JSON took 24 MB of heap, and the page
 * writer copied it twice more.
 * The pieces come from `stringifyChunked` of @discoveryjs/json-ext, which writes exactly what
 * `JSON.stringify(value, null, space)` writes.
 */
import { createHash } from 'node:crypto';
import { stringifyChunked } from '@discoveryjs/json-ext';

/** How the JSON is written: `space` as for `JSON.stringify` (2 by default; 0 for compact JSON). */
export interface JsonStreamOptions {
  space?: number;
}

/** `JSON.stringify(value, null, space)` and a newline, UTF-8 encoded in blocks of about 64 KB. */
export function* jsonBlocks(value: unknown, { space = 2 }: JsonStreamOptions = {}): Generator<Uint8Array> {
  const encoder = new TextEncoder();
  const highWaterMark = 65_536;
  for (const chunk of stringifyChunked(value, space ? { space, highWaterMark } : { highWaterMark }))
    yield encoder.encode(chunk);
  yield encoder.encode('\n');
}

/**
 * A byte stream of `JSON.stringify(value, null, 2)` (or `options.space`) followed by a newline,
 * UTF-8 encoded in blocks of about 64 KB, for the body of a `Response`.
 */
export function jsonStream(value: unknown, options: JsonStreamOptions = {}): ReadableStream<Uint8Array> {
  const blocks = jsonBlocks(value, options);
  return new ReadableStream({
    pull(controller) {
      const next = blocks.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
  });
}

/**
 * The size in bytes and the SHA-256 (hex) of exactly what `jsonStream(value, options)` writes,
 * without holding it as one string either.
 */
export function jsonDigest(value: unknown, options: JsonStreamOptions = {}): { bytes: number; sha256: string } {
  const hash = createHash('sha256');
  let bytes = 0;
  for (const block of jsonBlocks(value, options)) {
    hash.update(block);
    bytes += block.length;
  }
  return { bytes, sha256: hash.digest('hex') };
}
