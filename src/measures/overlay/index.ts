export { platformOverlay, platformOverlayOptions, type PlatformKind, type PlatformOverlayOptions, type PlatformOverlayResult, type CityOverlay } from './platform-overlay.js';
