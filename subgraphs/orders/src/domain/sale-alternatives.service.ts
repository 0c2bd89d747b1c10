/**
 * Save the sale at checkout: an out-of-stock answer comes with inventory's ranked alternatives
 * (another pickup store, shipping instead, presell, a substitute, what is available now), each as
 * a token standing for the revised order; accepting one places that revised order through
 * placeOrder, so it is validated, priced, held and paid exactly like any order, idempotently.
 *
 * The token is plain (base64url JSON), not signed: it only ever produces an order the caller could
 * place with placeOrder anyway, and it is bound to the original input by a fingerprint so an
 * alternative of one cart cannot be accepted for another by mistake.
 */
import { createHash } from 'node:crypto';
import { DomainError, type RequestContext } from '@oms/platform';
import type { AddressCommand } from './address.ts';
import { canonicalJson } from './idempotency.ts';
import { validateOrderRequest, type PlaceOrderCommand } from './order-validation.ts';
import { placeOrder, type PlaceOrderOutcome, type UnavailableLine } from './place-order.service.ts';
import type { OrdersContext } from '../context.ts';
import type { DeliveryMethod } from './pricing.ts';

type Caller = Pick<RequestContext, 'services' | 'requestId' | 'logger'>;

export const SALE_ALTERNATIVE_KINDS = ['PICKUP_ELSEWHERE', 'SHIP_TO_HOME', 'PRESELL', 'SUBSTITUTE', 'PARTIAL'] as const;
export type SaleAlternativeKind = (typeof SALE_ALTERNATIVE_KINDS)[number];

/** An out-of-stock answer; with the request it answered, its alternatives can be computed when asked for. */
export interface OutOfStockAnswer {
  __typename?: 'OutOfStock';
  lines: UnavailableLine[];
  /** The placeOrder input that was out of stock (absent for answers that offer no alternatives). */
  request?: PlaceOrderCommand | undefined;
}

export interface SaleAlternativeLine {
  sku: string;
  quantity: number;
  replacesSku: string | null;
}

/** An alternative as inventory's engine computes it (`sourcingAlternatives`). */
export interface InventoryAlternative {
  kind: SaleAlternativeKind;
  rank: number;
  description: string;
  deliveryMethod: DeliveryMethod;
  pickupLocation: { id: string } | null;
  distanceKm: number | null;
  lines: SaleAlternativeLine[];
  allowPresell: boolean;
  requiresAddress: boolean;
  earliestDeliveryDate: string | null;
  latestDeliveryDate: string | null;
  readyAt: string | null;
  availableFrom: string | null;
}

/** An alternative as the schema shows it: inventory's, with the id that accepts it and its times as dates. */
export interface SaleAlternativeView extends Omit<InventoryAlternative, 'allowPresell' | 'readyAt' | 'availableFrom'> {
  id: string;
  allowBackorder: boolean;
  readyAt: Date | null;
  availableFrom: Date | null;
}

const ALTERNATIVES = /* GraphQL */ `
  query SourcingAlternatives($input: SourcingAlternativesInput!) {
    sourcingAlternatives(input: $input) {
      kind rank description deliveryMethod pickupLocation { id } distanceKm
      lines { sku quantity replacesSku }
      allowPresell requiresAddress earliestDeliveryDate latestDeliveryDate readyAt availableFrom
    }
  }
`;

export interface SourcingAlternativesInput {
  channel: string;
  lines: { sku: string; quantity: number }[];
  delivery: {
    method: DeliveryMethod;
    pickupLocationId: string | null;
    country: string | null;
    postalCode: string | null;
    latitude: number | null;
    longitude: number | null;
  };
  currency: string;
}

/** Inventory's ranked alternatives for lines that cannot be sourced as asked (one internal call). */
export async function sourcingAlternatives(ctx: Caller, input: SourcingAlternativesInput): Promise<InventoryAlternative[]> {
  const response = await ctx.services.client('inventory').request<{ sourcingAlternatives: InventoryAlternative[] }>(ALTERNATIVES, { input }, ctx.requestId);
  return response.sourcingAlternatives;
}

/** What the token carries: the revised order, and the original it revises. */
interface AlternativeToken {
  v: 1;
  /** Fingerprint of the original's channel, lines and delivery. */
  f: string;
  k: SaleAlternativeKind;
  m: DeliveryMethod;
  p: string | null;
  b: boolean;
  l: [sku: string, quantity: number][];
}

/** What an alternative revises: the channel, the lines and where they go (not the payment or the key). */
function originalFingerprint(command: PlaceOrderCommand): string {
  const request = validateOrderRequest({ ...command, idempotencyKey: command.idempotencyKey || 'fingerprint' });
  const subject = {
    channel: request.channel,
    lines: request.lines.map((line) => [line.sku, line.quantity]),
    method: request.delivery.method,
    pickupLocationId: request.delivery.pickupLocationId,
    postalCode: request.delivery.address?.postalCode ?? null,
    country: request.delivery.address?.country ?? null,
  };
  return createHash('sha256').update(canonicalJson(subject)).digest('base64url').slice(0, 22);
}

function encodeToken(token: AlternativeToken): string {
  return Buffer.from(JSON.stringify(token)).toString('base64url');
}

function decodeToken(id: string): AlternativeToken {
  const invalid = () => new DomainError('ALTERNATIVE_INVALID', 'Not an alternative of this order: ask placeOrder again for the current ones', { alternativeId: id });
  let token: unknown;
  try {
    token = JSON.parse(Buffer.from(id, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
  if (
    !isRecord(token) ||
    token['v'] !== 1 ||
    typeof token['f'] !== 'string' ||
    !SALE_ALTERNATIVE_KINDS.includes(token['k'] as SaleAlternativeKind) ||
    !['SHIP', 'PICKUP', 'RESERVE_IN_STORE'].includes(token['m'] as string) ||
    !(token['p'] === null || typeof token['p'] === 'string') ||
    typeof token['b'] !== 'boolean' ||
    !Array.isArray(token['l']) ||
    !token['l'].every((line) => Array.isArray(line) && typeof line[0] === 'string' && Number.isInteger(line[1]))
  ) {
    throw invalid();
  }
  return token as unknown as AlternativeToken;
}

/**
 * The ranked alternatives for a placeOrder input that was out of stock, from inventory (under the
 * rules in force and live stock). A failure to compute them is logged and answers none: the
 * out-of-stock answer itself stands.
 */
export async function alternativesFor(ctx: Caller, command: PlaceOrderCommand): Promise<SaleAlternativeView[]> {
  const request = validateOrderRequest(command);
  const fingerprint = originalFingerprint(command);
  const address = request.delivery.address;
  let found: InventoryAlternative[];
  try {
    found = await sourcingAlternatives(ctx, {
      channel: request.channel,
      lines: request.lines.map((line) => ({ sku: line.sku, quantity: line.quantity })),
      delivery: {
        method: request.delivery.method,
        pickupLocationId: request.delivery.pickupLocationId,
        country: address?.country ?? null,
        postalCode: address?.postalCode ?? null,
        latitude: request.delivery.latitude,
        longitude: request.delivery.longitude,
      },
      currency: request.currency,
    });
  } catch (error) {
    ctx.logger.warn({ err: error }, 'could not compute the alternatives of an out-of-stock order');
    return [];
  }
  return found.map((alternative) => ({
    id: encodeToken({
      v: 1,
      f: fingerprint,
      k: alternative.kind,
      m: alternative.deliveryMethod,
      p: alternative.pickupLocation?.id ?? null,
      b: alternative.allowPresell,
      l: alternative.lines.map((line) => [line.sku, line.quantity]),
    }),
    kind: alternative.kind,
    rank: alternative.rank,
    description: alternative.description,
    deliveryMethod: alternative.deliveryMethod,
    pickupLocation: alternative.pickupLocation,
    distanceKm: alternative.distanceKm,
    lines: alternative.lines,
    allowBackorder: alternative.allowPresell || request.allowBackorder,
    requiresAddress: alternative.requiresAddress && !address,
    earliestDeliveryDate: alternative.earliestDeliveryDate,
    latestDeliveryDate: alternative.latestDeliveryDate,
    readyAt: alternative.readyAt ? new Date(alternative.readyAt) : null,
    availableFrom: alternative.availableFrom ? new Date(alternative.availableFrom) : null,
  }));
}

export interface AcceptAlternativeCommand {
  idempotencyKey: string;
  alternativeId: string;
  order: PlaceOrderCommand;
  address?: AddressCommand | null | undefined;
}

/**
 * The placeOrder input an accepted alternative stands for: the original with the alternative's
 * lines, delivery and presell choice, under the new idempotency key. Unit prices a trusted channel
 * sent stay with their SKU; a substitute is priced by the price list. A cart hold is not carried
 * over (it held the original lines where the original delivery wanted them).
 */
export function revisedOrder(command: AcceptAlternativeCommand): PlaceOrderCommand {
  const token = decodeToken(command.alternativeId);
  if (token.f !== originalFingerprint(command.order)) {
    throw new DomainError('ALTERNATIVE_INVALID', 'This alternative belongs to another order input: give the placeOrder input it was offered for', {
      alternativeId: command.alternativeId,
    });
  }
  const unitPriceOf = (sku: string) => command.order.lines.find((line) => line.sku.trim() === sku)?.unitPrice ?? null;
  let delivery: PlaceOrderCommand['delivery'];
  if (token.m === 'SHIP') {
    const address = command.address ?? command.order.delivery.address;
    if (!address) throw new DomainError('ADDRESS_REQUIRED', 'Shipping instead of collecting needs a delivery address (address)', { field: 'address' });
    delivery = { method: 'SHIP', address };
  } else {
    delivery = { method: token.m, pickupLocationId: token.p };
  }
  return {
    ...command.order,
    idempotencyKey: command.idempotencyKey,
    lines: token.l.map(([sku, quantity]) => ({ sku, quantity, unitPrice: unitPriceOf(sku) })),
    delivery,
    reservationId: null,
    allowBackorder: token.b || (command.order.allowBackorder ?? false),
  };
}

/** Places the revised order of an accepted alternative (see `revisedOrder`); idempotent by its key like placeOrder. */
export async function acceptAlternative(ctx: OrdersContext, command: AcceptAlternativeCommand): Promise<{ outcome: PlaceOrderOutcome; request: PlaceOrderCommand }> {
  const request = revisedOrder(command);
  return { outcome: await placeOrder(ctx, request), request };
}
