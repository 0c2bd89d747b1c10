// Moved to the platform: fulfillment's pollers ask the same question.
export { anythingDue } from '@oms/platform';
