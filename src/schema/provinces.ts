import type { BilingualTerm } from './bilingual-enum.js';
import type { MacroRegion } from './taxonomy.js';
import { checkString } from '../error/argument-checks.js';

/** A province-level unit: GB/T 2260 two-digit code, names, and its macro-region (NBS 2011). */
export interface ProvinceTerm extends BilingualTerm {
  /** Two-digit GB/T 2260 code. */
  readonly code: string;
  /** Macro-region; `null` for Hong Kong, Macao and Taiwan, which the four-region rule does not cover. */
  readonly region: MacroRegion | null;
}

function province(code: string, id: string, zh: string, short: string, en: string, region: MacroRegion | null): ProvinceTerm {
  return { id, code, zh, en, region, aliases: [short, code, `${code}0000`] };
}

/**
 * The 31 mainland provinces, autonomous regions and municipalities, plus Hong Kong,
 * Macao and Taiwan (which linkages may reach). Input accepts the id, full or
 * short Chinese name, English name, or the 2- or 6-digit code.
 */
export const PROVINCES: readonly ProvinceTerm[] = [
  province('11', 'beijing', '北京市', '北京', 'Beijing', 'east'),
  province('12', 'tianjin', '天津市', '天津', 'Tianjin', 'east'),
  province('13', 'hebei', '河北省', '河北', 'Hebei', 'east'),
  province('14', 'shanxi', '山西省', '山西', 'Shanxi', 'central'),
  province('15', 'inner-mongolia', '内蒙古自治区', '内蒙古', 'Inner Mongolia', 'west'),
  province('21', 'liaoning', '辽宁省', '辽宁', 'Liaoning', 'northeast'),
  province('22', 'jilin', '吉林省', '吉林', 'Jilin', 'northeast'),
  province('23', 'heilongjiang', '黑龙江省', '黑龙江', 'Heilongjiang', 'northeast'),
  province('31', 'shanghai', '上海市', '上海', 'Shanghai', 'east'),
  province('32', 'jiangsu', '江苏省', '江苏', 'Jiangsu', 'east'),
  province('33', 'zhejiang', '浙江省', '浙江', 'Zhejiang', 'east'),
  province('34', 'anhui', '安徽省', '安徽', 'Anhui', 'central'),
  province('35', 'fujian', '福建省', '福建', 'Fujian', 'east'),
  province('36', 'jiangxi', '江西省', '江西', 'Jiangxi', 'central'),
  province('37', 'shandong', '山东省', '山东', 'Shandong', 'east'),
  province('41', 'henan', '河南省', '河南', 'Henan', 'central'),
  province('42', 'hubei', '湖北省', '湖北', 'Hubei', 'central'),
  province('43', 'hunan', '湖南省', '湖南', 'Hunan', 'central'),
  province('44', 'guangdong', '广东省', '广东', 'Guangdong', 'east'),
  province('45', 'guangxi', '广西壮族自治区', '广西', 'Guangxi', 'west'),
  province('46', 'hainan', '海南省', '海南', 'Hainan', 'east'),
  province('50', 'chongqing', '重庆市', '重庆', 'Chongqing', 'west'),
  province('51', 'sichuan', '四川省', '四川', 'Sichuan', 'west'),
  province('52', 'guizhou', '贵州省', '贵州', 'Guizhou', 'west'),
  province('53', 'yunnan', '云南省', '云南', 'Yunnan', 'west'),
  province('54', 'tibet', '西藏自治区', '西藏', 'Tibet', 'west'),
  province('61', 'shaanxi', '陕西省', '陕西', 'Shaanxi', 'west'),
  province('62', 'gansu', '甘肃省', '甘肃', 'Gansu', 'west'),
  province('63', 'qinghai', '青海省', '青海', 'Qinghai', 'west'),
  province('64', 'ningxia', '宁夏回族自治区', '宁夏', 'Ningxia', 'west'),
  province('65', 'xinjiang', '新疆维吾尔自治区', '新疆', 'Xinjiang', 'west'),
  province('71', 'taiwan', '台湾省', '台湾', 'Taiwan', null),
  province('81', 'hong-kong', '香港特别行政区', '香港', 'Hong Kong', null),
  province('82', 'macao', '澳门特别行政区', '澳门', 'Macao', null),
];

/** Province id → its entry. */
export const PROVINCE_BY_ID: ReadonlyMap<string, ProvinceTerm> = new Map(PROVINCES.map((p) => [p.id, p]));

/**
 * Province entry of a 6-digit administrative code (by its first two digits), if any.
 *
 * @example
 * provinceOfCode('440300')?.zh; // '广东省'
 */
export function provinceOfCode(code: string): ProvinceTerm | undefined {
  checkString('provinceOfCode', code, 'code');
  const prefix = code.slice(0, 2);
  return PROVINCES.find((p) => p.code === prefix);
}
