import { customerErasureConsumer } from '@oms/platform';
import { eraseCustomerInventory } from '../domain/customer-data.service.ts';

/** Carries out customers' erasure requests in this service's tables (GDPR), then confirms. */
export const startCustomerErasureConsumer = customerErasureConsumer('inventory', (tx, request, values) => eraseCustomerInventory(tx, request, values));
