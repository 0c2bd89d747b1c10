import { customerErasureConsumer } from '@oms/platform';
import { eraseCustomerOrders } from '../domain/customer-data.service.ts';
import { forgetCustomerContact } from '../domain/customers.client.ts';

/**
 * Carries out customers' erasure requests in this service's tables (GDPR), then confirms. The
 * contact cached for order capture is dropped first: the next order under the profile asks the
 * customers service, which answers that it is erased (CUSTOMER_ERASED).
 */
export const startCustomerErasureConsumer = customerErasureConsumer('orders', (tx, request, values) => {
  forgetCustomerContact(request.customerId);
  return eraseCustomerOrders(tx, request, values);
});
