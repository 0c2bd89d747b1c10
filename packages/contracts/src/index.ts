export * from './event-contract.ts';
export * from './fulfillment.ts';
