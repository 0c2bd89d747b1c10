import { Worker } from 'node:worker_threads';
import { findLongLists, type Region } from '@oms/platform/large-json';
import { buildSchema, printSchema, type GraphQLSchema } from 'graphql';
import { checkDocument, type DocumentLimits, type DocumentRefusal } from './document-checks.ts';

/** What the worker is given at start: the API schema as SDL, the limits, the environment. */
export interface AdmissionWorkerData {
  schema: string;
  limits: DocumentLimits;
  production: boolean;
}

type Task = { id: number; query: string } | { id: number; body: Uint8Array; longerThan: number };

/**
 * The admission work that grows with what a client sends, done in a worker thread so that a flood
 * of refused requests never holds up the event loop that answers admitted callers: checking query
 * texts not seen before (parse, limits, validation: milliseconds each), and finding the long lists
 * of a large body (a pass over its bytes; the body is copied to the worker, a memcpy). The event loop then parses only
 * documents found within limits and valid. If the worker fails, the work is done in process
 * (every method answers undefined).
 */
export class AdmissionWorker {
  readonly #worker: Worker;
  readonly #pending = new Map<number, (answer: unknown) => void>();
  #next = 0;
  #alive = true;

  private constructor(worker: Worker) {
    this.#worker = worker;
    this.#worker.unref();
    this.#worker.on('message', ({ id, answer }: { id: number; answer: unknown }) => {
      this.#pending.get(id)?.(answer);
      this.#pending.delete(id);
    });
    const fail = () => {
      this.#alive = false;
      for (const settle of this.#pending.values()) settle(undefined);
      this.#pending.clear();
    };
    this.#worker.on('error', fail);
    this.#worker.on('exit', fail);
  }

  /** Starts the worker; resolves once it has built the schema and checked a first document (fragments, variables, a directive, an alias: the paths of every rule). */
  static async start(schema: GraphQLSchema, limits: DocumentLimits, production: boolean): Promise<AdmissionWorker> {
    const workerData: AdmissionWorkerData = { schema: printSchema(schema), limits, production };
    const worker = new AdmissionWorker(new Worker(new URL('./worker-thread.ts', import.meta.url), { workerData }));
    await worker.checkDocument('query Warm($on: Boolean!) { typename: __typename @include(if: $on) ...Warm } fragment Warm on Query { __typename }');
    return worker;
  }

  #run<T>(task: Omit<Task, 'id'>): Promise<T | undefined> {
    if (!this.#alive) return Promise.resolve(undefined);
    const id = this.#next++;
    return new Promise((resolve) => {
      this.#pending.set(id, resolve as (answer: unknown) => void);
      this.#worker.postMessage({ ...task, id });
    });
  }

  /** Why the text is refused; null when it is within limits and valid. */
  checkDocument(query: string): Promise<DocumentRefusal | null | undefined> {
    return this.#run({ query });
  }

  /** `findLongLists` on a copy of the body: its long lists, or null when it is not JSON. */
  findLongLists(body: Buffer, longerThan: number): Promise<Region[] | null | undefined> {
    return this.#run({ body, longerThan });
  }

  async close(): Promise<void> {
    this.#alive = false;
    await this.#worker.terminate();
  }
}

/** The worker's side: the same checks, on a schema rebuilt from its SDL. */
export function serveAdmissionWork(data: AdmissionWorkerData, port: { on(event: 'message', listener: (task: Task) => void): void; postMessage(message: unknown): void }): void {
  const schema = buildSchema(data.schema);
  port.on('message', (task) => {
    if ('query' in task) {
      const checked = checkDocument(schema, task.query, data.limits, data.production);
      port.postMessage({ id: task.id, answer: 'kind' in checked ? null : checked });
    } else {
      port.postMessage({ id: task.id, answer: findLongLists(task.body, task.longerThan) });
    }
  });
}
