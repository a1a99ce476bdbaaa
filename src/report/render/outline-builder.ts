import type { Report } from '../report-schema.js';
import { IdRegistry } from './id-registry.js';
import type { OutlineBlock, OutlineColumn, OutlineSection } from './report-outline.js';
import type { BilingualLabel } from './taxonomy-labels.js';

/** A left-aligned (text) column. */
export const left = (label: string): OutlineColumn => ({ label, align: 'left' });
/** A right-aligned (number) column. */
export const right = (label: string): OutlineColumn => ({ label, align: 'right' });
/** "中文 English", or the English alone when both are the same. */
export const both = (label: BilingualLabel): string => (label.zh === label.en ? label.en : `${label.zh} ${label.en}`);

/**
 * What the section builders of one outline share: the sections so far, the ids
 * (unique in the document) and the running numbers of tables and figures, so that
 * numbering follows the order in which the sections are built.
 */
export class OutlineBuilder {
  readonly ids = new IdRegistry();
  readonly sections: OutlineSection[] = [];
  private tables = 0;
  private figures = 0;

  constructor(private readonly gaps: Report['gaps']) {}

  /** The next figure number. */
  nextFigure(): number {
    return ++this.figures;
  }

  /** A numbered table block. */
  table(caption: string, columns: OutlineColumn[], rows: string[][]): OutlineBlock {
    return { kind: 'table', number: ++this.tables, caption, columns, rows };
  }

  /** A new section, opened by a note for each thing it lacks (`report.gaps` of its keys); returns its blocks. */
  section(key: string, heading: string, gapKeys: string[] = []): OutlineBlock[] {
    const blocks: OutlineBlock[] = [];
    this.sections.push({ id: this.ids.make('sec', key), heading, blocks });
    for (const g of this.gaps) if (gapKeys.includes(g.section)) blocks.push({ kind: 'missing', text: `缺少数据 Not available: ${g.reason}` });
    return blocks;
  }
}
