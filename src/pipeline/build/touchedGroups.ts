import type { MotionSummary } from '../../publish/model.js';
import { affectedGroups } from '../../publish/overviewPages.js';
import type { Db } from '../../store/db.js';
import { getPublishedSummaryJson } from '../../store/publishRepo.js';

/**
 * The groups of the overview pages (fractie, theme, month …) to render again: those of every changed motion's
 * summary, before and after the change. Past `limit` summaries (a first build, a template change) every group is
 * affected anyway: then none are kept, and the stored summaries are no longer read.
 */
export class TouchedGroups {
  private readonly summaries: MotionSummary[] = [];

  constructor(private readonly limit: number, private all = false) {}

  /** A summary as published (JSON); null when there is none (a new motion, before its change). */
  add(json: string | null): void {
    if (this.all || !json) return;
    this.summaries.push(JSON.parse(json) as MotionSummary);
    if (this.summaries.length > this.limit) {
      this.all = true;
      this.summaries.length = 0;
    }
  }

  /** The summary the motion was last published with (before it changes, or is removed). */
  addStored(db: Db, id: string): void {
    if (!this.all) this.add(getPublishedSummaryJson(db, id));
  }

  affected(): ReturnType<typeof affectedGroups> | 'all' {
    return this.all ? 'all' : affectedGroups(this.summaries);
  }
}
