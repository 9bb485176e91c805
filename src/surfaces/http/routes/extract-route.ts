// POST /extract: one article given as text, HTML or a URL -> its record; `save: true` also stores it.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { articleSource, type ArticleSource } from '../../../core/article-source.js';
import { RecordSchema } from '../../../core/record.js';
import { defineRoute } from '../route.js';
import type { ServerContext } from '../server-context.js';

export const ExtractBodySchema = z
  .object({
    text: z.string().optional().describe('Plain article text'),
    html: z.string().optional().describe('A whole HTML page; the article is extracted from it'),
    url: z.url({ protocol: /^https?$/ }).optional().describe('An http(s) page the server fetches'),
    id: z.string().min(1).max(200).optional().describe('Record id; default derived from the content'),
    published: z.iso.date().optional().describe('Publication date YYYY-MM-DD, the reference for relative dates'),
    title: z.string().max(1000).optional(),
    save: z.boolean().default(false).describe('Also store the record in the corpus'),
  })
  .strict()
  .refine((b) => [b.text, b.html, b.url].filter((v) => v !== undefined).length === 1, {
    message: 'give exactly one of "text", "html" or "url"',
  });

export const ExtractResponseSchema = z.object({
  record: RecordSchema,
  stored: z
    .object({
      articleId: z.string(),
      status: z.enum(['inserted', 'revised', 'unchanged']),
      revision: z.number().int(),
      storyId: z.number().int().nullable(),
    })
    .nullable()
    .describe('Where the record was stored (save: true), else null'),
});

const contentId = (s: string): string => `doc-${createHash('sha256').update(s).digest('hex').slice(0, 12)}`;

export const extractRoute = (ctx: ServerContext) =>
  defineRoute({
    method: 'POST',
    url: '/extract',
    tag: 'extract',
    summary: 'Extract who said what (entities, quotes, dates, amounts, events) from one article',
    write: true,
    body: ExtractBodySchema,
    response: ExtractResponseSchema,
    async handler({ body }) {
      const given = { published: body.published ?? null, title: body.title ?? null };
      let article: ArticleSource;
      if (body.text !== undefined) article = articleSource({ id: body.id ?? contentId(body.text), text: body.text, ...given });
      else if (body.html !== undefined) article = articleSource({ id: body.id ?? contentId(body.html), html: body.html, source: { kind: 'html', location: null }, ...given });
      else article = { ...(await ctx.fetchArticle(body.url!, body.id ?? null)), ...given };
      const record = await ctx.extract(article);
      if (!body.save) return { record, stored: null };
      const { articleId, status, revision, storyId } = await ctx.saveRecord(article, record);
      return { record, stored: { articleId, status, revision, storyId } };
    },
  });
