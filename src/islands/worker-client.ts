/**
 * The page's side of a Web Worker: started on first use, one promise per request, matched by `id`.
 * If the worker dies, every pending request is rejected with `crashed` and the next request starts a
 * new worker. Starting can throw (no Worker here); the caller decides what to do then.
 */
export interface WorkerClientOptions<Reply> {
  /** The Chinese message for requests lost when the worker stops unexpectedly. */
  crashed: string;
  /** Replies that report progress: handed to `onInterim`, the request stays pending. */
  interim?: (reply: Reply) => boolean;
  /** A reply that is a failure: its Chinese message (the request is rejected with it). */
  failure?: (reply: Reply) => string | null;
}

export function workerClient<Reply extends { id: number }>(create: () => Worker, options: WorkerClientOptions<Reply>) {
  type Pending = { resolve: (reply: Reply) => void; reject: (error: Error) => void; onInterim?: (reply: Reply) => void };
  let worker: Worker | null = null;
  const pending = new Map<number, Pending>();
  let nextId = 1;

  function start(): Worker {
    if (worker) return worker;
    const w = create();
    w.onmessage = (event: MessageEvent<Reply>) => {
      const reply = event.data;
      const p = pending.get(reply.id);
      if (!p) return;
      if (options.interim?.(reply)) return p.onInterim?.(reply);
      pending.delete(reply.id);
      const failed = options.failure?.(reply) ?? null;
      if (failed !== null) p.reject(new Error(failed));
      else p.resolve(reply);
    };
    w.onerror = (event) => {
      event.preventDefault();
      for (const p of pending.values()) p.reject(new Error(options.crashed));
      pending.clear();
      w.terminate();
      worker = null;
    };
    return (worker = w);
  }

  function request(body: Record<string, unknown>, { transfer = [], onInterim }: { transfer?: Transferable[]; onInterim?: (reply: Reply) => void } = {}): Promise<Reply> {
    const w = start();
    const id = nextId++;
    return new Promise<Reply>((resolve, reject) => {
      pending.set(id, { resolve, reject, onInterim });
      w.postMessage({ ...body, id }, transfer);
    });
  }

  /**
   * Stops the worker at once (and the workers it started): every pending request is rejected with
   * WorkerStopped. The next request starts a fresh worker; nothing the page holds is lost.
   */
  function stop(): void {
    worker?.terminate();
    worker = null;
    for (const p of pending.values()) p.reject(new WorkerStopped());
    pending.clear();
  }

  return Object.assign(request, { stop });
}

/** A request ended because the page stopped its worker (the user cancelled), not because it failed. */
export class WorkerStopped extends Error {
  constructor() {
    super('stopped');
    this.name = 'WorkerStopped';
  }
}
