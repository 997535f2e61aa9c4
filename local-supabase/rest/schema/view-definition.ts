/**
 * Reads the columns of a view's stored query (`pg_rewrite.ev_action`, in
 * Postgres's node-tree text format) back to the table columns they come
 * from, so that relationships of tables can be offered on views too.
 */

type NodeValue = string | null | NodeValue[] | TreeNode;

interface TreeNode {
  type: string;
  fields: Map<string, NodeValue>;
}

class NodeTreeReader {
  private pos = 0;

  constructor(private readonly text: string) {}

  private skipSpaces(): void {
    while (this.pos < this.text.length && /\s/.test(this.text.charAt(this.pos))) this.pos += 1;
  }

  private peek(): string {
    this.skipSpaces();
    return this.text.charAt(this.pos);
  }

  /** Reads a bare token up to a space or bracket; a backslash escapes the next character. */
  private bare(): string {
    let token = '';
    while (this.pos < this.text.length) {
      const char = this.text.charAt(this.pos);
      if (/\s/.test(char) || '(){}'.includes(char)) break;
      if (char === '\\') this.pos += 1;
      token += this.text.charAt(this.pos);
      this.pos += 1;
    }
    return token;
  }

  private quoted(): string {
    this.pos += 1;
    let token = '';
    while (this.pos < this.text.length && this.text.charAt(this.pos) !== '"') {
      if (this.text.charAt(this.pos) === '\\') this.pos += 1;
      token += this.text.charAt(this.pos);
      this.pos += 1;
    }
    this.pos += 1;
    return token;
  }

  /** Skips a datum's bytes, `[ 1 0 0 0 ]`, which are never needed here. */
  private datum(): string {
    const end = this.text.indexOf(']', this.pos);
    this.pos = end === -1 ? this.text.length : end + 1;
    return '';
  }

  value(): NodeValue {
    const char = this.peek();
    if (char === '{') return this.node();
    if (char === '(') {
      this.pos += 1;
      const items: NodeValue[] = [];
      while (this.peek() !== ')' && this.pos < this.text.length) items.push(this.value());
      this.pos += 1;
      return items;
    }
    if (char === '"') return this.quoted();
    if (char === '[') return this.datum();
    if (this.text.startsWith('<>', this.pos)) {
      this.pos += 2;
      return null;
    }
    return this.bare();
  }

  private node(): TreeNode {
    this.pos += 1;
    this.skipSpaces();
    const node: TreeNode = { type: this.bare(), fields: new Map() };
    while (this.peek() !== '}' && this.pos < this.text.length) {
      const key = this.bare();
      const value = this.value();
      // Extra values (a Const's datum after its length) belong to the same field.
      while (!['}', ':'].includes(this.peek()) && this.pos < this.text.length) this.value();
      node.fields.set(key.replace(/^:/, ''), value);
    }
    this.pos += 1;
    return node;
  }
}

/** The source of one view column; `table` is 0 when it is not a plain column. */
export interface ViewColumnSource {
  viewColumn: number;
  table: number;
  column: number;
}

function isNode(value: NodeValue | undefined): value is TreeNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Lists the view's output columns with the table oid and attribute number each comes from. */
export function viewColumnSources(definition: string): ViewColumnSource[] {
  const parsed = new NodeTreeReader(definition).value();
  const query = Array.isArray(parsed) ? parsed[0] : parsed;
  if (!isNode(query)) return [];
  const targetList = query.fields.get('targetList');
  if (!Array.isArray(targetList)) return [];
  return targetList.filter(isNode).flatMap((entry) => {
    if (entry.fields.get('resjunk') === 'true') return [];
    return [
      {
        viewColumn: Number(entry.fields.get('resno')),
        table: Number(entry.fields.get('resorigtbl')),
        column: Number(entry.fields.get('resorigcol')),
      },
    ];
  });
}
