import Image from 'next/image'
import type { CaptionedFigure as CaptionedFigureData } from '@/lib/content'
import { imageDimensions, imageUrl } from '@/lib/image'

/**
 * A captioned figure. The photo is optional (many of the Center's photos survive only as captions);
 * when present it is shown with its alt text.
 */
export function CaptionedFigure({ figure }: { figure: CaptionedFigureData }) {
  const image = figure.image
  const src = image ? imageUrl(image, 1200) : null
  const size = image ? imageDimensions(image.asset._ref) : null
  return (
    <figure className="my-6 max-w-[70ch] border-l-4 border-rule bg-panel p-4">
      {image && src && size && (
        <Image src={src} alt={image.alt ?? ''} width={size.width} height={size.height} sizes="(max-width: 768px) 100vw, 70ch" className="mb-3 h-auto w-full" />
      )}
      <figcaption className="text-[0.95rem]">
        {figure.caption}
        {figure.credit && <span className="mt-1 block text-sm text-muted">{figure.credit}</span>}
      </figcaption>
    </figure>
  )
}
