// The protocol of the bench's load-generator child processes: one message with the options in,
// one message with `{ result }` or `{ error }` out.

/**
 * Answers the parent's one message with what `run(options)` resolves to, or with its error.
 * @param {(options: any) => Promise<unknown>} run
 */
export function answerOneRun(run) {
  process.once('message', async (options) => {
    try {
      process.send?.({ result: await run(options) });
    } catch (error) {
      process.send?.({ error: String(error?.stack ?? error) });
    }
  });
}
