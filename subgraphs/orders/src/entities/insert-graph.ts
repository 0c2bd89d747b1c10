import { ReferenceKind, wrap, type EntityClass, type EntityMetadata } from '@mikro-orm/core';
import type { EntityManager } from '@oms/platform';

interface ColumnMapping {
  property: string;
  column: string;
  reference: boolean;
}

/** Columns of an entity's table that an INSERT writes: its scalars and the foreign keys of its many-to-one relations. */
const mappings = new WeakMap<EntityMetadata, ColumnMapping[]>();

function columnsOf(meta: EntityMetadata): ColumnMapping[] {
  let mapping = mappings.get(meta);
  if (!mapping) {
    mapping = meta.props
      .filter((prop) => prop.persist !== false && !prop.formula && (prop.kind === ReferenceKind.SCALAR || prop.kind === ReferenceKind.MANY_TO_ONE))
      .map((prop) => ({ property: prop.name, column: prop.fieldNames[0] ?? prop.name, reference: prop.kind === ReferenceKind.MANY_TO_ONE }));
    mappings.set(meta, mapping);
  }
  return mapping;
}

/**
 * Inserts new entities of several tables in ONE statement: a data-modifying CTE per table, each
 * reading its rows from a JSON parameter with `jsonb_populate_recordset` (so PostgreSQL converts
 * every value to its column type). Foreign keys are checked at the end of the statement, so parents
 * and children can go together. A flush would send one INSERT per table; on the order-capture hot
 * path each round trip counts. Entities are created with `persist: false` and mapped to columns
 * from their metadata, so column names never drift from the entity definitions.
 */
export async function insertGraph(em: EntityManager, groups: readonly (readonly object[])[]): Promise<void> {
  const platform = em.getPlatform();
  const statements: string[] = [];
  const params: string[] = [];
  for (const entities of groups) {
    const first = entities[0];
    if (!first) continue;
    const meta = em.getMetadata().get(first.constructor as EntityClass<object>);
    const table = platform.quoteIdentifier(`${meta.schema ?? em.config.get('schema')}.${meta.tableName}`);
    // A property left undefined (e.g. a serial) is left out, so its column takes its database default.
    const mapping = columnsOf(meta).filter(({ property }) => (first as Record<string, unknown>)[property] !== undefined);
    const rows = entities.map((entity) => {
      const row: Record<string, unknown> = {};
      for (const { property, column, reference } of mapping) {
        const value = (entity as Record<string, unknown>)[property];
        row[column] = reference && value != null ? wrap(value as object, true).getPrimaryKey() : value;
      }
      return row;
    });
    const columns = mapping.map(({ column }) => platform.quoteIdentifier(column)).join(', ');
    statements.push(
      `insert_${statements.length} as (insert into ${table} (${columns}) select ${columns} from jsonb_populate_recordset(null::${table}, ?::jsonb))`,
    );
    params.push(JSON.stringify(rows));
  }
  if (statements.length > 0) await em.execute(`with ${statements.join(',\n')} select 1`, params);
}
