import mongoose from 'mongoose';

/**
 * Decodes a document as FerretDB 1.24 stores it in PostgreSQL ("sjson"): plain JSON values plus a
 * `$s` schema that carries the BSON types JSON cannot (ObjectIds as hex strings, dates as
 * milliseconds, binary as base64, the key order). See FerretDB's internal/handler/sjson/sjson.go;
 * the version is pinned in tools/ferretdb. Used only to read many documents at once
 * (`bulk-read.ts`), where FerretDB's own decoding was the bottleneck.
 */
interface Elem {
  t: string;
  $s?: Schema;
  i?: Elem[];
  s?: number;
  o?: string;
}
interface Schema {
  p?: Record<string, Elem>;
  $k?: string[];
}

export class SjsonError extends Error {}

/** The document, or only its top-level fields in `only`. */
export function decodeSjsonDocument(
  stored: Record<string, unknown>,
  only?: ReadonlySet<string>,
): Record<string, unknown> {
  return decodeObject(stored, stored.$s as Schema | undefined, only);
}

function decodeObject(
  value: Record<string, unknown>,
  schema: Schema | undefined,
  only?: ReadonlySet<string>,
): Record<string, unknown> {
  if (!schema) throw new SjsonError('an object without its schema');
  const out: Record<string, unknown> = {};
  const keys = schema.$k ?? Object.keys(schema.p ?? {});
  for (const key of keys) {
    if (only && !only.has(key)) continue;
    const elem = schema.p?.[key];
    if (!elem) throw new SjsonError(`no schema for "${key}"`);
    out[key] = decodeValue(value[key], elem);
  }
  return out;
}

function decodeValue(value: unknown, elem: Elem): unknown {
  switch (elem.t) {
    case 'object':
      return decodeObject(value as Record<string, unknown>, elem.$s);
    case 'array': {
      const items = value as unknown[];
      const types = elem.i ?? [];
      return items.map((item, k) => {
        const itemElem = types[k];
        if (!itemElem) throw new SjsonError('an array item without its schema');
        return decodeValue(item, itemElem);
      });
    }
    case 'objectId':
      return new mongoose.Types.ObjectId(value as string);
    case 'date':
      return new Date(value as number);
    case 'double':
      // Infinity, -Infinity and NaN are stored as strings.
      return typeof value === 'string' ? Number(value) : value;
    case 'binData':
      return new mongoose.mongo.Binary(Buffer.from(value as string, 'base64'), elem.s ?? 0);
    case 'regex':
      return new mongoose.mongo.BSONRegExp(value as string, elem.o ?? '');
    case 'long':
      return value;
    case 'string':
    case 'bool':
    case 'int':
    case 'null':
      return value;
    case 'timestamp':
      return mongoose.mongo.Timestamp.fromBits(Number(value) % 2 ** 32, Math.floor(Number(value) / 2 ** 32));
    default:
      throw new SjsonError(`unknown type "${elem.t}"`);
  }
}
