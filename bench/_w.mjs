import fs from 'node:fs';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { parseDocument, LineCounter } from 'yaml';
const dir='/tmp/prof/mixed';
const parse=(files)=>{ let n=0; for(const f of files){ const t=fs.readFileSync(f,'utf8'); const lc=new LineCounter(); const d=parseDocument(t,{lineCounter:lc,prettyErrors:false,uniqueKeys:false,logLevel:'error'}); d.toJS({maxAliasCount:100}); n++; } return n; };
if (isMainThread) {
  const files = fs.readdirSync(dir).map(f=>dir+'/'+f);
  const mode = process.argv[2];
  const s=performance.now();
  if (mode==='single') parse(files);
  else {
    const k=Number(process.argv[3]||2); const young=Number(process.argv[4]||0);
    await Promise.all(Array.from({length:k},(_,i)=>new Promise(res=>{ const w=new Worker(new URL(import.meta.url),{workerData:files.filter((_,j)=>j%k===i), ...(young?{resourceLimits:{maxYoungGenerationSizeMb:young}}:{})}); w.on('message',res); })));
  }
  console.log(mode, process.argv[3]||'', process.argv[4]||'', (performance.now()-s).toFixed(0),'ms', 'start', s.toFixed(0));
} else { parentPort.postMessage(parse(workerData)); }
