// The worker thread of AdmissionWorker.
import { parentPort, workerData } from 'node:worker_threads';
import { serveAdmissionWork, type AdmissionWorkerData } from './worker.ts';

if (parentPort) serveAdmissionWork(workerData as AdmissionWorkerData, parentPort);
