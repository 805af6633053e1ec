import type { ChildProcessWithoutNullStreams, ChildProcess } from 'node:child_process';

export interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Collects a child's output and resolves when it exits (code null: it was killed by a signal). */
export function finish(child: ChildProcess | ChildProcessWithoutNullStreams): Promise<Finished> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

/**
 * Sends SIGKILL once `served()` has reached `n` (requests a test server answered), or at once when the child already
 * exited. The caller checks the exit code to prove the kill happened.
 */
export function killWhen(child: ChildProcess, served: () => number, n: number): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      if (served() >= n || child.exitCode !== null) {
        clearInterval(timer);
        child.kill('SIGKILL');
        resolve();
      }
    }, 1);
  });
}
