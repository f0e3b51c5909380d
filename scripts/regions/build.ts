// Research file + curation → municipalities.json and regions.json. Pure: the caller passes the
// research and a reader for source texts, so tests can run it without touching static/data.
import type {
  Framework,
  Municipality,
  OmittedFramework,
  Regions,
  SourceRef,
  UrlSource,
} from '../../src/lib/data/schemas';
import { KIND_NAMES } from '../../src/lib/map/kinds';
import { isValidCode } from './codes';
import { CITIES, CURATION, ROLE_EN, type LineRef } from './curation';
import { OMITTED, PLAN_ONLY } from './planOnly';
import type { Research, ResearchFramework } from './research';
import { englishName } from './romanize';

export type ReadSource = (file: string) => string;
export interface BuildResult {
  municipalities: Municipality[];
  regions: Regions;
}

const norm = (s: string) => s.normalize('NFKC').replace(/\s+/gu, '');
const kebab = (id: string) => id.replace(/_/g, '-');
const isUrl = (s: string) => /^https?:\/\//.test(s);
const urlSource = (url: string): UrlSource => ({ url, title: new URL(url).hostname });
const LOCALGOVJP = 'https://github.com/code4fukui/localgovjp';

/** The text of a plan line after checking that the quote occurs there, as the contract demands. */
function lineText(read: ReadSource, ref: LineRef): string {
  const text = read(ref.file).split('\n')[ref.line - 1];
  if (text === undefined || !norm(text).includes(norm(ref.quote)))
    throw new Error(`quote ${JSON.stringify(ref.quote)} not at ${ref.file}:${ref.line}`);
  return text;
}
const sourceRef = (read: ReadSource, ref: LineRef): SourceRef => {
  lineText(read, ref);
  return { file: ref.file, line: ref.line, quote: ref.quote };
};

/** Member names a plan line lists, in brackets after 参加市町村： or after the given quote. */
export function parsePlanMembers(text: string, after = '参加市町村：'): string[] {
  const start = norm(text).indexOf(norm(after));
  if (start < 0) throw new Error(`no member list after ${after}`);
  const rest = norm(text).slice(start + norm(after).length);
  const list = rest.replace(/^[^（(]*[（(]/, '').split(/[）)]/)[0] ?? '';
  return list.split('、').filter(Boolean);
}

function splitPurpose(value: string, en: string | undefined): { ja: string; en: string } {
  const m = /^(.*?)\s*\(([\x20-\x7e]+)\)\s*$/.exec(value);
  const ja = m ? m[1]! : value;
  const gloss = m ? m[2]!.charAt(0).toUpperCase() + m[2]!.slice(1) : undefined;
  const english = en ?? gloss;
  if (!english) throw new Error(`no English purpose for ${value}`);
  return { ja, en: english };
}

/** A member's role as the research writes it, "中心市 (central city)", or in Japanese alone. */
function splitRole(value: string): { ja: string; en: string } {
  const m = /^(.*?)\s*\(([\x20-\x7e]+)\)\s*$/.exec(value);
  if (m) return { ja: m[1]!, en: m[2]! };
  const en = ROLE_EN[value];
  if (!en) throw new Error(`no English for the role ${value}`);
  return { ja: value, en };
}

export function buildRegions(research: Research, read: ReadSource): BuildResult {
  const munis = new Map<string, Municipality>();
  for (const m of research.municipalities) {
    if (!m.code_confirmed || !isValidCode(m.code6))
      throw new Error(`bad code ${m.code6} ${m.name}`);
    const url = m.coord_source.find((s) => s.startsWith(LOCALGOVJP) || isUrl(s)) ?? '';
    const source = url.startsWith(LOCALGOVJP)
      ? { url: LOCALGOVJP, title: 'code4fukui/localgovjp 役場位置 (CC0)' }
      : urlSource(url);
    munis.set(m.code6, {
      code: m.code6,
      name: { ja: m.name, en: englishName(m.name, m.kana) },
      prefecture: m.pref,
      lon: m.lng,
      lat: m.lat,
      source,
      kana: m.kana,
      ...(m.coord_confirmed ? {} : { positionApproximate: true, positionNote: m.coord_note }),
    });
  }
  const byName = new Map([...munis.values()].map((m) => [m.name.ja, m.code]));
  const codeOf = (name: string) => {
    const code = byName.get(name);
    if (!code) throw new Error(`no municipality named ${name}`);
    return code;
  };
  const citiesOf = (codes: string[]) =>
    CITIES.filter((c) => codes.includes(c.code)).map((c) => c.id);

  const frameworks: Framework[] = [];
  const omittedIds = new Set(OMITTED.map((o) => o.id));
  for (const f of research.frameworks) {
    if (!f.confirmed || !f.members_confirmed) {
      if (!omittedIds.has(kebab(f.id)))
        throw new Error(`${f.id} is unconfirmed but not listed as omitted`);
      continue;
    }
    frameworks.push(fromResearch(f, read, munis, codeOf, citiesOf));
  }
  for (const p of PLAN_ONLY) {
    const text = lineText(read, p.curation.planSource);
    const members = parsePlanMembers(text, p.membersQuote.split('（')[0]).map(codeOf);
    frameworks.push({
      id: p.id,
      name: p.name,
      kind: p.curation.kind,
      kindDetail: p.kindDetail,
      members,
      cities: citiesOf(members),
      purpose: p.purpose,
      source: sourceRef(read, p.curation.planSource),
      scope: 'members',
    });
  }
  const omitted: OmittedFramework[] = OMITTED.map((o) => ({
    id: o.id,
    name: o.name,
    cities: o.cities,
    reason: o.reason,
    sources: [...o.lines.map((l) => sourceRef(read, l)), ...o.urls.map(urlSource)],
  }));

  const cityOrder = CITIES.map((c) => c.id);
  const rank = (f: Framework) =>
    Math.min(...f.cities.map((c) => cityOrder.indexOf(c))) * 100 + KIND_NAMES.indexOf(f.kind);
  frameworks.sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id));

  const used = new Set(
    frameworks.flatMap((f) => [...f.members, ...(f.planVersion?.members ?? [])]),
  );
  const municipalities = [...munis.values()]
    .filter((m) => used.has(m.code))
    .sort((a, b) => a.code.localeCompare(b.code));
  const cities = CITIES.map((c) => ({ id: c.id, code: c.code, name: munis.get(c.code)!.name }));
  return { municipalities, regions: { frameworks, omitted, cities } };
}

function fromResearch(
  f: ResearchFramework,
  read: ReadSource,
  munis: Map<string, Municipality>,
  codeOf: (name: string) => string,
  citiesOf: (codes: string[]) => string[],
): Framework {
  const cur = CURATION[f.id];
  if (!cur) throw new Error(`no curation for ${f.id}`);
  const whole =
    typeof f.members === 'string' ? /^ALL_MUNICIPALITIES_OF:(.+)$/.exec(f.members) : null;
  if (typeof f.members === 'string' && !whole) throw new Error(`${f.id}: members ${f.members}`);
  const listed = typeof f.members === 'string' ? [] : f.members.filter((m) => m.confirmed);
  const members = whole
    ? [...munis.values()]
        .filter((m) => m.prefecture === whole[1])
        .map((m) => m.code)
        .sort()
    : listed.map((m) => m.code6);
  const roles = Object.fromEntries(
    listed.filter((m) => m.role).map((m) => [m.code6, splitRole(m.role!)]),
  );
  const urls = [
    ...new Set([...f.members_source, ...f.source, ...f.purpose.source, ...f.start.source]),
  ];
  const planVersion = cur.planVersion && {
    name: cur.planVersion.name,
    members: parsePlanMembers(lineText(read, cur.planVersion.line)).map(codeOf),
    source: sourceRef(read, cur.planVersion.line),
    note: cur.planVersion.note,
  };
  const firstUrl = f.members_source.find(isUrl);
  if (!cur.planSource && !firstUrl) throw new Error(`${f.id}: no source URL for its members`);
  const year = f.start.confirmed ? /\d{4}/.exec(f.start.value ?? '') : null;
  return {
    id: kebab(f.id),
    name: { ja: f.name_ja, en: f.name_en },
    kind: cur.kind,
    kindDetail: { ja: f.kind_ja, en: f.kind_en },
    members,
    cities: citiesOf(members),
    purpose: splitPurpose(f.purpose.value ?? '', cur.purposeEn),
    ...(year ? { since: Number(year[0]), sinceText: f.start.value ?? undefined } : {}),
    source: cur.planSource ? sourceRef(read, cur.planSource) : urlSource(firstUrl!),
    scope: whole ? 'prefecture' : 'members',
    ...(whole ? { prefecture: whole[1], memberCount: f.members_count } : {}),
    ...(Object.keys(roles).length ? { roles } : {}),
    ...(cur.note ? { note: cur.note } : {}),
    sources: urls.filter(isUrl).map(urlSource),
    ...(cur.planMentions ? { planMentions: cur.planMentions.map((l) => sourceRef(read, l)) } : {}),
    ...(planVersion ? { planVersion } : {}),
  };
}
