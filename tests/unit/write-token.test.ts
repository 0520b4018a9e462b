/**
 * The write token has one name, SANITY_API_WRITE_TOKEN: the site sends submissions to the project
 * with it and `npm run dataset:import` writes with it; the setup docs name it (the README's "Setting
 * up a project", the /studio setup page, the Studio's pane beside "Submitted for review"); and the
 * server says at start-up where the form's submissions go (lib/env.ts `startupNotes`, printed by
 * instrumentation.ts), above all when a project is named but no token is set and they stay in the
 * outbox while the Studio's list stays empty.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { FORMER_WRITE_TOKEN_VARIABLE, sanityWriteEnv, startupNotes, WRITE_TOKEN_VARIABLE } from '@/lib/env'
import { StudioSetup } from '@/sanity/StudioSetup'
import { SubmissionsHelp } from '@/sanity/SubmissionsHelp'
import { datasetTarget } from '@/scripts/dataset-lib'

afterEach(() => vi.unstubAllEnvs())

const NO_TOKENS = { SANITY_API_WRITE_TOKEN: '', SANITY_WRITE_TOKEN: '', SANITY_AUTH_TOKEN: '', SANITY_API_READ_TOKEN: '' }
const stub = (env: Record<string, string>) => {
  for (const [name, value] of Object.entries({
    NEXT_PUBLIC_SANITY_PROJECT_ID: '',
    SANITY_STUDIO_PROJECT_ID: '',
    NEXT_PUBLIC_SANITY_DATASET: '',
    SANITY_STUDIO_DATASET: '',
    SANITY_PROJECT_ID: '',
    SANITY_DATASET: '',
    SUBMISSIONS_DIR: '',
    ...NO_TOKENS,
    ...env,
  }))
    vi.stubEnv(name, value)
}

describe('one name for the write token', () => {
  it('is SANITY_API_WRITE_TOKEN, and both the submissions and the dataset import take the token from it', () => {
    expect(WRITE_TOKEN_VARIABLE).toBe('SANITY_API_WRITE_TOKEN')
    stub({ SANITY_PROJECT_ID: 'abc123de', SANITY_DATASET: 'production', [WRITE_TOKEN_VARIABLE]: 'sk-one' })
    expect(sanityWriteEnv()?.writeToken).toBe('sk-one')
    expect(datasetTarget(process.env, 'write').token).toBe('sk-one')
  })

  it('without it, both say so by that name', () => {
    stub({ SANITY_PROJECT_ID: 'abc123de', SANITY_DATASET: 'production' })
    expect(sanityWriteEnv()).toBeNull()
    expect(() => datasetTarget(process.env, 'write')).toThrow(WRITE_TOKEN_VARIABLE)
    expect(startupNotes().map((n) => n.message).join('\n')).toContain(`No ${WRITE_TOKEN_VARIABLE}`)
  })

  it('no code reads a token variable other than the read token, the write token, its former name and the Sanity CLI’s own', () => {
    const root = resolve(__dirname, '../..')
    const files: string[] = []
    const walk = (dir: string) => {
      for (const name of readdirSync(join(root, dir))) {
        const path = join(dir, name)
        if (statSync(join(root, path)).isDirectory()) walk(path)
        else if (/\.(ts|tsx|mjs)$/.test(name)) files.push(path)
      }
    }
    for (const dir of ['app', 'components', 'lib', 'sanity', 'schemas', 'scripts']) walk(dir)
    files.push('instrumentation.ts', 'proxy.ts', 'next.config.ts', 'sanity.config.ts', 'sanity.cli.ts')
    const names = new Map<string, Set<string>>()
    for (const file of files) {
      for (const m of readFileSync(join(root, file), 'utf8').matchAll(/\b([A-Z][A-Z0-9_]*_TOKEN)\b/g)) {
        names.set(m[1]!, (names.get(m[1]!) ?? new Set()).add(file))
      }
    }
    // SANITY_AUTH_TOKEN and SANITY_IMPORT_TOKEN are what the sanity CLI reads (scripts hand it the token).
    expect([...names.keys()].sort()).toEqual(['SANITY_API_READ_TOKEN', 'SANITY_API_WRITE_TOKEN', 'SANITY_AUTH_TOKEN', 'SANITY_IMPORT_TOKEN', 'SANITY_WRITE_TOKEN'])
    // The former name is read in lib/env.ts (the site) and scripts/dataset-lib.ts (the scripts) only.
    expect([...names.get(FORMER_WRITE_TOKEN_VARIABLE)!].sort()).toEqual(['lib/env.ts', 'scripts/dataset-lib.ts'])
  })

  it('the setup docs name it: docs/studio.md’s “Setting up a project”, the README, the /studio setup page and the Studio’s pane', () => {
    const studioDoc = readFileSync(resolve(__dirname, '../../docs/studio.md'), 'utf8')
    const readme = readFileSync(resolve(__dirname, '../../README.md'), 'utf8')
    const setup = /^## Setting up a project\n([\s\S]*?)^#{1,2} /m.exec(studioDoc)?.[1] ?? ''
    expect(setup, 'docs/studio.md has the section').not.toBe('')
    expect(readme).toContain(WRITE_TOKEN_VARIABLE)
    expect(setup).toContain(WRITE_TOKEN_VARIABLE)
    expect(setup).toMatch(/Submitted for review/)
    // The former name appears only as such.
    for (const doc of [readme, studioDoc])
      for (const line of doc.split('\n').filter((l) => l.includes(FORMER_WRITE_TOKEN_VARIABLE))) expect(line).toMatch(/former name/)
    expect(renderToStaticMarkup(createElement(StudioSetup, { invalidProjectId: null }))).toContain(WRITE_TOKEN_VARIABLE)
    expect(renderToStaticMarkup(createElement(SubmissionsHelp))).toContain(WRITE_TOKEN_VARIABLE)
  })
})

describe('what the server says at start-up', () => {
  const messages = () => startupNotes().map((n) => `${n.level}: ${n.message}`)

  it('nothing without a project: the outbox is the only place there is', () => {
    stub({})
    expect(messages()).toEqual([])
  })

  it('with a project and no write token: one warning that submissions stay in the outbox and the Studio’s list stays empty', () => {
    stub({ SANITY_PROJECT_ID: 'abc123de', SANITY_DATASET: 'production', SUBMISSIONS_DIR: '/srv/outbox' })
    const notes = messages()
    expect(notes).toHaveLength(1)
    expect(notes[0]).toMatch(/^warn: \[submissions\] No SANITY_API_WRITE_TOKEN: /)
    expect(notes[0]).toContain('kept in the outbox /srv/outbox')
    expect(notes[0]).toContain('abc123de')
    expect(notes[0]).toContain('"Submitted for review" list stays empty')
    expect(notes[0]).toContain('npm run submissions:push')
  })

  it('with a project and the token: where the submissions go, and no warning', () => {
    stub({ SANITY_PROJECT_ID: 'abc123de', SANITY_DATASET: 'staging', SANITY_API_WRITE_TOKEN: 'sk-secret-value' })
    const notes = messages()
    expect(notes).toEqual(['info: [submissions] Practices sent through the form go to the Sanity project abc123de (dataset staging) as drafts under "Submitted for review".'])
    expect(notes.join('\n')).not.toContain('sk-secret-value')
  })

  it('the token under its former name still works, and start-up asks to rename it', () => {
    stub({ SANITY_PROJECT_ID: 'abc123de', SANITY_WRITE_TOKEN: 'sk-former' })
    const notes = messages()
    expect(notes[0]).toMatch(/^warn: \[config\] SANITY_WRITE_TOKEN is the former name of SANITY_API_WRITE_TOKEN/)
    expect(notes[1]).toMatch(/^info: \[submissions\] .* go to the Sanity project abc123de/)
  })

  it('a Studio project without SANITY_PROJECT_ID, or a Studio on another dataset: says the list will not show them', () => {
    stub({ NEXT_PUBLIC_SANITY_PROJECT_ID: 'studio1', SANITY_API_WRITE_TOKEN: 'sk' })
    expect(messages()).toEqual([expect.stringMatching(/^warn: \[submissions\] The Studio's project is studio1, but SANITY_PROJECT_ID is not set/)])
    stub({ SANITY_PROJECT_ID: 'abc123de', SANITY_DATASET: 'production', SANITY_STUDIO_DATASET: 'staging', SANITY_API_WRITE_TOKEN: 'sk' })
    expect(messages()).toEqual([expect.stringMatching(/^warn: .*go to abc123de\/production, but the Studio shows abc123de\/staging/)])
  })
})
