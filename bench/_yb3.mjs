import fs from 'node:fs';
import { Lexer } from 'yaml';
const dir='/tmp/prof/mixed';
const texts = fs.readdirSync(dir).map(f=>fs.readFileSync(dir+'/'+f,'utf8'));
let n=0; for(const t of texts) for(const _ of new Lexer().lex(t)) n++;
console.log('tokens', n);
