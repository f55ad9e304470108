import mongoose from 'mongoose';

/*
 * Reading the registered mongoose models' schemas: which paths hold ids, and of what. The
 * personal-data tests use it to find the collections that hold a person's id.
 */

/** The collections whose documents are people: an id pointing at one of them is a person's id. */
export const PEOPLE = new Set(['User', 'Profile']);

export interface SchemaPath {
  path: string;
  instance: string;
  ref: string | null;
  /** An `_id` mongoose generates (never a reference). */
  generated: boolean;
}

type SchemaTypeLike = {
  instance: string;
  options: { ref?: unknown; auto?: unknown };
  schema?: mongoose.Schema;
  embeddedSchemaType?: SchemaTypeLike;
  caster?: SchemaTypeLike;
};

/** Every leaf path of a schema, through nested documents and arrays. */
export function pathsOf(schema: mongoose.Schema, prefix = ''): SchemaPath[] {
  const out: SchemaPath[] = [];
  schema.eachPath((name, type) => {
    const t = type as unknown as SchemaTypeLike;
    const path = `${prefix}${name}`;
    if (t.schema) {
      out.push(...pathsOf(t.schema, `${path}.`));
      return;
    }
    const leaf = t.instance === 'Array' ? (t.embeddedSchemaType ?? t.caster ?? t) : t;
    out.push({
      path,
      instance: leaf.instance,
      ref: typeof leaf.options.ref === 'string' ? leaf.options.ref : null,
      generated: name === '_id' && prefix === '' && Boolean(t.options.auto),
    });
  });
  return out;
}

export const models = () => Object.values(mongoose.models);

/** Models whose documents hold a person's id: a path referring to a person, or the people themselves. */
export function holdingPersonIds(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const model of models()) {
    const paths = pathsOf(model.schema)
      .filter((p) => p.ref !== null && PEOPLE.has(p.ref))
      .map((p) => p.path);
    if (PEOPLE.has(model.modelName)) paths.unshift('_id');
    if (paths.length > 0) found.set(model.modelName, paths);
  }
  return found;
}
