/**
 * Sanity TypeGen's settings (the `typegen` key of sanity.cli.ts, read by `npm run typegen` and
 * `npm run typegen:check`): the result type of every defineQuery in lib/content/queries.ts, from
 * the schema extracted with required fields enforced. Both outputs are committed.
 */
export const TYPEGEN = {
  path: './lib/content/queries.ts',
  schema: './schema.json',
  generates: './sanity.types.ts',
  // Types @sanity/client's fetch by the query string (lib/submissions/sanity.ts relies on it).
  overloadClientMethods: true,
} as const
