/**
 * The history of a customer's identifiers (`customer_identifier`, kept by database triggers on the
 * profile and its addresses): every email, phone, name and street line the profile has carried.
 * Used only so export and erasure cover every identifier a person ever had.
 */
import type { EntityManager, ErasureSubjectValues } from '@oms/platform';

/** Every identifier the profile has carried, and carries now; emails lowercased. */
export async function identifiersOf(em: EntityManager, customerId: string): Promise<ErasureSubjectValues> {
  const rows = await em.execute<{ kind: string; value: string }[]>(
    `select kind, value from customers.customer_identifier where customer_id = ?
     union select i.kind, i.value from customers.customer c
       cross join lateral (values ('EMAIL', lower(c.email)), ('PHONE', c.phone), ('NAME', c.first_name || ' ' || c.last_name)) as i(kind, value)
      where c.id = ? and i.value is not null
     union select 'STREET', i.value from customers.customer_address a cross join lateral (values (a.line1), (a.line2)) as i(value)
      where a.customer_id = ? and i.value is not null
     order by 1, 2`,
    [customerId, customerId, customerId],
  );
  const of = (kind: string) => [...new Set(rows.filter((row) => row.kind === kind && !row.value.startsWith('erased-')).map((row) => row.value))];
  return { emails: of('EMAIL').map((email) => email.toLowerCase()), phones: of('PHONE'), names: of('NAME'), streets: of('STREET') };
}

/** All the values, flat: what free text is searched for (export) and scrubbed of (erasure). */
export function identifierValues(values: ErasureSubjectValues): string[] {
  return [...values.emails, ...values.phones, ...values.names, ...values.streets];
}
