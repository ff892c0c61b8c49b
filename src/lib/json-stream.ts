/**
 * A large JSON document as a byte stream, so that it is never one string: the build's
 * claims.json holds every sentence of every article (100 MB at 10,000 articles); as a two-byte
 * JavaScript string, 12 MB of JSON took 24 MB of heap, and the page writer copied it twice more.
 * The pieces come from `stringifyChunked` of @discoveryjs/json-ext, which writes exactly what
 * `JSON.stringify(value, null, 2)` writes.
 */
import { stringifyChunked } from '@discoveryjs/json-ext';

/**
 * A byte stream of `JSON.stringify(value, null, 2)` followed by a newline, UTF-8 encoded in blocks
 * of about 64 KB, for the body of a `Response`.
 */
export function jsonStream(value: unknown): ReadableStream<Uint8Array> {
  const chunks = stringifyChunked(value, { space: 2, highWaterMark: 65_536 });
  const encoder = new TextEncoder();
  return new ReadableStream({
    pull(controller) {
      const next = chunks.next();
      if (next.done) {
        controller.enqueue(encoder.encode('\n'));
        controller.close();
      } else controller.enqueue(encoder.encode(next.value));
    },
  });
}
