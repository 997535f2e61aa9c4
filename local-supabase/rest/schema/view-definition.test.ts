// The node-tree text below is what PostgreSQL 17 (PGlite 0.3) stores in
// pg_rewrite.ev_action for
//   create view vvb as select id as ident, "author id" from vb;
// where vb is a view with oid 16403. Only the fields the reader needs are
// checked; the rest of the text is kept so that skipping it is tested too.
import { describe, expect, it } from 'vitest';

import { viewColumnSources } from './view-definition.ts';

const VIEW_OVER_VIEW =
  '({QUERY :commandType 1 :querySource 0 :canSetTag true :utilityStmt <> :resultRelation 0 ' +
  ':hasAggs false :cteList <> :rtable ({RANGETBLENTRY :alias <> :eref {ALIAS :aliasname vb ' +
  ':colnames ("id" "author\\ id" "na\\ me" "one" "v2")} :rtekind 0 :relid 16403 :inh true ' +
  ':relkind v :rellockmode 1 :perminfoindex 1 :tablesample <> :lateral false :inFromCl true ' +
  ':securityQuals <>}) :rteperminfos ({RTEPERMISSIONINFO :relid 16403 :inh true ' +
  ':requiredPerms 2 :checkAsUser 0 :selectedCols (b 8 9) :insertedCols (b) :updatedCols (b)}) ' +
  ':jointree {FROMEXPR :fromlist ({RANGETBLREF :rtindex 1}) :quals <>} :targetList ' +
  '({TARGETENTRY :expr {VAR :varno 1 :varattno 1 :vartype 23 :vartypmod -1 :varcollid 0 ' +
  ':varnullingrels (b) :varlevelsup 0 :varnosyn 1 :varattnosyn 1 :location -1} :resno 1 ' +
  ':resname ident :ressortgroupref 0 :resorigtbl 16403 :resorigcol 1 :resjunk false} ' +
  '{TARGETENTRY :expr {VAR :varno 1 :varattno 2 :vartype 23 :vartypmod -1 :varcollid 0 ' +
  ':varnullingrels (b) :varlevelsup 0 :varnosyn 1 :varattnosyn 2 :location -1} :resno 2 ' +
  ':resname author\\ id :ressortgroupref 0 :resorigtbl 16403 :resorigcol 2 :resjunk false}) ' +
  ':override 0 :onConflict <> :returningList <> :groupClause <> :stmt_location -1 :stmt_len -1})';

const COMPUTED_COLUMN =
  '({QUERY :commandType 1 :rtable <> :targetList ({TARGETENTRY :expr {CONST :consttype 23 ' +
  ':consttypmod -1 :constcollid 0 :constlen 4 :constbyval true :constisnull false :location 7 ' +
  ':constvalue 4 [ 1 0 0 0 0 0 0 0 ]} :resno 1 :resname one :ressortgroupref 0 :resorigtbl 0 ' +
  ':resorigcol 0 :resjunk false}) :override 0})';

describe('viewColumnSources', () => {
  it('reads each column back to its source', () => {
    expect(viewColumnSources(VIEW_OVER_VIEW)).toEqual([
      { viewColumn: 1, table: 16403, column: 1 },
      { viewColumn: 2, table: 16403, column: 2 },
    ]);
  });

  it('marks a computed column with table 0', () => {
    expect(viewColumnSources(COMPUTED_COLUMN)).toEqual([{ viewColumn: 1, table: 0, column: 0 }]);
  });

  it('returns nothing for text that is not a query', () => {
    expect(viewColumnSources('<>')).toEqual([]);
  });
});
