import type { Relationship } from '../schema/types.ts';
import type { JoinCondition, Qualifier } from './types.ts';

/**
 * Builds the conditions that tie an embedded resource to its parent, as PostgREST
 * 12.2's `getJoinConditions`: `childAlias.fcol = parent.col` for each
 * foreign-key pair, and for many-to-many both sides through the junction.
 */
export function joinConditions(
  rel: Relationship,
  childAlias: string | null,
  parentAlias: string | null,
): JoinCondition[] {
  const schema = rel.table.schema;
  const parent: Qualifier = parentAlias ?? { schema, name: rel.table.name };
  const card = rel.cardinality;
  if (card.kind === 'm2m') {
    const junction: Qualifier = { schema, name: card.junction.table.name };
    const target: Qualifier = { schema, name: rel.foreignTable.name };
    return [
      ...card.junction.targetColumns.map(([column, junctionColumn]): JoinCondition => ({
        left: [junction, junctionColumn],
        right: [target, column],
      })),
      ...card.junction.sourceColumns.map(([column, junctionColumn]): JoinCondition => ({
        left: [junction, junctionColumn],
        right: [parent, column],
      })),
    ];
  }
  const child: Qualifier = childAlias ?? { schema, name: rel.foreignTable.name };
  return card.columns.map(([column, foreignColumn]): JoinCondition => ({
    left: [child, foreignColumn],
    right: [parent, column],
  }));
}
