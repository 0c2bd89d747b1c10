import { DomainError, isUuid } from '@oms/platform';
import { validateBillingAddress, validateShippingAddress, type AddressCommand, type ShippingAddress } from './address.ts';
import { SUPPORTED_CURRENCIES } from './money.ts';
import type { ServiceLevel } from '../entities/order.entity.ts';
import { STORE_CREDIT_PROVIDER, type StoreCreditRequest } from './payments/store-credit.ts';
import type { DeliveryMethod } from './pricing.ts';
import { normalizePromotionCodes } from './promotion-rules.ts';

export type SalesChannel = 'WEB' | 'MOBILE' | 'STORE' | 'CALL_CENTER' | 'MARKETPLACE';

/** Channels whose orders may carry their own unit prices (a marketplace sets its sellers' prices). */
export const TRUSTED_PRICE_CHANNELS: readonly SalesChannel[] = ['MARKETPLACE'];
export const MAX_LINES = 100;
export const MAX_LINE_QUANTITY = 1000;
export const MAX_IDEMPOTENCY_KEY_LENGTH = 255;
const MAX_UNIT_PRICE = 10_000_000;
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

/** The placeOrder input as clients send it (structurally the GraphQL input type). */
export interface PlaceOrderCommand {
  idempotencyKey: string;
  channel: SalesChannel;
  customerId?: string | null;
  guestEmail?: string | null;
  lines: readonly { sku: string; quantity: number; unitPrice?: number | null }[];
  delivery: { method: DeliveryMethod; address?: AddressCommand | null; pickupLocationId?: string | null; serviceLevel?: ServiceLevel | null };
  payment: { token?: string | null; provider?: string | null; storeCredit?: number | null; useStoreCredit?: boolean | null };
  promotionCodes?: readonly string[] | null;
  currency?: string | null;
  reservationId?: string | null;
  allowBackorder?: boolean | null;
  billingAddress?: AddressCommand | null;
}

export interface RequestedLine {
  lineNumber: number;
  sku: string;
  quantity: number;
  /** Only from trusted channels; otherwise the price list decides. */
  unitPrice: number | null;
}

export interface Delivery {
  method: DeliveryMethod;
  address: ShippingAddress | null;
  pickupLocationId: string | null;
  latitude: number | null;
  longitude: number | null;
  /** SHIP by a carrier service level: charged as deliveryPromise quotes it; null: the flat shipping fee. */
  serviceLevel: ServiceLevel | null;
}

/** A placeOrder input that passed every check that needs no other service, normalized. */
export interface OrderRequest {
  idempotencyKey: string;
  channel: SalesChannel;
  customerId: string | null;
  guestEmail: string | null;
  lines: RequestedLine[];
  delivery: Delivery;
  /** `token` is null only when store credit is to pay the whole order (checked once the total is known). */
  payment: { token: string | null; provider: string; storeCredit: StoreCreditRequest | null };
  promotionCodes: string[];
  currency: string;
  reservationId: string | null;
  allowBackorder: boolean;
  billingAddress: ShippingAddress | null;
}

export function isValidEmail(email: string): boolean {
  return email.length <= 254 && EMAIL.test(email);
}

function validateLines(command: PlaceOrderCommand): RequestedLine[] {
  if (command.lines.length === 0) throw new DomainError('INVALID_QUANTITY', 'An order needs at least one line', { lines: 0 });
  if (command.lines.length > MAX_LINES) {
    throw new DomainError('INVALID_QUANTITY', `An order has at most ${MAX_LINES} lines`, { lines: command.lines.length, max: MAX_LINES });
  }
  return command.lines.map((line, index) => {
    const sku = line.sku.trim();
    if (sku.length === 0 || sku.length > 64) throw new DomainError('UNKNOWN_SKU', `Unknown SKU "${line.sku}"`, { sku: line.sku });
    if (!Number.isInteger(line.quantity) || line.quantity <= 0 || line.quantity > MAX_LINE_QUANTITY) {
      throw new DomainError('INVALID_QUANTITY', `Quantity of ${sku} must be between 1 and ${MAX_LINE_QUANTITY}`, {
        sku,
        quantity: line.quantity,
        max: MAX_LINE_QUANTITY,
      });
    }
    const unitPrice = line.unitPrice ?? null;
    if (unitPrice !== null) {
      if (!TRUSTED_PRICE_CHANNELS.includes(command.channel)) {
        throw new DomainError('PRICE_NOT_ALLOWED', `The ${command.channel} channel cannot set prices; the price list decides`, { sku, channel: command.channel });
      }
      if (!Number.isInteger(unitPrice) || unitPrice < 0 || unitPrice > MAX_UNIT_PRICE) {
        throw new DomainError('INVALID_PRICE', `Unit price of ${sku} must be a non-negative amount in minor units`, { sku, unitPrice });
      }
    }
    return { lineNumber: index + 1, sku, quantity: line.quantity, unitPrice };
  });
}

function validateDelivery(delivery: PlaceOrderCommand['delivery']): Delivery {
  if (delivery.method === 'SHIP') {
    if (!delivery.address) throw new DomainError('INVALID_ADDRESS', 'Shipping needs an address', { field: 'address' });
    const address = validateShippingAddress(delivery.address);
    return {
      method: 'SHIP',
      address,
      pickupLocationId: null,
      latitude: delivery.address.latitude ?? null,
      longitude: delivery.address.longitude ?? null,
      serviceLevel: delivery.serviceLevel ?? null,
    };
  }
  if (delivery.serviceLevel) throw new DomainError('BAD_USER_INPUT', `A service level applies to orders that ship, not to ${delivery.method}`, { field: 'delivery.serviceLevel' });
  const pickupLocationId = delivery.pickupLocationId?.trim() ?? '';
  if (pickupLocationId.length === 0) {
    throw new DomainError('PICKUP_LOCATION_REQUIRED', `${delivery.method} needs the store (pickupLocationId)`, { method: delivery.method });
  }
  if (!isUuid(pickupLocationId)) throw new DomainError('PICKUP_LOCATION_INVALID', 'No such pickup store', { pickupLocationId });
  return { method: delivery.method, address: null, pickupLocationId: pickupLocationId.toLowerCase(), latitude: null, longitude: null, serviceLevel: null };
}

const MAX_STORE_CREDIT = 100_000_000;

function validatePayment(payment: PlaceOrderCommand['payment']): OrderRequest['payment'] {
  const provider = payment.provider?.trim() || 'test';
  if (provider === STORE_CREDIT_PROVIDER) {
    throw new DomainError('BAD_USER_INPUT', 'Store credit is applied with payment.storeCredit or payment.useStoreCredit, not as a provider', { field: 'payment.provider' });
  }
  const amount = payment.storeCredit ?? null;
  if (amount !== null && payment.useStoreCredit) {
    throw new DomainError('BAD_USER_INPUT', 'Give payment.storeCredit (an amount) or payment.useStoreCredit, not both', { field: 'payment.storeCredit' });
  }
  if (amount !== null && (!Number.isSafeInteger(amount) || amount <= 0 || amount > MAX_STORE_CREDIT)) {
    throw new DomainError('BAD_USER_INPUT', 'payment.storeCredit is an amount above 0 in minor units', { field: 'payment.storeCredit' });
  }
  const storeCredit: StoreCreditRequest | null = amount !== null ? { amount } : payment.useStoreCredit ? { upToBalance: true } : null;
  const token = payment.token?.trim() ?? '';
  // Without a token, credit has to cover the whole order: known once the order is priced.
  if ((token.length === 0 && storeCredit === null) || token.length > 200) {
    throw new DomainError('BAD_USER_INPUT', 'payment.token is 1 to 200 characters', { field: 'payment.token' });
  }
  return { token: token.length > 0 ? token : null, provider, storeCredit };
}

/**
 * Every check of a placeOrder input that needs no other service, in the order a client fixes them;
 * each failure has its own code and nothing has been written yet.
 */
export function validateOrderRequest(command: PlaceOrderCommand): OrderRequest {
  const idempotencyKey = command.idempotencyKey;
  if (idempotencyKey.trim().length === 0 || idempotencyKey.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
    throw new DomainError('BAD_USER_INPUT', `idempotencyKey is 1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} characters`, { field: 'idempotencyKey' });
  }
  const lines = validateLines(command);
  const currency = (command.currency ?? 'EUR').trim().toUpperCase();
  if (!SUPPORTED_CURRENCIES.includes(currency)) {
    throw new DomainError('UNSUPPORTED_CURRENCY', `Currency ${command.currency} is not supported`, { currency: command.currency, supported: SUPPORTED_CURRENCIES });
  }
  const customerId = command.customerId?.trim() || null;
  if (customerId !== null && !isUuid(customerId)) throw new DomainError('UNKNOWN_CUSTOMER', 'No such customer', { customerId });
  const guestEmail = command.guestEmail?.trim() || null;
  if (guestEmail === null && customerId === null) {
    throw new DomainError('GUEST_EMAIL_REQUIRED', 'A guest order needs an email (guestEmail), or give a customerId');
  }
  if (guestEmail !== null && !isValidEmail(guestEmail)) throw new DomainError('INVALID_EMAIL', `"${guestEmail}" is not an email address`, { email: guestEmail });
  const delivery = validateDelivery(command.delivery);
  const reservationId = command.reservationId?.trim() || null;
  if (reservationId !== null && !isUuid(reservationId)) throw new DomainError('RESERVATION_INVALID', 'No such reservation', { reservationId });
  const payment = validatePayment(command.payment);
  if (payment.storeCredit && delivery.method === 'RESERVE_IN_STORE') {
    // The till takes the payment of these orders; the online tender is only a guarantee.
    throw new DomainError('BAD_USER_INPUT', 'A reserve-in-store order is paid at the till: store credit is used there', { field: 'payment.storeCredit' });
  }
  const promotionCodes = normalizePromotionCodes(command.promotionCodes);
  if (promotionCodes.length > 5) throw new DomainError('PROMOTION_INVALID', 'At most 5 promotion codes per order', { reason: 'TOO_MANY' });
  return {
    idempotencyKey,
    channel: command.channel,
    customerId: customerId?.toLowerCase() ?? null,
    guestEmail,
    lines,
    delivery,
    payment,
    promotionCodes,
    currency,
    reservationId: reservationId?.toLowerCase() ?? null,
    allowBackorder: command.allowBackorder ?? false,
    billingAddress: command.billingAddress ? validateBillingAddress(command.billingAddress) : null,
  };
}
