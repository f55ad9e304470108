// Generates shared/src/vocabulary/street-names-en.json: an English (pinyin) label for every
// township-level unit in shanghai-divisions.json, which carries Chinese names only.
// Run once after updating the divisions file: node scripts/gen-street-names-en.mjs
import fs from 'node:fs';
import { pinyin } from 'pinyin-pro';

const dir = new URL('../shared/src/vocabulary/', import.meta.url);
const divisions = JSON.parse(fs.readFileSync(new URL('shanghai-divisions.json', dir), 'utf8'));
const suffixes = { street: [/街道$/, 'Subdistrict'], town: [/镇$/, 'Town'], township: [/乡$/, 'Township'] };
const names = {};
for (const district of divisions.districts) {
  for (const unit of district.streets) {
    let base = unit.name;
    let tail = '';
    const suffix = suffixes[unit.kind];
    if (suffix?.[0].test(base)) {
      base = base.replace(suffix[0], '');
      tail = ` ${suffix[1]}`;
    }
    const spelled = pinyin(base, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('');
    names[unit.code] = spelled.charAt(0).toUpperCase() + spelled.slice(1) + tail;
  }
}
fs.writeFileSync(new URL('street-names-en.json', dir), `${JSON.stringify(names, null, 2)}\n`);
console.log(`wrote ${Object.keys(names).length} names`);
