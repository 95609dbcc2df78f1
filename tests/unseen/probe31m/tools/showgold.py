import json,sys
g=json.load(open(sys.argv[1]))
for i in g['indicators']:
    extra=' '.join(f'{k}={i[k]}' for k in ('direction','from','per','approx','table') if i.get(k) is not None)
    print(f"{i['line']:>3} {i['text']:<22} v={i['value']} {i['multiplier'] or ''}{i['unit'] or ''} n={i['normalized']} {i['kind']} [{i['label']}] {extra}")
