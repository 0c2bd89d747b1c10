/**
 * The register of personal data: every service declares, beside its entities, each text, JSON and
 * array column of its tables, either as one that can hold personal data (with how erasure treats
 * it) or as one that cannot. Erasure reads only the declared personal columns; a test compares the
 * register with the database catalog, so a new column cannot land without a decision.
 */

/** How erasure treats a personal column. */
export type ErasureRule =
  /** The value becomes a stable token `erased-<hash>` in the person's rows (what was equal stays equal: emails, names, address lines). */
  | 'token'
  /** The value becomes null in the person's rows (a phone, a vehicle, a parking spot). */
  | 'null'
  /**
   * Free text (reasons, notes, messages) written by staff, customers, carriers or the system: the
   * person's values quoted in it are replaced, in the person's rows and in anyone else's
   * (a stock adjustment reason naming them is about stock, not about them, and still quotes them).
   */
  | 'scrub'
  /**
   * JSON (event payloads, addresses, bodies): in the person's rows, personal keys become tokens,
   * addresses keep only their country, coordinates go; in every row the person's values are scrubbed.
   */
  | 'json';

export interface PersonalDataTable {
  /** Columns that can hold personal data, and how erasure treats each. */
  personal: Readonly<Record<string, ErasureRule>>;
  /** Text, JSON and array columns that cannot (codes, statuses, SKUs, hashes, references to ids). */
  notPersonal: readonly string[];
  /** The person's rows are deleted whole on erasure (their care record, addresses, consents…). */
  deleteRows?: true;
}

/** One schema's register. */
export interface PersonalDataRegister {
  schema: string;
  tables: Readonly<Record<string, PersonalDataTable>>;
}

/**
 * The tables every service's schema has from the platform: the outbox (event payloads), the
 * processed-event ledger (a rejection's reason may quote a payload) and the migrations table.
 */
export const PLATFORM_PERSONAL_DATA: Readonly<Record<string, PersonalDataTable>> = {
  outbox_event: { personal: { payload: 'json' }, notPersonal: ['type', 'aggregate_type', 'aggregate_id'] },
  processed_event: { personal: { detail: 'scrub' }, notPersonal: ['consumer', 'outcome'] },
  mikro_orm_migrations: { personal: {}, notPersonal: ['name'] },
};

/** The PostgreSQL bus's own schema: its log holds every service's events. */
export const BUS_PERSONAL_DATA: PersonalDataRegister = {
  schema: 'bus',
  tables: {
    event: { personal: { payload: 'json' }, notPersonal: ['source', 'type', 'aggregate_type', 'aggregate_id'] },
    consumer_offset: { personal: {}, notPersonal: ['consumer'] },
  },
};

/** A service's register: its own tables plus the platform's (outbox, processed events, migrations). */
export function definePersonalData(schema: string, tables: Readonly<Record<string, PersonalDataTable>>): PersonalDataRegister {
  return { schema, tables: { ...PLATFORM_PERSONAL_DATA, ...tables } };
}

/** How many columns a register declares personal. */
export function personalColumnCount(register: PersonalDataRegister): number {
  return Object.values(register.tables).reduce((count, table) => count + Object.keys(table.personal).length, 0);
}
