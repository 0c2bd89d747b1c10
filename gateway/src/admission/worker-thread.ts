// The worker thread of AdmissionWorker.
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { serveAdmissionWork, type AdmissionWorkerData } from './worker.ts';

// Checks of documents not seen before (most of them refused: an attack is made of new texts) run at
// the lowest priority, so under an attack the gateway's main thread (and the services behind it,
// on the same machine) keep the CPU for admitted requests. On Linux, priority 0 names this thread
// only; elsewhere, where a thread's priority cannot be set, it changes nothing.
try {
  setPriority(0, 19);
} catch {
  // Not permitted here: the checks run at the normal priority.
}

if (parentPort) serveAdmissionWork(workerData as AdmissionWorkerData, parentPort);
