/**
 * Type OIDs that both backends return as Postgres's own text output, so that
 * results do not depend on the driver: pg turns dates into local-time Date
 * objects and PGlite turns int8 into number or BigInt.
 */
export const TEXT_RESULT_TYPES: Record<number, string> = {
  20: 'int8',
  1700: 'numeric',
  1082: 'date',
  1083: 'time',
  1114: 'timestamp',
  1184: 'timestamptz',
  1186: 'interval',
  1266: 'timetz',
};

/** Array OIDs of the types above. */
export const TEXT_ARRAY_RESULT_TYPES: Record<number, string> = {
  1016: 'int8[]',
  1231: 'numeric[]',
  1182: 'date[]',
  1183: 'time[]',
  1115: 'timestamp[]',
  1185: 'timestamptz[]',
  1187: 'interval[]',
  1270: 'timetz[]',
};
