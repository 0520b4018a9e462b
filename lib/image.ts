import { createImageUrlBuilder } from '@sanity/image-url'
import { contentSource, sanityEnv } from './env'

type ImageSource = { asset: { _ref: string }; hotspot?: unknown; crop?: unknown }

/**
 * The CDN address of a Sanity image at a given width, or null when there is no Sanity project to
 * serve it (the embedded dataset holds no image assets).
 */
export function imageUrl(image: ImageSource, width: number): string | null {
  if (contentSource() !== 'sanity') return null
  const { projectId, dataset } = sanityEnv()
  if (!projectId) return null
  return createImageUrlBuilder({ projectId, dataset }).image(image as never).width(width).fit('max').auto('format').url()
}

/** Width and height from a Sanity asset id such as `image-abc123-1200x800-jpg`. */
export function imageDimensions(assetRef: string): { width: number; height: number } | null {
  const match = /-(\d+)x(\d+)-[a-z]+$/.exec(assetRef)
  return match ? { width: Number(match[1]), height: Number(match[2]) } : null
}
