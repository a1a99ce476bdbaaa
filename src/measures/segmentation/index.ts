export { segmentation, type SegmentationOptions, type SegmentationResult, type UnitSegmentation, type EnclaveLinkage } from './segmentation.js';
