export * from './event-contract.ts';
export * from './customers.ts';
export * from './fulfillment.ts';
export * from './inventory.ts';
export * from './orders.ts';
export * from './registry.ts';
