import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { ClaimsResult } from '../../src/lib/claims/types.ts';
import { DIST } from '../support/paths.ts';

/** The open data the build publishes in dist/daten/, checked against the schemas published beside it. */
const DATA = join(DIST, 'daten');
const read = (path: string) => readFileSync(join(DATA, path));
const json = (path: string) => JSON.parse(read(path).toString('utf8')) as unknown;

const index = json('index.json') as {
  schemas: { index: string; event: string };
  events: { id: string; file: string; bytes: number; sha256: string; claims: number; articles: number }[];
};
const ajv = new Ajv2020({ allErrors: true, strict: false });
const claimsJson = JSON.parse(readFileSync(join(DIST, 'claims.json'), 'utf8')) as ClaimsResult;

describe('open data by event (dist/daten/)', () => {
  it('has an index that fits its published schema and lists every event file with its size and digest', () => {
    const validate = ajv.compile(json(index.schemas.index) as object);
    expect(validate(index), ajv.errorsText(validate.errors)).toBe(true);
    const files = readdirSync(join(DATA, 'ereignisse')).sort();
    expect(index.events.map((e) => e.file.replace('ereignisse/', '')).sort()).toEqual(files);
    for (const event of index.events) {
      const bytes = read(event.file);
      expect(bytes.length, event.file).toBe(event.bytes);
      expect(createHash('sha256').update(bytes).digest('hex'), event.file).toBe(event.sha256);
    }
  });

  it('writes event files that fit the published event schema and hold exactly their event', () => {
    const validate = ajv.compile(json(index.schemas.event) as object);
    const events = new Set(claimsJson.events.map((e) => e.id));
    for (const listed of index.events) {
      const data = json(listed.file) as {
        event: { id: string };
        claims: { id: string; event: string }[];
        articles: unknown[];
      };
      expect(validate(data), `${listed.file}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      expect(data.event.id).toBe(listed.id);
      // The same claims claims.json gives for the event, nothing of other events.
      const own = claimsJson.claims.filter((c) => c.event === listed.id);
      expect(data.claims).toEqual(own);
      expect(data.claims).toHaveLength(listed.claims);
      expect(data.articles).toHaveLength(listed.articles);
      if (listed.articles > 0) expect(events.has(listed.id)).toBe(true);
    }
    expect(index.events.some((e) => e.claims > 0)).toBe(true);
  });

  it('refuses a file that does not fit: the schema is not a formality', () => {
    const validate = ajv.compile(json(index.schemas.event) as object);
    const withClaims = index.events.find((e) => e.claims > 0)!;
    const data = json(withClaims.file) as { claims: Record<string, unknown>[] };
    data.claims[0]!.kind = 'aehnlich';
    expect(validate(data)).toBe(false);
    delete data.claims[0]!.kind;
    data.claims[0]!.unknownField = 1;
    expect(validate(data)).toBe(false);
  });
});
