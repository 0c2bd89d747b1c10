// Moved to the platform so every service's sweepers share it.
export { runPeriodically } from '@oms/platform';
