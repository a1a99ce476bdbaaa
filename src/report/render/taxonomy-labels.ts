import { PROVINCE_BY_ID } from '../../schema/provinces.js';
import { LINKAGE_MODES, MACRO_REGIONS, PLATFORM_CATEGORIES, ZONE_SUBTYPES } from '../../schema/taxonomy.js';

/** A term's Chinese and English labels. */
export interface BilingualLabel {
  zh: string;
  en: string;
}

/** Keys of the report's count tables that are not taxonomy ids. */
const SPECIAL_KEYS: Readonly<Record<string, BilingualLabel>> = {
  unknown: { zh: '未知', en: 'unknown' },
  none: { zh: '未划分（港澳台）', en: 'none (Hong Kong, Macao, Taiwan)' },
  other: { zh: '其他', en: 'other' },
};

function lookup(terms: readonly { id: string; zh: string; en: string }[], id: string): BilingualLabel | undefined {
  const term = terms.find((t) => t.id === id);
  return term ? { zh: term.zh, en: term.en } : undefined;
}

function fallback(id: string): BilingualLabel {
  return SPECIAL_KEYS[id] ?? { zh: id, en: id };
}

/** Labels of a platform category id (PLATFORM_CATEGORIES, then ZONE_SUBTYPES); unknown ids label themselves. */
export function categoryLabel(id: string): BilingualLabel {
  return lookup(PLATFORM_CATEGORIES, id) ?? lookup(ZONE_SUBTYPES, id) ?? fallback(id);
}

/** Labels of a linkage mode id (LINKAGE_MODES); unknown ids label themselves. */
export function linkageModeLabels(id: string): BilingualLabel {
  return lookup(LINKAGE_MODES, id) ?? fallback(id);
}

/** Labels of a macro-region id (MACRO_REGIONS); `none` is Hong Kong, Macao and Taiwan. */
export function macroRegionLabel(id: string): BilingualLabel {
  return lookup(MACRO_REGIONS, id) ?? fallback(id);
}

/** Short Chinese and English name of a province id ("四川 Sichuan"); unknown ids print as given. */
export function provinceName(id: string | undefined): string {
  if (id === undefined || id === '') return '—';
  const province = PROVINCE_BY_ID.get(id);
  if (!province) return id;
  return `${province.aliases?.[0] ?? province.zh} ${province.en}`;
}

/** Labels of a node kind of the map legend: zone, city, or a platform category. */
export function nodeKindLabel(kind: string): string {
  if (kind === 'zone') return '园区 zone';
  if (kind === 'city') return '城市 city';
  const label = categoryLabel(kind);
  return label.zh === label.en ? label.en : `${label.zh} ${label.en}`;
}

/** Labels of a "1+N" classification. */
export function hubClassLabel(classification: string): string {
  switch (classification) {
    case '1+N': return '1+N 单核辐射';
    case 'multi-core': return '多核 multi-core';
    case 'mesh': return '网状 mesh';
    default: return classification;
  }
}

/** Labels of the multiplex participation classes. */
export const MULTIPLEX_CLASS_LABELS: Readonly<Record<'focused' | 'mixed' | 'multiplex' | 'isolated', BilingualLabel>> = {
  focused: { zh: '聚焦', en: 'focused' },
  mixed: { zh: '混合', en: 'mixed' },
  multiplex: { zh: '多重', en: 'multiplex' },
  isolated: { zh: '孤立', en: 'isolated' },
};

/** Label of an inequality group: bilingual ("东部 East") when its id is a macro-region, else the report's label. */
export function inequalityGroupLabel(id: string, label: string): string {
  const region = MACRO_REGIONS.find((r) => r.id === id);
  return region ? `${region.zh} ${region.en}` : label;
}
