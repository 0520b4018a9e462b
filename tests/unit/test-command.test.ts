/**
 * The test command (scripts/test.ts) runs every suite, and only its builds skip Next's TypeScript pass.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'

const ROOT = join(__dirname, '..', '..')

describe('npm test', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
    vi.resetModules()
  })

  it('is scripts/test.ts, which runs every check the package has, the end-to-end tests last', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    expect(pkg.scripts.test).toBe('tsx scripts/test.ts')
    const runner = readFileSync(join(ROOT, 'scripts', 'test.ts'), 'utf8')
    for (const script of ['typecheck', 'lint', 'build', 'schema:validate', 'typegen:check', 'test:unit', 'test:e2e']) {
      expect(pkg.scripts[script], script).toBeTruthy()
      expect(runner, script).toContain(`npm('${script}')`)
    }
    expect(runner).toContain("after: STEPS.map((s) => s.name), live: true")
    // The builds wait for tsc, whose pass they skip.
    expect(runner).toMatch(/name: 'build', command: npm\('build'\), after: \['typecheck'\]/)
    expect(runner).toMatch(/name: 'lake build', [^\n]*after: \['typecheck'\]/)
  })

  it('skips Next’s TypeScript pass only when told the test command type-checks (TEST_TYPECHECKED=1)', async () => {
    vi.stubEnv('TEST_TYPECHECKED', '')
    expect((await import('../../next.config')).default.typescript?.ignoreBuildErrors).toBe(false)
    vi.resetModules()
    vi.stubEnv('TEST_TYPECHECKED', '1')
    expect((await import('../../next.config')).default.typescript?.ignoreBuildErrors).toBe(true)
  })
})
