export { estebanRay, type EstebanRayOptions, type EstebanRayScale, type GroupedDistribution } from './esteban-ray.js';
export { estebanGradinRay, type EstebanGradinRayOptions, type EstebanGradinRayResult } from './esteban-gradin-ray.js';
export { duclosEstebanRay, type DuclosEstebanRayOptions, type DuclosEstebanRayResult } from './duclos-esteban-ray.js';
export { wolfson, type WolfsonOptions } from './wolfson.js';
export { zhangKanbur, type ZhangKanburOptions } from './zhang-kanbur.js';
export { wangTsui, type WangTsuiOptions } from './wang-tsui.js';
