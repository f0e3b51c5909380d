// buildPlan(sources, curation) → Plan: extract every source's outline, apply the curation's rules
// and fixed items, attach plan facts by quote, link (再掲) rows, and check the result against the
// contract before anyone writes it.
import { Plan, type PlanItem } from '../../src/lib/data/schemas';
import type { Curation, ItemRule } from './curation';
import { refAt } from './refAt';
import { extractOutline, flattenOutline } from '../../src/lib/reader/outline';
import { quoteHolds } from './anchors';
import {
  cleanTitle,
  quoteFor,
  selectNodes,
  textOf,
  type Picked,
  type SourceDoc,
} from './selectItems';
import { linkRepeats } from './linkRepeats';
import { buildFacts } from './buildFacts';
import { measureText } from '../../src/lib/reader/documentScope';

export interface SourceText {
  /** Path relative to static/data ("sources/…"). */
  file: string;
  text: string;
}

export function loadDocs(
  sources: readonly SourceText[],
  curation: Curation,
): Map<string, SourceDoc> {
  const docs = new Map<string, SourceDoc>();
  for (const { file } of curation.sources) {
    const src = sources.find((s) => s.file === file);
    if (!src) throw new Error(`${curation.id}: source ${file} not given`);
    const skip = curation.skip?.[file] ?? [];
    const flat = flattenOutline(extractOutline(src.text, { skip }));
    docs.set(file, { file, lines: src.text.split('\n'), flat });
  }
  return docs;
}

function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/gu, (_, k: string) => {
    if (vars[k] === undefined) throw new Error(`template ${template}: no value for {${k}}`);
    return vars[k]!;
  });
}

function pickRule(city: string, doc: SourceDoc, rule: ItemRule, picked: Picked[]): Picked[] {
  const selected = selectNodes(doc, rule);
  const counters = new Map<string, number>();
  const out: Picked[] = [];
  selected.forEach(({ node, order }, k) => {
    let parent: string | null = null;
    if (rule.parent) {
      const candidates = picked.filter(
        (p) => p.rule === rule.parent && p.file === doc.file && p.order <= order,
      );
      const found = candidates[candidates.length - 1];
      if (!found) throw new Error(`${rule.name}: no ${rule.parent} before line ${node.line}`);
      parent = found.item.id;
    } else if (rule.parentId) {
      parent = `${city}/${fill(rule.parentId, { label: node.label ?? '', label0: (node.label ?? '').split('-')[0]! })}`;
    }
    const next = selected[k + 1]?.order ?? doc.flat.length;
    const rawTitle = rule.title?.cell ? (node.cells?.[rule.title.cell] ?? '') : node.title;
    const titles = rule.splitQuoted
      ? [...rawTitle.matchAll(/「([^「」]+)」/gu)].map((m) => ({
          title: m[0] + rule.splitQuoted!.suffix,
          quote: m[0],
        }))
      : [{ title: cleanTitle(rawTitle, rule.title?.strip), quote: '' }];
    const text = textOf(doc, rule, node, order, next);
    for (const t of titles) {
      const counterKey = parent ?? '';
      const n = (counters.get(counterKey) ?? 0) + 1;
      counters.set(counterKey, n);
      const vars = {
        label: node.label ?? String(n),
        label0: (node.label ?? '').split('-')[0]!,
        n: String(n),
        parent: parent ? parent.slice(city.length + 1) : '',
      };
      const item: PlanItem = {
        id: `${city}/${fill(rule.id, vars)}`,
        parent,
        kind: rule.kind,
        title: t.title,
        ...(text ? { text } : {}),
        source: {
          file: doc.file,
          line: node.line,
          ...(node.endLine !== node.line ? { endLine: node.endLine } : {}),
          quote: t.quote || quoteFor(doc, node, t.title),
        },
      };
      out.push({ item, rule: rule.name, file: doc.file, order });
    }
  });
  return out;
}

export function buildPlan(sources: readonly SourceText[], curation: Curation): Plan {
  const city = curation.id;
  const docs = loadDocs(sources, curation);
  const picked: Picked[] = [];
  for (const rule of curation.rules) {
    const doc = docs.get(rule.file);
    if (!doc) throw new Error(`${rule.name}: unknown file ${rule.file}`);
    picked.push(...pickRule(city, doc, rule, picked));
  }
  for (const f of curation.fixed ?? []) {
    const source = refAt(docs, curation, f);
    const text = (f.text ?? []).map((t) => {
      refAt(docs, curation, { quote: t, file: source.file });
      return t;
    });
    const item: PlanItem = {
      id: `${city}/${f.id}`,
      parent: f.parent === null ? null : `${city}/${f.parent}`,
      kind: f.kind,
      title: f.title,
      ...(text.length ? { text: text.join('\n') } : {}),
      source,
      ...(f.note ? { note: f.note } : {}),
    };
    picked.push({ item, rule: `fixed:${f.id}`, file: source.file, order: -1 });
  }
  const fileIndex = (file: string) => curation.sources.findIndex((s) => s.file === file);
  const items = picked
    .map((p, k) => ({ p, k }))
    .sort(
      (a, b) =>
        fileIndex(a.p.file) - fileIndex(b.p.file) ||
        a.p.item.source.line - b.p.item.source.line ||
        a.k - b.k,
    )
    .map(({ p }) => applyNote(p.item, curation, city));
  linkRepeats(items, curation.rules);
  for (const local of Object.keys(curation.notes ?? {}))
    if (!items.some((it) => it.id === `${city}/${local}`))
      throw new Error(`note for unknown item ${local}`);
  const plan = Plan.parse({
    id: city,
    name: curation.name,
    prefecture: curation.prefecture,
    code: curation.code,
    plan: buildFacts(docs, curation),
    sources: curation.sources.map(({ file, title, scope }) => ({
      file,
      title,
      scope: {
        kind: scope.kind,
        parts: scope.parts,
        ...measureText(sources.find((s) => s.file === file)!.text),
        source: refAt(docs, curation, { quote: scope.quote, file, after: scope.after }),
        by: 'curation' as const,
      },
    })),
    items,
  });
  assertConsistent(plan, docs);
  return plan;
}

function applyNote(item: PlanItem, curation: Curation, city: string): PlanItem {
  const n = curation.notes?.[item.id.slice(city.length + 1)];
  return n ? { ...item, ...(n.title ? { title: n.title } : {}), note: n.note } : item;
}

/** Ids unique, parents present, every quote where it says it is: fail the build, not the reader. */
function assertConsistent(plan: Plan, docs: Map<string, SourceDoc>): void {
  const ids = new Set<string>();
  for (const it of plan.items) {
    if (ids.has(it.id)) throw new Error(`duplicate id ${it.id}`);
    ids.add(it.id);
  }
  for (const it of plan.items) {
    if (it.parent && !ids.has(it.parent)) throw new Error(`${it.id}: parent ${it.parent} missing`);
    if (it.repeats && !ids.has(it.repeats))
      throw new Error(`${it.id}: repeats ${it.repeats} missing`);
    const doc = docs.get(it.source.file)!;
    if (
      !quoteHolds(doc.lines, it.source.line, it.source.endLine ?? it.source.line, it.source.quote)
    )
      throw new Error(`${it.id}: quote not at ${it.source.file}:${it.source.line}`);
  }
}
