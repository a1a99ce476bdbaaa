export { platformOverlay, platformOverlayOptions, type PlatformOverlayOptions, type PlatformOverlayResult, type CityOverlay } from './platform-overlay.js';
