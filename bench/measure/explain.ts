// EXPLAIN (ANALYZE, BUFFERS) of a request's statements as the signed-in user, on PostgreSQL.
// The dashboard RPCs call SQL functions that Postgres does not inline, so a plain EXPLAIN
// shows one Function Scan. auto_explain with nested statements logs the plan of every
// statement inside them too, and `client_min_messages = log` sends those plans to this client.

import pg from 'pg';

import type { CapturedTransaction } from './capture.ts';

export interface SeqScan {
  relation: string;
  /** Sequential scan nodes of this relation, over every statement. */
  scans: number;
  /** Rows read: returned plus removed by the filter, over all scans and loops. */
  rows: number;
}

export interface PlanCheck {
  executionMs: number;
  planningMs: number;
  sharedHitBlocks: number;
  sharedReadBlocks: number;
  /** Statements whose plans auto_explain logged, functions included. */
  nestedPlans: number;
  /**
   * Each statement by its first 80 characters, with how often it ran and its total duration
   * in ms as auto_explain logged it, most frequent first.
   */
  statementCounts: [string, number, number][];
  seqScans: SeqScan[];
  /** The top-level plan as EXPLAIN returned it. */
  plan: unknown;
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  'Rows Removed by Filter'?: number;
  Plans?: PlanNode[];
}

function collectSeqScans(node: PlanNode, into: Map<string, SeqScan>): void {
  if (node['Node Type'] === 'Seq Scan' && node['Relation Name']) {
    const loops = node['Actual Loops'] ?? 1;
    const rows = ((node['Actual Rows'] ?? 0) + (node['Rows Removed by Filter'] ?? 0)) * loops;
    const relation = node['Relation Name'];
    const seen = into.get(relation) ?? { relation, scans: 0, rows: 0 };
    into.set(relation, { relation, scans: seen.scans + 1, rows: seen.rows + rows });
  }
  for (const child of node.Plans ?? []) collectSeqScans(child, into);
}

/** Reads the plan out of an auto_explain message: "duration: 1.2 ms  plan:\n{...}". */
export function planFromLogMessage(
  message: string,
): { text: string; plan: PlanNode; ms: number } | null {
  const start = message.indexOf('{');
  if (!message.includes('plan:') || start < 0) return null;
  try {
    const parsed = JSON.parse(message.slice(start)) as { 'Query Text'?: string; Plan?: PlanNode };
    if (!parsed.Plan) return null;
    const text = (parsed['Query Text'] ?? '').replace(/\s+/g, ' ').trim().slice(0, 80);
    const duration = /duration: ([0-9.]+) ms/.exec(message);
    return { text, plan: parsed.Plan, ms: duration ? Number(duration[1]) : 0 };
  } catch {
    return null;
  }
}

export interface Explainer {
  explain(transaction: CapturedTransaction): Promise<PlanCheck>;
  close(): Promise<void>;
}

/** Needs the superuser URL: loading auto_explain and its settings are superuser-only. */
export async function postgresExplainer(adminUrl: string): Promise<Explainer> {
  const client = new pg.Client({ connectionString: adminUrl, options: '-c TimeZone=UTC' });
  await client.connect();
  let messages: string[] = [];
  client.on('notice', (notice) => messages.push(notice.message ?? ''));
  await client.query(`
    load 'auto_explain';
    set auto_explain.log_min_duration = 0;
    set auto_explain.log_analyze = on;
    set auto_explain.log_buffers = on;
    set auto_explain.log_nested_statements = on;
    set auto_explain.log_format = json;
    set client_min_messages = log;
  `);
  return {
    async explain(transaction) {
      const [settings, ...statements] = transaction.statements;
      await client.query('begin');
      try {
        await client.query(settings!.sql, settings!.params);
        messages = [];
        let top: { Plan: PlanNode; 'Planning Time': number; 'Execution Time': number } | null =
          null;
        for (const statement of statements) {
          const result = await client.query<{ 'QUERY PLAN': unknown }>(
            `explain (analyze, buffers, format json) ${statement.sql}`,
            statement.params,
          );
          top = (result.rows[0]!['QUERY PLAN'] as [typeof top])[0];
        }
        const seqScans = new Map<string, SeqScan>();
        const counts = new Map<string, [number, number]>();
        let nestedPlans = 0;
        for (const message of messages) {
          const logged = planFromLogMessage(message);
          if (!logged) continue;
          nestedPlans += 1;
          const [count, total] = counts.get(logged.text) ?? [0, 0];
          counts.set(logged.text, [count + 1, total + logged.ms]);
          collectSeqScans(logged.plan, seqScans);
        }
        const topPlan = top!.Plan as PlanNode & {
          'Shared Hit Blocks'?: number;
          'Shared Read Blocks'?: number;
        };
        return {
          executionMs: top!['Execution Time'],
          planningMs: top!['Planning Time'],
          sharedHitBlocks: topPlan['Shared Hit Blocks'] ?? 0,
          sharedReadBlocks: topPlan['Shared Read Blocks'] ?? 0,
          nestedPlans,
          statementCounts: [...counts.entries()]
            .map(([text, [count, total]]): [string, number, number] => [text, count, total])
            .sort((a, b) => b[1] - a[1])
            .slice(0, 15),
          seqScans: [...seqScans.values()],
          plan: top,
        };
      } finally {
        await client.query('rollback');
      }
    },
    async close() {
      await client.end();
    },
  };
}
