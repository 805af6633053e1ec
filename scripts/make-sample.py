"""Rebuilds sample/moties.jsonl from the corpus copy in fixtures/ (deterministic)."""
import gzip, json

corpus = [json.loads(l) for l in open('fixtures/corpus/moties-toegelicht/moties.jsonl')]
zaken = {}
for line in gzip.open('fixtures/corpus/tkmoties/zaken.jsonl.gz', 'rt'):
    z = json.loads(line)
    zaken[(z.get('Onderwerp') or '').strip()] = z
# The two seed motions are bundled as seed pages instead.
seeds = {'b97fb706-5a2f-494a-8d01-5f18e2d0628c', '4595c612-aec2-4e33-99db-bfa7cd762e01'}
motions = sorted((m for m in corpus if m['id'] not in seeds), key=lambda m: m['id'])
two_page = [m for m in motions if m['tekst'].count('\f') >= 2][:3]
with_votes = [m for m in motions if m['onderwerp'].strip() in zaken and m not in two_page][:45]
ocr = [m for m in motions if m['datum'].startswith('2024') and m not in two_page][:12]
selected = sorted(two_page + with_votes + ocr, key=lambda m: m['id'])
with open('sample/moties.jsonl', 'w') as f:
    for m in selected:
        f.write(json.dumps(m, ensure_ascii=False) + '\n')
print(len(selected), 'motions written to sample/moties.jsonl')
