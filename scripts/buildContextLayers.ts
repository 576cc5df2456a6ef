/**
 * `npm run build-context`: write data/context/*.geojson from gazetteer points, so every vertex
 * traces back to a cited place. `--check` rebuilds in memory and fails if the files differ.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadGazetteer } from './lib/loadGazetteer';
import { corridor, disc, routeThrough, type LngLat } from '../src/geo/contextGeometry';
import { contextLayerSchema, type ContextMetadata } from '../src/data/contextLayers';

const { places } = loadGazetteer();
const at = (id: string): LngLat => {
  const place = places.get(id);
  if (!place) throw new Error(`gazetteer has no place ${id}`);
  return place.lngLat;
};

const HAMA = 'simplemaps:1760197502';
const SALAMIYAH = 'simplemaps:1760391067';
const ITHRIYA = 'gazetteer:ithriya';
const KHANASIR = 'gazetteer:khanasir';
const ALEPPO = 'simplemaps:1760366651';
const DEIR_EZ_ZOR = 'simplemaps:1760792603';
const SIRTE = 'simplemaps:1434563640';
const BIN_JAWAD = 'gazetteer:bin-jawad';
const ES_SIDER = 'simplemaps:1434673703';
const RAS_LANUF = 'gazetteer:ras-lanuf';

const ROAD = 'reuters-2016-02-23-beirut-aleppo-road';
const AIRDROPS = 'reuters-2016-02-18-geneva-deir-al-zor-airdrops';
const OIL = 'reuters-2016-02-22-tripoli-oil-facilities';
const CBS = 'cbs-ap-2016-02-02-rome-anti-isis-summit';
const WADI_BEY = 'reuters-2016-02-24-wadi-bey-western-urgency-libya';

/** A point `km` from `origin` on a bearing (flat approximation, good to well under 1% at 78 km). */
function offset([lon, lat]: LngLat, km: number, bearingDeg: number): LngLat {
  const r = (bearingDeg * Math.PI) / 180;
  const dLat = (km * Math.cos(r)) / 111.32;
  const dLon = (km * Math.sin(r)) / (111.32 * Math.cos((lat * Math.PI) / 180));
  return [Number((lon + dLon).toFixed(5)), Number((lat + dLat).toFixed(5))];
}

const layers: Array<{ metadata: ContextMetadata; geometry: GeoJSON.Geometry }> = [
  {
    metadata: {
      id: 'aleppo-supply-road',
      title: 'Government desert supply road to Aleppo, through Khanaser',
      kind: 'route',
      asOf: '2016-02-23',
      drawn:
        'Straight segments through the towns the route runs through: Hama → Salamiyah → Ithriya → Khanaser → Aleppo (gazetteer points). Syria Direct (24 Feb 2016) describes the road as running from Hama northeast to Ithriya, then northwest through Khanaser into Aleppo.',
      precision: 'schematic',
      precisionNote:
        'The road’s alignment between the towns is not traced; expect it to lie within about 10 km of the line. Only the towns are placed exactly.',
      citations: [
        {
          text: 'Syria Direct, “Islamic State cuts off regime’s only supply route into Aleppo city”, 24 Feb 2016',
          url: 'https://syriadirect.org/news/islamic-state-cuts-off-regimes-only-supply-route-into-aleppo-city/',
        },
        {
          text: 'Gazetteer: Ithriya and Khanasir in data/gazetteer.json (Wikipedia coordinates); Hama, Salamiyah, Aleppo from SimpleMaps',
        },
      ],
      excerpts: [
        {
          source: ROAD,
          quote:
            'The Islamic State assault has targeted a desert road which the government has been forced to use to reach Aleppo because insurgents still control the main highway further west.',
        },
        { source: ROAD, quote: 'It later reported IS had seized control of the village of Khanaser on the road.' },
      ],
    },
    geometry: routeThrough([at(HAMA), at(SALAMIYAH), at(ITHRIYA), at(KHANASIR), at(ALEPPO)]).geometry,
  },
  {
    metadata: {
      id: 'deir-al-zor-besieged',
      title: 'Deir al-Zor, besieged by Islamic State',
      kind: 'area',
      asOf: '2016-02-18',
      drawn: 'A disc of 6 km radius around the SimpleMaps point for Dayr az Zawr.',
      precision: 'indicative',
      precisionNote:
        'The articles name the town as besieged but give no boundary or front line. The disc marks the town, not the siege lines.',
      citations: [{ text: 'Gazetteer: Dayr az Zawr from SimpleMaps (simplemaps:1760792603)' }],
      excerpts: [
        {
          source: AIRDROPS,
          quote:
            'The United Nations plans to make its first air drops of food aid in Syria, to Deir al-Zor, an eastern town of 200,000 besieged by Islamic State militants',
        },
      ],
    },
    geometry: disc(at(DEIR_EZ_ZOR), 6).geometry,
  },
  {
    metadata: {
      id: 'sirte-coast-held-by-is',
      title: 'Sirte and the coast Islamic State holds around it',
      kind: 'area',
      asOf: '2016-02-24',
      drawn:
        'A 12 km corridor along a line from a point 78 km west of Sirte, through Sirte, to Bin Jawad. The western end follows Libya Security Monitor (15 Jun 2015): IS took Bouyrat, 78 km west of Sirte. The eastern end is Bin Jawad, which IS took in January 2016 (Wikipedia).',
      precision: 'indicative',
      precisionNote:
        'The articles say only that IS is based in the coastal city of Sirte and holds territory in the centre of the country. The ends of this stretch come from other sources and may be tens of km off; the inland edge is not known.',
      citations: [
        {
          text: 'Libya Security Monitor, “Action – 15 June 2015”',
          url: 'https://libyasecuritymonitor.com/action-15-june-2015/',
        },
        { text: 'Wikipedia (German) article “Bin Jawad”: taken by IS in January 2016, retaken in May 2016' },
      ],
      excerpts: [
        { source: CBS, quote: 'The group is based in the northern coastal city of Sirte.' },
        {
          source: CBS,
          quote:
            'Amid the chaos, an ISIS affiliate has carved out territory in the center of the country and fighters, wearied by coalition airstrikes in Iraq and Syria, are flocking to the new front.',
        },
        { source: WADI_BEY, quote: 'Sirte is its stronghold.' },
      ],
    },
    geometry: corridor([offset(at(SIRTE), 78, 290), at(SIRTE), at(BIN_JAWAD)], 12).geometry,
  },
  {
    metadata: {
      id: 'oil-crescent-es-sider-ras-lanuf',
      title: 'Oil terminals from Es Sider to Ras Lanuf (“oil crescent”)',
      kind: 'area',
      asOf: '2016-02-22',
      drawn:
        'An 8 km corridor along the line between the Es Sider (As Sidrah, SimpleMaps) and Ras Lanuf (gazetteer) points. “Oil crescent” is our label, not the articles’ words.',
      precision: 'schematic',
      precisionNote: 'The articles speak of “the area around Ras Lanuf and Es Sider”; the corridor’s width is ours.',
      citations: [
        {
          text: 'Gazetteer: As Sidrah from SimpleMaps (simplemaps:1434673703); Ras Lanuf in data/gazetteer.json (Wikipedia coordinates)',
        },
      ],
      excerpts: [
        {
          source: OIL,
          quote:
            'This could incorporate the Petroleum Facilities Guard (PFG), a largely independent brigade that controls the area around Ras Lanuf and Es Sider, he added.',
        },
        {
          source: OIL,
          quote:
            'Fida lies south-west of the oil terminals of Es Sider and Ras Lanuf, where militants launched repeated assaults and inflicted major damage last month.',
        },
      ],
    },
    geometry: corridor([at(ES_SIDER), at(RAS_LANUF)], 8).geometry,
  },
];

const outDir = join(process.cwd(), 'data', 'context');
mkdirSync(outDir, { recursive: true });
const check = process.argv.includes('--check');
let stale = 0;
for (const { metadata, geometry } of layers) {
  const fc = contextLayerSchema.parse({
    type: 'FeatureCollection',
    metadata,
    features: [{ type: 'Feature', properties: { title: metadata.title }, geometry }],
  });
  const text = `${JSON.stringify(fc, null, 1)}\n`;
  const file = join(outDir, `${metadata.id}.geojson`);
  if (check) {
    if (!existsSync(file) || readFileSync(file, 'utf8') !== text) {
      console.error(`✗ ${file} is not what scripts/buildContextLayers.ts builds; run npm run build-context`);
      stale++;
    }
  } else writeFileSync(file, text);
}
if (check && stale > 0) process.exit(1);
console.log(`${check ? '✓ checked' : 'wrote'} ${layers.length} context layers in data/context/`);
