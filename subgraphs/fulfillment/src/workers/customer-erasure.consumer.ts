import { customerErasureConsumer } from '@oms/platform';
import { eraseCustomerFulfillment } from '../domain/customer-data.service.ts';

/** Carries out customers' erasure requests in this service's tables (GDPR), then confirms. */
export const startCustomerErasureConsumer = customerErasureConsumer('fulfillment', (tx, request, values) => eraseCustomerFulfillment(tx, request, values));
