/**
 * A pool worker: a child process that extracts one file at a time for the main process.
 * It runs under a heap limit; the main process kills it when a file takes too long.
 */
import { extractRendition } from '../extractRendition.js';
import type { JobMessage, ResultMessage } from './messages.js';

process.on('message', (msg: JobMessage) => {
  void extractRendition(msg.bytes, msg.kind, msg.options).then((result) => {
    const reply: ResultMessage = { id: msg.id, result, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) };
    process.send?.(reply);
  });
});
// Tell the pool we are ready (module loading, pdf.js included, is done).
process.send?.({ ready: true });
