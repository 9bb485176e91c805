import type { StoryRecord } from '../../src/core/record.js';
export function summarize(record: StoryRecord): unknown;
