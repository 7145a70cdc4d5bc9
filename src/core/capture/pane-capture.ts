export { CAPTURE_EVENTS } from './capture-events'
