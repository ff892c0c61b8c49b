/**
 * The text of `JSON.stringify(value, null, indent)` in pieces, so that a large document (the
 * build's claims.json holds every sentence of every article) can be written without ever being
 * one string: as a two-byte JavaScript string, 12 MB of JSON took 24 MB of heap, and the page
 * writer copied it twice more.
 *
 * Arrays and objects are opened up to `depth` levels deep; below that, each member is one piece.
 * The pieces joined are exactly `JSON.stringify(value, null, indent)` for JSON-like values (plain
 * objects, arrays, strings, finite numbers, booleans, null; members that are undefined are left
 * out of objects and written as null in arrays, as JSON.stringify does).
 */
export function* jsonChunks(value: unknown, indent = 2, depth = 3): Generator<string, void, undefined> {
  yield* write(value, '', ' '.repeat(indent), indent, depth);
}

function* write(
  value: unknown,
  margin: string,
  step: string,
  indent: number,
  depth: number,
): Generator<string, void, undefined> {
  if (depth <= 0 || value === null || typeof value !== 'object' || hasToJSON(value)) {
    const text = JSON.stringify(value, null, indent) ?? 'null';
    yield margin ? text.replaceAll('\n', `\n${margin}`) : text;
    return;
  }
  const inner = margin + step;
  const members: [string | undefined, unknown][] = Array.isArray(value)
    ? value.map((item): [undefined, unknown] => [undefined, isUnwritable(item) ? null : item])
    : Object.entries(value).filter(([, item]) => !isUnwritable(item));
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  if (members.length === 0) {
    yield open + close;
    return;
  }
  // Without an indent, JSON.stringify writes no line breaks and no space after a colon.
  const newline = indent > 0 ? '\n' : '';
  const colon = indent > 0 ? ': ' : ':';
  yield open + newline;
  for (const [i, [key, item]] of members.entries()) {
    yield key === undefined ? inner : `${inner}${JSON.stringify(key)}${colon}`;
    yield* write(item, inner, step, indent, depth - 1);
    yield (i < members.length - 1 ? ',' : '') + newline;
  }
  yield margin + close;
}

/** Values JSON.stringify leaves out of an object (and writes as null in an array). */
function isUnwritable(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

function hasToJSON(value: object): boolean {
  return typeof (value as { toJSON?: unknown }).toJSON === 'function';
}

/**
 * A byte stream of `jsonChunks(value)` followed by a newline, UTF-8 encoded in blocks of about
 * 64 KB, for the body of a `Response`.
 */
export function jsonStream(value: unknown): ReadableStream<Uint8Array> {
  const chunks = jsonChunks(value);
  const encoder = new TextEncoder();
  return new ReadableStream({
    pull(controller) {
      let block = '';
      for (let next = chunks.next(); ; next = chunks.next()) {
        if (next.done) {
          controller.enqueue(encoder.encode(`${block}\n`));
          controller.close();
          return;
        }
        block += next.value;
        if (block.length >= 65_536) break;
      }
      controller.enqueue(encoder.encode(block));
    },
  });
}
