import { customerErasureConsumer } from '@oms/platform';
import { eraseCustomerOrders } from '../domain/customer-data.service.ts';

/** Carries out customers' erasure requests in this service's tables (GDPR), then confirms. */
export const startCustomerErasureConsumer = customerErasureConsumer('orders', (tx, request) => eraseCustomerOrders(tx, request));
