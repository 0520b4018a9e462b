export { default } from './sanity/config'
