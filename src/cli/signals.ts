// Last-chance saving: on SIGTERM, SIGHUP (terminal closed), SIGINT and uncaught errors the handler
// runs synchronously before the process ends, so nothing typed is lost.
const SIGNALS = { SIGINT: 2, SIGHUP: 1, SIGTERM: 15 } as const;

export function onProcessExitPaths(saveNow: (reason: string) => void): () => void {
  const handlers: [string, (...args: unknown[]) => void][] = [];
  for (const [signal, number] of Object.entries(SIGNALS)) {
    const handler = () => {
      saveNow(signal);
      // Conventional exit status for death by signal.
      process.exit(128 + number);
    };
    handlers.push([signal, handler]);
    process.on(signal, handler);
  }
  const crash = (error: unknown) => {
    saveNow('crash');
    process.stderr.write(
      `rehearse: internal error: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    if (process.env.REHEARSE_DEBUG && error instanceof Error)
      process.stderr.write(`${error.stack}\n`);
    process.exit(2);
  };
  handlers.push(['uncaughtException', crash], ['unhandledRejection', crash]);
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
  return () => {
    for (const [event, handler] of handlers) process.removeListener(event, handler);
  };
}
