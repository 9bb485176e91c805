// Query-string pieces shared by the list routes: paging, dates, ids. Query values arrive as strings,
// so numbers are coerced; every bound is checked so a typo gets a 400 naming the field.
import { z } from 'zod';

export const limit = (max: number, fallback: number) =>
  z.coerce.number().int().min(1).max(max).default(fallback).describe(`Page size (1-${max}, default ${fallback})`);
export const offset = z.coerce.number().int().min(0).max(1_000_000).default(0).describe('Rows to skip');
export const day = z.iso.date().optional();
export const intId = z.coerce.number().int().positive();
export const IdParams = z.object({ id: intId });
