export { estebanRay, estebanRayOptions, type EstebanRayOptions, type EstebanRayScale, type GroupedDistribution } from './esteban-ray.js';
export { estebanGradinRay, estebanGradinRayOptions, type EstebanGradinRayOptions, type EstebanGradinRayResult } from './esteban-gradin-ray.js';
export { duclosEstebanRay, duclosEstebanRayOptions, type DuclosEstebanRayOptions, type DuclosEstebanRayResult } from './duclos-esteban-ray.js';
export { wolfson, wolfsonOptions, type WolfsonOptions } from './wolfson.js';
export { zhangKanbur, zhangKanburOptions, type ZhangKanburOptions } from './zhang-kanbur.js';
export { wangTsui, wangTsuiOptions, type WangTsuiOptions } from './wang-tsui.js';
