import { RestError } from '../errors.ts';
import { fuzzyBest, fuzzyMatches } from '../fuzzy.ts';
import {
  qualifiedKey,
  type Cardinality,
  type QualifiedName,
  type Relationship,
  type SchemaCache,
} from './types.ts';

function singleColumn(card: Cardinality, side: 0 | 1): string | null {
  if (card.kind === 'm2m' || card.columns.length !== 1) return null;
  return (card.columns[0] as [string, string])[side];
}

function constraintOf(card: Cardinality): string | null {
  return card.kind === 'm2m' ? null : card.constraint;
}

function matchesTarget(rel: Relationship, target: string, hint: string | null): boolean {
  const card = rel.cardinality;
  if (rel.isSelf) {
    if (hint === null) {
      return (
        (target === rel.foreignTable.name && card.kind === 'o2m') ||
        (singleColumn(card, 0) === target && card.kind === 'm2o')
      );
    }
    return (
      target === rel.foreignTable.name && card.kind === 'o2m' && singleColumn(card, 1) === hint
    );
  }
  if (hint === null) {
    return (
      target === rel.foreignTable.name ||
      (constraintOf(card) === target && !rel.foreignTableIsView) ||
      (singleColumn(card, 0) === target && !rel.foreignTableIsView)
    );
  }
  return (
    target === rel.foreignTable.name &&
    (constraintOf(card) === hint ||
      singleColumn(card, 0) === hint ||
      singleColumn(card, 1) === hint ||
      (card.kind === 'm2m' && card.junction.table.name === hint))
  );
}

function describeRelationship(rel: Relationship): Record<string, string> {
  const card = rel.cardinality;
  const list = (names: string[]) => `(${names.join(', ')})`;
  const embedding = `${rel.table.name} with ${rel.foreignTable.name}`;
  if (card.kind === 'm2m') {
    const { table, constraint1, constraint2, sourceColumns, targetColumns } = card.junction;
    return {
      cardinality: 'many-to-many',
      embedding,
      relationship: `${table.name} using ${constraint1}${list(sourceColumns.map(([, j]) => j))} and ${constraint2}${list(targetColumns.map(([, j]) => j))}`,
    };
  }
  const names = { m2o: 'many-to-one', o2m: 'one-to-many', o2o: 'one-to-one' };
  return {
    cardinality: names[card.kind],
    embedding,
    relationship: `${card.constraint} using ${rel.table.name}${list(card.columns.map(([c]) => c))} and ${rel.foreignTable.name}${list(card.columns.map(([, f]) => f))}`,
  };
}

/**
 * Relationships from `origin` to tables of the same schema, or undefined
 * when there are none (PostgREST keys its map by origin and target schema).
 */
function relationshipsInSchema(
  cache: SchemaCache,
  schema: string,
  origin: string,
): Relationship[] | undefined {
  const all = cache.relationships.get(qualifiedKey({ schema, name: origin })) ?? [];
  const inSchema = all.filter((rel) => rel.foreignTable.schema === schema);
  return inSchema.length === 0 ? undefined : inSchema;
}

function noRelationshipHint(
  cache: SchemaCache,
  schema: string,
  parent: string,
  child: string,
): string | null {
  const parentRels = relationshipsInSchema(cache, schema, parent);
  if (parentRels !== undefined) {
    const children = parentRels.map((rel) => rel.foreignTable.name);
    const suggestion = fuzzyMatches(children, child).find(({ score }) => score < 1);
    return suggestion === undefined
      ? null
      : `Perhaps you meant '${suggestion.value}' instead of '${child}'.`;
  }
  const parents = [...cache.relationships.values()]
    .map((rels) => rels[0]?.table)
    .filter((table): table is QualifiedName => table !== undefined && table.schema === schema)
    .map((table) => table.name);
  const suggestion = fuzzyBest(parents, parent);
  return suggestion === null ? null : `Perhaps you meant '${suggestion}' instead of '${parent}'.`;
}

/**
 * Finds the one relationship that embeds `target` (with an optional `!hint`)
 * in `origin`, raising PGRST200 when there is none and PGRST201 when there
 * are several (PostgREST 12.2's `findRel`).
 */
export function findRelationship(
  cache: SchemaCache,
  schema: string,
  origin: string,
  target: string,
  hint: string | null,
): Relationship {
  const candidates = relationshipsInSchema(cache, schema, origin) ?? [];
  const matches = candidates.filter((rel) => matchesTarget(rel, target, hint));
  if (matches.length === 1) return matches[0] as Relationship;
  if (matches.length === 0) {
    const using = hint === null ? '' : `' using the hint '${hint}`;
    throw new RestError(400, {
      code: 'PGRST200',
      message: `Could not find a relationship between '${origin}' and '${target}' in the schema cache`,
      details: `Searched for a foreign key relationship between '${origin}' and '${target}${using}' in the schema '${schema}', but no matches were found.`,
      hint: noRelationshipHint(cache, schema, origin, target),
    });
  }
  const hints = matches.map((rel) => {
    const card = rel.cardinality;
    const name = card.kind === 'm2m' ? card.junction.table.name : card.constraint;
    return `'${rel.foreignTable.name}!${name}'`;
  });
  throw new RestError(300, {
    code: 'PGRST201',
    message: `Could not embed because more than one relationship was found for '${origin}' and '${target}'`,
    details: matches.map(describeRelationship),
    hint: `Try changing '${target}' to one of the following: ${hints.join(', ')}. Find the desired relationship in the 'details' key.`,
  });
}
