import fs from 'node:fs';
import { parseDocument, LineCounter } from 'yaml';
const dir='/tmp/prof/mixed';
const texts = fs.readdirSync(dir).map(f=>fs.readFileSync(dir+'/'+f,'utf8'));
const s=performance.now();
for(const t of texts){ const lc=new LineCounter(); const d=parseDocument(t,{lineCounter:lc,prettyErrors:false,uniqueKeys:false,logLevel:'error'}); d.toJS({maxAliasCount:100}); }
console.log((performance.now()-s).toFixed(0));
