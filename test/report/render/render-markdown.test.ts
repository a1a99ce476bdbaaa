import { describe, expect, it } from 'vitest';
import { ZonelinkError } from '../../../src/error/zonelink-error.js';
import { escapeMarkdown, renderMarkdown } from '../../../src/report/render/index.js';
import { ReportSchema, type Report } from '../../../src/report/report-schema.js';
import { sampleReport } from '../../fixtures/report/sample-report.js';

const clone = (): Report => structuredClone(sampleReport);

/** The pipe-table row whose first cell is `first` (cells trimmed). */
function row(md: string, first: string): string[] {
  const line = md.split('\n').find((l) => l.startsWith('|') && l.split('|')[1]?.trim() === first);
  if (!line) throw new Error(`no table row starting with ${first}`);
  return line.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim());
}

describe('sample report fixture', () => {
  it('passes ReportSchema.parse', () => {
    expect(() => ReportSchema.parse(sampleReport)).not.toThrow();
  });
});

describe('renderMarkdown', () => {
  const md = renderMarkdown(sampleReport);

  it('starts with a title naming the dataset and its as-of date, and ends with a newline', () => {
    const first = md.split('\n')[0];
    expect(first).toBe('# 成渝及东部园区联动样例 Chengdu–Chongqing and eastern zones sample (2024-12-31) — 园区联动网络报告 Zone linkage report');
    expect(md).toContain('截至 As of 2024-12-31');
    expect(md.endsWith('\n')).toBe(true);
    expect(renderMarkdown(sampleReport, { title: 'My title' }).split('\n')[0]).toBe('# My title');
  });

  it('lists the parameters: year, seed, top k, network', () => {
    expect(md).toContain('- **年份 Year**: 2023');
    expect(md).toContain('- **随机种子 Seed**: 42');
    expect(md).toContain('- **排名长度 Top k**: 5');
    expect(md).toContain('- **网络 Network**: undirected simple projection of all linkages, weight = linkage count');
    const noYear = clone();
    noYear.parameters.year = null;
    expect(renderMarkdown(noYear)).toContain('- **年份 Year**: — (all years 全部年份)');
  });

  it('has one section per part of the report, in order', () => {
    const headings = md.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual([
      '## 参数 Parameters',
      '## 概况 Summary',
      '## 网络统计 Network statistics',
      '## 中心性排名 Centrality rankings',
      '## 社区结构 Communities',
      '## “1+N”结构 "1+N" hub structures',
      '## 不平等与极化 Inequality and polarization',
      '## 平台叠加 Platform overlay',
      '## 多层网络 Multiplex',
      '## 数据来源与覆盖 Sources and coverage',
      '## 研究 The study: documented linkages, modelled city network, explanation, population',
    ]);
  });

  it('summarises zones, modes and macro-regions with bilingual labels from the taxonomy, shares by hand', () => {
    // 21 of 36 zones: 21/36 = 0.58333…; 3/36 = 0.08333…
    expect(row(md, '国家级开发区')).toEqual(['国家级开发区', 'national development zone', '21', '0.5833']);
    expect(row(md, '国家级新区')).toEqual(['国家级新区', 'national new area', '3', '0.0833']);
    expect(row(md, '海关特殊监管区域和自由贸易试验区')[1]).toBe('customs special supervision area or pilot free trade zone');
    expect(row(md, '未知')).toEqual(['未知', 'unknown', '1', '0.0278']);
    // 31/87 = 0.356321…
    expect(row(md, '资源要素联动')).toEqual(['资源要素联动', 'resource-factor linkage', '31', '0.3563']);
    expect(row(md, '东部')).toEqual(['东部', 'East', '20', '0.4167']);
    expect(row(md, '未划分（港澳台）')[2]).toBe('1');
    // Taxonomy order, not alphabetical: national new area (2nd category) before national development zone (3rd).
    expect(md.indexOf('| 国家级新区 |')).toBeLessThan(md.indexOf('| 国家级开发区 |'));
  });

  it('prints network statistics with 4 decimals and null centralization as —', () => {
    expect(row(md, '密度 Density')).toEqual(['密度 Density', '0.0656']); // 0.0656028…
    expect(row(md, '介数中心势 Betweenness centralization')[1]).toBe('0.4123'); // 0.41235 is stored as 0.412349999… → 0.4123
    expect(row(md, '接近中心势 Closeness centralization')[1]).toBe('—');
    expect(row(md, '有联动的节点 Linked nodes')[1]).toBe('45');
  });

  it('prints each ranking as a table: rank, name, province, kind, value with the column precision', () => {
    expect(md).toContain('### 度中心性 Degree centrality (degree)');
    expect(md).toContain('权重 Weighting: distances 1/w');
    // Degree: largest 0.34… → 4 significant digits → 4 decimals.
    expect(row(md, '1')).toEqual(['1', '成都高新技术产业开发区 (Chengdu Hi-tech Zone)', '四川 Sichuan', '国家级开发区', '0.3404']);
    const rankings = md.split('### ').slice(1);
    const strength = rankings.find((s) => s.startsWith('强度'))!;
    expect(row(strength, '1').at(-1)).toBe('37'); // integers stay integers
    const betweenness = rankings.find((s) => s.startsWith('介数'))!;
    expect(row(betweenness, '3')).toEqual(['3', '深圳前海深港现代服务业合作区', '广东 Guangdong', '园区 zone', '0.0041']);
    expect(row(betweenness, '4')).toEqual(['4', '香港', '—', '城市 city', '0.0000']);
  });

  it('reports communities with modularity and NMI, ARI, E–I against provinces', () => {
    expect(md).toContain('- **模块度 Modularity Q**: 0.5123');
    expect(row(md, '标准化互信息 NMI')[1]).toBe('0.6342');
    expect(row(md, '调整兰德指数 Adjusted Rand index')[1]).toBe('0.4187');
    expect(row(md, 'E–I 指数 E–I index (Krackhardt \\& Stern)')[1]).toBe('-0.3521');
    // Provinces: the three largest, then the count of the rest (zhejiang 1 + hong-kong 1).
    const communities = md.slice(md.indexOf('## 社区结构 Communities'));
    expect(row(communities, '2')).toContain('江苏 Jiangsu 4, 上海 Shanghai 3, 广东 Guangdong 2, +2 others 其他 2');
  });

  it('tabulates the "1+N" groups with all indices, — for null, and the class', () => {
    expect(row(md, '四川省园区 Sichuan zones')).toEqual([
      '四川省园区 Sichuan zones', 'province', '成都高新技术产业开发区', '6', '1.0000', '0.9000', '0.7143', '0.8125', '0.1000', '1+N 单核辐射',
    ]);
    expect(row(md, '社区 1 Community 1').slice(-2)).toEqual(['—', '网状 mesh']);
    expect(md).toContain('HD ≥ 0.80, SSH ≥ 0.50 and spoke density ≤ 0.20');
  });

  it('prints each inequality section: indices, Theil and Dagum decompositions, polarization, groups', () => {
    const [gdp, zones] = md.split('### ').filter((s) => s.startsWith('地区生产总值') || s.startsWith('园区数量'));
    expect(gdp.split('\n')[0]).toBe('地区生产总值 GDP, 2022');
    expect(row(gdp, '基尼系数 Gini')[1]).toBe('0.4321');
    expect(row(gdp, '泰尔指数 Theil T')[1]).toBe('0.3312');
    expect(row(gdp, '泰尔 L（平均对数偏差）Theil L (MLD)')[1]).toBe('0.3598');
    expect(row(gdp, '变异系数 Coefficient of variation')[1]).toBe('0.8876');
    expect(row(gdp, '前十集中度 CR10')[1]).toBe('0.9412');
    expect(row(gdp, '赫芬达尔指数 HHI')[1]).toBe('0.1254');
    expect(row(gdp, '组间份额 Between share')[1]).toBe('0.3083');
    expect(row(gdp, '组间净值 Net between G\\_nb')[1]).toBe('0.2876');
    expect(row(gdp, '超变密度 Transvariation G\\_t')[1]).toBe('0.0622');
    expect(row(gdp, 'Esteban–Ray')[1]).toBe('0.0735');
    expect(row(gdp, 'Wolfson')[1]).toBe('0.4112');
    // Means: largest 28450.5 has 5 integer digits → 0 decimals; macro-region ids get bilingual labels.
    expect(row(gdp, '东部 East')).toEqual(['东部 East', '5', '28451', '0.2214']);
    expect(row(gdp, '中部 Central')).toEqual(['中部 Central', '1', '18866', '—']);
    expect(zones.split('\n')[0]).toBe('园区数量 Number of zones');
    expect(row(zones, '前十集中度 CR10')[1]).toBe('—');
    expect(row(zones, '组间 Between')[1]).toBe('—');
    expect(row(zones, 'Zhang–Kanbur')[1]).toBe('—');
  });

  it('shows the platform overlay with the co-occurrence matrix', () => {
    expect(row(md, '上海市')).toEqual(['上海市', '3', '海关特殊监管区域和自由贸易试验区、国家级新区、跨境电子商务综合试验区', '3', '1.0986', '0.6667']);
    expect(md).toContain('| 类别 Category | 海关特殊监管区域和自由贸易试验区 | 国家级新区 | 跨境电子商务综合试验区 |');
    expect(row(md, '跨境电子商务综合试验区 cross-border e-commerce comprehensive pilot zone')).toEqual([
      '跨境电子商务综合试验区 cross-border e-commerce comprehensive pilot zone', '2', '2', '3',
    ]);
  });

  it('summarises the multiplex, and lists sources with licences and coverage notes', () => {
    expect(row(md, '聚焦 focused')[1]).toBe('21');
    expect(row(md, '孤立 isolated')[1]).toBe('3');
    expect(md).toContain('- **平均边重叠 Average edge overlap**: 1.1892');
    expect(row(md, '成都高新技术产业开发区').slice(1)).toEqual(['16', '0.8203']);
    expect(row(md, 'seed-004')).toEqual(['seed-004', '“1+N”园区合作网络研究 (seed paper 004)', 'CC BY 4.0']);
    expect(row(md, 'field-notes')[2]).toBe('—');
    expect(row(md, '省级开发区 provincial zones')).toEqual(['省级开发区 provincial zones', '否 no', 'Sichuan and Chongqing only.']);
    expect(row(md, 'linkages before 2015')[2]).toBe('—');
  });

  it('numbers tables and writes valid pipe tables (header, alignment row, equal cell counts)', () => {
    const captions = md.match(/\*\*表 Table \d+\.\*\*/g)!;
    expect(captions.map((c) => Number(c.match(/\d+/)![0]))).toEqual(captions.map((_, i) => i + 1));
    const lines = md.split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (!/^\|( ---:? \|)+$/.test(lines[i])) continue;
      const cells = (l: string) => l.split(/(?<!\\)\|/).length;
      const n = cells(lines[i]);
      expect(cells(lines[i - 1])).toBe(n);
      for (let j = i + 1; j < lines.length && lines[j].startsWith('|'); j++) expect(cells(lines[j]), lines[j]).toBe(n);
    }
  });

  it('escapes Markdown in names so they print literally', () => {
    const report = clone();
    report.rankings[0].top[1].name = 'R&D <研发> "园区" | a_b*c [x](y) `z`';
    report.dataset.sources[0].title = '<script>alert(1)</script>';
    const out = renderMarkdown(report);
    expect(out).toContain('R\\&D \\<研发\\> "园区" \\| a\\_b\\*c \\[x\\](y) \\`z\\`');
    expect(out).not.toContain('<研发>');
    expect(out).not.toContain('<script>');
    expect(row(out, '2')).toHaveLength(5); // the escaped pipe does not split the cell
  });

  it('escapeMarkdown folds line breaks and escapes markup characters', () => {
    expect(escapeMarkdown('a\nb\r\nc')).toBe('a b c');
    expect(escapeMarkdown('#1 ~x~ $y$ \\')).toBe('\\#1 \\~x\\~ \\$y\\$ \\\\');
    expect(escapeMarkdown('成都高新区')).toBe('成都高新区');
  });

  it('is deterministic and does not mutate the report', () => {
    const before = JSON.stringify(sampleReport);
    expect(renderMarkdown(sampleReport)).toBe(md);
    expect(renderMarkdown(clone())).toBe(md);
    expect(JSON.stringify(sampleReport)).toBe(before);
  });

  it('renders an empty report (no rankings, groups, sections, cities) with — placeholders', () => {
    const report = clone();
    report.rankings = [];
    report.onePlusN.groups = [];
    report.inequality = [];
    report.communities.communities = [];
    report.overlay = { year: null, categories: [], cities: [], cooccurrence: [] };
    report.multiplex.hubs = [];
    report.multiplex.layers = [];
    report.dataset.sources = [];
    report.dataset.coverage = [];
    report.gaps = [
      { section: 'rankings', reason: 'no linkages' },
      { section: 'inequality', reason: 'no city carries an indicator' },
    ];
    const out = renderMarkdown(report);
    // Each section says what it lacks, under its own heading.
    expect(out).toMatch(/## 中心性排名 Centrality rankings\n\n> 缺少数据 Not available: no linkages\n/);
    expect(out).toMatch(/## 不平等与极化 Inequality and polarization\n\n> 缺少数据 Not available: no city carries an indicator\n/);
    expect(out).toContain('- **平台类别 Categories**: —');
    expect(out).not.toMatch(/undefined|NaN/);
  });

  it('rejects a report that does not match the schema, naming every path', () => {
    const report = clone() as unknown as { rankings: { top: { value: unknown }[] }[]; network: { density: unknown } };
    report.rankings[0].top[2].value = Number.NaN;
    report.network.density = 'high';
    let error: unknown;
    try {
      renderMarkdown(report as unknown as Report);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ZonelinkError);
    const z = error as ZonelinkError;
    expect(z.code).toBe('invalid-argument');
    expect(z.message.startsWith('renderMarkdown: ')).toBe(true);
    expect(z.issues.map((i) => i.field).sort()).toEqual(['network.density', 'rankings[0].top[2].value']);
    expect(z.issues.find((i) => i.field === 'rankings[0].top[2].value')?.index).toBe(2);
  });
});
