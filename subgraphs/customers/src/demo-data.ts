import { demoId, type EntityManager, type Logger } from '@oms/platform';
import { seedCustomerCareDemoData } from './demo-care-data.ts';
import { parsePhone } from './domain/customer-input.ts';
import { CustomerAddress } from './entities/customer-address.entity.ts';
import { Customer } from './entities/customer.entity.ts';
import { StaffMember } from './entities/staff-member.entity.ts';
import { hashPassword } from './domain/password.ts';
import { defaultApprovalLimit } from './domain/staff.service.ts';

/** Ten customers with real-looking French addresses; ids agree with the orders demo data. */
export const DEMO_CUSTOMERS = [
  { first: 'Camille', last: 'Martin', phone: '+33 6 12 34 56 78', line1: '14 rue de la République', city: 'Lyon', postalCode: '69002', region: 'Auvergne-Rhône-Alpes' },
  { first: 'Lucas', last: 'Bernard', phone: '+33 6 23 45 67 89', line1: '8 boulevard Haussmann', city: 'Paris', postalCode: '75009', region: 'Île-de-France' },
  { first: 'Léa', last: 'Dubois', phone: '+33 7 34 56 78 90', line1: '27 quai des Chartrons', city: 'Bordeaux', postalCode: '33000', region: 'Nouvelle-Aquitaine' },
  { first: 'Hugo', last: 'Thomas', phone: '+33 6 45 67 89 01', line1: '3 rue Paradis', city: 'Marseille', postalCode: '13001', region: "Provence-Alpes-Côte d'Azur" },
  { first: 'Chloé', last: 'Robert', phone: '+33 6 56 78 90 12', line1: '52 avenue Jean Médecin', city: 'Nice', postalCode: '06000', region: "Provence-Alpes-Côte d'Azur" },
  { first: 'Louis', last: 'Richard', phone: '+33 7 67 89 01 23', line1: '19 rue Sainte-Catherine', city: 'Bordeaux', postalCode: '33000', region: 'Nouvelle-Aquitaine' },
  { first: 'Manon', last: 'Petit', phone: '+33 6 78 90 12 34', line1: '6 place Bellecour', city: 'Lyon', postalCode: '69002', region: 'Auvergne-Rhône-Alpes' },
  { first: 'Gabriel', last: 'Durand', phone: '+33 6 89 01 23 45', line1: '41 rue du Faubourg Saint-Antoine', city: 'Paris', postalCode: '75011', region: 'Île-de-France' },
  { first: 'Inès', last: 'Leroy', phone: '+33 7 90 12 34 56', line1: '11 rue Nationale', city: 'Lille', postalCode: '59000', region: 'Hauts-de-France' },
  { first: 'Arthur', last: 'Moreau', phone: '+33 6 01 23 45 67', line1: '25 allées Jean Jaurès', city: 'Toulouse', postalCode: '31000', region: 'Occitanie' },
] as const;

function emailOf(first: string, last: string): string {
  const plain = `${first}.${last}`.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  return `${plain}@example.com`;
}

/**
 * Staff to sign in with in development. The shared password is a development-only credential
 * (documented in the README); no partner key is seeded, since a key's secret must never be in data.
 */
export const DEMO_STAFF_PASSWORD = 'demo-password-2026';
export const DEMO_STAFF = [
  { email: 'admin@oms.example', name: 'Claire Fontaine', roles: ['ADMIN'], storeId: null },
  { email: 'care@oms.example', name: 'Julien Morel', roles: ['CARE_AGENT'], storeId: null },
  { email: 'store.lyon@oms.example', name: 'Sophie Girard', roles: ['STORE_ASSOCIATE'], storeId: demoId('location', 'ST-LYON-PARTDIEU') },
] as const;

export async function seedCustomersDemoData(em: EntityManager, logger: Logger): Promise<void> {
  await seedDemoStaff(em, logger);
  await seedDemoCustomers(em, logger);
  await seedCustomerCareDemoData(em, logger);
}

async function seedDemoStaff(em: EntityManager, logger: Logger): Promise<void> {
  if ((await em.count(StaffMember)) > 0) return;
  const hashes = await Promise.all(DEMO_STAFF.map(() => hashPassword(DEMO_STAFF_PASSWORD)));
  DEMO_STAFF.forEach((member, index) => {
    em.create(StaffMember, {
      id: demoId('staff', member.email),
      email: member.email,
      name: member.name,
      passwordHash: hashes[index]!,
      roles: [...member.roles],
      storeId: member.storeId,
      approvalLimit: defaultApprovalLimit(member.roles),
      active: true,
      createdAt: new Date(),
    });
  });
  await em.flush();
  logger.info({ staff: DEMO_STAFF.length }, 'demo staff loaded');
}

async function seedDemoCustomers(em: EntityManager, logger: Logger): Promise<void> {
  if ((await em.count(Customer)) > 0) return;
  const start = Date.now() - 400 * 24 * 3600 * 1000;
  DEMO_CUSTOMERS.forEach((person, index) => {
    const customer = em.create(Customer, {
      id: demoId('customer', index),
      firstName: person.first,
      lastName: person.last,
      email: emailOf(person.first, person.last),
      // Stored in international form, as the API stores them.
      phone: parsePhone(person.phone),
      createdAt: new Date(start + index * 24 * 3600 * 1000),
      updatedAt: new Date(start + index * 24 * 3600 * 1000),
    });
    em.create(CustomerAddress, {
      id: demoId('customer-address', index),
      customer,
      label: 'Home',
      line1: person.line1,
      city: person.city,
      postalCode: person.postalCode,
      region: person.region,
      country: 'FR',
      isDefaultShipping: true,
      isDefaultBilling: true,
    });
  });
  await em.flush();
  logger.info({ customers: DEMO_CUSTOMERS.length }, 'customers demo data loaded');
}
