import { sql as foundation } from './001_foundation.js';
import { sql as tk } from './002_tk.js';
import { sql as llm } from './003_llm.js';
import { sql as links } from './004_links.js';
import { sql as publish } from './005_publish.js';
import { sql as letterLlm } from './006_letter_llm.js';
import { sql as searchSpeed } from './007_search_speed.js';
import { sql as viewSpeed } from './008_view_speed.js';
import { sql as publishExport } from './009_publish_export.js';
import { sql as publishPlan } from './010_publish_plan.js';
import { sql as syncFeed } from './011_syncfeed.js';
import { sql as toezegging } from './012_toezegging.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Applied in order, each once, inside a transaction. Never edit a migration that has landed: add a new one. */
export const migrations: Migration[] = [
  { version: 1, name: 'foundation', sql: foundation },
  { version: 2, name: 'tk', sql: tk },
  { version: 3, name: 'llm', sql: llm },
  { version: 4, name: 'links', sql: links },
  { version: 5, name: 'publish', sql: publish },
  { version: 6, name: 'letter_llm', sql: letterLlm },
  { version: 7, name: 'search_speed', sql: searchSpeed },
  { version: 8, name: 'view_speed', sql: viewSpeed },
  { version: 9, name: 'publish_export', sql: publishExport },
  { version: 10, name: 'publish_plan', sql: publishPlan },
  { version: 11, name: 'syncfeed', sql: syncFeed },
  { version: 12, name: 'toezegging', sql: toezegging },
];
