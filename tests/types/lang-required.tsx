/**
 * A component that renders interface words cannot be rendered without its language (issue 24): the
 * language comes from the route (app/[lang]), and a forgotten `lang` is a type error, not English on
 * a Spanish page. `npm run typecheck` checks this file: each `@ts-expect-error` fails the check if the
 * line below it compiles (if `lang` became optional again).
 */
import { PageHeader } from '@/components/PageHeader'
import { NotFoundContent } from '@/components/NotFoundContent'
import { SiteChrome } from '@/components/SiteChrome'
import { HomeView } from '@/components/views/HomeView'
import { SubmissionReceived } from '@/components/submit/SubmissionReceived'
import type { SiteSettings } from '@/lib/content'
import { pageMetadata } from '@/lib/metadata'
import { receivedHref } from '@/lib/submissions/paths'

declare const settings: SiteSettings

export const withoutLanguage = [
  // @ts-expect-error a page header without its language
  <PageHeader key="header" title="Acerca del Centro" />,
  // @ts-expect-error the site's frame without its language
  <SiteChrome key="chrome" settings={settings}>x</SiteChrome>,
  // @ts-expect-error the 404 without its language
  <NotFoundContent key="404" />,
  // @ts-expect-error a view without its language
  <HomeView key="home" />,
  // @ts-expect-error the confirmation without its language
  <SubmissionReceived key="received" reference={null} />,
]

// @ts-expect-error a page's metadata without its language
export const metadataWithoutLanguage = pageMetadata({ title: 'x', description: 'x', path: '/about' })
// @ts-expect-error the confirmation's address without its language
export const addressWithoutLanguage = receivedHref()

export const withLanguage = [<PageHeader key="header" title="Acerca del Centro" lang="es" />, <NotFoundContent key="404" lang="es" />]
