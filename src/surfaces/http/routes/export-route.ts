// GET /export: stored articles as a download in one of the text export formats (jsonl, csv, gkg,
// jsonld), streamed as the store reads them. brat writes a directory of files, so it stays with the
// CLI (`storyline export --format brat --out DIR`).
import { Readable } from 'node:stream';
import { z } from 'zod';
import { exportChunks, type ExportItem } from '../../../app/export/index.js';
import type { StoredArticle } from '../../../store/store.js';
import { HttpError } from '../http-error.js';
import { defineRoute } from '../route.js';
import { day, intId } from '../schemas/query-params.js';
import { needStore, type ServerContext } from '../server-context.js';

const MEDIA = {
  jsonl: 'application/x-ndjson; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  gkg: 'text/tab-separated-values; charset=utf-8',
  jsonld: 'application/ld+json; charset=utf-8',
} as const;
async function* exportItems(articles: AsyncIterable<StoredArticle>): AsyncGenerator<ExportItem> {
  // The input's extra fields (author, section...) sit beside the stored summary, as exporters expect.
  for await (const { record, meta: { meta: extras, ...summary }, entityIds } of articles) yield { record, meta: { ...extras, ...summary }, entityIds };
}

const EXTENSION = { jsonl: 'jsonl', csv: 'csv', gkg: 'gkg.tsv', jsonld: 'jsonld' } as const;

export const exportRoute = (ctx: ServerContext) =>
  defineRoute({
    method: 'GET',
    url: '/export',
    tag: 'export',
    summary: 'Stored articles as jsonl, csv (quotes or entity mentions), GDELT GKG 2.1 TSV or schema.org JSON-LD',
    description: 'Streams every article that matches the filters, in publication order. brat standoff writes a directory: use `storyline export --format brat`.',
    query: z.object({
      format: z.enum(['jsonl', 'csv', 'gkg', 'jsonld', 'brat']),
      table: z.enum(['quotes', 'entities']).default('quotes').describe('csv only: one row per quote, or per entity mention'),
      story: intId.optional().describe('Only articles of this story'),
      since: day.describe('Published on or after (YYYY-MM-DD)'),
      until: day.describe('Published on or before (YYYY-MM-DD)'),
      q: z.string().max(500).optional().describe('Full-text filter over title and text'),
    }),
    response: z.string().describe('The export file'),
    produces: MEDIA.jsonl,
    handler({ query }, _request, reply) {
      const { format, table, story, ...filter } = query;
      if (format === 'brat') {
        throw new HttpError(400, 'E_BAD_OPTION', 'brat writes a directory of files; use `storyline export --format brat --out DIR`');
      }
      const items = exportItems(needStore(ctx).articles({ ...filter, storyId: story }));
      void reply
        .type(MEDIA[format])
        .header('content-disposition', `attachment; filename="storyline-export.${EXTENSION[format]}"`);
      return Readable.from(exportChunks(format, items, { csvTable: table }));
    },
  });
