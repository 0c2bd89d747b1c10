import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoId, OutboxEvent } from '@oms/platform';
import { CustomerAddress } from '../subgraphs/customers/src/entities/customer-address.entity.ts';
import { CustomerSegmentAssignment } from '../subgraphs/customers/src/entities/customer-segment-assignment.entity.ts';
import { CustomerSegment } from '../subgraphs/customers/src/entities/customer-segment.entity.ts';
import { Customer } from '../subgraphs/customers/src/entities/customer.entity.ts';
import { Interaction } from '../subgraphs/customers/src/entities/interaction.entity.ts';
import { MarketingConsent } from '../subgraphs/customers/src/entities/marketing-consent.entity.ts';
import { Order } from '../subgraphs/orders/src/entities/order.entity.ts';
import { ADMIN, customerToken, staffToken } from './support/auth.ts';
import { startTestSystem, type GraphQLResponse, type TestSystem } from './support/system.ts';
import { ok } from './support/graphql.ts';

let system: TestSystem;

beforeAll(async () => {
  system = await startTestSystem();
});

afterAll(async () => {
  await system?.close();
});

const CARE_AGENT_ID = demoId('staff', 'care@oms.example');
const CARE = staffToken(['CARE_AGENT'], { staffId: CARE_AGENT_ID });
const STORE = staffToken(['STORE_ASSOCIATE'], { storeId: demoId('location', 'ST-LYON-PARTDIEU') });
const DAY = 24 * 3600 * 1000;

/** Letters only, unique to this run: search words that match nothing else in the database. */
function uniqueWord(prefix: string): string {
  return `${prefix}${randomUUID().replace(/[^a-f]/g, '').slice(0, 8)}`;
}

const codeOf = (response: GraphQLResponse<unknown>) => response.errors?.[0]?.extensions?.['code'];
const fieldOf = (response: GraphQLResponse<unknown>) => response.errors?.[0]?.extensions?.['field'];

interface CustomerView {
  id: string;
  name: string;
  email: string;
  phone: string | null;
  preferences: { channel: string | null; language: string | null; storeId: string | null };
  addresses: { id: string; label: string | null; city: string; postalCode: string; country: string; isDefaultShipping: boolean; isDefaultBilling: boolean }[];
  defaultShippingAddress: { id: string } | null;
  defaultBillingAddress: { id: string } | null;
}

const PROFILE = 'id name email phone preferences { channel language storeId } addresses { id label city postalCode country isDefaultShipping isDefaultBilling } defaultShippingAddress { id } defaultBillingAddress { id }';

const CREATE = /* GraphQL */ `
  mutation Create($input: CreateCustomerInput!) { createCustomer(input: $input) { ${PROFILE} } }
`;

async function createCustomer(overrides: Record<string, unknown> = {}, token = CARE): Promise<CustomerView> {
  const input = { firstName: 'Élise', lastName: uniqueWord('Test'), email: `${randomUUID()}@example.com`, ...overrides };
  return ok(await system.query<{ createCustomer: CustomerView }>(CREATE, { input }, token)).createCustomer;
}

async function readCustomer(id: string, token = CARE): Promise<CustomerView> {
  const response = await system.query<{ customer: CustomerView }>(`query ($id: ID!) { customer(id: $id) { ${PROFILE} } }`, { id }, token);
  return ok(response).customer;
}

async function countCustomersWithEmail(email: string): Promise<number> {
  return system.subgraphs.customers.orm.em.fork().count(Customer, { email });
}

/** An order of the orders service, written straight into its table (as the federation tests do). */
async function insertOrder(customerId: string, options: { total: number; daysAgo: number; status?: 'CONFIRMED' | 'DELIVERED' | 'CANCELLED'; currency?: string }): Promise<{ id: string; number: string }> {
  const em = system.subgraphs.orders.orm.em.fork();
  const placedAt = new Date(Date.now() - options.daysAgo * DAY);
  const order = em.create(Order, {
    number: `CC-${Math.floor(Math.random() * 1e9)}`,
    status: options.status ?? 'DELIVERED',
    channel: 'WEB',
    customerId,
    email: 'care-test@example.com',
    currency: options.currency ?? 'EUR',
    subtotal: options.total,
    shippingTotal: 0,
    taxTotal: 0,
    total: options.total,
    placedAt,
    createdAt: placedAt,
  });
  await em.flush();
  return { id: order.id, number: order.number };
}

describe('profiles', () => {
  it('creates a customer with addresses: the first is the default, phone and email in normal form', async () => {
    const customer = await createCustomer({
      email: `  Mixed.Case.${randomUUID()}@Example.COM `,
      phone: '+33 6 11 22 33 44',
      preferences: { channel: 'SMS', language: 'FR', storeId: demoId('location', 'ST-LYON-PARTDIEU') },
      addresses: [
        { label: 'Home', line1: '1 rue de la Paix', city: 'Paris', postalCode: '75002', country: 'fr' },
        { label: 'Parents', line1: '2 chemin des Vignes', city: 'Mâcon', postalCode: '71000', country: 'FR' },
      ],
    });
    expect(customer.email).toMatch(/^mixed\.case\..*@example\.com$/);
    expect(customer.phone).toBe('+33611223344');
    expect(customer.preferences).toEqual({ channel: 'SMS', language: 'fr', storeId: demoId('location', 'ST-LYON-PARTDIEU') });
    const home = customer.addresses.find((address) => address.label === 'Home')!;
    expect(home).toMatchObject({ country: 'FR', isDefaultShipping: true, isDefaultBilling: true });
    expect(customer.addresses.find((address) => address.label === 'Parents')).toMatchObject({ isDefaultShipping: false, isDefaultBilling: false });
    expect(customer.defaultShippingAddress?.id).toBe(home.id);
    expect(customer.defaultBillingAddress?.id).toBe(home.id);
  });

  it('refuses a bad email, phone or country with its own code and writes nothing', async () => {
    const email = `${randomUUID()}@example.com`;
    const base = { firstName: 'Paul', lastName: 'Valide', email };
    const cases: [Record<string, unknown>, string, string][] = [
      [{ ...base, email: 'not-an-email' }, 'INVALID_EMAIL', 'email'],
      [{ ...base, phone: '06 12 34 56 78' }, 'INVALID_PHONE', 'phone'],
      [{ ...base, phone: '+33 6 12' }, 'INVALID_PHONE', 'phone'],
      [{ ...base, addresses: [{ line1: '1 rue X', city: 'Lyon', postalCode: '69001', country: 'XX' }] }, 'INVALID_ADDRESS', 'country'],
      [{ ...base, addresses: [{ line1: ' ', city: 'Lyon', postalCode: '69001', country: 'FR' }] }, 'INVALID_ADDRESS', 'line1'],
      [{ ...base, preferences: { language: 'french' } }, 'BAD_USER_INPUT', 'language'],
    ];
    for (const [input, code, field] of cases) {
      const response = await system.query(CREATE, { input }, CARE);
      expect(codeOf(response), JSON.stringify(input)).toBe(code);
      expect(fieldOf(response)).toBe(field);
    }
    expect(await countCustomersWithEmail(email)).toBe(0);
  });

  it('answers CONFLICT for an email already in use, on create and on update', async () => {
    const first = await createCustomer();
    const duplicate = await system.query(CREATE, { input: { firstName: 'A', lastName: 'B', email: first.email.toUpperCase() } }, CARE);
    expect(codeOf(duplicate)).toBe('CONFLICT');
    const second = await createCustomer();
    const update = await system.query(`mutation ($id: ID!, $input: UpdateCustomerInput!) { updateCustomer(id: $id, input: $input) { id } }`, { id: second.id, input: { email: first.email } }, CARE);
    expect(codeOf(update)).toBe('CONFLICT');
    expect((await readCustomer(second.id)).email).toBe(second.email);
  });

  it('updates contact data and preferences; fields left out keep their value, null clears', async () => {
    const customer = await createCustomer({ phone: '+44 20 7946 0000', preferences: { channel: 'EMAIL', language: 'en' } });
    const UPDATE = `mutation ($id: ID!, $input: UpdateCustomerInput!) { updateCustomer(id: $id, input: $input) { ${PROFILE} } }`;
    const updated = ok(await system.query<{ updateCustomer: CustomerView }>(UPDATE, { id: customer.id, input: { firstName: 'Renée', phone: '0033 6 98 76 54 32', preferences: { language: 'de' } } }, CARE)).updateCustomer;
    expect(updated.name).toBe(`Renée ${customer.name.split(' ')[1]}`);
    expect(updated.phone).toBe('+33698765432');
    expect(updated.email).toBe(customer.email);
    expect(updated.preferences).toEqual({ channel: 'EMAIL', language: 'de', storeId: null });
    const cleared = ok(await system.query<{ updateCustomer: CustomerView }>(UPDATE, { id: customer.id, input: { phone: null, preferences: { channel: null } } }, CARE)).updateCustomer;
    expect(cleared.phone).toBeNull();
    expect(cleared.preferences.channel).toBeNull();
    expect(cleared.preferences.language).toBe('de');
  });

  it('keeps one default shipping and one default billing address through add, set default, update and remove', async () => {
    const customer = await createCustomer();
    const ADD = `mutation ($customerId: ID!, $input: CustomerAddressInput!) { addCustomerAddress(customerId: $customerId, input: $input) { id isDefaultShipping isDefaultBilling } }`;
    const home = ok(await system.query<{ addCustomerAddress: { id: string; isDefaultShipping: boolean; isDefaultBilling: boolean } }>(ADD, { customerId: customer.id, input: { label: 'Home', line1: '3 rue A', city: 'Lyon', postalCode: '69001', country: 'FR' } }, CARE)).addCustomerAddress;
    expect(home).toMatchObject({ isDefaultShipping: true, isDefaultBilling: true });
    const office = ok(await system.query<{ addCustomerAddress: { id: string; isDefaultShipping: boolean; isDefaultBilling: boolean } }>(ADD, { customerId: customer.id, input: { label: 'Office', line1: '4 rue B', city: 'Lyon', postalCode: '69003', country: 'FR', isDefaultShipping: true } }, CARE)).addCustomerAddress;
    expect(office).toMatchObject({ isDefaultShipping: true, isDefaultBilling: false });
    let view = await readCustomer(customer.id);
    expect(view.defaultShippingAddress?.id).toBe(office.id);
    expect(view.defaultBillingAddress?.id).toBe(home.id);

    const SET_DEFAULT = `mutation ($id: ID!, $usages: [AddressUsage!]!) { setDefaultCustomerAddress(id: $id, usages: $usages) { defaultShippingAddress { id } defaultBillingAddress { id } addresses { id isDefaultShipping isDefaultBilling } } }`;
    const after = ok(await system.query<{ setDefaultCustomerAddress: CustomerView }>(SET_DEFAULT, { id: office.id, usages: ['BILLING'] }, CARE)).setDefaultCustomerAddress;
    expect(after.defaultBillingAddress?.id).toBe(office.id);
    expect(after.addresses.filter((address) => address.isDefaultBilling)).toHaveLength(1);

    const UPDATE = `mutation ($id: ID!, $input: UpdateCustomerAddressInput!) { updateCustomerAddress(id: $id, input: $input) { id city postalCode label } }`;
    const moved = ok(await system.query<{ updateCustomerAddress: { city: string; postalCode: string; label: string | null } }>(UPDATE, { id: home.id, input: { city: 'Villeurbanne', postalCode: '69100', label: null } }, CARE)).updateCustomerAddress;
    expect(moved).toMatchObject({ city: 'Villeurbanne', postalCode: '69100', label: null });
    expect(codeOf(await system.query(UPDATE, { id: home.id, input: { country: 'ZZ' } }, CARE))).toBe('INVALID_ADDRESS');

    const removed = ok(await system.query<{ removeCustomerAddress: CustomerView }>(`mutation ($id: ID!) { removeCustomerAddress(id: $id) { ${PROFILE} } }`, { id: office.id }, CARE)).removeCustomerAddress;
    expect(removed.addresses.map((address) => address.id)).toEqual([home.id]);
    expect(removed.defaultShippingAddress).toBeNull();
    view = await readCustomer(customer.id);
    expect(view.addresses).toHaveLength(1);
  });
});

describe('marketing consents', () => {
  const SET = /* GraphQL */ `
    mutation ($input: SetMarketingConsentInput!) { setMarketingConsent(input: $input) { purpose channel granted source recordedBy recordedAt } }
  `;
  const READ = /* GraphQL */ `
    query ($id: ID!) { customer(id: $id) {
      marketingConsents { purpose channel granted source }
      consentHistory { purpose channel granted source recordedBy recordedAt }
    } }
  `;

  it('keeps every decision with its time and source; the latest per purpose and channel is in force', async () => {
    const customer = await createCustomer();
    const decide = async (granted: boolean, source: string, token = CARE, purpose = 'NEWSLETTER', channel = 'EMAIL') =>
      ok(await system.query<{ setMarketingConsent: { recordedBy: string } }>(SET, { input: { customerId: customer.id, purpose, channel, granted, source } }, token)).setMarketingConsent;
    await decide(true, 'checkout');
    await decide(false, 'unsubscribe link', customerToken(customer.id));
    await decide(true, 'store', CARE, 'PROMOTIONS', 'SMS');
    const own = await decide(true, 'preference centre', customerToken(customer.id));
    expect(own.recordedBy).toBe(`customer:${customer.id}`);

    const view = ok(await system.query<{ customer: { marketingConsents: unknown[]; consentHistory: { granted: boolean; source: string; recordedBy: string; recordedAt: string; purpose: string }[] } }>(READ, { id: customer.id }, CARE)).customer;
    expect(view.marketingConsents).toEqual([
      { purpose: 'NEWSLETTER', channel: 'EMAIL', granted: true, source: 'preference centre' },
      { purpose: 'PROMOTIONS', channel: 'SMS', granted: true, source: 'store' },
    ]);
    expect(view.consentHistory.map((entry) => [entry.purpose, entry.granted, entry.source])).toEqual([
      ['NEWSLETTER', true, 'preference centre'],
      ['PROMOTIONS', true, 'store'],
      ['NEWSLETTER', false, 'unsubscribe link'],
      ['NEWSLETTER', true, 'checkout'],
    ]);
    expect(view.consentHistory[2]!.recordedBy).toBe(`customer:${customer.id}`);
    expect(view.consentHistory[3]!.recordedBy).toBe(`staff:${CARE_AGENT_ID}`);
    const times = view.consentHistory.map((entry) => Date.parse(entry.recordedAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('refuses a consent without a source', async () => {
    const customer = await createCustomer();
    const response = await system.query(SET, { input: { customerId: customer.id, purpose: 'NEWSLETTER', channel: 'EMAIL', granted: true, source: '  ' } }, CARE);
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    const view = ok(await system.query<{ customer: { consentHistory: unknown[] } }>(READ, { id: customer.id }, CARE)).customer;
    expect(view.consentHistory).toEqual([]);
  });
});

describe('search', () => {
  const SEARCH = /* GraphQL */ `
    query ($search: String, $first: Int, $after: String) {
      customers(search: $search, first: $first, after: $after) {
        edges { cursor node { id name } }
        pageInfo { hasNextPage endCursor }
      }
    }
  `;
  type Page = { customers: { edges: { node: { id: string; name: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

  async function search(term: string, first = 20, after: string | null = null, token = CARE): Promise<string[]> {
    return ok(await system.query<Page>(SEARCH, { search: term, first, after }, token)).customers.edges.map((edge) => edge.node.id);
  }

  it('finds a customer by name, email, phone and postal code', async () => {
    const family = uniqueWord('Quill');
    const postalCode = `9${String(Math.floor(Math.random() * 1e4)).padStart(4, '0')}`;
    const phoneTail = String(Math.floor(Math.random() * 1e8)).padStart(8, '0');
    const target = await createCustomer({
      firstName: 'Margaux',
      lastName: family,
      email: `${family.toLowerCase()}@mailbox.example`,
      phone: `+33 7 ${phoneTail}`,
      addresses: [{ line1: '5 rue C', city: 'Ajaccio', postalCode: `${postalCode.slice(0, 2)} ${postalCode.slice(2)}`, country: 'FR' }],
    });
    const other = await createCustomer({ firstName: 'Bastien', lastName: family });

    expect(new Set(await search(family.toUpperCase()))).toEqual(new Set([target.id, other.id]));
    expect(await search(`margaux ${family}`)).toEqual([target.id]);
    expect(await search(`${family.toLowerCase()}@mailbox`)).toEqual([target.id]);
    // As typed by an agent: national form with spaces, or international.
    expect(await search(`07 ${phoneTail.slice(0, 2)} ${phoneTail.slice(2, 4)} ${phoneTail.slice(4)}`)).toEqual([target.id]);
    expect(await search(`+337${phoneTail}`)).toEqual([target.id]);
    // Postal code: its start, any spacing, combined with a name.
    expect(await search(`${postalCode} ${family}`)).toEqual([target.id]);
    expect(await search(`${postalCode.slice(0, 3)} ${family}`)).toEqual([target.id]);
    expect(await search(`${uniqueWord('Nobody')}`)).toEqual([]);
    // LIKE wildcards are searched for as characters.
    expect(await search(`%${family}%_`)).toEqual([]);
  });

  it('finds the customer of an order number through the orders service', async () => {
    const customer = await createCustomer();
    const order = await insertOrder(customer.id, { total: 1500, daysAgo: 3 });
    expect(await search(order.number)).toEqual([customer.id]);
    expect(await search(order.number.toLowerCase())).toEqual([customer.id]);
    // The demo order OMS-100001 is Camille Martin's.
    expect(await search('OMS-100001')).toEqual([demoId('customer', 0)]);
    expect(await search('OMS-999999999')).toEqual([]);
  });

  it('pages through the matches newest first without repeating one', async () => {
    const family = uniqueWord('Pager');
    const created: string[] = [];
    for (let index = 0; index < 5; index++) created.push((await createCustomer({ lastName: family })).id);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: Page = ok(await system.query<Page>(SEARCH, { search: family, first: 2, after }, CARE));
      seen.push(...page.customers.edges.map((edge) => edge.node.id));
      pages += 1;
      if (!page.customers.pageInfo.hasNextPage) break;
      after = page.customers.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual([...created].reverse());
    expect(codeOf(await system.query(SEARCH, { search: family, first: 2, after: 'not-a-cursor' }, CARE))).toBe('BAD_USER_INPUT');
  });
});

describe('interactions and cases', () => {
  const LOG = /* GraphQL */ `
    mutation ($input: LogInteractionInput!) {
      logInteraction(input: $input) { id channel reason outcome notes agentId agent { name } orders { id number } returns { id } case { id status } at }
    }
  `;
  const TIMELINE = /* GraphQL */ `
    query ($id: ID!, $first: Int, $after: String) { customer(id: $id) {
      interactions(first: $first, after: $after) { edges { node { reason channel } } pageInfo { hasNextPage endCursor } }
    } }
  `;

  it('logs contacts by the calling agent, linked to the customer\'s orders, returns and case; the timeline is newest first', async () => {
    const customer = await createCustomer();
    const order = await insertOrder(customer.id, { total: 2500, daysAgo: 4 });
    const opened = ok(await system.query<{ openCase: { id: string; status: string; openedBy: string } }>(
      `mutation ($input: OpenCaseInput!) { openCase(input: $input) { id status openedBy } }`,
      { input: { customerId: customer.id, subject: 'Parcel never arrived' } },
      CARE,
    )).openCase;
    expect(opened).toMatchObject({ status: 'OPEN', openedBy: `staff:${CARE_AGENT_ID}` });

    const returnId = randomUUID();
    const first = ok(await system.query<{ logInteraction: Record<string, unknown> }>(LOG, {
      input: { customerId: customer.id, channel: 'CALL', reason: 'Where is my parcel?', outcome: 'Carrier investigation opened', notes: 'Customer upset', orderIds: [order.id], returnIds: [returnId], caseId: opened.id },
    }, CARE)).logInteraction;
    expect(first).toMatchObject({
      channel: 'CALL',
      notes: 'Customer upset',
      agentId: `staff:${CARE_AGENT_ID}`,
      agent: { name: 'Julien Morel' },
      orders: [{ id: order.id, number: order.number }],
      returns: [{ id: returnId }],
      case: { id: opened.id, status: 'OPEN' },
    });
    for (const [channel, reason] of [['EMAIL', 'Sent proof of address'], ['CHAT', 'Asked for an update'], ['STORE_VISIT', 'Came to the store']]) {
      ok(await system.query(LOG, { input: { customerId: customer.id, channel, reason } }, CARE));
    }

    const page1 = ok(await system.query<{ customer: { interactions: { edges: { node: { reason: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } }>(TIMELINE, { id: customer.id, first: 3 }, CARE)).customer.interactions;
    expect(page1.edges.map((edge) => edge.node.reason)).toEqual(['Came to the store', 'Asked for an update', 'Sent proof of address']);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = ok(await system.query<{ customer: { interactions: { edges: { node: { reason: string } }[]; pageInfo: { hasNextPage: boolean } } } }>(TIMELINE, { id: customer.id, first: 3, after: page1.pageInfo.endCursor }, CARE)).customer.interactions;
    expect(page2.edges.map((edge) => edge.node.reason)).toEqual(['Where is my parcel?']);
    expect(page2.pageInfo.hasNextPage).toBe(false);

    const viaCase = ok(await system.query<{ customerCase: { interactions: { reason: string }[]; customer: { id: string } } }>(
      `query ($id: ID!) { customerCase(id: $id) { customer { id } interactions { reason } } }`, { id: opened.id }, CARE,
    )).customerCase;
    expect(viaCase).toEqual({ customer: { id: customer.id }, interactions: [{ reason: 'Where is my parcel?' }] });
  });

  it('refuses a link to another customer\'s order or case, or an unknown order, and logs nothing', async () => {
    const customer = await createCustomer();
    const stranger = await createCustomer();
    const theirs = await insertOrder(stranger.id, { total: 900, daysAgo: 1 });
    const theirCase = ok(await system.query<{ openCase: { id: string } }>(`mutation ($input: OpenCaseInput!) { openCase(input: $input) { id } }`, { input: { customerId: stranger.id, subject: 'Other' } }, CARE)).openCase;
    const input = { customerId: customer.id, channel: 'EMAIL', reason: 'Question' };
    expect(codeOf(await system.query(LOG, { input: { ...input, orderIds: [theirs.id] } }, CARE))).toBe('BAD_USER_INPUT');
    expect(codeOf(await system.query(LOG, { input: { ...input, orderIds: [randomUUID()] } }, CARE))).toBe('NOT_FOUND');
    expect(codeOf(await system.query(LOG, { input: { ...input, caseId: theirCase.id } }, CARE))).toBe('BAD_USER_INPUT');
    expect(codeOf(await system.query(LOG, { input: { ...input, reason: ' ' } }, CARE))).toBe('BAD_USER_INPUT');
    const timeline = ok(await system.query<{ customer: { interactions: { edges: unknown[] } } }>(TIMELINE, { id: customer.id, first: 10 }, CARE)).customer.interactions;
    expect(timeline.edges).toEqual([]);
  });

  it('moves a case between OPEN, PENDING_CUSTOMER and RESOLVED, and refuses other moves', async () => {
    const customer = await createCustomer();
    const opened = ok(await system.query<{ openCase: { id: string } }>(`mutation ($input: OpenCaseInput!) { openCase(input: $input) { id } }`, { input: { customerId: customer.id, subject: 'Refund question' } }, CARE)).openCase;
    const MOVE = `mutation ($id: ID!, $status: CaseStatus!) { updateCaseStatus(id: $id, status: $status) { status resolvedAt } }`;
    const move = (status: string) => system.query<{ updateCaseStatus: { status: string; resolvedAt: string | null } }>(MOVE, { id: opened.id, status }, CARE);
    expect(ok(await move('PENDING_CUSTOMER')).updateCaseStatus).toEqual({ status: 'PENDING_CUSTOMER', resolvedAt: null });
    const resolved = ok(await move('RESOLVED')).updateCaseStatus;
    expect(resolved.status).toBe('RESOLVED');
    expect(resolved.resolvedAt).not.toBeNull();
    expect(codeOf(await move('PENDING_CUSTOMER'))).toBe('INVALID_STATE_TRANSITION');
    expect(codeOf(await move('RESOLVED'))).toBe('INVALID_STATE_TRANSITION');
    expect(ok(await move('OPEN')).updateCaseStatus).toEqual({ status: 'OPEN', resolvedAt: null });
    const second = ok(await system.query<{ openCase: { id: string } }>(`mutation ($input: OpenCaseInput!) { openCase(input: $input) { id } }`, { input: { customerId: customer.id, subject: 'Another' } }, CARE)).openCase;
    ok(await system.query(MOVE, { id: second.id, status: 'RESOLVED' }, CARE));
    const cases = ok(await system.query<{ customer: { all: { id: string }[]; open: { id: string; status: string }[] } }>(
      `query ($id: ID!) { customer(id: $id) { all: cases { id } open: cases(status: [OPEN]) { id status } } }`, { id: customer.id }, CARE,
    )).customer;
    expect(cases.all.map((customerCase) => customerCase.id)).toEqual([second.id, opened.id]);
    expect(cases.open).toEqual([{ id: opened.id, status: 'OPEN' }]);
  });

  it('links a logged interaction to a case of the same customer, moves and unlinks it, audited; refuses another customer\'s or a resolved case, and customers', async () => {
    const OPEN = `mutation ($input: OpenCaseInput!) { openCase(input: $input) { id } }`;
    const LINK = `mutation ($interactionId: ID!, $caseId: ID) { linkInteractionToCase(interactionId: $interactionId, caseId: $caseId) { id case { id } } }`;
    const CASE_INTERACTIONS = `query ($id: ID!) { customerCase(id: $id) { interactions { id } } }`;
    const openCaseFor = async (customerId: string, subject: string) => ok(await system.query<{ openCase: { id: string } }>(OPEN, { input: { customerId, subject } }, CARE)).openCase.id;
    const link = (interactionId: string, caseId: string | null, token = CARE) =>
      system.query<{ linkInteractionToCase: { id: string; case: { id: string } | null } }>(LINK, { interactionId, caseId }, token);
    const onCase = async (caseId: string) => ok(await system.query<{ customerCase: { interactions: { id: string }[] } }>(CASE_INTERACTIONS, { id: caseId }, CARE)).customerCase.interactions.map((item) => item.id);
    const caseOf = async (interactionId: string) => (await system.subgraphs.customers.orm.em.fork().findOneOrFail(Interaction, { id: interactionId })).case?.id ?? null;

    const customer = await createCustomer();
    const stranger = await createCustomer();
    const first = await openCaseFor(customer.id, 'Late parcel');
    const second = await openCaseFor(customer.id, 'Wrong size');
    const theirs = await openCaseFor(stranger.id, 'Someone else');
    const logged = ok(await system.query<{ logInteraction: { id: string; case: null } }>(LOG, { input: { customerId: customer.id, channel: 'CALL', reason: 'Called about the parcel' } }, CARE)).logInteraction;
    expect(logged.case).toBeNull();

    expect(ok(await link(logged.id, first)).linkInteractionToCase).toEqual({ id: logged.id, case: { id: first } });
    expect(await onCase(first)).toEqual([logged.id]);
    expect(ok(await link(logged.id, second)).linkInteractionToCase.case).toEqual({ id: second });
    expect(await onCase(first)).toEqual([]);
    expect(await onCase(second)).toEqual([logged.id]);

    // Another customer's case, a resolved case, an unknown case or interaction, a customer's own token: refused, nothing changed.
    const cross = await link(logged.id, theirs);
    expect(codeOf(cross)).toBe('CASE_CUSTOMER_MISMATCH');
    expect(fieldOf(cross)).toBe('caseId');
    ok(await system.query(`mutation ($id: ID!) { updateCaseStatus(id: $id, status: RESOLVED) { id } }`, { id: first }, CARE));
    const resolved = await link(logged.id, first);
    expect(codeOf(resolved)).toBe('CASE_RESOLVED');
    expect(fieldOf(resolved)).toBe('caseId');
    expect(codeOf(await link(logged.id, randomUUID()))).toBe('NOT_FOUND');
    expect(codeOf(await link(randomUUID(), second))).toBe('NOT_FOUND');
    expect(codeOf(await link(logged.id, null, customerToken(customer.id)))).toBe('FORBIDDEN');
    expect(codeOf(await link(logged.id, second, STORE))).toBe('FORBIDDEN');
    expect(await caseOf(logged.id)).toBe(second);
    expect(await onCase(theirs)).toEqual([]);
    expect(await onCase(first)).toEqual([]);

    // Linking to the case it is already on changes nothing, so it is not audited.
    expect(ok(await link(logged.id, second)).linkInteractionToCase.case).toEqual({ id: second });
    expect(ok(await link(logged.id, null)).linkInteractionToCase.case).toBeNull();
    expect(await caseOf(logged.id)).toBeNull();
    expect(await onCase(second)).toEqual([]);

    const audits = await system.subgraphs.customers.orm.em.fork().find(OutboxEvent, { type: 'AuditRecorded', aggregateType: 'Interaction', aggregateId: logged.id }, { orderBy: { position: 'asc' } });
    expect(audits.map((audit) => [audit.payload['action'], audit.payload['actor'], audit.payload['before'], audit.payload['after']])).toEqual([
      ['linkInteractionToCase', `staff:${CARE_AGENT_ID}`, { caseId: null }, { caseId: first }],
      ['linkInteractionToCase', `staff:${CARE_AGENT_ID}`, { caseId: first }, { caseId: second }],
      ['linkInteractionToCase', `staff:${CARE_AGENT_ID}`, { caseId: second }, { caseId: null }],
    ]);
  });
});

describe('segments, tags and notes', () => {
  const DEFINE = /* GraphQL */ `
    mutation ($code: String!, $name: String!, $rule: SegmentRuleInput) {
      defineCustomerSegment(code: $code, name: $name, rule: $rule) { code name rule { minLifetimeValue { amount currency } minOrders withinDays } }
    }
  `;
  const SEGMENTS = /* GraphQL */ `
    query ($id: ID!) { customer(id: $id) { segments { segment { code } assigned assignedBy matchesRule } } }
  `;
  type Memberships = { customer: { segments: { segment: { code: string }; assigned: boolean; assignedBy: string | null; matchesRule: boolean }[] } };

  async function memberships(customerId: string, codes: string[]): Promise<Record<string, { assigned: boolean; matchesRule: boolean }>> {
    const view = ok(await system.query<Memberships>(SEGMENTS, { id: customerId }, CARE)).customer.segments;
    return Object.fromEntries(view.filter((entry) => codes.includes(entry.segment.code)).map((entry) => [entry.segment.code, { assigned: entry.assigned, matchesRule: entry.matchesRule }]));
  }

  it('computes rule-based segments from the orders service\'s figures (cancelled orders excluded)', async () => {
    const suffix = uniqueWord('').toUpperCase();
    const highValue = `HIGH_VALUE_${suffix}`;
    const frequent = `RECENT_TWICE_${suffix}`;
    const defined = ok(await system.query<{ defineCustomerSegment: unknown }>(DEFINE, { code: highValue, name: 'High value', rule: { minLifetimeValue: 10_000, currency: 'eur' } }, ADMIN)).defineCustomerSegment;
    expect(defined).toEqual({ code: highValue, name: 'High value', rule: { minLifetimeValue: { amount: 10_000, currency: 'EUR' }, minOrders: null, withinDays: null } });
    ok(await system.query(DEFINE, { code: frequent, name: 'Two orders in 90 days', rule: { minOrders: 2, withinDays: 90 } }, ADMIN));

    const customer = await createCustomer();
    expect(await memberships(customer.id, [highValue, frequent])).toEqual({});
    await insertOrder(customer.id, { total: 6_000, daysAgo: 200 });
    await insertOrder(customer.id, { total: 3_000, daysAgo: 10 });
    await insertOrder(customer.id, { total: 50_000, daysAgo: 5, status: 'CANCELLED' });
    await insertOrder(customer.id, { total: 90_000, daysAgo: 100, currency: 'GBP' });
    // 9,000 EUR, one order within 90 days: neither yet.
    expect(await memberships(customer.id, [highValue, frequent])).toEqual({});
    await insertOrder(customer.id, { total: 1_000, daysAgo: 1 });
    // 10,000 EUR; two orders within 90 days.
    expect(await memberships(customer.id, [highValue, frequent])).toEqual({
      [highValue]: { assigned: false, matchesRule: true },
      [frequent]: { assigned: false, matchesRule: true },
    });

    // Redefining a segment changes its rule at once.
    ok(await system.query(DEFINE, { code: highValue, name: 'High value', rule: { minLifetimeValue: 20_000, currency: 'EUR' } }, ADMIN));
    expect(await memberships(customer.id, [highValue])).toEqual({});
  });

  it('assigns and removes staff segments; only administrators define segments, with valid rules', async () => {
    const code = `VIP_${uniqueWord('').toUpperCase()}`;
    expect(codeOf(await system.query(DEFINE, { code, name: 'VIP' }, CARE))).toBe('FORBIDDEN');
    expect(codeOf(await system.query(DEFINE, { code: 'bad code!', name: 'VIP' }, ADMIN))).toBe('BAD_USER_INPUT');
    expect(codeOf(await system.query(DEFINE, { code, name: 'VIP', rule: { minLifetimeValue: 100 } }, ADMIN))).toBe('BAD_USER_INPUT');
    expect(codeOf(await system.query(DEFINE, { code, name: 'VIP', rule: {} }, ADMIN))).toBe('BAD_USER_INPUT');
    ok(await system.query(DEFINE, { code, name: 'VIP' }, ADMIN));

    const customer = await createCustomer();
    const ASSIGN = `mutation ($customerId: ID!, $code: String!) { assignCustomerSegment(customerId: $customerId, segmentCode: $code) { id } }`;
    const REMOVE = `mutation ($customerId: ID!, $code: String!) { removeCustomerSegment(customerId: $customerId, segmentCode: $code) { id } }`;
    ok(await system.query(ASSIGN, { customerId: customer.id, code }, CARE));
    ok(await system.query(ASSIGN, { customerId: customer.id, code }, CARE));
    const view = ok(await system.query<Memberships>(SEGMENTS, { id: customer.id }, CARE)).customer.segments.filter((entry) => entry.segment.code === code);
    expect(view).toEqual([{ segment: { code }, assigned: true, assignedBy: `staff:${CARE_AGENT_ID}`, matchesRule: false }]);
    expect(codeOf(await system.query(ASSIGN, { customerId: customer.id, code: 'NO_SUCH_SEGMENT' }, CARE))).toBe('NOT_FOUND');
    ok(await system.query(REMOVE, { customerId: customer.id, code }, CARE));
    expect(await memberships(customer.id, [code])).toEqual({});
  });

  it('keeps tags and notes for staff', async () => {
    const customer = await createCustomer();
    ok(await system.query(`mutation ($id: ID!) { addCustomerTags(customerId: $id, tags: ["VIP", "fraud-watch", "vip"]) { id } }`, { id: customer.id }, CARE));
    ok(await system.query(`mutation ($id: ID!) { removeCustomerTags(customerId: $id, tags: ["fraud-watch"]) { id } }`, { id: customer.id }, CARE));
    expect(codeOf(await system.query(`mutation ($id: ID!) { addCustomerTags(customerId: $id, tags: ["no spaces"]) { id } }`, { id: customer.id }, CARE))).toBe('BAD_USER_INPUT');
    ok(await system.query(`mutation ($id: ID!) { addCustomerNote(customerId: $id, body: "Prefers phone calls") { id } }`, { id: customer.id }, CARE));
    ok(await system.query(`mutation ($id: ID!) { addCustomerNote(customerId: $id, body: "Asked for a catalogue") { id } }`, { id: customer.id }, CARE));
    const view = ok(await system.query<{ customer: { tags: string[]; notes: { body: string; author: string }[] } }>(
      `query ($id: ID!) { customer(id: $id) { tags notes { body author } } }`, { id: customer.id }, CARE,
    )).customer;
    expect(view.tags).toEqual(['vip']);
    expect(view.notes).toEqual([
      { body: 'Asked for a catalogue', author: `staff:${CARE_AGENT_ID}` },
      { body: 'Prefers phone calls', author: `staff:${CARE_AGENT_ID}` },
    ]);
  });
});

describe('who may see and change what', () => {
  it('a signed-in customer reads and updates only their own profile, never staff notes, tags, segments or interaction notes', async () => {
    const me = await createCustomer();
    const someoneElse = await createCustomer();
    const token = customerToken(me.id);
    ok(await system.query(`mutation ($input: LogInteractionInput!) { logInteraction(input: $input) { id } }`, { input: { customerId: me.id, channel: 'CHAT', reason: 'Size advice', notes: 'Internal: likes discounts' } }, CARE));

    expect((await readCustomer(me.id, token)).email).toBe(me.email);
    // Someone else's profile answers as one that does not exist.
    const other = await system.query(`query ($id: ID!) { customer(id: $id) { id email } }`, { id: someoneElse.id }, token);
    expect(codeOf(other)).toBeUndefined();
    expect(JSON.stringify(other.data ?? null)).not.toContain(someoneElse.email);
    expect(codeOf(await system.query(`{ customers(first: 5) { edges { node { id } } } }`, {}, token))).toBe('FORBIDDEN');
    expect(codeOf(await system.query(`{ customers(search: "a") { edges { node { id } } } }`, {}, token))).toBe('FORBIDDEN');

    for (const field of ['tags', 'notes { body }', 'segments { segment { code } }']) {
      const response = await system.query(`query ($id: ID!) { customer(id: $id) { id ${field} } }`, { id: me.id }, token);
      expect(codeOf(response), field).toBe('FORBIDDEN');
    }
    const timeline = await system.query<{ customer: { interactions: { edges: { node: { reason: string } }[] } } }>(
      `query ($id: ID!) { customer(id: $id) { interactions { edges { node { reason } } } } }`, { id: me.id }, token,
    );
    expect(ok(timeline).customer.interactions.edges.map((edge) => edge.node.reason)).toEqual(['Size advice']);
    const notes = await system.query(`query ($id: ID!) { customer(id: $id) { interactions { edges { node { reason notes } } } } }`, { id: me.id }, token);
    expect(codeOf(notes)).toBe('FORBIDDEN');
    expect(JSON.stringify(notes.data ?? null)).not.toContain('likes discounts');

    const UPDATE = `mutation ($id: ID!, $input: UpdateCustomerInput!) { updateCustomer(id: $id, input: $input) { id phone } }`;
    expect(ok(await system.query<{ updateCustomer: { phone: string } }>(UPDATE, { id: me.id, input: { phone: '+41 44 668 18 00' } }, token)).updateCustomer.phone).toBe('+41446681800');
    expect(codeOf(await system.query(UPDATE, { id: someoneElse.id, input: { firstName: 'Hacked' } }, token))).toBe('NOT_FOUND');
    expect(codeOf(await system.query(`mutation ($id: ID!) { addCustomerAddress(customerId: $id, input: { line1: "x", city: "y", postalCode: "1000", country: "BE" }) { id } }`, { id: someoneElse.id }, token))).toBe('NOT_FOUND');
    expect(codeOf(await system.query(`mutation ($id: ID!) { addCustomerNote(customerId: $id, body: "self note") { id } }`, { id: me.id }, token))).not.toBeUndefined();
    expect((await readCustomer(someoneElse.id)).name).toBe(someoneElse.name);
  });

  it('store associates read the customers of their store’s orders only, and do not change them', async () => {
    const customer = await createCustomer();
    // A customer without an order of the store answers as one that does not exist.
    const elsewhere = await system.query<{ customer: unknown }>(`query ($id: ID!) { customer(id: $id) { id email } }`, { id: customer.id }, STORE);
    expect(codeOf(elsewhere)).toBeUndefined();
    expect(elsewhere.data?.customer).toBeNull();
    const storeOrders = ok(await system.query<{ orders: { edges: { node: { customer: { id: string } | null } }[] } }>(`{ orders(first: 50) { edges { node { customer { id } } } } }`, {}, STORE));
    const served = storeOrders.orders.edges.map((edge) => edge.node.customer?.id).find((id) => id !== undefined);
    expect(served).toBeDefined();
    expect((await readCustomer(served!, STORE)).id).toBe(served);
    const email = `${randomUUID()}@example.com`;
    expect(codeOf(await system.query(CREATE, { input: { firstName: 'A', lastName: 'B', email } }, STORE))).toBe('FORBIDDEN');
    expect(codeOf(await system.query(`mutation ($id: ID!, $input: UpdateCustomerInput!) { updateCustomer(id: $id, input: $input) { id } }`, { id: customer.id, input: { firstName: 'X' } }, STORE))).toBe('FORBIDDEN');
    expect(await countCustomersWithEmail(email)).toBe(0);
  });
});

describe('the 360° view stays batched', () => {
  const VIEW = /* GraphQL */ `
    query View($search: String!, $first: Int!) {
      customers(search: $search, first: $first) {
        edges { node {
          name email phone
          preferences { channel language storeId }
          addresses { city postalCode isDefaultShipping }
          defaultShippingAddress { city }
          marketingConsents { purpose channel granted }
          tags
          notes { body }
          segments { segment { code } assigned matchesRule }
          interactions(first: 3) { edges { node { reason agent { name } orders { id number } case { status } } } }
          cases { status }
          orders(first: 2) { edges { node { number } } }
        } }
      }
    }
  `;
  const family = uniqueWord('Bulk');

  beforeAll(async () => {
    // 50 customers with an address, a consent, a segment assignment, an order and an interaction on it.
    const em = system.subgraphs.customers.orm.em.fork();
    const segment = em.create(CustomerSegment, { code: `BULK_${uniqueWord('').toUpperCase()}`, name: 'Bulk', rule: null, createdAt: new Date(), updatedAt: new Date() });
    const orderIds: string[] = [];
    const customerIds: string[] = [];
    for (let index = 0; index < 50; index++) {
      const customer = em.create(Customer, { firstName: `Person${index}`, lastName: family, email: `${family.toLowerCase()}-${index}@example.com`, tags: ['bulk'], createdAt: new Date(Date.now() + index), updatedAt: new Date() });
      customerIds.push(customer.id);
      em.create(CustomerAddress, { customer, line1: `${index} rue du Lot`, city: 'Lyon', postalCode: '69007', country: 'FR', isDefaultShipping: true, isDefaultBilling: true });
      em.create(MarketingConsent, { customer, purpose: 'NEWSLETTER', channel: 'EMAIL', granted: true, source: 'import', recordedBy: 'service:test', recordedAt: new Date() });
      em.create(CustomerSegmentAssignment, { customer, segment, assignedBy: 'service:test', assignedAt: new Date() });
    }
    await em.flush();
    for (const customerId of customerIds) orderIds.push((await insertOrder(customerId, { total: 1_000, daysAgo: 2 })).id);
    customerIds.forEach((customerId, index) => {
      em.create(Interaction, { customer: em.getReference(Customer, customerId), channel: 'CALL', reason: `Call ${index}`, agent: `staff:${CARE_AGENT_ID}`, agentStaffId: CARE_AGENT_ID, orderIds: [orderIds[index]!], returnIds: [], createdAt: new Date() });
    });
    await em.flush();
  });

  async function statementsFor(first: number): Promise<Record<string, number>> {
    system.statements.reset();
    const response = await system.query<{ customers: { edges: { node: { interactions: { edges: { node: { orders: { number: string }[] } }[] } } }[] } }>(VIEW, { search: family, first }, ADMIN);
    const data = ok(response);
    expect(data.customers.edges).toHaveLength(first);
    for (const edge of data.customers.edges) expect(edge.node.interactions.edges[0]?.node.orders[0]?.number).toMatch(/^CC-/);
    return system.statements.snapshot();
  }

  it('50 customers with addresses, consents, segments, interactions, cases and orders cost the same statements as 5', async () => {
    const five = await statementsFor(5);
    const fifty = await statementsFor(50);
    // Only the services this query reaches: others' background work (sweeps, relays) runs meanwhile.
    expect(fifty['customers']).toBe(five['customers']);
    expect(fifty['orders']).toBe(five['orders']);
    // customers: page, addresses, consents, notes, segment definitions, assignments, interactions, cases, staff.
    expect(fifty['customers']).toBeLessThanOrEqual(9);
    // orders: the segment figures, the orders of the interactions, Customer.orders.
    expect(fifty['orders']).toBeLessThanOrEqual(3);
  });
});
