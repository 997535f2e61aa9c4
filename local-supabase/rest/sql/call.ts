import {
  routineReturnsScalar,
  routineReturnsSetOfScalar,
  type Column,
  type Routine,
  type RoutineParam,
} from '../schema/types.ts';
import { SqlParams, ident, qualifierSql } from './fragments.ts';
import { jsonBodySql } from './write.ts';

/** The arguments of a call: by name from a JSON object, or one unnamed value. */
export type CallArguments =
  | { kind: 'named'; params: RoutineParam[]; body: string }
  | { kind: 'single'; param: RoutineParam; body: string | null };

/**
 * The function call that fills `pgrst_source`, as PostgREST 12.2's
 * `callPlanToQuery`: named arguments are read from the JSON body with
 * `json_to_record` and passed as `name := value`.
 */
export function callSql(routine: Routine, args: CallArguments, params: SqlParams): string {
  const scalar = routineReturnsScalar(routine) || routineReturnsSetOfScalar(routine);
  const call = (argumentSql: string) => {
    const invocation = `${qualifierSql(routine)}(${argumentSql})`;
    return scalar ? `(SELECT ${invocation} pgrst_scalar) pgrst_call` : `${invocation} pgrst_call`;
  };
  const columns = scalar ? 'pgrst_call.pgrst_scalar' : 'pgrst_call.*';

  if (args.kind === 'single') {
    // The type comes from the catalog, so it is safe to write into the statement.
    return `SELECT ${columns} FROM ${call(`${params.add(args.body)}::${args.param.type}`)}`;
  }
  if (args.params.length === 0) return `SELECT ${columns} FROM ${call('')}`;

  const bodyColumns: Column[] = args.params.map((param) => ({
    name: param.name,
    attnum: 0,
    dataType: param.typeMaxLength,
    nominalType: param.type,
    nullable: true,
    defaultExpression: null,
    maxLength: null,
    description: null,
  }));
  const from = jsonBodySql(args.body, bodyColumns, params, {
    limitOne: true,
    applyDefaults: false,
  });
  const named = args.params
    .map(
      (param) =>
        `${param.variadic ? 'VARIADIC ' : ''}${ident(param.name)} := pgrst_body.${ident(param.name)}`,
    )
    .join(', ');
  return `SELECT ${columns} ${from}, LATERAL ${call(named)}`;
}
