import { parseDataset } from './src/io/parse-dataset.ts';
import { readFileSync } from 'node:fs';
for (const f of ['dataset-duplicate-keys.json','dataset-nested-unknown.json','dataset-null.json','dataset-null-nodes.json']) {
try { parseDataset(new Uint8Array(readFileSync('test/bad-input/'+f)), {file:f}); console.log('OK', f) } catch (e) { console.log(e.code, e.message); for (const i of e.issues) console.log(JSON.stringify({code:i.code,row:i.row,column:i.column,index:i.index,id:i.id}), i.message) }
}
