import { loadGoldCases, linkScores } from './tests/support/gold.ts';
for (const c of loadGoldCases()) {
  console.log(c.name, linkScores(c));
  console.log(' missing', [...c.gold].filter(l=>!c.predicted.has(l)), 'extra', [...c.predicted].filter(l=>!c.gold.has(l)));
  c.alignment.rows.forEach((r,i)=> r.kind!=='left-only' && console.log(i, r.kind, r.grade, r.score, r.left_index, r.right_index));
  for (const ch of c.alignment.changes.filter(c=>c.type!=='sentence-dropped')) console.log('  CH', ch.type, ch.row, JSON.stringify(ch.left)?.slice(0,50), '->', JSON.stringify(ch.right)?.slice(0,70));
}
