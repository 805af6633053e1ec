import type { Store } from '../store/db.js';

export interface BuildOptions {
  /** HTML site folder. */
  out: string;
  /** Jekyll pages folder (DIR/moties/<id>.md and DIR/index.md), when wanted. */
  jekyll?: string | null;
  force?: boolean;
}

export interface BuildReport {
  pagesWritten: number;
  pagesUnchanged: number;
  out: string;
}

/** Publishes the static site (and Jekyll pages). STUB until the site work lands. */
export async function buildStage(_store: Store, options: BuildOptions): Promise<BuildReport> {
  return { pagesWritten: 0, pagesUnchanged: 0, out: options.out };
}
