import { readFileSync } from 'node:fs';

export interface SecurityCheck {
  name: string;
  /** The comment lines under the check's name, joined. */
  description: string;
  /** One query that returns offenders in an `offender` column; `$1` is the exposed schemas. */
  sql: string;
}

const CHECKS_PATH = new URL('./security-advisor.sql', import.meta.url);
const CHECK_HEADER = /^-- check: ([a-z_]+)$/;

/** Splits security-advisor.sql into its checks at each `-- check: <name>` line. */
export function loadSecurityChecks(): SecurityCheck[] {
  const checks: SecurityCheck[] = [];
  let current: { name: string; lines: string[] } | null = null;

  for (const line of readFileSync(CHECKS_PATH, 'utf8').split('\n')) {
    const header = CHECK_HEADER.exec(line);
    if (header) {
      if (current) checks.push(toCheck(current));
      current = { name: header[1]!, lines: [] };
    } else if (current) {
      current.lines.push(line);
    }
  }
  if (current) checks.push(toCheck(current));
  return checks;
}

function toCheck(raw: { name: string; lines: string[] }): SecurityCheck {
  const descriptionLines: string[] = [];
  let index = 0;
  while (index < raw.lines.length && raw.lines[index]!.startsWith('--')) {
    descriptionLines.push(raw.lines[index]!.replace(/^--\s?/, ''));
    index += 1;
  }
  const sql = raw.lines.slice(index).join('\n').trim().replace(/;$/, '');
  if (!sql) throw new Error(`security check ${raw.name} has no query`);
  return { name: raw.name, description: descriptionLines.join(' '), sql };
}
