import { defineConfig, globalIgnores } from 'eslint/config'
import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // Internal links go through components/Link.tsx (no prefetching on sight).
    files: ['app/**', 'components/**', 'lib/**'],
    ignores: ['components/Link.tsx'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'next/link', message: 'Use @/components/Link (prefetches on intent, not on sight).' }] }],
    },
  },
  globalIgnores(['.next*/**', 'node_modules/**', 'out/**', 'tmp/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts']),
])
