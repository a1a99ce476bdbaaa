import type { Blocks, CentralityRanking, DocumentedSection, ExplanationSection, Missing, ModelledSection, ModelledYear, PopulationSection, Study, WholeNetwork } from './study-schema.js';

/** One piece of the rendered study: a heading, a paragraph, a table or the LISA map. */
export type StudyPiece =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'text'; text: string }
  | { kind: 'table'; caption: string; columns: string[]; rows: string[][] }
  | { kind: 'lisa-map' };

/** A number for a table cell: 4 significant digits (integers in full), '—' for null. */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  if (Number.isInteger(value)) return String(value);
  const a = Math.abs(value);
  if (a !== 0 && (a < 1e-3 || a >= 1e6)) return value.toExponential(3);
  return String(Number(value.toPrecision(4)));
}

const missingText = (part: Missing): StudyPiece => ({ kind: 'text', text: `Not computed: ${part.missing}` });

function wholeNetworkPieces(table: WholeNetwork, caption: string): StudyPiece[] {
  const pieces: StudyPiece[] = [{ kind: 'table', caption, columns: ['Measure', 'Value', 'Method'], rows: table.figures.map((f) => [f.label, formatNumber(f.value), f.method]) }];
  const notes = Object.entries(table.notes);
  if (notes.length > 0) pieces.push({ kind: 'text', text: `Undefined values: ${notes.map(([k, v]) => `${k}: ${v}`).join('; ')}` });
  return pieces;
}

function centralityPieces(rankings: CentralityRanking[], network: string): StudyPiece[] {
  return rankings.map((r) => ({ kind: 'table' as const, caption: `${network}: top ${r.nodes.length} by ${r.measure} — ${r.method}`, columns: ['Rank', 'Node', 'Id', r.measure], rows: r.nodes.map((n) => [String(n.rank), n.name, n.id, formatNumber(n.value)]) }));
}

function blockPieces(blocks: Blocks | Missing, network: string): StudyPiece[] {
  if ('missing' in blocks) return [missingText(blocks)];
  return [
    { kind: 'text', text: `${network} — ${blocks.method}.` },
    {
      kind: 'table',
      caption: `${network}: CONCOR blocks and their roles`,
      columns: ['Block', 'Size', 'Sent inside', 'Sent outside', 'Received from outside', 'Expected internal ratio', 'Actual internal ratio', 'Role'],
      rows: blocks.blocks.map((b) => [String(b.block), String(b.size), String(b.sentInside), String(b.sentOutside), String(b.receivedOutside), formatNumber(b.expectedInternalRatio), formatNumber(b.actualInternalRatio), b.role === null ? '—' : `${b.roleZh} ${b.role}`]),
    },
  ];
}

/** Section 1 as pieces. */
export function documentedPieces(section: DocumentedSection | Missing): StudyPiece[] {
  const head: StudyPiece = { kind: 'heading', level: 2, text: '1. The documented linkage network' };
  if ('missing' in section) return [head, missingText(section)];
  const net = 'Documented network';
  const pieces: StudyPiece[] = [head, { kind: 'text', text: `${section.description}. Source: ${section.source}.` }, ...wholeNetworkPieces(section.wholeNetwork, `${net}: whole-network table (unweighted) and Krackhardt (1994) dimensions`), { kind: 'heading', level: 3, text: 'Centrality' }, ...centralityPieces(section.centrality, net), { kind: 'heading', level: 3, text: 'Communities against provinces' }];
  const c = section.communities;
  if ('missing' in c) pieces.push(missingText(c));
  else {
    pieces.push({ kind: 'text', text: `${c.method}.` });
    pieces.push({ kind: 'table', caption: `${net}: Leiden communities`, columns: ['Communities', 'Modularity', 'NMI with provinces', 'ARI with provinces'], rows: [[String(c.communities), formatNumber(c.modularity), formatNumber(c.nmiWithProvinces), formatNumber(c.ariWithProvinces)]] });
    pieces.push({ kind: 'table', caption: `${net}: the largest communities`, columns: ['Community', 'Size', 'Members'], rows: c.largest.map((l) => [String(l.community), String(l.size), l.members.join(', ')]) });
  }
  pieces.push({ kind: 'heading', level: 3, text: 'Blocks and roles' }, ...blockPieces(section.blocks, net), { kind: 'heading', level: 3, text: '"1+N" groups' });
  const g = section.onePlusN;
  if ('missing' in g) pieces.push(missingText(g));
  else {
    pieces.push({ kind: 'text', text: `${g.method}.` });
    pieces.push({ kind: 'table', caption: `${net}: "1+N" candidate groups`, columns: ['Group', 'Candidates', 'Hub', 'Size', 'Class', 'Spoke share to hub'], rows: g.groups.map((x) => [x.id, x.candidates, x.hubName, String(x.size), x.classification, formatNumber(x.spokeShareToHub)]) });
  }
  return pieces;
}

function modelledYearPieces(y: ModelledYear): StudyPiece[] {
  const net = `Modelled network (${y.variant})`;
  return [{ kind: 'heading', level: 3, text: net }, ...wholeNetworkPieces(y.wholeNetwork, `${net}: whole-network table and Krackhardt (1994) dimensions`), ...blockPieces(y.blocks, net), ...centralityPieces(y.centrality.filter((r) => r.measure !== 'PageRank'), net)];
}

/** Section 2 as pieces. */
export function modelledPieces(section: ModelledSection | Missing): StudyPiece[] {
  const head: StudyPiece = { kind: 'heading', level: 2, text: '2. A modelled city network (gravity model)' };
  if ('missing' in section) return [head, missingText(section)];
  const [a, b] = section.years;
  const compare = (label: string): string[] => {
    const fa = a.wholeNetwork.figures.find((f) => f.label === label)?.value ?? null;
    const fb = b.wholeNetwork.figures.find((f) => f.label === label)?.value ?? null;
    return [label, formatNumber(fa), formatNumber(fb)];
  };
  const pieces: StudyPiece[] = [
    head,
    { kind: 'text', text: `${section.method}. Source: ${section.source}. Cities: ${section.nodes} (${section.excluded}).` },
    { kind: 'table', caption: `Modelled network, ${a.year} against ${b.year}`, columns: ['Measure', String(a.year), String(b.year)], rows: a.wholeNetwork.figures.map((f) => compare(f.label)) },
    ...modelledYearPieces(a),
    ...modelledYearPieces(b),
  ];
  pieces.push(...('missing' in section.railVariant ? [{ kind: 'heading', level: 3, text: 'Rail variant' } as StudyPiece, missingText(section.railVariant)] : modelledYearPieces(section.railVariant)));
  return pieces;
}

/** Section 3 as pieces. */
export function explanationPieces(section: ExplanationSection | Missing): StudyPiece[] {
  const head: StudyPiece = { kind: 'heading', level: 2, text: '3. Explanation: QAP and MRQAP' };
  if ('missing' in section) return [head, missingText(section)];
  const pieces: StudyPiece[] = [
    head,
    { kind: 'text', text: `${section.projection}. ${section.nodes} cities, ${section.documentedTies} documented ties.` },
    { kind: 'text', text: `${section.method}.` },
    { kind: 'table', caption: `QAP correlation of the documented city network with each covariate (${section.permutations} permutations, seed ${section.seed})`, columns: ['Covariate', 'r', 'p (r_π ≥ r)', 'p (r_π ≤ r)', 'p (|r_π| ≥ |r|)'], rows: section.qap.map((q) => [q.covariate, formatNumber(q.correlation), formatNumber(q.pGreater), formatNumber(q.pLess), formatNumber(q.pAbsolute)]) },
  ];
  const m = section.mrqap;
  if ('missing' in m) pieces.push(missingText(m));
  else {
    pieces.push({ kind: 'text', text: `MRQAP: ${m.method}. R² = ${formatNumber(m.rSquared)}, adjusted R² = ${formatNumber(m.adjustedRSquared)}.` });
    pieces.push({ kind: 'table', caption: 'MRQAP of the documented city network on the covariates', columns: ['Term', 'Estimate', 'Standardised', 'p (≥)', 'p (≤)', 'p (two-sided)'], rows: m.coefficients.map((c) => [c.name, formatNumber(c.estimate), formatNumber(c.standardized), formatNumber(c.pGreater), formatNumber(c.pLess), formatNumber(c.pAbsolute)]) });
  }
  return pieces;
}

/** Section 4 as pieces. */
export function populationPieces(section: PopulationSection | Missing): StudyPiece[] {
  const head: StudyPiece = { kind: 'heading', level: 2, text: '4. Population' };
  if ('missing' in section) return [head, missingText(section)];
  const [a, b] = section.years;
  const row = (label: string, f: (y: typeof a) => number | null, method: string): string[] => [label, formatNumber(f(a)), formatNumber(f(b)), method];
  const pieces: StudyPiece[] = [
    head,
    { kind: 'text', text: `Source: ${section.source}. Cities: ${section.universe}.` },
    {
      kind: 'table',
      caption: `Inequality and polarization of ${section.indicator} over cities, ${a.year} against ${b.year}`,
      columns: ['Measure', String(a.year), String(b.year), 'Method'],
      rows: [
        row('Cities', (y) => y.cities, 'cities with the indicator in both years'),
        row('Total', (y) => y.total, 'sum over the cities'),
        row('Gini', (y) => y.gini, section.methods[0]),
        row('Theil T', (y) => y.theilT, section.methods[1]),
        row('Theil T within macro-regions', (y) => y.theilWithin, section.methods[1]),
        row('Theil T between macro-regions', (y) => y.theilBetween, section.methods[1]),
        row('Between share', (y) => y.betweenShare, 'between / total'),
        row('Esteban–Ray', (y) => y.estebanRay, section.methods[2]),
        row('Duclos–Esteban–Ray', (y) => y.duclosEstebanRay, section.methods[3]),
      ],
    },
    { kind: 'table', caption: `Theil T within each macro-region, ${a.year} and ${b.year}`, columns: ['Macro-region', 'Cities', `Share ${a.year}`, `Theil T ${a.year}`, `Share ${b.year}`, `Theil T ${b.year}`], rows: a.regions.map((r, i) => [r.region, String(r.cities), formatNumber(r.populationShare), formatNumber(r.theilT), formatNumber(b.regions[i]?.populationShare), formatNumber(b.regions[i]?.theilT)]) },
    { kind: 'heading', level: 3, text: `Spatial clustering of growth ${a.year}–${b.year}` },
  ];
  const s = section.spatial;
  if ('missing' in s) pieces.push(missingText(s));
  else {
    pieces.push({ kind: 'text', text: `${s.method}. Weights: ${s.weights}.` });
    pieces.push({ kind: 'table', caption: "Global Moran's I of population growth", columns: ['n', 'I', 'E[I]', 'z (randomisation)', 'p (randomisation)', `p (${s.permutations} permutations)`], rows: [[String(s.n), formatNumber(s.moranI), formatNumber(s.expected), formatNumber(s.zRandomisation), formatNumber(s.pRandomisation), formatNumber(s.pPermutation)]] });
    pieces.push({ kind: 'lisa-map' });
    pieces.push({ kind: 'table', caption: 'LISA clusters (significant cities only)', columns: ['City', 'Id', 'Growth', 'I_i', 'p', 'Cluster'], rows: s.clusters.map((c) => [c.name, c.id, formatNumber(c.growth), formatNumber(c.Ii), formatNumber(c.pValue), c.cluster]) });
  }
  pieces.push({ kind: 'heading', level: 3, text: 'Siphon effect around documented "1+N" hubs' });
  const si = section.siphon;
  if ('missing' in si) pieces.push(missingText(si));
  else {
    pieces.push({ kind: 'text', text: `${si.method}.${si.skipped.length > 0 ? ` Skipped: ${si.skipped.join('; ')}.` : ''}` });
    pieces.push({ kind: 'table', caption: 'Siphon effect of population', columns: ['Group', 'Hub', 'City members', 'Hub share (from)', 'Hub share (to)', 'ΔCR1', 'Growth differential', 'ΔGini', 'Verdict'], rows: si.rows.map((r) => [r.group, r.hubName, String(r.members), formatNumber(r.hubShareFrom), formatNumber(r.hubShareTo), formatNumber(r.hubShareChange), formatNumber(r.growthDifferential), formatNumber(r.giniChange), r.verdict]) });
  }
  pieces.push({ kind: 'heading', level: 3, text: 'Markov transitions of population classes' });
  const m = section.markov;
  if ('missing' in m) pieces.push(missingText(m));
  else {
    pieces.push({ kind: 'text', text: `${m.method}. ${m.caveat}.` });
    pieces.push({ kind: 'table', caption: 'Transition probabilities (counts in brackets)', columns: ['From \\ to', ...m.probabilities.map((_, j) => `Q${j + 1}`)], rows: m.probabilities.map((r, i) => [`Q${i + 1}`, ...r.map((p, j) => `${formatNumber(p)} (${m.counts[i][j]})`)]) });
  }
  return pieces;
}

/** The whole study as an ordered list of pieces, shared by the Markdown and HTML renderers. */
export function studyOutline(study: Study): StudyPiece[] {
  return [
    { kind: 'heading', level: 1, text: study.title },
    { kind: 'text', text: `Dataset: ${study.dataset}. Seed ${study.options.seed}; ${study.options.permutations} permutations for QAP and Moran's I, ${study.options.mrqapPermutations} per MRQAP coefficient; census years ${study.options.from} and ${study.options.to}. "Documented" networks are the dataset's stated linkages; "modelled" networks are estimated from population and distance.` },
    ...documentedPieces(study.documented),
    ...modelledPieces(study.modelled),
    ...explanationPieces(study.explanation),
    ...populationPieces(study.population),
    { kind: 'heading', level: 2, text: 'References' },
    ...study.references.map((r) => ({ kind: 'text' as const, text: r })),
  ];
}
