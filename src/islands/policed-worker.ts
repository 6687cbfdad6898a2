/**
 * A Web Worker that runs under the page's Content-Security-Policy. A worker started from a script URL
 * gets its policy from that script's HTTP headers, and this static site's policy is a <meta> tag, so such
 * a worker would have none (a fetch to another host or an eval would work there). A worker started from a
 * blob: URL made by the page inherits the page's policy: the blob only imports the bundled worker script.
 * The blob URL is kept: the ledger worker starts its helper from its own address (self.location.href).
 */
export function startPolicedWorker(scriptUrl: string, options: WorkerOptions = {}): Worker {
  const script = new URL(scriptUrl, document.baseURI).href;
  const blob = new Blob([`import ${JSON.stringify(script)};\n`], { type: 'text/javascript' });
  return new Worker(URL.createObjectURL(blob), { ...options, type: 'module' });
}
