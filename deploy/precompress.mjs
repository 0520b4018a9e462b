#!/usr/bin/env node
/**
 * Writes a gzip (level 9) and a Brotli (quality 11) twin next to every text file of a Next build's
 * hashed static files (<dist>/static: JavaScript, CSS, SVG, JSON…), for nginx to send as they are
 * (gzip_static, brotli_static; deploy/nginx.conf.template). Next itself only gzips, on every
 * request, at level 6: Brotli at its best level makes the site's JavaScript about a fifth smaller,
 * and costs nothing per request since it is done once per build.
 *
 *   node deploy/precompress.mjs .next/static
 *
 * or, from another module (deploy/recipe.mjs does):
 *
 *   import { precompress } from './precompress.mjs'
 *   precompress('.next/static')
 *
 * Idempotent: a twin newer than its file is kept. Files under 1 KB are left alone.
 */
import { readdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

const TEXT = /\.(js|mjs|css|svg|json|txt|xml|html|map|wasm)$/
const MIN_BYTES = 1024

/** @param {string} dir @returns {Generator<string>} */
function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) yield* files(path)
    else if (TEXT.test(entry.name) && !entry.name.endsWith('.map')) yield path
  }
}

/** @param {string} twin @param {number} mtime */
function fresh(twin, mtime) {
  try {
    return statSync(twin).mtimeMs >= mtime
  } catch {
    return false
  }
}

/**
 * @typedef {object} PrecompressResult
 * @property {number} files    files (re)compressed this time; 0 when every twin was up to date
 * @property {number} bytes    their size
 * @property {number} gzip     their gzip twins' size
 * @property {number} brotli   their Brotli twins' size
 * @property {number} seconds
 */

/**
 * Writes the missing or outdated `.gz` and `.br` twins under `dir` (synchronously).
 * @param {string} dir  a build's static folder (<dist>/static)
 * @param {{ log?: (message: string) => void }} [options]  where the one-line summary goes (stderr)
 * @returns {PrecompressResult}
 */
export function precompress(dir, { log = (message) => void process.stderr.write(`${message}\n`) } = {}) {
  let count = 0
  let before = 0
  let brotli = 0
  let gzip = 0
  const started = Date.now()
  for (const path of files(dir)) {
    const { size, mtimeMs } = statSync(path)
    if (size < MIN_BYTES) continue
    const needGz = !fresh(`${path}.gz`, mtimeMs)
    const needBr = !fresh(`${path}.br`, mtimeMs)
    if (!needGz && !needBr) continue
    const data = readFileSync(path)
    if (needGz) writeFileSync(`${path}.gz`, gzipSync(data, { level: 9 }))
    if (needBr) {
      const quality = size > 2_000_000 ? 9 : 11
      writeFileSync(
        `${path}.br`,
        brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: size } }),
      )
    }
    count++
    before += size
    gzip += statSync(`${path}.gz`).size
    brotli += statSync(`${path}.br`).size
  }
  const seconds = (Date.now() - started) / 1000
  if (count > 0) {
    /** @param {number} n */
    const kb = (n) => `${Math.round(n / 1024)} KB`
    log(`[precompress] ${count} files in ${dir}: ${kb(before)} → gzip ${kb(gzip)}, brotli ${kb(brotli)} (${seconds.toFixed(1)} s)`)
  }
  return { files: count, bytes: before, gzip, brotli, seconds }
}

/**
 * True when the module at `moduleUrl` (its import.meta.url) is the script node was asked to run,
 * not one imported by another: deploy's scripts are both command lines and modules.
 * @param {string} moduleUrl
 */
export function isMain(moduleUrl) {
  if (!process.argv[1]) return false
  try {
    return realpathSync(process.argv[1]) === realpathSync(fileURLToPath(moduleUrl))
  } catch {
    return false
  }
}

if (isMain(import.meta.url)) {
  const dir = process.argv[2]
  if (!dir) {
    console.error('usage: node deploy/precompress.mjs <dist>/static')
    process.exit(2)
  }
  precompress(dir)
}
