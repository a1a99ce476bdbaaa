export { segmentation, segmentationOptions, type SegmentationOptions, type SegmentationResult, type UnitSegmentation, type EnclaveLinkage } from './segmentation.js';
