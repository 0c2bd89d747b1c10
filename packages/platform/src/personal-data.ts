import { createHmac, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CustomerErasureCompleted, eventPayload, type CustomerErasureRequested, type PayloadOf } from '@oms/contracts';
import { DomainError } from './errors.ts';
import { isUuid } from './ids.ts';
import { recordEvent } from './outbox.ts';
import type { Principal } from './principal.ts';
import type { BusEvent } from './bus/event-bus.ts';
import { BUS_PERSONAL_DATA, type ErasureRule, type PersonalDataRegister, type PersonalDataTable } from './personal-data-register.ts';

/**
 * GDPR: a customer's data export and erasure across the services. The customers service records
 * an erasure request and publishes `CustomerErasureRequested`; every service's consumer anonymizes
 * what it holds about the person, in its own schema and in its share of the bus log, and confirms
 * with `CustomerErasureCompleted` in the same transaction. Neither event carries personal data:
 * each service finds the person's values in its own rows.
 */
/** The services that hold personal data and confirm an erasure, in the order of the tracking list. */
export const ERASURE_SUBGRAPHS = ['customers', 'orders', 'inventory', 'fulfillment'] as const;
export type ErasureSubgraph = (typeof ERASURE_SUBGRAPHS)[number];

/**
 * `column = ${ANY_ID_OF_LIST}` matches any id of a list bound as one JSON parameter (`idList`): the
 * person's order ids, of any length, in the erasure and export queries of every service.
 */
export const ANY_ID_OF_LIST = `any (array(select jsonb_array_elements_text(?::jsonb))::uuid[])`;

export function idList(ids: readonly string[]): string {
  return JSON.stringify(ids);
}

/** A `CustomerErasureRequested` payload: ids only, the person's orders as the orders service listed them when erasure was asked. */
export type CustomerErasureRequest = PayloadOf<typeof CustomerErasureRequested>;

/**
 * Every identifier a person's profile has carried (the customers service's history of
 * identifiers): what each service finds and scrubs by value. It never travels in an event; services
 * ask the customers service for it (`customerErasureSubject`) while the request is pending.
 */
export interface ErasureSubjectValues {
  emails: string[];
  phones: string[];
  /** Full names. */
  names: string[];
  /** Street lines of the person's addresses. */
  streets: string[];
}

export const NO_SUBJECT_VALUES: ErasureSubjectValues = { emails: [], phones: [], names: [], streets: [] };

export const CUSTOMER_ERASURE_SUBJECT_QUERY = /* GraphQL */ `
  query CustomerErasureSubject($requestId: ID!) {
    customerErasureSubject(requestId: $requestId) { emails phones names streets }
  }
`;

/**
 * The anonymizer of one service's share: the person's values from the customers service (emails,
 * phones, full names, streets: scrubbed wherever they are quoted; the parts of a name in the
 * person's rows only) plus what the service found in its own rows.
 */
export function personAnonymizer(values: ErasureSubjectValues, own: ErasureSubject): Anonymizer {
  return new Anonymizer({
    linkedIds: own.linkedIds,
    identifiers: [...values.emails, ...values.phones, ...values.names, ...values.streets, ...own.identifiers],
    personalValues: [...values.names.flatMap((name) => name.split(/\s+/)), ...own.personalValues],
  });
}

/** The confirmation a service writes in the transaction of its erasure. */
export function recordErasureCompleted(em: EntityManager, request: CustomerErasureRequest, subgraph: string): void {
  recordEvent(em, {
    type: CustomerErasureCompleted.type,
    aggregateType: 'ErasureRequest',
    aggregateId: request.requestId,
    payload: eventPayload(CustomerErasureCompleted, { requestId: request.requestId, customerId: request.customerId, subgraph, completedAt: new Date().toISOString() }),
  });
}

/**
 * Who may read a person's data export: the customer themself, staff (or a partner key) with
 * customers:write, and the OMS's services. Every service contributing a section checks it.
 */
export function assertMayExportCustomerData(principal: Principal, customerId: string): void {
  if (principal.kind === 'anonymous') throw new DomainError('UNAUTHENTICATED', 'Sign in to use this operation.');
  if (principal.kind === 'service') return;
  if (principal.kind === 'customer') {
    // Someone else's data answers as a customer that does not exist.
    if (principal.customerId.toLowerCase() !== customerId.toLowerCase()) throw new DomainError('NOT_FOUND', `No customer ${customerId}.`);
    return;
  }
  if (!principal.scopes.includes('customers:write')) {
    throw new DomainError('FORBIDDEN', 'Exporting a customer’s data needs the customers:write scope.', { requiredScope: 'customers:write' });
  }
}

/** What identifies the person in one service's tables. */
export interface ErasureSubject {
  /** Ids of the person's records (customer, orders, addresses, shipments…): a row naming one is the person's. */
  linkedIds: Iterable<string>;
  /** Values specific to the person (email, phone): replaced wherever they appear. */
  identifiers: Iterable<string | null | undefined>;
  /** Values others may share (names, street lines): replaced only in the person's rows. */
  personalValues: Iterable<string | null | undefined>;
}

const norm = (key: string) => key.toLowerCase().replaceAll(/[^a-z0-9]/g, '');

/** Fields that hold personal data wherever they appear in the person's rows (column names and JSON keys, normalized). */
const PERSONAL_KEYS = new Set(
  [
    'name', 'firstName', 'lastName', 'fullName', 'givenName', 'familyName', 'customerName',
    'email', 'recipient', 'phone', 'phoneNumber', 'mobile',
    'line1', 'line2', 'street', 'addressLine1', 'addressLine2', 'city', 'postalCode', 'zip', 'zipCode', 'region', 'company',
    'shipToName', 'shipToLine1', 'shipToLine2', 'shipToCity', 'shipToPostalCode', 'shipToRegion',
    'vehicle', 'parkingSpot', 'curbsideVehicle', 'curbsideParkingSpot', 'notes', 'note',
  ].map(norm),
);
/** Objects that are an address: every value in them is personal but the country. */
const ADDRESS_KEYS = new Set(['shipTo', 'billingAddress', 'shippingAddress', 'deliveryAddress', 'address', 'addresses'].map(norm));
/** Coordinates of the person's address (numbers): removed. */
const COORDINATE_KEYS = new Set(['latitude', 'longitude', 'lat', 'lng', 'lon', 'deliveryLatitude', 'deliveryLongitude'].map(norm));
const KEPT_IN_ADDRESS = new Set(['country', 'countryCode'].map(norm));

const escapeRegExp = (value: string) => value.replaceAll(/[.*+?^${}()|[\]\\]/g, '\\$&');
const escapeLike = (value: string) => value.replaceAll(/[\\%_]/g, '\\$&');

/** What people put between the digits of a phone number (JavaScript and PostgreSQL regular expressions). */
const PHONE_SEPARATORS = '[\\s.\\-()/]*';
const POSTGRES_PHONE_SEPARATORS = '[[:space:].()/-]*';

/**
 * The digit runs of a phone number in the forms it is written: all its digits (`+33 6 12…` →
 * `336 12…`) and, for an international number, the national forms with a leading 0 for a country
 * code of 1 to 3 digits (`06 12…`). Empty for anything that is not a phone number.
 */
function phoneDigitRuns(value: string): string[] {
  if (!/^\+?[\d\s.\-()/]{8,}$/.test(value)) return [];
  const digits = value.replaceAll(/\D/g, '');
  if (digits.length < 8) return [];
  if (!value.startsWith('+')) return [digits];
  const national = [1, 2, 3].map((length) => `0${digits.slice(length)}`).filter((run) => run.length >= 9);
  return [digits, ...national];
}

/** Shorter values would match inside unrelated words. */
const MIN_VALUE_LENGTH = 3;

/**
 * Replaces a person's values by stable, non-reversible tokens (`erased-<hash>`): the same value gets
 * the same token within one erasure (so what was equal stays equal), and the HMAC key is random and
 * never stored, so a token cannot be traced back to a value by guessing.
 */
export class Anonymizer {
  readonly #key = randomBytes(32);
  readonly linkedIds: ReadonlySet<string>;
  readonly #identifiers: RegExp | null;
  readonly #personal: RegExp | null;
  readonly identifierValues: readonly string[];
  /** ILIKE patterns that find rows worth reading: the identifiers and the linked ids. */
  readonly searchPatterns: readonly string[];
  /** PostgreSQL regular expressions that find the phones written in another form (spaced, national). */
  readonly searchRegexes: readonly string[];

  constructor(subject: ErasureSubject) {
    this.linkedIds = new Set([...subject.linkedIds].filter(isUuid).map((id) => id.toLowerCase()));
    const clean = (values: Iterable<string | null | undefined>) =>
      [...new Set([...values].map((value) => value?.trim() ?? '').filter((value) => value.length >= MIN_VALUE_LENGTH))];
    this.identifierValues = clean(subject.identifiers);
    const personal = clean([...subject.personalValues, ...this.identifierValues]);
    this.#identifiers = Anonymizer.#pattern(this.identifierValues);
    this.#personal = Anonymizer.#pattern(personal);
    this.searchPatterns = [...this.identifierValues, ...this.linkedIds].map((value) => `%${escapeLike(value)}%`);
    this.searchRegexes = this.identifierValues.flatMap((value) => phoneDigitRuns(value).map((digits) => digits.split('').join(POSTGRES_PHONE_SEPARATORS)));
  }

  /**
   * Whole words (not inside a longer word or number), longest first so a full name wins over its
   * parts; a phone also in the forms people type it (spaced, dotted, national with a leading 0).
   */
  static #pattern(values: readonly string[]): RegExp | null {
    if (values.length === 0) return null;
    const alternatives = [...values].sort((a, b) => b.length - a.length).flatMap((value) => [
      escapeRegExp(value),
      ...phoneDigitRuns(value).map((digits) => `(?:\\+|00)?${digits.split('').join(PHONE_SEPARATORS)}`),
    ]);
    return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  }

  token(value: string): string {
    return `erased-${createHmac('sha256', this.#key).update(value.trim().toLowerCase()).digest('hex').slice(0, 12)}`;
  }

  isLinkedText(text: string): boolean {
    const lower = text.toLowerCase();
    for (const id of this.linkedIds) if (lower.includes(id)) return true;
    return false;
  }

  /** Whether the text quotes one of the person's identifiers (as a whole word). */
  quotesIdentifier(text: string): boolean {
    if (!this.#identifiers) return false;
    this.#identifiers.lastIndex = 0;
    const found = this.#identifiers.test(text);
    this.#identifiers.lastIndex = 0;
    return found;
  }

  /** Free text: the person's values replaced (all of them in the person's rows, identifiers elsewhere). */
  redactText(text: string, linked: boolean): string {
    const pattern = linked ? this.#personal : this.#identifiers;
    return pattern ? text.replace(pattern, (match) => this.token(match)) : text;
  }

  /**
   * A value found under `key` (a column or a JSON key). In the person's rows, personal fields become
   * tokens, coordinates null, and addresses lose all but their country; elsewhere only identifiers go.
   */
  redactValue(value: unknown, linked: boolean, key = '', inAddress = false): unknown {
    const field = norm(key);
    if (typeof value === 'string') {
      if (value.startsWith('erased-')) return value;
      if (linked && value.length > 0 && ((inAddress && !KEPT_IN_ADDRESS.has(field)) || PERSONAL_KEYS.has(field))) return this.token(value);
      return this.redactText(value, linked);
    }
    if (typeof value === 'number') return linked && COORDINATE_KEYS.has(field) ? null : value;
    if (Array.isArray(value)) return value.map((item) => this.redactValue(item, linked, key, inAddress));
    if (typeof value === 'object' && value !== null) {
      const nested = inAddress || (linked && ADDRESS_KEYS.has(field));
      return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, this.redactValue(item, linked, name, nested)]));
    }
    return value;
  }
}

interface ColumnInfo {
  column_name: string;
  data_type: string;
  udt_name: string;
  character_maximum_length: number | null;
  is_primary: boolean;
}

type ColumnKind = 'text' | 'json' | 'jsonb' | 'text[]' | 'uuid' | 'uuid[]' | 'number';

function kindOf(column: ColumnInfo): ColumnKind | null {
  if (column.data_type === 'text' || column.data_type === 'character varying' || column.data_type === 'character') return 'text';
  if (column.data_type === 'json' || column.data_type === 'jsonb') return column.data_type;
  if (column.data_type === 'uuid') return 'uuid';
  if (column.data_type === 'ARRAY') {
    if (column.udt_name === '_text' || column.udt_name === '_varchar') return 'text[]';
    if (column.udt_name === '_uuid') return 'uuid[]';
  }
  if (column.data_type === 'double precision' || column.data_type === 'numeric' || column.data_type === 'real') return 'number';
  return null;
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

function parseJsonText(text: string): unknown {
  const trimmed = text.trimStart();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

interface RedactTableOptions {
  schema: string;
  table: string;
  declaration: PersonalDataTable;
  /** Only rows matching this SQL condition (e.g. the bus log's rows of one source). */
  where?: { sql: string; params: unknown[] };
}

/** A declared personal value after erasure, by its rule; `linked`: the row is the person's. */
function erasedValue(anonymizer: Anonymizer, rule: ErasureRule, value: unknown, linked: boolean, column: string): unknown {
  if (Array.isArray(value)) return value.map((item) => erasedValue(anonymizer, rule, item, linked, column));
  if (typeof value === 'number') return linked && rule === 'null' ? null : value;
  if (typeof value !== 'string') return rule === 'json' ? anonymizer.redactValue(value, linked, column) : value;
  if (linked && rule === 'null') return null;
  if (linked && rule === 'token') return value.length === 0 || value.startsWith('erased-') ? value : anonymizer.token(value);
  if (rule === 'json') {
    const json = parseJsonText(value);
    if (json !== undefined) {
      const after = JSON.stringify(anonymizer.redactValue(json, linked, column));
      return after === JSON.stringify(json) ? value : after;
    }
  }
  return anonymizer.redactText(value, linked);
}

/**
 * Erases the person from one table, as its declaration in the register says: reads the rows that
 * name one of the person's ids (uuid columns, or inside text and JSON) or quote one of their
 * identifiers, then deletes the person's rows (tables declared `deleteRows`) or rewrites the declared
 * personal columns by their rule; other rows only lose the quoted identifiers. Returns how many rows
 * changed. The table is read with one statement; only changed rows are written.
 */
async function redactTable(em: EntityManager, anonymizer: Anonymizer, options: RedactTableOptions): Promise<number> {
  const columns = await em.execute<ColumnInfo[]>(
    `select c.column_name, c.data_type, c.udt_name, c.character_maximum_length,
            exists (select 1 from information_schema.key_column_usage k join information_schema.table_constraints t
                      on t.constraint_name = k.constraint_name and t.table_schema = k.table_schema and t.table_name = k.table_name
                     where t.constraint_type = 'PRIMARY KEY' and k.table_schema = c.table_schema and k.table_name = c.table_name
                       and k.column_name = c.column_name) as is_primary
       from information_schema.columns c where c.table_schema = ? and c.table_name = ? order by c.ordinal_position`,
    [options.schema, options.table],
  );
  const primary = columns.filter((column) => column.is_primary);
  const typed = columns.map((column) => ({ column, kind: kindOf(column) })).filter((entry): entry is { column: ColumnInfo; kind: ColumnKind } => entry.kind !== null);
  const searchable = typed.filter(({ kind }) => kind === 'text' || kind === 'json' || kind === 'jsonb' || kind === 'text[]');
  const idColumns = typed.filter(({ kind }) => kind === 'uuid' || kind === 'uuid[]');
  const personal = typed.filter(({ column }) => Object.hasOwn(options.declaration.personal, column.column_name));
  const patterns = anonymizer.searchPatterns;
  if (primary.length === 0 || patterns.length === 0 || (personal.length === 0 && !options.declaration.deleteRows)) return 0;
  const ids = [...anonymizer.linkedIds];

  const regexes = anonymizer.searchRegexes;
  const conditions = [
    ...searchable.map(({ column }) => `${quote(column.column_name)}::text ilike any (array(select jsonb_array_elements_text(?::jsonb)))`),
    ...(regexes.length > 0 ? searchable.map(({ column }) => `${quote(column.column_name)}::text ~ any (array(select jsonb_array_elements_text(?::jsonb)))`) : []),
    ...idColumns.map(({ column, kind }) =>
      kind === 'uuid'
        ? `${quote(column.column_name)} = any (array(select jsonb_array_elements_text(?::jsonb))::uuid[])`
        : `${quote(column.column_name)} && array(select jsonb_array_elements_text(?::jsonb))::uuid[]`,
    ),
  ];
  if (conditions.length === 0) return 0;
  const patternsJson = JSON.stringify(patterns);
  const idsJson = JSON.stringify(ids);
  const regexesJson = JSON.stringify(regexes);
  const params: unknown[] = [...searchable.map(() => patternsJson), ...(regexes.length > 0 ? searchable.map(() => regexesJson) : []), ...idColumns.map(() => idsJson)];
  const table = `${quote(options.schema)}.${quote(options.table)}`;
  const filter = options.where ? ` and (${options.where.sql})` : '';
  const selected = [...new Set([...primary.map((column) => column.column_name), ...typed.map(({ column }) => column.column_name)])];
  const rows = await em.execute<Record<string, unknown>[]>(
    `select ${selected.map(quote).join(', ')} from ${table} where (${conditions.join(' or ')})${filter}`,
    [...params, ...(options.where?.params ?? [])],
  );

  const key = primary.map((column) => `${quote(column.column_name)}::text = ?`).join(' and ');
  const keyOf = (row: Record<string, unknown>) => primary.map((column) => String(row[column.column_name]));
  let changed = 0;
  for (const row of rows) {
    const linked = idColumns.some(({ column, kind }) => {
      const value = row[column.column_name];
      if (kind === 'uuid') return typeof value === 'string' && anonymizer.linkedIds.has(value.toLowerCase());
      return Array.isArray(value) && value.some((id) => typeof id === 'string' && anonymizer.linkedIds.has(id.toLowerCase()));
    }) || searchable.some(({ column }) => {
      const value = row[column.column_name];
      return value !== null && value !== undefined && anonymizer.isLinkedText(typeof value === 'string' ? value : JSON.stringify(value));
    });
    if (linked && options.declaration.deleteRows) {
      await em.execute(`delete from ${table} where ${key}`, keyOf(row));
      changed++;
      continue;
    }
    const sets: string[] = [];
    const values: unknown[] = [];
    for (const { column, kind } of personal) {
      const before = row[column.column_name];
      if (before === null || before === undefined || column.is_primary) continue;
      const rule = options.declaration.personal[column.column_name]!;
      let after = erasedValue(anonymizer, rule, before, linked, column.column_name);
      if (typeof after === 'string' && column.character_maximum_length !== null) after = after.slice(0, column.character_maximum_length);
      if (JSON.stringify(after) === JSON.stringify(before)) continue;
      if (after === null) {
        sets.push(`${quote(column.column_name)} = null`);
      } else if (kind === 'json' || kind === 'jsonb') {
        sets.push(`${quote(column.column_name)} = ?::${kind}`);
        values.push(JSON.stringify(after));
      } else if (kind === 'text[]') {
        sets.push(`${quote(column.column_name)} = array(select jsonb_array_elements_text(?::jsonb))`);
        values.push(JSON.stringify(after));
      } else {
        sets.push(`${quote(column.column_name)} = ?`);
        values.push(after);
      }
    }
    if (sets.length === 0) continue;
    await em.execute(`update ${table} set ${sets.join(', ')} where ${key}`, [...values, ...keyOf(row)]);
    changed++;
  }
  return changed;
}

/** Tables of a schema (ordinary tables only). */
async function tablesOf(em: EntityManager, schema: string): Promise<string[]> {
  const rows = await em.execute<{ table_name: string }[]>(
    `select table_name from information_schema.tables where table_schema = ? and table_type = 'BASE TABLE' order by table_name`,
    [schema],
  );
  return rows.map((row) => row.table_name);
}

/**
 * Erases the person from the service's schema as its register declares (tables with no personal
 * column are not read), and from the service's events in the PostgreSQL bus log. Tables are taken in
 * the register's order. Returns the rows changed (or deleted) per table.
 */
export async function redactSchema(em: EntityManager, anonymizer: Anonymizer, register: PersonalDataRegister): Promise<Record<string, number>> {
  const changed: Record<string, number> = {};
  const existing = new Set(await tablesOf(em, register.schema));
  for (const [table, declaration] of Object.entries(register.tables)) {
    if (!existing.has(table)) continue;
    const count = await redactTable(em, anonymizer, { schema: register.schema, table, declaration });
    if (count > 0) changed[table] = count;
  }
  // The bus log (PostgreSQL bus): each service anonymizes the events it published.
  if ((await tablesOf(em, BUS_PERSONAL_DATA.schema)).includes('event')) {
    const count = await redactTable(em, anonymizer, {
      schema: BUS_PERSONAL_DATA.schema,
      table: 'event',
      declaration: BUS_PERSONAL_DATA.tables['event']!,
      where: { sql: 'source = ?', params: [register.schema] },
    });
    if (count > 0) changed['bus.event'] = count;
  }
  return changed;
}

/** Whether a stored event is about the person (names one of their ids or quotes one of their identifiers). */
export function isAboutPerson(anonymizer: Anonymizer, event: BusEvent): boolean {
  const text = JSON.stringify(event);
  return anonymizer.isLinkedText(text) || anonymizer.quotesIdentifier(text);
}

/** Turns `snake_case` column names into the API's camelCase, deeply (rows exported with `to_jsonb`). */
const camelCase = (name: string) => name.replaceAll(/_([a-z0-9])/g, (_, char: string) => char.toUpperCase());

function camelCaseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(camelCaseKeys);
  if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [camelCase(key), camelCaseKeys(item)]));
  }
  return value;
}

/**
 * Rows of a query as JSON objects in camelCase, every column included (`select to_jsonb(t) …` as
 * `row`): exports list everything a table holds about the person, new columns too.
 */
export async function exportRows(em: EntityManager, query: string, params: unknown[]): Promise<Record<string, unknown>[]> {
  const rows = await em.execute<{ row: Record<string, unknown> }[]>(query, params);
  return rows.map((row) => camelCaseKeys(row.row) as Record<string, unknown>);
}

/**
 * The export's counterpart of scrubbing by value: every row of the register's free-text and JSON
 * personal columns (`scrub`, `json`) that quotes one of the person's identifier values, per table
 * (every column, camelCase). What erasure would scrub there is exactly what the export shows.
 * Values shorter than 3 characters are ignored, as erasure ignores them; phones are also found in
 * the forms people type them.
 */
export async function exportMentions(em: EntityManager, register: PersonalDataRegister, values: readonly string[]): Promise<Record<string, Record<string, unknown>[]>> {
  // The same search as erasure's: the values as written, and phones in the forms people type them.
  const { searchPatterns: patterns, searchRegexes: regexes } = new Anonymizer({ linkedIds: [], identifiers: values, personalValues: [] });
  const mentions: Record<string, Record<string, unknown>[]> = {};
  if (patterns.length === 0) return mentions;
  for (const [table, declaration] of Object.entries(register.tables)) {
    const columns = Object.entries(declaration.personal).filter(([, rule]) => rule === 'scrub' || rule === 'json').map(([column]) => column);
    if (columns.length === 0) continue;
    const matches = columns.flatMap((column) => [
      `t.${quote(column)}::text ilike any (array(select jsonb_array_elements_text(?::jsonb)))`,
      `t.${quote(column)}::text ~ any (array(select jsonb_array_elements_text(?::jsonb)))`,
    ]);
    const rows = await exportRows(
      em,
      `select to_jsonb(t) as row from ${quote(register.schema)}.${quote(table)} t where ${matches.join(' or ')}`,
      columns.flatMap(() => [JSON.stringify(patterns), JSON.stringify(regexes)]),
    );
    if (rows.length > 0) mentions[camelCase(table)] = rows;
  }
  return mentions;
}

/** Groups exported rows by one of their fields (e.g. lines by `orderId`). */
export function groupRows(rows: readonly Record<string, unknown>[], field: string): Map<string, Record<string, unknown>[]> {
  const groups = new Map<string, Record<string, unknown>[]>();
  for (const row of rows) {
    const key = String(row[field]);
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return groups;
}

/** The data-export entity as a service resolves it (federation key plus what `@requires` brought). */
export interface CustomerDataExportReference {
  customerId: string;
  /** The person's order ids, from the orders service (`@requires` in the services that know orders only). */
  orderIds?: string[] | null;
  /** Every identifier value the profile carried (emails, phones, full names, streets), from the customers service (`@requires`). */
  contactValues?: string[] | null;
  /** Every email the profile carried, from the customers service (`@requires` in orders: guest orders placed with one are the person's). */
  contactEmails?: string[] | null;
}
