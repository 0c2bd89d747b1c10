// Data hooks over the API client: every call has a loading and an error state, and subscriptions
// report whether they are live, so nothing fails silently.
import { createContext, use, useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, type ApiClient, type Operation } from '../api/client.ts';

export const ApiContext = createContext<ApiClient | undefined>(undefined);

export function useApi(): ApiClient {
  const api = use(ApiContext);
  if (!api) throw new Error('useApi outside <ApiContext>');
  return api;
}

export interface QueryState<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
  refetch(): void;
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new ApiError(String(error));
}

/** Runs a query now and whenever its variables change (compared as JSON); `skip` waits. */
export function useQuery<T, V>(operation: Operation<T, V>, variables: V, options: { skip?: boolean } = {}): QueryState<T> {
  const api = useApi();
  const key = JSON.stringify(variables);
  const [state, setState] = useState<{ data: T | undefined; error: Error | undefined; loading: boolean }>({ data: undefined, error: undefined, loading: !options.skip });
  const [generation, setGeneration] = useState(0);
  const skip = options.skip ?? false;
  useEffect(() => {
    if (skip) return undefined;
    const controller = new AbortController();
    setState((previous) => ({ ...previous, loading: true, error: undefined }));
    api
      .request(operation, JSON.parse(key) as V, controller.signal)
      .then((data) => setState({ data, error: undefined, loading: false }))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setState((previous) => ({ data: previous.data, error: asError(error), loading: false }));
      });
    return () => controller.abort();
  }, [api, operation, key, skip, generation]);
  const refetch = useCallback(() => setGeneration((value) => value + 1), []);
  return { ...state, refetch };
}

export interface MutationState<T, V> {
  run(variables: V): Promise<T | undefined>;
  running: boolean;
  error: Error | undefined;
  reset(): void;
}

/** A mutation: `run` resolves with the data, or undefined after setting `error`. */
export function useMutation<T, V>(operation: Operation<T, V>): MutationState<T, V> {
  const api = useApi();
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<Error | undefined>();
  const run = useCallback(
    async (variables: V) => {
      setRunning(true);
      setError(undefined);
      try {
        return await api.request(operation, variables);
      } catch (caught) {
        setError(asError(caught));
        return undefined;
      } finally {
        setRunning(false);
      }
    },
    [api, operation],
  );
  return { run, running, error, reset: () => setError(undefined) };
}

export type LiveStatus = 'connecting' | 'live' | 'error' | 'off';

/** Follows a subscription while mounted (and `enabled`); `onData` sees every event. */
export function useSubscription<T, V>(operation: Operation<T, V>, variables: V, onData: (data: T) => void, enabled = true): { status: LiveStatus; error: Error | undefined } {
  const api = useApi();
  const key = JSON.stringify(variables);
  const handler = useRef(onData);
  useEffect(() => {
    handler.current = onData;
  });
  const [status, setStatus] = useState<LiveStatus>(enabled ? 'connecting' : 'off');
  const [error, setError] = useState<Error | undefined>();
  useEffect(() => {
    if (!enabled) {
      setStatus('off');
      return undefined;
    }
    setStatus(api.connected ? 'live' : 'connecting');
    const stopWatching = api.onConnectionChange((connected) => setStatus((value) => (value === 'error' ? value : connected ? 'live' : 'connecting')));
    const stop = api.subscribe(operation, JSON.parse(key) as V, {
      next: (data) => {
        setStatus('live');
        setError(undefined);
        handler.current(data);
      },
      error: (caught) => {
        setStatus('error');
        setError(caught);
      },
    });
    return () => {
      stopWatching();
      stop();
    };
  }, [api, operation, key, enabled]);
  return { status, error };
}
